import { describe, expect, it } from 'vitest';
import { decodePlainText } from '../../src/decoders/text.ts';
import { extractAmapProfile } from '../../src/extractors/amap-profile/index.ts';
import { readVagueQuantity } from '../../src/transforms/vague-quantities.ts';

const page = (rows: string[]): string =>
  [
    'Ethiopia',
    'Ammunition management country profile',
    'Accidental explosions',
    `Since the beginning of data collection in 1979 by the Small Arms Survey, ${rows.length} accidental explosions were reported in Ethiopia (Table 1).`,
    'Table 1. Accidental explosions in Ethiopia (1979–2023)',
    'Year | Location | Owner/manager | Deaths | Injuries',
    ...rows,
    'Source: Small Arms Survey. n.d. Unplanned Explosions at Munitions Sites (UEMS). Database.',
  ].join('\n');

describe('vague quantity words (lexicons vagueQuantities)', () => {
  it('reads a whole value that speaks of a number without giving it, in each language, with its lexicon entry', () => {
    expect(readVagueQuantity('dozens', 'en')).toEqual({ written: 'dozens', entry: 'dozens', language: 'en' });
    expect(readVagueQuantity('Des dizaines de blessés', 'fr')).toEqual({ written: 'Des dizaines', entry: 'des dizaines', language: 'fr' });
    expect(readVagueQuantity('decenas', null)).toMatchObject({ entry: 'decenas', language: 'es' });
    expect(readVagueQuantity('десятки', 'ru')).toMatchObject({ entry: 'десятки', language: 'ru' });
    expect(readVagueQuantity('数十人', 'zh')).toMatchObject({ entry: '数十', language: 'zh' });
  });

  it('is not a number with a vague word, a word that only begins like one, or a place', () => {
    expect(readVagueQuantity('several 100', 'en')).toBeNull();
    expect(readVagueQuantity('Somewhere', 'en')).toBeNull();
    expect(readVagueQuantity('Manyara region', 'en')).toBeNull();
    expect(readVagueQuantity('', 'en')).toBeNull();
  });
});

describe('amap-profile: a casualty cell of vague words', () => {
  it('loads the row with that cell NULL and an unknown-value issue with the step, in English, French, Spanish and Russian', () => {
    const text = page([
      '2015 | Addis Ababa | State (military) | 3 | dozens',
      '2012 | Dire Dawa | State (military) | des dizaines | 12',
      '2010 | Gondar | State (police) | decenas | decenas',
      '2008 | Mekele | State (military) | 1 | десятки',
      '2006 | Bahir Dar | State (military) | 0 | 2',
    ]);
    const extraction = extractAmapProfile(decodePlainText(text, 'utf-8'));
    expect(extraction.explosions.map((e) => [e.year, e.location, e.deaths, e.injuries, e.row_number])).toEqual([
      [2015, 'Addis Ababa', 3, null, 1],
      [2012, 'Dire Dawa', null, 12, 2],
      [2010, 'Gondar', null, null, 3],
      [2008, 'Mekele', 1, null, 4],
      [2006, 'Bahir Dar', 0, 2, 5],
    ]);
    expect(extraction.issues.filter((i) => i.rule === 'unknown-value').map((i) => [i.severity, i.line_start, i.record?.index])).toEqual([
      ['info', 7, 0],
      ['info', 8, 1],
      ['info', 9, 2],
      ['info', 9, 2],
      ['info', 10, 3],
    ]);
    expect(extraction.issues.filter((i) => i.severity !== 'info')).toEqual([]);
    expect(extraction.explosions[0]?.steps).toEqual([{ column: 'injuries', source_words: 'dozens', rule: 'quantity.vague', lexicon_entry: 'vagueQuantities: dozens', language: 'en', value: 'NULL' }]);
  });

  it('still refuses a row whose casualty cell is a word that is no quantity (its columns may be shifted)', () => {
    const text = page(['2015 | Addis Ababa | State (military) | Adama | 4', '2006 | Bahir Dar | State (military) | 0 | 2']);
    const extraction = extractAmapProfile(decodePlainText(text, 'utf-8'));
    expect(extraction.explosions.map((e) => e.location)).toEqual(['Bahir Dar']);
    expect(extraction.issues.filter((i) => i.rule === 'malformed-row').map((i) => i.line_start)).toEqual([7]);
  });
});

describe('amap-profile: a casualty count with a bracket saying what it includes', () => {
  it('reads the count before the bracket, in English, French, Spanish and Russian, the words kept', () => {
    const text = page([
      '2015 | Dodoma | State (military) | 3 | 12 (incl. 4 civilians)',
      '2013 | Mwanza | State (police) | 7 (dont 2 enfants) | 0',
      '2011 | Arusha | State (military) | 2 | 9 (de los cuales 3 civiles)',
      '2009 | Tanga | State (military) | 5 (из них 1 военный) | 11 (including 6 soldiers).',
    ]);
    const out = extractAmapProfile(decodePlainText(text, 'utf-8'));
    expect(out.explosions.map((e) => [e.year, e.deaths, e.injuries])).toEqual([
      [2015, 3, 12],
      [2013, 7, 0],
      [2011, 2, 9],
      [2009, 5, 11],
    ]);
    expect(out.explosions[0]?.source_text).toContain('12 (incl. 4 civilians)');
    expect(out.issues.filter((i) => i.rule === 'count-with-breakdown').length).toBe(5);
  });

  it('does not read a bracket giving another figure, nor one whose count is not exact: NULL or the row refused, never the first number', () => {
    const text = page(['2015 | Dodoma | State (military) | 3 | 12 (15 according to the press)', '2014 | Moshi | State (military) | about 20 (incl. 4 civilians) | 1']);
    const out = extractAmapProfile(decodePlainText(text, 'utf-8'));
    expect(out.explosions.map((e) => e.injuries)).not.toContain(12);
    expect(out.explosions.map((e) => e.deaths)).not.toContain(20);
  });
});
