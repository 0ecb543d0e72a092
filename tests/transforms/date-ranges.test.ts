import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodePlainText } from '../../src/decoders/text.ts';
import { extractAmapProfile } from '../../src/extractors/amap-profile/index.ts';
import { yearOfDateRange } from '../../src/transforms/dates.ts';

describe('yearOfDateRange: the year of a range of dates', () => {
  it('gives the one year a range inside a year names, in several languages and shapes', () => {
    expect(yearOfDateRange('12–14 May 2015')).toEqual({ year: 2015 });
    expect(yearOfDateRange('1 July - 30 September 2017')).toEqual({ year: 2017 });
    expect(yearOfDateRange('May–June 2016')).toEqual({ year: 2016 });
    expect(yearOfDateRange('May 12–14, 2015')).toEqual({ year: 2015 });
    expect(yearOfDateRange('3 – 5 juin 2015')).toEqual({ year: 2015 });
    expect(yearOfDateRange('3–5 мая 2015 г.')).toEqual({ year: 2015 });
    expect(yearOfDateRange('с 3 по 5 мая 2015 года')).toEqual({ year: 2015 });
    expect(yearOfDateRange('entre 3 y 5 junio 2016')).toEqual({ year: 2016 });
    expect(yearOfDateRange('12/05/2015 - 14/05/2015')).toEqual({ year: 2015 });
  });

  it('names both years of a range over a year end, and is null for anything that is no range of dates', () => {
    expect(yearOfDateRange('December 2011 – January 2012')).toEqual({ years: [2011, 2012] });
    expect(yearOfDateRange('30 décembre 2019 - 2 janvier 2020')).toEqual({ years: [2019, 2020] });
    for (const text of ['12 May 2015', '2014-06-18', '2011-2012', '2019/20', '12–14 May', 'Kabul - Herat 2015', '10-12']) expect(yearOfDateRange(text)).toBeNull();
  });

  it('property: a range of days in a month of a year gives that year, whatever the dash and spacing', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 14 }),
        fc.integer({ min: 15, max: 28 }),
        fc.constantFrom('January', 'May', 'octobre', 'мая', 'junio'),
        fc.integer({ min: 1950, max: 2030 }),
        fc.constantFrom('-', '–', '—', ' - ', ' – '),
        (a, b, month, year, dash) => {
          expect(yearOfDateRange(`${a}${dash}${b} ${month} ${year}`)).toEqual({ year });
        },
      ),
    );
  });
});

describe('amap-profile: diversion rows dated by a range', () => {
  it('loads the year of a range inside one year, and NULL with a warning for a range over two years', () => {
    const text = [
      'Kenya',
      'Ammunition country profile',
      'Cases of diversion',
      'Table 2. Cases of diversion',
      'Date | Location | Description |',
      '3–5 March 2018 | Garissa | 120 rounds were stolen from a police post. |',
      'November 2016 – February 2017 | Isiolo | 14 rifles went missing. |',
    ].join('\n');
    const out = extractAmapProfile(decodePlainText(text, 'utf-8'));
    expect(out.diversions.map((d) => [d.row_number, d.year, d.location, d.quantity])).toEqual([
      [1, 2018, 'Garissa', 120],
      [2, null, 'Isiolo', 14],
    ]);
    expect(out.issues.filter((i) => i.rule === 'year-not-exact').map((i) => i.line_start)).toEqual([7]);
    expect(out.issues.filter((i) => i.rule === 'malformed-row')).toEqual([]);
  });
});
