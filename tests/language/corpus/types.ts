/**
 * A language's corpus: surface forms with the reading each must give (as Duckling's per-language
 * corpora do). tests/language/corpus.test.ts runs every registered language's corpus.
 */
export interface QuantityExpectation {
  /** The first count the text gives, or null when its first number is no count (a range, a scale word). */
  value: number | null;
  /** The canonical qualifier, or null for an exact count. */
  qualifier: string | null;
}

/** What a count statement in the language must read (report year 2020). */
export interface CountStatementExpectation {
  year: number | null;
  year_basis: 'stated' | 'inferred' | null;
  action: string;
  agency: string | null;
  total: number | null;
  components_sum: number | null;
  /** The weapon counts as `category quantity` (`~` before an approximate one), in order. */
  counts: string[];
}

export interface Corpus {
  /** Count statements: one unit of prose -> the first statement read from it, or null when it has none. */
  countStatements: Array<[string, CountStatementExpectation | null]>;
  /** Number-word phrases read as a whole (articles allowed) -> value. */
  numberWords: Array<[string, number]>;
  /** Sentences -> the first quantity mention in them. */
  quantities: Array<[string, QuantityExpectation]>;
  /** Whole cells -> count (`9.607`, `1 300`), or null when the cell is not one count in this language. */
  cells: Array<[string, number | null]>;
  unknownMarkers: string[];
  /** Cells that must not read as unknown. */
  notUnknown: string[];
  /** Written dates -> ISO date. */
  dates: Array<[string, string]>;
  /** Texts -> the relative year offset found in them (null: none). */
  relativeYears: Array<[string, number | null]>;
  /** The words after a number -> the weapon category they name, or null (no weapons, or a generic noun qualified beyond the vocabulary). */
  categories: Array<[string, string | null]>;
  /** Names of public bodies -> agency code. */
  agencies: Array<[string, string]>;
  /** Section headings as written (numbering, typos, compounds) -> topic (PoA family). */
  headings: Array<[string, string]>;
  /** Short documents (lines joined by \n) -> the kind their signals give, or null. */
  kinds: Array<[string, string | null]>;
}
