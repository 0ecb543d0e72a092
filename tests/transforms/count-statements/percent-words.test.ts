import { describe, expect, it } from 'vitest';
import { allLexicons } from '../../../src/language/registry.ts';
import type { Language } from '../../../src/language/types.ts';
import { PERCENT_AFTER } from '../../../src/transforms/count-statements/compile.ts';
import { extractCountStatements } from '../../../src/transforms/count-statements/index.ts';

/** A percentage, in a sign or in any lexicon's `percentWords`, is no count: not a compared figure, not a level. */
const read = (text: string, language: Language) =>
  extractCountStatements([{ text, span: { lineStart: 1, lineEnd: 1 } }], { reportedIn: 2023, language }).statements.map((s) => [s.year, s.action, s.total]);

describe('percent words come from the lexicons', () => {
  it.each(allLexicons().flatMap((lexicon) => lexicon.percentWords.map((word) => [lexicon.language, word] as const)))('%s %s after a number is a percent', (_, word) => {
    expect(PERCENT_AFTER.test(` ${word} in 2019`)).toBe(true);
  });

  it.each<[string]>([[' 12 persons'], [' 1,215 in 2017'], [' percentages'], [' porcentaje']])('%s is no percent', (after) => {
    expect(PERCENT_AFTER.test(after)).toBe(false);
  });

  it.each<[string, Language]>([
    ['In 2022 the police seized 1,526 firearms, against 12 per cent in 2021.', 'en'],
    ['En 2022, la police a saisi 1 526 armes à feu, contre 12 pour cent en 2021.', 'fr'],
    ['في عام 2022، ضبطت الشرطة 1526 قطعة سلاح، مقابل 12 بالمائة في عام 2021.', 'ar'],
  ])('%s: the percentage compared is no statement of its year', (text, language) => {
    expect(read(text, language)).toEqual([[2022, 'seized', 1526]]);
  });

  it.each<[string, Language]>([
    ['Em 2022, as apreensões de armas de fogo aumentaram em 9 por cento para 1.526.', 'pt'],
    ['Em 2022, as apreensões de armas de fogo aumentaram em um 9 % para 1.526.', 'pt'],
    ['En 2022, las incautaciones de armas de fuego aumentaron en una 9 % hasta 1.526.', 'es'],
    ['In 2022, seizures of firearms rose by a 9 per cent to 1,526.', 'en'],
  ])('%s: the level after a change in percent is the count', (text, language) => {
    expect(read(text, language)).toEqual([[2022, 'seized', 1526]]);
  });
});
