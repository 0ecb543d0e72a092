import { describe, expect, it } from 'vitest';
import { reconcileParts } from '../../src/transforms/reconcile.ts';
import type { CountPart } from '../../src/transforms/reconcile.ts';

const p = (quantity: number, category: string | null = null, opensSublist = false): CountPart => ({ quantity, category, opensSublist });

describe('reconcileParts', () => {
  it('balanced: the parts add up to the total', () => {
    expect(reconcileParts(6037, [p(618), p(4348), p(989), p(82)])).toEqual({
      reconciliation: 'balanced', componentsSum: 6037, parentIndex: [null, null, null, null], difference: null, note: null,
    });
  });

  it('nested from the arithmetic alone (seed: 13 + 532 + 33 + 372 = 950 under the rifle-bored weapons)', () => {
    const parts = [p(7195), p(1118), p(344), p(950, 'rifled'), p(13), p(532), p(33), p(372)];
    expect(reconcileParts(9607, parts)).toEqual({
      reconciliation: 'nested', componentsSum: 9607, parentIndex: [null, null, null, null, 3, 3, 3, 3], difference: null, note: null,
    });
  });

  it('nested from the words ("they included") when the run adds up to a part exactly', () => {
    const parts = [p(10400), p(1549), p(354), p(1242), p(27, null, true), p(706), p(42), p(467)];
    expect(reconcileParts(13545, parts).parentIndex).toEqual([null, null, null, null, 3, 3, 3, 3]);
    expect(reconcileParts(13545, parts).reconciliation).toBe('nested');
  });

  it('nests the worded run under the nearest earlier part with that quantity, not a later one', () => {
    const parts = [p(40), p(60), p(40), p(30, null, true), p(10)];
    expect(reconcileParts(140, parts).parentIndex).toEqual([null, null, null, 2, 2]);
  });

  it('unbalanced: loads as written, reports the difference, invents no nesting', () => {
    expect(reconcileParts(3970, [p(2811), p(402), p(596), p(171)])).toEqual({
      reconciliation: 'unbalanced', componentsSum: 3980, parentIndex: [null, null, null, null], difference: 10, note: null,
    });
    // The excess (210) equals no part: no nesting.
    expect(reconcileParts(1000, [p(600), p(300), p(150), p(120), p(40)]).reconciliation).toBe('unbalanced');
    // Parts short of the total: nesting can only lower the sum, so none is tried.
    expect(reconcileParts(2400, [p(1500), p(700), p(150)]).difference).toBe(-50);
  });

  it('a worded sub-list that adds up to no part stays at the top level', () => {
    const result = reconcileParts(1000, [p(600), p(400), p(300, null, true)]);
    expect(result).toMatchObject({ reconciliation: 'unbalanced', componentsSum: 1300, parentIndex: [null, null, null], difference: 300 });
  });

  it('a worded sub-list nests even when the top level then disagrees with the total (still unbalanced)', () => {
    const result = reconcileParts(1000, [p(600), p(390), p(300, null, true), p(90)]);
    expect(result).toMatchObject({ reconciliation: 'unbalanced', componentsSum: 990, parentIndex: [null, null, 1, 1], difference: -10 });
  });

  it('refuses to choose between two nestings the arithmetic allows', () => {
    const result = reconcileParts(200, [p(100), p(50), p(50), p(25), p(25)]);
    expect(result.reconciliation).toBe('unbalanced');
    expect(result.parentIndex).toEqual([null, null, null, null, null]);
    expect(result.note).toBe('2 different nestings would make the parts add up; none was chosen');
  });

  it('a single part equal to an earlier one is not nested without words', () => {
    // 300 + 300 + 100 = 700; total 400 would need the second 300 under the first.
    expect(reconcileParts(400, [p(300), p(300), p(100)]).reconciliation).toBe('unbalanced');
    expect(reconcileParts(400, [p(300), p(300, null, true), p(100)]).reconciliation).toBe('unbalanced');
  });

  it('no_total: parts only, sum of the top level', () => {
    expect(reconcileParts(null, [p(406), p(77), p(19)])).toEqual({
      reconciliation: 'no_total', componentsSum: 502, parentIndex: [null, null, null], difference: null, note: null,
    });
    expect(reconcileParts(null, [p(100), p(60, null, true), p(40)])).toMatchObject({ reconciliation: 'no_total', componentsSum: 100, parentIndex: [null, 0, 0] });
  });

  it('a total with no parts is no_parts (not balanced: there is nothing to add up) with components_sum NULL', () => {
    expect(reconcileParts(5708, [])).toEqual({ reconciliation: 'no_parts', componentsSum: null, parentIndex: [], difference: null, note: null });
  });
});
