import { describe, expect, it } from 'vitest';
import { decodePlainText } from '../../src/decoders/text.ts';
import { poaReportExtractor } from '../../src/extractors/poa-report/index.ts';
import { isTableRule } from '../../src/transforms/alignment-row.ts';

const extract = (text: string) =>
  poaReportExtractor.extract(decodePlainText(text, 'utf-8'), { kind: 'poa_report', countryIso3: null, reportYear: null, language: null, sourcePath: 'x.txt' });
const statements = (out: ReturnType<typeof extract>) =>
  out.count_statements.map((s) => [s.line_start, s.year, s.action, s.agency, s.agency_raw, s.total, s.reconciliation, s.counts.map((c) => [c.category, c.quantity, c.is_total])]);
const report = (...body: string[]) => ['NATIONAL REPORT OF GHANA', 'Accra, 3 March 2024', '', '2. Collection and destruction', ...body, '', '3. Marking', 'All imported firearms are marked.'].join('\n');
const notRead = (out: ReturnType<typeof extract>) => out.issues.filter((i) => i.rule === 'table-not-read').map((i) => i.line_start);

describe("a reStructuredText grid table: its borders only draw it", () => {
  it.each([
    ['+-----------+------+------+', true],
    ['+===========+======+======+', true],
    ['  +:----+:---+', true],
    ['|:---------|------------:|------:|', true],
    ['+------+', false],
    ['| Pistols | 40 | 55 |', false],
    ['-----------------------', false],
  ] as const)('%s is a table rule: %s', (line, rule) => {
    expect(isTableRule(line)).toBe(rule);
  });

  it('a grid table of categories by year is read as the same table with pipes is', () => {
    const out = extract(
      report(
        'Table 5: Weapons destroyed by the Ghana Police Service',
        '',
        '+-----------+------+------+',
        '| Category  | 2021 | 2022 |',
        '+===========+======+======+',
        '| Pistols   | 40   | 55   |',
        '+-----------+------+------+',
        '| Rifles    | 60   | 45   |',
        '+-----------+------+------+',
        '| Total     | 100  | 100  |',
        '+-----------+------+------+',
      ),
    );
    expect(statements(out)).toEqual([
      [8, 2021, 'destroyed', 'police', 'the Ghana Police Service', 100, 'balanced', [['firearms', 100, true], ['pistols', 40, false], ['rifles', 60, false]]],
      [8, 2022, 'destroyed', 'police', 'the Ghana Police Service', 100, 'balanced', [['firearms', 100, true], ['pistols', 55, false], ['rifles', 45, false]]],
    ]);
    expect(notRead(out)).toEqual([]);
  });
});
