import { describe, expect, it } from 'vitest';
import type { Language } from '../../../src/language/types.ts';
import { extractCountStatements } from '../../../src/transforms/count-statements/index.ts';

/**
 * A rate or an average (`100 weapons a month`, `an average of 100`, `en moyenne`, `в месяц`) is no count of items, and
 * the group a share is taken from (`half of the 1,200 weapons collected were destroyed`) is no count of the action:
 * each had loaded as a count of the year (100 seized in 2022; 1,200 destroyed). Now none loads, and an info says why.
 */
const extract = (text: string, language: Language) =>
  extractCountStatements([{ text, span: { lineStart: 2, lineEnd: 2 } }], { reportedIn: 2024, language, agencyAliases: {} });
const totals = (text: string, language: Language) => extract(text, language).statements.map((s) => [s.year, s.action, s.total, s.components_sum]);
const rules = (text: string, language: Language) => extract(text, language).issues.map((i) => [i.rule, i.line_start, /"([^"]+)"/u.exec(i.message)?.[1]]);

describe('rates and averages are no counts', () => {
  it.each([
    ['In 2022, an average of 100 weapons a month were seized by the police.', 'en', 'an average of 100 weapons'],
    ['In 2022 the police seized 12 firearms per day on average.', 'en', '12 firearms per day'],
    ['In 2022 customs seized 40 pistols every week.', 'en', '40 pistols every week'],
    ['En 2022, la police a saisi en moyenne 100 armes par mois.', 'fr', 'en moyenne 100 armes'],
    ['En 2022, la policía incautó 30 armas de fuego al mes.', 'es', '30 armas de fuego al mes'],
    ['Em 2022, a polícia apreendeu 30 armas de fogo por dia.', 'pt', '30 armas de fogo por dia'],
    ['В 2022 году полиция изымала в среднем 100 единиц оружия в месяц.', 'ru', 'в среднем 100 единиц оружия'],
  ] as const)('%s', (text, language, words) => {
    expect(totals(text, language)).toEqual([]);
    expect(rules(text, language)).toEqual([['count-rate', 2, words]]);
  });

  it('a rate beside a count leaves the count alone, and is no part of it', () => {
    expect(totals('In 2022 the police seized 1,200 weapons, or 100 a month.', 'en')).toEqual([[2022, 'seized', 1200, null]]);
    expect(rules('In 2022 the police seized 1,200 weapons, or 100 a month.', 'en')).toEqual([['count-rate', 2, '100 a month']]);
  });

  it.each([
    'In 2022 the police seized 100 weapons a year ago.',
    'In 2022 the police seized 100 weapons in a year-long operation.',
  ])('a time phrase that is no rate changes nothing: %s', (text) => {
    expect(totals(text, 'en')).toEqual([[2022, 'seized', 100, null]]);
  });
});

describe('the group a share is taken from is no count', () => {
  it.each([
    ['Half of the 1,200 weapons collected in 2022 were destroyed.', 'en', 'Half of the 1,200 weapons'],
    ['In 2022, most of the 1,200 firearms seized were pistols.', 'en', 'most of the 1,200 firearms'],
    ['In 2022 some of the 300 rifles recovered were destroyed.', 'en', 'some of the 300 rifles'],
    ['En 2022, la moitié des 1 200 armes collectées ont été détruites.', 'fr', 'la moitié des 1 200 armes'],
    ['En 2022 se destruyó la mitad de las 1.200 armas recolectadas.', 'es', 'la mitad de las 1.200 armas'],
  ] as const)('%s', (text, language, words) => {
    expect(totals(text, language)).toEqual([]);
    expect(rules(text, language)).toEqual([['count-group', 2, words]]);
  });

  it('a number picked from the group is still its count', () => {
    expect(totals('In 2022 the police destroyed 300 of the 1,200 weapons collected.', 'en')).toEqual([[2022, 'destroyed', 300, null]]);
  });
});
