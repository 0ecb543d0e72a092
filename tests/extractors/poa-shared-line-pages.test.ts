import { describe, expect, it } from 'vitest';
import { decodePdfPages, type PdfPageText } from '../../src/decoders/pdf.ts';
import { documentLines } from '../../src/extractors/poa-shared/lines.ts';

/** Pages given as pdf-parse's text (no geometry): a table by year whose last row went on to page 2. */
const page = (n: number, text: string): PdfPageText => ({ page: n, text, tables: [] });

describe('the page of each line a PoA extractor reads', () => {
  it('is the page of its own table row when a table goes on over a page break, not the page the table starts on', () => {
    const model = decodePdfPages(
      [page(1, 'Table 1. Weapons seized and destroyed, 2016-2018\nYear | Seized | Destroyed\n2016 | 1,204 | 3,310\n2017 | 987 | 2,045'), page(2, '2018 | 1,530 | 980\nThe figures for 2018 are final.')],
      null,
      'report.pdf',
    );
    const table = model.blocks.find((b) => b.kind === 'table');
    expect(table?.kind === 'table' ? table.rows.map((r) => [r.cells[0], r.span.page]) : []).toEqual([
      ['Year', 1],
      ['2016', 1],
      ['2017', 1],
      ['2018', 2],
    ]);
    expect(documentLines(model).map((l) => [l.text.slice(0, 4), l.page])).toEqual([
      ['Tabl', 1],
      ['Year', 1],
      ['2016', 1],
      ['2017', 1],
      ['2018', 2],
      ['The ', 2],
    ]);
  });
});

describe('the line of each HTML table row a PoA extractor reads', () => {
  it('is the line its <tr> stands on, not a count from the table element start', async () => {
    const { load } = await import('cheerio');
    const { decodeHtmlText } = await import('../../src/decoders/html.ts');
    const html = [
      '<html><body><main>', //                                     1
      '<h2>3. Collection and destruction</h2>', //                   2
      '<table>', //                                                  3
      '<caption>Weapons destroyed in 2016, by type</caption>', //    4
      '<thead><tr><th>Type</th><th>Quantity</th></tr></thead>', //   5
      '<tbody>', //                                                  6
      '<tr><td>Pistols</td><td>1,020</td></tr>', //                  7
      '', //                                                         8
      '<tr><td>Rifles</td><td>245</td></tr>', //                     9
      '</tbody></table>', //                                         10
      '</main></body></html>', //                                    11
    ].join('\n');
    const lines = documentLines(decodeHtmlText(html, 'utf-8', load)).filter((l) => l.text.includes('|'));
    expect(lines.map((l) => [l.no, l.text])).toEqual([
      [5, 'Type | Quantity'],
      [7, 'Pistols | 1,020'],
      [9, 'Rifles | 245'],
    ]);
  });
});
