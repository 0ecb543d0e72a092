import { describe, expect, it } from 'vitest';
import { extractCountStatements, type CountContext, type ProseUnit } from '../../../src/transforms/count-statements/index.ts';
import { findCounts } from '../../../src/transforms/count-statements/mentions.ts';

/**
 * A number with a sign glued before it is no count of items: a count is never negative, and "-9,607 weapons"
 * or "+300 weapons" is a difference or a misprint. Before, the sign was passed over and 9607 loaded as seized.
 */

const en: CountContext = { reportedIn: 2020, language: 'en' };
const unit = (text: string, lineStart = 1): ProseUnit => ({ text, span: { lineStart, lineEnd: lineStart } });
const countsOf = (text: string) => findCounts(text, { start: 0, end: text.length }, 'en').counts.map((c) => text.slice(c.start, c.end));

describe('a sign glued before a number', () => {
  it.each([
    ['In 2019 the police seized -9,607 weapons.', '-'],
    ['In 2019 the police seized −9,607 weapons.', '−'],
    ['In 2019 the police seized +9,607 weapons.', '+'],
    ['In 2019 the police seized (–9,607 weapons).', '–'],
  ])('%s: no count, a warning naming the sign, the total NULL', (text, sign) => {
    const result = extractCountStatements([unit(text, 7)], en);
    expect(result.statements.map((s) => s.total)).toEqual([]);
    expect(result.issues.filter((i) => i.rule === 'count-ambiguous-number')).toEqual([{
      severity: 'warning',
      rule: 'count-ambiguous-number',
      message: `"${sign}9,607 weapons": the sign '${sign}' before 9,607 makes it a difference or a change, not a count of items (a count is never negative); not guessed; not loaded, the count is NULL.`,
      line_start: 7,
    }]);
  });

  it('keeps the other counts of the statement', () => {
    const result = extractCountStatements([unit('In 2019 the police seized 1,200 weapons, -300 pistols and 900 rifles.')], en);
    expect(result.statements.map((s) => [s.total, s.counts.map((c) => [c.category, c.quantity])])).toEqual([[1200, [['firearms', 1200], ['rifles', 900]]]]);
  });

  it('is no sign after a digit or a letter: a range, a model name', () => {
    expect(countsOf('In 2019, 300-400 weapons were seized.')).toEqual([]);
    // Before, the 47 of the model's name was read as a count of 47 rifles.
    const model = 'In 2019 the police seized 40 AK-47 rifles.';
    expect(findCounts(model, { start: 0, end: model.length }, 'en').counts.map((c) => c.value)).toEqual([40]);
  });

  it('is a bullet, not a sign, where a hyphen or dash opens its line', () => {
    expect(countsOf('Seized in 2019:\n-500 pistols\n–120 rifles')).toEqual(['500 pistols', '120 rifles']);
  });

  it('is not glued when a space stands between it and the number (a dash between words)', () => {
    expect(countsOf('Weapons seized in 2019 – 500 pistols.')).toEqual(['500 pistols']);
  });
});
