import { describe, expect, it } from 'vitest';
import { extractCountStatements } from '../../../src/transforms/count-statements/index.ts';

const read = (text: string, language: string, reportingPeriod: { year: number | null; words: string } | null) =>
  extractCountStatements([{ text, span: { lineStart: 18, lineEnd: 18 } }], { reportedIn: 2024, language, reportingPeriod });
const oneYear = { year: 2023, words: '1 January to 31 December 2023' };
const twoYears = { year: null, words: '1 July 2022 to 30 June 2023' };

describe('a nil return: a stated zero of each action joined, in the year of a one-year reporting period', () => {
  it.each([
    ['en', 'No weapons were seized or destroyed during the period.'],
    ['en', 'No weapons were seized, collected or destroyed during the reporting period.'],
    ['fr', "Aucune arme n'a été saisie ni détruite au cours de la période."],
    ['ru', 'За отчетный период не было изъято и уничтожено ни одной единицы оружия.'],
  ])('%s: %s', (language, text) => {
    const { statements, issues } = read(text, language, oneYear);
    expect(statements.length).toBeGreaterThanOrEqual(1);
    expect(new Set(statements.map((s) => s.action)).size).toBe(statements.length);
    for (const s of statements) {
      expect([s.year, s.year_basis, s.total, s.reconciliation]).toEqual([2023, 'inferred', 0, 'no_parts']);
    }
    expect(issues.filter((i) => i.rule === 'year-inferred')).toHaveLength(statements.length);
  });

  it('en: seized and destroyed each get their zero', () => {
    expect(read('No weapons were seized or destroyed during the period.', 'en', oneYear).statements.map((s) => s.action)).toEqual(['seized', 'destroyed']);
    expect(read("Aucune arme n'a été saisie ni détruite au cours de la période.", 'fr', oneYear).statements.map((s) => s.action)).toEqual(['seized', 'destroyed']);
  });

  it('a reporting period over two years gives NULL and a warning; none stated gives NULL as before', () => {
    const two = read('No weapons were seized or destroyed during the period.', 'en', twoYears);
    expect(two.statements.map((s) => s.year)).toEqual([null, null]);
    expect(two.issues.filter((i) => i.rule === 'year-unknown').map((i) => i.severity)).toEqual(['warning', 'warning']);
    expect(read('No weapons were seized or destroyed during the period.', 'en', null).statements.map((s) => s.year)).toEqual([null, null]);
  });

  it('a stated year still wins, and a non-zero count under two joined actions stays one statement', () => {
    expect(read('No weapons were seized or destroyed in 2022.', 'en', oneYear).statements.map((s) => [s.year, s.year_basis])).toEqual([[2022, 'stated'], [2022, 'stated']]);
    expect(read('In 2023, 300 weapons were seized and destroyed by the police.', 'en', oneYear).statements.map((s) => s.action)).toHaveLength(1);
  });

  it("each joined action's statement has the first's steps with only its action step its own", () => {
    const { statements } = read('In 2022 the police seized, collected or destroyed no weapons.', 'en', oneYear);
    const [first, ...others] = statements;
    expect(statements.map((s) => s.action)).toEqual(['seized', 'collected', 'destroyed']);
    for (const s of others) {
      const actionSteps = (s.steps ?? []).filter((t) => t.column === 'action');
      expect(actionSteps.map((t) => [t.source_words, t.rule, t.value, t.lexicon_entry])).toEqual([[s.action_raw, 'vocabulary.action', s.action, `actions: ${s.action}`]]);
      // Every other step (agency, year, total) is the first statement's, in its place.
      expect((s.steps ?? []).map((t) => (t.column === 'action' ? 'action' : t))).toEqual(first?.steps?.map((t) => (t.column === 'action' ? 'action' : t)));
    }
    expect(first?.steps?.map((t) => t.column)).toEqual(['action', 'agency', 'year', 'total']);
  });
});
