import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Language } from '../../../src/language/types.ts';
import { extractCountStatements } from '../../../src/transforms/count-statements/index.ts';
import { statedYears, yearTokenOffsets } from '../../../src/transforms/count-statements/years.ts';

/** The year and its basis of each statement of one sentence. */
function years(text: string, language: Language | null): unknown[] {
  return extractCountStatements([{ text, span: { lineStart: 1, lineEnd: 1 } }], { reportedIn: 2020, language }).statements.map((s) => [s.year, s.year_basis, s.total]);
}

// A year that names the event the counts belong to is the statement's stated year, when it is the clause's only year.
describe('the year of an event the counts belong to', () => {
  it.each([
    ['During the campaign of 2019, members of the public surrendered 612 firearms.', 'en', [[2019, 'stated', 612]]],
    ['No weapons were surrendered under the 2018 amnesty.', 'en', [[2018, 'stated', 0]]],
    ['In the 2019 weapons collection campaign, 300 weapons were collected.', 'en', [[2019, 'stated', 300]]],
    ['The police seized 45 pistols during the 2017 border operation.', 'en', [[2017, 'stated', 45]]],
    ['Lors de la campagne de 2019, 300 armes ont été remises volontairement.', 'fr', [[2019, 'stated', 300]]],
    ['Durante la campaña de 2019 se entregaron 300 armas.', 'es', [[2019, 'stated', 300]]],
    ['Durante la amnistía de 2018 se entregaron 300 armas.', 'es', [[2018, 'stated', 300]]],
    ['В ходе кампании 2019 года было изъято 300 единиц оружия.', 'ru', [[2019, 'stated', 300]]],
    ['Durante a campanha de 2019 foram recolhidas 300 armas.', 'pt', [[2019, 'stated', 300]]],
  ] as const)('%s', (text, language, expected) => {
    expect(years(text, language)).toEqual(expected);
  });

  it('the sentence after an event sentence takes its year as the text before', () => {
    const units = [{ text: 'The campaign of 2019 was a success. Members of the public surrendered 612 firearms.', span: { lineStart: 1, lineEnd: 1 } }];
    const [statement] = extractCountStatements(units, { reportedIn: 2020, language: 'en' }).statements;
    expect(statement && [statement.year, statement.year_basis]).toEqual([2019, 'inferred']);
  });

  it.each([
    // A document's year is never the counts'.
    ['Under the plan for 2020, 500 weapons were destroyed.', 'en'],
    ['Under the Firearms Act of 1998, 500 weapons were surrendered.', 'en'],
    ['No weapons were surrendered under the 2018 Amnesty Act.', 'en'],
    ['Conformément à la loi de 2018, 300 armes ont été détruites.', 'fr'],
    ['Según el plan de 2020, se destruyeron 300 armas.', 'es'],
    // A span of years, and an event year with another year in the clause.
    ['During the 2018-2022 programme, 500 weapons were destroyed.', 'en'],
    ['During the campaign of 2018-2019, 500 weapons were destroyed.', 'en'],
    ['During the 2018 amnesty, 300 weapons were surrendered in 2019.', 'en'],
    ['In 2018 and 2019, 300 weapons were surrendered during the campaign.', 'en'],
  ] as const)('%s: year NULL', (text, language) => {
    expect(years(text, language).map((y) => (y as unknown[])[0])).toEqual([null]);
  });

  it.each([
    // The plain year before the counts is what was done when; an event's year after them says where the weapons came from.
    ['In 2017, the police destroyed 1 052 firearms surrendered during the 2016 amnesty.', 'en', [[2017, 'stated', 1052]]],
    ['En 2019, la police a détruit 300 armes remises lors de la campagne de 2018.', 'fr', [[2019, 'stated', 300]]],
    // An event year before the counts with another year: which is which is not clear.
    ['In 2019, during the 2018 amnesty, 300 weapons were surrendered.', 'en', [[null, null, 300]]],
  ] as const)('%s', (text, language, expected) => {
    expect(years(text, language)).toEqual(expected);
  });

  it('an event year is a year, not a count of weapons', () => {
    expect(statedYears('under the 2018 amnesty')).toEqual([{ year: 2018, index: 10, event: true }]);
    expect([...yearTokenOffsets('the 2018 amnesty weapons', 0)]).toEqual([4]);
    // "In 2019 operations": the year a lead states is read once.
    expect(statedYears('In 2019 operations were held')).toEqual([{ year: 2019, index: 0 }]);
  });

  it('a statement never has a stated year that its sentence does not write (property)', () => {
    const piece = fc.constantFrom(
      'In ', 'during ', 'the ', 'campaign ', 'campaign of ', 'amnesty ', 'Act ', 'plan for ', 'programme ', 'law of ', 'of ', 'for ',
      '2018', '2019', '2018-2022 ', ' ', ', ', '300 weapons ', '200 ', 'were surrendered', 'destroyed', 'seized ', 'and ', 'la campaña de ', 'кампании ', 'года ',
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), (pieces) => {
        const text = `${pieces.join('')}.`;
        for (const s of extractCountStatements([{ text, span: { lineStart: 1, lineEnd: 1 } }], { reportedIn: 2020, language: null }).statements) {
          if (s.year_basis === 'stated') expect(text).toContain(String(s.year));
          expect(s.year === null || s.year_basis !== null).toBe(true);
        }
      }),
      { numRuns: 400 },
    );
  });
});
