import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../../src/language/types.ts';
import { extractCountStatements } from '../../src/transforms/count-statements/index.ts';
import { findMalformedNumbers, parseIntegerToken } from '../../src/transforms/quantity.ts';

/**
 * The South Asian grouping (`1,25,000` = 125,000, `12,34,567` = 1,234,567: three digits last, then groups of two)
 * is read in every language and named in the lineage (`quantity.south-asian-grouping`). Digits joined by commas in
 * no grouping a language writes (`1,25,00`, `12,5000`) are no number: never read, and reported when weapons follow
 * (two marks or more: count-ambiguous-number; one: count-not-integer, a decimal to the count reader).
 */

/** `n` written the South Asian way. */
function southAsian(n: number): string {
  const digits = String(n);
  const last = digits.slice(-3);
  let rest = digits.slice(0, -3);
  const groups: string[] = [];
  while (rest.length > 2) {
    groups.unshift(rest.slice(-2));
    rest = rest.slice(0, -2);
  }
  return [rest, ...groups, last].join(',');
}

const read = (text: string) => extractCountStatements([{ text, span: { lineStart: 1, lineEnd: 1 } }], { reportedIn: 2024, language: 'en', agencyAliases: {} });

describe('the South Asian grouping', () => {
  it('reads every number of six digits or more written so, in every language, as its value', () => {
    fc.assert(
      fc.property(fc.integer({ min: 100_000, max: 999_999_999_999 }), fc.constantFrom(...LANGUAGES, null), (n, language) => {
        expect(parseIntegerToken(southAsian(n), language)).toBe(n);
      }),
      { numRuns: 300 },
    );
  });

  it('names the grouping in the count step', () => {
    const out = read('In 2022, 1,25,000 firearms were seized by the police.');
    expect(out.statements.map((s) => s.total)).toEqual([125000]);
    expect(out.statements[0]?.counts[0]?.steps?.[0]).toMatchObject({ source_words: '1,25,000', rule: 'quantity.south-asian-grouping', value: '125000' });
  });
});

describe('digits joined by commas in no grouping', () => {
  // Groups after the first that are neither all of three digits nor two-digit groups closed by three.
  const badGroups = fc
    .tuple(fc.integer({ min: 1, max: 99 }), fc.array(fc.integer({ min: 0, max: 9999 }).map(String), { minLength: 1, maxLength: 3 }))
    .filter(([, rest]) => !rest.every((g) => g.length === 3) && !(rest.length > 1 && rest.slice(0, -1).every((g) => g.length === 2) && rest.at(-1)?.length === 3));

  it('are never read as a count, and are reported when weapons follow', () => {
    fc.assert(
      fc.property(badGroups, ([first, rest]) => {
        const written = [String(first), ...rest].join(',');
        const out = read(`In 2021 the police seized ${written} firearms.`);
        expect(out.statements).toEqual([]);
        const rules = out.issues.map((i) => i.rule);
        expect(rules).toContain(rest.length > 1 ? 'count-ambiguous-number' : 'count-not-integer');
        expect(rules.filter((r) => r === 'count-ambiguous-number' || r === 'count-not-integer')).toHaveLength(1);
      }),
      { numRuns: 150 },
    );
  });

  it('a decimal comma is not one of them', () => {
    expect(findMalformedNumbers('1,5 million de cartouches', 'fr')).toEqual([]);
    expect(findMalformedNumbers('2,5 thousand weapons', 'en')).toEqual([]);
    expect(findMalformedNumbers('1,25,00 armes', 'fr').map((m) => m.raw)).toEqual(['1,25,00']);
  });
});
