import { describe, expect, it, vi } from 'vitest';
import { makePdfFromText, makeReportPdf } from '../../scripts/make-fixtures.ts';
import { makeWrappedPdf } from '../../scripts/wrapped-pdf.ts';

/**
 * A pdf-parse without the private per-page steps (another version) is read through its public
 * getText and getTable, and the geometry read apart: the pages must come out the same as when each
 * page is read once.
 */

type ReadPdfPages = (typeof import('../../src/decoders/pdf.ts'))['readPdfPages'];

async function readPdfPagesWith(stepsMissing: boolean): Promise<ReadPdfPages> {
  vi.resetModules();
  if (stepsMissing) vi.doMock('../../src/decoders/pdf-pages.ts', () => ({ readPagesOnce: async () => null }));
  else vi.doUnmock('../../src/decoders/pdf-pages.ts');
  return (await import('../../src/decoders/pdf.ts')).readPdfPages;
}

/** pdf.js names fonts per loaded document (`g_d3_f1`): two loads of one file differ in the `d3` only. */
function withoutDocumentIds<T>(value: T): T {
  return JSON.parse(JSON.stringify(value).replace(/"g_d\d+_/g, '"g_')) as T;
}

const PDFS: Record<string, () => Promise<Uint8Array>> = {
  'two-page report with a ruled table': makeReportPdf,
  'ruled tables over two pages, running header and page numbers': () =>
    makePdfFromText(['Weapons marked in Botswana', 'District | Marked', 'Gaborone | 2,310', 'Francistown | 904', 'Maun | 377', 'All figures from the national registry.'], {
      gridTables: true,
      linesPerPage: 3,
      runningHeader: 'BOTSWANA REPORT',
      pageNumbers: true,
    }),
  'wrapped paragraphs': () =>
    makeWrappedPdf(
      [
        'Peru reported that 8,650 firearms collected during the voluntary surrender campaign of 2021 were destroyed by smelting at the steelworks in Chimbote, under the supervision of the national oversight body.',
      ],
      { fontSize: 11, margin: 98 },
    ),
};

describe('reading a PDF without pdf-parse\'s per-page steps', () => {
  for (const [name, make] of Object.entries(PDFS)) {
    it(`${name}: the same pages, text, tables and geometry as reading each page once`, async () => {
      const bytes = await make();
      const once = await (await readPdfPagesWith(false))(bytes, `${name}.pdf`);
      const thrice = await (await readPdfPagesWith(true))(bytes, `${name}.pdf`);
      expect(once.pages.length).toBeGreaterThan(0);
      expect(once.pages.every((p) => p.geometry !== undefined)).toBe(true);
      expect(withoutDocumentIds(thrice)).toEqual(withoutDocumentIds(once));
    });
  }
});
