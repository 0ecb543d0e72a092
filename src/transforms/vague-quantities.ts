/**
 * Words that speak of a number of things without giving it (`dozens`, `several`, `des dizaines`,
 * `decenas`, `десятки`), from every lexicon's `vagueQuantities`: a count written so is unknown (NULL,
 * never a guess), and a number beside such words is no total of them.
 */
import { bounded } from '../language/matchers.ts';
import { lexiconOf } from '../language/registry.ts';
import { LANGUAGES, type Language } from '../language/types.ts';
import type { TransformationStep } from '../model/transformations.ts';

/** Every language's vague quantity words, each as whole words under its language's boundary rule (matchers.ts `bounded`), as one alternation. */
export const VAGUE_QUANTITY = LANGUAGES.map(lexiconOf)
  .filter((lexicon) => lexicon.vagueQuantities.length > 0)
  .map((lexicon) => bounded(lexicon.vagueQuantities.join('|'), lexicon))
  .join('|');

/** Languages in the order a value's words are looked up: its own first, then every other. */
function lookupOrder(language: Language | null): readonly Language[] {
  return language === null ? LANGUAGES : [language, ...LANGUAGES.filter((l) => l !== language)];
}

const VALUE_PATTERNS = new Map<Language, ReadonlyArray<{ entry: string; pattern: RegExp }>>();

/** Per entry of `language`, a whole value opening with it, at most a few words (`of people`) after it; compiled once. */
function valuePatterns(language: Language): ReadonlyArray<{ entry: string; pattern: RegExp }> {
  let patterns = VALUE_PATTERNS.get(language);
  if (!patterns) {
    const lexicon = lexiconOf(language);
    patterns = lexicon.vagueQuantities.map((entry) => ({ entry, pattern: new RegExp(`^(${bounded(entry, lexicon)})(?:\\s*[\\p{L}\\p{M}'’-]+){0,4}[\\s.!]*$`, 'iu') }));
    VALUE_PATTERNS.set(language, patterns);
  }
  return patterns;
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
    for (const { entry, pattern } of valuePatterns(each)) {
      const match = pattern.exec(text);
      if (match) return { written: match[1] ?? text, entry, language: each };
    }
  }
  return null;
}

/** The step that records a count said only vaguely: `dozens` -> injuries NULL. */
export function vagueStep(column: string, vague: VagueQuantity): TransformationStep {
  return { column, source_words: vague.written, rule: 'quantity.vague', lexicon_entry: `vagueQuantities: ${vague.entry}`, language: vague.language, value: 'NULL' };
}
