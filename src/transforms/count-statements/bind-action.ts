/** Step 6a: the action of a statement (seized, surrendered, destroyed, ...). */
import { findActions } from '../categories.ts';
import type { TermMatch } from '../categories.ts';
import { SHARED_CLAUSE_TAIL } from './clauses.ts';
import { NEGATION_BEFORE_ACTION, OBJECT_PRONOUN_AFTER, OBJECT_PRONOUN_BEFORE, OBJECT_ONLY_ACTION, OBJECT_ONLY_GAP, OBJECT_ONLY_PASSIVE_GAP, OWN_OBJECT_THEN_JOINED, PERSONS_HOLDING_BEFORE, RECEIPT_BEFORE, PLANNED_AFTER_COUNTS, PLANNED_BEFORE_ACTION, PLANNED_WORD, RELATIVE_BEFORE_ACTION } from './compile.ts';
import type { Count, Draft } from './types.ts';

/**
 * The action of a statement: the first action word before its second count, else the first anywhere. Offsets in
 * the unit text. An action word right after the first count's weapons is a participle describing them ("45 armes
 * à feu volées ont été récupérées", "45 firearms stolen from the depot were recovered"): when another action word
 * follows it before the second count, with no comma or semicolon between, that one is what was done with them.
 * An action word among a count's own words, before its weapons ("45 stolen firearms"), describes them too, and
 * is never the statement's: with no other action word the statement has none ("45 recovered stolen firearms").
 */
export function pickAction(text: string, draft: Pick<Draft, 'start' | 'end' | 'counts'>): TermMatch | null {
  const region = text.slice(draft.start, draft.end);
  // An action word among a count's own words describes its weapons ("45 stolen firearms were recovered", "45
  // confiscated firearms were destroyed"): what was done with them is said outside them, or not at all.
  // An action word in a relative clause right after a count's weapons ("40 weapons that had been seized were destroyed",
  // "11 fusils qui avaient été remis") says what else was done with them: the statement's action only when the
  // sentence has no other ("residents handed over 300 weapons that were then destroyed": destroyed).
  // The words naming the group a count refers back to are its own too ("Of the weapons collected, 100 were destroyed").
  const own = findActions(region).filter((a) => !draft.counts.some((c) => draft.start + a.index >= (c.referredBack === true ? c.start : c.numberStart) && draft.start + a.index < c.end));
  const main = own.filter((a) => !draft.counts.some((c) => c.end <= draft.start + a.index && RELATIVE_BEFORE_ACTION.test(text.slice(c.end, draft.start + a.index))));
  const described = main.length > 0 ? main : own;
  // An action word with an object pronoun of its own ("... and handed them over to the NPS, which destroyed them", "qui
  // les a détruites") acts on weapons named elsewhere: it never takes this statement's number.
  const pronounFree = described.filter((a) => !OBJECT_PRONOUN_AFTER.test(region.slice(a.end)) && !OBJECT_PRONOUN_BEFORE.test(region.slice(0, a.index)));
  // "detained" is done to people as well as weapons ("detained 12 suspects with 37 firearms"): it is the counts' action
  // only when it governs one of them, right before it or right after it (an auxiliary at most between).
  // A verb after weapons that people held ("12 suspects carrying 37 firearms were detained", "12 smugglers with 37
  // firearms were intercepted") has the people as its subject: it says what was done to them, not to the weapons.
  const ofWeapons = pronounFree.filter((a) => !doneToHolders(text, draft, draft.start + a.index));
  const governed = ofWeapons.filter((a) => !OBJECT_ONLY_ACTION.test(a.raw) || draft.counts.some((c) => governs(text, draft.start + a.index, draft.start + a.end, c)));
  // An action word with an object of its own, then a conjunction and another action word before the counts ("the police
  // seized 12 vehicles and destroyed 37 firearms", "detained 12 suspects and seized ...") acts on that object: the
  // counts are the later verb's. "seized and destroyed 37 firearms" (no object between) keeps the first.
  const firstCount = draft.counts[0]?.numberStart ?? draft.end;
  const actions = governed.filter(
    (a) => !governed.some((b) => b.index >= a.end && draft.start + b.index < firstCount && OWN_OBJECT_THEN_JOINED.test(region.slice(a.end, b.index))),
  );
  const secondCount = draft.counts[1]?.start ?? draft.end;
  const head = actions.find((a) => draft.start + a.index < secondCount);
  let chosen = head ?? actions[0];
  if (!chosen) return surrenderReceived(text, draft);
  const first = draft.counts[0];
  if (chosen && chosen === head && first && draft.start + chosen.index >= first.end && text.slice(first.end, draft.start + chosen.index).trim() === '') {
    const describes = chosen;
    const main = actions.find((a) => a.index >= describes.end && draft.start + a.index < secondCount && !/[,;:，；]/u.test(region.slice(describes.end, a.index)));
    if (main) chosen = main;
  }
  return chosen ? { ...chosen, index: draft.start + chosen.index, end: draft.start + chosen.end } : null;
}

/**
 * The surrender a count's own words describe, when a verb of receiving governs the count ("the National Police
 * received 300 voluntarily surrendered weapons", "took in 120 handed-in firearms", "принято 300 добровольно сданных
 * единиц оружия"): the weapons were surrendered to the receiver. Offsets in the unit text; null for any other action
 * so described (weapons received as seized were seized by someone else) or no receipt verb right before the count.
 */
function surrenderReceived(text: string, draft: Pick<Draft, 'start' | 'counts'>): TermMatch | null {
  for (const count of draft.counts) {
    if (!RECEIPT_BEFORE.test(text.slice(draft.start, count.start))) continue;
    const described = findActions(text.slice(count.numberStart, count.end)).find((a) => a.code === 'surrendered');
    if (described) return { ...described, index: count.numberStart + described.index, end: count.numberStart + described.end };
  }
  return null;
}

/** True when `action` is the surrender a count's own words describe (see surrenderReceived): no other action is read there. */
export function receivedSurrender(draft: Pick<Draft, 'counts'>, action: TermMatch): boolean {
  return draft.counts.some((c) => action.index >= c.numberStart && action.index < c.end);
}

/**
 * True when a count of the draft is what people held and an action word follows it in its sentence ("12 suspects
 * carrying |37 firearms| were detained"): that verb was done to the people (pickAction set it aside).
 */
export function heldByPeople(text: string, draft: Pick<Draft, 'counts' | 'sentence'>): boolean {
  return draft.counts.some((c) => PERSONS_HOLDING_BEFORE.test(text.slice(0, c.start)) && findActions(text.slice(c.end, draft.sentence.end)).length > 0);
}

/** True when the nearest count before the action word at `at` is what people held ("12 suspects carrying |37 firearms| were detained"). */
function doneToHolders(text: string, draft: Pick<Draft, 'counts'>, at: number): boolean {
  const before = draft.counts.filter((c) => c.end <= at).at(-1);
  return before !== undefined && PERSONS_HOLDING_BEFORE.test(text.slice(0, before.start));
}

/** True when the action word at `start`..`end` has `count` as its object right after it, or as its subject right before it. */
function governs(text: string, start: number, end: number, count: Count): boolean {
  if (end <= count.start) return OBJECT_ONLY_GAP.test(text.slice(end, count.start));
  return count.end <= start && (OBJECT_ONLY_GAP.test(text.slice(count.end, start)) || OBJECT_ONLY_PASSIVE_GAP.test(text.slice(count.end, start)));
}

/**
 * True when the action word is negated ("300 weapons were not destroyed", "300 armes n'ont pas été détruites"):
 * the weapons were not seized, destroyed ..., so their count is no statement of that action. A count of 0 keeps
 * its negated verb: "ни одной единицы оружия не было уничтожено", like "no weapons were destroyed", states none.
 */
export function actionNegated(text: string, draft: Pick<Draft, 'start' | 'counts'>, action: TermMatch): boolean {
  if (draft.counts.every((count) => count.value === 0)) return false;
  return NEGATION_BEFORE_ACTION.test(text.slice(draft.start, action.index));
}

/**
 * The words that make the action a plan, a pledge, a funded or targeted action, one still to come ("A partner has
 * pledged USD 250,000 for the destruction of 3,000 weapons in 2025", "3,000 weapons are to be destroyed", "the
 * destruction of 3,000 weapons is planned", "la police prévoit de détruire ...", "计划销毁"), or null: counts of an
 * action not done are no statement of it, whatever year they name. Looked for a few words before the action word
 * (from the clause's start) and right after the counts.
 */
export function plannedAction(text: string, draft: Pick<Draft, 'start' | 'end' | 'counts'>, action: TermMatch): string | null {
  const before = PLANNED_BEFORE_ACTION.exec(text.slice(draft.start, Math.max(draft.start, action.index)));
  if (before) return before[0].trim();
  const last = draft.counts[draft.counts.length - 1];
  const after = last ? PLANNED_AFTER_COUNTS.exec(text.slice(last.end, Math.max(last.end, draft.end))) : null;
  return after ? after[0].trim() : null;
}

/**
 * A statement whose later counts are a plan ("In 2019 the police destroyed 300 weapons and plans to destroy 200 rifles
 * in 2020"): the words of plan between two counts end the statement before them, and the counts after them are no part
 * of it (nor of any statement: what is planned is not done). Null when no such words stand between its counts.
 */
export function cutAtPlan(text: string, draft: Draft): { draft: Draft; marker: string; dropped: Count[] } | null {
  for (let i = 1; i < draft.counts.length; i++) {
    const prev = draft.counts[i - 1];
    const next = draft.counts[i];
    if (!prev || !next) continue;
    const gap = text.slice(prev.end, next.start);
    const m = PLANNED_WORD.exec(gap);
    if (!m) continue;
    const end = prev.end + gap.slice(0, m.index).replace(SHARED_CLAUSE_TAIL, '').length;
    return { draft: { ...draft, counts: draft.counts.slice(0, i), end }, marker: m[0], dropped: draft.counts.slice(i) };
  }
  return null;
}
