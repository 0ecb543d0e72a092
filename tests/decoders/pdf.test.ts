import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { makeEncryptedPdf, makePdfFromText, makeReportPdf, makeScanPdf, makeTruncatedPdf } from '../../scripts/make-fixtures.ts';
import { decodePdfPages, dropRunningLines, inlineTables, pdfDecoder, undoHyphenation } from '../../src/decoders/pdf.ts';
import type { DocumentModel, TableBlock } from '../../src/model/document.ts';
import { DecodeError } from '../../src/model/errors.ts';

const ctx = { sourcePath: 'reports/examplestan_2010.pdf' };

describe('a two-page report made by pdfkit', () => {
  let doc: DocumentModel;
  beforeAll(async () => {
    doc = await pdfDecoder.decode(await makeReportPdf(), ctx);
  });

  it('gives back the lines in order, without the running header and page numbers, hyphenation undone', () => {
    expect(doc.lines).toEqual([
      'National report on the implementation of the Programme of Action',
      '1. Collection and destruction',
      'In 2005, the internal affairs agencies seized 1,462 weapons, including 310 home-made',
      'pistols. The national plan for the implementation',
      'of the marking programme was adopted in 2006.',
      'Table 1. Weapons destroyed by year',
      'Year | Weapons destroyed | Method',
      '2004 | 5,708 | Smelting',
      '2005 | 3,100 | Cutting',
      'Source: Ministry of Internal Affairs.',
      '2. Marking',
      'All weapons manufactured in the country bear a serial number and the year of',
      'manufacture. Imported weapons are marked on entry.',
      '3. Assistance needs',
      'No assistance has been requested.',
    ]);
    expect(doc.format).toBe('pdf');
    expect(doc.pageCount).toBe(2);
    expect(doc.title).toBe('National report 2010');
    expect(doc.encoding).toBeNull();
  });

  it('turns the ruled table into a table block with its caption and header row', () => {
    const table = doc.blocks.find((b): b is TableBlock => b.kind === 'table');
    expect(table?.caption).toBe('Table 1. Weapons destroyed by year');
    expect(table?.rows.map((r) => [r.isHeader, r.cells])).toEqual([
      [true, ['Year', 'Weapons destroyed', 'Method']],
      [false, ['2004', '5,708', 'Smelting']],
      [false, ['2005', '3,100', 'Cutting']],
    ]);
    expect(table?.rows.map((r) => r.span)).toEqual([
      { lineStart: 7, lineEnd: 7, page: 1 },
      { lineStart: 8, lineEnd: 8, page: 1 },
      { lineStart: 9, lineEnd: 9, page: 1 },
    ]);
  });

  it('sets the page on every span', () => {
    expect(doc.blocks.map((b) => [b.kind, b.span.lineStart, b.span.page])).toEqual([
      ['heading', 1, 1],
      ['heading', 2, 1],
      ['paragraph', 3, 1],
      ['heading', 6, 1],
      ['table', 7, 1],
      ['paragraph', 10, 1],
      ['heading', 11, 2],
      ['paragraph', 12, 2],
      ['heading', 14, 2],
      ['paragraph', 15, 2],
    ]);
  });
});

describe('PDFs that cannot be read are refused with a reason a person can act on', () => {
  it('a scan (an image, no text layer)', async () => {
    const error = await pdfDecoder.decode(await makeScanPdf(), ctx).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DecodeError);
    expect((error as DecodeError).message).toBe(
      'decode: reports/examplestan_2010.pdf: no text layer: the PDF holds only images (a scan?); OCR it and add the text version',
    );
  });

  it('an encrypted PDF', async () => {
    const error = await pdfDecoder.decode(await makeEncryptedPdf(), ctx).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DecodeError);
    expect((error as DecodeError).message).toContain('encrypted: the PDF needs a password to open');
    expect((error as DecodeError).cause).toBeInstanceOf(Error);
  });

  it('a download cut short', async () => {
    const error = await pdfDecoder.decode(await makeTruncatedPdf(), ctx).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DecodeError);
    expect((error as DecodeError).message).toContain('truncated: the PDF has no end marker (%%EOF)');
  });

  it('bytes that only start like a PDF', async () => {
    const error = await pdfDecoder.decode(new TextEncoder().encode('%PDF-1.4\nnot really a pdf\n%%EOF\n'), ctx).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DecodeError);
    expect((error as DecodeError).message).toContain('broken: the PDF cannot be read');
  });
});

describe('makePdfFromText: a text document laid out as a PDF gives back its lines', () => {
  it('round-trips the seed profile (blank lines aside), over several pages with header and page numbers', async () => {
    const lines = readFileSync(join('raw', '000_88da758a976dd473.txt'), 'utf8').split('\n');
    const doc = await pdfDecoder.decode(await makePdfFromText(lines, { runningHeader: 'A-MAP country profile', pageNumbers: true, linesPerPage: 12 }), ctx);
    expect(doc.lines).toEqual(lines.filter((l) => l.trim() !== '').map((l) => l.trim().replace(/\s+/g, ' ')));
    expect(doc.pageCount).toBe(3);
    expect(doc.blocks[doc.blocks.length - 1]?.span.page).toBe(3);
  });

  it('embeds a Unicode font for Cyrillic text', async () => {
    const lines = ['2010 : English Русский', 'В 2013 году изъято 1 560 единиц оружия.'];
    const doc = await pdfDecoder.decode(await makePdfFromText(lines), ctx);
    expect(doc.lines).toEqual(lines);
  });
});

describe('the cleaning steps, on lines', () => {
  it('drops a running footer whose page number changes, but not a repeated data row', () => {
    const pages = [
      ['Report 2014', 'Intro text.', '2005 | 10', 'Kazakhstan national report - 1'],
      ['Report 2014', 'More text.', '2005 | 10', 'Kazakhstan national report - 2'],
      ['Report 2014', 'Last text.', '2005 | 10', 'Kazakhstan national report - 3'],
    ];
    expect(dropRunningLines(pages)).toEqual([
      ['Intro text.', '2005 | 10'],
      ['More text.', '2005 | 10'],
      ['Last text.', '2005 | 10'],
    ]);
  });

  it('keeps answers that fall near a page edge on several pages (a questionnaire), dropping only the running lines', () => {
    const pages = [
      ['NATIONAL REPORT', '1.1. Has your country a coordination agency?', 'No', 'Page 1'],
      ['NATIONAL REPORT', '1.2. Has it a point of contact?', 'Yes', '1.3. Does it control production?', 'No', 'Page 2'],
      ['NATIONAL REPORT', '2.1. Is marking required?', 'No', 'Page 3'],
    ];
    expect(dropRunningLines(pages)).toEqual([
      ['1.1. Has your country a coordination agency?', 'No'],
      ['1.2. Has it a point of contact?', 'Yes', '1.3. Does it control production?', 'No'],
      ['2.1. Is marking required?', 'No'],
    ]);
  });

  it.each([
    ['fr', 'Oui', 'Non'],
    ['ru', 'Да', 'Нет'],
    ['ar', 'نعم', 'لا'],
    ['zh', '是', '否'],
    ['es', 'Sí', 'No se aplica'],
  ])('keeps a questionnaire\'s answers in every lexicon\'s words at a page edge (%s)', (_language, yes, no) => {
    const pages = [
      ['RAPPORT', '1.1. Coordination ?', no, 'Page 1'],
      ['RAPPORT', '1.2. Marquage ?', yes, 'Page 2'],
      ['RAPPORT', '2.1. Courtage ?', no, 'Page 3'],
    ];
    expect(dropRunningLines(pages)).toEqual([
      ['1.1. Coordination ?', no],
      ['1.2. Marquage ?', yes],
      ['2.1. Courtage ?', no],
    ]);
  });

  it('drops bare page numbers that follow the page order, and `- n -` on a one-page document', () => {
    expect(dropRunningLines([['Text a.', '7'], ['Text b.', '8']])).toEqual([['Text a.'], ['Text b.']]);
    expect(dropRunningLines([['Text.', '- 1 -']])).toEqual([['Text.']]);
    expect(dropRunningLines([['In total', '2005']])).toEqual([['In total', '2005']]);
  });

  it('undoes line-end hyphenation but keeps a hyphen the document uses elsewhere', () => {
    const lines = [
      { text: 'a national implemen-', page: 1 },
      { text: 'tation plan and 344 home-', page: 1 },
      { text: 'made weapons; home-made guns', page: 2 },
      { text: 'Since 2005 -', page: 2 },
      { text: 'new rules apply.', page: 2 },
    ];
    expect(undoHyphenation(lines)).toEqual([
      { text: 'a national implementation', page: 1 },
      { text: 'plan and 344 home-made', page: 1 },
      { text: 'weapons; home-made guns', page: 2 },
      { text: 'Since 2005 -', page: 2 },
      { text: 'new rules apply.', page: 2 },
    ]);
  });

  it('rewrites a detected table as pipe rows only when all its rows are found in order', () => {
    const lines = ['Table 2', 'Year Seized', '2004 5,708', 'After.'];
    expect(inlineTables(lines, [[['Year', 'Seized'], ['2004', '5,708']]])).toEqual(['Table 2', 'Year | Seized', '2004 | 5,708', 'After.']);
    expect(inlineTables(lines, [[['Year', 'Seized'], ['2004', '9,999']]])).toEqual(lines);
  });

  it('refuses a PDF whose pages hold no text', () => {
    expect(() => decodePdfPages([{ page: 1, text: ' ', tables: [] }], null, 'scan.pdf')).toThrow(DecodeError);
  });
});
