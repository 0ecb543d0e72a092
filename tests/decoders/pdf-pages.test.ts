import { PDFParse } from 'pdf-parse';
import { describe, expect, it } from 'vitest';
import { makePdfFromText, makeReportPdf } from '../../scripts/make-fixtures.ts';
import { makeWrappedPdf } from '../../scripts/wrapped-pdf.ts';
import { type PageGeometry, readPageGeometry } from '../../src/decoders/pdf-geometry.ts';
import { type LoadedPdf, type PageRead, readPagesOnce } from '../../src/decoders/pdf-pages.ts';

/** Invented documents with ruled tables on several pages, one of them set in a Cyrillic (embedded) font. */
const PDFS: Record<string, () => Promise<Uint8Array>> = {
  'two-page report with a ruled table': makeReportPdf,
  'ruled tables on three pages, one table cut by a page break': () =>
    makePdfFromText(
      [
        'Annual return on firearms collection, Republic of Moldova',
        'Region | Collected | Destroyed',
        'North | 412 | 380',
        'Centre | 1,093 | 1,001',
        'The figures for the south were not available at the time of writing.',
        'Type | Count',
        'Pistols | 77',
        'Rifles | 310',
        'Shotguns | 54',
        'Grenades | 9',
        'Total figures are provisional.',
      ],
      { gridTables: true, linesPerPage: 4, runningHeader: 'MOLDOVA - ANNUAL RETURN', pageNumbers: true },
    ),
  'ruled table in an embedded Cyrillic font': () =>
    makePdfFromText(['Национальный доклад Республики Казахстан', 'Год | Изъято | Уничтожено', '2019 | 1 204 | 998', '2020 | 876 | 876', 'Источник: МВД.'], {
      gridTables: true,
    }),
  'wrapped paragraphs and an unruled column table': () =>
    makeWrappedPdf(
      [
        'Ghana reported that the national commission marked 12,400 weapons held by the police and the armed forces during the reporting period, and that a further 3,100 weapons were marked in the regional armouries.',
        '',
        'Year | Marked | Destroyed',
        '2018 | 4,200 | 610',
        '2019 | 8,200 | 1,020',
      ],
      { fontSize: 10.5, runningHeader: 'Ghana national report', pageNumbers: true },
    ),
};

/** What pdf-parse's public calls and a geometry read of every page give: three text extractions a page. */
async function readThrice(bytes: Uint8Array): Promise<Array<{ num: number; text: string; tables: string[][][]; geometry: PageGeometry }>> {
  const parser = new PDFParse({ data: bytes.slice(), isEvalSupported: false, disableFontFace: true, useSystemFonts: false });
  try {
    await parser.getInfo();
    const text = await parser.getText({ pageJoiner: '' });
    const tables = await parser.getTable();
    const doc = await (parser as unknown as { load(): Promise<LoadedPdf> }).load();
    const out = [];
    for (const p of text.pages) {
      const page = await doc.getPage(p.num);
      out.push({ num: p.num, text: p.text, tables: tables.pages.find((t) => t.num === p.num)?.tables ?? [], geometry: await readPageGeometry(page, p.num) });
      page.cleanup();
    }
    return out;
  } finally {
    await parser.destroy();
  }
}

/** Reads every page once, counting the text extractions each page gets. */
async function readOnceCounting(bytes: Uint8Array): Promise<{ pages: PageRead[] | null; extractions: Map<number, number> }> {
  const parser = new PDFParse({ data: bytes.slice(), isEvalSupported: false, disableFontFace: true, useSystemFonts: false });
  const extractions = new Map<number, number>();
  try {
    await parser.getInfo();
    const doc = await (parser as unknown as { load(): Promise<LoadedPdf> }).load();
    const getPage = doc.getPage.bind(doc);
    doc.getPage = async (n) => {
      const page = await getPage(n);
      const getTextContent = page.getTextContent.bind(page);
      page.getTextContent = (params) => {
        extractions.set(n, (extractions.get(n) ?? 0) + 1);
        return getTextContent(params);
      };
      return page;
    };
    return { pages: await readPagesOnce(parser), extractions };
  } finally {
    await parser.destroy();
  }
}

/** pdf.js names fonts per loaded document (`g_d3_f1`): two loads of one file differ in the `d3` only. */
function withoutDocumentIds<T>(value: T): T {
  return JSON.parse(JSON.stringify(value).replace(/"g_d\d+_/g, '"g_')) as T;
}

describe('reading each page of a PDF once', () => {
  for (const [name, make] of Object.entries(PDFS)) {
    it(`${name}: gives the text, tables and geometry the three reads give, from one text extraction a page`, async () => {
      const bytes = await make();
      const { pages, extractions } = await readOnceCounting(bytes);
      const expected = await readThrice(bytes);
      expect(pages).not.toBeNull();
      expect(withoutDocumentIds(pages)).toEqual(withoutDocumentIds(expected));
      expect([...extractions.values()]).toEqual(expected.map(() => 1));
    });
  }

  it('the fixtures do hold ruled tables pdf-parse detects, so the tables are compared, not two empty lists', async () => {
    const { pages } = await readOnceCounting(await PDFS['ruled tables on three pages, one table cut by a page break']!());
    expect(pages?.map((p) => p.tables)).toEqual([
      [[['Region', 'Collected', 'Destroyed'], ['North', '412', '380'], ['Centre', '1,093', '1,001']]],
      [[['Type', 'Count'], ['Pistols', '77'], ['Rifles', '310']]],
      [[['Shotguns', '54'], ['Grenades', '9']]],
    ]);
  });

  it('gives null (the caller reads through getText and getTable) when pdf-parse has not got the per-page steps', async () => {
    expect(await readPagesOnce({ getText: () => Promise.resolve(null) } as unknown as PDFParse)).toBeNull();
  });
});
