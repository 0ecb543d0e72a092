/**
 * Digits of other scripts as ASCII, for parsing only (the raw text is kept): the one reading every number,
 * year and date parser uses. A module of its own, reading no lexicon, so that the date parser (which the
 * classifier's code holds) does not bring the number words into the classifier's version.
 */

/**
 * The value of a decimal digit of the Basic Multilingual Plane that is not ASCII (Arabic-Indic `٣`, Persian `۳`,
 * Devanagari `३`, Bengali `৩`, Thai `๓`, Myanmar `၃`, full-width `３`, ...). Unicode writes each script's digits as a
 * run of ten from its zero, runs of several scripts sometimes side by side: a digit's value is its distance from
 * the start of its run of digits (the `\p{Nd}` code units before it), modulo ten. Worked out once per digit.
 */
const digitValues = new Map<number, number>();
const IS_DIGIT = /^\p{Nd}$/u;
function digitValue(unit: number): number {
  const known = digitValues.get(unit);
  if (known !== undefined) return known;
  let start = unit;
  while (start > 0 && IS_DIGIT.test(String.fromCharCode(start - 1))) start--;
  const value = (unit - start) % 10;
  digitValues.set(unit, value);
  return value;
}

/** Any decimal digit but ASCII's, of the Basic Multilingual Plane (one code unit each). */
const NON_ASCII_DIGIT = /(?![0-9])\p{Nd}/gu;

/**
 * Digits of every script (`٣٠٠`, `۳۰۰`, `३००`, `３００`) as ASCII, one code unit for one (offsets stay valid);
 * U+066B (the Arabic decimal separator) reads as a dot. Digits outside the Basic Multilingual Plane (two code
 * units each) are left as they are: read as no digits, never as other ones.
 */
export function asciiDigits(text: string): string {
  return text.replace(NON_ASCII_DIGIT, (d) => (d.length === 1 ? String(digitValue(d.charCodeAt(0))) : d)).replace(/\u066b/gu, '.');
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
