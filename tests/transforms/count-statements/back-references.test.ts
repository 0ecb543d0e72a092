import { describe, expect, it } from 'vitest';
import type { Language } from '../../../src/language/types.ts';
import { extractCountStatements } from '../../../src/transforms/count-statements/index.ts';

function read(text: string, language: Language) {
  const { statements, issues } = extractCountStatements([{ text, span: { lineStart: 1, lineEnd: 1 } }], { reportedIn: 2024, language });
  return {
    statements: statements.map((s) => [s.year, s.year_basis, s.action, s.total, s.counts.map((c) => `${c.category} ${c.quantity}`)]),
    rules: issues.map((i) => `${i.severity} ${i.rule}`),
  };
}

const collected = [2020, 'stated', 'collected', 250, ['firearms 250']];
const destroyed = [2020, 'inferred', 'destroyed', 100, ['firearms 100']];

// A count opening a sentence that picks from the weapons the sentence before counted is a statement of its own action,
// of those weapons, in the year the sentence before names (inferred: the sentence names none).
describe('a count referring back to the one weapons count of the sentence before is a statement of its own action', () => {
  it.each([
    ['In 2020 the army collected 250 weapons. 100 of them were destroyed.', 'en'],
    ['In 2020 the army collected 250 weapons. Of these, 100 were destroyed.', 'en'],
    ['In 2020 the army collected 250 weapons. Of them, 100 were destroyed.', 'en'],
    ['In 2020 the army collected 250 weapons. It destroyed 100 of them.', 'en'],
    ['En 2020, l’armée a collecté 250 armes. 100 d’entre elles ont été détruites.', 'fr'],
    ['En 2020 el ejército recogió 250 armas. De ellas, 100 fueron destruidas.', 'es'],
    ['Em 2020 o exército recolheu 250 armas. Destas, 100 foram destruídas.', 'pt'],
    ['В 2020 году армией собрано 250 единиц оружия. Из них 100 уничтожено.', 'ru'],
  ] as const)('%s', (text, language) => {
    const got = read(text, language);
    expect(got.statements).toEqual([collected, destroyed]);
    expect(got.rules).toEqual(['info year-inferred']);
  });

  it('a sentence naming its own year keeps it', () => {
    expect(read('In 2020 the army collected 250 weapons. In 2021, 100 of them were destroyed.', 'en').statements).toEqual([collected, [2021, 'stated', 'destroyed', 100, ['firearms 100']]]);
  });

  it('a part naming its own weapons still continues the statement before (no action of its own)', () => {
    expect(read('In 2020 the army collected 250 weapons. 100 of them were pistols.', 'en').statements).toEqual([[2020, 'stated', 'collected', 250, ['firearms 250', 'pistols 100']]]);
  });

  it.each([
    // Two kinds of weapons counted before: which ones were destroyed is not known; never guessed.
    ['In 2020 the army collected 250 weapons and 40 grenade launchers. 100 of them were destroyed.', 'en'],
    ['In 2020 the army collected 250 weapons and 40 grenade launchers. Of these, 100 were destroyed.', 'en'],
  ] as const)('%s: no number guessed, an issue says a count was not read', (text, language) => {
    const got = read(text, language);
    expect(got.statements.filter((s) => s[2] === 'destroyed')).toEqual([]);
    expect(got.rules).toContain('info count-not-read');
  });
});
