import { describe, expect, it } from 'vitest';
import { findCounts } from '../../../src/transforms/count-statements/mentions.ts';

/** The counts of a Chinese text as [value, category, qualifier, cited words]. */
function countsOf(text: string): [number, string | null, string | null, string][] {
  return findCounts(text, { start: 0, end: text.length }).counts.map((c) => [c.value, c.category, c.qualifier, text.slice(c.start, c.end)]);
}

describe('findCounts, Chinese: a qualifier of the zh lexicon beside the number', () => {
  it('reads 余 (over) between the number and its counter word, and 左右 (about) after the counter', () => {
    expect(countsOf('同年，全国共销毁各类枪支30,000余支。')).toEqual([[30000, 'firearms', '余', '各类枪支30,000余支']]);
    expect(countsOf('全国共销毁枪支300支左右。')).toEqual([[300, 'firearms', '左右', '枪支300支']]);
  });

  it('leaves a count without a qualifier exact', () => {
    expect(countsOf('2019年，海关查获走私枪支86支。')).toEqual([[86, 'firearms', null, '枪支86支']]);
  });
});
