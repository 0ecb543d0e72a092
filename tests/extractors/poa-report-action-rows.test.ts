import { describe, expect, it } from 'vitest';
import { decodePlainText } from '../../src/decoders/text.ts';
import { poaReportExtractor } from '../../src/extractors/poa-report/index.ts';

const extract = (text: string) =>
  poaReportExtractor.extract(decodePlainText(text, 'utf-8'), { kind: 'poa_report', countryIso3: null, reportYear: null, language: null, sourcePath: 'x.txt' });
const statements = (out: ReturnType<typeof extract>) =>
  out.count_statements.map((s) => [s.line_start, s.year, s.action, s.agency, s.agency_raw, s.total, s.reconciliation, s.counts.map((c) => [c.category, c.quantity, c.is_total])]);
const report = (...body: string[]) => ['NATIONAL REPORT OF GHANA', 'Accra, 3 March 2024', '', '2. Collection and destruction', ...body, '', '3. Marking', 'All imported firearms are marked.'].join('\n');
const notRead = (out: ReturnType<typeof extract>) => out.issues.filter((i) => i.rule === 'table-not-read').map((i) => i.line_start);

describe('a table whose rows are actions and whose columns are years (transposed)', () => {
  it('a grid table: one statement per count cell, row by row, the agent the caption names after each action', () => {
    const out = extract(
      report(
        'Table 2 shows the firearms handed in to and destroyed by the Police (in units).',
        '',
        '+-------------+-------+-------+-------+',
        '| Action      | 2020  | 2021  | 2022  |',
        '+=============+=======+=======+=======+',
        '| Handed in   | 804   | 1,115 | 990   |',
        '+-------------+-------+-------+-------+',
        '| Destroyed   | 1,410 | —     | 2,005 |',
        '+-------------+-------+-------+-------+',
      ),
    );
    expect(statements(out)).toEqual([
      [10, 2020, 'surrendered', null, null, 804, 'no_parts', [['firearms', 804, true]]],
      [10, 2021, 'surrendered', null, null, 1115, 'no_parts', [['firearms', 1115, true]]],
      [10, 2022, 'surrendered', null, null, 990, 'no_parts', [['firearms', 990, true]]],
      [12, 2020, 'destroyed', 'police', 'the Police', 1410, 'no_parts', [['firearms', 1410, true]]],
      [12, 2022, 'destroyed', 'police', 'the Police', 2005, 'no_parts', [['firearms', 2005, true]]],
    ]);
    expect(out.issues.filter((i) => i.rule === 'unknown-value').map((i) => i.line_start)).toEqual([12]);
    // The year stands in the header, not in the row the statement cites: a step carries the header's words.
    expect(out.count_statements[1]?.steps).toEqual([{ column: 'year', source_words: '| Action      | 2020  | 2021  | 2022  |', rule: 'table.column-year', lexicon_entry: null, language: null, value: '2021' }]);
    expect(notRead(out)).toEqual([]);
  });

  it('a pipe table in French, each action with its own agent', () => {
    const out = extract(
      report(
        'Tableau 2. Armes à feu saisies par la Police républicaine et détruites par la Commission nationale',
        '| Action | 2022 | 2023 |',
        '|---|---|---|',
        '| Saisies | 410 | 388 |',
        '| Détruites | 1 250 | n/d |',
      ),
    );
    expect(statements(out)).toEqual([
      [8, 2022, 'seized', 'police', 'la Police républicaine', 410, 'no_parts', [['firearms', 410, true]]],
      [8, 2023, 'seized', 'police', 'la Police républicaine', 388, 'no_parts', [['firearms', 388, true]]],
      [9, 2022, 'destroyed', null, 'la Commission nationale', 1250, 'no_parts', [['firearms', 1250, true]]],
    ]);
  });

  it('the header of the next table is no row of the one above it', () => {
    const out = extract(
      report(
        'Table 4: Weapons destroyed by the Police',
        '| Category | 2021 | 2022 |',
        '| Pistols | 40 | 55 |',
        '| Total | 40 | 55 |',
        '| Action | 2021 | 2022 |',
        '| Surrendered | 12 | 14 |',
      ),
    );
    expect(out.count_statements.map((s) => [s.line_start, s.year, s.action, s.total])).toEqual([
      [6, 2021, 'destroyed', 40],
      [6, 2022, 'destroyed', 55],
    ]);
    // The second table says nothing of what it counts: named, never read.
    expect(notRead(out).length).toBeGreaterThan(0);
  });

  it('a caption naming no weapons: nothing is loaded, the table is named', () => {
    const out = extract(report('Table 3: Results of the operations', '| Action | 2021 | 2022 |', '| Seized | 12 | 14 |', '| Destroyed | 30 | 41 |'));
    expect(statements(out)).toEqual([]);
    expect(notRead(out)).toEqual([7]);
  });
});
