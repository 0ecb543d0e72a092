import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { phraseMatches } from '../../src/classify/country.ts';

const WORD_START = '(?<=^|[^\\p{L}\\p{N}]|(?:^|[^\\p{L}\\p{N}])[وبلفك])';
const ENDINGS = '(?:ая|ой|ую|а|и|е)?';

/** What a caller reads of a match: where, what, and the phrase captured. */
const seen = (matches: readonly RegExpMatchArray[]) => matches.map((m) => [m.index, m[0], m[1]]);

describe('phraseMatches', () => {
  it('finds declined phrases where they start, as matching the whole pattern does', () => {
    const phrasePattern = new RegExp(`${WORD_START}(кыргызск${ENDINGS}\\s+республик${ENDINGS}|республик${ENDINGS}\\s+молдова)(?![\\p{L}\\p{N}])`, 'giu');
    const names = { phrasePattern, phraseStartsAt: /(?=кыргызск|республик)/giu, phraseAt: new RegExp(phrasePattern.source, 'iuy') };
    const text = 'Делегация Кыргызской Республики и Республики Молдова; некыргызская республика';
    expect(seen(phraseMatches(text, names))).toEqual([
      [10, 'Кыргызской Республики', 'Кыргызской Республики'],
      [34, 'Республики Молдова', 'Республики Молдова'],
    ]);
    expect(seen(phraseMatches(text, names))).toEqual(seen([...text.matchAll(phrasePattern)]));
    // A phrase inside a phrase already matched is no match of its own.
    expect(seen(phraseMatches('Кыргызская Республика Молдова', names))).toEqual([[0, 'Кыргызская Республика', 'Кыргызская Республика']]);
  });

  it('gives the matches of the whole pattern on any text and phrases (property)', () => {
    const syllable = fc.constantFrom('ка', 'ре', 'сп', 'ой', 'ая', 'и', 'а', 'К', 'Р', 'ё');
    const word = fc.array(syllable, { minLength: 2, maxLength: 3 }).map((s) => s.join('').toLowerCase());
    const piece = fc.oneof(syllable, fc.constantFrom(' ', ' ', '-', 'و', '1', ', '));
    fc.assert(
      fc.property(fc.uniqueArray(fc.tuple(word, fc.option(fc.nat(3), { nil: undefined })), { minLength: 1, maxLength: 4 }), fc.array(fc.oneof(piece, word, fc.nat(3)), { maxLength: 30 }), (phrases, pieces) => {
        // Each phrase: its first word declining, maybe a second word, another phrase's first (phrases overlap); it starts with its first word less two letters.
        const sources = phrases.map(([first, other]) => {
          const second = other === undefined ? undefined : phrases[other % phrases.length]?.[0];
          return `${first}${ENDINGS}${second ? `\\s+${second}` : ''}`;
        });
        const starts = phrases.map(([first]) => first.slice(0, Math.max(1, first.length - 2)));
        const phrasePattern = new RegExp(`${WORD_START}(${sources.join('|')})(?![\\p{L}\\p{N}])`, 'giu');
        const names = { phrasePattern, phraseStartsAt: new RegExp(`(?=${starts.join('|')})`, 'giu'), phraseAt: new RegExp(phrasePattern.source, 'iuy') };
        // A number stands for a phrase's first word and a space: texts where phrases follow and overlap.
        const text = pieces.map((p) => (typeof p === 'number' ? `${phrases[p % phrases.length]?.[0]} ` : p)).join('');
        expect(seen(phraseMatches(text, names))).toEqual(seen([...text.matchAll(phrasePattern)]));
      }),
      { numRuns: 3000 },
    );
    // 3,000 runs each compile three patterns: well under a minute on a quiet 2-core machine, over it when the machine is
    // shared (73 s at a load average of 7), which is no failure of the property.
  }, 240_000);
});
