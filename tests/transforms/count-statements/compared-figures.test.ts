import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Language } from '../../../src/language/types.ts';
import { extractCountStatements, type ProseUnit } from '../../../src/transforms/count-statements/index.ts';

/**
 * The figure of another period set beside a count (`seized 734 firearms, up from 581 in 2019`, `(2019: 1,740)`) is a
 * statement of its own year (same action and weapons, agency not asserted), never a part of the count and never its
 * year; one with no year of its own gives no statement, and an info saying so.
 */
const unit = (text: string): ProseUnit => ({ text, span: { lineStart: 5, lineEnd: 5 } });
const read = (text: string, language: Language | null = null) => extractCountStatements([unit(text)], { reportedIn: 2021, language });
const rows = (text: string, language: Language | null = null) =>
  read(text, language).statements.map((s) => [s.year, s.year_basis, s.action, s.agency, s.total, s.components_sum, s.reconciliation, s.counts.map((c) => [c.category, c.quantity, c.is_total])]);

describe('a figure of another period beside a count', () => {
  it.each<[string, Language]>([
    ['In 2020, the police seized 734 firearms, up from 581 in 2019.', 'en'],
    ['The police seized 734 firearms in 2020, up from 581 firearms in 2019.', 'en'],
    ['The police seized 734 firearms in 2020, compared with 581 in 2019.', 'en'],
    ['The police seized 734 firearms in 2020 as against 581 in 2019.', 'en'],
    ['The police seized 734 firearms in 2020 (2019: 581).', 'en'],
    ['En 2020, la police a saisi 734 armes, contre 581 en 2019.', 'fr'],
    ['En 2020, la police a saisi 734 armes, par rapport à 581 en 2019.', 'fr'],
    ['En 2020, la Policía incautó 734 armas de fuego, frente a 581 en 2019.', 'es'],
    ['En 2020, la Policía incautó 734 armas de fuego, en comparación con 581 en 2019.', 'es'],
    ['Em 2020, a Polícia apreendeu 734 armas, em comparação com 581 em 2019.', 'pt'],
    ['Em 2020, a Polícia apreendeu 734 armas, contra 581 em 2019.', 'pt'],
    ['В 2020 году полиция изъяла 734 единицы оружия, против 581 в 2019 году.', 'ru'],
    ['В 2020 году полиция изъяла 734 единицы оружия по сравнению с 581 в 2019 году.', 'ru'],
  ])('%s', (text, language) => {
    expect(rows(text, language)).toEqual([
      [2020, 'stated', 'seized', 'police', 734, null, 'no_parts', [['firearms', 734, true]]],
      // The compared figure: its own year, the count's action and weapons, no agency, no parts.
      [2019, 'stated', 'seized', null, 581, null, 'no_parts', [['firearms', 581, true]]],
    ]);
  });

  it('reads the year of an event after the figure, and the main count keeps its own year and parts', () => {
    expect(rows('The police collected 1,906 firearms during the 2020 amnesty, against 1,215 in the amnesty of 2017.', 'en').map((r) => r.slice(0, 5))).toEqual([
      [2020, 'stated', 'collected', 'police', 1906],
      [2017, 'stated', 'collected', null, 1215],
    ]);
    expect(rows('The Namibian Defence Force destroyed 2,288 weapons in 2020 (2019: 1,740).', 'en').map((r) => r.slice(0, 5))).toEqual([
      [2020, 'stated', 'destroyed', 'defence', 2288],
      [2019, 'stated', 'destroyed', null, 1740],
    ]);
    // A figure beside a part is a figure of that part's weapons, never added to the parts.
    expect(rows('In 2020 the police seized 402 pistols, up from 300 in 2019, and 219 rifles.', 'en')).toEqual([
      [2020, 'stated', 'seized', 'police', null, 621, 'no_total', [['pistols', 402, false], ['rifles', 219, false]]],
      [2019, 'stated', 'seized', null, 300, null, 'no_parts', [['pistols', 300, true]]],
    ]);
  });

  it.each<[string, Language]>([
    ['In 2020, the police seized 734 firearms, up from 581 the year before.', 'en'],
    ['In 2020 the police seized 734 firearms, compared with 581 previously.', 'en'],
    ['In 2020 the police seized 734 firearms, down from 581 firearms in 2018-2019.', 'en'],
    ['En 2020, la police a saisi 734 armes, contre 581 l’année précédente.', 'fr'],
  ])('no year of its own, no statement (never a wrong year), an info: %s', (text, language) => {
    const result = read(text, language);
    expect(result.statements.map((s) => [s.year, s.total, s.components_sum])).toEqual([[2020, 734, null]]);
    expect(result.issues.filter((i) => i.rule === 'year-unknown' && i.message.includes('581')).length).toBe(1);
  });

  it('"in the same year" after a compared figure is the year of the count, never the compared one', () => {
    expect(rows('In 2020 the police seized 734 firearms, up from 581 in 2019. In the same year, the police destroyed 200 firearms.', 'en').map((r) => r.slice(0, 5))).toEqual([
      [2020, 'stated', 'seized', 'police', 734],
      [2019, 'stated', 'seized', null, 581],
      [2020, 'inferred', 'destroyed', 'police', 200],
    ]);
  });

  it('a lead that compares no figure beside a count changes nothing', () => {
    expect(rows('In 2019 the police seized 300 weapons in operations against 12 criminal groups.', 'en').map((r) => r.slice(0, 5))).toEqual([[2019, 'stated', 'seized', 'police', 300]]);
    expect(rows('In 2019 the police seized 300 weapons, against 12 criminal groups in 2019.', 'en').map((r) => r.slice(0, 5))).toEqual([[2019, 'stated', 'seized', 'police', 300]]);
    // A percentage compared is no figure of weapons.
    expect(rows('In 2020 the police seized 734 firearms, against 12 % in 2019.', 'en').map((r) => r.slice(0, 5))).toEqual([[2020, 'stated', 'seized', 'police', 734]]);
  });

  it('any count and any figure of another year beside it: two statements, the figure never a part nor its year the count\'s', () => {
    const grouped = (n: number) => n.toLocaleString('en-US');
    fc.assert(
      fc.property(
        fc.integer({ min: 2, max: 99_999 }),
        fc.integer({ min: 2, max: 99_999 }),
        fc.integer({ min: 2001, max: 2024 }),
        fc.integer({ min: 1, max: 10 }),
        fc.constantFrom('up from', 'down from', 'against', 'compared with', 'as against'),
        (count, figure, year, back, lead) => {
          const text = `In ${year}, the police destroyed ${grouped(count)} firearms, ${lead} ${grouped(figure)} in ${year - back}.`;
          expect(rows(text, 'en').map((r) => r.slice(0, 7))).toEqual([
            [year, 'stated', 'destroyed', 'police', count, null, 'no_parts'],
            [year - back, 'stated', 'destroyed', null, figure, null, 'no_parts'],
          ]);
        },
      ),
      { numRuns: 60 },
    );
  });
});
