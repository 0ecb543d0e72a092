import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { codePointTest } from '../../src/language/code-point-test.ts';

describe('codePointTest', () => {
  it('answers what the pattern answers for any code point, asked once or again (property)', () => {
    const pattern = /[\p{L}\p{N}]/u;
    const isLetterOrDigit = codePointTest(pattern);
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 0x10ffff }), { minLength: 1, maxLength: 50 }), (codePoints) => {
        for (const codePoint of [...codePoints, ...codePoints]) expect(isLetterOrDigit(codePoint)).toBe(pattern.test(String.fromCodePoint(codePoint)));
      }),
      { numRuns: 300 },
    );
  });

  it('tells letters, digits and others apart in both planes', () => {
    const isLetter = codePointTest(/\p{L}/u);
    expect(['a', 'Ж', '中', '𠀀', '1', ' ', '|', '😀'].map((c) => isLetter(c.codePointAt(0) as number))).toEqual([true, true, true, true, false, false, false, false]);
  });
});
