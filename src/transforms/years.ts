/**
 * Years a text names relative to its own date: "the past year", "в прошлом году", "l'année dernière",
 * "el año pasado", "no ano passado" (-1), "this year" (0). The words come from the lexicons.
 */
import { foldKey, matchersOf } from '../language/matchers.ts';
import { LANGUAGES, type Language } from '../language/types.ts';
import type { TransformationStep } from '../model/transformations.ts';

export interface RelativeYear {
  /** The words as written. */
  written: string;
  /** Years from the reference year (-1 = the year before). */
  offset: number;
  language: Language;
  /** Offset of `written` in the text searched. */
  index: number;
}

/** The first relative-year phrase in `text`, in `language` (null: any registered language, earliest wins). */
export function findRelativeYear(text: string, language: Language | null = null): RelativeYear | null {
  let best: RelativeYear | null = null;
  for (const each of language === null ? LANGUAGES : [language]) {
    const m = matchersOf(each);
    const hit = m.relativeYear.exec(text);
    if (!hit) continue;
    const offset = m.relativeYears.get(foldKey(hit[0]));
    if (offset === undefined) continue;
    if (best === null || hit.index < best.index) best = { written: hit[0], offset, language: each, index: hit.index };
  }
  return best;
}

/** The step that records a year inferred from a relative phrase and the reference year. */
export function relativeYearStep(column: string, found: RelativeYear, referenceYear: number): TransformationStep {
  return {
    column,
    source_words: found.written,
    rule: 'year.relative',
    lexicon_entry: `relativeYears: ${foldKey(found.written)}`,
    language: found.language,
    value: String(referenceYear + found.offset),
  };
}
