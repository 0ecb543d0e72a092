/**
 * Languages of the UN documents we ingest: language names as pages write them (in their own script
 * and in the other UN languages) -> ISO 639-1, and a rough guess of a whole text's language from its
 * script and, for Latin script, its most common function words.
 */

/** The six UN languages. */
export const UN_LANGUAGES = ['en', 'fr', 'es', 'ru', 'ar', 'zh'] as const;
export type UnLanguage = (typeof UN_LANGUAGES)[number];

/** Names in lower case (diacritics kept: `Français` and `Francais` both listed). */
const LANGUAGE_NAMES: Record<string, UnLanguage> = {
  english: 'en', anglais: 'en', inglés: 'en', ingles: 'en', английский: 'en', 'الإنجليزية': 'en', 'الانكليزية': 'en', 英文: 'en', 英语: 'en',
  français: 'fr', francais: 'fr', french: 'fr', francés: 'fr', frances: 'fr', французский: 'fr', 'الفرنسية': 'fr', 法文: 'fr', 法语: 'fr',
  español: 'es', espanol: 'es', spanish: 'es', espagnol: 'es', испанский: 'es', 'الإسبانية': 'es', 西班牙文: 'es', 西班牙语: 'es',
  русский: 'ru', russian: 'ru', russe: 'ru', ruso: 'ru', 'الروسية': 'ru', 俄文: 'ru', 俄语: 'ru',
  العربية: 'ar', عربي: 'ar', arabic: 'ar', arabe: 'ar', árabe: 'ar', арабский: 'ar', 阿拉伯文: 'ar', 阿拉伯语: 'ar',
  中文: 'zh', 汉语: 'zh', chinese: 'zh', chinois: 'zh', chino: 'zh', китайский: 'zh', 'الصينية': 'zh',
};

/** Bidirectional control marks that web pages put around Arabic words (LRM, RLM, embeddings, isolates). */
const BIDI_MARKS = /[\u200e\u200f\u202a-\u202e\u2066-\u2069\u061c]/gu;

/**
 * ISO 639-1 code for a language name: `English` -> `en`, `Русский` -> `ru`, `العربية` -> `ar`,
 * `中文` -> `zh`. Null for anything else (the caller keeps the raw word and flags it).
 */
export function languageCode(name: string): UnLanguage | null {
  const key = name.replace(BIDI_MARKS, '').trim().replace(/[.,;:]+$/u, '').toLowerCase();
  return LANGUAGE_NAMES[key] ?? null;
}

export interface LanguageToken {
  /** The word as written. */
  raw: string;
  code: UnLanguage | null;
  /** Offset of `raw` in the text searched. */
  index: number;
}

/**
 * The words of a language list (`English Русский`, `Français, العربية`, `English / 中文`), each with
 * its code or null. Separators: white space, commas, slashes, semicolons, pipes.
 */
export function splitLanguageList(text: string): LanguageToken[] {
  const tokens: LanguageToken[] = [];
  for (const match of text.matchAll(/[^\s,;/|]+/gu)) {
    const raw = match[0];
    if (raw.replace(BIDI_MARKS, '') === '') continue;
    tokens.push({ raw, code: languageCode(raw), index: match.index ?? 0 });
  }
  return tokens;
}

/** Function words frequent in one Latin-script UN language and rare in the other two. */
const FUNCTION_WORDS: Record<'en' | 'fr' | 'es', ReadonlySet<string>> = {
  en: new Set(['the', 'and', 'of', 'to', 'is', 'was', 'were', 'has', 'have', 'with', 'for', 'by', 'which', 'from', 'on']),
  fr: new Set(['le', 'la', 'les', 'des', 'et', 'du', 'une', 'est', 'dans', 'pour', 'sur', 'au', 'aux', 'sont', 'été', 'qui', 'par']),
  es: new Set(['el', 'los', 'las', 'del', 'y', 'una', 'por', 'con', 'para', 'se', 'fue', 'han', 'sobre', 'al', 'su']),
};

/**
 * The language a text is mostly written in: by script first (Cyrillic -> ru, Arabic -> ar, Han -> zh),
 * then, for Latin script, by counting function words of English, French and Spanish. Null when the
 * text has too few letters or words to tell. A page listing `English Русский` is still English: the
 * script with most letters wins.
 */
export function guessLanguage(text: string): UnLanguage | null {
  let latin = 0;
  let cyrillic = 0;
  let arabic = 0;
  let han = 0;
  for (const ch of text) {
    if (/\p{Script=Latin}/u.test(ch)) latin++;
    else if (/\p{Script=Cyrillic}/u.test(ch)) cyrillic++;
    else if (/\p{Script=Arabic}/u.test(ch)) arabic++;
    else if (/\p{Script=Han}/u.test(ch)) han++;
  }
  const letters = latin + cyrillic + arabic + han;
  if (letters < 10) return null;
  // Han characters carry a word each: weigh them so that a Chinese page is not outvoted by Latin chrome.
  const scores: [UnLanguage | 'latin', number][] = [
    ['latin', latin],
    ['ru', cyrillic],
    ['ar', arabic],
    ['zh', han * 3],
  ];
  scores.sort((a, b) => b[1] - a[1]);
  const best = scores[0];
  if (!best) return null;
  if (best[0] !== 'latin') return best[0];

  const counts = { en: 0, fr: 0, es: 0 };
  for (const match of text.toLowerCase().matchAll(/\p{L}+/gu)) {
    const word = match[0];
    for (const lang of ['en', 'fr', 'es'] as const) if (FUNCTION_WORDS[lang].has(word)) counts[lang]++;
  }
  const ranked = (Object.entries(counts) as ['en' | 'fr' | 'es', number][]).sort((a, b) => b[1] - a[1]);
  const [first, second] = ranked;
  if (!first || first[1] < 3) return null;
  if (second && first[1] === second[1]) return null;
  return first[0];
}
