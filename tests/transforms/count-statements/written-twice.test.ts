import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractCountStatements } from '../../../src/transforms/count-statements/index.ts';

const read = (text: string, language: string) => {
  const out = extractCountStatements([{ text, span: { lineStart: 1, lineEnd: 1 } }], { reportedIn: 2021, language });
  return {
    statements: out.statements.map((s) => [s.year, s.action, s.total, s.counts.map((c) => [c.category, c.quantity, c.is_total])]),
    ambiguous: out.issues.filter((i) => i.rule === 'count-ambiguous-number').map((i) => i.message),
    steps: out.statements.flatMap((s) => s.counts.flatMap((c) => (c.steps ?? []).filter((step) => step.column === 'quantity').map((step) => [step.rule, step.source_words, step.value]))),
  };
};

describe('a number written twice, in words and in digits in parentheses, is ONE number', () => {
  it.each([
    ['fr', 'En 2020, la police a détruit mille quatre cent cinquante (1 450) armes à feu.', 1450],
    ['fr', 'En 2020, la police a détruit 1 450 (mille quatre cent cinquante) armes à feu.', 1450],
    ['fr', 'En 2019, la gendarmerie a détruit quatre-vingt-quinze (95) pistolets.', 95],
    ['en', 'In 2020 the police destroyed one thousand four hundred and fifty (1,450) firearms.', 1450],
    ['en', 'In 2020 the police destroyed 1,450 (one thousand four hundred and fifty) firearms.', 1450],
    ['es', 'En 2020, la Policía destruyó mil cuatrocientas cincuenta (1.450) armas de fuego.', 1450],
    ['pt', 'Em 2020, a Polícia destruiu mil quatrocentas e cinquenta (1.450) armas de fogo.', 1450],
  ] as const)('%s: %s', (language, text, value) => {
    const r = read(text, language);
    expect(r.statements).toEqual([[expect.any(Number), 'destroyed', value, [[expect.any(String), value, true]]]]);
    expect(r.ambiguous).toEqual([]);
    expect(r.steps).toEqual([['quantity.words-and-digits', expect.stringContaining('('), String(value)]]);
  });

  it('two parts each written twice are two parts, never four', () => {
    expect(read('In 2020 the police seized two (2) pistols and forty-five (45) rifles.', 'en').statements).toEqual([
      [2020, 'seized', null, [['pistols', 2, false], ['rifles', 45, false]]],
    ]);
  });

  it('words and digits that disagree: no count, a warning naming both', () => {
    const r = read('En 2020, la police a détruit mille quatre cents (1 450) armes à feu.', 'fr');
    expect(r.statements).toEqual([]);
    expect(r.ambiguous).toEqual([
      `"mille quatre cents (1 450) armes à feu": the words 'mille quatre cents' (1400) and the digits '1 450' (1450) are one number written twice and disagree; not guessed; not loaded, the count is NULL.`,
    ]);
  });

  it('a year written twice is no count', () => {
    expect(read('En deux mille vingt (2020), la police a détruit 300 armes.', 'fr').statements.map((s) => s[2])).toEqual([300]);
  });

  it('words then digits not in parentheses stay two numbers (a list, not a repetition)', () => {
    const r = read('In 2020 the police seized two pistols, 45 rifles.', 'en');
    expect(r.statements).toEqual([[2020, 'seized', null, [['pistols', 2, false], ['rifles', 45, false]]]]);
  });
});

/** English words for 1..999,999 (the legal style writes them with `and` before the tens). */
function english(n: number): string {
  const ones = ['', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'];
  const tens = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
  const under100 = (x: number): string => (x < 20 ? (ones[x] ?? '') : `${tens[Math.floor(x / 10)]}${x % 10 ? `-${ones[x % 10]}` : ''}`);
  const under1000 = (x: number): string => {
    const h = Math.floor(x / 100);
    const r = x % 100;
    return [h ? `${ones[h]} hundred` : '', r ? `${h ? 'and ' : ''}${under100(r)}` : ''].filter(Boolean).join(' ');
  };
  const th = Math.floor(n / 1000);
  const rest = n % 1000;
  return [th ? `${under1000(th)} thousand` : '', rest ? `${th && rest < 100 ? 'and ' : ''}${under1000(rest)}` : ''].filter(Boolean).join(' ');
}

describe('property: words and digits of one number', () => {
  it('agreeing: one count of that number; disagreeing: no count at all', () => {
    fc.assert(
      // Half the runs write the same number twice, half two different ones.
      fc.property(fc.integer({ min: 1, max: 999_999 }), fc.integer({ min: 1, max: 999_999 }), fc.boolean(), (n, other, same) => {
        const m = same ? n : other;
        const digits = m.toLocaleString('en-US');
        const r = read(`In 2019 the police destroyed ${english(n)} (${digits}) firearms.`, 'en');
        const loaded = r.statements.flatMap((s) => (s[3] as Array<[string, number, number]>).map((c) => c[1]));
        if (n === m) {
          expect(loaded).toEqual([n]);
          expect(r.ambiguous).toEqual([]);
        } else {
          expect(loaded).toEqual([]);
          expect(r.ambiguous).toHaveLength(1);
        }
      }),
      { numRuns: 150 },
    );
  });
});
