/**
 * Words glued together where a PDF lost a line break or a space: `toPrevent`, `Armsand`, `Programmeof
 * Action`, `Stockpilemanagement`, `weaponsand`. Matching (headings, questions, count statements) reads the
 * text with the words split apart again; the verbatim text is never altered, and `sourceOffset` maps every
 * offset of the readable text back to it, so that source_text stays the document's own words.
 *
 * Which splits are made is the lexicons' knowledge, not a guess at English spelling: a glued function
 * word is one of a lexicon's `gluedWords`, and the word it is glued to must be one the lexicons already
 * know (a heading's, a question's, a topic keyword's, a weapon category's or an action's word). A token
 * that is itself a known word (`firearms`, `handguns`) is never split.
 */
import { allLexicons } from '../language/registry.ts';
import type { Lexicon } from '../language/types.ts';

export interface Deglued {
  /** The text with glued words split by a space. */
  text: string;
  /** The offset in the verbatim text of offset `i` of `text` (an inserted space maps to the next character). */
  sourceOffset(i: number): number;
}

/** The words of a phrase (`Stockpile management`, `point of contact`) of three letters or more, lower case. */
export function wordsOf(phrase: string): string[] {
  return phrase.toLowerCase().match(/\p{L}{3,}/gu) ?? [];
}

/**
 * The word a regex source stands for when it is only one word (`weapons?`, `guns`, `pistols?`), with and
 * without its optional ending; none for a source with alternations or groups, whose letter runs are stems
 * and endings (`destruy(?:eron|ó)`), not words.
 */
export function wordOfPattern(source: string): string[] {
  const match = /^(\p{L}{3,})(\p{L})\?$/u.exec(source);
  if (match) return [`${match[1]}${match[2]}`.toLowerCase(), (match[1] ?? '').toLowerCase()];
  return /^\p{L}{3,}$/u.test(source) ? [source.toLowerCase()] : [];
}

/** Known words and glued function words, each with the languages whose lexicon has it. */
export interface GlueVocabulary {
  words: ReadonlyMap<string, ReadonlySet<string>>;
  /** Tokens never split though no split target (`armadas` of `Forças Armadas`, not `arma` + `das`). */
  keep: ReadonlySet<string>;
  /** Longest first. */
  glued: readonly { word: string; language: string }[];
}

/**
 * The vocabulary a caller splits by: the words `knownWords` gives for each lexicon (a topic matcher gives
 * its headings' words, the count parser its weapon and action words: each reads only the lexicon
 * sections it names), and every lexicon's `gluedWords` and the words of its `instrumentNames`.
 */
export function glueVocabulary(knownWords: (lexicon: Lexicon) => readonly string[], keepWords: (lexicon: Lexicon) => readonly string[] = () => []): GlueVocabulary {
  const words = new Map<string, Set<string>>();
  const keep = new Set<string>();
  const glued: { word: string; language: string }[] = [];
  for (const lexicon of allLexicons()) {
    const own = [knownWords(lexicon), lexicon.instrumentNames.flatMap(wordsOf)].flat();
    for (const word of own) words.set(word, (words.get(word) ?? new Set()).add(lexicon.language));
    for (const word of lexicon.gluedWords) glued.push({ word: word.toLowerCase(), language: lexicon.language });
    for (const word of keepWords(lexicon)) keep.add(word);
  }
  return { words, keep, glued: glued.sort((x, y) => y.word.length - x.word.length) };
}

/** True when `word` is known in `language`'s lexicon. */
function knownIn(vocabulary: GlueVocabulary, word: string, language: string): boolean {
  return vocabulary.words.get(word)?.has(language) ?? false;
}

const LOWER = /\p{Ll}/u;
const CAPITAL = /\p{Lu}/u;
/** A lower-case letter right before a capital: the letter-by-letter test below can only find one where this does. */
const LOWER_THEN_CAPITAL = /\p{Ll}\p{Lu}/u;

/**
 * Where a token splits: after a known word followed by a glued function word of the same language
 * (`Armsand`, `Pequeñasy`), between a lower-case letter and a capital where one side is a known or glued
 * word (`toPrevent`), after a glued word of three letters or more before a known word (`anddestruction`),
 * or between two known words of four letters or more (`Stockpilemanagement`). Null when the token is
 * a known word or no split is certain. A short glued word (`da`, `y`) needs a long word before it: `Armada`
 * and `They` are words, not `Arma da` and `The y`; and a word must follow the token (`wordsFollow`) for a
 * function word to be split off its end.
 */
export function splitPoint(token: string, vocab: GlueVocabulary, wordsFollow = true): number | null {
  if (token.length < 4) return null;
  // The same words come back in every text (`weapons`, `national`): each is worked out once per vocabulary.
  let known = splits.get(vocab);
  if (!known || known.size >= SPLITS_KEPT) {
    known = new Map();
    splits.set(vocab, known);
  }
  const key = wordsFollow ? token : `${token}\u0000`;
  const cached = known.get(key);
  if (cached !== undefined) return cached;
  const at = computeSplitPoint(token, vocab, wordsFollow);
  known.set(key, at);
  return at;
}

/** The split points worked out, by vocabulary and token (a NUL after a token that ends its text); at most SPLITS_KEPT each. */
const splits = new WeakMap<GlueVocabulary, Map<string, number | null>>();
const SPLITS_KEPT = 20_000;

function computeSplitPoint(token: string, vocab: GlueVocabulary, wordsFollow: boolean): number | null {
  const lower = token.toLowerCase();
  if (vocab.words.has(lower) || vocab.keep.has(lower) || token.length < 4) return null;
  const isGlued = (word: string) => vocab.glued.some((g) => g.word === word);
  // Most tokens have no lower-case letter before a capital: one test instead of two per letter.
  if (LOWER_THEN_CAPITAL.test(token)) {
    for (let k = 1; k < token.length - 1; k++) {
      if (LOWER.test(token[k - 1] ?? '') && CAPITAL.test(token[k] ?? '')) {
        const left = lower.slice(0, k);
        const right = lower.slice(k);
        if (isGlued(left) || isGlued(right) || vocab.words.has(left) || vocab.words.has(right)) return k;
      }
    }
  }
  for (const { word, language } of vocab.glued) {
    // A function word joins what follows it: at the end of the text (`маркировкии`, a typo) it was never glued there.
    if (!wordsFollow || !lower.endsWith(word)) continue;
    const before = lower.slice(0, -word.length);
    const longEnough = word.length >= 3 ? before.length >= 4 : before.length >= 6;
    if (longEnough && knownIn(vocab, before, language)) return before.length;
  }
  for (const { word, language } of vocab.glued) {
    if (word.length < 3 || lower.length - word.length < 5 || !lower.startsWith(word)) continue;
    if (knownIn(vocab, lower.slice(word.length), language)) return word.length;
  }
  for (let k = 4; k <= lower.length - 4; k++) {
    if (vocab.words.has(lower.slice(0, k)) && vocab.words.has(lower.slice(k))) return k;
  }
  return null;
}

/**
 * `text` with its glued words split apart (a token may split more than once: `Armsandof`), and the map
 * back to `text`'s own offsets.
 *
 * @example
 * const vocabulary = glueVocabulary((lexicon) => Object.keys(lexicon.sectionHeadings).flatMap(wordsOf));
 * deglue('Small Armsand Light Weapons', vocabulary).text // 'Small Arms and Light Weapons'
 */
export function deglue(text: string, vocabulary: GlueVocabulary): Deglued {
  const inserted: number[] = [];
  const tokens = [...text.matchAll(/\p{L}+/gu)];
  for (const [i, match] of tokens.entries()) {
    let token = match[0];
    let base = match.index ?? 0;
    // Tokens are whole runs of letters: a letter after this one starts the next token.
    const wordsFollow = i < tokens.length - 1;
    for (let guard = 0; guard < 3; guard++) {
      const at = splitPoint(token, vocabulary, wordsFollow);
      if (at === null) break;
      inserted.push(base + at);
      // The rest of the token may hold another glued word; the part before the split is settled.
      base += at;
      token = token.slice(at);
    }
  }
  if (inserted.length === 0) return { text, sourceOffset: (i) => i };
  let out = '';
  let from = 0;
  const starts: number[] = [];
  for (const at of inserted) {
    out += text.slice(from, at);
    starts.push(out.length);
    out += ' ';
    from = at;
  }
  out += text.slice(from);
  // The readable offset `i` is the verbatim offset less the spaces inserted before it.
  const sourceOffset = (i: number): number => {
    let before = 0;
    for (const s of starts) if (s < i) before++;
    return Math.max(0, i - before);
  };
  return { text: out, sourceOffset };
}
