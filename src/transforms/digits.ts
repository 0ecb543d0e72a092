/**
 * Digits of other scripts as ASCII, for parsing only (the raw text is kept): the one reading every number,
 * year and date parser uses. A module of its own, reading no lexicon, so that the date parser (which the
 * classifier's code holds) does not bring the number words into the classifier's version.
 */

/** Arabic-Indic and full-width digits (`٣٠٠`, `３００`) as ASCII, one code unit for one (offsets stay valid); U+066B reads as a dot. */
export function asciiDigits(text: string): string {
  // Each of these digits is one code unit whose low four bits are its value (U+0660, U+06F0, U+FF10 are 0).
  return text.replace(/[\u0660-\u0669\u06F0-\u06F9\uFF10-\uFF19]/gu, (d) => String((d.codePointAt(0) ?? 0) & 0xf)).replace(/\u066b/gu, '.');
}
