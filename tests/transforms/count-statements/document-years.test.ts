import { describe, expect, it } from 'vitest';
import { extractCountStatements } from '../../../src/transforms/count-statements/index.ts';
import type { Language } from '../../../src/language/types.ts';

/**
 * A year that names a document ("the 2019 National Action Plan", "the 2018 Firearms Act") is a year, never a count
 * of the words after it: it was loaded as a part (2019 "National Action Plan", components_sum 2,319). The document
 * nouns are the lexicons' `documentNouns`.
 */
const read = (text: string, language: Language = 'en') =>
  extractCountStatements([{ text, span: { lineStart: 3, lineEnd: 3 } }], { reportedIn: 2021, language, agencyAliases: {} }).statements.map((s) => [
    s.action,
    s.total,
    s.components_sum,
    s.counts.map((c) => c.quantity),
  ]);

describe('a year naming a document is no count', () => {
  it.each([
    ['Under the 2019 National Action Plan, 300 weapons were destroyed.', 'destroyed', 300],
    ['Under the 2019 national action plan 300 weapons were destroyed.', 'destroyed', 300],
    ['In line with the 2018 Firearms Act 450 pistols were surrendered.', 'surrendered', 450],
    ['The 2020 strategy led to 120 rifles being destroyed.', 'destroyed', 120],
  ] as const)('%s', (text, action, total) => {
    expect(read(text)).toEqual([[action, total, null, [total]]]);
  });

  it('a count written with a thousands separator or outside the years stays a count', () => {
    expect(read('The police destroyed 2,019 weapons under the plan.')).toEqual([['destroyed', 2019, null, [2019]]]);
    expect(read('The police destroyed 1500 weapons under the 2019 plan.')).toEqual([['destroyed', 1500, null, [1500]]]);
  });
});
