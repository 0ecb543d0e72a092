import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Language } from '../../../src/language/types.ts';
import { extractCountStatements } from '../../../src/transforms/count-statements/index.ts';

/**
 * Numbers given "respectively" pair, rank by rank, with another list: with as many years, each number is its year's
 * statement (the reader had loaded the last number alone for no year: `seized 120 and 45 firearms in 2021 and 2022
 * respectively` gave one statement of 45); with anything else (places, categories, a list of another length) none is
 * loaded, and a warning names the numbers.
 */
const extract = (text: string, language: Language) =>
  extractCountStatements([{ text, span: { lineStart: 7, lineEnd: 7 } }], { reportedIn: 2024, language, agencyAliases: {} });
const read = (text: string, language: Language) =>
  extract(text, language).statements.map((s) => [s.year, s.year_basis, s.action, s.agency, s.total, s.counts.map((c) => [c.category, c.quantity, c.is_total])]);

describe('numbers given respectively for as many years', () => {
  it.each([
    ['The police seized 120 and 45 firearms in 2021 and 2022 respectively.', 'en', 'seized', 'police', 120, 45, 'firearms'],
    ['In 2021 and 2022, 300 and 410 weapons respectively were destroyed.', 'en', 'destroyed', null, 300, 410, 'firearms'],
    ['La police a saisi 120 et 45 armes à feu en 2021 et 2022 respectivement.', 'fr', 'seized', 'police', 120, 45, 'firearms'],
    ['En 2021 et en 2022, respectivement 300 et 410 armes ont été détruites.', 'fr', 'destroyed', null, 300, 410, 'firearms'],
    ['La Policía Nacional incautó 1.200 y 950 armas de fuego en 2021 y 2022, respectivamente.', 'es', 'seized', 'police', 1200, 950, 'firearms'],
    ['A polícia apreendeu 120 e 45 armas de fogo em 2021 e 2022, respectivamente.', 'pt', 'seized', 'police', 120, 45, 'firearms'],
    ['В 2021 и 2022 годах было изъято 120 и 45 единиц оружия соответственно.', 'ru', 'seized', null, 120, 45, 'firearms'],
  ] as const)('%s', (text, language, action, agency, first, second, category) => {
    expect(read(text, language)).toEqual([
      [2021, 'stated', action, agency, first, [[category, first, true]]],
      [2022, 'stated', action, agency, second, [[category, second, true]]],
    ]);
  });

  it('each number keeps its own weapons when it names them', () => {
    expect(read('Customs seized 1,200 pistols and 450 rifles in 2019 and 2020, respectively.', 'en')).toEqual([
      [2019, 'stated', 'seized', 'customs', 1200, [['pistols', 1200, true]]],
      [2020, 'stated', 'seized', 'customs', 450, [['rifles', 450, true]]],
    ]);
  });

  it('records the pairing as the year step, and the whole sentence as the source text', () => {
    const [first, second] = extract('The police seized 120 and 45 firearms in 2021 and 2022 respectively.', 'en').statements;
    expect(first?.steps?.find((s) => s.column === 'year')).toMatchObject({ rule: 'year.respectively', source_words: '2021', value: '2021' });
    expect(second?.steps?.find((s) => s.column === 'year')).toMatchObject({ rule: 'year.respectively', source_words: '2022', value: '2022' });
    expect(first?.source_text).toBe('The police seized 120 and 45 firearms in 2021 and 2022 respectively.');
    expect(first?.line_start).toBe(7);
    // 120 names no weapons of its own: it shares the noun of the number after it.
    expect(first?.counts[0]?.steps?.find((s) => s.column === 'category')?.rule).toBe('vocabulary.category-shared-noun');
  });
});

describe('numbers given respectively for anything else', () => {
  it.each([
    ['In 2022 the police seized 120 and 45 firearms in Lagos and Kano respectively.', 'en', '120, 45'],
    ['In 2022 the police and local communities collected 120 and 45 firearms respectively.', 'en', '120, 45'],
    ['The police seized 120, 45 and 30 firearms in 2021 and 2022 respectively.', 'en', '120, 45, 30'],
    ['En 2022, 120 et 45 armes ont été saisies à Rabat et à Tanger respectivement.', 'fr', '120, 45'],
  ] as const)('loads none and says so: %s', (text, language, numbers) => {
    const { statements, issues } = extract(text, language);
    expect(statements).toEqual([]);
    expect(issues.map((i) => [i.severity, i.rule, i.line_start])).toEqual([['warning', 'count-respectively', 7]]);
    expect(issues[0]?.message).toContain(`${numbers} are given '`);
  });

  it('a sentence without a respectively word is read as before', () => {
    expect(read('The police seized 120 pistols and 45 rifles in 2022.', 'en')).toEqual([
      [2022, 'stated', 'seized', 'police', null, [['pistols', 120, false], ['rifles', 45, false]]],
    ]);
  });
});

describe('numbers given respectively for as many bodies of the vocabulary', () => {
  it.each([
    ['In 2022 the police and customs seized 120 and 45 firearms respectively.', 'en', 'police', 'customs'],
    ['In 2022, 120 and 45 firearms were seized by the police and customs respectively.', 'en', 'police', 'customs'],
    ['En 2022, la police et les douanes ont saisi respectivement 120 et 45 armes à feu.', 'fr', 'police', 'customs'],
    ['En 2022, la Policía Nacional y el Ejército incautaron 120 y 45 armas de fuego, respectivamente.', 'es', 'police', 'defence'],
    ['Em 2022, a polícia e as alfândegas apreenderam 120 e 45 armas de fogo, respectivamente.', 'pt', 'police', 'customs'],
    ['В 2022 году полиция и таможня изъяли 120 и 45 единиц оружия соответственно.', 'ru', 'police', 'customs'],
  ] as const)('each number is the statement of the body of its rank, in the sentence\'s year: %s', (text, language, first, second) => {
    expect(read(text, language)).toEqual([
      [2022, 'stated', 'seized', first, 120, [['firearms', 120, true]]],
      [2022, 'stated', 'seized', second, 45, [['firearms', 45, true]]],
    ]);
  });

  it('a list of years and a list of bodies: the years pair, the bodies stay joint (agency NULL)', () => {
    expect(read('The police and customs seized 120 and 45 firearms in 2021 and 2022 respectively.', 'en')).toEqual([
      [2021, 'stated', 'seized', null, 120, [['firearms', 120, true]]],
      [2022, 'stated', 'seized', null, 45, [['firearms', 45, true]]],
    ]);
  });
});

describe('property: a list of numbers and as many years, respectively', () => {
  it('gives one statement a number, each of the year of its rank', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.integer({ min: 2000, max: 2023 }), { minLength: 2, maxLength: 4 }),
        fc.array(fc.integer({ min: 1, max: 999 }), { minLength: 4, maxLength: 4 }),
        (years, values) => {
          const numbers = values.slice(0, years.length);
          const list = (items: readonly number[]): string => `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
          const text = `The army destroyed ${list(numbers)} rifles in ${list(years)} respectively.`;
          expect(read(text, 'en').map(([year, , , , total]) => [year, total])).toEqual(years.map((year, i) => [year, numbers[i]]));
        },
      ),
      { numRuns: 200 },
    );
  });
});
