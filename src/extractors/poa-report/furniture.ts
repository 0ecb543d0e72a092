import { isPageJoinerLine, isPageNumberLine, isUnJobNumberLine, readPageNumberLine } from '../../transforms/page-furniture.ts';
import type { DocLine } from '../poa-shared/lines.ts';
import { DOCUMENT_CODE_LINE } from './facts.ts';

/**
 * What a PDF puts around a report's text: page numbers (`Page 2 of 5`, `- 3 -`, `Página 4`, and a bare `2`
 * beside other furniture), running headers repeated on every page (the document code), the UN job number
 * at a page's foot (`08-34412`), and footnotes at a page's bottom under a
 * separator (`__________` then `1 See ...`). None of it is part of a section's answer, and a footnote's
 * numbers must never reach the count parser as if they were the section's own statements.
 */

const SEPARATOR = /^\s*[_\-–—=]{5,}\s*$/u;
const FOOTNOTE = /^\s*(\d{1,3}|[¹²³⁴⁵⁶⁷⁸⁹]+)\s*(\p{Lu}.*|\S.*)$/u;
const SUPERSCRIPTS: Record<string, string> = { '¹': '1', '²': '2', '³': '3', '⁴': '4', '⁵': '5', '⁶': '6', '⁷': '7', '⁸': '8', '⁹': '9' };

export interface Footnote {
  /** The number as written (superscripts as digits). */
  ref: string;
  text: string;
  /** Indexes into the document's lines. */
  from: number;
  to: number;
}

export interface Furniture {
  /** Line indexes that are page furniture or footnotes: not text of any section. */
  skip: Set<number>;
  /**
   * Blank lines of a page break: those between the last line of a page's text and the furniture at its foot,
   * and between the furniture heading the next page and its text. They are the page's margin, not a break
   * between paragraphs: a sentence cut by the page (`482 were` / page 1 / header / `assault rifles.`) goes on.
   */
  pageBreakBlanks: Set<number>;
  footnotes: Footnote[];
}

/** A page-number line (`Page 2 of 5`, `- 3 -`, `3 / 12`): the one reading of transforms/page-furniture.ts. */
export function isPageNumber(text: string): boolean {
  return isPageNumberLine(text);
}

/** Finds page furniture and footnotes in `lines[from..]` (the header before `from` is left alone). */
export function findFurniture(lines: readonly DocLine[], from: number): Furniture {
  const skip = new Set<number>();
  const footnotes: Footnote[] = [];
  const counts = new Map<string, number>();
  for (const line of lines) {
    const text = line.text.trim();
    if (text !== '') counts.set(text, (counts.get(text) ?? 0) + 1);
    // The running title of a footer (`Title     Page 3 of 8`) counts as a repeat of the same title heading a page.
    const title = footerTitle(text);
    if (title !== null) counts.set(title, (counts.get(title) ?? 0) + 1);
  }
  let afterPageBreak = false;
  for (let i = from; i < lines.length; i++) {
    const text = lines[i]?.text.trim() ?? '';
    if (text === '') continue;
    // The decoder's reading of the pages (a bare page number at a page's foot, told by the page order) first.
    if (lines[i]?.furniture || isPageNumber(text) || isPageJoinerLine(text) || isUnJobNumberLine(text) || footerTitle(text) !== null) {
      skip.add(i);
      afterPageBreak = true;
      continue;
    }
    // A bare page number beside the footer above it: still the page break, the running header may follow.
    if (afterPageBreak && readPageNumberLine(text)?.bare) {
      skip.add(i);
      continue;
    }
    // A running header: the document code, or a line repeated on several pages right after a page break.
    if ((counts.get(text) ?? 0) >= 2 && (DOCUMENT_CODE_LINE.test(text) || afterPageBreak) && text.length <= 100) {
      skip.add(i);
      afterPageBreak = false;
      continue;
    }
    afterPageBreak = false;
    if (SEPARATOR.test(text)) {
      const next = nextFilled(lines, i + 1);
      if (next < 0 || !FOOTNOTE.test(lines[next]?.text ?? '')) continue;
      skip.add(i);
      i = readFootnotes(lines, next, skip, footnotes) - 1;
    }
  }
  skipBarePageNumbers(lines, from, skip);
  return { skip, pageBreakBlanks: pageBreakBlanks(lines, from, skip), footnotes };
}

/**
 * The blank lines that touch a run of furniture (through other blank lines). Blank lines around a run of
 * furniture at the end of the text, with no text after them, are left alone: no sentence goes on there.
 */
function pageBreakBlanks(lines: readonly DocLine[], from: number, skip: ReadonlySet<number>): Set<number> {
  const blanks = new Set<number>();
  for (let i = from; i < lines.length; i++) {
    if (!skip.has(i)) continue;
    for (const step of [-1, 1]) {
      for (let j = i + step; j >= from && j < lines.length && (lines[j]?.text.trim() ?? '') === '' && !skip.has(j); j += step) blanks.add(j);
    }
  }
  return blanks;
}

/**
 * The running title of a footer that sets it and the page number on one line, far apart
 * (`Malawi National Report on the PoA, 2019          Page 3 of 8`); null for any other line.
 */
export function footerTitle(text: string): string | null {
  const parts = text.trim().split(/\s{3,}|\t+/u);
  if (parts.length !== 2) return null;
  const [title = '', page = ''] = parts;
  return isPageNumber(page) && !isPageNumber(title) && /\p{L}/u.test(title) ? title : null;
}

/**
 * A line that is only a number (`2`) is a page number where it stands beside other page furniture (the
 * running document code above it, the job number below it); elsewhere it may be a table's cell or a list's.
 */
function skipBarePageNumbers(lines: readonly DocLine[], from: number, skip: Set<number>): void {
  for (let i = from; i < lines.length; i++) {
    const text = lines[i]?.text.trim() ?? '';
    if (skip.has(i) || !readPageNumberLine(text)?.bare) continue;
    const before = previousFilled(lines, i - 1);
    const after = nextFilled(lines, i + 1);
    if ((before >= from && skip.has(before)) || (after >= 0 && skip.has(after))) skip.add(i);
  }
}

function previousFilled(lines: readonly DocLine[], from: number): number {
  for (let i = from; i >= 0; i--) if ((lines[i]?.text.trim() ?? '') !== '') return i;
  return -1;
}

function nextFilled(lines: readonly DocLine[], from: number): number {
  for (let i = from; i < lines.length; i++) if ((lines[i]?.text.trim() ?? '') !== '') return i;
  return -1;
}

/** Reads footnotes from line `i` on (a numbered line, then lines wrapping it); returns the index after them. */
function readFootnotes(lines: readonly DocLine[], i: number, skip: Set<number>, out: Footnote[]): number {
  let j = i;
  while (j < lines.length) {
    const text = lines[j]?.text.trim() ?? '';
    if (text === '' || isPageNumber(text)) break;
    const match = FOOTNOTE.exec(text);
    if (match) {
      const ref = [...(match[1] ?? '')].map((ch) => SUPERSCRIPTS[ch] ?? ch).join('');
      out.push({ ref, text: (match[2] ?? '').trim(), from: j, to: j });
    } else {
      const last = out[out.length - 1];
      // A wrapped footnote continues in lower case; anything else ends the notes.
      if (!last || !/^\p{Ll}/u.test(text)) break;
      last.text = `${last.text} ${text}`;
      last.to = j;
    }
    skip.add(j);
    j++;
  }
  return j;
}
