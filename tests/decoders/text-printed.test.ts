import { describe, expect, it } from 'vitest';
import { decodePlainText } from '../../src/decoders/text.ts';

/** A text file holding a PDF's text as pdf-parse writes it: pages joined by `-- n of m --`. */
const printed = [
  'Chad | Country profile', //                    1 running header
  'Accidental explosions', //                      2
  'Since 1979, four explosions were reported in the manage-', // 3
  'ment of national stocks (Table 1).', //          4
  'Year | Location | Deaths', //                   5
  '2020 | Ndjamena | 2', //                        6
  '2018 | Abeche | 0', //                          7
  'example.org/chad 1/2', //                       8 running footer
  '', //                                           9
  '-- 1 of 2 --', //                               10 joiner
  '', //                                           11
  'Chad | Country profile', //                     12 running header
  'Year | Location | Deaths', //                   13 header repeated on the new page
  '2015 | Faya | 1', //                            14
  '2009 | Moundou | N/A', //                       15
  'Source: UEMS database.', //                     16
  'example.org/chad 2/2', //                       17 running footer
  '', //                                           18
  '-- 2 of 2 --', //                               19
].join('\n');

describe('decodePlainText on pdf-parse output', () => {
  const doc = decodePlainText(printed, 'utf-8');

  it('keeps the file lines as they are, so line numbers point into the file', () => {
    expect(doc.lines).toHaveLength(19);
    expect(doc.lines[2]).toBe('Since 1979, four explosions were reported in the manage-');
    expect(doc.pageCount).toBe(2);
  });

  it('drops running headers, footers and joiners, joins a hyphenated word, and reads one table across the page break', () => {
    expect(doc.blocks.map((b) => [b.kind, b.span.lineStart, b.span.lineEnd, b.span.page])).toEqual([
      ['heading', 2, 2, 1],
      ['paragraph', 3, 4, 1],
      ['table', 5, 15, 1],
      ['paragraph', 16, 16, 2],
    ]);
    expect(doc.blocks[1]?.text).toBe('Since 1979, four explosions were reported in the management\nof national stocks (Table 1).');
    const table = doc.blocks[2];
    if (table?.kind !== 'table') throw new Error('no table');
    expect(table.rows.map((r) => [r.cells, r.span.lineStart, r.span.page, r.isHeader])).toEqual([
      [['Year', 'Location', 'Deaths'], 5, 1, true],
      [['2020', 'Ndjamena', '2'], 6, 1, false],
      [['2018', 'Abeche', '0'], 7, 1, false],
      [['2015', 'Faya', '1'], 14, 2, false],
      [['2009', 'Moundou', 'N/A'], 15, 2, false],
    ]);
  });

  it('leaves ordinary text alone: no joiner, no page furniture removed', () => {
    const plain = decodePlainText('Chad | Country profile\nSome text.\nChad | Country profile\n', 'utf-8');
    expect(plain.pageCount).toBeNull();
    expect(plain.blocks.map((b) => [b.kind, b.span.lineStart, b.span.page])).toEqual([
      ['table', 1, undefined],
      ['paragraph', 2, undefined],
      ['table', 3, undefined],
    ]);
  });
});
