import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodePlainText } from '../../src/decoders/text.ts';
import { poaReportExtractor } from '../../src/extractors/poa-report/index.ts';

/** Tables as a PDF-to-text tool lays them out: columns set apart by runs of spaces, cells wrapping onto the next lines. */
const extract = (text: string) =>
  poaReportExtractor.extract(decodePlainText(text, 'utf-8'), { kind: 'poa_report', countryIso3: null, reportYear: null, language: null, sourcePath: 'x.txt' });
const statements = (out: ReturnType<typeof extract>) =>
  out.count_statements.map((s) => ({
    action: s.action,
    year: s.year,
    total: s.total,
    rec: s.reconciliation,
    lines: [s.line_start, s.line_end],
    parts: s.counts.filter((c) => !c.is_total).map((c) => [c.category_raw, c.quantity]),
  }));
const report = (...body: string[]) => ['NATIONAL REPORT OF GHANA', 'Accra, 3 March 2024', '', '2. Collection and destruction', ...body, '', '3. Marking', '    All imported firearms are marked.'].join('\n');
/** Places each cell at its column's start (the columns' starts given), as the PDF does. */
const row = (starts: readonly number[], cells: readonly string[]) => cells.reduce((line, cell, c) => (cell === '' ? line : line.padEnd(starts[c] ?? 0) + cell), '');
const CATEGORIES = ['Pistols', 'Rifles', 'Shotguns', 'Revolvers', 'Machine guns'];
const notRead = (out: ReturnType<typeof extract>) => out.issues.filter((i) => i.rule === 'table-not-read');

describe('a table laid out with spaces whose cells wrap', () => {
  const at = [4, 30, 44, 58];
  it('takes a wrapped label and a wrapped remark as the rest of the row above (never a row or a heading)', () => {
    const out = extract(
      report(
        '    Table 2: Weapons seized and destroyed by the Ghana Police Service, 2022',
        '',
        row(at, ['Type', 'Seized', 'Destroyed', 'Notes']),
        row(at, ['Rifles (including', '80', '75', 'five awaiting']),
        row(at, ['locally', '', '', 'production in court']),
        row(at, ['manufactured)', '', '', '']),
        row(at, ['Pistols', '20', '-', '']),
        row(at, ['Total', '100', '75', '']),
      ),
    );
    expect(statements(out)).toEqual([
      { action: 'seized', year: 2022, total: 100, rec: 'balanced', lines: [8, 12], parts: [['Rifles (including locally manufactured)', 80], ['Pistols', 20]] },
      { action: 'destroyed', year: 2022, total: 75, rec: 'balanced', lines: [8, 12], parts: [['Rifles (including locally manufactured)', 75]] },
    ]);
    // No section invented from a wrapped cell (`production in court`, `manufactured)`).
    expect(out.sections.map((s) => s.heading_raw)).toEqual(['2. Collection and destruction', '3. Marking']);
    expect(notRead(out)).toEqual([]);
  });

  it('reads counts set right under their headers, in French', () => {
    const out = extract(
      report(
        'Tableau 1 : Armes saisies et détruites, 2023',
        'Catégorie d’arme          Saisies    Détruites',
        'Pistolets et                  312          290',
        'revolvers',
        'Fusils de chasse               45            ..',
        'Total                         357          290',
      ),
    );
    expect(statements(out)).toEqual([
      { action: 'seized', year: 2023, total: 357, rec: 'balanced', lines: [7, 10], parts: [['Pistolets et revolvers', 312], ['Fusils de chasse', 45]] },
      // `..` is not known: the part is left out, never 0; the known parts already make the total.
      { action: 'destroyed', year: 2023, total: 290, rec: 'balanced', lines: [7, 10], parts: [['Pistolets et revolvers', 290]] },
    ]);
  });

  it('reads nothing and names the line when a wrapped line may be a row of its own', () => {
    const out = extract(
      report(
        'Table 1: Firearms recovered and destroyed, 2023',
        row(at, ['Category', 'Recovered', 'Destroyed', 'Remarks']),
        row(at, ['Pistols', '214', '190', '']),
        row(at, ['Revolvers', '', '', '']),
        row(at, ['Total', '300', '250', '']),
      ),
    );
    expect(out.count_statements).toEqual([]);
    expect(notRead(out).map((i) => i.line_start)).toEqual([8]);
  });

  it('ends at a numbered heading right under its last row, which stays a section; a justified line of prose is no header', () => {
    const out = extract(
      [
        'NATIONAL REPORT OF GHANA',
        'Accra, 3 March 2024',
        '',
        '2. Collection and destruction',
        'Table 1: Firearms recovered and destroyed, 2023',
        row(at, ['Category', 'Recovered', 'Destroyed', 'Remarks']),
        row(at, ['Pistols', '214', '190', '']),
        '3. Stockpile management',
        'The  police  seized  weapons  and  destroyed  them  all.',
        '    All armouries were audited in 2023.',
      ].join('\n'),
    );
    expect(out.sections.map((s) => [s.heading_raw, s.topic])).toEqual([
      ['2. Collection and destruction', 'collection_destruction'],
      ['3. Stockpile management', 'stockpile_management'],
    ]);
    expect(statements(out).map((s) => [s.action, s.total, s.parts])).toEqual([
      ['seized', null, [['Pistols', 214]]],
      ['destroyed', null, [['Pistols', 190]]],
    ]);
  });

  it('reads nothing when a count stands in a column that names no action', () => {
    const out = extract(
      report(
        'Table 1: Firearms recovered and destroyed, 2023',
        row(at, ['Category', 'Recovered', 'Destroyed', 'Stored']),
        row(at, ['Pistols', '214', '190', '24']),
        row(at, ['Total', '214', '190', '24']),
      ),
    );
    expect(out.count_statements).toEqual([]);
    expect(notRead(out).length).toBeGreaterThanOrEqual(1);
  });

  it('reads nothing under a caption naming a financial year or a span, and says the table was not read', () => {
    for (const caption of ['Table 1: Firearms recovered and destroyed, FY2023', 'Table 1: Firearms recovered and destroyed, 2022/23']) {
      const out = extract(report(caption, row(at, ['Category', 'Recovered', 'Destroyed']), row(at, ['Pistols', '214', '190']), row(at, ['Rifles', '12', '10'])));
      expect(out.count_statements).toEqual([]);
      expect(notRead(out).map((i) => i.line_start)).toEqual([7]);
    }
  });

  it('whatever the column places and the wrap, the counts are the rows’ and the wrapped words the label’s', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 6 }),
        fc.integer({ min: 3, max: 8 }),
        fc.array(fc.tuple(fc.integer({ min: 0, max: 99_999 }), fc.integer({ min: 0, max: 99_999 }), fc.integer({ min: 0, max: 2 })), { minLength: 1, maxLength: 5 }),
        (indent, gap, values) => {
          const labelWidth = 22;
          const starts = [indent, indent + labelWidth + gap, indent + labelWidth + 2 * gap + 9, indent + labelWidth + 3 * gap + 18];
          const lines = ['Table 4: Firearms seized and destroyed, 2021', row(starts, ['Category', 'Seized', 'Destroyed', 'Remarks'])];
          values.forEach(([seized, destroyed, wraps], r) => {
            lines.push(row(starts, [CATEGORIES[r] as string, String(seized), String(destroyed), 'see note']));
            for (let w = 0; w < wraps; w++) lines.push(row(starts, [`and more ${w}`, '', '', w === 0 ? 'below' : '']));
          });
          const out = extract(report(...lines));
          const read = out.count_statements.map((s) => s.counts.map((c) => [c.category_raw, c.quantity]));
          const label = (r: number, wraps: number) => [CATEGORIES[r] as string, ...Array.from({ length: wraps }, (_, w) => `and more ${w}`)].join(' ');
          expect(read).toEqual([values.map(([s, , w], r) => [label(r, w), s]), values.map(([, d, w], r) => [label(r, w), d])]);
        },
      ),
      { numRuns: 40 },
    );
  });
});
