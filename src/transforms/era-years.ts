/**
 * Years of another calendar written beside the Gregorian one: a Thai report's Buddhist-era `2564 (2021)`, an
 * Arab one's Hijri `1442 (2021)`. The Gregorian year is the year of the facts; the other one is never read as a
 * year, nor as a count. Only a pair that agrees is read: Buddhist era = Gregorian + 543 (exact, the Thai year has
 * begun on 1 January since 1941), a Hijri year overlaps the Gregorian year of about H × 32 / 33 + 622 or the
 * one after it (lunar years: a Hijri year runs over two Gregorian ones).
 */
import { asciiDigits } from './digits.ts';

/** Which calendar a year written beside a Gregorian one belongs to, or null when the two do not agree. */
export function eraOf(other: number, gregorian: number): 'buddhist-era' | 'hijri' | null {
  if (other - 543 === gregorian) return 'buddhist-era';
  const start = Math.floor((other * 32) / 33 + 622);
  return gregorian === start || gregorian === start + 1 ? 'hijri' : null;
}

/** `2564 (2021)` or `2021 (2564)`: four digits, then four in brackets. */
const PAIRED_YEARS = /^(\d{4})\s*[(（]\s*(\d{4})\s*[)）]$/u;
const GREGORIAN = /^(?:19|20)\d{2}$/u;

/**
 * The Gregorian year of a cell that writes a year in two calendars (`2564 (2021)`, `2021 (2564)`, `١٤٤٢ (2021)`),
 * with the other calendar's name; null for any other cell, or for two years that do not agree.
 */
export function gregorianOfPair(cell: string): { year: number; era: 'buddhist-era' | 'hijri' } | null {
  const m = PAIRED_YEARS.exec(asciiDigits(cell.trim()));
  if (!m?.[1] || !m[2]) return null;
  const [first, second] = [m[1], m[2]];
  const [gregorian, other] = GREGORIAN.test(second) && !GREGORIAN.test(first) ? [second, first] : GREGORIAN.test(first) && !GREGORIAN.test(second) ? [first, second] : [null, null];
  if (gregorian === null || other === null) return null;
  const era = eraOf(Number(other), Number(gregorian));
  return era === null ? null : { year: Number(gregorian), era };
}

/** An abbreviation of capitals with points (`B.E.`, `A.H.`): the mark of a calendar, no sentence's end. */
const ERA_MARK = String.raw`(?:\p{Lu}\.){1,3}\s?`;
/** `B.E. 2565 (2022)`: the other calendar's year (its mark maybe before it), then the Gregorian one in brackets. */
const OTHER_THEN_GREGORIAN = new RegExp(String.raw`(?<![\p{L}\p{N}.,])(${ERA_MARK})?(\p{N}{4})(\s*[(（]\s*)((?:19|20)\d{2})\s*[)）]`, 'gu');
/** `26 June 2023 (B.E. 2566)`, `2022 (1443 H)`: the Gregorian year, then the other calendar's in brackets. */
const GREGORIAN_THEN_OTHER = new RegExp(String.raw`(?<![\p{N}.,])((?:19|20)\d{2})\s*[(（]\s*(?:${ERA_MARK})?(\p{N}{4})(?:\s*\p{Lu}\.?){0,2}\s*[)）]`, 'gu');

/**
 * `text` with the year of another calendar that stands beside a Gregorian year it agrees with (eraOf) blanked, its
 * mark and brackets too, so that only the Gregorian year is read (`In B.E. 2565 (2022), 214 firearms` is read as
 * `In 2022, 214 firearms`; the points of `B.E.` end no sentence). Same length: every offset stays the text's.
 */
export function withoutEraYears(text: string): string {
  // Every pair is written with a bracket: a text without one (most sentences) holds none.
  if (!text.includes('(') && !text.includes('（')) return text;
  const blank = (s: string) => s.replace(/[^\n]/gu, ' ');
  return text
    .replace(OTHER_THEN_GREGORIAN, (whole, mark: string | undefined, other: string, open: string, gregorian: string) =>
      eraOf(Number(asciiDigits(other)), Number(gregorian)) === null ? whole : `${blank(`${mark ?? ''}${other}${open}`)}${gregorian}${blank(whole.slice((mark ?? '').length + other.length + open.length + gregorian.length))}`,
    )
    .replace(GREGORIAN_THEN_OTHER, (whole, gregorian: string, other: string) =>
      eraOf(Number(asciiDigits(other)), Number(gregorian)) === null ? whole : `${gregorian}${blank(whole.slice(gregorian.length))}`,
    );
}
