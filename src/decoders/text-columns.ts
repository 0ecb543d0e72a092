/**
 * Text laid out in two columns by a PDF-to-text tool that keeps the layout (`pdftotext -layout`): each
 * line holds a line of the left column, a wide gap of spaces, and the line of the right column beside it.
 * Read line by line, two sections side by side become one and a sentence of the right column is cut by
 * the left one's words. This finds such a stretch by where the characters stand, as
 * src/decoders/pdf-text-columns.ts does with a PDF's geometry, and gives the lines in reading order: the
 * left column's parts, then the right column's, each with the number of the line it stands on (the
 * lineage still points into the file).
 *
 * It is only done where it is safe: a gutter is the column where the right-hand text starts on at least
 * MIN_SPLIT_LINES lines that hold exactly two pieces of text (one wide gap: a table row has several),
 * both of them prose (several words each, the left ones filling their column), the right column starting
 * between 30 % and 70 % of the page's width. The stretch runs over the lines that leave the gutter empty;
 * a line whose text runs across it (a title, a paragraph across the page) ends it. Anything else (a table
 * laid out with spaces, a list of terms and definitions, one column of prose) is left as it is.
 */

import { joinHyphenatedWords } from './page-furniture.ts';

/** Lines with text on both sides of one gutter that it takes to call a stretch two columns. */
const MIN_SPLIT_LINES = 3;
/** The least gap of spaces between the columns. */
const MIN_GAP = 3;
/** Words a side of a split line has, on average, when it is prose. */
const MIN_WORDS = 3;
/** Most left parts reach at least this share of the left column's width (prose wraps near the edge). */
const FILLED = 0.6;

export interface ColumnLine {
  /** 1-based line of the file. */
  line: number;
  /** The part of the line in this column (the whole line outside a stretch). */
  text: string;
}

interface Split {
  /** Where the left part ends (exclusive) and the right part starts, as columns of the line. */
  leftEnd: number;
  rightStart: number;
  left: string;
  right: string;
}

const words = (text: string): number => text.split(/\s+/u).filter((w) => w !== '').length;

/** A line of exactly two pieces of text separated by one gap of MIN_GAP spaces or more; null otherwise. */
function splitOf(line: string): Split | null {
  const gaps = [...line.trimEnd().matchAll(new RegExp(`(?<=\\S) {${MIN_GAP},}(?=\\S)`, 'gu'))];
  if (gaps.length !== 1) return null;
  const gap = gaps[0] as RegExpMatchArray;
  const leftEnd = gap.index ?? 0;
  const rightStart = leftEnd + gap[0].length;
  return { leftEnd, rightStart, left: line.slice(0, leftEnd).trim(), right: line.slice(rightStart).trim() };
}

/** The lines in reading order when a stretch of them is set in two columns; null when none is. */
export function readTextColumns(lines: readonly string[]): ColumnLine[] | null {
  // Tabs, pipes: a table's cells, never a page's columns.
  if (lines.some((line) => /[\t|]/u.test(line))) return null;
  // Loops, not Math.max(...lines): a file of a hundred thousand lines would overflow the call stack.
  const width = lines.reduce((most, line) => Math.max(most, line.trimEnd().length), 0);
  const splits = lines.map(splitOf);
  const byStart = new Map<number, number[]>();
  splits.forEach((split, i) => {
    if (split === null) return;
    const same = byStart.get(split.rightStart);
    if (same) same.push(i);
    else byStart.set(split.rightStart, [i]);
  });
  const [gutter, split] = [...byStart].sort((a, b) => b[1].length - a[1].length)[0] ?? [0, []];
  if (split.length < MIN_SPLIT_LINES || gutter < 0.3 * width || gutter > 0.7 * width) return null;
  const leftEdge = split.reduce((most, i) => Math.max(most, splits[i]?.leftEnd ?? 0), 0);
  const meanWords = (side: 'left' | 'right'): number => split.reduce((sum, i) => sum + words(splits[i]?.[side] ?? ''), 0) / split.length;
  const filled = split.filter((i) => (splits[i]?.leftEnd ?? 0) >= FILLED * leftEdge).length;
  if (meanWords('left') < MIN_WORDS || meanWords('right') < MIN_WORDS || filled < split.length / 2) return null;

  // A line keeps the gutter when nothing stands between the left column's edge and the right column's start.
  const keeps = (line: string): boolean => line.slice(leftEdge, gutter).trim() === '';
  const hasRight = (line: string): boolean => keeps(line) && line.slice(gutter).trim() !== '';
  const out: ColumnLine[] = [];
  let i = 0;
  let found = false;
  while (i < lines.length) {
    const text = lines[i] ?? '';
    if (!hasRight(text)) {
      out.push({ line: i + 1, text });
      i++;
      continue;
    }
    // A stretch: from this line through the last line with right-hand text before a line across the gutter.
    let last = i;
    for (let j = i; j < lines.length && keeps(lines[j] ?? ''); j++) if (hasRight(lines[j] ?? '')) last = j;
    const region = lines.slice(i, last + 1);
    const twoSided = region.filter((line) => line.slice(0, leftEdge).trim() !== '' && hasRight(line)).length;
    const start = i;
    const at = (k: number): number => start + k + 1;
    if (twoSided < MIN_SPLIT_LINES) {
      out.push(...region.map((line, k) => ({ line: at(k), text: line })));
    } else {
      found = true;
      out.push(...region.map((line, k) => ({ line: at(k), text: line.slice(0, gutter).trimEnd() })));
      out.push(...region.map((line, k) => ({ line: at(k), text: line.slice(gutter).trim() })));
    }
    i = last + 1;
  }
  if (!found) return null;
  // A word hyphenated at a column's line end (`home-` / `made firearms`) is joined as the PDF decoder joins
  // it, now that the column's lines follow each other; each part keeps its line.
  const joined = joinHyphenatedWords(out.map(({ text }) => ({ text, page: 1 })));
  return out.map((entry, k) => ({ line: entry.line, text: joined[k]?.text ?? entry.text }));
}
