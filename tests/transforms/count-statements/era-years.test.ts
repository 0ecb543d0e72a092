import { describe, expect, it } from 'vitest';
import { extractCountStatements } from '../../../src/transforms/count-statements/index.ts';
import { withoutEraYears } from '../../../src/transforms/era-years.ts';

/**
 * `In B.E. 2565 (2022), 214 firearms ... were seized`: the points of `B.E.` cut the sentence and the Gregorian year in
 * brackets was read as no year (year NULL, or one inferred from the sentence before). A year of another calendar that
 * agrees with the Gregorian year beside it is set aside; the Gregorian one is the statement's stated year.
 */
const read = (text: string, language = 'en') =>
  extractCountStatements([{ text, span: { lineStart: 1, lineEnd: 1 } }], { reportedIn: 2024, language }).statements.map((s) => [s.year, s.year_basis, s.action, s.total, s.source_text]);

describe('a year of another calendar beside the Gregorian one', () => {
  it.each([
    ['In B.E. 2565 (2022), 214 firearms, among them 37 sub-machine guns and 177 pistols, were seized by the Customs Department.', 2022, 214],
    ['On 26 June 2023 (B.E. 2566), the Royal Thai Army destroyed 1,830 rifles.', 2023, 1830],
    ['In 2021 (2564 BE) the police destroyed 600 pistols.', 2021, 600],
    ['In 2022 (1443 A.H.), customs seized 75 rifles.', 2022, 75],
  ] as const)('%s', (text, year, total) => {
    expect(read(text)).toEqual([[year, 'stated', expect.any(String), total, text]]);
  });

  it('the other calendar\'s year is never a count, nor a year of its own', () => {
    expect(read('In B.E. 2564 (2021) the police destroyed 300 rifles.')).toEqual([[2021, 'stated', 'destroyed', 300, 'In B.E. 2564 (2021) the police destroyed 300 rifles.']]);
  });

  it('only a pair that agrees is set aside; offsets are kept', () => {
    expect(withoutEraYears('In B.E. 2565 (2022), 214')).toBe('In            2022 , 214');
    expect(withoutEraYears('In 2565 (2020), 214')).toBe('In 2565 (2020), 214');
    expect(withoutEraYears('on 5 May 2023 (2566)')).toBe('on 5 May 2023       ');
    expect(withoutEraYears('(2021) 1,204 pistols')).toBe('(2021) 1,204 pistols');
  });
});
