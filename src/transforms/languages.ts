/**
 * Languages of the UN documents we ingest: language names as pages write them (in their own script
 * and in the other UN languages) -> ISO 639-1, and a rough guess of a whole text's language from its
 * script and, for Latin script, its most common function words.
 */
import { allLexicons } from '../language/registry.ts';
import { UNREAD_LATIN_LANGUAGES } from '../language/unread-languages.ts';
import type { Language } from '../language/types.ts';

/** The six UN languages. */
export const UN_LANGUAGES = ['en', 'fr', 'es', 'ru', 'ar', 'zh'] as const;
export type UnLanguage = (typeof UN_LANGUAGES)[number];

/** Language names as every lexicon writes them (`anglais`, `英文`, `português`), lower case -> code. */
const LANGUAGE_NAMES: ReadonlyMap<string, Language> = new Map(allLexicons().flatMap((lexicon) => Object.entries(lexicon.languageNames)));

/** Bidirectional control marks that web pages put around Arabic words (LRM, RLM, embeddings, isolates). */
const BIDI_MARKS = /[\u200e\u200f\u202a-\u202e\u2066-\u2069\u061c]/gu;

/**
 * ISO 639-1 code for a language name: `English` -> `en`, `Русский` -> `ru`, `العربية` -> `ar`,
 * `中文` -> `zh`. Null for anything else (the caller keeps the raw word and flags it).
 */
export function languageCode(name: string): Language | null {
  const key = name.replace(BIDI_MARKS, '').trim().replace(/[.,;:]+$/u, '').toLowerCase();
  return LANGUAGE_NAMES.get(key) ?? null;
}

export interface LanguageToken {
  /** The word as written. */
  raw: string;
  code: Language | null;
  /** Offset of `raw` in the text searched. */
  index: number;
}

/**
 * The words of a language list (`English Русский`, `Français, العربية`, `English / 中文`), each with
 * its code or null. Separators: white space, commas, slashes, semicolons, pipes, and the commas and semicolons
 * of the Chinese and Arabic scripts (`中文、English`, `العربية، English`).
 */
export function splitLanguageList(text: string): LanguageToken[] {
  const tokens: LanguageToken[] = [];
  for (const match of text.matchAll(/[^\s,;/|、，；،؛]+/gu)) {
    const raw = match[0];
    if (raw.replace(BIDI_MARKS, '') === '') continue;
    tokens.push({ raw, code: languageCode(raw), index: match.index ?? 0 });
  }
  return tokens;
}

/** The Latin-script languages, with their function words (lexicon `functionWords`). */
const LATIN_FUNCTION_WORDS: ReadonlyArray<[Language, ReadonlySet<string>]> = allLexicons()
  .filter((lexicon) => lexicon.script === 'Latin')
  .map((lexicon) => [lexicon.language, new Set(lexicon.functionWords)]);

/**
 * Each function word of the Latin-script languages, registered (LATIN_FUNCTION_WORDS' order) then unread
 * (UNREAD_LATIN_LANGUAGES' order, after them), with the indices of the languages that write it: so one pass
 * over a text's words counts every language's hits, instead of one pass a language.
 */
const FUNCTION_WORD_LANGUAGES: ReadonlyMap<string, readonly number[]> = (() => {
  const sets = [...LATIN_FUNCTION_WORDS.map(([, words]) => words), ...UNREAD_LATIN_LANGUAGES.map((language) => language.words)];
  const byWord = new Map<string, number[]>();
  sets.forEach((words, index) => {
    for (const word of words) byWord.set(word, [...(byWord.get(word) ?? []), index]);
  });
  return byWord;
})();

/** How many words `text` holds, and how many of them are function words of each Latin-script language (FUNCTION_WORD_LANGUAGES' indices). */
function functionWordHits(text: string): { words: number; hits: number[] } {
  const hits = new Array<number>(LATIN_FUNCTION_WORDS.length + UNREAD_LATIN_LANGUAGES.length).fill(0);
  const words = text.toLowerCase().match(/\p{L}+/gu) ?? [];
  for (const word of words) {
    const languages = FUNCTION_WORD_LANGUAGES.get(word);
    if (languages) for (const index of languages) hits[index] = (hits[index] ?? 0) + 1;
  }
  return { words: words.length, hits };
}

/** The language of a script that only one registered language writes in. */
const SCRIPT_LANGUAGE: ReadonlyArray<[RegExp, Language, number]> = [
  [/\p{Script=Cyrillic}/u, 'ru', 1],
  [/\p{Script=Arabic}/u, 'ar', 1],
  // Han characters carry a word each: weighed so that a Chinese page is not outvoted by Latin chrome.
  [/\p{Script=Han}/u, 'zh', 3],
];
const LATIN = /\p{Script=Latin}/u;

/** The scripts counted, Latin first, then SCRIPT_LANGUAGE's in its order; each tests one code point. */
const COUNTED_SCRIPTS: readonly RegExp[] = [LATIN, ...SCRIPT_LANGUAGE.map(([script]) => script)];
/**
 * The counted script of each code point, worked out the first time it is met: 0 not yet, 1 none of them, 2 + the
 * script's place in COUNTED_SCRIPTS. Below 0x10000 in an array (a lone surrogate is looked up as itself), above in a map.
 */
const SCRIPT_OF_UNIT = new Uint8Array(0x10000);
const SCRIPT_OF_ASTRAL = new Map<number, number>();

function scriptOf(codePoint: number): number {
  const known = codePoint < 0x10000 ? SCRIPT_OF_UNIT[codePoint] : SCRIPT_OF_ASTRAL.get(codePoint);
  return known || firstSightOf(codePoint);
}

/**
 * scriptOf's slow path, in a function of its own: the test below closes over the character, and a function holding a
 * closure allocates its context on every call, taken or not (scriptOf runs once per code point of every text: that was
 * a tenth of all a reading allocated).
 */
function firstSightOf(codePoint: number): number {
  const character = String.fromCodePoint(codePoint);
  // Scripts are disjoint: a code point is in one at most.
  const found = 2 + COUNTED_SCRIPTS.findIndex((script) => script.test(character));
  const script = found === 1 ? 1 : found;
  if (codePoint < 0x10000) SCRIPT_OF_UNIT[codePoint] = script;
  else SCRIPT_OF_ASTRAL.set(codePoint, script);
  return script;
}

/**
 * How many code points of `text` each counted script has, in COUNTED_SCRIPTS' order: what counting the matches
 * of each script's pattern gives, in one pass and without an array of one-letter strings per script.
 */
function scriptCounts(text: string): number[] {
  const counts = COUNTED_SCRIPTS.map(() => 0);
  for (let i = 0; i < text.length; i++) {
    const codePoint = text.codePointAt(i) as number;
    if (codePoint >= 0x10000) i++;
    const script = scriptOf(codePoint);
    if (script >= 2) counts[script - 2] = (counts[script - 2] ?? 0) + 1;
  }
  return counts;
}

/**
 * The language a text is mostly written in: by script first (Cyrillic -> ru, Arabic -> ar, Han -> zh),
 * then, for Latin script, by counting the function words of each Latin-script lexicon (English, French,
 * Spanish, Portuguese). Null when the text has too few letters or words to tell, or two languages tie.
 * A page listing `English Русский` is still English: the script with most letters wins.
 * `minWords` asks for that many words at least (prose, not a title).
 */
export function guessLanguage(text: string, { minWords = 0 } = {}): Language | null {
  const [latin = 0, ...others] = scriptCounts(text);
  const letters = latin + others.reduce((a, b) => a + b, 0);
  if (letters < 10) return null;
  const scores: Array<[Language | 'latin', number]> = [['latin', latin], ...SCRIPT_LANGUAGE.map(([, language, weight], i): [Language, number] => [language, (others[i] ?? 0) * weight])];
  scores.sort((a, b) => b[1] - a[1]);
  const best = scores[0];
  if (!best) return null;
  if (best[0] !== 'latin') return best[0];

  const { words, hits } = functionWordHits(text);
  if (words < minWords) return null;
  const counts = LATIN_FUNCTION_WORDS.map(([language], i): [Language, number] => [language, hits[i] ?? 0]);
  counts.sort((a, b) => b[1] - a[1]);
  const [first, second] = counts;
  if (!first || first[1] < 3) return null;
  if (second && first[1] === second[1]) return null;
  return first[0];
}

/** How many more function words of an unread language than of any registered one make the text that language's. */
const UNREAD_LEAD = 2;

export interface UnreadLanguage {
  /** ISO 639-1. */
  code: string;
  /** Its English name, for messages. */
  name: string;
}

/**
 * The language of a Latin-script text when it is one no lexicon reads (German, Italian, Dutch): its function
 * words outnumber every registered language's by UNREAD_LEAD times, eight of them at least. Null otherwise
 * (a registered language, too little text, another script): a short foreign quotation in an English report
 * does not make the report foreign.
 */
export function guessUnreadLanguage(text: string): UnreadLanguage | null {
  const [latin = 0, ...others] = scriptCounts(text);
  if (latin < 200 || others.some((n) => n > latin)) return null;
  const { hits } = functionWordHits(text);
  const read = Math.max(0, ...hits.slice(0, LATIN_FUNCTION_WORDS.length));
  const unread = UNREAD_LATIN_LANGUAGES.map((language, i) => ({ language, hits: hits[LATIN_FUNCTION_WORDS.length + i] ?? 0 })).sort((a, b) => b.hits - a.hits);
  const [best] = unread;
  if (!best || best.hits < 8 || best.hits < UNREAD_LEAD * Math.max(1, read)) return null;
  return { code: best.language.code, name: best.language.name };
}

/** The English name of a language no lexicon reads, by its ISO 639-1 code (`de` -> German), or null. */
export function unreadLanguageName(code: string): string | null {
  return UNREAD_LATIN_LANGUAGES.find((language) => language.code === code)?.name ?? null;
}
