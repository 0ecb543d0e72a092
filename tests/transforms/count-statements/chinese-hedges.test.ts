import { describe, expect, it } from 'vitest';
import { extractCountStatements } from '../../../src/transforms/count-statements/index.ts';

/**
 * A Chinese count with its hedge word between the noun and the number ("非法枪支约5万支": some 50,000 illegal guns;
 * "枪支约3,000支"): the hedge makes the count approximate and is no part of the noun, so the noun before it still names
 * the weapons; 万 scales the digits (never 5). A place phrase or an adverb between the subject and the verb
 * ("公安机关在全国范围内集中销毁") is not the agency's name.
 */
const read = (text: string, reportedIn: number | null = 2018) =>
  extractCountStatements([{ text, span: { lineStart: 1, lineEnd: 1 } }], { reportedIn, language: 'zh', agencyAliases: {} }).statements.map((s) => [
    s.year,
    s.year_basis,
    s.action,
    s.agency,
    s.agency_raw,
    s.total,
    s.counts.map((c) => [c.quantity, c.category, c.approx]),
  ]);

describe('a hedge word between a Chinese noun and its number', () => {
  it.each([
    ['去年，公安机关在全国范围内集中销毁非法枪支约5万支。', [2017, 'inferred', 'destroyed', 'police', '公安机关', 50000, [[50000, 'firearms', true]]]],
    ['2016年，公安机关销毁非法枪支约50,000支。', [2016, 'stated', 'destroyed', 'police', '公安机关', 50000, [[50000, 'firearms', true]]]],
    ['2016年，公安机关收缴手枪约1,200支。', [2016, 'stated', 'seized', 'police', '公安机关', 1200, [[1200, 'pistols', true]]]],
    ['2016年，公安机关在广东省内收缴枪支3,000余支。', [2016, 'stated', 'seized', 'police', '公安机关', 3000, [[3000, 'firearms', true]]]],
  ] as const)('%s', (text, statement) => {
    expect(read(text)).toEqual([statement]);
  });

  it('reads no count from leaflets or cartridges with a hedge ("约200万份", "子弹约5万发")', () => {
    expect(read('每年开展宣传活动，发放宣传材料约200万份。')).toEqual([]);
    expect(read('2016年销毁子弹约5万发。')).toEqual([]);
  });
});
