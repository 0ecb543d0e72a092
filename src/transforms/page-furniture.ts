/**
 * Page-number lines of printed documents, in every registered language: `Page 2 of 5`, `- 3 -`,
 * `Página 4`, `3 / 12`, `Страница 2 из 9`, `الصفحة 3 من 10`, `第 3 页`, and (at a page's edge) a
 * bare `12`. One module for the PDF decoder and the national-report reader; the words come from the
 * lexicons' `pageFurniture`.
 */
import { alternation } from '../language/matchers.ts';
import { allLexicons } from '../language/registry.ts';

/** Page words of languages without a lexicon, seen in the footers of reports we ingest (German PDFs tools). */
const OTHER_PAGE_WORDS = ['seite'];
const OTHER_OF_WORDS = ['von'];

const lexicons = allLexicons();
const PAGE_WORDS = alternation([...lexicons.flatMap((l) => l.pageFurniture.page), ...OTHER_PAGE_WORDS]);
const OF_WORDS = alternation([...lexicons.flatMap((l) => l.pageFurniture.of), ...OTHER_OF_WORDS, '/']);
const AFTER_WORDS = alternation(lexicons.flatMap((l) => l.pageFurniture.after));

/**
 * Groups: `word` (a page word), `open`/`close` (dashes around), `n` (the page), `of` (a page count).
 * A page word ending in a letter must not run into the next word (`pages`, `pagina`).
 */
const PAGE_LINE = new RegExp(
  `^\\s*(?:(?<word>${PAGE_WORDS})(?<![\\p{L}](?=[\\p{L}]))\\s*)?(?<open>[-–—])?\\s*(?<n>\\d{1,4})\\s*(?:${AFTER_WORDS})?\\s*(?<close>[-–—])?(?:\\s*(?:${OF_WORDS})\\s*(?<of>\\d{1,4}))?\\s*$`,
  'iu',
);

export interface PageNumberLine {
  page: number;
  /** True when the line is only a number (a page number only where it stands at a page's edge). */
  bare: boolean;
}

/** The page number a line states, or null when the line is anything else. */
export function readPageNumberLine(text: string): PageNumberLine | null {
  const match = PAGE_LINE.exec(text);
  const groups = match?.groups;
  if (!groups?.n) return null;
  const bare = !groups.word && !groups.of && !(groups.open && groups.close);
  return { page: Number(groups.n), bare };
}

/** A page-number line anywhere in a text: it names a page (`Page 2`), a page count (`3 / 12`) or stands between dashes (`- 3 -`). */
export function isPageNumberLine(text: string): boolean {
  const read = readPageNumberLine(text);
  return read !== null && !read.bare;
}

/**
 * The parts of a running header or footer line, which a PDF sets apart with a wide gap, a tab, a bar or a spaced dash
 * or dot (`Annual report 2023      Page 4 of 9`, `Kenya PoA National Report | KNFP/PoA/2024/01 | 15 March 2024 | Page 1 of 3`,
 * `KNFP/PoA/2024/01 — 15 March 2024 — Page 3 of 7`). A hyphen between spaces does not part them (`Report - 3 -`).
 */
export function runningLineParts(line: string): string[] {
  return line
    .trim()
    .split(/\s{3,}|\t+|\s[|¦•·–—]\s/u)
    .map((part) => part.trim())
    .filter((part) => part !== '');
}

/** pdf-parse joins the pages of a PDF's text with a `-- 2 of 3 --` line: furniture, as a page number is. */
const PAGE_JOINER = /^\s*--\s*\d+\s+of\s+\d+\s*--\s*$/u;

export function isPageJoinerLine(text: string): boolean {
  return PAGE_JOINER.test(text);
}

/**
 * The job number the UN prints at the foot of every page of its documents (`08-34412`, `08-34412 (E)
 * 210708`, `12-44871 (S)    020812`) and its barcode form (`*0834412*`): furniture, never a number of the text.
 */
const UN_JOB_NUMBER = /^\s*(?:\d{2}-\d{5}(?:\s*\([A-Z]\))?(?:\s+\d{6}){0,2}|\*\d{7}\*)\s*$/u;

export function isUnJobNumberLine(text: string): boolean {
  return UN_JOB_NUMBER.test(text);
}
