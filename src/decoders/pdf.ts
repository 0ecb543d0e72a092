/**
 * PDF reports -> text lines -> the same blocks as plain text, with the page on every span.
 *
 * pdf-parse (pdf.js) gives the text of each page, and pdf.js where each word stands (pdf-geometry.ts),
 * from one text extraction per page (pdf-pages.ts).
 * Before the lines go to the text block logic they are cleaned the way a reader would read the page:
 * - running headers and footers (the same words at the top or bottom of most pages, page numbers
 *   aside) and page numbers are dropped;
 * - a page set in two text columns is read column by column (pdf-text-columns.ts);
 * - a paragraph the page wrapped becomes one line again and a table set in columns becomes `a | b | c`
 *   rows, from where the words stand (pdf-layout.ts, pdf-columns.ts), URLs cut by a break kept whole;
 * - ruled tables pdf-parse detects become `a | b | c` rows, which the text logic turns into tables;
 * - words hyphenated at a line end are joined (`implemen-` + `tation`), real hyphens kept
 *   (`home-made` mid-line, or a line-end `home-` + `made` when `home-made` appears elsewhere).
 *
 * Nothing is fetched and nothing in the PDF is evaluated: fonts, CMaps and wasm come from the
 * installed pdfjs-dist, and `isEvalSupported` is off.
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { PDFParse as PdfParser } from 'pdf-parse';
import type { Block, DocumentModel } from '../model/document.ts';
import { DecodeError, LimitExceededError } from '../model/errors.ts';
import type { Decoder } from './decoder.ts';
import { normaliseText } from './encoding.ts';
import { dropRunningLines, type PdfLine, runningLineFlags, undoHyphenation } from './page-furniture.ts';
import { lineText, type PageGeometry, readPageGeometry } from './pdf-geometry.ts';
import { layoutLines } from './pdf-layout.ts';
import { readTextColumns } from './pdf-text-columns.ts';
import { type LoadedPdf, readPagesOnce } from './pdf-pages.ts';
import { decodePlainText } from './text.ts';

export { dropRunningLines, undoHyphenation };

/** True when `%PDF-` appears in the first KiB (some writers and downloads put junk before it). */
export function isPdfBytes(bytes: Uint8Array): boolean {
  const end = Math.min(bytes.length - 4, 1024);
  for (let i = 0; i < end; i++) {
    if (bytes[i] === 0x25 && bytes[i + 1] === 0x50 && bytes[i + 2] === 0x44 && bytes[i + 3] === 0x46 && bytes[i + 4] === 0x2d) return true;
  }
  return false;
}

/** A page of text as pdf-parse returns it, the tables it detected on that page, and where its words stand. */
export interface PdfPageText {
  page: number;
  text: string;
  tables: string[][][];
  /** Lines and runs with their places (pdf.js text items); absent when only the text is known. */
  geometry?: PageGeometry;
}

/** Where the words of the given pages stand, read through pdf-parse's private `load()` (the loaded document). */
async function readGeometry(parser: PdfParser, pageNumbers: number[]): Promise<Map<number, PageGeometry>> {
  const out = new Map<number, PageGeometry>();
  const load = (parser as unknown as { load?: () => Promise<LoadedPdf> }).load;
  // NOTE: without the private load() (another pdf-parse version) pages are read from their text alone, as before.
  if (typeof load !== 'function') return out;
  const doc = await load.call(parser);
  for (const n of pageNumbers) {
    const page = await doc.getPage(n);
    out.set(n, await readPageGeometry(page, n));
    page.cleanup();
  }
  return out;
}

/**
 * The pages through pdf-parse's public calls, then their geometry: each page's text content is read
 * three times. Only for a pdf-parse without the per-page steps readPagesOnce uses.
 */
async function readPagesThrice(parser: PdfParser): Promise<Array<{ num: number; text: string; tables: string[][][]; geometry?: PageGeometry }>> {
  const text = await parser.getText({ pageJoiner: '' });
  const tables = await parser.getTable();
  const geometry = await readGeometry(parser, text.pages.map((p) => p.num));
  return text.pages.map((p) => ({ num: p.num, text: p.text, tables: tables.pages.find((t) => t.num === p.num)?.tables ?? [], geometry: geometry.get(p.num) }));
}

/** Local pdf.js resources, so that nothing is fetched (pdf.js would otherwise warn and skip them). */
export function pdfjsResources(): { cMapUrl?: string; standardFontDataUrl?: string; wasmUrl?: string } {
  try {
    const require = createRequire(import.meta.url);
    const root = dirname(require.resolve('pdfjs-dist/package.json'));
    return { cMapUrl: `${join(root, 'cmaps')}/`, standardFontDataUrl: `${join(root, 'standard_fonts')}/`, wasmUrl: `${join(root, 'wasm')}/` };
  } catch {
    // NOTE: pdfjs-dist is pdf-parse's dependency, not ours; without it text still decodes for
    // embedded fonts, only CJK CMaps and non-embedded standard fonts would be missing.
    return {};
  }
}

/**
 * How the decoder has pdf.js open a PDF: nothing evaluated, fetched or loaded from the system, fonts read
 * as paths (no FontFace in Node). The benchmark's floor opens each file with the same options, so that
 * pdf-parse there does the same work as here (scripts/bench/floors.ts).
 */
export function pdfParseOptions(bytes: Uint8Array): ConstructorParameters<typeof PdfParser>[0] {
  return {
    // pdf.js takes ownership of the array it is given: hand it a copy.
    data: bytes.slice(),
    isEvalSupported: false,
    useWorkerFetch: false,
    useSystemFonts: false,
    disableFontFace: true,
    enableXfa: false,
    disableRange: true,
    disableStream: true,
    ...pdfjsResources(),
  };
}

/** The last `%%EOF` must sit near the end; a download cut short loses it (pdf.js would read what is left silently). */
function endsLikePdf(bytes: Uint8Array): boolean {
  const tail = Buffer.from(bytes.subarray(Math.max(0, bytes.length - 2048))).toString('latin1');
  return tail.includes('%%EOF');
}

function reasonFor(error: unknown): string {
  const name = error instanceof Error ? error.name : '';
  const message = error instanceof Error ? error.message : String(error);
  if (name === 'PasswordException' || /password/i.test(message)) {
    return 'encrypted: the PDF needs a password to open; ask the publisher for an unprotected copy or add its text version';
  }
  return `broken: the PDF cannot be read (${message}); download it again or add its text version`;
}

/** Reads the text and detected tables of every page. Throws DecodeError with a reason a person can act on. */
export async function readPdfPages(bytes: Uint8Array, sourcePath: string, maxPages = Number.POSITIVE_INFINITY): Promise<{ pages: PdfPageText[]; title: string | null }> {
  if (!endsLikePdf(bytes)) {
    throw new DecodeError('truncated: the PDF has no end marker (%%EOF), the file was cut short; download it again', { documentPath: sourcePath });
  }
  const { PDFParse } = await import('pdf-parse');
  let parser: PdfParser | null = null;
  try {
    parser = new PDFParse(pdfParseOptions(bytes));
    // The page count is known from the document's catalogue, before any page is read.
    const info = await parser.getInfo();
    if (info.total > maxPages) {
      throw new LimitExceededError('maxPages', info.total, `the PDF has ${info.total} pages, over the limit of ${maxPages}`, { documentPath: sourcePath });
    }
    const titleRaw: unknown = (info.info as Record<string, unknown> | undefined)?.Title;
    const title = typeof titleRaw === 'string' && titleRaw.trim() !== '' ? titleRaw.trim() : null;
    const read = (await readPagesOnce(parser)) ?? (await readPagesThrice(parser));
    const pages = read.map((p) => ({ page: p.num, text: normaliseText(p.text), tables: p.tables, geometry: normalisedGeometry(p.geometry) }));
    return { pages, title };
  } catch (error) {
    if (error instanceof DecodeError || error instanceof LimitExceededError) throw error;
    throw new DecodeError(reasonFor(error), { documentPath: sourcePath, cause: error });
  } finally {
    await parser?.destroy();
  }
}

/** The geometry's text normalised as the page text is (NFC), so both read the same words. */
function normalisedGeometry(geometry: PageGeometry | undefined): PageGeometry | undefined {
  if (!geometry) return undefined;
  return { ...geometry, lines: geometry.lines.map((l) => ({ ...l, runs: l.runs.map((r) => ({ ...r, text: normaliseText(r.text) })) })) };
}

function squash(s: string): string {
  return s.replace(/\s+/g, '');
}

/**
 * Replaces the lines that hold a detected table's rows by `a | b | c` rows. A table whose rows cannot
 * all be found, in order, among the lines is left as text: better plain lines than misplaced cells.
 */
export function inlineTables(lines: string[], tables: string[][][]): string[] {
  let out = lines;
  for (const table of tables) {
    const rows = table.map((cells) => cells.map((c) => c.replace(/\s+/g, ' ').trim())).filter((cells) => cells.some((c) => c !== ''));
    if (rows.length === 0) continue;
    const target = rows.map((cells) => squash(cells.join('')));
    const matchRow = (from: number, want: string): number | null => {
      let acc = '';
      for (let j = from; j < out.length; j++) {
        acc += squash(out[j] ?? '');
        if (acc === want) return j + 1;
        if (acc.length >= want.length || !want.startsWith(acc)) return null;
      }
      return null;
    };
    for (let start = 0; start < out.length; start++) {
      let at = start;
      const ok = target.every((want) => {
        const next = matchRow(at, want);
        if (next === null) return false;
        at = next;
        return true;
      });
      if (ok) {
        out = [...out.slice(0, start), ...rows.map((cells) => cells.join(' | ')), ...out.slice(at)];
        break;
      }
    }
  }
  return out;
}


/**
 * Rebuilds the document's lines from where their words stand: running lines dropped, then paragraphs
 * the page wrapped joined and column tables read (src/decoders/pdf-layout.ts), ruled tables inlined.
 */
function rebuildFromGeometry(geometries: PageGeometry[], pages: PdfPageText[]): RebuiltLines {
  const texts = geometries.map((g) => g.lines.map((l) => lineText(l).trim()));
  const drop = runningLineFlags(texts);
  const kept = geometries.map((g, p) => readTextColumns({ ...g, lines: g.lines.filter((_, i) => !drop[p]?.[i]) }));
  const laidOut = layoutLines(kept);
  const lines: PdfLine[] = [];
  for (const p of pages) {
    const onPage = laidOut.filter((l) => l.page === p.page).map((l) => l.text);
    for (const text of inlineTables(onPage, p.tables)) lines.push({ text, page: p.page });
  }
  return { lines: undoHyphenation(lines), running: droppedLines(texts, drop, pages) };
}

/** A PDF's lines rebuilt, and the running lines left out of them (the model's `runningLines`). */
interface RebuiltLines {
  lines: PdfLine[];
  running: Array<{ text: string; page: number }>;
}

/** The lines `drop` flags, with their pages. */
function droppedLines(texts: string[][], drop: boolean[][], pages: PdfPageText[]): Array<{ text: string; page: number }> {
  return texts.flatMap((lines, p) => lines.flatMap((text, i) => (drop[p]?.[i] && text !== '' ? [{ text, page: pages[p]?.page ?? p + 1 }] : [])));
}

function rebuildLines(pages: PdfPageText[]): RebuiltLines {
  const geometries = pages.map((p) => p.geometry);
  if (pages.length > 0 && geometries.every((g): g is PageGeometry => g !== undefined)) return rebuildFromGeometry(geometries, pages);
  const pageLines = pages.map((p) =>
    p.text
      .split('\n')
      .map((l) => l.replace(/\s+$/u, '').replace(/^\s+/u, ''))
      .filter((l) => l !== ''),
  );
  const drop = runningLineFlags(pageLines);
  const kept = pageLines.map((lines, p) => lines.filter((_, i) => !drop[p]?.[i]));
  const lines: PdfLine[] = [];
  pages.forEach((p, k) => {
    for (const text of inlineTables(kept[k] ?? [], p.tables)) lines.push({ text, page: p.page });
  });
  return { lines: undoHyphenation(lines), running: droppedLines(pageLines, drop, pages) };
}

/** Rebuilds the document's lines from its pages: the steps above, in order. */
export function rebuildPdfLines(pages: PdfPageText[]): PdfLine[] {
  return rebuildLines(pages).lines;
}

function withPages(blocks: Block[], pageOfLine: number[]): Block[] {
  const pageAt = (line: number): number | undefined => pageOfLine[line - 1];
  return blocks.map((b) => {
    const span = { ...b.span, page: pageAt(b.span.lineStart) };
    if (b.kind === 'table') return { ...b, span, rows: b.rows.map((r) => ({ ...r, span: { ...r.span, page: pageAt(r.span.lineStart) } })) };
    return { ...b, span };
  });
}

/**
 * The pages that hold no text among pages that do (a scanned annex, a table pasted as an image), each with the
 * first line after it in the decoded text. A page whose only words are the running header and footer counts as
 * text: it was read, and had nothing else.
 */
export function pagesWithoutText(pages: readonly PdfPageText[], lines: readonly PdfLine[]): Array<{ page: number; lineAfter: number | null }> {
  return pages
    .filter((p) => p.text.trim() === '')
    .map((p) => {
      const after = lines.findIndex((l) => l.page > p.page);
      return { page: p.page, lineAfter: after >= 0 ? after + 1 : null };
    });
}

/** Builds the document model from pages already read (split out so it is testable without a PDF). */
export function decodePdfPages(pages: PdfPageText[], title: string | null, sourcePath: string): DocumentModel {
  if (pages.length === 0) throw new DecodeError('broken: the PDF has no pages; download it again or add its text version', { documentPath: sourcePath });
  if (pages.every((p) => p.text.trim() === '')) {
    throw new DecodeError('no text layer: the PDF holds only images (a scan?); OCR it and add the text version', { documentPath: sourcePath });
  }
  const { lines, running } = rebuildLines(pages);
  const model = decodePlainText(lines.map((l) => l.text).join('\n'), null);
  return {
    ...model,
    format: 'pdf',
    blocks: withPages(model.blocks, lines.map((l) => l.page)),
    title,
    encoding: null,
    pageCount: pages.length,
    pagesWithoutText: pagesWithoutText(pages, lines),
    runningLines: running,
  };
}

export const pdfDecoder: Decoder = {
  format: 'pdf',
  sniff: isPdfBytes,
  async decode(bytes, ctx) {
    const { pages, title } = await readPdfPages(bytes, ctx.sourcePath, ctx.maxPages);
    return decodePdfPages(pages, title, ctx.sourcePath);
  },
};
