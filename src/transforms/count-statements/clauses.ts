/**
 * Step 4: which counts of a sentence form a list, and where one statement's clause ends and the next
 * begins ("The police seized 800 weapons and destroyed 650": two statements).
 */
import { findActions } from '../categories.ts';
import type { TermMatch } from '../categories.ts';
import { caseMarkedAgentAfter } from './bind-agency.ts';
import { AGENT_BY, AGENT_BY_OR_TO, BREAKDOWN, JOINER_WORD, LIST_GAP, PART_INTRODUCER_AFTER_CLAUSE, PART_INTRODUCER_GAP, RELATIVE_BEFORE_ACTION } from './compile.ts';
import type { Count, Range } from './types.ts';

export interface Clause {
  start: number;
  end: number;
  counts: Count[];
  /** The clause's end was cut at the punctuation or conjunction before the next clause: its words after the counts are its own. */
  cutAtBoundary?: boolean;
}

/** True when the text between two counts keeps them in one list (commas, "and", "и", "et", "y" ...). */
export function isListGap(gap: string): boolean {
  return LIST_GAP.test(gap);
}

/** Keeps known counts, and unknown ones only where they sit in a list with known ones or a part introducer announces them. */
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
      // "400 pistols, of which 100 Glocks", "dont 100 Glock", "из них 100 Глок": a part the words announce is a part of
      // the count before it whatever it names (DOMAIN.md: an unknown term is kept raw and flagged, never dropped), also
      // after the count's own clause ("14,862 firearms were recovered by the police, of which 3,115 were Glocks").
      const gap = prev ? text.slice(prev.end, c.start) : '';
      const joinsPrev = prev && member[i - 1] && (LIST_GAP.test(gap) || PART_INTRODUCER_GAP.test(gap) || PART_INTRODUCER_AFTER_CLAUSE.test(gap));
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
 * The action words of `gap` (the text after a count's words) that are not in a relative clause describing that count's
 * weapons ("eleven shotguns that had been handed in ..., together with the three weapons": `handed in` says what had
 * been done with the shotguns before; it is no action of the count after it).
 */
export function gapActions(gap: string): TermMatch[] {
  return findActions(gap).filter((a) => !RELATIVE_BEFORE_ACTION.test(gap.slice(0, a.index)));
}

/** A clause boundary: punctuation, or a conjunction as a whole word ("destroyed 400 weapons in 2018, and the police ..."). */
const BOUNDARY = new RegExp(`[,;:，；]|(?<![\\p{L}])(?:${JOINER_WORD.source})(?![\\p{L}])`, 'giu');
/** Punctuation, white space and conjunctions that open a clause after a boundary. */
const BOUNDARY_LEAD = new RegExp(`^(?:[\\s,;:，；]|(?<![\\p{L}])(?:${JOINER_WORD.source})(?![\\p{L}]))*`, 'iu');

/** Where the last clause boundary of `words` starts, or null when there is none. */
function lastBoundary(words: string): number | null {
  let at: number | null = null;
  for (const m of words.matchAll(BOUNDARY)) at = m.index ?? null;
  return at;
}

/** What ends a clause before a count sharing its noun: punctuation, a conjunction ("destroyed, 200", "détruites et 200"). */
export const SHARED_CLAUSE_TAIL = new RegExp(`(?:[\\s,;]|(?<![\\p{L}])(?:${JOINER_WORD.source})(?![\\p{L}]))*$`, 'iu');

/**
 * Where the words a clause without an action of its own claims from the `gap` after its counts end: after the
 * gap's first action word ("300 weapons were destroyed, 200 seized"), after the action word that follows a
 * participle describing the weapons in the same clause ("45 firearms stolen from the depot were recovered and
 * 20 destroyed": no comma, semicolon or conjunction between), and after the agent phrase that follows it
 * ("destroyed by the army and 200 were seized": the army destroyed them, it is no subject of the next clause).
 */
export function claimedEnd(gap: string, actions: readonly TermMatch[]): number | null {
  const first = actions[0];
  if (!first) return null;
  let claimed = first;
  const next = actions[1];
  if (/^\s+$/u.test(gap.slice(0, first.index)) && next) {
    const between = gap.slice(first.end, next.index);
    if (!/[,;:，；]/u.test(between) && !JOINER_WORD.test(between)) claimed = next;
  }
  const agent = (claimed.code === 'surrendered' ? AGENT_BY_OR_TO : AGENT_BY).exec(gap.slice(claimed.end));
  // "уничтожены таможенными органами и 20 ... сданы": an agent in the instrumental is the verb's too.
  return claimed.end + (agent ? agent[0].length : (caseMarkedAgentAfter(gap.slice(claimed.end))?.length ?? 0));
}

/**
 * Cuts one sentence's counts into statements: a new action after a list starts a new statement, and so does a
 * count sharing the noun of the one before ("300 weapons were destroyed, 200 seized").
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
      const actionsInGap = gapActions(gap);
      // A count sharing the noun of the one before has its own action after it: it opens a clause of its own, as a
      // key's value does (`...: 1,340; firearms destroyed in 2022: 2,100`), whose colon announces no breakdown.
      const newClause = (actionsInGap.length > 0 && !BREAKDOWN.test(gap)) || c.sharedNoun === true || c.keyed !== undefined;
      if (newClause) {
        const hasAction = findActions(text.slice(start, prev.end)).length > 0;
        const claimed = hasAction ? null : claimedEnd(gap, actionsInGap);
        // The clause before a count sharing its noun runs up to that count ("Of the 300 weapons seized in 2016,
        // 200 were destroyed"): the count's own action follows it, nothing of the gap is the next clause's.
        // A clause with its action before its counts keeps the words after them up to the boundary before the next
        // clause ("The army destroyed 400 weapons in 2018, and the police destroyed 5,000 in 2019": 2018 is the army's).
        const boundary = hasAction && c.sharedNoun !== true ? lastBoundary(gap.slice(0, actionsInGap[0]?.index ?? gap.length)) : null;
        const cut = boundary === null ? null : gap.slice(0, boundary).replace(/[\s,;:，；]+$/u, '').length;
        const end =
          c.sharedNoun === true && !hasAction ? prev.end + gap.replace(SHARED_CLAUSE_TAIL, '').length : claimed !== null ? prev.end + claimed : cut !== null ? prev.end + cut : prev.end;
        groups.push({ start, end, counts: current, cutAtBoundary: cut !== null });
        start = end + (cut !== null ? (BOUNDARY_LEAD.exec(text.slice(end, c.start))?.[0].length ?? 0) : (/^[\s,;]*/u.exec(text.slice(end, c.start))?.[0].length ?? 0));
        current = [];
      }
    }
    // A key's value opens its clause where its key starts: the words before (a heading's line) are no part of it.
    if (current.length === 0 && c.keyed !== undefined) start = Math.max(start, c.keyed);
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
      last.cutAtBoundary = g.cutAtBoundary;
    } else merged.push({ ...g, counts: [...g.counts] });
  }
  if (merged.length > 1) {
    // The earlier clauses end where their last count's words (or the action claimed after them) end.
    for (let i = 0; i < merged.length - 1; i++) {
      const g = merged[i];
      const lastCount = g?.counts[g.counts.length - 1];
      if (g && lastCount && g.cutAtBoundary !== true && findActions(text.slice(lastCount.end, g.end)).length === 0) g.end = lastCount.end;
    }
  }
  return merged;
}
