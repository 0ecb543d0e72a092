import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDate, yearOfDate } from '../../src/transforms/dates.ts';
import { asciiDigits } from '../../src/transforms/digits.ts';

/** Numbering systems of decimal digits in the Basic Multilingual Plane that Intl writes numbers in. */
const SYSTEMS = ['arab', 'arabext', 'beng', 'deva', 'fullwide', 'gujr', 'guru', 'khmr', 'knda', 'laoo', 'limb', 'mlym', 'mong', 'mymr', 'orya', 'tamldec', 'telu', 'thai', 'tibt'];

const written = (n: number, numberingSystem: string): string => new Intl.NumberFormat('en', { numberingSystem, useGrouping: false }).format(n);

describe('asciiDigits reads the digits of every script', () => {
  it.each(SYSTEMS)('reads back what Intl writes in the %s digits, one code unit for one', (system) => {
    fc.assert(
      fc.property(fc.nat({ max: 10_000_000 }), (n) => {
        const text = written(n, system);
        expect(text).not.toBe(String(n));
        expect(asciiDigits(text)).toBe(String(n));
        expect(asciiDigits(text).length).toBe(text.length);
      }),
      { numRuns: 50 },
    );
  });

  it('leaves other text as it is, and digits of two code units unread', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), (text) => {
        const out = asciiDigits(text);
        expect(out.length).toBe(text.length);
        if (!/\p{Nd}|\u066b/u.test(text)) expect(out).toBe(text);
      }),
      { numRuns: 300 },
    );
    expect(asciiDigits('𝟐𝟎𝟐𝟎')).toBe('𝟐𝟎𝟐𝟎');
  });

  it('a date in Devanagari, Bengali or Thai digits is read as in ASCII ones', () => {
    expect(parseDate(`${written(14, 'deva')}/${written(5, 'deva')}/${written(2019, 'deva')}`)?.iso).toBe('2019-05-14');
    expect(yearOfDate(`${written(3, 'beng')} May ${written(2021, 'beng')}`)).toBe(2021);
    expect(parseDate(`${written(2018, 'thai')}-${written(3, 'thai').padStart(2, '๐')}-${written(9, 'thai').padStart(2, '๐')}`)?.iso).toBe('2018-03-09');
  });
});
