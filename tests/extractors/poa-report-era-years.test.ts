import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodePlainText } from '../../src/decoders/text.ts';
import { poaReportExtractor } from '../../src/extractors/poa-report/index.ts';
import { eraOf, gregorianOfPair } from '../../src/transforms/era-years.ts';

/**
 * A Thai report's table by year writes its years in the Buddhist era with the Gregorian one in brackets (`2564
 * (2021)`, under `Year (B.E.)`, saved from Word with tabs between the cells): the table was not read at all. The
 * Gregorian year is the year; the other calendar's is never a year or a count, and alone it is not guessed.
 */
const extract = (text: string) =>
  poaReportExtractor.extract(decodePlainText(text, 'utf-8'), { kind: 'poa_report', countryIso3: null, reportYear: null, language: null, sourcePath: 'x.txt' });
const report = (...body: string[]) => ['NATIONAL REPORT OF THAILAND', 'Date of submission: 12 June 2023', '', '2. Destruction', ...body, '', '3. Marking', 'All firearms are marked.'].join('\n');
const rows = (out: ReturnType<typeof extract>) =>
  out.count_statements.map((s) => [s.line_start, s.year, s.action, s.agency, s.total, s.reconciliation, s.counts.map((c) => [c.category, c.quantity])]);

describe('years of two calendars in a table', () => {
  it('a tab-separated table, the Total row first, Buddhist-era years with the Gregorian in brackets', () => {
    const out = extract(
      report(
        'Table 2. Firearms destroyed by the Royal Thai Police, B.E. 2563-2564 (number of weapons)',
        '',
        'Year (B.E.)\tTotal\tPistols\tRifles',
        'Total\t1,500\t900\t600',
        '2563 (2020)\t700\t400\t300',
        '2564 (2021)\t800\t500\t300',
      ),
    );
    expect(rows(out)).toEqual([
      [9, 2020, 'destroyed', 'police', 700, 'balanced', [['firearms', 700], ['pistols', 400], ['rifles', 300]]],
      [10, 2021, 'destroyed', 'police', 800, 'balanced', [['firearms', 800], ['pistols', 500], ['rifles', 300]]],
    ]);
    expect(out.issues.filter((i) => i.rule === 'table-total-row').map((i) => i.line_start)).toEqual([8]);
  });

  it('a pipe table of actions by year, Gregorian years first and Hijri ones in brackets', () => {
    const out = extract(report('Table 3: Weapons seized and destroyed, 2021-2022', '| Year | Seized | Destroyed |', '| 2021 (1442) | 120 | 300 |', '| 2022 (1443) | 98 | 410 |'));
    expect(out.count_statements.map((s) => [s.year, s.action, s.total])).toEqual([
      [2021, 'seized', 120],
      [2021, 'destroyed', 300],
      [2022, 'seized', 98],
      [2022, 'destroyed', 410],
    ]);
  });

  it('Buddhist-era years alone, or two years that do not agree: nothing is loaded, the table is named', () => {
    for (const year of ['2564', '2564 (2020)']) {
      const out = extract(report('Table 2. Firearms destroyed by the Royal Thai Police', 'Year (B.E.)\tPistols\tRifles', `${year}\t400\t300`, '2565\t500\t300'));
      expect(out.count_statements).toEqual([]);
      expect(out.issues.some((i) => i.rule === 'table-not-read')).toBe(true);
    }
  });
});

describe('eraOf / gregorianOfPair', () => {
  it('a Buddhist-era year is the Gregorian + 543, either way round, in any digits', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1950, max: 2099 }), (g) => {
        expect(gregorianOfPair(`${g + 543} (${g})`)).toEqual({ year: g, era: 'buddhist-era' });
        expect(gregorianOfPair(`${g} (${g + 543})`)).toEqual({ year: g, era: 'buddhist-era' });
        expect(gregorianOfPair(`${g + 542} (${g})`)?.era).not.toBe('buddhist-era');
      }),
    );
  });

  it.each([
    [1442, 2020, 'hijri'],
    [1442, 2021, 'hijri'],
    [1443, 2022, 'hijri'],
    [1442, 2022, null],
    [1445, 2021, null],
    [2566, 2023, 'buddhist-era'],
  ] as const)('%i beside %i: %s', (other, gregorian, era) => {
    expect(eraOf(other, gregorian)).toBe(era);
  });

  it('no pair: a lone year, two Gregorian years, a count in brackets', () => {
    expect(['2021', '2021 (2022)', '2564', '2564 (15)', '١٤٤٢ (2021)'].map(gregorianOfPair)).toEqual([null, null, null, null, { year: 2021, era: 'hijri' }]);
  });
});
