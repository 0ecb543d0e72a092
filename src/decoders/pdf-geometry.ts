/**
 * The text of a PDF page as it stands on the page: pdf.js text items -> lines (one per baseline, top
 * to bottom) made of runs (words set close together), each with its x extent and font size. What is
 * laid out where is what tells a wrapped line from a new paragraph and a table column from a word
 * gap (src/decoders/pdf-layout.ts); pdf-parse's page text keeps none of it.
 */

/** A text item as pdf.js gives it, in viewport units (y grows downwards). */
export interface PlacedItem {
  text: string;
  x: number;
  y: number;
  width: number;
  fontSize: number;
  /** The font's name in the PDF (bold and regular faces differ); '' when unknown. */
  font: string;
}

/** Words set close together on one baseline: a phrase, or one cell of a table row. */
export interface TextRun {
  text: string;
  x0: number;
  x1: number;
  /** Fonts of the run's first and last items: a heading set in bold does not go on a regular line. */
  firstFont: string;
  lastFont: string;
  /** The largest font size of its items, and the baseline of its first (a heading beside a column's text is set bigger and lower). */
  fontSize?: number;
  y?: number;
  /** The text items the run was made of (a writer sets each table cell as an item of its own). */
  pieces: Array<{ text: string; x0: number; x1: number }>;
}

/** One baseline of a page. */
export interface PlacedLine {
  /** 1-based page number. */
  page: number;
  /** Baseline, from the top of the page. */
  y: number;
  fontSize: number;
  runs: TextRun[];
  /** The edges of the text column the line stands in, on a page set in two columns (pdf-text-columns.ts). */
  column?: { left: number; right: number };
}

export interface PageGeometry {
  page: number;
  width: number;
  height: number;
  lines: PlacedLine[];
}

/** A gap wider than this many font sizes parts two runs (a table column, a tab); a word space is about 0.28. */
export const RUN_GAP = 0.8;
/** A gap wider than this inserts a space between items that carry none. */
const WORD_GAP = 0.15;
/** Items whose baselines differ by less than this many font sizes are on one line. */
const SAME_LINE = 0.4;

/** The text of a line: runs joined by a tab, the way pdf-parse marks a wide gap. */
export function lineText(line: PlacedLine): string {
  return line.runs.map((r) => r.text).join('\t');
}

/** Left edge of the line's first run, right edge of its last. */
export function lineExtent(line: PlacedLine): { x0: number; x1: number } {
  return { x0: line.runs[0]?.x0 ?? 0, x1: line.runs.at(-1)?.x1 ?? 0 };
}

/** Groups a page's items into lines, top to bottom, and each line's items into runs, left to right. */
export function placeLines(items: PlacedItem[], page: number): PlacedLine[] {
  const visible = items.filter((item) => item.text.trim() !== '' && item.fontSize > 0);
  const sorted = [...visible].sort((a, b) => a.y - b.y || a.x - b.x);
  const groups: PlacedItem[][] = [];
  for (const item of sorted) {
    const group = groups.at(-1);
    const first = group?.[0];
    if (group && first && Math.abs(item.y - first.y) < SAME_LINE * Math.max(item.fontSize, first.fontSize)) group.push(item);
    else groups.push([item]);
  }
  return groups.map((group) => {
    const byX = [...group].sort((a, b) => a.x - b.x);
    // A loop, not Math.max(...items): a line of a hundred thousand text items would overflow the call stack.
    let fontSize = Number.NEGATIVE_INFINITY;
    for (const item of byX) fontSize = Math.max(fontSize, item.fontSize);
    const runs: TextRun[] = [];
    // Each run's text is kept in parts, collapsed as they come, and joined once: a text grown and looked at again
    // for each item is copied each time (a line of 200,000 items took a minute).
    const parts: string[][] = [];
    let endsSpaced = false;
    for (const item of byX) {
      const run = runs.at(-1);
      const gap = run ? item.x - run.x1 : Number.POSITIVE_INFINITY;
      if (run && gap <= RUN_GAP * fontSize) {
        const spaced = gap > WORD_GAP * fontSize && !endsSpaced && !/^\s/u.test(item.text);
        const added = `${spaced ? ' ' : ''}${item.text}`.replace(/\s+/gu, ' ');
        const joined: string = endsSpaced && added.startsWith(' ') ? added.slice(1) : added;
        parts.at(-1)?.push(joined);
        if (joined !== '') endsSpaced = joined.endsWith(' ');
        run.x1 = Math.max(run.x1, item.x + item.width);
        run.lastFont = item.font;
        run.fontSize = Math.max(run.fontSize ?? 0, item.fontSize);
        run.pieces.push({ text: item.text.replace(/\s+/gu, ' ').trim(), x0: item.x, x1: item.x + item.width });
      } else {
        const piece = { text: item.text.replace(/\s+/gu, ' ').trim(), x0: item.x, x1: item.x + item.width };
        // Fields written out, not spread from the piece: V8 builds `{ ...piece, more }` on a slow path (2 million
        // such runs took 15 s in a micro-benchmark, written out 0.1 s), and this runs for every run of every page.
        runs.push({ text: piece.text, x0: piece.x0, x1: piece.x1, firstFont: item.font, lastFont: item.font, fontSize: item.fontSize, y: item.y, pieces: [piece] });
        parts.push([piece.text]);
        endsSpaced = false;
      }
    }
    runs.forEach((run, i) => {
      run.text = (parts[i] ?? []).join('').trim();
    });
    const y = byX.reduce((sum, i) => sum + i.y, 0) / byX.length;
    return { page, y, fontSize, runs: runs.filter((r) => r.text !== '') };
  });
}

/** The pdf.js calls this module needs (a page proxy), typed loosely so pdf.js stays pdf-parse's business. */
export interface PdfPageLike {
  getViewport(params: { scale: number }): { width: number; height: number; convertToViewportPoint(x: number, y: number): number[] };
  getTextContent(params?: Record<string, unknown>): Promise<{ items: unknown[] }>;
}

interface PdfJsTextItem {
  str: string;
  fontName?: string;
  transform: number[];
  width: number;
  height: number;
}

function isTextItem(item: unknown): item is PdfJsTextItem {
  return typeof item === 'object' && item !== null && 'str' in item && 'transform' in item;
}

/** The text content request every reader of a page makes (pdf-parse's getText and getTable make the same). */
export const TEXT_CONTENT_PARAMS = { includeMarkedContent: false, disableNormalization: false } as const;

/** Places a page's text items (from `getTextContent`) on the page. */
export function pageGeometry(page: Pick<PdfPageLike, 'getViewport'>, items: readonly unknown[], pageNumber: number): PageGeometry {
  const viewport = page.getViewport({ scale: 1 });
  const placed: PlacedItem[] = [];
  for (const item of items) {
    if (!isTextItem(item)) continue;
    const [a = 0, b = 0, , , e = 0, f = 0] = item.transform;
    const [x = 0, y = 0] = viewport.convertToViewportPoint(e, f);
    // The font size is the length of the text matrix's x axis (rotation and scaling included).
    placed.push({ text: item.str, x, y, width: item.width, fontSize: Math.hypot(a, b) || item.height, font: item.fontName ?? '' });
  }
  return { page: pageNumber, width: viewport.width, height: viewport.height, lines: placeLines(placed, pageNumber) };
}

/** Reads a page's text items with their places. */
export async function readPageGeometry(page: PdfPageLike, pageNumber: number): Promise<PageGeometry> {
  const content = await page.getTextContent(TEXT_CONTENT_PARAMS);
  return pageGeometry(page, content.items, pageNumber);
}
