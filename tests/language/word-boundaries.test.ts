import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { withPlainBoundaries } from '../../src/language/word-boundaries.ts';

/** Every match of `pattern` in `text`, with its place and captures: what a caller could tell apart. */
function allMatches(pattern: RegExp, text: string): string[] {
  return [...text.matchAll(pattern)].map((m) => `${m.index}:${JSON.stringify([...m])}`);
}

describe('withPlainBoundaries', () => {
  it('writes a \\b before a word letter as a look-behind and after one as a look-ahead', () => {
    expect(withPlainBoundaries('\\b(?:press release|media contacts?)\\b', 'iu')).toBe('(?<!\\w)(?:press release|media contacts?)(?!\\w)');
    expect(withPlainBoundaries('\\bet al\\.|\\bdoi:\\s*10\\.', 'iu')).toBe('(?<!\\w)et al\\.|(?<!\\w)doi:\\s*10\\.');
  });

  it('writes a \\b before or after another character as the look-around that needs a word character there', () => {
    expect(withPlainBoundaries('\\bé', 'iu')).toBe('(?<=\\w)é');
    expect(withPlainBoundaries('x-\\b', 'iu')).toBe('x-(?=\\w)');
  });

  it('keeps a \\b whose sides the pattern does not show, and every \\b of a pattern without both i and u', () => {
    expect(withPlainBoundaries('\\b(?:a|é)\\b', 'iu')).toBe('\\b(?:a|é)\\b');
    expect(withPlainBoundaries('\\b\\p{L}+', 'iu')).toBe('\\b\\p{L}+');
    expect(withPlainBoundaries('(?:x)?\\b', 'iu')).toBe('(?:x)?\\b');
    expect(withPlainBoundaries('(?:x)?-\\b', 'iu')).toBe('(?:x)?-(?=\\w)');
    expect(withPlainBoundaries('(?:x)?é\\b', 'iu')).toBe('(?:x)?é(?=\\w)');
    expect(withPlainBoundaries('a(?:x)?\\b', 'iu')).toBe('a(?:x)?(?!\\w)');
    expect(withPlainBoundaries('[\\b]a', 'iu')).toBe('[\\b]a');
    expect(withPlainBoundaries('\\bword\\b', 'u')).toBe('\\bword\\b');
    expect(withPlainBoundaries('\\bword\\b', 'i')).toBe('\\bword\\b');
  });

  it('rewrites inside groups and look-arounds, and keeps captures and quantifiers as written', () => {
    expect(withPlainBoundaries('(?<=\\bde )(\\d+)\\b(?:x|y){2,3}?', 'iu')).toBe('(?<=(?<!\\w)de )(\\d+)(?<!\\w)(?:x|y){2,3}?');
  });

  it('finds exactly the matches the pattern as written finds, on generated patterns and texts', () => {
    // Letters that fold to word characters (ſ, the Kelvin sign), accented ones that are no word characters, digits, `_`, spaces, punctuation.
    const letter = fc.constantFrom('a', 'B', 's', 'S', 'ſ', 'k', 'K', '\u212a', 'é', 'É', 'ß', 'я', '_', '1', ' ', '-', '.', "'", '’', '😀');
    const escaped = fc.constantFrom('\\s', '\\d', '\\w', '\\W', '\\.', '\\p{L}', '\\-', '\\u00e9', '\\x41', '\\u{1F600}', '[ab]', '[^a ]', '.', '\\b', '\\B', '^', '$');
    const quantifier = fc.constantFrom('', '', '', '?', '*', '+', '{2}', '{0,2}', '+?');
    const pattern: fc.Arbitrary<string> = fc.letrec((tie) => ({
      atom: fc.oneof(
        { weight: 4, arbitrary: letter.map((c) => c.replace(/[.*+?^${}()|[\]\\/-]/gu, '\\$&')) },
        { weight: 3, arbitrary: escaped },
        { weight: 2, arbitrary: fc.constant('\\b') },
        {
          weight: 1,
          arbitrary: fc
            .tuple(fc.constantFrom('(?:', '(', '(?<=', '(?<!', '(?=', '(?!'), fc.array(tie('sequence') as fc.Arbitrary<string>, { minLength: 1, maxLength: 3 }), quantifier)
            .map(([open, alternatives, q]) => `${open}${alternatives.join('|')})${open === '(?:' || open === '(' ? q : ''}`),
        },
      ),
      sequence: fc
        .array(fc.tuple(tie('atom') as fc.Arbitrary<string>, quantifier), { maxLength: 4, depthIdentifier: 'seq' })
        .map((terms) => terms.map(([atom, q]) => (/^(?:\\[bB]|\^|\$|\(\?<?[=!])/u.test(atom) ? atom : `${atom}${q}`)).join('')),
    })).sequence as fc.Arbitrary<string>;
    const text = fc.array(letter, { maxLength: 14 }).map((letters) => letters.join(''));
    fc.assert(
      fc.property(pattern, fc.array(text, { minLength: 1, maxLength: 4 }), (source, texts) => {
        let original: RegExp;
        try {
          original = new RegExp(source, 'giu');
        } catch {
          return; // not a pattern (a quantified look-around, `{2}` after nothing): nothing to compare
        }
        const rewritten = new RegExp(withPlainBoundaries(source, 'giu'), 'giu');
        for (const t of texts) expect(allMatches(rewritten, t)).toEqual(allMatches(original, t));
      }),
      { numRuns: 3000 },
    );
  });
});
