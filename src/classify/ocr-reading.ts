/** A word an OCR engine misread, with digits or a bar among its letters (`NAT10NAL`, `REP0RT`, `Sma|l`). */
const OCR_WORD = /[\p{L}0-9|]*\p{L}[\p{L}0-9|]*/gu;
const OCR_DIGITS: Readonly<Record<string, string>> = { '0': 'o', '1': 'i', '5': 's', '|': 'l' };

/**
 * The line as it would read without OCR's digit-for-letter errors, or null when it has none: in a word
 * that has letters, `0` is o, `1` i, `5` s and `|` l. Signals are matched on the line and on this reading
 * both (a scanned report's `NAT10NAL REP0RT` is a national report), never on this reading alone: a symbol
 * such as `A/CONF.192/` must still match as written.
 */
export function ocrReading(line: string): string | null {
  const read = line.replace(OCR_WORD, (word) => (/[0-9|]/u.test(word) && /\p{L}{2}/u.test(word) ? word.replace(/[015|]/gu, (c) => OCR_DIGITS[c] ?? c) : word));
  return read === line ? null : read;
}
