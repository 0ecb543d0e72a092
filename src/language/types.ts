/**
 * The language layer: one module of data per language (src/language/lexicons/<code>.ts), each a
 * `Lexicon`. Parsers (src/transforms/) read words only through it, so adding a language is one data
 * file, one registry line and a corpus (tests/language/corpus/<code>.ts). No code lives here: the
 * regexes and maps are compiled once by `matchers.ts`.
 */

/** Languages a lexicon exists for: the six UN languages and the others states report in. */
export const LANGUAGES = ['en', 'fr', 'es', 'ru', 'ar', 'zh', 'pt'] as const;
export type Language = (typeof LANGUAGES)[number];

/**
 * Where a word of the language may start and end:
 * - `letters`: not next to another letter of any script (Latin, Cyrillic). JavaScript's `\b` knows
 *   only ASCII word characters, so `\bСГУ\b` never matches: a Unicode letter look-around is used instead.
 * - `none`: words are not separated (Chinese): a word matches anywhere.
 * - `proclitics`: letters around, except the glued proclitics of the lexicon (Arabic و ف ب ل ال).
 */
export type BoundaryRule = 'letters' | 'none' | 'proclitics';

/** A surface form with the canonical reading stored for it (`approx.` -> `approximately`). */
export interface CanonicalEntry {
  surface: string;
  canonical: string;
}

export interface KindSignal {
  words: string;
  weight: number;
  /** Counts only in a document's first lines (a title, not an attribution further down). */
  head?: boolean;
}

export interface NumberWords {
  /** Words that add their value (`seventeen` 17, `vingt` 20, `doscientos` 200, `триста` 300, `七` 7). */
  values: Readonly<Record<string, number>>;
  /** Words that multiply the words before them within the hundreds (`hundred`, `cent`, `十`, `百`). */
  smallMultipliers: Readonly<Record<string, number>>;
  /** Words that multiply everything before them (`thousand`, `mille`, `mil`, `тысяч`, `万`). */
  largeMultipliers: Readonly<Record<string, number>>;
  /** Words between number words that add nothing (`and`, `et`, `y`, `e`, `و`). */
  joiners: readonly string[];
  /**
   * Words that are a number only when a phrase is read as a whole count (`a`, `an`, `single`, `un`,
   * `une`, `no`): too often an article to be picked out of running text.
   */
  articles: Readonly<Record<string, number>>;
}

export interface Lexicon {
  language: Language;
  /** The script most of the language's letters are in (language guessing). */
  script: 'Latin' | 'Cyrillic' | 'Arabic' | 'Han';
  boundary: BoundaryRule;
  /** Prefixes glued to a word that do not change it (Arabic `و`, `ال`); empty for the others. */
  proclitics: readonly string[];
  /**
   * The decimal mark of the language's numbers. Where it is a comma (fr, es, pt, ru), a dot between
   * groups of three digits is a thousands separator (`9.607` = 9607); in English it is not.
   */
  decimalMark: '.' | ',';
  numberWords: NumberWords;
  /** Words after a number that scale it (`million` 1e6, `тыс.` 1000, `mil` 1000). */
  scaleWords: Readonly<Record<string, number>>;
  /** Words after a number that show it is no count of items (`years`, `tonnes`, `per cent`, `лет`). */
  unitWords: readonly string[];
  /** Words right before a four-digit number that make it a year (`in`, `since`, `depuis`, `в`). */
  yearLeads: readonly string[];
  /** Approximation words before a number (`approximately`, `около`, `environ`), with their canonical form. */
  qualifiersBefore: readonly CanonicalEntry[];
  /** Approximation words after a number (`or so`, `environ`, `aproximadamente`). */
  qualifiersAfter: readonly CanonicalEntry[];
  /**
   * Phrases that end in a qualifier word but are not one (`handed over` 300 rifles: a verb, not
   * "over 300"). Matched right before the number.
   */
  falseQualifiers: readonly string[];
  /**
   * Qualifiers that are one only after one of these words or at the start of a clause (`under`:
   * "destroyed under 300" hedges, "under Decree 300" does not).
   */
  qualifierContexts: Readonly<Record<string, readonly string[]>>;
  /** Words that open a range (`between`, `entre`, `от`) and join its ends (`and`, `to`, `à`, `до`, `-`). */
  rangeOpeners: readonly string[];
  rangeJoiners: readonly string[];
  /** A whole cell or value that says "not known": `unknown`, `inconnu`, `нет данных` (NULL, never 0). */
  unknownMarkers: readonly string[];
  /** A whole cell or value that says "none": `none`, `nil`, `aucun` (0 where the column is a count). */
  emptyMarkers: readonly string[];
  /** Month names and their abbreviations, every inflected form, lower case -> 1-12. */
  monthNames: Readonly<Record<string, number>>;
  /** Phrases naming a year relative to the report (`the past year` -1, `в прошлом году` -1). */
  relativeYears: Readonly<Record<string, number>>;
  /**
   * Words of page-number lines: `page` words before the number (`Page`, `Страница`, `الصفحة`, `第`),
   * `of` words between it and the page count (`of`, `sur`, `из`, `من`), `after` words (`页`).
   */
  pageFurniture: { page: readonly string[]; of: readonly string[]; after: readonly string[] };
  /**
   * Phrases that show what kind of document a text is, by kind (`amap_profile`, `poa_report`, ...),
   * each with its weight and whether it counts only in the first lines (a title).
   */
  kindSignals: Readonly<Record<string, readonly KindSignal[]>>;
  /** Section headings as written -> section topic code. */
  sectionHeadings: Readonly<Record<string, string>>;
  /** Names of languages as written in this language (`anglais` -> en), lower case. */
  languageNames: Readonly<Record<string, Language>>;
  /** Function words frequent in this language and rare in the others of its script (language guessing). */
  functionWords: readonly string[];
  /** Action words by action code (`seized`, `apreendidas`) used by count statements. */
  actions: Readonly<Record<string, readonly string[]>>;
  /** Weapon category words by category code (`pistols`, `pistolas`). */
  weaponCategories: Readonly<Record<string, readonly string[]>>;
  /** Words introducing the parts of a total (`of which`, `dont`, `das quais`). */
  partIntroducers: readonly string[];
}
