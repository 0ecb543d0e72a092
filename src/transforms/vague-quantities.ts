/**
 * Words that speak of a number of things without giving it (`dozens`, `several`, `des dizaines`,
 * `decenas`, `десятки`), from every lexicon's `vagueQuantities`: a count written so is unknown (NULL,
 * never a guess), and a number beside such words is no total of them.
 */
import { lexiconOf } from '../language/registry.ts';
import { LANGUAGES, type Language } from '../language/types.ts';
import type { TransformationStep } from '../model/transformations.ts';

/** Each fragment as a whole phrase (no letter right before or after it); Han script has no spaces between words. */
function wholePhrase(fragment: string): string {
  return /\p{Script=Han}/u.test(fragment) ? `(?:${fragment})` : `(?<![\\p{L}\\p{M}])(?:${fragment})(?![\\p{L}\\p{M}])`;
}

/** Every language's vague quantity words as one alternation of whole phrases, for the matchers that read them in any language. */
export const VAGUE_QUANTITY = LANGUAGES.flatMap((language) => lexiconOf(language).vagueQuantities)
  .map(wholePhrase)
  .join('|');

/** Languages in the order a value's words are looked up: its own first, then every other. */
function lookupOrder(language: Language | null): readonly Language[] {
  return language === null ? LANGUAGES : [language, ...LANGUAGES.filter((l) => l !== language)];
}

export interface VagueQuantity {
  /** The vague words as written. */
  written: string;
  /** The lexicon entry that matched them. */
  entry: string;
  language: Language;
}

/**
 * The vague quantity a whole value is (`dozens`, `Several`, `des dizaines de blessés`, `десятки`), or
 * null: the value holds no digit and opens with a vague quantity, at most a few words (`of people`) after it.
 */
export function readVagueQuantity(raw: string, language: Language | null = null): VagueQuantity | null {
  const text = raw.trim();
  if (text === '' || /\d/u.test(text)) return null;
  for (const each of lookupOrder(language)) {
    for (const entry of lexiconOf(each).vagueQuantities) {
      const match = new RegExp(`^(${wholePhrase(entry)})(?:\\s*[\\p{L}\\p{M}'’-]+){0,4}[\\s.!]*$`, 'iu').exec(text);
      if (match) return { written: match[1] ?? text, entry, language: each };
    }
  }
  return null;
}

/** The step that records a count said only vaguely: `dozens` -> injuries NULL. */
export function vagueStep(column: string, vague: VagueQuantity): TransformationStep {
  return { column, source_words: vague.written, rule: 'quantity.vague', lexicon_entry: `vagueQuantities: ${vague.entry}`, language: vague.language, value: 'NULL' };
}
