/**
 * Reads every page of a PDF with one text extraction: the page text, the ruled tables' cells and
 * where the words stand all come from the same `getTextContent` of the page.
 *
 * Why: extracting a page's text content is most of what pdf.js does for a text PDF, and pdf-parse's
 * public calls each extract it again (getText for the text, getTable for the cells), so with the
 * geometry every page was read three times. pdf-parse's per-page steps (getPageText, getPageTables,
 * fillPageTables) are private but plain functions of a page: they are called here with a page whose
 * text content is the one already read, so text and tables stay pdf-parse's own, to the character.
 * Without those steps (another pdf-parse version) the caller reads the pages through the public calls.
 */
import type { LineStore, PDFParse as PdfParser } from 'pdf-parse';
import { type PageGeometry, type PdfPageLike, pageGeometry, TEXT_CONTENT_PARAMS } from './pdf-geometry.ts';

/** A page read once: pdf-parse's text of it, the tables it detects on it, where its words stand. */
export interface PageRead {
  num: number;
  text: string;
  tables: string[][][];
  geometry: PageGeometry;
}

/** A pdf.js page proxy, as far as this module and pdf-parse's steps use it. */
export interface PdfPageProxy extends PdfPageLike {
  getOperatorList(): Promise<unknown>;
  cleanup(): void;
}

/** pdf-parse keeps its pdf.js document private; its `load()` gives the same (already loaded) document. */
export interface LoadedPdf {
  numPages: number;
  getPage(n: number): Promise<PdfPageProxy>;
}

type TableData = ReturnType<LineStore['getTableData']>[number];

/** The private steps of pdf-parse's getText and getTable, for one page. */
interface PageSteps {
  load(): Promise<LoadedPdf>;
  getPageText(page: PdfPageLike, params: Record<string, unknown>, total: number): Promise<string>;
  getPageTables(page: PdfPageProxy): Promise<LineStore>;
  fillPageTables(page: PdfPageLike, tables: TableData[]): Promise<void>;
}

const STEP_NAMES = ['load', 'getPageText', 'getPageTables', 'fillPageTables'] as const;

/** pdf-parse's per-page steps bound to the parser, or null when this pdf-parse has not got them all. */
function pageSteps(parser: PdfParser): PageSteps | null {
  const methods = parser as unknown as Record<string, unknown>;
  if (!STEP_NAMES.every((name) => typeof methods[name] === 'function')) return null;
  const steps = parser as unknown as PageSteps;
  return {
    load: () => steps.load.call(parser),
    getPageText: (page, params, total) => steps.getPageText.call(parser, page, params, total),
    getPageTables: (page) => steps.getPageTables.call(parser, page),
    fillPageTables: (page, tables) => steps.fillPageTables.call(parser, page, tables),
  };
}

/**
 * The page as pdf-parse's steps see it, its text content already read. Each reader gets its own copy
 * of the items: getPageText writes into them (the tab it puts before a cell), and the others must not see it.
 */
function withTextContent(page: PdfPageProxy, items: readonly unknown[]): PdfPageLike {
  return {
    getViewport: (params) => page.getViewport(params),
    getTextContent: async () => ({ items: items.map((item) => (typeof item === 'object' && item !== null ? { ...item } : item)) }),
  };
}

/** What pdf-parse makes of one page read once: its text, the ruled tables' cells, and the text items both came from. */
export interface PageTextAndTables {
  num: number;
  text: string;
  tables: string[][][];
  /** The page's text content items (pdf.js), as read: what the geometry is placed from. */
  items: readonly unknown[];
}

/** Reads one page: its text content once, its drawing (for the ruled tables) once. */
async function readPage(steps: PageSteps, page: PdfPageProxy, num: number, total: number): Promise<PageTextAndTables> {
  const { items } = await page.getTextContent(TEXT_CONTENT_PARAMS);
  const read = withTextContent(page, items);
  // The parameters pdf-parse's getText({ pageJoiner: '' }) hands each page (it fills in the defaults).
  const text = await steps.getPageText(read, { pageJoiner: '' }, total);
  // As getTable does: the ruled lines from the operator list, then the cells filled with the page's words.
  const store = await steps.getPageTables(page);
  store.normalize();
  const tableData = store.getTableData();
  // NOTE: with no table on the page, filling has nothing to fill (getTable would read the text content for nothing).
  if (tableData.length > 0) await steps.fillPageTables(read, tableData);
  return { num, text, tables: tableData.map((t) => t.toArray()), items };
}

/**
 * pdf-parse's text and tables of every page, each page read once, in order, each handed with its page to
 * `keep` before the page is cleaned up; null when this pdf-parse lacks the steps. The parser must already
 * have read the document's info (getInfo loads it). The decoder keeps where the words stand too
 * (readPagesOnce); the benchmark's floor keeps what pdf-parse gives (scripts/bench/floors.ts).
 */
export async function eachPageOnce<T>(parser: PdfParser, keep: (read: PageTextAndTables, page: PdfPageProxy) => T): Promise<T[] | null> {
  const steps = pageSteps(parser);
  if (!steps) return null;
  const doc = await steps.load();
  const pages: T[] = [];
  for (let num = 1; num <= doc.numPages; num++) {
    const page = await doc.getPage(num);
    pages.push(keep(await readPage(steps, page, num, doc.numPages), page));
    page.cleanup();
  }
  return pages;
}

/** Reads every page once, with where its words stand; null when this pdf-parse lacks the steps (the caller then uses getText and getTable). */
export function readPagesOnce(parser: PdfParser): Promise<PageRead[] | null> {
  return eachPageOnce(parser, ({ num, text, tables, items }, page) => ({ num, text, tables, geometry: pageGeometry(page, items, num) }));
}
