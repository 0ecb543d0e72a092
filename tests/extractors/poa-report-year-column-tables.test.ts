import { describe, expect, it } from 'vitest';
import { decodePlainText } from '../../src/decoders/text.ts';
import { poaReportExtractor } from '../../src/extractors/poa-report/index.ts';

const extract = (text: string) =>
  poaReportExtractor.extract(decodePlainText(text, 'utf-8'), { kind: 'poa_report', countryIso3: null, reportYear: null, language: null, sourcePath: 'x.txt' });

const report = (body: string[]): string =>
  ['NATIONAL REPORT OF THE REPUBLIC OF ZAMBIA', 'Date of submission: 2 April 2020', '', '2. Collection and destruction', ...body, '3. Marking', 'Firearms are marked ZR.'].join('\n');

const statementsOf = (out: ReturnType<typeof extract>) => out.count_statements.map((s) => [s.year, s.action, s.total, s.components_sum, s.reconciliation]);
const countsOf = (out: ReturnType<typeof extract>, k: number) => out.count_statements[k]?.counts.map((c) => [c.category, c.quantity, c.is_total]);

describe('poa-report: a table of categories (rows) by year (columns), its action in the caption', () => {
  it('makes each year column one statement: category rows the parts, the Total row the total; the years are never counts', () => {
    const out = extract(
      report([
        'Table 4: Firearms seized by the Zambia Police Service, 2017-2019',
        'Type              2017      2018      2019',
        'Pistols             61        40        33',
        'Shotguns           120        98       104',
        'Total              181       140       139',
      ]),
    );
    expect(statementsOf(out)).toEqual([
      [2017, 'seized', 181, 181, 'balanced'],
      [2018, 'seized', 140, 138, 'unbalanced'],
      [2019, 'seized', 139, 137, 'unbalanced'],
    ]);
    expect(countsOf(out, 0)).toEqual([
      ['firearms', 181, true],
      ['pistols', 61, false],
      ['shotguns', 120, false],
    ]);
    expect(out.count_statements.map((s) => s.agency)).toEqual(['police', 'police', 'police']);
    expect(out.count_statements.flatMap((s) => s.counts.map((c) => c.quantity))).not.toContain(2018);
    expect(out.issues.filter((i) => i.rule === 'unbalanced-count')).toHaveLength(2);
  });

  it('reads the rows on both sides of a page break (footer with the page number, running header, repeated caption and header)', () => {
    const out = extract(
      report([
        'Table 2: Weapons destroyed, 2015-2016',
        'Category           2015      2016',
        'Pistols              98       212',
        '',
        'Zambia National Report on the PoA, 2020                         Page 3 of 8',
        '3',
        '',
        'Zambia National Report on the PoA, 2020',
        'Table 2 (continued)',
        'Category           2015      2016',
        'Rifles              611       704',
        'Total               709       916',
        'The weapons were destroyed in public ceremonies.',
      ]),
    );
    expect(statementsOf(out)).toEqual([
      [2015, 'destroyed', 709, 709, 'balanced'],
      [2016, 'destroyed', 916, 916, 'balanced'],
    ]);
    expect(countsOf(out, 1)).toEqual([
      ['firearms', 916, true],
      ['pistols', 212, false],
      ['rifles', 704, false],
    ]);
    // The page number 3 and the page count 8 are never counts.
    expect(out.count_statements.flatMap((s) => s.counts.map((c) => c.quantity))).not.toContain(3);
  });

  it('leaves a table alone when a row names no weapon category or the caption no action', () => {
    expect(extract(report(['Table 2: Weapons destroyed, 2017-2018', 'Region      2017      2018', 'Lusaka       310       220', 'Kitwe         12        40'])).count_statements).toEqual([]);
    expect(extract(report(['Table 2: Weapons in the registry, 2017-2018', 'Type      2017      2018', 'Pistols    310       220'])).count_statements).toEqual([]);
  });
});
