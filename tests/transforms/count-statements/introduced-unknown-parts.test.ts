import { describe, expect, it } from 'vitest';
import type { Language } from '../../../src/language/types.ts';
import { extractCountStatements } from '../../../src/transforms/count-statements/index.ts';

function read(text: string, language: Language) {
  const { statements, issues } = extractCountStatements([{ text, span: { lineStart: 1, lineEnd: 1 } }], { reportedIn: 2024, language });
  return {
    statements: statements.map((s) => [s.total, s.components_sum, s.reconciliation, s.counts.map((c) => [c.category, c.category_raw, c.quantity, c.is_total])]),
    rules: issues.map((i) => `${i.severity} ${i.rule}`),
  };
}

// DOMAIN.md: "never drop an unknown term, keep it raw and flag it". A part the words announce ("of which", "including",
// "dont", "из них") is a part of the count before it whatever it names: category NULL, its words in category_raw.
describe('a part announced by a part introducer whose words name no known category is kept (category NULL, raw words kept)', () => {
  it.each([
    ['In 2021 customs seized 400 pistols, of which 100 Glocks.', 'en', [[400, 100, 'unbalanced', [['pistols', 'pistols', 400, true], [null, 'Glocks', 100, false]]]], ['warning unbalanced-count', 'info unknown-category']],
    ['In 2021 customs seized 400 pistols, including 100 Glocks and 50 Berettas.', 'en', [[400, 150, 'unbalanced', [['pistols', 'pistols', 400, true], [null, 'Glocks', 100, false], [null, 'Berettas', 50, false]]]],
      ['warning unbalanced-count', 'info unknown-category', 'info unknown-category']],
    // The parts add up: balanced, as with known categories.
    ['In 2021 customs seized 150 pistols, including 100 Glocks and 50 Berettas.', 'en', [[150, 150, 'balanced', [['pistols', 'pistols', 150, true], [null, 'Glocks', 100, false], [null, 'Berettas', 50, false]]]],
      ['info unknown-category', 'info unknown-category']],
    ['En 2021, la douane a saisi 400 pistolets, dont 100 Glock.', 'fr', [[400, 100, 'unbalanced', [['pistols', 'pistolets', 400, true], [null, 'Glock', 100, false]]]], ['warning unbalanced-count', 'info unknown-category']],
    ['En 2021 la aduana incautó 400 pistolas, de las cuales 100 Glock.', 'es', [[400, 100, 'unbalanced', [['pistols', 'pistolas', 400, true], [null, 'Glock', 100, false]]]], ['warning unbalanced-count', 'info unknown-category']],
    ['В 2021 году таможней изъято 400 пистолетов, из них 100 Глок.', 'ru', [[400, 100, 'unbalanced', [['pistols', 'пистолетов', 400, true], [null, 'Глок', 100, false]]]], ['warning unbalanced-count', 'info unknown-category']],
  ] as const)('%s', (text, language, statements, rules) => {
    const got = read(text, language);
    expect(got.statements).toEqual(statements);
    expect(got.rules).toEqual(rules);
  });

  it('a part announced that names no weapons at all (a place) is still no part, with its issue', () => {
    const got = read('In 2021 customs seized 400 pistols, of which 100 in Nairobi.', 'en');
    expect(got.statements).toEqual([[400, null, 'no_parts', [['pistols', 'pistols', 400, true]]]]);
    expect(got.rules).toEqual(['info count-part-no-category']);
  });
});

// The count's own clause (its verb, its agent) may stand between it and the part introducer: the part is still its.
describe('a part introduced after the count\'s own clause', () => {
  it.each([
    ['In 2023, 14,862 firearms were recovered by the police, of which 3,115 were Glocks.', 'en', [[14862, 3115, 'unbalanced', [['firearms', 'firearms', 14862, true], [null, 'Glocks', 3115, false]]]], ['warning unbalanced-count', 'info unknown-category']],
    ['In 2023, 14,862 firearms were recovered by the police, of which 3,115 were country-made pistols.', 'en', [[14862, 3115, 'unbalanced', [['firearms', 'firearms', 14862, true], ['home_made', 'country-made pistols', 3115, false]]]], ['warning unbalanced-count']],
    ['En 2023, 1 400 armes ont été saisies par la police, dont 300 Glock.', 'fr', [[1400, 300, 'unbalanced', [['firearms', 'armes', 1400, true], [null, 'Glock', 300, false]]]], ['warning unbalanced-count', 'info unknown-category']],
  ] as const)('%s', (text, language, statements, rules) => {
    const got = read(text, language);
    expect(got.statements).toEqual(statements);
    expect(got.rules).toEqual(rules);
  });

  it('one that names no weapons (a place) is no part, with its issue', () => {
    const got = read('In 2023, 400 firearms were destroyed by the army, including 100 in Nairobi.', 'en');
    expect(got.statements).toEqual([[400, null, 'no_parts', [['firearms', 'firearms', 400, true]]]]);
    expect(got.rules).toEqual(['info count-part-no-category']);
  });
});
