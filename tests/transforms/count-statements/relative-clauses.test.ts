import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractCountStatements } from '../../../src/transforms/count-statements/index.ts';

/**
 * An action word in a relative clause right after a count's weapons ("eleven shotguns that had been handed in")
 * says what had been done with those weapons before: it is no action of the statement, and it does not open a new
 * statement for the count after it. "together with", "ainsi que", "junto con" add parts to the same statement.
 */
function read(text: string, language: string): { action: string | null; total: number | null; sum: number | null; parts: number[] }[] {
  const { statements } = extractCountStatements([{ text, span: { lineStart: 1, lineEnd: 1 } }], { reportedIn: 2024, language });
  return statements.map((s) => ({ action: s.action, total: s.total, sum: s.components_sum, parts: s.counts.map((c) => c.quantity) }));
}

describe('a relative clause after the weapons does not give the next count its action', () => {
  it.each([
    ['en', 'In 2023 the Police destroyed eleven shotguns that had been handed in after their owners died, together with the three weapons seized earlier.'],
    ['en', 'In 2021 the army destroyed 40 rifles which had been surrendered by former combatants, as well as 12 pistols.'],
    ['en', 'In 2021 the army destroyed 40 rifles, which had been voluntarily surrendered, along with 12 pistols.'],
    ['fr', 'En 2023, la police a détruit 11 fusils qui avaient été saisis par la douane, ainsi que 3 pistolets.'],
    ['es', 'En 2023 la Policía destruyó 11 escopetas que habían sido entregadas por sus dueños, junto con 3 pistolas.'],
    ['pt', 'Em 2023 a Polícia destruiu 11 pistolas que tinham sido apreendidas pela alfândega, juntamente com 3 espingardas.'],
  ] as const)('%s: %s', (language, text) => {
    const statements = read(text, language);
    expect(statements).toHaveLength(1);
    expect(statements[0]?.action).toBe('destroyed');
    expect(statements[0]?.total).toBeNull();
    expect(statements[0]?.sum).toBe(statements[0]?.parts.reduce((a, b) => a + b, 0));
    expect(statements[0]?.parts).toHaveLength(2);
  });

  it('the action of a count is never the one of a relative clause describing it', () => {
    expect(read('The 40 weapons that had been seized by the police were destroyed in 2023.', 'en').map((s) => s.action)).toEqual(['destroyed']);
    expect(read('Les 40 armes qui avaient été saisies par la police ont été détruites en 2023.', 'fr').map((s) => s.action)).toEqual(['destroyed']);
  });

  it('with no other action word, the relative clause says what was done with the weapons', () => {
    expect(read('In 2014, residents handed over 300 weapons that were then destroyed.', 'en').map((s) => [s.action, s.total])).toEqual([['destroyed', 300]]);
  });

  it('a second action of its own after a comma still opens a statement', () => {
    expect(read('In 2020 the police seized 300 weapons, and reported that the army destroyed 200 rifles.', 'en').map((s) => [s.action, s.total])).toEqual([
      ['seized', 300],
      ['destroyed', 200],
    ]);
    expect(read('In 2020 the police seized 300 weapons and destroyed 200 rifles.', 'en').map((s) => [s.action, s.total])).toEqual([
      ['seized', 300],
      ['destroyed', 200],
    ]);
  });

  it('whatever the words of the relative clause, the statement keeps its own action and both parts', () => {
    const verbs = ['handed in', 'surrendered', 'seized', 'collected', 'recovered'];
    const leads = ['that had been', 'which were', ', which had been', 'that were voluntarily'];
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 9000 }), fc.integer({ min: 2, max: 900 }), fc.constantFrom(...verbs), fc.constantFrom(...leads), (a, b, verb, lead) => {
        const text = `In 2022 the police destroyed ${a} rifles ${lead} ${verb} earlier, together with ${b} pistols.`.replace(' ,', ',');
        const statements = read(text, 'en');
        expect(statements.map((s) => [s.action, s.total, s.parts])).toEqual([['destroyed', null, [a, b]]]);
      }),
      { numRuns: 60 },
    );
  });
});
