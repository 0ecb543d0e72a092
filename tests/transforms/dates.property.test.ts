import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findDateText, findDatelineDate, parseDate, parseMonthYear, readDate, yearOfDate } from '../../src/transforms/dates.ts';

const day = fc.date({ min: new Date(Date.UTC(1990, 0, 1)), max: new Date(Date.UTC(2035, 11, 31)), noInvalidDate: true });
const isoOf = (d: Date): string => d.toISOString().slice(0, 10);
const locales = ['en-GB', 'en-US', 'fr-FR', 'es-ES', 'ru-RU', 'pt-BR', 'pt-PT', 'ar-EG', 'zh-CN'];

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

describe('the words around a date are the lexicons\' dateWords, one list for the date parser and the count statements', () => {
  it.each([
    ['1º de maio de 2013', '2013-05-01'],
    ['1er juin 2016', '2016-06-01'],
    ['1 de junio del 2016', '2016-06-01'],
    ['14 мая 2014 г.', '2014-05-14'],
    ['14 мая 2014 года', '2014-05-14'],
    ['2017年3月20日', '2017-03-20'],
  ])('%s', (written, iso) => {
    expect(parseDate(written)?.iso).toBe(iso);
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

describe('findDatelineDate: the date of a dateline (a place, a comma, the date closing the line)', () => {
  it.each([
    ['San Salvador, 12 de marzo de 2015', '12 de marzo de 2015'],
    ['Ciudad de Guatemala, 1 de junio del 2016', '1 de junio del 2016'],
    ['Paris, le 3 mai 2016', '3 mai 2016'],
    ['Fait à Dakar, le 14 avril 2016', '14 avril 2016'],
    ['Geneva, 14 May 2014.', '14 May 2014'],
    ['Ташкент, 14 мая 2014 г.', '14 мая 2014 г.'],
    ['Lisboa, 20 de março de 2019', '20 de março de 2019'],
    ['Port of Spain, 06/05/2011', '06/05/2011'],
    ["St. George's, 3 May 2016", '3 May 2016'],
    // The same day in a second calendar, in parentheses after the date, leaves the line a dateline.
    ['Rabat, le 9 juin 2022 (8 dhou al-qi’da 1443 H)', '9 juin 2022'],
    ['Bangkok, 3 May 2022 (B.E. 2565).', '3 May 2022'],
    ['Душанбе, 14 мая 2014 г. (24 саура 1393 г. х.)', '14 мая 2014 г.'],
    ['عمّان، ١٠ أيار/مايو ٢٠٢١ (٢٨ رمضان ١٤٤٢ هـ)', '١٠ أيار/مايو ٢٠٢١'],
  ])('%s -> %s', (line, date) => {
    expect(findDatelineDate(line)).toBe(date);
  });

  it.each([
    'The report was adopted by the national commission on small arms, 14 May 2014',
    'In 2014, 300 weapons were destroyed',
    'San Salvador, 12 de marzo de 2015, en la sede del Ministerio',
    'Decree No. 12, 3 May 2016',
    '14 May 2014',
    'Meeting held in Geneva. Next session, 3 May 2016',
    'San Salvador, 12 de marzo de 2015 (sesión plenaria), en la sede del Ministerio',
    'Rabat, le 9 juin 2022 (8 dhou al-qi’da 1443 H) (voir annexe)',
  ])('is no dateline: %s', (line) => {
    expect(findDatelineDate(line)).toBeNull();
  });

  const places = fc.constantFrom('San Salvador', 'Port-au-Prince', 'N’Djamena', 'Ciudad de México', 'Nur-Sultan', 'Addis Ababa', 'Ташкент');
  it.each(locales)('reads back the date of "<place>, <date in %s>"', (locale) => {
    const format = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
    fc.assert(
      fc.property(places, day, (place, d) => {
        const written = format.format(d).replace(/[\u200e\u200f\u061c]/gu, '');
        const found = findDatelineDate(`${place}, ${written}`);
        expect(found === null ? null : parseDate(found)?.iso).toBe(isoOf(d));
      }),
      { numRuns: 100 },
    );
  });
});

describe('parseMonthYear: a month of a year, without a day', () => {
  it.each([
    ['Mai 2016', 2016, 5],
    ['June 2018', 2018, 6],
    ['Junio de 2017', 2017, 6],
    ['май 2016 г.', 2016, 5],
    ['março de 2019', 2019, 3],
    ['2016年5月', 2016, 5],
    ['Sept. 2014', 2014, 9],
  ])('%s -> %d-%d, and the year of the date', (raw, year, month) => {
    expect(parseMonthYear(raw)).toEqual({ raw, year, month });
    expect(yearOfDate(raw)).toBe(year);
    expect(parseDate(raw)).toBeNull();
  });

  it.each(['Mai', '2016', 'Article 2016', 'Mai 2016 et juin 2017', '14 mai 2016', 'Mai 16'])('is no month of a year: %s', (raw) => {
    expect(parseMonthYear(raw)).toBeNull();
  });

  it.each(locales)('reads back what Intl.DateTimeFormat(%s) writes as a month and a year', (locale) => {
    const format = new Intl.DateTimeFormat(locale, { month: 'long', year: 'numeric', timeZone: 'UTC' });
    fc.assert(
      fc.property(day, (d) => {
        const written = format.format(d).replace(/[\u200e\u200f\u061c]/gu, '');
        expect(parseMonthYear(written)).toMatchObject({ year: d.getUTCFullYear(), month: d.getUTCMonth() + 1 });
      }),
      { numRuns: 100 },
    );
  });
});

describe('Arabic dates: two names of one month, Eastern digits, the Arabic comma', () => {
  // The Syriac month names of the Levant and Iraq (lexicon ar) and the ones from the Latin, in calendar order.
  const levant = ['كانون الثاني', 'شباط', 'آذار', 'نيسان', 'أيار', 'حزيران', 'تموز', 'آب', 'أيلول', 'تشرين الأول', 'تشرين الثاني', 'كانون الأول'];
  const latin = ['يناير', 'فبراير', 'مارس', 'أبريل', 'مايو', 'يونيو', 'يوليو', 'أغسطس', 'سبتمبر', 'أكتوبر', 'نوفمبر', 'ديسمبر'];
  const eastern = (n: number, zero: number): string => String(n).replace(/\d/gu, (d) => String.fromCharCode(zero + Number(d)));
  const scripts = fc.constantFrom(0x30, 0x660, 0x6f0);
  const joins = fc.constantFrom((a: string, b: string) => `${a}/${b}`, (a: string, b: string) => `${a} / ${b}`, (a: string, b: string) => `${a} (${b})`);

  it('reads a date whose month is named twice, in digits of any script, as a dateline after `،` too', () => {
    fc.assert(
      fc.property(day, scripts, joins, fc.boolean(), fc.constantFrom('عمّان', 'بغداد', 'دمشق', 'بيروت'), (d, zero, join, swap, place) => {
        const m = d.getUTCMonth();
        const [a, b] = swap ? [latin[m] ?? '', levant[m] ?? ''] : [levant[m] ?? '', latin[m] ?? ''];
        const written = `${eastern(d.getUTCDate(), zero)} ${join(a, b)} ${eastern(d.getUTCFullYear(), zero)}`;
        expect(parseDate(written)?.iso).toBe(isoOf(d));
        expect(findDateText(`قُدّم في ${written}.`)).toBe(written);
        expect(findDatelineDate(`${place}، ${written}`)).toBe(written);
        expect(yearOfDate(written)).toBe(d.getUTCFullYear());
      }),
      { numRuns: 200 },
    );
  });

  it('two names of two different months are no month: no ISO date, no year guessed from a wrong month', () => {
    expect(parseDate('١٠ أيار/يونيو ٢٠٢١')).toBeNull();
    expect(parseDate('10 Mai/Juni 2021')).toBeNull();
    expect(yearOfDate('١٠ أيار/يونيو ٢٠٢١')).toBeNull();
  });

  it('a month named twice without a day is a month of a year', () => {
    expect(parseMonthYear('أيار/مايو ٢٠٢١')).toEqual({ raw: 'أيار/مايو ٢٠٢١', year: 2021, month: 5 });
    expect(parseMonthYear('كانون الثاني (يناير) 2019')).toMatchObject({ year: 2019, month: 1 });
  });

  it.each(['قال الوزير في الاجتماع الذي عقد في عمّان، ١٠ أيار/مايو ٢٠٢١', 'في عام ٢٠٢٠، ضبطت ١٠ أيار ٢٠٢١'])('is no dateline: %s', (line) => {
    expect(findDatelineDate(line)).toBeNull();
  });
});
