/**
 * Numbers as documents write them: `9,607`, `9 607` (space, U+00A0, U+202F), `9’607`, `9'607`,
 * `9.607` (dot as a thousands separator), `1312`, and words (`one`, `four`, `twelve`).
 * Counts are integers: a decimal is never silently turned into a count.
 */

/** Characters used between groups of three digits. */
export const THOUSANDS_SEPARATORS = [',', ' ', '\u00a0', '\u202f', '’', "'", '.', '\u066c'] as const;

const SEPARATOR_NAMES: Record<string, string> = {
  ',': 'comma',
  ' ': 'space',
  '\u00a0': 'no-break space U+00A0',
  '\u202f': 'narrow no-break space U+202F',
  '’': 'apostrophe U+2019',
  "'": 'apostrophe',
  '.': 'dot',
  '\u066c': 'Arabic thousands separator U+066C',
};

/**
 * Arabic-Indic (٠-٩, U+0660) and Eastern Arabic-Indic (۰-۹, U+06F0) digits as ASCII digits, one code unit
 * for one: offsets in the copy are offsets in the original, so `raw` and source_text stay verbatim.
 * The Arabic decimal separator U+066B reads as a dot (a decimal is never a count).
 */
export function asciiDigits(text: string): string {
  return text.replace(/[\u0660-\u0669\u06F0-\u06F9]/gu, (d) => String((d.codePointAt(0) ?? 0) & 0xf)).replace(/\u066b/gu, '.');
}

/**
 * An integer written with or without thousands separators. The separator must be the same between
 * all groups and every group after the first has exactly three digits. The look-arounds stop a number
 * from being glued to a neighbour: `2022.2` (a year and a footnote marker) matches `2022` only, and
 * `7.62` (a calibre) does not match as 762.
 */
export const INTEGER_PATTERN = /(?<![\d.,’'\u066c])(\d{1,3}(?:([,\u00a0\u202f’' .\u066c])\d{3}(?:\2\d{3})*)|\d+)(?![\d]|[.,\u066c]\d)/u;

export interface ParsedInteger {
  value: number;
  raw: string;
  /** The thousands separator used, if any (for lineage: "thousands separator U+2019"). */
  separator: string | null;
  /** Offset of `raw` in the text searched. */
  index: number;
}

/** Parses a token that is a whole integer (`9,607`, `1’300`, `3 200`); null if the token is anything else. */
export function parseInteger(raw: string): number | null {
  const token = asciiDigits(raw.trim());
  const match = new RegExp(`^${INTEGER_PATTERN.source}$`, 'u').exec(token);
  if (!match) return null;
  const value = Number(token.replace(/[^\d]/g, ''));
  return Number.isSafeInteger(value) ? value : null;
}

/** Every integer in `text`, in order, with its offset. */
export function findIntegers(text: string): ParsedInteger[] {
  const re = new RegExp(INTEGER_PATTERN.source, 'gu');
  const found: ParsedInteger[] = [];
  for (const match of asciiDigits(text).matchAll(re)) {
    const ascii = match[1] ?? match[0];
    const value = Number(ascii.replace(/[^\d]/g, ''));
    if (!Number.isSafeInteger(value)) continue;
    const index = match.index ?? 0;
    found.push({ value, raw: text.slice(index, index + ascii.length), separator: match[2] ?? null, index });
  }
  return found;
}

export function describeSeparator(separator: string | null): string | null {
  return separator === null ? null : (SEPARATOR_NAMES[separator] ?? `U+${separator.codePointAt(0)?.toString(16).toUpperCase()}`);
}

const UNITS: Record<string, number> = {
  zero: 0, no: 0, none: 0, one: 1, a: 1, an: 1, single: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7,
  eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16,
  seventeen: 17, eighteen: 18, nineteen: 19,
};
const TENS: Record<string, number> = {
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
};

/**
 * English number words up to the thousands (`four`, `twenty-one`, `two hundred and five`).
 * Returns null for anything that is not a number word ("numerous", "several": unknown, not a guess).
 */
export function parseNumberWords(raw: string): number | null {
  const words = raw.toLowerCase().replace(/-/g, ' ').split(/\s+/).filter((w) => w && w !== 'and');
  if (words.length === 0) return null;
  let total = 0;
  let current = 0;
  for (const word of words) {
    if (word in UNITS) current += UNITS[word] ?? 0;
    else if (word in TENS) current += TENS[word] ?? 0;
    else if (word === 'hundred') current = (current || 1) * 100;
    else if (word === 'thousand') {
      total += (current || 1) * 1000;
      current = 0;
    } else return null;
  }
  return total + current;
}

/** Words that make a quantity approximate, longest first so `more than` wins over `more`. */
export const APPROX_QUALIFIERS = [
  'approximately', 'approx.', 'about', 'around', 'roughly', 'nearly', 'almost', 'some', 'over', 'more than',
  'at least', 'up to', 'an estimated', 'estimated', 'circa', 'ca.', 'less than', 'fewer than', 'under',
  'environ', 'près de', 'plus de', 'au moins', 'aproximadamente', 'unos', 'unas', 'más de', 'al menos',
  'около', 'более', 'свыше', 'не менее', 'примерно', 'порядка',
].sort((a, b) => b.length - a.length);

export interface Quantity {
  value: number;
  raw: string;
  approx: boolean;
  /** The qualifier as written, lower-cased (`approximately`, `at least`, `some`), or null. */
  qualifier: string | null;
  separator: string | null;
  index: number;
}

const QUALIFIER_ABBREVIATIONS: Readonly<Record<string, string>> = { 'approx.': 'approximately', 'ca.': 'circa' };

const QUALIFIER_BEFORE = new RegExp(
  `(?:^|[^\\p{L}])(${APPROX_QUALIFIERS.map((q) => q.replace(/[.]/g, '\\.')).join('|')})\\s+$`,
  'iu',
);

/** Units and words after a number that show it is not a count of items (a calibre, a weight, a date). */
const NOT_A_COUNT_AFTER = /^\s*(?:mm|cm|km|m|kg|g|t|tonnes?|tons?|per ?cent|percent|%|years?|months?|days?|hours?|minutes?|calibre|caliber|January|February|March|April|May|June|July|August|September|October|November|December)\b/iu;

/**
 * The first quantity of items in a sentence with its qualifier: `Approximately 1’300 service weapons`
 * -> 1300 approx "approximately"; `At least 850 rounds of 7.62 mm` -> 850 "at least". Years (1900-2099
 * standing alone after `in`/`since` or at a sentence's start before a comma), calibres and weights are skipped.
 */
export function findQuantity(text: string): Quantity | null {
  return findQuantities(text)[0] ?? null;
}

/** Every quantity of items in the text, in order, with the same rules as `findQuantity`. */
export function findQuantities(text: string): Quantity[] {
  const quantities: Quantity[] = [];
  for (const found of findIntegers(text)) {
    const before = text.slice(0, found.index);
    const after = text.slice(found.index + found.raw.length);
    if (NOT_A_COUNT_AFTER.test(after)) continue;
    if (/\d\s*$/.test(before) || /[.,]$/.test(before) && /\d[.,]$/.test(before)) continue;
    if (found.separator === null && found.value >= 1900 && found.value <= 2099 && /(?:\b(?:in|since|from|until|by|of|year|early|late|mid)\s+$|^\s*$)/i.test(before)) continue;
    if (found.separator === null && found.value >= 1900 && found.value <= 2099 && /^\s*[,)]/.test(after)) continue;
    const written = QUALIFIER_BEFORE.exec(before)?.[1]?.toLowerCase() ?? null;
    // Abbreviations are stored as the word they stand for, so analysts filter on one spelling.
    const qualifier = written === null ? null : (QUALIFIER_ABBREVIATIONS[written] ?? written);
    quantities.push({ value: found.value, raw: found.raw, approx: qualifier !== null, qualifier, separator: found.separator, index: found.index });
  }
  return quantities;
}

/**
 * Words and signs tables use for "not known": `N/A`, `n.a.`, `unknown`, a lone dash, `?`. The caller
 * stores NULL (never 0) and says so in a quality issue. A dash is read as unknown, not as zero: some
 * tables do mean zero by it, and NULL is the safe reading.
 */
export function isUnknownValue(raw: string): boolean {
  return /^(?:n\/?a|n\.\s?a\.?|not available|not known|unknown|n\/?k|n\/?d|s\/?d|[-–—?]|inconnu|desconocido|нет данных)$/iu.test(raw.trim());
}

const NUMBER_WORD = '(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand)';
const NUMBER_WORDS_PATTERN = new RegExp(
  `(?<![\\p{L}-])${NUMBER_WORD}(?:(?:[\\s-]+(?:and\\s+)?)${NUMBER_WORD})*(?![\\p{L}-])`,
  'giu',
);

/**
 * English number words as integers, in order: "four machine guns" -> 4, "twenty-one rifles" -> 21.
 * "a", "an", "no" and "single" are not read (too often not a count); "several" is unknown, not a number.
 */
export function findNumberWords(text: string): ParsedInteger[] {
  const found: ParsedInteger[] = [];
  for (const match of text.matchAll(NUMBER_WORDS_PATTERN)) {
    const raw = match[0];
    const value = parseNumberWords(raw);
    if (value === null) continue;
    found.push({ value, raw, separator: null, index: match.index ?? 0 });
  }
  return found;
}

const QUALIFIER_AT_END = new RegExp(
  `(?:^|[^\\p{L}])(${APPROX_QUALIFIERS.map((q) => q.replace(/[.]/g, '\\.')).join('|')})\\s+$`,
  'iu',
);

/**
 * The approximation word right before a number, lower-cased (`some`, `about`, `more than`, `около`),
 * or null. `before` is the text up to the number. "handed over 300" is a verb, not "over 300".
 */
export function approxQualifierBefore(before: string): string | null {
  const qualifier = QUALIFIER_AT_END.exec(before)?.[1]?.toLowerCase() ?? null;
  if (qualifier === 'over' && /(?:hand(?:ed|s|ing)?|turn(?:ed|s|ing)?|pass(?:ed|es|ing)?|took|taken|take|brought|bring|went|carried)\s+over\s+$/iu.test(before)) return null;
  if (qualifier === 'under' && !/(?:^|[,;:(]|\b(?:destroyed|seized|collected|surrendered|were|was))\s*under\s+$/iu.test(before)) return null;
  return qualifier;
}
