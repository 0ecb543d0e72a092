import { describe, expect, it } from 'vitest';
import { decodePlainText } from '../../src/decoders/text.ts';
import { extractAmapProfile } from '../../src/extractors/amap-profile/index.ts';

const page = (header: string, rows: string[]): string =>
  [
    'Georgia',
    'Ammunition management country profile',
    'Accidental explosions',
    `Since the beginning of data collection in 1979 by the Small Arms Survey, ${rows.length} accidental explosions were reported in Georgia (Table 1).`,
    'Table 1. Accidental explosions in Georgia (1979–2023)',
    header,
    ...rows,
    'Source: Small Arms Survey. n.d. Unplanned Explosions at Munitions Sites (UEMS). Database.',
  ].join('\n');

describe('amap-profile: explosion cells that are not a plain number or a plain year', () => {
  it('reads the year of a month/year date and of a part of a year, and keeps those rows', () => {
    const text = page('Date | Location | Owner/manager | Deaths | Injuries', [
      '03/2017 | Kutaisi | State (military) | 0 | 3',
      'mid-2009 | Batumi | State (police) | 1 | 2',
      'mid-2000s | Gori | State (military) | 0 | 1',
    ]);
    const extraction = extractAmapProfile(decodePlainText(text, 'utf-8'));
    expect(extraction.explosions.map((e) => [e.year, e.location, e.deaths, e.injuries])).toEqual([
      [2017, 'Kutaisi', 0, 3],
      [2009, 'Batumi', 1, 2],
      [null, 'Gori', 0, 1],
    ]);
    expect(extraction.issues.filter((i) => i.severity !== 'info').map((i) => [i.rule, i.line_start])).toEqual([['year-not-exact', 9]]);
  });

  it('loads a row whose casualties are qualified (at least, environ, plus de) with those cells NULL and a warning each; "none reported" is 0', () => {
    const text = page('Year | Location | Owner/manager | Deaths | Injuries', [
      '2012 | Tbilisi | State (military) | at least 7 | 40',
      '2008 | Senaki | State (military) | none reported | about 300',
      '2004 | Poti | State (military) | 2 | 5',
    ]);
    const extraction = extractAmapProfile(decodePlainText(text, 'utf-8'));
    expect(extraction.explosions.map((e) => [e.year, e.location, e.deaths, e.injuries])).toEqual([
      [2012, 'Tbilisi', null, 40],
      [2008, 'Senaki', 0, null],
      [2004, 'Poti', 2, 5],
    ]);
    expect(extraction.issues.filter((i) => i.severity !== 'info').map((i) => [i.severity, i.rule, i.line_start])).toEqual([
      ['warning', 'quantity-not-exact', 7],
      ['warning', 'quantity-not-exact', 8],
    ]);
  });

  it('loads a row whose casualties a sign bounds (5+, ≥10, >3, ~40) with those cells NULL and a warning each', () => {
    const text = page('Date | Location | Owner/manager | Deaths | Injuries', [
      '2 July 2014 | Hai Phong | State (military) | 5+ | ≥10',
      '2012 | Tbilisi | State (military) | >3 | ~40',
      '2004 | Poti | State (military) | 2 | 5',
    ]);
    const extraction = extractAmapProfile(decodePlainText(text, 'utf-8'));
    expect(extraction.explosions.map((e) => [e.year, e.location, e.deaths, e.injuries])).toEqual([
      [2014, 'Hai Phong', null, null],
      [2012, 'Tbilisi', null, null],
      [2004, 'Poti', 2, 5],
    ]);
    expect(extraction.issues.filter((i) => i.severity !== 'info').map((i) => [i.severity, i.rule, i.line_start])).toEqual([
      ['warning', 'quantity-not-exact', 7],
      ['warning', 'quantity-not-exact', 7],
      ['warning', 'quantity-not-exact', 8],
      ['warning', 'quantity-not-exact', 8],
    ]);
  });

  it('still refuses a row whose casualty cell holds no number at all (its columns may be shifted)', () => {
    const text = page('Year | Location | Owner/manager | Deaths | Injuries', ['2012 | Tbilisi | State (military) | Kutaisi | 40', '2004 | Poti | State (military) | 2 | 5']);
    const extraction = extractAmapProfile(decodePlainText(text, 'utf-8'));
    expect(extraction.explosions.map((e) => e.location)).toEqual(['Poti']);
    expect(extraction.issues.filter((i) => i.rule === 'malformed-row').map((i) => i.line_start)).toEqual([7]);
  });
});
