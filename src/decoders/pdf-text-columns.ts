/**
 * Pages set in two text columns: the left column is read to its foot, then the right one, as a reader does.
 * Without this a line of the left column and the line beside it in the right one read as one line of
 * two cells (a table row), and two sections side by side become one.
 *
 * Columns are found by where the words stand, not by what they say: a gutter is a band that at least
 * three lines leave empty while words stand on both sides of it, the right column's lines all starting at
 * one edge; the two sides must read as prose (the left lines fill their column, several words each), so
 * that a table set in two columns (a term and its definition) stays a table. The region runs over the
 * lines that keep the gutter empty; a line that crosses it (a heading or a table across the page) ends it.
 * Lines of either column carry their column's edges, so that a wrapped line is told from the column's
 * right edge, not the page's (src/decoders/pdf-layout.ts).
 */
import type { PageGeometry, PlacedLine, TextRun } from './pdf-geometry.ts';

/** Lines on both sides of one gutter that it takes to find the gutter on a page. */
const MIN_SPLIT_LINES = 3;
/** Lines on both sides of the page's gutter that it takes to call one stretch of the page two columns. */
const MIN_STRETCH_SPLIT_LINES = 2;
/** A left column's lines fill at least this share of its width, most of them (prose, not cells). */
const FILLED = 0.6;
/** The share of the page's text width a column of prose takes, at least. */
const MIN_COLUMN_SHARE = 0.35;
/** Words a side of a split line has, on average, when it is prose. */
const MIN_WORDS = 3;

interface Gutter {
  /** Rightmost end of a left-column run. */
  left: number;
  /** Where the right column's lines start. */
  right: number;
  /** The page's text edges. */
  pageLeft: number;
  pageRight: number;
}

const words = (text: string): number => text.split(/\s+/u).filter((w) => w !== '').length;

/** The gutter of a page set in two text columns, or null when no stretch of the page is. */
export function findGutter(page: PageGeometry): Gutter | null {
  if (page.lines.length === 0) return null;
  // Loops, not Math.min(...lines): a page of a hundred thousand lines would overflow the call stack.
  let pageLeft = Number.POSITIVE_INFINITY;
  let pageRight = Number.NEGATIVE_INFINITY;
  for (const l of page.lines) {
    pageLeft = Math.min(pageLeft, l.runs[0]?.x0 ?? page.width);
    pageRight = Math.max(pageRight, l.runs.at(-1)?.x1 ?? 0);
  }
  const split = page.lines.filter((l) => {
    const [a, b] = l.runs;
    return l.runs.length === 2 && a && b && Math.abs(a.x0 - pageLeft) < 0.5 * l.fontSize && b.x0 > pageLeft + 0.3 * (pageRight - pageLeft) && b.x0 < pageLeft + 0.7 * (pageRight - pageLeft);
  });
  const byStart = new Map<number, PlacedLine[]>();
  for (const l of split) {
    const key = Math.round((l.runs[1]?.x0 ?? 0) / 2) * 2;
    const same = byStart.get(key);
    if (same) same.push(l);
    else byStart.set(key, [l]);
  }
  const [start, lines] = [...byStart].sort((x, y) => y[1].length - x[1].length)[0] ?? [0, []];
  if (lines.length < MIN_SPLIT_LINES) return null;
  let right = Number.POSITIVE_INFINITY;
  let left = Number.NEGATIVE_INFINITY;
  for (const l of lines) {
    right = Math.min(right, l.runs[1]?.x0 ?? start);
    left = Math.max(left, l.runs[0]?.x1 ?? 0);
  }
  const columnWidth = left - pageLeft;
  const filled = lines.filter((l) => (l.runs[0]?.x1 ?? 0) - pageLeft >= FILLED * columnWidth).length;
  const meanWords = (k: number): number => lines.reduce((sum, l) => sum + words(l.runs[k]?.text ?? ''), 0) / lines.length;
  // Two columns of prose each take a good part of the page; a first column of short cells (years, terms) is a table's.
  const wide = columnWidth >= MIN_COLUMN_SHARE * (pageRight - pageLeft);
  if (!wide || filled < lines.length / 2 || meanWords(0) < MIN_WORDS || meanWords(1) < MIN_WORDS || right - left < 0.8 * (lines[0]?.fontSize ?? 10)) return null;
  return { left, right, pageLeft, pageRight };
}

type Side = 'left' | 'right' | 'both' | 'across';

/** Which side of the gutter a line's runs stand on; `across` when a run crosses it. */
function sideOf(line: PlacedLine, gutter: Gutter): Side {
  const tolerance = 0.25 * line.fontSize;
  const onLeft = (r: TextRun): boolean => r.x1 <= gutter.left + tolerance;
  const onRight = (r: TextRun): boolean => r.x0 >= gutter.right - tolerance;
  if (line.runs.some((r) => !onLeft(r) && !onRight(r))) return 'across';
  const left = line.runs.some(onLeft);
  const right = line.runs.some(onRight);
  return left && right ? 'both' : left ? 'left' : 'right';
}

/** The part of a line on one side of the gutter, carrying that column's edges. */
function part(line: PlacedLine, gutter: Gutter, side: 'left' | 'right'): PlacedLine | null {
  const runs = line.runs.filter((r) => (side === 'left' ? r.x1 <= gutter.left + 0.25 * line.fontSize : r.x0 >= gutter.right - 0.25 * line.fontSize));
  if (runs.length === 0) return null;
  const column = side === 'left' ? { left: gutter.pageLeft, right: gutter.left } : { left: gutter.right, right: gutter.pageRight };
  // The line's size is its own side's: a heading set bigger in the other column is no part of it.
  const fontSize = Math.max(...runs.map((r) => r.fontSize ?? line.fontSize));
  const y = runs[0]?.y ?? line.y;
  return { ...line, runs, column, fontSize, y };
}

/**
 * The stretches of a page's lines that stand in two columns: from a line that keeps the gutter empty to
 * the line before one that crosses it, holding at least MIN_STRETCH_SPLIT_LINES lines with words on both sides.
 * A lone line at a stretch's foot set apart by a wider gap, above a line across the page, is that line's
 * heading, not the column's foot.
 */
function stretches(lines: PlacedLine[], gutter: Gutter): Array<[number, number]> {
  const sides = lines.map((l) => sideOf(l, gutter));
  const out: Array<[number, number]> = [];
  let i = 0;
  while (i < lines.length) {
    if (sides[i] === 'across') {
      i++;
      continue;
    }
    let j = i;
    while (j + 1 < lines.length && sides[j + 1] !== 'across') j++;
    const both = sides.slice(i, j + 1).filter((s) => s === 'both').length;
    if (both >= MIN_STRETCH_SPLIT_LINES) out.push([i, footOf(lines, sides, i, j)]);
    i = j + 1;
  }
  return out;
}

/**
 * The last line of a stretch [first, last]: a lone line at its foot, set apart by a wider gap and standing
 * right above a line across the page, is that line's heading, not the foot of a column.
 */
function footOf(lines: PlacedLine[], sides: Side[], first: number, last: number): number {
  if (last + 1 >= lines.length || sides[last] === 'both') return last;
  const pitches = lines.slice(first + 1, last + 1).map((l, k) => l.y - (lines[first + k]?.y ?? l.y));
  const usual = [...pitches].sort((a, b) => a - b)[Math.floor(pitches.length / 2)] ?? 0;
  const gap = (lines[last]?.y ?? 0) - (lines[last - 1]?.y ?? 0);
  return gap > 1.4 * usual ? last - 1 : last;
}

/**
 * The page's lines in reading order: in each stretch set in two columns, the left column's lines, then
 * the right column's, each carrying its column's edges. A page with no gutter is returned as it is.
 *
 * @example readTextColumns(page).lines.map(lineText) // ['Title', 'left 1', 'left 2', 'right 1', 'right 2', 'Footer']
 */
export function readTextColumns(page: PageGeometry): PageGeometry {
  const gutter = findGutter(page);
  if (!gutter) return page;
  const found = stretches(page.lines, gutter);
  if (found.length === 0) return page;
  const lines: PlacedLine[] = [];
  let at = 0;
  for (const [first, last] of found) {
    lines.push(...page.lines.slice(at, first));
    const region = page.lines.slice(first, last + 1);
    for (const side of ['left', 'right'] as const) {
      for (const line of region) {
        const half = part(line, gutter, side);
        if (half) lines.push(half);
      }
    }
    at = last + 1;
  }
  lines.push(...page.lines.slice(at));
  return { ...page, lines };
}
