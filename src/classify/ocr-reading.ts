import { blockText, type DocumentModel } from '../model/document.ts';

/** A word an OCR engine misread, with digits or a bar among its letters (`NAT10NAL`, `REP0RT`, `Sma|l`). */
const OCR_WORD = /[\p{L}0-9|]*\p{L}[\p{L}0-9|]*/gu;
const OCR_DIGITS: Readonly<Record<string, string>> = { '0': 'o', '1': 'i', '5': 's', '|': 'l' };

/**
 * The line as it would read without OCR's digit-for-letter errors, or null when it has none: in a word
 * that has letters, `0` is o, `1` i, `5` s and `|` l. Kind signals are matched on the line and on this
 * reading both (a scanned report's `NAT10NAL REP0RT` is a national report), never on this reading alone:
 * a symbol such as `A/CONF.192/` must still match as written. Country names are read on the reading alone,
 * as no name holds a digit (classify/country.ts).
 */
function ocrReading(line: string): string | null {
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
