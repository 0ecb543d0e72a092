import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { deglue, glueVocabulary, type GlueVocabulary, splitPoint, wordOfPattern, wordsOf } from '../../src/transforms/deglue.ts';

/** Headings' and weapon categories' words, as the topic matcher and the count parser give theirs. */
const vocabulary = glueVocabulary(
  (lexicon) => [Object.keys(lexicon.sectionHeadings).flatMap(wordsOf), Object.values(lexicon.weaponCategories).flat().flatMap(wordOfPattern)].flat(),
  (lexicon) => Object.values(lexicon.agencies).flat().flatMap(wordsOf),
);

/** splitPoint as it was written before it tested for a lower-case letter before a capital once per token. */
function referenceSplitPoint(token: string, vocab: GlueVocabulary, wordsFollow: boolean): number | null {
  const known = (word: string, language: string) => vocab.words.get(word)?.has(language) ?? false;
  const lower = token.toLowerCase();
  if (vocab.words.has(lower) || vocab.keep.has(lower) || token.length < 4) return null;
  const isGlued = (word: string) => vocab.glued.some((g) => g.word === word);
  for (let k = 1; k < token.length - 1; k++) {
    if (/\p{Ll}/u.test(token[k - 1] ?? '') && /\p{Lu}/u.test(token[k] ?? '')) {
      const left = lower.slice(0, k);
      const right = lower.slice(k);
      if (isGlued(left) || isGlued(right) || vocab.words.has(left) || vocab.words.has(right)) return k;
    }
  }
  for (const { word, language } of vocab.glued) {
    const before = lower.slice(0, -word.length);
    const longEnough = word.length >= 3 ? before.length >= 4 : before.length >= 6;
    if (wordsFollow && lower.endsWith(word) && longEnough && known(before, language)) return before.length;
  }
  for (const { word, language } of vocab.glued) {
    const after = lower.slice(word.length);
    if (word.length >= 3 && after.length >= 5 && lower.startsWith(word) && known(after, language)) return word.length;
  }
  for (let k = 4; k <= lower.length - 4; k++) {
    if (vocab.words.has(lower.slice(0, k)) && vocab.words.has(lower.slice(k))) return k;
  }
  return null;
}

describe('splitPoint (property)', () => {
  it('splits every token made of known words, glued words and letters where it did before', () => {
    const pieces = [...vocabulary.words.keys(), ...vocabulary.glued.map((g) => g.word)];
    const piece = fc.oneof(
      fc.constantFrom(...pieces).chain((w) => fc.constantFrom(w, w.toUpperCase(), w.charAt(0).toUpperCase() + w.slice(1))),
      fc.constantFrom('a', 'É', 'ж', 'Ж', '𝐚', '𝐀', 'ß', 'İ', 'x'),
    );
    fc.assert(
      fc.property(fc.array(piece, { minLength: 1, maxLength: 3 }), fc.boolean(), (parts, wordsFollow) => {
        const token = parts.join('');
        expect(splitPoint(token, vocabulary, wordsFollow)).toBe(referenceSplitPoint(token, vocabulary, wordsFollow));
      }),
      { numRuns: 3000 },
    );
  });
});

/** deglue's split text as it was worked out before: whether words follow a token asked of the rest of the text. */
function referenceDeglued(text: string, vocab: GlueVocabulary): string {
  const inserted: number[] = [];
  for (const match of text.matchAll(/\p{L}+/gu)) {
    let token = match[0];
    let base = match.index ?? 0;
    const wordsFollow = /\p{L}/u.test(text.slice(base + token.length));
    for (let guard = 0; guard < 3; guard++) {
      const at = referenceSplitPoint(token, vocab, wordsFollow);
      if (at === null) break;
      inserted.push(base + at);
      base += at;
      token = token.slice(at);
    }
  }
  let out = '';
  let from = 0;
  for (const at of inserted) {
    out += `${text.slice(from, at)} `;
    from = at;
  }
  return out + text.slice(from);
}

describe('deglue (property)', () => {
  it('splits a text as it did when each token asked the rest of the text whether words follow, its split points remembered or not', () => {
    const pieces = [...vocabulary.words.keys(), ...vocabulary.glued.map((g) => g.word)];
    const piece = fc.oneof(
      fc.constantFrom(...pieces).chain((w) => fc.constantFrom(w, w.toUpperCase(), w.charAt(0).toUpperCase() + w.slice(1))),
      fc.constantFrom('a', 'É', 'ж', '𝐚', 'ß', ' ', ' ', '-', '1', '.', '\u0301'),
    );
    fc.assert(
      fc.property(fc.array(piece, { minLength: 1, maxLength: 8 }), (parts) => {
        const text = parts.join('');
        expect(deglue(text, vocabulary).text).toBe(referenceDeglued(text, vocabulary));
      }),
      { numRuns: 3000 },
    );
  });
});
