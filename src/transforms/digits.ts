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

/**
 * The spaces that documents put between groups of thousands besides the plain space: no-break (U+00A0),
 * narrow no-break (U+202F, French typography), figure (U+2007, as wide as a digit), punctuation (U+2008),
 * thin (U+2009) and hair (U+200A). Every reader of numbers, years and table rows takes its character
 * class from here, so that `2 310` written with any of them is 2310 wherever it is read (a PoA page's
 * thin-space `2 310` was once loaded as 310). The characters themselves, to go inside a `[...]` class.
 */
export const GROUP_SPACES = '\u00a0\u202f\u2007\u2008\u2009\u200a';
/**
 * Every space but the plain one (the Unicode space separators: the group spaces, the em and en spaces,
 * U+205F, U+3000...). Between two digits such a space glues them into one written number: a number
 * it glues that cannot be read whole is read as nothing, never as its tail digits.
 */
export const GLUING_SPACES = '\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000';
