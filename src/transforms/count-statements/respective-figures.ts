/**
 * Figures given "respectively": "the police seized 120 and 45 firearms in 2021 and 2022 respectively", "300 et 410
 * armes ont été détruites en 2021 et 2022 respectivement", "изъято 120 и 45 единиц оружия в 2021 и 2022 годах
 * соответственно".
 *
 * Each number of such a list belongs to the item of the same rank in the other list, so no number of it is the count
 * of the whole sentence (the ordinary reader, which reads `45 firearms` as one count, loaded 45 for both years). When
 * the other list is of years, as many as the numbers, each number is the statement of its year (index.ts builds
 * them). When it is of anything else (places, agencies, operations) or does not pair, the numbers cannot be told
 * apart as the country's statements: none is loaded, and a warning says why (issues.ts).
 */
import type { Language } from '../../language/types.ts';
import { asciiDigits, findIntegerTokens, type NumberToken } from '../quantity.ts';
import { matchWeaponCategory } from '../categories.ts';
import { NUMBER_LIST_GAP, RESPECTIVELY, YEAR_LIST_GAP } from './compile.ts';
import type { Range } from './types.ts';
import { yearTokenOffsets } from './years.ts';

/** A number of the list, at its offset in the unit's text. */
export interface ListedFigure {
  value: number;
  raw: string;
  separator: string | null;
  /** Offset in the unit's text. */
  numberStart: number;
}

/** A year of the other list, at its offset in the unit's text. */
export interface ListedYear {
  year: number;
  raw: string;
  start: number;
}

export interface RespectiveList {
  /** The numbers, in order. */
  figures: ListedFigure[];
  /** The years they pair with, one for each number, or null when the other list is not one of as many years. */
  years: ListedYear[] | null;
  /** The "respectively" word as written. */
  word: string;
}

/** A number at `token` of a sentence starting at `base`, in the unit's offsets. */
const figureAt = (token: NumberToken, base: number): ListedFigure => ({ value: token.value, raw: token.raw, separator: token.separator, numberStart: base + token.index });

/**
 * The gap between two numbers of a list: a comma or an "and", maybe after the first number's weapon words (`120
 * pistols and 45 rifles`).
 */
function listGap(gap: string): boolean {
  if (NUMBER_LIST_GAP.test(gap)) return true;
  const weapons = matchWeaponCategory(gap);
  return weapons !== null && /^\s*$/u.test(gap.slice(0, weapons.index)) && NUMBER_LIST_GAP.test(gap.slice(weapons.index + weapons.raw.length));
}

/** Runs of tokens in which each follows the one before across a gap that `joins` accepts. */
function runs(tokens: readonly NumberToken[], text: string, joins: (gap: string) => boolean): NumberToken[][] {
  const found: NumberToken[][] = [];
  let current: NumberToken[] = [];
  for (const token of tokens) {
    const last = current[current.length - 1];
    if (last && joins(text.slice(last.index + last.raw.length, token.index))) {
      current.push(token);
      continue;
    }
    if (current.length > 1) found.push(current);
    current = [token];
  }
  if (current.length > 1) found.push(current);
  return found;
}

/**
 * The respective list of the sentence `range` of `text`, if it has a "respectively" word and a list of two numbers
 * or more that are not years. Null otherwise: "respectively" then pairs something else (`120 pistols and 45 rifles
 * were seized by the police and customs respectively` has no list of bare numbers only when its weapons split them,
 * which `listGap` allows), and the ordinary reader reads the sentence.
 */
export function findRespectiveList(text: string, range: Range, language: Language | null): RespectiveList | null {
  const sentence = text.slice(range.start, range.end);
  const word = RESPECTIVELY.exec(sentence);
  if (!word) return null;
  const tokens = findIntegerTokens(sentence, language);
  const yearOffsets = yearTokenOffsets(sentence, 0);
  const isYear = (t: NumberToken): boolean => yearOffsets.has(t.index) || /^(?:19|20)\d{2}$/u.test(asciiDigits(t.raw));
  const numbers = runs(
    tokens.filter((t) => !isYear(t)),
    sentence,
    listGap,
  );
  const list = numbers[0];
  if (!list || numbers.length > 1) return numbers.length > 1 ? { figures: numbers.flat().map((t) => figureAt(t, range.start)), years: null, word: word[0] } : null;
  const figures = list.map((t) => figureAt(t, range.start));
  const yearRuns = runs(tokens.filter(isYear), sentence, (gap) => YEAR_LIST_GAP.test(gap));
  const pairing = yearRuns.filter((run) => run.length === list.length && new Set(run.map((t) => asciiDigits(t.raw))).size === run.length);
  const years = pairing.length === 1 && pairing[0] ? pairing[0].map((t) => ({ year: Number(asciiDigits(t.raw)), raw: t.raw, start: range.start + t.index })) : null;
  return { figures, years, word: word[0] };
}
