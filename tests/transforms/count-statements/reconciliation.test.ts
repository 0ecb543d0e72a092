import { describe, expect, it } from 'vitest';
import { listMembers } from '../../../src/transforms/count-statements/clauses.ts';
import { pickTotal } from '../../../src/transforms/count-statements/drafts.ts';
import { findCounts } from '../../../src/transforms/count-statements/mentions.ts';
import { reconcileCounts } from '../../../src/transforms/count-statements/reconciliation.ts';

function reconcile(text: string) {
  const unit = { text, span: { lineStart: 10, lineEnd: 10 } };
  const counts = listMembers(text, findCounts(text, { start: 0, end: text.length }).counts);
  return reconcileCounts(unit, counts, pickTotal(text, counts));
}

describe('reconcileCounts', () => {
  it('parts that add up to the total: balanced, rows with lineage and the total first', () => {
    const r = reconcile('Se incautaron 75 armas: 50 pistolas y 25 fusiles.');
    expect([r.result.reconciliation, r.result.componentsSum, r.total?.value]).toEqual(['balanced', 75, 75]);
    expect(r.records.map((c) => [c.quantity, c.category, c.category_raw, c.is_total, c.parent_category, c.source_text, c.line_start])).toEqual([
      [75, 'firearms', 'armas', true, null, '75 armas', 10],
      [50, 'pistols', 'pistolas', false, null, '50 pistolas', 10],
      [25, 'rifles', 'fusiles', false, null, '25 fusiles', 10],
    ]);
  });

  it('parts that do not add up: unbalanced, numbers kept as written', () => {
    const r = reconcile('Изъято 75 единиц оружия: 50 пистолетов и 20 винтовок.');
    expect([r.result.reconciliation, r.result.componentsSum, r.result.difference]).toEqual(['unbalanced', 70, -5]);
  });

  it('a total written after its parts comes last in the rows', () => {
    const r = reconcile('Seized: 120 pistols, 80 rifles, a total of 200 weapons.');
    expect(r.records.map((c) => [c.quantity, c.is_total])).toEqual([
      [120, false],
      [80, false],
      [200, true],
    ]);
    expect(r.result.reconciliation).toBe('balanced');
  });

  it('a run under a category without its own number is loaded under it and left out of the sum', () => {
    const r = reconcile('The police seized 300 weapons: 250 pistols; of the rifled weapons, 40 carbines and 10 rifles.');
    expect(r.uncounted).toEqual([false, true, true]);
    expect(r.records.map((c) => [c.quantity, c.parent_category])).toEqual([
      [300, null],
      [250, null],
      [40, 'rifled'],
      [10, 'rifled'],
    ]);
    expect([r.result.componentsSum, r.result.reconciliation]).toEqual([250, 'unbalanced']);
  });

  it('parts without a total: no_total with their sum', () => {
    const r = reconcile('ضبطت الشرطة 800 مسدس و450 بندقية.');
    expect([r.total, r.result.reconciliation, r.result.componentsSum]).toEqual([null, 'no_total', 1250]);
  });
});
