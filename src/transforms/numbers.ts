/**
 * The number API of callers that do not pass a language (count statements, the year tables of
 * national reports, the analyst layer): thin wrappers over the language-aware parsers in
 * `quantity.ts`, `unknown.ts` and the lexicons. New code calls those directly with the document's
 * language; these keep the old names working until every caller does.
 */
import { LANGUAGES } from '../language/types.ts';
import { matchersOf } from '../language/matchers.ts';
import { findIntegerTokens, findNumberWordTokens, parseIntegerToken, parseNumberPhrase, qualifierBefore, type NumberToken } from './quantity.ts';
import { isUnknownMarker } from './unknown.ts';

export { asciiDigits, describeSeparator } from './quantity.ts';

export type ParsedInteger = NumberToken;

/** Parses a token that is a whole integer (`9,607`, `1’300`, `3 200`, `9.607`); null otherwise. */
export function parseInteger(raw: string): number | null {
  return parseIntegerToken(raw, null);
}

/** Every integer in `text`, in order, with its offset (any separator, the dot included). */
export function findIntegers(text: string): ParsedInteger[] {
  return findIntegerTokens(text, null);
}

/**
 * English number words as a whole phrase (`four`, `twenty-one`, `two hundred and five`, `a`, `no`).
 * Null for anything that is not a number word ("numerous", "several": unknown, not a guess).
 */
export function parseNumberWords(raw: string): number | null {
  return parseNumberPhrase(raw, 'en', { articles: true })?.value ?? null;
}

/** English number words in running text, in order: "four machine guns" -> 4, "seventeen rifles" -> 17. */
export function findNumberWords(text: string): ParsedInteger[] {
  return findNumberWordTokens(text, 'en');
}

/** Approximation words of every language, longest first (as written in the lexicons). */
export const APPROX_QUALIFIERS: readonly string[] = [
  ...new Set(LANGUAGES.flatMap((language) => matchersOf(language).lexicon.qualifiersBefore.map((entry) => entry.surface))),
].sort((a, b) => b.length - a.length);

/** A value that says "not known" in any language (`N/A`, `unknown`, `inconnu`, `нет данных`, a dash). */
export function isUnknownValue(raw: string): boolean {
  return isUnknownMarker(raw, null);
}

/**
 * The approximation word right before a number, lower-cased as written (`some`, `more than`, `около`),
 * in any language, or null. "handed over 300" is a verb, not "over 300".
 */
export function approxQualifierBefore(before: string): string | null {
  return qualifierBefore(before, null)?.written.toLowerCase() ?? null;
}
