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

/** pdftotext output: each page after the first opens with a form feed; a running header and page numbers. */
describe('decodePlainText on pdftotext output (form feeds)', () => {
  const pages = [
    'GHA/PoA/2019/NR', //                                              1 masthead = the running header
    '1. Collection', //                                                2
    'In 2018 the Ghana Police Service destroyed 2,400 weapons, among them', // 3
    '', //                                                             4
    '                                          1', //                  5 page number
    '\fGHA/PoA/2019/NR', //                                            6 running header
    '1,100 shotguns and 1,300 pistols.', //                            7
    'The armouries were audited.', //                                  8
    '', //                                                             9
    '                                          2', //                  10
    '\fGHA/PoA/2019/NR', //                                            11
    'Ends here.', //                                                   12
    '', //                                                             13
    '                                          3', //                  14
  ].join('\n');
  const doc = decodePlainText(pages, 'utf-8');

  it('counts pages from the form feeds and keeps every line where it is in the file', () => {
    expect(doc.pageCount).toBe(3);
    expect(doc.lines).toHaveLength(14);
    expect(doc.lines[5]).toBe('\fGHA/PoA/2019/NR');
  });

  it('drops the running header and the page numbers, and reads a sentence cut by the page as one paragraph', () => {
    expect(doc.blocks.map((b) => [b.kind, b.span.lineStart, b.span.lineEnd, b.span.page, b.span.lines])).toEqual([
      ['heading', 2, 2, 1, undefined],
      ['paragraph', 3, 7, 1, [3, 7]],
      ['paragraph', 8, 8, 2, undefined],
      ['paragraph', 12, 12, 3, undefined],
    ]);
    expect(doc.blocks[1]?.text).toBe('In 2018 the Ghana Police Service destroyed 2,400 weapons, among them\n1,100 shotguns and 1,300 pistols.');
  });

  it('does not join a paragraph ended on one page to the next page first one', () => {
    const two = decodePlainText(['Report of Peru', 'The commission met twice.', '', '1', '\fReport of Peru', 'The register holds 2,000 records.', '', '2', ''].join('\n'), 'utf-8');
    expect(two.blocks.filter((b) => b.kind === 'paragraph').map((b) => [b.span.lineStart, b.span.lineEnd, b.text])).toEqual([
      [2, 2, 'The commission met twice.'],
      [6, 6, 'The register holds 2,000 records.'],
    ]);
  });

  it('a form feed before any text opens no page', () => {
    const one = decodePlainText('\fOne page only.\nStill the same page.\n', 'utf-8');
    expect(one.pageCount).toBe(1);
  });
});

/** A text exported from a PDF without its page breaks: only a running line with the page number says where pages start. */
describe('decodePlainText on a PDF export without page joiners', () => {
  const table = (doc: ReturnType<typeof decodePlainText>) => doc.blocks.filter((b) => b.kind === 'table').map((b) => (b.kind === 'table' ? b.rows.map((r) => r.span.lineStart) : []));

  it('a two-line running header with the page number cuts no table: its rows go on after it', () => {
    const doc = decodePlainText(
      [
        'Ghana – Firearms survey                         Page 1 of 2', // 1 header
        'survey.example/gh                         Printed 2 May 2024', // 2
        '',
        'Cases of diversion',
        'Year | Place | Quantity',
        '2016 | Tamale | 40 rifles', // 6
        '',
        'Ghana – Firearms survey                         Page 2 of 2', // 8 header
        'survey.example/gh                         Printed 2 May 2024', // 9
        '',
        '2019 | Kumasi | 12 pistols', // 11
        '',
        'Source: Ghana Police Service.',
      ].join('\n'),
      'utf-8',
    );
    expect(doc.furnitureLines).toEqual([1, 2, 8, 9]);
    expect(doc.pageCount).toBe(2);
    expect(table(doc)).toEqual([[5, 6, 11]]);
  });

  it('a running footer with the page number (`- 2 -`, `Página 2 de 3`) closes its page', () => {
    for (const footer of ['- # -', 'Informe nacional 2023        Página # de 3']) {
      const doc = decodePlainText(
        [
          'Año | Incautadas | Destruidas',
          '2019 | 120 | 80',
          '',
          footer.replace('#', '1'), // 4
          '2020 | 130 | 90', // 5
          '2021 | 140 | 95', // 6
          '',
          footer.replace('#', '2'), // 8
          '2022 | 150 | 99', // 9
          'Total | 540 | 364',
          '',
          footer.replace('#', '3'), // 12
        ].join('\n'),
        'utf-8',
      );
      expect(doc.furnitureLines).toEqual([4, 8, 12]);
      expect(table(doc)).toEqual([[1, 2, 5, 6, 9, 10]]);
    }
  });

  it('is no page break: numbered captions, a page number seen once, numbers that do not follow the page order', () => {
    for (const lines of [
      ['Table 1', 'Year | Seized', '2019 | 12', 'Table 2', 'Year | Destroyed', '2019 | 10'],
      ['Text above.', 'Page 1 of 1', 'Text below.'],
      ['Report        3/7', 'Year | Seized', '2019 | 12', 'Report        5/7', '2020 | 14'],
    ]) {
      const doc = decodePlainText(lines.join('\n'), 'utf-8');
      expect(doc.furnitureLines).toBeUndefined();
    }
  });
});
