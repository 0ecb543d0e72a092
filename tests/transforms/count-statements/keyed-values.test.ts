import { describe, expect, it } from 'vitest';
import type { Language } from '../../../src/language/types.ts';
import { extractCountStatements } from '../../../src/transforms/count-statements/index.ts';

/**
 * A key naming an action and weapons, then a colon or a dash and the number (`Firearms seized in 2022: 1,340`,
 * `Armes détruites en 2022 : 2 100`): the number counts the key's weapons. Such lines had loaded nothing, with no issue;
 * a value ending its line had even counted the next line's first words (`1,340` / `Firearms destroyed ...`).
 */
const read = (text: string, language: Language) =>
  extractCountStatements([{ text, span: { lineStart: 3, lineEnd: 3 + (text.match(/\n/gu)?.length ?? 0) } }], { reportedIn: 2024, language, agencyAliases: {} }).statements.map(
    (s) => [s.year, s.action, s.agency, s.total, s.reconciliation, s.line_start, s.counts.map((c) => [c.category, c.category_raw, c.quantity, c.is_total])],
  );

describe('a key and its value', () => {
  it.each([
    ['Number of firearms seized in 2022: 1,340.', 'en', 'seized', 'firearms', 1340],
    ['Total firearms destroyed in 2023 – 2,100', 'en', 'destroyed', 'firearms', 2100],
    ['Pistols recovered in 2021 — 86 units', 'en', 'seized', 'Pistols', 86],
    ['Armes détruites en 2022 : 2 100', 'fr', 'destroyed', 'Armes', 2100],
    ['Armas de fuego incautadas en 2022: 1.340', 'es', 'seized', 'Armas de fuego', 1340],
    ['Изъято единиц оружия в 2022 году: 1 340 ед.', 'ru', 'seized', 'единиц оружия', 1340],
  ] as const)('%s', (text, language, action, raw, value) => {
    const [statement] = read(text, language);
    expect(statement?.slice(0, 6)).toEqual([Number(/20\d\d/u.exec(text)?.[0]), action, null, value, 'no_parts', 3]);
    expect(statement?.[6]).toEqual([[expect.any(String), raw, value, true]]);
  });

  it.each([
    ['Weapons seized (2023): 1 340', 'en', 'seized', 2023, 1340],
    ['Armes détruites (2022) : 2 100', 'fr', 'destroyed', 2022, 2100],
    ['Armas de fuego incautadas (2021): 1.340', 'es', 'seized', 2021, 1340],
    ['Изъято оружия (2020): 512', 'ru', 'seized', 2020, 512],
  ] as const)('the one year a key names in brackets is stated: %s', (text, language, action, year, value) => {
    expect(read(text, language).map((s) => s.slice(0, 4))).toEqual([[year, action, null, value]]);
  });

  it('a key naming a span or a period in brackets states no year', () => {
    expect(read('Weapons seized (2019-2023): 1 340', 'en').map((s) => s[0])).toEqual([null]);
    expect(read('Weapons seized since 2015 (2023): 1 340', 'en').map((s) => s[0])).toEqual([null]);
  });

  it('reads each line of a block of keys as a statement of its own', () => {
    expect(read('Seizures and destructions in 2022\nFirearms seized by customs: 1,340\nFirearms destroyed: 2,100 units', 'en')).toEqual([
      [2022, 'seized', 'customs', 1340, 'no_parts', 4, [['firearms', 'Firearms', 1340, true]]],
      [2022, 'destroyed', null, 2100, 'no_parts', 5, [['firearms', 'Firearms', 2100, true]]],
    ]);
    expect(read('Firearms seized by the police in 2022: 1,340; firearms destroyed by the army in 2022: 2,100.', 'en')).toEqual([
      [2022, 'seized', 'police', 1340, 'no_parts', 3, [['firearms', 'Firearms', 1340, true]]],
      [2022, 'destroyed', 'defence', 2100, 'no_parts', 3, [['firearms', 'firearms', 2100, true]]],
    ]);
  });

  it.each([
    ['Summary for 2023 (Zambia Police Service)\nWeapons seized (2023): 1 340\nWeapons destroyed (2023): 0', 'en', 'police', 'Zambia Police Service'],
    ['Bilan 2023 (Douane sénégalaise)\nArmes saisies (2023) : 1 340\nArmes détruites (2023) : 0', 'fr', 'customs', 'Douane sénégalaise'],
    ['Resumen 2023 (Policía Nacional Civil)\nArmas de fuego incautadas (2023): 1.340\nArmas de fuego destruidas (2023): 0', 'es', 'police', 'Policía Nacional Civil'],
  ] as const)('the agency a block heading names in brackets is every key’s: %s', (text, language, agency, raw) => {
    const statements = extractCountStatements([{ text, span: { lineStart: 3, lineEnd: 5 } }], { reportedIn: 2024, language, agencyAliases: {} }).statements;
    expect(statements.map((s) => [s.year, s.action, s.agency, s.agency_raw, s.total, s.line_start])).toEqual([
      [2023, 'seized', agency, raw, 1340, 4],
      [2023, 'destroyed', agency, raw, 0, 5],
    ]);
  });

  it('a bracket of the heading that names no agency gives none, and a key’s own agency comes first', () => {
    expect(read('Summary for 2023 (provisional)\nWeapons seized (2023): 1 340', 'en').map((s) => s[2])).toEqual([null]);
    expect(read('Summary for 2023 (Zambia Police Service)\nWeapons seized by customs (2023): 1 340', 'en').map((s) => s[2])).toEqual(['customs']);
  });

  it('keeps a breakdown in brackets after the value', () => {
    expect(read('Weapons destroyed in 2021: 1,200 (of which 300 pistols).', 'en')).toEqual([
      [2021, 'destroyed', null, 1200, 'unbalanced', 3, [['firearms', 'Weapons', 1200, true], ['pistols', 'pistols', 300, false]]],
    ]);
  });

  it.each([
    ['Registered firearms in 2022: 1,340.', 'a key without an action is a register, not a collection fact'],
    ['Firearms seized in 2022: 12 operations.', 'a value with words of its own counts something else'],
    ['Firearms seized in 2022: 2023', 'a year is no value'],
    ['Firearms and pistols seized in 2022: 1,340', 'a key of two categories does not say whose the value is'],
  ])('%s: %s', (text) => {
    expect(read(text, 'en')).toEqual([]);
  });
});
