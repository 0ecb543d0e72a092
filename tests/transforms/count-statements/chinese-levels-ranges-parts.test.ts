import { describe, expect, it } from 'vitest';
import { extractCountStatements } from '../../../src/transforms/count-statements/index.ts';

/**
 * Chinese counts: the level a change reached (`增至1,526支`, rose to 1,526) is a count of the weapons named before it,
 * also before the change's first figure (`非法枪支由2021年的1,200支增至1,526支`), whose figure is no count of the year;
 * a range (`200至300支`) is no count, never either bound; parts (`零部件`) are no weapons, and the 零 glued into the
 * word is no zero.
 */
const read = (text: string) =>
  extractCountStatements([{ text, span: { lineStart: 1, lineEnd: 1 } }], { reportedIn: 2022, language: 'zh', agencyAliases: {} });
const statements = (text: string) => read(text).statements.map((s) => [s.year, s.action, s.agency_raw, s.total, s.counts.map((c) => [c.quantity, c.category])]);

describe('Chinese levels, ranges and parts', () => {
  it.each([
    ['2022年，公安机关收缴非法枪支增至1,526支。', [2022, 'seized', '公安机关', 1526, [[1526, 'firearms']]]],
    ['2022年，公安机关收缴非法枪支由2021年的1,200支增至1,526支。', [2022, 'seized', '公安机关', 1526, [[1526, 'firearms']]]],
    ['2022年，公安机关收缴手枪从800支增加到950支。', [2022, 'seized', '公安机关', 950, [[950, 'pistols']]]],
  ] as const)('the level reached: %s', (text, statement) => {
    expect(statements(text)).toEqual([statement]);
  });

  it('reads no count from a range, and says so', () => {
    const out = read('2017年，边境地区群众主动上交猎枪200至300支。');
    expect(out.statements).toEqual([]);
    expect(out.issues.map((i) => i.message)).toContain('"200至300支" is a range, not one number: not loaded.');
    expect(statements('2017年，群众上交猎枪200到300支，手枪12支。')).toEqual([[2017, 'surrendered', null, 12, [[12, 'pistols']]]]);
  });

  it('reads weapons beside cartridges and parts, and no zero from 零部件', () => {
    expect(statements('2022年，海关在各口岸查获枪支二十三支、子弹4,800枚、枪支零部件1,150件。')).toEqual([[2022, 'seized', '海关在各口岸', 23, [[23, 'firearms']]]]);
  });
});
