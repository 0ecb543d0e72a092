/**
 * The words of ammunition country profiles from every language's lexicon (`ammunitionProfile` sections),
 * in registry order. Every language's words are tried on every page: a profile's language is not always
 * known, and its tables may be headed in another language than its prose.
 */
import { bounded } from '../../language/matchers.ts';
import { allLexicons } from '../../language/registry.ts';
import type { AmmunitionProfileWords } from '../../language/types.ts';

const SECTIONS: readonly AmmunitionProfileWords[] = allLexicons().map((lexicon) => lexicon.ammunitionProfile);

/** The entries `pick` chooses, of every language. */
export function profileWords(pick: (words: AmmunitionProfileWords) => readonly string[]): string[] {
  return SECTIONS.flatMap(pick);
}

/** The regex fragments `pick` chooses, of every language, as one alternation. */
export function anyProfileWord(pick: (words: AmmunitionProfileWords) => readonly string[]): string {
  return profileWords(pick).join('|');
}

/**
 * The regex fragments `pick` chooses, each language's as whole words under that language's boundary rule
 * (matchers.ts `bounded`: letters around them, Arabic's glued proclitics, none in Han script), as one alternation.
 */
export function anyProfilePhrase(pick: (words: AmmunitionProfileWords) => readonly string[]): string {
  return allLexicons()
    .filter((lexicon) => pick(lexicon.ammunitionProfile).length > 0)
    .map((lexicon) => bounded(pick(lexicon.ammunitionProfile).join('|'), lexicon))
    .join('|');
}
