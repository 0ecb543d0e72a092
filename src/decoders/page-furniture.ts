/**
 * Page furniture of printed documents: running headers and footers, page numbers, words hyphenated at
 * line ends. Used on PDF text (src/decoders/pdf.ts) and on text files that hold a PDF's text as
 * pdf-parse writes it (pages joined by `-- n of m --` lines, src/decoders/text.ts).
 */

import { alternation } from '../language/matchers.ts';
import { allLexicons } from '../language/registry.ts';
import { readPageNumberLine, runningLineParts } from '../transforms/page-furniture.ts';
import { endsInsideUrl, writtenIn } from './line-joins.ts';

export interface PdfLine {
  text: string;
  page: number;
}

const EDGE_ZONE = 2;

/** One-word questionnaire answers (lexicons' `questionnaireAnswers`, every language's) are content even when they repeat at a page edge. */
const SHORT_ANSWER = new RegExp(`^(?:${alternation(allLexicons().flatMap((lexicon) => lexicon.questionnaireAnswers))})\\.?$`, 'u');

function isShortAnswer(key: string): boolean {
  return SHORT_ANSWER.test(key);
}

function edgeKey(line: string): string {
  return line.trim().replace(/\s+/g, ' ').replace(/\d+/g, '#').toLowerCase();
}

/**
 * Drops running headers/footers and page numbers: lines within the first or last two lines of a page
 * that repeat (digits aside) at the same edge on at least half the pages (and two), and page-number
 * lines whose number follows the page order.
 */
export function runningLineFlags(pages: string[][]): boolean[][] {
  const n = pages.length;
  const drop = pages.map((lines) => lines.map(() => false));
  const zones = (lines: string[]): { top: number[]; bottom: number[] } => {
    const top = lines.map((_, i) => i).slice(0, EDGE_ZONE);
    const bottom = lines.map((_, i) => i).slice(Math.max(EDGE_ZONE, lines.length - EDGE_ZONE));
    return { top, bottom };
  };

  if (n >= 2) {
    // A running line stands at the same distance from the page edge on every page it is on; a short answer
    // ("No", "Yes") that happens to fall near the bottom of several pages does not, so it stays.
    const distance = (lines: string[], i: number, edge: 'top' | 'bottom') => (edge === 'top' ? i : lines.length - 1 - i);
    for (const edge of ['top', 'bottom'] as const) {
      const pagesWithKey = new Map<string, number>();
      pages.forEach((lines) => {
        const keys = new Set(zones(lines)[edge].map((i) => `${distance(lines, i, edge)}|${edgeKey(lines[i] ?? '')}`));
        for (const k of keys) pagesWithKey.set(k, (pagesWithKey.get(k) ?? 0) + 1);
      });
      const needed = Math.max(2, Math.ceil(n / 2));
      pages.forEach((lines, p) => {
        for (const i of zones(lines)[edge]) {
          const key = edgeKey(lines[i] ?? '');
          const seen = pagesWithKey.get(`${distance(lines, i, edge)}|${key}`) ?? 0;
          // A repeated line of only numbers could be a table row: only page numbers go that way.
          if (seen >= needed && /\p{L}/u.test(key) && !isShortAnswer(key)) (drop[p] as boolean[])[i] = true;
        }
      });
    }
  }

  // Page numbers: a number-only edge line whose value minus the page index is the same on most pages.
  const offsets = new Map<number, number>();
  const candidates: Array<{ p: number; i: number; offset: number }> = [];
  pages.forEach((lines, p) => {
    const { top, bottom } = zones(lines);
    for (const i of [...top, ...bottom]) {
      const read = readPageNumberLine(lines[i] ?? '');
      if (read === null) continue;
      const offset = read.page - (p + 1);
      candidates.push({ p, i, offset });
      offsets.set(offset, (offsets.get(offset) ?? 0) + 1);
    }
  });
  for (const c of candidates) {
    const seen = offsets.get(c.offset) ?? 0;
    if ((n >= 2 && seen >= 2) || (n === 1 && c.offset === 0 && /\D/.test((pages[c.p]?.[c.i] ?? '').trim()))) {
      (drop[c.p] as boolean[])[c.i] = true;
    }
  }
  return drop;
}

/**
 * A running header or footer that carries the page number (`A-MAP | Country Profile: Azerbaijan      2/3`,
 * `Annual report 2023 — Page 4 of 9`, `- 3 -`): a part of the line, set apart by a wide gap or a bar, that
 * reads as a page number. The number itself, or null for any other line.
 */
function runningPageNumber(line: string): number | null {
  for (const part of runningLineParts(line).reverse()) {
    const read = readPageNumberLine(part);
    if (read !== null && !read.bare) return read.page;
  }
  return null;
}

/**
 * Where the pages of a text without page joiners or form feeds start, told by a running line that carries the
 * page number: the same line (digits aside) two times or more, its page numbers following each other (1/3,
 * 2/3, 3/3). A header opens its page; a footer (the text ends after its last one) closes it. Null when no
 * line runs so, or the document is a single page: the page idea of a PDF's text, for a text exported without
 * its page breaks.
 */
export function pageStartsFromRunningLines(lines: readonly string[]): number[] | null {
  const groups = new Map<string, Array<{ i: number; page: number }>>();
  lines.forEach((line, i) => {
    if (line.trim().length > 160) return;
    const page = runningPageNumber(line);
    if (page === null) return;
    const key = edgeKey(line);
    const group = groups.get(key);
    if (group) group.push({ i, page });
    else groups.set(key, [{ i, page }]);
  });
  let best: Array<{ i: number; page: number }> | null = null;
  for (const group of groups.values()) {
    if (group.length < 2 || !group.every((at, k) => k === 0 || at.page === (group[k - 1]?.page ?? 0) + 1)) continue;
    if (best === null || group.length > best.length) best = group;
  }
  if (best === null) return null;
  const filledAfter = (i: number) => lines.slice(i + 1).some((line) => line.trim() !== '');
  const last = best[best.length - 1] as { i: number };
  // Footers: the text ends with the last one; each page then ends on its footer.
  if (!filledAfter(last.i)) return [0, ...best.slice(0, -1).map((at) => at.i + 1)];
  // Headers: each one opens its page (the lines above the first, a title page without one, are the first page).
  const first = best[0] as { i: number };
  const starts = best.map((at) => at.i);
  return lines.slice(0, first.i).some((line) => line.trim() !== '') ? [0, ...starts] : starts;
}

/** The pages without their running lines. */
export function dropRunningLines(pages: string[][]): string[][] {
  const drop = runningLineFlags(pages);
  return pages.map((lines, p) => lines.filter((_, i) => !drop[p]?.[i]));
}

const LINE_END_HYPHEN = /(\p{L}+)[-\u00AD\u2010]$/u;
const NEXT_WORD = /^(\p{Ll}[\p{L}\p{M}]*)(\S*)\s*/u;

/**
 * Joins words hyphenated at line ends: the second half moves up to the first line, so both lines
 * keep their place. The hyphen stays when the document writes the same word with a hyphen elsewhere.
 */
export function undoHyphenation(lines: PdfLine[]): PdfLine[] {
  return joinHyphenatedWords(lines).filter((l) => l.text.trim() !== '');
}

/** As undoHyphenation, but every line stays, even one left empty (its place matters to line numbers). */
export function joinHyphenatedWords(lines: PdfLine[]): PdfLine[] {
  const written = writtenIn(lines.map((l) => l.text).join('\n'));
  const out = lines.map((l) => ({ ...l }));
  for (let i = 0; i + 1 < out.length; i++) {
    const line = out[i] as PdfLine;
    const next = out[i + 1] as PdfLine;
    // A URL cut by the line break: its rest moves up whole, every `-` and `/` kept.
    if (endsInsideUrl(line.text, next.text)) {
      const rest = /^\s*(\S+)\s*/u.exec(next.text);
      line.text = line.text.trimEnd() + (rest?.[1] ?? '');
      next.text = next.text.slice(rest?.[0].length ?? 0);
      continue;
    }
    const head = LINE_END_HYPHEN.exec(line.text);
    if (!head?.[1] || /\s[-\u2010]$/.test(line.text)) continue;
    const tail = NEXT_WORD.exec(next.text);
    if (!tail?.[1]) continue;
    const first = head[1];
    const second = tail[1];
    const keepHyphen = written(`${first}-${second}`);
    line.text = line.text.slice(0, line.text.length - 1) + (keepHyphen ? '-' : '') + second + (tail[2] ?? '');
    next.text = next.text.slice(tail[0].length);
  }
  return out;
}
