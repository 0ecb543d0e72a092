import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EndPattern } from '../../src/language/at-end.ts';
import { allLexicons } from '../../src/language/registry.ts';
import * as clauses from '../../src/transforms/count-statements/clauses.ts';
import * as compiled from '../../src/transforms/count-statements/compile.ts';

describe('EndPattern: an expression ending where the text ends, tried once at the end', () => {
  const tail = new EndPattern('\\s+(?:has|also)\\s*', 'iu');

  it('finds a tail at the end, and only there', () => {
    expect(tail.test('the police has')).toBe(true);
    expect(tail.test('the police HAS  ')).toBe(true);
    expect(tail.test('the police has seized')).toBe(false);
    expect(tail.test('the police')).toBe(false);
  });

  it('returns the match the forward expression returns, and cuts it off', () => {
    expect(tail.exec('the police has')?.index).toBe(10);
    expect(tail.cut('the police has')).toBe('the police');
    expect(tail.cut('the police has seized')).toBe('the police has seized');
  });

  it('returns the leftmost start where reading backwards would settle on a shorter tail', () => {
    // Read backwards from the end, `a` is tried before `b a` and ends the look-behind at " a"; the forward
    // expression's match starts at " b a". The forward match is the one returned.
    const ambiguous = new EndPattern('\\s+(?:a|b a)', 'u');
    expect(ambiguous.exec('x b a')?.[0]).toBe(' b a');
    expect(ambiguous.cut('x b a')).toBe('x');
  });

  it('refuses the flags that would make it try more than once', () => {
    expect(() => new EndPattern('a', 'gu')).toThrow(/may not hold g or y/u);
  });
});

/** Every tail expression the count statements compile from the lexicons. */
const PATTERNS = Object.entries({ ...compiled, ...clauses }).filter((entry): entry is [string, EndPattern] => entry[1] instanceof EndPattern);

/** Words of every lexicon's count-statement lists, with digits and punctuation: the stuff of clause ends. */
const WORDS = [
  ...new Set(
    allLexicons().flatMap((lexicon) =>
      Object.values(lexicon.countStatements)
        .filter((list): list is string[] => Array.isArray(list))
        .flat()
        .filter((word) => !/[\\()[\]|?*+{}^$]/u.test(word)),
    ),
  ),
  '2019',
  '1,200',
  'police',
  'Police',
  '(',
  ')',
  ',',
  '.',
  ';',
  ':',
];
const SEPARATORS = [' ', '  ', '', ', ', '\n'];

describe('EndPattern keeps the meaning of every `$`-anchored expression of the count statements', () => {
  it('holds several expressions (the list is read from the modules)', () => {
    expect(PATTERNS.map(([name]) => name)).toEqual(expect.arrayContaining(['SUPPORT_VERB_TAIL', 'DOCUMENT_BEFORE', 'RANGE_OPEN', 'CHANGE_BEFORE']));
  });

  const text = fc
    .array(fc.tuple(fc.constantFrom(...WORDS), fc.constantFrom(...SEPARATORS)), { maxLength: 8 })
    .map((parts) => parts.map(([word, separator]) => word + separator).join(''));

  it.each(PATTERNS)('%s: test, exec and cut as the forward expression gives them', (_name, pattern) => {
    const forward = new RegExp(pattern.source, pattern.flags);
    fc.assert(
      fc.property(text, (t) => {
        const expected = forward.exec(t);
        const got = pattern.exec(t);
        expect(pattern.test(t)).toBe(expected !== null);
        expect(got === null ? null : [got.index, ...got]).toEqual(expected === null ? null : [expected.index, ...expected]);
        expect(pattern.cut(t)).toBe(t.replace(forward, ''));
      }),
      { numRuns: 300 },
    );
  });
});
