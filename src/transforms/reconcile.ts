/**
 * Reconciliation of a count statement: do the parts add up to the total, and which parts are a
 * breakdown of another part (nesting)? Nesting is only ever inferred when the arithmetic is exact:
 * a statement that does not add up is reported as it stands ('unbalanced'), never "explained" by
 * an invented hierarchy.
 */

export type Reconciliation = 'balanced' | 'nested' | 'unbalanced' | 'no_total' | 'no_parts';

export interface CountPart {
  quantity: number;
  category: string | null;
  /**
   * True when words introduce a breakdown right before this part, after other parts were listed
   * ("...; they included 27 ...", "..., of which ...", "..., including ..."). A hint, never a proof.
   */
  opensSublist: boolean;
}

export interface PartsReconciliation {
  reconciliation: Reconciliation;
  /** Sum of the top-level parts; null when there are no parts. */
  componentsSum: number | null;
  /** For each part, the index of the part it is nested under, or null at the top level. */
  parentIndex: (number | null)[];
  /** componentsSum - total, when both are known and differ. */
  difference: number | null;
  /** Why no nesting was inferred although the numbers could have allowed one (several readings). */
  note: string | null;
}

interface Run {
  parent: number;
  start: number;
  /** Exclusive. */
  end: number;
}

const sum = (values: readonly number[]): number => values.reduce((a, b) => a + b, 0);

/**
 * Sub-lists the words announce: each part with `opensSublist` starts a run that lasts until the
 * next such part or the end. A run is nested under the nearest earlier top-level part whose
 * quantity it adds up to exactly; otherwise it stays at the top level.
 */
function runsFromWords(parts: readonly CountPart[]): Run[] {
  const runs: Run[] = [];
  const starts = parts.flatMap((p, i) => (p.opensSublist && i > 0 ? [i] : []));
  for (const [k, start] of starts.entries()) {
    const end = starts[k + 1] ?? parts.length;
    const runSum = sum(parts.slice(start, end).map((p) => p.quantity));
    const nestedBefore = new Set(runs.flatMap((r) => Array.from({ length: r.end - r.start }, (_, j) => r.start + j)));
    for (let parent = start - 1; parent >= 0; parent--) {
      if (nestedBefore.has(parent)) continue;
      if (parts[parent]?.quantity === runSum) {
        runs.push({ parent, start, end });
        break;
      }
    }
  }
  return runs;
}

/**
 * Runs the arithmetic alone allows: a run of at least two consecutive parts, after its parent,
 * that adds up to the parent, such that the remaining parts add up to the total.
 */
function runsFromArithmetic(total: number, parts: readonly CountPart[]): Run[][] {
  const quantities = parts.map((p) => p.quantity);
  const excess = sum(quantities) - total;
  if (excess <= 0) return [];
  const readings: Run[][] = [];
  for (let parent = 0; parent < parts.length; parent++) {
    if (quantities[parent] !== excess) continue;
    for (let start = parent + 1; start < parts.length; start++) {
      let runSum = 0;
      for (let end = start + 1; end <= parts.length; end++) {
        runSum += quantities[end - 1] ?? 0;
        if (runSum > excess) break;
        if (runSum === excess && end - start >= 2) readings.push([{ parent, start, end }]);
      }
    }
  }
  return readings;
}

function applyRuns(parts: readonly CountPart[], runs: readonly Run[]): (number | null)[] {
  const parentIndex: (number | null)[] = parts.map(() => null);
  for (const run of runs) for (let i = run.start; i < run.end; i++) parentIndex[i] = run.parent;
  return parentIndex;
}

function topLevelSum(parts: readonly CountPart[], parentIndex: readonly (number | null)[]): number {
  return sum(parts.filter((_, i) => parentIndex[i] === null).map((p) => p.quantity));
}

/**
 * Reconciles the parts of a statement against its total.
 *
 * @example
 * // "9,607 weapons: 7,195 smoothbore, 1,118 gas, 344 home-made, 950 rifle-bored, 13 ..., 532 ..., 33 ..., 372 ..."
 * reconcileParts(9607, parts) // { reconciliation: 'nested', componentsSum: 9607, parentIndex: [null, null, null, null, 3, 3, 3, 3], ... }
 */
export function reconcileParts(total: number | null, parts: readonly CountPart[]): PartsReconciliation {
  if (parts.length === 0) {
    // A total on its own: nothing to reconcile, and nothing to call balanced.
    return { reconciliation: total === null ? 'no_total' : 'no_parts', componentsSum: null, parentIndex: [], difference: null, note: null };
  }
  const flat = sum(parts.map((p) => p.quantity));

  // 1. Words announce a breakdown and the arithmetic of that breakdown is exact.
  const wordRuns = runsFromWords(parts);
  if (wordRuns.length > 0) {
    const parentIndex = applyRuns(parts, wordRuns);
    const componentsSum = topLevelSum(parts, parentIndex);
    if (total === null) return { reconciliation: 'no_total', componentsSum, parentIndex, difference: null, note: null };
    if (componentsSum === total) return { reconciliation: 'nested', componentsSum, parentIndex, difference: null, note: null };
    return { reconciliation: 'unbalanced', componentsSum, parentIndex, difference: componentsSum - total, note: null };
  }

  const flatParents = parts.map(() => null);
  if (total === null) return { reconciliation: 'no_total', componentsSum: flat, parentIndex: flatParents, difference: null, note: null };
  if (flat === total) return { reconciliation: 'balanced', componentsSum: flat, parentIndex: flatParents, difference: null, note: null };

  // 2. No words: nest only when exactly one reading makes every number add up.
  const readings = runsFromArithmetic(total, parts);
  if (readings.length === 1 && readings[0]) {
    const parentIndex = applyRuns(parts, readings[0]);
    return { reconciliation: 'nested', componentsSum: topLevelSum(parts, parentIndex), parentIndex, difference: null, note: null };
  }
  const note = readings.length > 1 ? `${readings.length} different nestings would make the parts add up; none was chosen` : null;
  return { reconciliation: 'unbalanced', componentsSum: flat, parentIndex: flatParents, difference: flat - total, note };
}
