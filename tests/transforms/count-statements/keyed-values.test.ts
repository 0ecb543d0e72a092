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

/**
 * A list of keys naming their actions only (`saisies : 120 ; destructions : 340 ; pertes : 12`): one statement per item,
 * of the lead-in's year, agency and weapons (category NULL, with an issue, when nothing names them). Such lists had
 * loaded nothing, and their numbers had shifted the statements after them.
 */
const readList = (text: string, language: Language) => {
  const read = extractCountStatements([{ text, span: { lineStart: 3, lineEnd: 3 } }], { reportedIn: 2024, language, agencyAliases: {} });
  return {
    statements: read.statements.map((s) => [s.year, s.action, s.agency, s.agency_raw, s.total, s.source_text, s.counts.map((c) => [c.category, c.category_raw, c.quantity, c.is_total])]),
    issues: read.issues.map((i) => [i.rule, i.message]),
  };
};

describe('a list of keys naming their actions', () => {
  it.each([
    ['Bilan 2022 de la Douane : saisies : 75 ; destructions : 410 ; pertes : 3.', 'fr', 2022, 'customs', 'la Douane', ['seized', 'destroyed', 'lost']],
    ['Figures of the Police Service for 2021: seized: 75; destroyed: 410; lost: 3.', 'en', 2021, 'police', 'the Police Service', ['seized', 'destroyed', 'lost']],
    ['Balance 2021 del Ejército de Guatemala: incautaciones: 75; destrucciones: 410; pérdidas: 3.', 'es', 2021, 'defence', 'Ejército de Guatemala', ['seized', 'destroyed', 'lost']],
    ['Balanço 2021 da Polícia da República de Moçambique: apreensões: 75; destruições: 410; perdas: 3.', 'pt', 2021, 'police', 'Polícia da República de Moçambique', ['seized', 'destroyed', 'lost']],
    ['В 2021 году Министерство внутренних дел: изъято — 75; уничтожено — 410; утрачено — 3.', 'ru', 2021, 'police', 'Министерство внутренних дел', ['seized', 'destroyed', 'lost']],
  ] as const)('%s', (text, language, year, agency, agencyRaw, actions) => {
    const { statements, issues } = readList(text, language);
    expect(statements).toEqual(
      [75, 410, 3].map((value, i) => [year, actions[i], agency, agencyRaw, value, text, [[null, '', value, true]]]),
    );
    // Which weapons, nothing says: each item says so.
    expect(issues.filter(([rule]) => rule === 'unknown-category').map(([, message]) => /"([^"]+)" is an item of a list of actions/u.exec(message ?? '')?.[1])).toEqual(
      text.split(/[;:]\s*(?=[^;:]*[:—]\s*\d)/u).slice(1).map((item) => item.replace(/\.$/u, '').trim()),
    );
  });

  it('takes the weapons the lead-in names', () => {
    expect(readList('Fusils, bilan 2020 de l’Armée : saisies : 40 ; destructions : 12.', 'fr').statements.map((s) => [s[0], s[1], s[2], s[4], s[6]])).toEqual([
      [2020, 'seized', 'defence', 40, [['rifles', 'Fusils', 40, true]]],
      [2020, 'destroyed', 'defence', 12, [['rifles', 'Fusils', 12, true]]],
    ]);
    expect(readList('Pistols — figures for 2021: seized: 40; destroyed: 12.', 'en').statements.map((s) => [s[0], s[1], s[4], s[6]])).toEqual([
      [2021, 'seized', 40, [['pistols', 'Pistols', 40, true]]],
      [2021, 'destroyed', 12, [['pistols', 'Pistols', 12, true]]],
    ]);
  });

  it('gives a key naming its action only the weapons of the key before it', () => {
    expect(readList('Firearms seized by the police in 2022: 1,340; destroyed: 2,100.', 'en').statements.map((s) => [s[0], s[1], s[2], s[4], s[6]])).toEqual([
      [2022, 'seized', 'police', 1340, [['firearms', 'Firearms', 1340, true]]],
      [2022, 'destroyed', null, 2100, [['firearms', 'Firearms', 2100, true]]],
    ]);
  });

  it.each([
    ['Seized: 120.', 'a lone key naming its action may count operations as well as weapons'],
    ['Bilan 2023 : arrestations : 45 ; saisies : 120 ; destructions : 340.', 'a list with people in it does not count weapons only'],
    ['Bilan 2023 : saisies : 120 ; destructions : 340 ; arrestations : 45.', 'nor does one with people after the actions'],
    ['Police operations in 2023: seized: 120 operations; destroyed: 340', 'a value with words of its own counts something else'],
  ])('%s: %s', (text) => {
    expect(readList(text, 'fr').statements).toEqual([]);
  });
});
