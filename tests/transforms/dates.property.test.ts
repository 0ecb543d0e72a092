import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findDateText, parseDate, readDate, yearOfDate } from '../../src/transforms/dates.ts';

const day = fc.date({ min: new Date(Date.UTC(1990, 0, 1)), max: new Date(Date.UTC(2035, 11, 31)), noInvalidDate: true });
const isoOf = (d: Date): string => d.toISOString().slice(0, 10);

describe('date parser properties', () => {
  it('never throws on arbitrary strings, and an ISO date it gives is a real date', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 60 }), (text) => {
        const parsed = parseDate(text);
        if (parsed?.iso) expect(isoOf(new Date(`${parsed.iso}T00:00:00Z`))).toBe(parsed.iso);
        findDateText(text);
        yearOfDate(text);
      }),
      { numRuns: 500 },
    );
  });

  const locales = ['en-GB', 'en-US', 'fr-FR', 'es-ES', 'ru-RU', 'pt-BR', 'pt-PT', 'ar-EG', 'zh-CN'];
  it.each(locales)('reads back what Intl.DateTimeFormat(%s) writes with the month name', (locale) => {
    const format = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
    fc.assert(
      fc.property(day, (d) => {
        // Web pages carry bidirectional marks around Arabic words; documents do not: they are dropped.
        const written = format.format(d).replace(/[\u200e\u200f\u061c]/gu, '');
        expect(parseDate(written)?.iso).toBe(isoOf(d));
        expect(findDateText(`Submitted on ${written}.`)).toBe(written);
      }),
      { numRuns: 150 },
    );
  });
});

describe('readDate records how the date was read', () => {
  it('names the month-name entry and its language', () => {
    expect(readDate('20 de março de 2019').steps).toEqual([
      { column: 'date', source_words: '20 de março de 2019', rule: 'date.month-name', lexicon_entry: 'monthNames: março', language: 'pt', value: '2019-03-20' },
    ]);
  });
  it('names the numeric convention, and records nothing for an ambiguous date', () => {
    expect(readDate('12/03/2019', 'dmy').steps.map((s) => [s.rule, s.value])).toEqual([['date.numeric-dmy', '2019-03-12']]);
    expect(readDate('12/03/2019')).toEqual({ value: { raw: '12/03/2019', iso: null, ambiguous: true }, steps: [] });
  });
});
