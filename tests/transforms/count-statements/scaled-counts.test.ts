import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractCountStatements } from '../../../src/transforms/count-statements/index.ts';
import type { Language } from '../../../src/language/types.ts';

/**
 * A count written with a word for its scale ("1.5 thousand", "2,3 mil", "12k", "1,2 тыс.", "12万支") is that many
 * items, never its digits alone: the scale's value is the lexicon's (`scaleWords`), a decimal is read in the
 * language's own mark and only when the product is a whole number; anything else is refused with count-not-integer.
 */

const read = (text: string, language: Language) => {
  const out = extractCountStatements([{ text, span: { lineStart: 1, lineEnd: 1 } }], { reportedIn: 2021, language, agencyAliases: {} });
  return { totals: out.statements.map((s) => [s.total, s.counts.map((c) => [c.quantity, c.approx_qualifier])]), rules: out.issues.map((i) => i.rule) };
};

describe('scaled counts', () => {
  it.each([
    ['In 2020, the police seized 12k firearms.', 'en', 12000, null],
    ['In 2020, the police seized about 1.5 thousand weapons.', 'en', 1500, 'about'],
    ['In 2020, customs seized 2 million rounds and 3 thousand rifles.', 'en', 3000, null],
    ['En 2020, Carabineros decomisó 2,3 mil armas de fuego.', 'es', 2300, null],
    ['Em 2020, a polícia apreendeu 1,25 mil armas.', 'pt', 1250, null],
    ['В 2020 году Пограничной службой изъято 1,2 тыс. единиц оружия.', 'ru', 1200, null],
    ['В 2017 году уничтожено около 5 тысяч единиц оружия.', 'ru', 5000, 'около'],
    ['2017年销毁枪支12万支。', 'zh', 120000, null],
  ] as const)('%s -> %d', (text, language, total, qualifier) => {
    expect(read(text, language)).toEqual({ totals: [[total, [[total, qualifier]]]], rules: [] });
  });

  it.each([
    // The other language's decimal mark: 2,5 in English is no decimal; 2.3 in Spanish is 2300 written with a dot
    // for thousands, not 2.3 thousand.
    ['In 2021, 2,5 thousand weapons were destroyed.', 'en'],
    ['In 2021, 1.2345 thousand weapons were destroyed.', 'en'],
    ['2017年销毁枪支1.2万支。', 'zh'],
  ] as const)('%s -> no count, count-not-integer', (text, language) => {
    expect(read(text, language)).toEqual({ totals: [], rules: ['count-not-integer'] });
  });

  it('reads any whole number of thousands as that many, and a one-decimal figure as its hundreds', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 999 }), fc.integer({ min: 0, max: 9 }), (whole, tenth) => {
        expect(read(`In 2020, the police seized ${whole} thousand weapons.`, 'en').totals).toEqual([[whole * 1000, [[whole * 1000, null]]]]);
        expect(read(`En 2020, la policía decomisó ${whole},${tenth} mil armas.`, 'es').totals).toEqual([[whole * 1000 + tenth * 100, [[whole * 1000 + tenth * 100, null]]]]);
      }),
      { numRuns: 60 },
    );
  });
});
