import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { STATED_YEAR, YEAR_TOKEN } from '../../../src/transforms/count-statements/compile.ts';
import { statedYears, yearTokenOffsets } from '../../../src/transforms/count-statements/years.ts';
import { asciiDigits } from '../../../src/transforms/quantity.ts';

/**
 * The year readers as they were: the expressions run over every text, with no test for year digits first.
 * The year is STATED_YEAR's group 1, 2 or 3 (a whole date: its third branch, d4907cb).
 */
function referenceStatedYears(text: string): { year: number; index: number }[] {
  return [...asciiDigits(text).matchAll(STATED_YEAR)].map((m) => ({ year: Number(m[1] ?? m[2] ?? m[3]), index: m.index ?? 0 }));
}

function referenceYearTokenOffsets(written: string, base: number): Set<number> {
  const offsets = new Set<number>();
  const text = asciiDigits(written);
  for (const m of [...text.matchAll(YEAR_TOKEN), ...text.matchAll(STATED_YEAR)]) {
    const year = m[1] ?? m[2] ?? m[3];
    if (year) offsets.add(base + (m.index ?? 0) + m[0].indexOf(year));
  }
  return offsets;
}

describe('year readers (property)', () => {
  it('find the years the expressions alone found, in texts with and without year digits', () => {
    const piece = fc.constantFrom('In ', 'in ', 'during ', 'en ', 'в ', 'за ', 'году', ' 年', '年', 'March ', 'mars ', 'марта ', '12 ', '2019', '1999', '2101', '1899', '٢٠١٧', '200', '20', '19', ' ', ', ', '.', 'weapons', 'seized ');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 10 }), fc.nat(500), (pieces, base) => {
        const text = pieces.join('');
        expect(statedYears(text)).toEqual(referenceStatedYears(text));
        expect(yearTokenOffsets(text, base)).toEqual(referenceYearTokenOffsets(text, base));
      }),
      { numRuns: 2000 },
    );
  });
});
