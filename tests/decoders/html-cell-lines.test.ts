import { load } from 'cheerio';
import { describe, expect, it } from 'vitest';
import { decodeHtmlText } from '../../src/decoders/html.ts';

const table = (rows: string): string => `<html><body><table><tr><th>Year</th><th>Place</th><th>Deaths /<br>Injuries</th></tr>${rows}</table></body></html>`;
const rowsOf = (html: string) => decodeHtmlText(html, 'utf-8', load).blocks.flatMap((b) => (b.kind === 'table' ? b.rows : []));

describe('html tables: the lines of a cell split by <br>', () => {
  it('joins the lines of a cell with a space and keeps them, per cell, only when some cell has more than one', () => {
    const rows = rowsOf(table('<tr><td>1998</td><td>Tolemaida,<br>Cundinamarca</td><td>4<br/>11</td></tr><tr><td>2001</td><td>Camp A</td><td>3 / 2</td></tr>'));
    expect(rows.map((r) => r.cells)).toEqual([
      ['Year', 'Place', 'Deaths / Injuries'],
      ['1998', 'Tolemaida, Cundinamarca', '4 11'],
      ['2001', 'Camp A', '3 / 2'],
    ]);
    expect(rows.map((r) => r.cellLines)).toEqual([
      [['Year'], ['Place'], ['Deaths /', 'Injuries']],
      [['1998'], ['Tolemaida,', 'Cundinamarca'], ['4', '11']],
      undefined,
    ]);
  });

  it('carries a cell’s lines down a rowspan', () => {
    const rows = rowsOf(table('<tr><td rowspan="2">1998</td><td>A</td><td>1<br>2</td></tr><tr><td>B</td><td>3<br>4</td></tr>'));
    expect(rows[2]?.cellLines).toEqual([['1998'], ['B'], ['3', '4']]);
  });
});
