import { codePointTest } from '../language/code-point-test.ts';
import { blockText, type DocumentModel } from '../model/document.ts';

/** A word an OCR engine misread, with digits or a bar among its letters (`NAT10NAL`, `REP0RT`, `Sma|l`). */
const OCR_WORD = /[\p{L}0-9|]*\p{L}[\p{L}0-9|]*/gu;
const OCR_DIGITS: Readonly<Record<string, string>> = { '0': 'o', '1': 'i', '5': 's', '|': 'l' };
/** Whether a UTF-16 unit is a letter (surrogates are never asked). */
const isLetter = codePointTest(/\p{L}/u);

/** What the unit `code` is to OCR_WORD: a letter, a digit or bar, a surrogate (half of a code point), or none of these. */
function unitClass(code: number): 'letter' | 'digit' | 'surrogate' | 'other' {
  if ((code >= 0x30 && code <= 0x39) || code === 0x7c) return 'digit';
  if (code >= 0xd800 && code <= 0xdfff) return 'surrogate';
  return isLetter(code) ? 'letter' : 'other';
}

/**
 * Whether some word of OCR_WORD (a run of letters, digits and bars holding a letter) holds one of the characters
 * OCR_DIGITS replaces: a line where none does has no other reading. Half the lines hold a 0, 1 or 5 (years,
 * counts), few in a word with letters; a scan from each is far cheaper than replacing every word of every line.
 * A code point outside the first plane answers yes (the line is then read in full).
 */
function mayBeMisread(line: string): boolean {
  for (let i = 0; i < line.length; i++) {
    const code = line.charCodeAt(i);
    if (code !== 0x30 && code !== 0x31 && code !== 0x35 && code !== 0x7c) continue;
    let start = i;
    let end = i + 1;
    let letter = false;
    for (let unit = unitClass(line.charCodeAt(start - 1)); start > 0 && unit !== 'other'; unit = unitClass(line.charCodeAt(--start - 1))) {
      if (unit === 'surrogate') return true;
      letter ||= unit === 'letter';
    }
    for (let unit = unitClass(line.charCodeAt(end)); end < line.length && unit !== 'other'; unit = unitClass(line.charCodeAt(++end))) {
      if (unit === 'surrogate') return true;
      letter ||= unit === 'letter';
    }
    if (letter) return true;
    i = end - 1;
  }
  return false;
}

/**
 * The line as it would read without OCR's digit-for-letter errors, or null when it has none: in a word
 * that has letters, `0` is o, `1` i, `5` s and `|` l. Kind signals are matched on the line and on this
 * reading both (a scanned report's `NAT10NAL REP0RT` is a national report), never on this reading alone:
 * a symbol such as `A/CONF.192/` must still match as written. Country names are read on the reading alone,
 * as no name holds a digit (classify/country.ts).
 */
export function ocrReading(line: string): string | null {
  // Only a word holding both a letter and one of 0, 1, 5, | can read otherwise; most lines have none.
  if (!mayBeMisread(line)) return null;
  const read = line.replace(OCR_WORD, (word) => (/[0-9|]/u.test(word) && /\p{L}{2}/u.test(word) ? word.replace(/[015|]/gu, (c) => OCR_DIGITS[c] ?? c) : word));
  return read === line ? null : read;
}

export interface ReadLines {
  /** The document's lines as classification reads them (blockText). */
  lines: readonly string[];
  /** The OCR reading of each line, null where it has none. */
  readings: readonly (string | null)[];
}

const readLines = new WeakMap<object, ReadLines>();

/**
 * The document's lines and the OCR reading of each, worked out once per document: the country ranking and
 * the kind signals both read them, for the same document, one after the other.
 */
export function linesWithReadings(doc: Pick<DocumentModel, 'lines' | 'blocks'>): ReadLines {
  const known = readLines.get(doc);
  if (known) return known;
  const lines = blockText(doc);
  const read = { lines, readings: lines.map(ocrReading) };
  readLines.set(doc, read);
  return read;
}

/** The title as it would read without OCR's errors (the line itself when it has none). */
export function titleReading(title: string): string {
  return ocrReading(title) ?? title;
}
