import { sourceLinePatterns } from '../../language/matchers.ts';
import { asciiDigits } from '../../transforms/digits.ts';

/**
 * Attribution groups in a thematic section of a PoA page: bullets joined on one line (` - `, ` -In`,
 * ` – `) and closed by attributions like `(National Report, 2005)`. Everything since the previous
 * attribution comes from the report the attribution names.
 */

/**
 * A year of an attribution: four digits, Western or of the Arabic scripts (`٢٠٢٠`, `۲۰۲۰`), the way the page
 * writes its other numbers.
 */
const YEAR = '(?:(?:19|20)[0-9]{2}|[١۱][٩۹][٠-٩۰-۹]{2}|[٢۲][٠۰][٠-٩۰-۹]{2})';

/**
 * The attribution's punctuation is its script's, not a language's: round or square brackets, ASCII or full-width
 * (`(…)`, `[…]`, `（…）`, `［…］`, `【…】`), and the comma before the year in every script (`,` `،` `，` `、`).
 * Its words are the lexicons' (`sourceLines.attributionWords`).
 */
const OPEN = '[(\\[（［【]';
const CLOSE = '[)\\]）］】]';
const COMMA = '[,،，、]';

/**
 * `(National Report, 2005)`, `(National report 2005)`, `(Rapport national, 2010)`, `(Национальный доклад, 2012)`,
 * `(NR, 2008 and 2006)`, `[National Report, 2018]`, `(国家报告, 2022)`, `（国家报告，2022）`, `(التقرير الوطني، 2020)`.
 * Capture 1 holds the year(s).
 */
export const ATTRIBUTION = (() => {
  const { attributionWords, attributionYearJoiners } = sourceLinePatterns();
  const joiner = `(?:${COMMA}|&|${attributionYearJoiners})`;
  return new RegExp(`${OPEN}\\s*(?:${attributionWords})\\s*${COMMA}?\\s*(${YEAR}(?:\\s*${joiner}\\s*${YEAR})*)\\s*${CLOSE}`, 'giu');
})();

/**
 * An attribution written as a LEAD-IN line that heads the bullets below it, up to the next lead-in or heading,
 * instead of closing them: `From the National Report, 2020:`, `Selon le rapport national de 2020 :`,
 * `Según el informe nacional de 2020:`, `National Report, 2014:`. The whole line, ending with its colon; capture 1
 * holds the year(s). A sentence that names a report (`The National Report, 2020: ...` with words after the colon)
 * is not one.
 */
export const LEAD_IN_ATTRIBUTION = (() => {
  const { attributionWords, attributionYearJoiners, attributionLeadIns, attributionYearPrepositions } = sourceLinePatterns();
  const joiner = `(?:${COMMA}|&|${attributionYearJoiners})`;
  const beforeYear = `(?:\\s*${COMMA}\\s*|\\s+(?:${attributionYearPrepositions})\\s+|\\s+)`;
  return new RegExp(
    `^\\s*(?:(?:${attributionLeadIns})\\s+)?(?:${attributionWords})${beforeYear}(${YEAR}(?:\\s*${joiner}\\s*${YEAR})*)\\s*[:：]\\s*$`,
    'iu',
  );
})();

/** The report years a lead-in attribution line names (`From the National Report, 2020:` -> [2020]), or null. */
export function readLeadInAttribution(line: string): number[] | null {
  const match = LEAD_IN_ATTRIBUTION.exec(line);
  return match ? yearsOf(match[1] ?? '') : null;
}

/** The years an attribution's capture names, as numbers (Arabic-script digits read by the one digit reader). */
function yearsOf(captured: string): number[] {
  return [...captured.matchAll(new RegExp(YEAR, 'gu'))].map((m) => Number(asciiDigits(m[0])));
}

/** A group of text and the attribution closing it (none for text after the last attribution). */
export interface AttributionGroup {
  /** Offsets into the searched text of the group's words: separators and attribution excluded. */
  start: number;
  end: number;
  /** Offset just past the attribution (or `end` when there is none). */
  closeEnd: number;
  /** The attribution as written, or null. */
  attribution: string | null;
  /** Report years the attribution names, in order (usually one). */
  years: number[];
}

const LEADING_SEPARATORS = /^[\s\-–—•*·]+/u;
const TRAILING_SEPARATORS = /[\s\-–—•*·]+$/u;

/** The offsets of `text[from..to]` without bullet marks and spaces at either end. */
function trimmedRange(text: string, from: number, to: number): [number, number] {
  const slice = text.slice(from, to);
  const lead = LEADING_SEPARATORS.exec(slice)?.[0].length ?? 0;
  const trail = TRAILING_SEPARATORS.exec(slice.slice(lead))?.[0].length ?? 0;
  return [from + lead, Math.max(from + lead, to - trail)];
}

/**
 * Splits a section's body (or its part `text[begin..finish]`) into groups at each attribution. Groups without
 * words are dropped.
 */
export function splitAttributionGroups(text: string, begin = 0, finish = text.length): AttributionGroup[] {
  const groups: AttributionGroup[] = [];
  let from = begin;
  for (const match of text.slice(begin, finish).matchAll(new RegExp(ATTRIBUTION.source, ATTRIBUTION.flags))) {
    const at = begin + (match.index ?? 0);
    const [start, end] = trimmedRange(text, from, at);
    const years = yearsOf(match[1] ?? '');
    if (end > start) groups.push({ start, end, closeEnd: at + match[0].length, attribution: match[0], years });
    from = at + match[0].length;
  }
  const [start, end] = trimmedRange(text, from, finish);
  if (end > start) groups.push({ start, end, closeEnd: end, attribution: null, years: [] });
  return groups;
}

/**
 * A bullet mark inside a line: a dash or bullet after a space, before a capital or an opening quote
 * (` - In 2005`, ` -In 2005`, ` – Conduct`). Not a hyphen inside a word (`sawn-off`), not a range
 * (`1995 - 2000`), not the dash after the year that opens a dated item (`2019 - Regional workshop ...`).
 */
const INLINE_BULLET = /(?<=^|\s)(?<!(?:^|\n)\s*(?:19|20)\d{2}\s*)[-–—•](?=\s*[\p{Lu}“"«‘])/gu;

/**
 * Offsets `[start, end)` of each bullet of `text[from..to]`, marks and surrounding spaces excluded.
 * `lineStarts` are offsets where a bullet starts without a mark (an HTML `<li>` on its own line).
 */
export function splitBullets(text: string, from: number, to: number, lineStarts: readonly number[] = []): [number, number][] {
  const slice = text.slice(from, to);
  const cuts = [0];
  for (const match of slice.matchAll(INLINE_BULLET)) if ((match.index ?? 0) > 0) cuts.push(match.index ?? 0);
  for (const start of lineStarts) if (start > from && start < to) cuts.push(start - from);
  cuts.sort((a, b) => a - b);
  cuts.push(slice.length);
  const bullets: [number, number][] = [];
  for (let i = 0; i + 1 < cuts.length; i++) {
    const [start, end] = trimmedRange(text, from + (cuts[i] ?? 0), from + (cuts[i + 1] ?? 0));
    if (end > start) bullets.push([start, end]);
  }
  return bullets;
}
