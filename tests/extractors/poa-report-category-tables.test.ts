import { describe, expect, it } from 'vitest';
import { decodePlainText } from '../../src/decoders/text.ts';
import { poaReportExtractor } from '../../src/extractors/poa-report/index.ts';

const extract = (text: string) =>
  poaReportExtractor.extract(decodePlainText(text, 'utf-8'), { kind: 'poa_report', countryIso3: null, reportYear: null, language: null, sourcePath: 'x.txt' });

const report = (caption: string, header: string, rows: string[]): string =>
  ['NATIONAL REPORT OF THE REPUBLIC OF MALAWI', 'Date of submission: 14 March 2019', '', '2. Collection and destruction', caption, header, ...rows, '3. Marking', 'Firearms are marked MW.'].join('\n');

describe('poa-report: a table of weapon categories by year, its action in the caption', () => {
  it('makes each year row one statement: category cells the parts, the Total cell the total, reconciled', () => {
    const out = extract(
      report('Table 2: Weapons destroyed by the Malawi Police Service, 2017-2018', 'Year | Pistols | Rifles | Shotguns | Total', ['2017 | 310 | 1,204 | 96 | 1,610', '2018 | 285 | 990 | 120 | 1,415']),
    );
    expect(out.count_statements.map((s) => [s.line_start, s.year, s.action, s.agency, s.agency_raw, s.total, s.components_sum, s.reconciliation])).toEqual([
      [7, 2017, 'destroyed', 'police', 'the Malawi Police Service', 1610, 1610, 'balanced'],
      [8, 2018, 'destroyed', 'police', 'the Malawi Police Service', 1415, 1395, 'unbalanced'],
    ]);
    expect(out.count_statements[0]?.counts.map((c) => [c.category, c.quantity, c.is_total])).toEqual([
      ['firearms', 1610, true],
      ['pistols', 310, false],
      ['rifles', 1204, false],
      ['shotguns', 96, false],
    ]);
    expect(out.issues.filter((i) => i.severity === 'warning').map((i) => [i.rule, i.line_start])).toEqual([['unbalanced-count', 8]]);
  });

  it('reads a table without a Total column as parts without a total, and a part not known as unknown arithmetic', () => {
    const out = extract(report('Table 3: Firearms seized, 2018', 'Year | Pistols | Revolvers', ['2018 | 44 | 12']));
    expect(out.count_statements.map((s) => [s.year, s.action, s.total, s.components_sum, s.reconciliation])).toEqual([[2018, 'seized', null, 56, 'no_total']]);
    const unknown = extract(report('Table 3: Firearms seized, 2018', 'Year | Pistols | Revolvers | Total', ['2018 | n/a | 12 | 60']));
    expect(unknown.count_statements.map((s) => [s.total, s.components_sum, s.reconciliation])).toEqual([[60, null, 'no_parts']]);
    expect(unknown.issues.map((i) => [i.severity, i.rule])).toContainEqual(['info', 'unknown-value']);
  });

  it('leaves a table alone when a column names no weapon category or the caption no action', () => {
    expect(extract(report('Table 2: Weapons destroyed, 2017', 'Year | Pistols | Region | Total', ['2017 | 310 | 4 | 314'])).count_statements).toEqual([]);
    expect(extract(report('Table 2: Weapons in the national registry, 2017', 'Year | Pistols | Rifles', ['2017 | 310 | 40'])).count_statements).toEqual([]);
  });
});

describe('poa-report: a table by year whose header a PDF wrapped over two lines', () => {
  it('reads the second header line into the cells above it, note markers off, apostrophe thousands read', () => {
    const out = extract(
      [
        'INFORME NACIONAL DE LA REPÚBLICA DEL PARAGUAY',
        'Fecha: 3 de abril de 2021',
        '',
        '2. Recolección y destrucción',
        'Cuadro 4. Armas destruidas por la Policía Nacional, 2018-2019',
        'Año  | Pistolas | Escopetas* | Fusiles de  | Total',
        '     |          |            | caza a/     | (todas las armas)',
        '2018 | 1’204    | 96        | 310         | 1’610',
        '2019 | 985      | 120       | 291         | 1’396',
        'Total | 2’189   | 216       | 601         | 3’006',
        '3. Marcaje',
        'Las armas se marcan.',
      ].join('\n'),
    );
    expect(out.count_statements.map((s) => [s.line_start, s.year, s.action, s.agency, s.agency_raw, s.total, s.components_sum, s.reconciliation])).toEqual([
      [8, 2018, 'destroyed', 'police', 'la Policía Nacional', 1610, 1610, 'balanced'],
      [9, 2019, 'destroyed', 'police', 'la Policía Nacional', 1396, 1396, 'balanced'],
    ]);
    expect(out.count_statements[0]?.counts.map((c) => [c.category, c.category_raw, c.quantity, c.is_total])).toEqual([
      ['firearms', 'Armas', 1610, true],
      ['pistols', 'Pistolas', 1204, false],
      ['shotguns', 'Escopetas', 96, false],
      ['hunting', 'Fusiles de caza', 310, false],
    ]);
  });

  it('takes a second line holding a count for a row, not for the header', () => {
    const out = extract(
      report('Table 2: Weapons destroyed by the Malawi Police Service, 2017-2018', 'Year | Pistols | Rifles | Total', ['2017 | 310 | 1,204 | 1,514', '2018 | 285 | 990 | 1,275']),
    );
    expect(out.count_statements.map((s) => [s.year, s.total])).toEqual([
      [2017, 1514],
      [2018, 1275],
    ]);
    // A line with a count in it under the header: no header line, the table's rows as they stand.
    const partial = extract(report('Table 2: Weapons destroyed, 2017', 'Year | Pistols | Rifles | Total', ['     | 12    |        |', '2017 | 310 | 1,204 | 1,514']));
    expect(partial.count_statements.map((s) => [s.year, s.total])).toEqual([]);
  });
});
