/**
 * Step 4: which counts of a sentence form a list, and where one statement's clause ends and the next
 * begins ("The police seized 800 weapons and destroyed 650": two statements).
 */
import { findActions } from '../categories.ts';
import { BREAKDOWN, LIST_GAP } from './compile.ts';
import type { Count, Range } from './types.ts';

export interface Clause {
  start: number;
  end: number;
  counts: Count[];
}

/** True when the text between two counts keeps them in one list (commas, "and", "и", "et", "y" ...). */
export function isListGap(gap: string): boolean {
  return LIST_GAP.test(gap);
}

/** Keeps known counts, and unknown ones only where they sit in a list with known ones. */
export function listMembers(text: string, counts: Count[]): Count[] {
  const member = counts.map((c) => c.kind === 'known');
  let changed = true;
  while (changed) {
    changed = false;
    for (let i = 0; i < counts.length; i++) {
      if (member[i]) continue;
      const c = counts[i];
      const prev = counts[i - 1];
      const next = counts[i + 1];
      if (!c) continue;
      const joinsPrev = prev && member[i - 1] && LIST_GAP.test(text.slice(prev.end, c.start));
      const joinsNext = next && member[i + 1] && LIST_GAP.test(text.slice(c.end, next.start));
      if (joinsPrev || joinsNext) {
        member[i] = true;
        changed = true;
      }
    }
  }
  return counts.filter((_, i) => member[i]);
}

/**
 * Cuts one sentence's counts into statements: a new action after a list starts a new statement.
 * An action written after its count ("800 weapons were seized and 650 destroyed") belongs to the
 * clause before it, and a clause left without any action of its own ("...; of the rifled weapons,
 * 13 were ...") stays with the clause before.
 */
export function clauses(text: string, sentence: Range, counts: Count[]): Clause[] {
  const groups: Clause[] = [];
  let current: Count[] = [];
  let start = sentence.start;
  for (const c of counts) {
    const prev = current[current.length - 1];
    if (prev) {
      const gap = text.slice(prev.end, c.start);
      const gapActions = findActions(gap);
      const newClause = gapActions.length > 0 && !BREAKDOWN.test(gap);
      if (newClause) {
        const hasAction = findActions(text.slice(start, prev.end)).length > 0;
        const claimed = hasAction ? null : gapActions[0];
        const end = claimed ? prev.end + claimed.end : prev.end;
        groups.push({ start, end, counts: current });
        start = end + (/^[\s,;]*/u.exec(text.slice(end, c.start))?.[0].length ?? 0);
        current = [];
      }
    }
    current.push(c);
  }
  if (current.length > 0) groups.push({ start, end: sentence.end, counts: current });
  // A clause without an action of its own continues the one before it.
  const merged: Clause[] = [];
  for (const g of groups) {
    const last = merged[merged.length - 1];
    if (last && findActions(text.slice(g.start, g.end)).length === 0) {
      last.counts.push(...g.counts);
      last.end = g.end;
    } else merged.push({ ...g, counts: [...g.counts] });
  }
  if (merged.length > 1) {
    // The earlier clauses end where their last count's words (or the action claimed after them) end.
    for (let i = 0; i < merged.length - 1; i++) {
      const g = merged[i];
      const lastCount = g?.counts[g.counts.length - 1];
      if (g && lastCount && findActions(text.slice(lastCount.end, g.end)).length === 0) g.end = lastCount.end;
    }
  }
  return merged;
}
