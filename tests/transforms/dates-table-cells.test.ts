import { describe, expect, it } from 'vitest';
import { yearOfDate, yearOfYearPart } from '../../src/transforms/dates.ts';

describe('the year of a date cell written as a month and a year in figures', () => {
  it.each([
    ['03/2017', 2017],
    ['3.2017', 2017],
    ['11-1998', 1998],
    ['2017-03', 2017],
  ])('%s -> %d', (raw, year) => {
    expect(yearOfDate(raw)).toBe(year);
  });

  it.each(['13/2017', '00/2017', '2017-13', '03/17', '1/2/3'])('%s is no month and year: null', (raw) => {
    expect(yearOfDate(raw)).toBeNull();
  });
});

describe('the year of a cell naming a part of a year (lexicons yearParts)', () => {
  it.each([
    ['mid-2009', 2009],
    ['early 2015', 2015],
    ['Late 2011', 2011],
    ['fin 2012', 2012],
    ['mi-2016', 2016],
    ['mediados de 2014', 2014],
    ['meados de 2013', 2013],
    ['منتصف 2010', 2010],
  ])('%s -> %d', (raw, year) => {
    expect(yearOfYearPart(raw)).toBe(year);
  });

  it.each(['mid-2000s', 'early 1990s', 'midst 2009', '2009', 'mid-09', 'summer 2009'])('%s names no one year by a part of it: null', (raw) => {
    expect(yearOfYearPart(raw)).toBeNull();
  });
});
