/**
 * A PDF's lines as the writer meant them, from where they stand on the page: a paragraph the page
 * wrapped over several lines is one line again, a table set in columns is one `a | b | c` line per
 * row. The text logic (src/decoders/text.ts) then reads the PDF as it reads the same document saved
 * as text, where a paragraph, a footnote or a caption is one line.
 *
 * A line goes on with the next when the next one's first word would not have fitted at its end (so the
 * writer had to break there), the next one stands at line spacing below it (a paragraph gap, or a page
 * break, ends nothing else), in the same font and size, at the same left edge (or the hanging indent of a
 * numbered note), and does not open a note or a list item of its own.
 */
import { isSourceLine } from '../transforms/citations.ts';
import { isNumberedCaption } from '../transforms/table-captions.ts';
import { findColumnTables } from './pdf-columns.ts';
import { lineExtent, lineText, type PageGeometry, type PlacedLine } from './pdf-geometry.ts';
import { endsInsideUrl, type HyphenEvidence, hyphenEvidenceFrom, joinWrappedLines } from './line-joins.ts';
import type { PdfLine } from './page-furniture.ts';

/** A line that opens a note or a list item (`[3] …`, `• …`) starts a block of its own. */
const OPENS_BLOCK = /^\s*(?:\[\d{1,3}\]|[•▪◦‣]|[-–—*]\s)/u;
/** A first line whose continuation lines may be indented under its text (a hanging indent). */
const HANGING_MARKER = /^\s*(?:\[\d{1,3}\]|\d{1,3}[.)]|\(?[a-z]\)|[•▪◦‣\-–—*])\s/u;
/** Width of a word space, in font sizes (Helvetica and Times are 0.25-0.28). */
const SPACE = 0.28;
/** What a next word must have fitted with, to spare, for a line to count as ended by its writer, in font sizes. */
const FIT_SLACK = 1.5;

type Piece = { kind: 'line'; line: PlacedLine } | { kind: 'row'; text: string; page: number };

interface PageFrame {
  left: number;
  right: number;
}

/** The text column of a page: its left edge is the leftmost line's; margins are taken as equal on both sides. */
function frameOf(page: PageGeometry): PageFrame {
  // A loop, not Math.min(...lines): a page of a hundred thousand lines would overflow the call stack.
  let left = Number.POSITIVE_INFINITY;
  for (const line of page.lines) left = Math.min(left, lineExtent(line).x0);
  return { left, right: page.width - left };
}

/**
 * The distance between two lines of one paragraph, in font sizes: the smallest pitch that is common
 * (paragraph gaps and table rows are wider; single-line paragraphs may make a gap the most common pitch).
 */
function usualPitch(pages: PageGeometry[]): number {
  const counts = new Map<number, number>();
  let pairs = 0;
  for (const page of pages) {
    page.lines.forEach((line, i) => {
      const next = page.lines[i + 1];
      if (!next || Math.abs(next.fontSize - line.fontSize) > 0.6) return;
      const ratio = Math.round(((next.y - line.y) / line.fontSize) * 20) / 20;
      if (ratio < 0.9) return;
      counts.set(ratio, (counts.get(ratio) ?? 0) + 1);
      pairs++;
    });
  }
  const common = [...counts].filter(([, n]) => n >= Math.max(2, 0.1 * pairs)).map(([ratio]) => ratio);
  return common.length > 0 ? Math.min(...common) : 1.2;
}

/**
 * The first unit the writer could not break: a word, or a URL or compound up to its first `-` or `/`
 * before a letter (line breakers do not break before a digit: `(1979-2021)` is one unit).
 */
function firstUnit(text: string): string {
  return /^\S*?(?:[-/](?=\p{L})|(?=\s)|$)/u.exec(text.trimStart())?.[0] ?? '';
}

interface JoinContext {
  frames: Map<number, PageFrame>;
  pitch: number;
}

const NOTE_MARKER = /^\s*\[(\d{1,3})\]/u;

/**
 * A line opening with `[n]` opens a note, unless it carries on the numbering of the prose paragraph
 * above (`…trafficking.` + `[3] The exact…` after `[2]`): a marker the break moved down.
 */
function opensBlock(paragraph: string, opener: PlacedLine, b: string): boolean {
  // A table caption or a `Source:` line opens a block even where nothing on the page says so (after a page break).
  if (isNumberedCaption(b) || isSourceLine(b)) return true;
  const marker = NOTE_MARKER.exec(b);
  if (!marker) return OPENS_BLOCK.test(b);
  if (NOTE_MARKER.test(lineText(opener))) return true;
  const seen = [...paragraph.matchAll(/\[(\d{1,3})\]/gu)].map((m) => Number(m[1]));
  return Number(marker[1]) !== Math.max(0, ...seen) + 1;
}

/**
 * True when `b` goes on with `a` (see the module comment); `opener` is the first line of `a`'s
 * paragraph and `paragraph` its text so far.
 */
export function continuesLine(a: PlacedLine, b: PlacedLine, opener: PlacedLine, paragraph: string, ctx: JoinContext): boolean {
  if (a.runs.length !== 1 || b.runs.length !== 1 || Math.abs(a.fontSize - b.fontSize) > 0.6) return false;
  const textB = lineText(b);
  if (opensBlock(paragraph, opener, textB)) return false;
  // A change of face at the break (a bold heading under a regular line) is a new block.
  if (a.runs[0]?.lastFont !== b.runs[0]?.firstFont) return false;
  // The foot of a left column goes on at the head of the right one, as a page's foot goes on at the next page's head.
  const nextColumn = b.page === a.page && a.column !== undefined && b.column !== undefined && b.column.left > a.column.right;
  const breaks = b.page !== a.page || nextColumn;
  if (!breaks && (b.y - a.y <= 0 || b.y - a.y > (ctx.pitch + 0.25) * a.fontSize)) return false;
  if (b.page !== a.page && b.page !== a.page + 1) return false;
  const frame = a.column ?? ctx.frames.get(a.page);
  const { x0: ax0, x1: ax1 } = lineExtent(a);
  const { x0: bx0, x1: bx1 } = lineExtent(b);
  if (!frame) return false;
  // Would b's first unit have fitted at the end of a? Its width is estimated from b's own letters.
  // A line that ends inside a URL (`https://`, `…/behind-` + `unrest…`) was cut: a URL ends no line of its own.
  const unit = firstUnit(textB);
  const unitWidth = ((bx1 - bx0) * unit.length) / Math.max(1, textB.trim().length);
  // NOTE: a writer may count the space after the word, and the width is an estimate: the unit must have
  // fitted with a font size to spare before the break is taken for the writer's own.
  if (!endsInsideUrl(lineText(a), textB) && ax1 + SPACE * a.fontSize + unitWidth + FIT_SLACK * a.fontSize <= frame.right) return false;
  const tolerance = 0.2 * a.fontSize;
  if (a === opener) {
    if (bx0 > ax0 + tolerance) return HANGING_MARKER.test(lineText(a)) && bx0 - ax0 <= 4 * a.fontSize;
    return bx0 >= (b.column?.left ?? ctx.frames.get(b.page)?.left ?? 0) - tolerance;
  }
  const openerX0 = lineExtent(opener).x0;
  // Continuation lines of one paragraph share their left edge (on the next page or column, the edge moves).
  return breaks || Math.abs(bx0 - ax0) <= tolerance || Math.abs(bx0 - openerX0) <= tolerance;
}

/** The pieces of the document: its lines, with the lines of each column table (which may go on over a page break) replaced by its rows. */
function piecesOf(pages: PageGeometry[], evidence: HyphenEvidence): Piece[] {
  const lines = pages.flatMap((p) => p.lines);
  const pieces: Piece[] = [];
  const tables = findColumnTables(lines, evidence);
  let t = 0;
  for (let i = 0; i < lines.length; i++) {
    const table = tables[t];
    if (table && i === table.first) {
      for (const row of table.rows) pieces.push({ kind: 'row', text: row.cells.join(' | '), page: lines[row.first]?.page ?? 1 });
      i = table.last;
      t++;
      continue;
    }
    pieces.push({ kind: 'line', line: lines[i] as PlacedLine });
  }
  return pieces;
}

/** What opens a note at a page's foot: a superscript number, a number, a bracketed number or an asterisk. */
const FOOT_NOTE_OPENER = /^\s*(?:[¹²³⁴⁵⁶⁷⁸⁹⁰]+|\[\d{1,3}\]|\(?\d{1,3}[.)]?\s|\*{1,3})/u;
/** A note is set at most this share of the body's size (8 pt notes under 10-11 pt text). */
const NOTE_SIZE_SHARE = 0.85;

/**
 * The notes set at a page's foot: the lines at the page's bottom set in one size smaller than the line above
 * them (8 pt notes under 10-11 pt text), the first of them opening with a note marker. A paragraph the page break cut goes on past them.
 */
export function pageFootNotes(page: PageGeometry): Set<PlacedLine> {
  const size = page.lines.at(-1)?.fontSize ?? 0;
  let first = page.lines.length;
  while (first > 0 && Math.abs((page.lines[first - 1]?.fontSize ?? 0) - size) < 0.3) first--;
  const above = page.lines[first - 1];
  const notes = page.lines.slice(first);
  if (!above || size > NOTE_SIZE_SHARE * above.fontSize || !FOOT_NOTE_OPENER.test(lineText(notes[0] as PlacedLine))) return new Set();
  return new Set(notes);
}

/** The document's lines: paragraphs joined, column tables as rows; each line keeps the page it starts on. */
export function layoutLines(pages: PageGeometry[]): PdfLine[] {
  const evidence = hyphenEvidenceFrom(pages.flatMap((p) => p.lines.map(lineText)).join('\n'));
  const ctx: JoinContext = { frames: new Map(pages.filter((p) => p.lines.length > 0).map((p) => [p.page, frameOf(p)])), pitch: usualPitch(pages) };
  const footNotes = new Set(pages.flatMap((p) => [...pageFootNotes(p)]));
  const out: PdfLine[] = [];
  type Open = { text: string; page: number; last: PlacedLine; opener: PlacedLine };
  let open: Open | null = null;
  // Notes at a page's foot wait until the paragraph the page break cut has ended, then come as lines of their own.
  let waiting: PlacedLine[] = [];
  /** Joins `line` to the open paragraph when it goes on from it; false when it does not. */
  const joined = (line: PlacedLine): boolean => {
    const current = open as Open | null;
    if (!current || !continuesLine(current.last, line, current.opener, current.text, ctx)) return false;
    current.text = joinWrappedLines(current.text, lineText(line), evidence);
    current.last = line;
    return true;
  };
  const begin = (line: PlacedLine): void => {
    open = { text: lineText(line), page: line.page, last: line, opener: line };
  };
  /** A waiting note: joined to the note before it, or a line of its own. */
  const take = (line: PlacedLine): void => {
    if (joined(line)) return;
    const current = open as Open | null;
    if (current) out.push({ text: current.text, page: current.page });
    begin(line);
  };
  const flush = (): void => {
    const current = open as Open | null;
    if (current) out.push({ text: current.text, page: current.page });
    open = null;
    const notes = waiting;
    waiting = [];
    for (const note of notes) take(note);
    if (notes.length > 0) flush();
  };
  for (const piece of piecesOf(pages, evidence)) {
    if (piece.kind === 'row') {
      flush();
      out.push({ text: piece.text, page: piece.page });
      continue;
    }
    if (footNotes.has(piece.line)) {
      waiting.push(piece.line);
      continue;
    }
    if (joined(piece.line)) continue;
    flush();
    begin(piece.line);
  }
  flush();
  return out;
}
