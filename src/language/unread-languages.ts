/**
 * The language layer's list of the languages it recognises but cannot read (no lexicon): what
 * transforms/languages.ts guessUnreadLanguage counts, kept here with the lexicons so that every word of a
 * language lives under src/language.
 */
/**
 * Latin-script languages with no lexicon, by their function words as guessLanguage counts a lexicon's: enough to
 * say which language a document is in that no parser reads, so that it is named (never read as English with
 * the English parser, never skipped as "unknown kind" with no word of why). `nameLinks` are the lower-case words inside
 * the capitalised name of a body (a lexicon's `nameLinks`), for the works an English page cites in these languages
 * (`Bundesamt für Verfassungsschutz, Bericht 2018`). Words that a registered language
 * also writes often (`de`, `en`, `a`, `e`) are left out. Adding a lexicon for one of them removes its line here.
 */
export const UNREAD_LATIN_LANGUAGES: ReadonlyArray<{ code: string; name: string; words: ReadonlySet<string>; nameLinks?: readonly string[] }> = [
  { code: 'de', name: 'German', words: new Set(['der', 'die', 'das', 'und', 'den', 'dem', 'des', 'mit', 'von', 'für', 'im', 'ist', 'wurde', 'wurden', 'sich', 'nicht', 'auf', 'zur', 'zum', 'eine', 'einer', 'auch', 'bei', 'aus', 'nach', 'über', 'werden', 'sind', 'hat']), nameLinks: ['für', 'und'] },
  { code: 'it', name: 'Italian', words: new Set(['il', 'della', 'delle', 'degli', 'che', 'per', 'nel', 'nella', 'sono', 'stato', 'stati', 'gli', 'anche', 'con', 'dei', 'alla', 'dal', 'dalla', 'è']), nameLinks: ['della'] },
  // Indonesian (and Malay, which writes the same function words): no inflection, so its small words are frequent.
  { code: 'id', name: 'Indonesian', words: new Set(['yang', 'dan', 'di', 'dari', 'untuk', 'dengan', 'pada', 'ini', 'itu', 'oleh', 'dalam', 'sebagai', 'tidak', 'telah', 'akan', 'adalah', 'atau', 'juga', 'tersebut', 'sebanyak', 'secara', 'tahun', 'ke', 'antara', 'melalui', 'bahwa']) },
  // Turkish: its conjunctions, postpositions and the forms of `to be` / `to do` its official prose uses.
  { code: 'tr', name: 'Turkish', words: new Set(['ve', 'bir', 'bu', 'ile', 'için', 'olarak', 'olan', 'tarafından', 'ise', 'gibi', 'daha', 'kadar', 'sonra', 'ayrıca', 'ilişkin', 'üzere', 'yılında', 'edilmiştir', 'yapılmıştır', 'yapılır', 'olmuştur', 'veya', 'aynı', 'yıl', 'adet']) },
  { code: 'nl', name: 'Dutch', words: new Set(['het', 'een', 'van', 'voor', 'zijn', 'werd', 'werden', 'niet', 'ook', 'bij', 'naar', 'door', 'wordt', 'worden', 'heeft', 'aan', 'deze']) },
];

