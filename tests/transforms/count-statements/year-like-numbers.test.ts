import { describe, expect, it } from 'vitest';
import type { Language } from '../../../src/language/types.ts';
import { extractCountStatements } from '../../../src/transforms/count-statements/index.ts';

/**
 * A bare number that may be a year (19xx, 20xx, no separator) whose words after it name no weapons is a year whose
 * lead the lexicons do not know ("In P 2022 the police seized ..."), never a count of "the police seized": read as
 * one, it took the action word into its own words and the sentence's real count was lost, with no issue.
 */

const read = (text: string, language: Language = 'en') => {
  const out = extractCountStatements([{ text, span: { lineStart: 1, lineEnd: 1 } }], { reportedIn: 2024, language, agencyAliases: {} });
  return out.statements.map((s) => [s.year, s.year_basis, s.action, s.agency, s.agency_raw, s.total]);
};

describe('a bare number that may be a year, before words naming no weapons, is no count', () => {
  it.each([
    ['In P 2022 the police seized 120 firearms.', 120],
    ['In week 3 2022 the police seized 120 firearms.', 120],
  ])('%s: the count after it is still read (it was lost, with no issue)', (text, total) => {
    expect(read(text).map((s) => s[5])).toEqual([total]);
  });

  it('a year-like number naming weapons is still a count', () => {
    expect(read('The police seized 2021 pistols in 2020.')).toEqual([[2020, 'stated', 'seized', 'police', 'The police', 2021]]);
  });
});
