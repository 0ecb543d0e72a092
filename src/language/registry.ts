/**
 * Every language the parsers can read: one line per language. Adding a language is a lexicon file
 * (lexicons/<code>.ts), a line here, the code in `LANGUAGES` (types.ts) and a corpus
 * (tests/language/corpus/<code>.ts); the corpus test fails for a registered language without one.
 */
import { ar } from './lexicons/ar.ts';
import { en } from './lexicons/en.ts';
import { es } from './lexicons/es.ts';
import { fr } from './lexicons/fr.ts';
import { pt } from './lexicons/pt.ts';
import { ru } from './lexicons/ru.ts';
import { zh } from './lexicons/zh.ts';
import { LANGUAGES, type Language, type Lexicon } from './types.ts';

export const LEXICONS: Readonly<Record<Language, Lexicon>> = {
  en,
  fr,
  es,
  ru,
  ar,
  zh,
  pt,
};

export function lexiconOf(language: Language): Lexicon {
  return LEXICONS[language];
}

/** The language code for an ISO 639-1 tag (`pt-BR` -> pt), or null when no lexicon exists for it. */
export function asLanguage(tag: string | null | undefined): Language | null {
  const code = tag?.trim().toLowerCase().slice(0, 2) ?? '';
  return (LANGUAGES as readonly string[]).includes(code) ? (code as Language) : null;
}

export function allLexicons(): Lexicon[] {
  return LANGUAGES.map((language) => LEXICONS[language]);
}
