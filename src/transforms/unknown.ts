/**
 * Words and signs a cell or value uses for "not known" (`N/A`, `unknown`, `inconnu`, `desconocido`,
 * `нет данных`, `desconhecido`, a lone dash): the caller stores NULL, never 0, and records the step.
 * A dash is read as unknown, not as zero: some tables mean zero by it, and NULL is the safe reading.
 */
import { foldKey, matchersOf } from '../language/matchers.ts';
import { LANGUAGES, type Language } from '../language/types.ts';
import type { TransformationStep } from '../model/transformations.ts';

export interface UnknownMarker {
  /** The marker as written (trimmed). */
  written: string;
  /** The language whose lexicon lists it (the first one, for signs every language uses). */
  language: Language;
}

/**
 * Signs of "not known" every language writes alike: a lone dash of any length, a question mark, and the
 * statistical tables' dots (`..`, `...`, `…`: figure not available, as UN tables write it).
 */
const SIGNS_OF_UNKNOWN: ReadonlySet<string> = new Set(['-', '–', '—', '?', '..', '...', '…']);

/** Languages in the order a value's words are looked up: its own first, then every other (a French table may write `N/A`). */
function lookupOrder(language: Language | null): readonly Language[] {
  return language === null ? LANGUAGES : [language, ...LANGUAGES.filter((l) => l !== language)];
}

/** The marker a whole value is in one of the lexicons' marker sets, in lookup order, or null. */
function findMarker(raw: string, language: Language | null, markers: (language: Language) => ReadonlySet<string>): { marker: UnknownMarker | null; key: string; order: readonly Language[] } {
  const written = raw.trim();
  const key = foldKey(written);
  const order = lookupOrder(language);
  if (key === '') return { marker: null, key, order };
  const found = order.find((each) => markers(each).has(key));
  return { marker: found === undefined ? null : { written, language: found }, key, order };
}

/**
 * The unknown marker a whole value is, or null. With a language, that language's markers are tried
 * first and then every other language's (a French table may write `N/A`); with null, every language's.
 */
export function readUnknownMarker(raw: string, language: Language | null = null): UnknownMarker | null {
  const { marker, key, order } = findMarker(raw, language, (each) => matchersOf(each).unknownMarkers);
  // A sign is read in the value's language (the first tried), as the lexicon entry of none.
  if (marker === null && SIGNS_OF_UNKNOWN.has(key)) return { written: raw.trim(), language: order[0] as Language };
  return marker;
}

/**
 * The "none" marker a whole count value is (`none`, `nil`, `aucun`, `ninguno`, `нет`), or null: a count of
 * 0, said in words. Tried in the value's language first, then every other language's, as unknown markers are.
 */
export function readEmptyMarker(raw: string, language: Language | null = null): UnknownMarker | null {
  return findMarker(raw, language, (each) => matchersOf(each).emptyMarkers).marker;
}

/** The step that records a count said as "none": `Nil` -> deaths 0. */
export function emptyStep(column: string, marker: UnknownMarker): TransformationStep {
  return { column, source_words: marker.written, rule: 'empty.marker', lexicon_entry: `emptyMarkers: ${foldKey(marker.written)}`, language: marker.language, value: '0' };
}

/**
 * The unknown markers written inside running text (`their number is not known`, `leur nombre n'est pas connu`,
 * `их число неизвестно`), in the order they stand, each a whole phrase under its language's word boundary rule.
 * Only `languages`' markers are looked for: prose is read in its own language, and a short marker of another
 * (`na`, `nd`) is an ordinary word there (Portuguese `na`). The signs (a dash, a question mark) are a whole
 * value's only: in prose they are punctuation.
 *
 * @example findUnknownMarkers('but their number is not known.', ['en']) // [{ written: 'not known', language: 'en', index: 20 }]
 */
export function findUnknownMarkers(text: string, languages: readonly Language[]): Array<UnknownMarker & { index: number }> {
  const found: Array<UnknownMarker & { index: number }> = [];
  for (const language of languages) {
    for (const m of text.matchAll(matchersOf(language).unknownMarkerPhrase)) found.push({ written: m[0], language, index: m.index ?? 0 });
  }
  return found.sort((a, b) => a.index - b.index);
}

export function isUnknownMarker(raw: string, language: Language | null = null): boolean {
  return readUnknownMarker(raw, language) !== null;
}

/** The step that records a value read as unknown: `N/A` -> deaths NULL. */
export function unknownStep(column: string, marker: UnknownMarker): TransformationStep {
  const entry = SIGNS_OF_UNKNOWN.has(foldKey(marker.written)) ? `sign of unknown: ${marker.written}` : `unknownMarkers: ${foldKey(marker.written)}`;
  return { column, source_words: marker.written, rule: 'unknown.marker', lexicon_entry: entry, language: marker.language, value: 'NULL' };
}
