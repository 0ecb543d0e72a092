import { describe, expect, it } from 'vitest';
import type { Language } from '../../../src/language/types.ts';
import { extractCountStatements } from '../../../src/transforms/count-statements/index.ts';

/**
 * A part of one calendar year written before it ("the third quarter of 2022", "Q3 2022", "the first half of 2023",
 * "mid-2021", "au premier semestre 2023", "a mediados de 2022", "в первом полугодии 2023 года") still states that
 * year: the statement's year is it, stated, and the words are no part of the agency after them. The lexicons'
 * `yearPartPhrases`. The end of a span of years written so ("between mid-2021 and mid-2022") states none.
 */

const read = (text: string, language: Language = 'en') => {
  const out = extractCountStatements([{ text, span: { lineStart: 1, lineEnd: 1 } }], { reportedIn: 2024, language, agencyAliases: {} });
  return out.statements.map((s) => [s.year, s.year_basis, s.action, s.agency, s.agency_raw, s.total]);
};

describe('a part of a calendar year states that year', () => {
  it.each([
    ['In Q3 2022 the police seized 120 firearms.', 'en', 2022, 'the police'],
    ['In the third quarter of 2022 the police seized 120 firearms.', 'en', 2022, 'the police'],
    ['During the first half of 2023 the police seized 120 firearms.', 'en', 2023, 'the police'],
    ['In H1 2021 the police seized 120 firearms.', 'en', 2021, 'the police'],
    ['In mid-2020 the police seized 120 firearms.', 'en', 2020, 'the police'],
    ['The police seized 120 firearms in the second half of 2021.', 'en', 2021, 'The police'],
    ['Au premier semestre 2023, la police a saisi 120 armes.', 'fr', 2023, 'la police'],
    ['À la mi-2022, la police a saisi 120 armes.', 'fr', 2022, 'la police'],
    ['En el primer semestre de 2023 la policía incautó 120 armas.', 'es', 2023, 'la policía'],
    ['A mediados de 2022 la policía incautó 120 armas.', 'es', 2022, 'la policía'],
    ['No primeiro semestre de 2023 a polícia apreendeu 120 armas.', 'pt', 2023, 'a polícia'],
    ['Во втором квартале 2022 года полиция изъяла 120 единиц оружия.', 'ru', 2022, 'полиция'],
    ['في الربع الثالث من عام 2022 ضبطت الشرطة 120 قطعة سلاح.', 'ar', 2022, 'الشرطة'],
  ] as const)('%s', (text, language, year, agencyRaw) => {
    expect(read(text, language)).toEqual([[year, 'stated', 'seized', 'police', agencyRaw, 120]]);
  });

  it.each([
    'Between mid-2021 and mid-2022 the police seized 120 firearms.',
    'From Q3 2021 to Q2 2022 the police seized 120 firearms.',
  ])('the ends of a span of years state no year, and are no agency words: %s', (text) => {
    expect(read(text)).toEqual([[null, null, 'seized', null, null, 120]]);
  });

  it('a year-end figure is not read as the year (it is often a running total)', () => {
    expect(read('By the end of 2022, the police had collected 5,000 firearms.')).toEqual([[null, null, 'collected', 'police', 'the police', 5000]]);
  });
});
