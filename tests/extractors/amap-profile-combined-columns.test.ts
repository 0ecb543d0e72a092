import { describe, expect, it } from 'vitest';
import { decodePlainText } from '../../src/decoders/text.ts';
import { combinedLabels, splitCombinedCell } from '../../src/extractors/amap-profile/combined-columns.ts';
import { extractAmapProfile } from '../../src/extractors/amap-profile/index.ts';

const page = (header: string, rows: string[]): string =>
  [
    'Albania',
    'Ammunition management country profile',
    'Accidental explosions',
    `Since the beginning of data collection in 1979 by the Small Arms Survey, ${rows.length} accidental explosions were reported in Albania (Table 1).`,
    'Table 1. Accidental explosions in Albania (1979–2023)',
    header,
    ...rows,
    'Source: Small Arms Survey. n.d. Unplanned Explosions at Munitions Sites (UEMS). Database.',
  ].join('\n');

describe('amap-profile: one column holding deaths and injuries (Deaths/Injuries)', () => {
  it('reads both values of each cell, an unknown marker on either side as NULL', () => {
    const text = page('Year | Location | Owner/manager | Deaths/Injuries', [
      '2008 | Gërdec | State (military) | 26/300',
      '2016 | Mjekës | State (military) | n/a / 4',
      '2003 | Poliçan | Non-state (company) | 1/unknown',
    ]);
    const extraction = extractAmapProfile(decodePlainText(text, 'utf-8'));
    expect(extraction.explosions.map((e) => [e.year, e.location, e.owner_type, e.deaths, e.injuries])).toEqual([
      [2008, 'Gërdec', 'state', 26, 300],
      [2016, 'Mjekës', 'state', null, 4],
      [2003, 'Poliçan', 'non_state', 1, null],
    ]);
    expect(extraction.issues.filter((i) => i.severity !== 'info').map((i) => i.rule)).toEqual([]);
    expect(extraction.issues.filter((i) => i.rule === 'unknown-value').map((i) => i.line_start)).toEqual([8, 9]);
  });

  it('refuses a row whose cell cannot be split in one way (never a guessed number)', () => {
    const text = page('Year | Location | Owner/manager | Deaths/Injuries', ['2008 | Gërdec | State (military) | 26/3/00', '2011 | Tirana | State (police) | 0/2']);
    const extraction = extractAmapProfile(decodePlainText(text, 'utf-8'));
    expect(extraction.explosions.map((e) => [e.year, e.deaths, e.injuries])).toEqual([[2011, 0, 2]]);
    expect(extraction.issues.filter((i) => i.rule === 'malformed-row').map((i) => [i.severity, i.line_start])).toEqual([['error', 7]]);
  });

  it('tells a label naming two columns from one naming a column twice', () => {
    expect(combinedLabels('Deaths/Injuries')).toEqual(['Deaths', 'Injuries']);
    expect(combinedLabels('Morts / Blessés')).toEqual(['Morts', 'Blessés']);
    expect(combinedLabels('Owner/manager')).toBeNull();
    expect(combinedLabels('Deaths')).toBeNull();
  });

  it('splits a cell only where both sides are a count or an unknown marker', () => {
    expect(splitCombinedCell('2/14', 'en')).toEqual(['2', '14']);
    expect(splitCombinedCell('N/A / 3', 'en')).toEqual(['N/A', '3']);
    expect(splitCombinedCell('1 104/12', 'en')).toEqual(['1 104', '12']);
    expect(splitCombinedCell('N/A', 'en')).toEqual(['N/A', 'N/A']);
    expect(splitCombinedCell('26/3/00', 'en')).toBeNull();
    expect(splitCombinedCell('many/few', 'en')).toBeNull();
  });
});
