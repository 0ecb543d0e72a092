/**
 * The lexicons compiled once into regexes and maps, cached per language. Parsers ask for a language's
 * matchers here; nothing else builds a regex out of lexicon words.
 */
import { allLexicons, lexiconOf } from './registry.ts';
import type { BoundaryRule, CanonicalEntry, Language, Lexicon } from './types.ts';

/** Escapes a literal word for a regex; a space matches any run of white space. */
export function literal(word: string): string {
  return word.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&').replace(/\s+/g, '\\s+').replace(/[’']/g, "['’]");
}

/** Alternation of literal words, longest first so `more than` wins over `more`. */
export function alternation(words: readonly string[]): string {
  return [...new Set(words)]
    .sort((a, b) => b.length - a.length)
    .map(literal)
    .join('|');
}

/**
 * A regex source matching `inner` as a whole word under the language's boundary rule. A word edge
 * that is not a letter (`approx.`, `-`) needs no look-around on that side.
 */
export function bounded(inner: string, lexicon: Pick<Lexicon, 'boundary' | 'proclitics'>): string {
  if (lexicon.boundary === 'none') return `(?:${inner})`;
  return `${openBoundary(lexicon.boundary, lexicon.proclitics)}(?:${inner})(?![\\p{L}\\p{M}])`;
}

function openBoundary(rule: BoundaryRule, proclitics: readonly string[]): string {
  if (rule === 'none') return '';
  if (rule === 'letters') return '(?<![\\p{L}\\p{M}])';
  // Arabic: at a word start, or right after glued proclitics that themselves start a word.
  const glued = alternation(proclitics);
  return `(?<![\\p{L}\\p{M}])(?:(?:${glued})(?=\\p{L}))?`;
}

/** Case-folded key for lexicon maps: lower case, `’` as `'`. */
export function foldKey(word: string): string {
  return word.toLowerCase().replace(/’/g, "'").replace(/\s+/g, ' ').trim();
}

export interface QualifierMatch {
  /** The words as written. */
  written: string;
  entry: CanonicalEntry;
  /** Offset of `written` in the text searched. */
  index: number;
}

export interface LanguageMatchers {
  lexicon: Lexicon;
  /** Any run of number words (with joiners between), bounded; global. */
  numberWordRun: RegExp;
  /** The qualifier that ends `before` (the text up to a number); capture 1 is the qualifier. */
  qualifierAtEnd: RegExp;
  /** The qualifier after a number, right after it or after its noun; capture 1 is the qualifier. */
  qualifierAtStart: RegExp;
  qualifierBySurface: ReadonlyMap<string, CanonicalEntry>;
  qualifierAfterBySurface: ReadonlyMap<string, CanonicalEntry>;
  /** A false qualifier (phrasal verb) ending `before`. */
  falseQualifierAtEnd: RegExp | null;
  /** A scale word at the start of `after`; capture 1 is the word. */
  scaleAtStart: RegExp;
  scaleBySurface: ReadonlyMap<string, number>;
  unknownMarkers: ReadonlySet<string>;
  /** Any unknown marker inside running text (`their number is not known`), as whole words; global. */
  unknownMarkerPhrase: RegExp;
  emptyMarkers: ReadonlySet<string>;
  months: ReadonlyMap<string, number>;
  relativeYear: RegExp;
  relativeYears: ReadonlyMap<string, number>;
}

const cache = new Map<Language, LanguageMatchers>();

export function matchersOf(language: Language): LanguageMatchers {
  const cached = cache.get(language);
  if (cached) return cached;
  const built = compile(lexiconOf(language));
  cache.set(language, built);
  return built;
}

/**
 * Signs that hedge or bound the number after them in every language (`~300`, `≈300`, `>300`, `≥300`, `<300`, `≤300`):
 * qualifiers as the words are, so that such a count is approximate, never loaded as exact.
 */
const SIGN_QUALIFIERS: readonly CanonicalEntry[] = [
  { surface: '~', canonical: 'approximately' },
  { surface: '≈', canonical: 'approximately' },
  { surface: '>', canonical: 'more than' },
  { surface: '≥', canonical: 'at least' },
  { surface: '<', canonical: 'less than' },
  { surface: '≤', canonical: 'up to' },
];

function compile(lexicon: Lexicon): LanguageMatchers {
  const words = lexicon.numberWords;
  const numberSurfaces = [...Object.keys(words.values), ...Object.keys(words.smallMultipliers), ...Object.keys(words.largeMultipliers)];
  const joiners = words.joiners.length > 0 ? `(?:(?:${alternation(words.joiners)})[\\s-]+)?` : '';
  const gap = lexicon.boundary === 'none' ? '' : '[\\s-]+';
  const number = `(?:${alternation(numberSurfaces)})`;
  // Arabic joins with a glued `و` (`خمسة وعشرون`): the joiner may stand right before the next word.
  const arabicJoin = lexicon.boundary === 'proclitics' && words.joiners.length > 0 ? `(?:${alternation(words.joiners)})?` : '';
  const run = `${number}(?:${gap === '' ? '' : `${gap}${joiners}`}${arabicJoin}${number})*`;
  const numberWordRun = new RegExp(bounded(run, lexicon), 'giu');

  const qualifiersBefore = lexicon.qualifiersBefore.concat(SIGN_QUALIFIERS);
  const qualifierBySurface = new Map(qualifiersBefore.map((e) => [foldKey(e.surface), e]));
  const qualifierAfterBySurface = new Map(lexicon.qualifiersAfter.map((e) => [foldKey(e.surface), e]));
  const open = lexicon.boundary === 'none' ? '' : '(?:^|(?<![\\p{L}\\p{M}]))';
  const qualifierAtEnd = new RegExp(`${open}(${alternation(qualifiersBefore.map((e) => e.surface))})\\s*$`, 'iu');
  const qualifierAtStart =
    lexicon.qualifiersAfter.length === 0
      ? /(?!)/u
      : // The qualifier may follow the noun: `300 fusils environ`, `200 armas aproximadamente`, `300支左右`.
        new RegExp(
          `^\\s*${lexicon.boundary === 'none' ? '\\p{L}{0,2}?' : '(?:[\\p{L}\\p{M}]+\\s+){0,2}?'}(${alternation(lexicon.qualifiersAfter.map((e) => e.surface))})${lexicon.boundary === 'none' ? '' : '(?![\\p{L}\\p{M}])'}`,
          'iu',
        );
  const falseQualifierAtEnd =
    lexicon.falseQualifiers.length === 0 ? null : new RegExp(`${open}(?:${alternation(lexicon.falseQualifiers)})\\s*$`, 'iu');
  const scaleBySurface = new Map(Object.entries(lexicon.scaleWords).map(([w, v]) => [foldKey(w), v]));
  const scaleAtStart = new RegExp(`^\\s*(${alternation(Object.keys(lexicon.scaleWords))})${lexicon.boundary === 'none' ? '' : '(?![\\p{L}\\p{M}])'}`, 'iu');
  const months = new Map(Object.entries(lexicon.monthNames).map(([w, m]) => [foldKey(w), m]));
  const relativeYears = new Map(Object.entries(lexicon.relativeYears).map(([w, v]) => [foldKey(w), v]));
  const relativeYear = new RegExp(bounded(alternation(Object.keys(lexicon.relativeYears)), lexicon), 'iu');
  return {
    lexicon,
    numberWordRun,
    qualifierAtEnd,
    qualifierAtStart,
    qualifierBySurface,
    qualifierAfterBySurface,
    falseQualifierAtEnd,
    scaleAtStart,
    scaleBySurface,
    unknownMarkers: new Set(lexicon.unknownMarkers.map(foldKey)),
    unknownMarkerPhrase: unknownMarkerPhrase(lexicon),
    emptyMarkers: new Set(lexicon.emptyMarkers.map(foldKey)),
    months,
    relativeYear,
    relativeYears,
  };
}

/**
 * The unknown markers made of words, as one regex for running text: a marker without a letter (`؟`, `？`) is a
 * whole value's only, punctuation in prose.
 */
function unknownMarkerPhrase(lexicon: Lexicon): RegExp {
  const words = lexicon.unknownMarkers.filter((marker) => /\p{L}/u.test(marker));
  return words.length === 0 ? /(?!)/gu : new RegExp(bounded(alternation(words), lexicon), 'giu');
}

/** Month names of every registered language, folded -> month and the language that names it. */
let allMonths: { map: ReadonlyMap<string, { month: number; language: Language }>; source: string } | null = null;

export function monthsOfAllLanguages(): { map: ReadonlyMap<string, { month: number; language: Language }>; source: string } {
  if (allMonths) return allMonths;
  const map = new Map<string, { month: number; language: Language }>();
  for (const lexicon of allLexicons()) {
    for (const [word, month] of Object.entries(lexicon.monthNames)) if (!map.has(foldKey(word))) map.set(foldKey(word), { month, language: lexicon.language });
  }
  allMonths = { map, source: alternation([...map.keys()]) };
  return allMonths;
}

/** The Source/Date pair of a PoA page (lexicons' `sourceLines`), compiled over every language. */
export interface SourceLinePatterns {
  /** `Source :`, `Fuente::`, `Источник : :` at a line's start; capture 1 is what follows the colon(s). */
  sourceLabel: RegExp;
  /** `Date :`, `Fecha::`, `Дата :` at a line's start; capture 1 is what follows the colon(s). */
  dateLabel: RegExp;
  /** A word naming a report, anywhere in a text. */
  reportWord: RegExp;
  /** A person's title opening a text, before a name (`Mr. Kofi`, `Mme Aïssata`, `Sra. Ana`, `г-н Иванов`). */
  personTitleAtStart: RegExp;
  /**
   * The words of an attribution before its year (`National Report`, `国家报告`, `التقرير الوطني`), every language's,
   * as one regex source (no group, no boundary: the attribution's opening bracket stands before them).
   */
  attributionWords: string;
  /** Words joining two years of one attribution (`and`, `et`, `و`, `和`), every language's, as one regex source. */
  attributionYearJoiners: string;
  /** Words opening a lead-in attribution (`From the`, `Selon le`), every language's, as one regex source. */
  attributionLeadIns: string;
  /** Words before an attribution's year instead of a comma (`de`, `of`), every language's, as one regex source. */
  attributionYearPrepositions: string;
}

let sourceLines: SourceLinePatterns | null = null;

/** A phrase whose words may each end in `*` for the rest of the word (`Национальн* доклад*`). */
function stemPhrase(phrase: string): string {
  return phrase.trim().split(/\s+/u).map(stemSource).join('\\s+');
}

/** A word of a list where a final `*` stands for the rest of the word (`доклад*`). */
function stemSource(word: string): string {
  return word.endsWith('*') ? `${literal(word.slice(0, -1))}[\\p{L}\\p{M}]*` : literal(word);
}

/**
 * A list of every lexicon (`pick`), each language's words under its own word boundary, as one regex source; a
 * final `*` stands for the rest of the word. Empty (matching nothing) when no language has a word.
 */
export function wordsOfEveryLanguage(pick: (lexicon: Lexicon) => readonly string[]): string {
  const sources = allLexicons()
    .filter((lexicon) => pick(lexicon).length > 0)
    .map((lexicon) => bounded([...pick(lexicon)].sort((a, b) => b.length - a.length).map(stemPhrase).join('|'), lexicon));
  return sources.length === 0 ? '(?!)' : sources.join('|');
}

export function sourceLinePatterns(): SourceLinePatterns {
  if (sourceLines) return sourceLines;
  const lexicons = allLexicons();
  // Several colons, with or without spaces between (`Source::`, `Source : :`), are one label's colon; the full-width
  // colon is the colon of Chinese and Japanese text (`来源：`).
  const label = (words: readonly string[]) => new RegExp(`^\\s*(?:${alternation(words)})\\s*(?:[:：]\\s*)+(.*)$`, 'iu');
  const titles = lexicons.flatMap((lexicon) => lexicon.sourceLines.personTitles);
  sourceLines = {
    sourceLabel: label(lexicons.flatMap((lexicon) => lexicon.sourceLines.sourceLabels)),
    dateLabel: label(lexicons.flatMap((lexicon) => lexicon.sourceLines.dateLabels)),
    reportWord: new RegExp(wordsOfEveryLanguage((lexicon) => lexicon.sourceLines.reportWords), 'iu'),
    // Titles keep their case (`Ms` is a title, `ms` is not); the name after one starts with a capital, or
    // with a letter of a script without case (Arabic).
    personTitleAtStart: titles.length === 0 ? /(?!)/u : new RegExp(`^\\s*(?:${alternation(titles)})\\s+(?=\\p{Lu}|\\p{Lo})`, 'u'),
    // Longest first, so that `National Reports` is not cut to `National Report`.
    attributionWords: [...new Set(lexicons.flatMap((lexicon) => lexicon.sourceLines.attributionWords))]
      .sort((a, b) => b.length - a.length)
      .map(stemPhrase)
      .join('|'),
    attributionYearJoiners: alternation(lexicons.flatMap((lexicon) => lexicon.sourceLines.attributionYearJoiners)),
    attributionLeadIns: alternation(lexicons.flatMap((lexicon) => lexicon.sourceLines.attributionLeadIns)),
    attributionYearPrepositions: alternation(lexicons.flatMap((lexicon) => lexicon.sourceLines.attributionYearPrepositions)),
  };
  return sourceLines;
}
