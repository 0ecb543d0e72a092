/**
 * Step 7: a statement's parts against its total (reconcile.ts), with the parts that break down a
 * category named before them ("of the rifled weapons, 13 ...") nested under it, and the
 * weapon_counts rows in document order.
 */
import type { WeaponCountRecord } from '../../model/records.ts';
import { reconcileParts } from '../reconcile.ts';
import type { CountPart, PartsReconciliation } from '../reconcile.ts';
import { BREAKDOWN } from './compile.ts';
import type { TotalRule } from './drafts.ts';
import { countRecord } from './records.ts';
import { countSteps } from './steps.ts';
import type { Count, ProseUnit } from './types.ts';

export interface ReconciledCounts {
  total: Count | null;
  /** Every count but the total, in order. */
  allParts: Count[];
  /** For each of `allParts`, the category words before it put it under, if any. */
  under: ({ code: string; raw: string } | null)[];
  /** For each of `allParts`: under a category whose own number the statement does not give (not reconciled). */
  uncounted: boolean[];
  /** The parts that were reconciled against the total. */
  parts: Count[];
  result: PartsReconciliation;
  /** weapon_counts rows in document order (a total written after its parts comes last). */
  records: WeaponCountRecord[];
}

/** `totalRule`, when given, is recorded on the total's steps. */
export function reconcileCounts(unit: ProseUnit, counts: readonly Count[], totalAt: number | null, totalRule: TotalRule | null = null): ReconciledCounts {
  const text = unit.text;
  const total = totalAt === null ? null : (counts[totalAt] ?? null);
  const allParts = counts.filter((_, i) => i !== totalAt);
  // "...; of the rifled weapons, 13 were fully automatic and 532 rifles": the words put a run of parts
  // under a category. The run lasts until a semicolon or another such phrase.
  const under: ({ code: string; raw: string } | null)[] = [];
  for (const [i, p] of allParts.entries()) {
    const prev = allParts[i - 1];
    const inherited = prev && under[i - 1] && !/;/u.test(text.slice(prev.end, p.start)) ? (under[i - 1] ?? null) : null;
    under.push(p.under ?? inherited);
  }
  // Under a category that has a count of its own, the run is a sub-list reconciliation checks; under
  // one without ("of the rifled weapons" when no rifled number is given), nothing can be checked.
  const uncounted = allParts.map((_, i) => {
    const u = under[i];
    return u !== null && u !== undefined && !allParts.slice(0, i).some((q, j) => q.category === u.code && under[j] === null);
  });
  const parts = allParts.filter((_, i) => !uncounted[i]);
  const partUnder = under.filter((_, i) => !uncounted[i]);
  const reconcileInput: CountPart[] = parts.map((p, i) => {
    const prev = i === 0 ? total : parts[i - 1];
    const gap = prev ? text.slice(prev.end, p.start) : '';
    const opensRun = (partUnder[i] ?? null) !== null && (i === 0 || partUnder[i - 1] !== partUnder[i]);
    return { quantity: p.value, category: p.category, opensSublist: i > 0 && (BREAKDOWN.test(gap) || opensRun || p.partOfPrevious === true) };
  });
  const result = reconcileParts(total?.value ?? null, reconcileInput);

  const placed: [number, WeaponCountRecord][] = [];
  if (total) placed.push([total.start, { ...countRecord(unit, total, true, null), steps: countSteps(total, unit, totalRule, null) }]);
  for (const [i, part] of allParts.entries()) {
    const u = under[i];
    if (uncounted[i] && u) {
      const steps = countSteps(part, unit, null, { rule: 'count.under-category', parent: u.code, words: u.raw });
      placed.push([part.start, { ...countRecord(unit, part, false, u.code), steps }]);
      continue;
    }
    const parentAt = result.parentIndex[parts.indexOf(part)];
    const parent = parentAt === null || parentAt === undefined ? null : (parts[parentAt]?.category ?? null);
    const steps = countSteps(part, unit, null, parent === null ? null : { rule: 'reconcile.nested', parent });
    placed.push([part.start, { ...countRecord(unit, part, false, parent), steps }]);
  }
  const records = placed.sort((a, b) => a[0] - b[0]).map(([, record]) => record);
  return { total, allParts, under, uncounted, parts, result, records };
}
