import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ocrReading } from '../../src/classify/ocr-reading.ts';

/** The reading as it was worked out before lines were screened: every word of the line replaced. */
function readingOfEveryWord(line: string): string | null {
  const read = line.replace(/[\p{L}0-9|]*\p{L}[\p{L}0-9|]*/gu, (word) =>
    /[0-9|]/u.test(word) && /\p{L}{2}/u.test(word) ? word.replace(/[015|]/gu, (c) => ({ '0': 'o', '1': 'i', '5': 's', '|': 'l' })[c] ?? c) : word,
  );
  return read === line ? null : read;
}

describe('ocrReading', () => {
  it('reads digits and bars inside words as the letters OCR lost, and nothing else', () => {
    expect(ocrReading('NAT10NAL REP0RT 2015')).toBe('NATioNAL REPoRT 2015');
    expect(ocrReading('Sma|l arms, 150 pieces')).toBe('Small arms, 150 pieces');
    expect(ocrReading('In 2015, 1,500 rifles | 10 pistols')).toBeNull();
    expect(ocrReading('A1 B5')).toBeNull();
  });

  it('gives the reading of every word on any line (property)', () => {
    const unit = fc.constantFrom('a', 'B', 'é', 'я', '中', '0', '1', '5', '7', '|', ' ', ',', '-', '𝐀', '😀', '\ud835', '\u0301');
    fc.assert(
      fc.property(fc.array(unit, { maxLength: 24 }), (units) => {
        const line = units.join('');
        expect(ocrReading(line)).toBe(readingOfEveryWord(line));
      }),
      { numRuns: 5000 },
    );
  });
});
