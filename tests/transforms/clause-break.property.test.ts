import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lastClauseBreak } from '../../src/transforms/quantity.ts';

describe('lastClauseBreak', () => {
  it('never breaks inside a written number (1,100 / 7.62 / 1.450), but at a mark with no digit on one side', () => {
    expect(lastClauseBreak('Ikeja, Lagos – 1,100 ')).toBe(5);
    expect(lastClauseBreak('at least 7.62')).toBe(-1);
    expect(lastClauseBreak('2014, 3 ')).toBe(4);
    expect(lastClauseBreak('2014,3')).toBe(-1);
    expect(lastClauseBreak('Depot; 1.450 ')).toBe(5);
    expect(lastClauseBreak('١,٢٠٠ ')).toBe(-1);
  });

  it('property: the clause after the last break keeps a grouped number whole', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 30 }), fc.integer({ min: 0, max: 9_999_999 }), fc.constantFrom('en-US', 'de-DE'), (head, n, locale) => {
        const written = n.toLocaleString(locale);
        const text = `${head} ${written} `;
        expect(text.slice(lastClauseBreak(text) + 1).includes(written)).toBe(true);
      }),
    );
  });
});
