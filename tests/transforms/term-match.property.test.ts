import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AGENCIES, ACTIONS, findActions, matchAgency, WEAPON_CATEGORIES } from '../../src/transforms/categories.ts';
import { AnchoredTerm, BoundedTerm } from '../../src/transforms/term-match.ts';

/**
 * The references are what the matchers did before term-match.ts: each term one expression with its
 * boundaries inside, run with matchAll, test or exec. The texts are made of the lexicons' own terms (a
 * string each pattern matches, in random case) between noise that tests the boundaries: letters of several
 * scripts, digits, hyphens, an astral letter (𝐀) and symbol (😀), and U+0345, which is no letter but
 * case-folds to one.
 */
const WB = '(?<![\\p{L}\\p{N}])';
const WE = '(?![\\p{L}\\p{N}])';
const CATEGORY_END = '(?![\\p{L}\\p{N}]|-\\p{L})';
const HAN = /\p{Script=Han}/u;

const compiled = new Map<string, RegExp>();
function reference(source: string, flags: string): RegExp {
  const key = `${flags} ${source}`;
  let re = compiled.get(key);
  if (!re) {
    re = new RegExp(source, flags);
    compiled.set(key, re);
  }
  return re;
}

const PATTERNS = [...new Set([...WEAPON_CATEGORIES.flatMap((t) => t.patterns), ...ACTIONS.map((t) => t.pattern), ...AGENCIES.map((t) => t.pattern)])];
// One generator per pattern, built once (building one costs milliseconds).
const SAMPLES = PATTERNS.map((pattern) => fc.stringMatching(new RegExp(`^(?:${pattern})$`, 'u')));
const termText = fc
  .oneof(...SAMPLES)
  .chain((text) => fc.constantFrom(text, text.toUpperCase(), text.charAt(0).toUpperCase() + text.slice(1)));
const noise = fc
  .array(fc.constantFrom('a', 's', 'X', 'é', 'ж', 'Ж', 'ё', '枪', 'ب', '1', '7', ' ', ' ', '-', ',', '.', '\n', '𝐀', '😀', '\u0345', "'", '’'), { maxLength: 4 })
  .map((chars) => chars.join(''));
const text = fc.array(fc.tuple(noise, termText), { minLength: 1, maxLength: 4 }).map((parts) => parts.map(([n, t]) => n + t).join(''));
/** A pattern and a text that holds a string it matches, with letters, digits or hyphens maybe glued on either side. */
const patternInText = fc
  .nat(PATTERNS.length - 1)
  .chain((i) => fc.tuple(fc.constant(PATTERNS[i] as string), fc.tuple(noise, SAMPLES[i] as fc.Arbitrary<string>, noise, text).map((parts) => parts.join(''))));

describe('lexicon terms matched bare, boundaries checked after (term-match.ts)', () => {
  it('BoundedTerm finds what matchAll of the bounded expression finds (property)', () => {
    fc.assert(
      fc.property(patternInText, fc.constantFrom('iu', 'u'), fc.boolean(), ([source, t], flags, bounded) => {
        const boundaries = bounded ? { start: WB, end: WE } : { start: '', end: '' };
        const expected = [...t.matchAll(reference(`${boundaries.start}(?:${source})${boundaries.end}`, `g${flags}`))].map((m) => ({ index: m.index, end: (m.index ?? 0) + m[0].length }));
        const term = new BoundedTerm(source, boundaries, flags);
        expect(term.all(t)).toEqual(expected);
        expect(term.test(t)).toBe(expected.length > 0);
      }),
      { numRuns: 1500 },
    );
  });

  it('AnchoredTerm matches at the start what the anchored expression with its end does (property)', () => {
    const categories = WEAPON_CATEGORIES.flatMap((t) => t.patterns.map((source) => ({ source, lexicon: t.lexicon, sample: SAMPLES[PATTERNS.indexOf(source)] as fc.Arbitrary<string> })));
    const categoryAndText = fc
      .constantFrom(...categories)
      .chain((category) => fc.tuple(fc.constant(category), fc.tuple(category.sample, noise, text).map((parts) => parts.join(''))));
    fc.assert(
      fc.property(categoryAndText, noise, ([category, t], lead) => {
        const continuations = category.lexicon.categoryWords.nounContinuations;
        const end = category.lexicon.boundary !== 'none' ? CATEGORY_END : continuations.length > 0 ? `(?!${continuations.join('|')})` : '';
        // Mostly a text that starts with the term, sometimes one that starts with noise.
        const input = lead.length % 3 === 2 ? lead + t : t;
        const expected = reference(`^(?:${category.source})${end}`, 'iu').exec(input);
        expect(new AnchoredTerm(category.source, end, 'iu').matchLength(input)).toBe(expected ? expected[0].length : -1);
      }),
      { numRuns: 1500 },
    );
  });

  it('falls back to the bounded expression where the first way is not allowed, and backtracks as it does', () => {
    // "rifled weapons" is followed by a letter; the bounded expression backtracks to "rifled".
    expect(new AnchoredTerm('rifled(?:\\s+weapons)?', CATEGORY_END, 'iu').matchLength('rifled weaponsmith')).toBe(6);
    expect(new AnchoredTerm('gas', CATEGORY_END, 'iu').matchLength('gasoline')).toBe(-1);
    expect(new AnchoredTerm('arms', CATEGORY_END, 'iu').matchLength('arms-related')).toBe(-1);
    expect(new BoundedTerm('rifled(?:\\s+weapons)?', { start: WB, end: WE }, 'iu').all('1 rifled weaponsmith')).toEqual([{ index: 2, end: 8 }]);
    expect(new BoundedTerm('seized|seize', { start: WB, end: WE }, 'iu').all('unseized, Seized; seizeds')).toEqual([{ index: 10, end: 16 }]);
    expect(new BoundedTerm('KNB', { start: WB, end: WE }, 'u').all('knb KNB xKNB')).toEqual([{ index: 4, end: 7 }]);
  });
});

/** findActions as it was: every action's bounded expression with matchAll, then the longest at each place. */
function referenceFindActions(t: string): { code: string; raw: string; index: number; end: number }[] {
  const found = ACTIONS.flatMap((term) =>
    [...t.matchAll(reference(HAN.test(term.pattern) ? `(?:${term.pattern})` : `${WB}(?:${term.pattern})${WE}`, 'giu'))].map((m) => ({
      code: term.code,
      raw: m[0],
      index: m.index ?? 0,
      end: (m.index ?? 0) + m[0].length,
    })),
  );
  found.sort((a, b) => a.index - b.index || b.end - a.end);
  const kept: typeof found = [];
  for (const match of found) {
    const last = kept[kept.length - 1];
    if (!last || match.index >= last.end) kept.push(match);
  }
  return kept;
}

/** matchAgency as it was: the first agency term, in the model's order, whose bounded expression is in the text. */
function referenceMatchAgency(t: string): string | null {
  const term = AGENCIES.find((a) => reference(HAN.test(a.pattern) ? `(?:${a.pattern})` : `${WB}(?:${a.pattern})${WE}`, a.caseSensitive ? 'u' : 'iu').test(t));
  return term?.code ?? null;
}

describe('findActions and matchAgency over the lexicons (property)', () => {
  it('findActions gives what the per-term expressions gave', () => {
    fc.assert(
      fc.property(text, (t) => {
        expect(findActions(t)).toEqual(referenceFindActions(t));
      }),
      { numRuns: 1000 },
    );
  });

  it('matchAgency gives what the per-term expressions gave', () => {
    fc.assert(
      fc.property(text, (t) => {
        expect(matchAgency(t)).toBe(referenceMatchAgency(t));
      }),
      { numRuns: 1000 },
    );
  });
});
