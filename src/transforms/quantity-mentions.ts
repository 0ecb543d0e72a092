/**
 * The numbers a sentence or a cell gives as counts, in the document's language, each with its
 * qualifier, and with the numbers that are no count of items set apart: a range (`200–300`,
 * `between 200 and 300`), a number with a scale word (`2 million`, `1,5 тыс.`), a year, a unit
 * (`7 mm`, `3 years`). Every reading carries the steps that made it.
 */
import { alternation, matchersOf } from '../language/matchers.ts';
import { LANGUAGES, type Language } from '../language/types.ts';
import type { TransformationStep } from '../model/transformations.ts';
import {
  findDotGroupedNumbers,
  findIntegerTokens,
  findNumberWordTokens,
  numberStep,
  parseIntegerToken,
  parseNumberPhrase,
  qualifierAfter,
  qualifierBefore,
  qualifierStep,
  type NumberToken,
  type QualifierReading,
} from './quantity.ts';
import { emptyStep, readEmptyMarker, readUnknownMarker, unknownStep, type UnknownMarker } from './unknown.ts';

export interface QuantityMention {
  /** The count, or null when the number is part of a range or carries a scale word. */
  value: number | null;
  /** The number as written. */
  raw: string;
  index: number;
  qualifier: QualifierReading | null;
  /** Why the number is no single count, with the words that show it (`ambiguous`: `9.607` in English, `why` says so). */
  notACount: { reason: 'range' | 'scale' | 'ambiguous'; words: string; why?: string } | null;
  steps: TransformationStep[];
}

/** Signs after a number that make it a measure, whatever the language. */
const UNIT_SIGNS = /^\s*(?:mm|cm|km|m|kg|g|t|%)(?![\p{L}\p{M}])/iu;

interface LanguageRules {
  unitAfter: RegExp;
  yearLead: RegExp;
  scaleAfter: RegExp;
  decimalScale: RegExp;
  rangeGap: RegExp;
}

const rulesCache = new Map<string, LanguageRules>();

/** The language's rules, or the union of every language's for a null language. */
function rulesOf(language: Language | null): LanguageRules {
  const key = language ?? '*';
  const cached = rulesCache.get(key);
  if (cached) return cached;
  const lexicons = (language === null ? LANGUAGES : [language]).map((l) => matchersOf(l).lexicon);
  const units = lexicons.flatMap((l) => [...l.unitWords, ...l.percentWords, ...Object.keys(l.monthNames)]);
  const leads = lexicons.flatMap((l) => l.yearLeads);
  const scales = lexicons.flatMap((l) => Object.keys(l.scaleWords));
  const joinerWords = lexicons.flatMap((l) => l.rangeJoiners.filter((j) => /\p{L}/u.test(j)));
  const joinerSigns = lexicons.flatMap((l) => l.rangeJoiners.filter((j) => !/\p{L}/u.test(j)));
  const end = '(?![\\p{L}\\p{M}])';
  const rules: LanguageRules = {
    unitAfter: new RegExp(`^\\s*(?:${alternation(units)})${end}`, 'iu'),
    yearLead: new RegExp(`(?:(?<![\\p{L}\\p{M}])(?:${alternation(leads)})\\s+|^\\s*)$`, 'iu'),
    scaleAfter: new RegExp(`^\\s*(?:${alternation(scales)})(?![\\p{L}\\p{M}])`, 'iu'),
    decimalScale: new RegExp(`(?<![\\d.,])\\d+[.,]\\d+\\s*(?:${alternation(scales)})(?![\\p{L}\\p{M}])`, 'giu'),
    rangeGap: new RegExp(`^(?:\\s+(?:${alternation(joinerWords)})\\s+|\\s*(?:${alternation(joinerSigns)})\\s*)$`, 'iu'),
  };
  rulesCache.set(key, rules);
  return rules;
}

/** True when a digit token is a year or a measure rather than a count. */
function isYearOrMeasure(token: NumberToken, before: string, after: string, rules: LanguageRules): boolean {
  if (UNIT_SIGNS.test(after) || rules.unitAfter.test(after)) return true;
  if (token.entries) return false;
  // The second half of a decimal (`7.62`) or a number run on from a digit.
  if (/\d\s*$/u.test(before) || /\d[.,]$/u.test(before)) return true;
  const yearLike = token.separator === null && token.value >= 1900 && token.value <= 2099;
  return yearLike && (rules.yearLead.test(before) || /^\s*[,)]/u.test(after));
}

/**
 * Every number in `text` that may be a count, in order, read in `language` (null: every language's
 * qualifiers and units, as callers that do not know the language did). Number words are read in
 * `wordLanguage` (by default the language; none when null).
 *
 * @example findQuantityMentions('Some 90 rifles and 200–300 rounds', 'en')
 *   // [{ value: 90, qualifier: some, ... }, { value: null, notACount: range '200–300' }, { value: null, ... }]
 */
export function findQuantityMentions(text: string, language: Language | null, column = 'quantity', wordLanguage: Language | null = language): QuantityMention[] {
  const rules = rulesOf(language);
  const words = wordLanguage === null ? [] : findNumberWordTokens(text, wordLanguage);
  const tokens = [...findIntegerTokens(text, language), ...words].sort((a, b) => a.index - b.index);
  const mentions: QuantityMention[] = [];
  for (const scaled of text.matchAll(rules.decimalScale)) {
    mentions.push({ value: null, raw: scaled[0], index: scaled.index ?? 0, qualifier: null, notACount: { reason: 'scale', words: scaled[0] }, steps: [] });
  }
  // `9.607` where the dot is the decimal mark: no integer token is read in it; say so rather than skip it.
  for (const ambiguous of findDotGroupedNumbers(text, language)) {
    if (mentions.some((m) => ambiguous.index >= m.index && ambiguous.index < m.index + m.raw.length)) continue;
    mentions.push({ value: null, raw: ambiguous.raw, index: ambiguous.index, qualifier: null, notACount: { reason: 'ambiguous', words: ambiguous.raw, why: ambiguous.reason }, steps: [] });
  }
  let previous: NumberToken | null = null;
  for (const token of tokens) {
    const before = text.slice(0, token.index);
    const after = text.slice(token.index + token.raw.length);
    const prior = previous;
    previous = token;
    if (mentions.some((m) => m.notACount?.reason === 'scale' && token.index >= m.index && token.index < m.index + m.raw.length)) continue;
    if (isYearOrMeasure(token, before, after, rules)) continue;
    const hedgeBefore = qualifierBefore(before, language);
    const hedgeAfter = hedgeBefore || language === null ? null : qualifierAfter(after, language);
    const qualifier = hedgeBefore ?? hedgeAfter;
    const scale = rules.scaleAfter.exec(after);
    const gap = prior ? text.slice(prior.index + prior.raw.length, token.index) : null;
    const range = prior && gap !== null && rules.rangeGap.test(gap);
    if (range && prior) {
      const words = text.slice(prior.index, token.index + token.raw.length);
      const first = mentions.find((m) => m.index === prior.index);
      if (first) {
        first.value = null;
        first.notACount = { reason: 'range', words };
        first.steps = [];
      }
      mentions.push({ value: null, raw: token.raw, index: token.index, qualifier, notACount: { reason: 'range', words }, steps: [] });
      continue;
    }
    if (scale) {
      mentions.push({ value: null, raw: token.raw, index: token.index, qualifier, notACount: { reason: 'scale', words: `${token.raw}${scale[0]}` }, steps: [] });
      continue;
    }
    const steps: TransformationStep[] = [];
    const read = numberStep(column, token, token.entries ? wordLanguage : language);
    if (read) steps.push(read);
    if (qualifier) steps.push(qualifierStep(column, qualifier, hedgeBefore ? 'before' : 'after'));
    mentions.push({ value: token.value, raw: token.raw, index: token.index, qualifier, notACount: null, steps });
  }
  return mentions.sort((a, b) => a.index - b.index);
}

export interface CountCell {
  /** The count, or null when the cell says "unknown" or its number is ambiguous. */
  value: number | null;
  unknown: UnknownMarker | null;
  /** Why the cell's number is not read (`'9.607' is not a whole count in English ...`). */
  ambiguous?: string;
  steps: TransformationStep[];
}

/**
 * A table cell that holds one count: `9,607`, `1’300`, `Treize`, `N/A` (NULL, with the step that says
 * why). Null when the cell is not a count at all (the caller reports it).
 */
export function readCountCell(raw: string, language: Language | null, column: string): CountCell | null {
  const text = raw.trim();
  const unknown = readUnknownMarker(text, language);
  if (unknown) return { value: null, unknown, steps: [unknownStep(column, unknown)] };
  const none = readEmptyMarker(text, language);
  if (none) return { value: 0, unknown: null, steps: [emptyStep(column, none)] };
  const value = parseIntegerToken(text, language);
  if (value === null && language !== null) {
    const [ambiguous] = findDotGroupedNumbers(text, language);
    if (ambiguous && ambiguous.raw === text) return { value: null, unknown: null, ambiguous: ambiguous.reason, steps: [] };
  }
  if (value !== null) {
    const step = numberStep(column, findIntegerTokens(text, language)[0] ?? { value, raw: text, separator: null, index: 0 }, language);
    return { value, unknown: null, steps: step ? [step] : [] };
  }
  if (language === null) return null;
  const phrase = parseNumberPhrase(text, language, { articles: true });
  if (phrase === null) return null;
  const step = numberStep(column, { value: phrase.value, raw: text, separator: null, index: 0, entries: phrase.entries }, language);
  return { value: phrase.value, unknown: null, steps: step ? [step] : [] };
}
