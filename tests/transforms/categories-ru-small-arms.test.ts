import { describe, expect, it } from 'vitest';
import { matchWeaponCategory } from '../../src/transforms/categories.ts';
import { extractCountStatements } from '../../src/transforms/count-statements/index.ts';

describe('Russian: "стрелковое оружие" (small arms) is the generic total', () => {
  it.each([
    ['единиц стрелкового оружия.', 'единиц стрелкового оружия'],
    ['стрелкового оружия и легких вооружений, в том числе', 'стрелкового оружия и легких вооружений'],
    ['стрелковое оружие', 'стрелковое оружие'],
  ])('%s -> firearms', (words, raw) => {
    expect(matchWeaponCategory(words)).toMatchObject({ code: 'firearms', raw });
  });

  it('loads a statement whose total is counted in units of small arms, with its parts', () => {
    const { statements } = extractCountStatements(
      [{ text: 'В 2016 году органами внутренних дел изъято 312 единиц стрелкового оружия, в том числе 200 пистолетов и 112 автоматов.', span: { lineStart: 4, lineEnd: 4 } }],
      { reportedIn: 2017, language: 'ru' },
    );
    expect(statements.map((s) => [s.year, s.action, s.total, s.reconciliation])).toEqual([[2016, 'seized', 312, 'balanced']]);
  });

  it('leaves "стрелковый" alone as an adjective of something else (no count of "стрелковый тир")', () => {
    const { statements } = extractCountStatements([{ text: 'В 2016 году построено 3 стрелковых тира.', span: { lineStart: 1, lineEnd: 1 } }], { reportedIn: 2017, language: 'ru' });
    expect(statements).toEqual([]);
  });
});
