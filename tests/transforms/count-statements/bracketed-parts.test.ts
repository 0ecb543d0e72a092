import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractCountStatements } from '../../../src/transforms/count-statements/index.ts';

const read = (text: string, language: string) => extractCountStatements([{ text, span: { lineStart: 1, lineEnd: 1 } }], { reportedIn: 2024, language });
const shape = (text: string, language: string) =>
  read(text, language).statements.map((s) => ({ total: s.total, sum: s.components_sum, reconciliation: s.reconciliation, counts: s.counts.map((c) => [c.category, c.quantity, c.is_total]) }));

describe('categories followed by their counts in brackets are the parts of the count before them', () => {
  it('en, a list wrapped over a line, the last item after "and"', () => {
    expect(shape('In 2022 the police recovered 1,400 illicit firearms: pistols\n(612), revolvers (403), shotguns (278) and home-made firearms (107).', 'en')).toEqual([
      { total: 1400, sum: 1400, reconciliation: 'balanced', counts: [['firearms', 1400, true], ['pistols', 612, false], ['revolvers', 403, false], ['shotguns', 278, false], ['home_made', 107, false]] },
    ]);
  });

  it('es, fr, ru', () => {
    expect(shape('En 2023, la policía incautó 1.046 armas de fuego: pistolas (512), revólveres (389) y escopetas (145).', 'es')[0]?.counts).toEqual([
      ['firearms', 1046, true], ['pistols', 512, false], ['revolvers', 389, false], ['shotguns', 145, false],
    ]);
    expect(shape('En 2020, la police a saisi 900 armes : pistolets (500) et fusils (400).', 'fr')[0]?.reconciliation).toBe('balanced');
    expect(shape('В 2020 году полиция изъяла 900 единиц оружия: пистолеты (500), автоматы (400).', 'ru')[0]?.counts).toEqual([
      ['firearms', 900, true], ['pistols', 500, false], ['fully_automatic', 400, false],
    ]);
  });

  it('a parenthesised number that is no count stays none: a lone footnote number, a year, a percentage', () => {
    expect(shape('In 2021 the police destroyed 300 pistols (1) and 200 rifles.', 'en')[0]?.counts).toEqual([['pistols', 300, false], ['rifles', 200, false]]);
    const year = read('In 2020 the police seized 900 weapons: pistols (2019), rifles (2020).', 'en');
    expect(year.statements.map((s) => s.counts.map((c) => c.quantity))).toEqual([[900]]);
    expect(year.issues.some((i) => i.message.includes("'2019' in brackets"))).toBe(true);
    expect(shape('In 2020 the police seized 900 weapons: pistols (12 %), rifles (40 %).', 'en')[0]?.counts).toEqual([['firearms', 900, true]]);
  });

  it('property: any bracketed list is read as exactly its parts, under the total before it', () => {
    const names = ['pistols', 'revolvers', 'shotguns', 'rifles'] as const;
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 2, max: 1899 }), { minLength: 2, maxLength: 4 }), fc.constantFrom(', ', '; '), (parts, joiner) => {
        const items = parts.map((n, i) => `${names[i]} (${n.toLocaleString('en-US')})`);
        const list = `${items.slice(0, -1).join(joiner)} and ${items[items.length - 1]}`;
        const total = parts.reduce((a, b) => a + b, 0);
        const [s] = shape(`In 2020 the army destroyed ${total.toLocaleString('en-US')} weapons: ${list}.`, 'en');
        expect(s?.counts).toEqual([['firearms', total, true], ...parts.map((n, i) => [names[i], n, false])]);
        expect(s?.reconciliation).toBe('balanced');
      }),
    );
  });
});
