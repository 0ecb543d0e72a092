import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lowerInPlace, type NameMatch, NameTrie } from '../../src/classify/name-trie.ts';

/** What the trie replaces: one alternation of the names, longest first, found with matchAll. */
function byAlternation(names: readonly string[], text: string, wordStart: boolean, tail: string | null): NameMatch[] {
  const escaped = [...names].sort((a, b) => b.length - a.length).map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  const start = wordStart ? '(?<=^|[^\\p{L}\\p{N}])' : '';
  const pattern = new RegExp(`${start}(${escaped.join('|')})(${tail ?? ''})`, 'giu');
  return [...text.matchAll(pattern)].map((m) => ({ index: m.index ?? 0, written: m[1] ?? '', tail: m[2] ?? '' }));
}

/** The look-behind of the alternation: the code point before `at` (both halves of a surrogate pair) is no letter or digit. */
const wordStart = (text: string, at: number): boolean => at === 0 || !/[\p{L}\p{N}]$/u.test(text.slice(0, at));
const ENDING = '(?:ом|а|у)?(?![\\p{L}\\p{N}])';

describe('NameTrie', () => {
  it('finds the longest name at a word start whose ending is allowed, as the alternation does', () => {
    const names = ['niger', 'nigeria', 'papua new guinea', 'guinea', 'кени'];
    const trie = new NameTrie(names, { startsAt: wordStart, tail: new RegExp(ENDING, 'iuy') });
    expect(trie.matchAll('Nigeria and Niger; Papua New Guinea, Guineas, Кенией Кенией, Кениа, ANiger')).toEqual([
      { index: 0, written: 'Nigeria', tail: '' },
      { index: 12, written: 'Niger', tail: '' },
      { index: 19, written: 'Papua New Guinea', tail: '' },
      { index: 61, written: 'Кени', tail: 'а' },
    ]);
  });

  it('matches anywhere when no start rule is given (scripts written without spaces)', () => {
    const trie = new NameTrie(['苏丹', '南苏丹']);
    expect(trie.matchAll('南苏丹和苏丹')).toEqual([
      { index: 0, written: '南苏丹', tail: '' },
      { index: 4, written: '苏丹', tail: '' },
    ]);
  });

  it('refuses a tail expression that is not sticky', () => {
    expect(() => new NameTrie(['a'], { tail: /x/u })).toThrow('sticky');
  });

  it('lowers a text character by character, keeping places', () => {
    expect(lowerInPlace('İSTANBUL Ülke')).toBe('İstanbul ülke');
    expect(lowerInPlace('İSTANBUL').length).toBe('İSTANBUL'.length);
  });

  it('gives the matches of the alternation on any text and names (property)', () => {
    // Deseret (𐐀, lower case 𐐨) is written with two code units a letter: the trie walks code points.
    const letters = fc.constantFrom('a', 'b', 'n', 'A', 'N', 'é', 'É', 'к', 'К', 'о', 'м', 'у', ' ', '-', '1', ',', '𐐀', '𐐨');
    const word = fc.array(letters, { minLength: 1, maxLength: 5 }).map((cs) => cs.join('').toLowerCase());
    fc.assert(
      fc.property(fc.uniqueArray(word, { minLength: 1, maxLength: 6 }), fc.array(letters, { maxLength: 40 }), fc.boolean(), fc.boolean(), (names, chars, atWordStart, withTail) => {
        const text = chars.join('');
        const trie = new NameTrie(names, { startsAt: atWordStart ? wordStart : undefined, tail: withTail ? new RegExp(ENDING, 'iuy') : undefined });
        expect(trie.matchAll(text)).toEqual(byAlternation(names, text, atWordStart, withTail ? ENDING : null));
      }),
      { numRuns: 2000 },
    );
  });
});
