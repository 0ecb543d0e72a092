/**
 * Step 5: statement drafts over all units (continuation sentences merged into the statement before),
 * and which count of a draft is its total.
 */
import { GENERIC_CATEGORY } from '../../model/vocabulary.ts';
import { clauses, isListGap, listMembers } from './clauses.ts';
import { BREAKDOWN, CONTINUATION, TOTAL_WORD, TOTAL_WORD_AFTER } from './compile.ts';
import type { Language } from '../../language/types.ts';
import type { DocumentNotes } from '../footnote-refs.ts';
import { findCounts } from './mentions.ts';
import type { Count, Draft, ProseUnit, Range, SkippedNumber } from './types.ts';

/** A skipped number with the unit and sentence it was found in. */
export type SkippedInUnit = SkippedNumber & { unit: number; sentence: Range };

/** A gap that opens a bracket right before the next count ("100 pistols and 200 rifles (300 weapons)"). */
const BRACKET_BEFORE = /^[^()（）\d]*[(（]\s*$/u;

/** Drafts of statements in all units, continuations merged, in document order; skipped numbers go to `skipped`. */
export function draftStatements(units: readonly ProseUnit[], sentences: readonly Range[][], skipped: SkippedInUnit[], language: Language | null = null, notes: DocumentNotes | null = null): Draft[] {
  const drafts: Draft[] = [];
  for (const [u, unit] of units.entries()) {
    const text = unit.text;
    let previousSentenceDraft: Draft | null = null;
    // The one weapons count of the sentence before, which a count opening the next may refer back to ("100 of them").
    let carried: Count | null = null;
    for (const [s, sentence] of (sentences[u] ?? []).entries()) {
      const found = findCounts(text, sentence, language, carried, notes);
      skipped.push(...found.skipped.map((k) => ({ ...k, unit: u, sentence })));
      const members = listMembers(text, found.counts);
      const only = members.length === 1 ? members[0] : undefined;
      carried = only && only.kind === 'known' && only.category !== null && only.label === null && only.partOfPrevious !== true ? only : null;
      const sentenceText = text.slice(sentence.start, sentence.end);
      // "300 weapons were seized. 100 of them were pistols.": a sentence opening with a part of the count before continues it.
      const opensWithPart = members[0]?.partOfPrevious === true && found.counts[0] === members[0];
      // "Of these, 100 were destroyed": a count referring back under an action of its own opens a statement of its own.
      const referred = members[0]?.referredBack === true;
      if (members.length > 0 && previousSentenceDraft && !referred && (CONTINUATION.test(sentenceText) || opensWithPart)) {
        previousSentenceDraft.counts.push(...members);
        previousSentenceDraft.end = sentence.end;
        previousSentenceDraft.continued = true;
        continue;
      }
      previousSentenceDraft = null;
      for (const clause of clauses(text, sentence, members)) {
        const draft: Draft = { unit: u, start: clause.start, end: clause.end, counts: clause.counts, sentence, sentenceIndex: s, continued: false };
        drafts.push(draft);
        previousSentenceDraft = draft;
      }
    }
  }
  return drafts;
}

/** Why a count is the statement's total. */
export type TotalRule =
  /** A label names it ("total, 240", "итого – 240"). */
  | 'labelled'
  /** The first count uses a generic word (weapons, firearms, единиц оружия) and does not just open a plain list. */
  | 'generic-first'
  /** The statement has one known count. */
  | 'single-count'
  /** A breakdown follows the first count (":", "of which", "из них", "dont", "其中", "100 of them pistols"). */
  | 'breakdown-follows'
  /** "a total of", "в том числе всего" before a generic count after the parts. */
  | 'total-word'
  /** "in total", "au total", "en total" right after a count that follows the parts ("soit 320 armes au total"). */
  | 'total-word-after'
  /** A generic count in brackets right after the parts restates them ("100 pistols and 200 rifles (300 weapons)"). */
  | 'restated-in-brackets'
  /** A generic first count in a plain list that the other counts, of named categories, add up to exactly ("300 weapons, 100 pistols and 200 rifles"). */
  | 'generic-first-adds-up';

/** Which count is the total and why: a labelled one, a generic first count, a first count a breakdown follows, or one "a total of" names. */
export function findTotal(text: string, counts: readonly Count[]): { index: number; rule: TotalRule } | null {
  const first = counts[0];
  if (!first) return null;
  // "pistols, 120; rifles, 80; total, 240": the labelled total, wherever it stands.
  const labelled = counts.findIndex((c) => c.label === 'total');
  if (labelled >= 0) return { index: labelled, rule: 'labelled' };
  // "200 fusils et 120 pistolets, soit 320 armes au total": a count after the parts that a total word follows is
  // their total, whatever comes first (read as a part, it would be counted twice).
  // A total word between two counts names the one after it when it may stand before a count ("120 pistols, всего
  // 320 единиц"): then it is the 'total-word' rule's, below.
  for (let i = 1; i < counts.length; i++) {
    const c = counts[i];
    const next = counts[i + 1];
    const gap = text.slice(c?.end ?? 0, next?.start ?? text.length);
    if (c && c.kind === 'known' && c.label === null && TOTAL_WORD_AFTER.test(gap) && !(next && TOTAL_WORD.test(gap))) return { index: i, rule: 'total-word-after' };
  }
  if (first.label === 'part') return null;
  const second = counts[1];
  // "seized 120 firearms, 300 grenades and 15 grenade launchers": a generic count that only opens a
  // plain list is one item of it, not the total of the others.
  // "300 weapons, 100 of them pistols": a second count that is a part of the first makes no plain list.
  const plainList = second !== undefined && second.partOfPrevious !== true && isListGap(text.slice(first.end, second.start));
  if (first.category === GENERIC_CATEGORY && !plainList) return { index: 0, rule: 'generic-first' };
  // "300 weapons, 100 pistols and 200 rifles": with no word saying so, the weapons in general are the total of a plain
  // list only when the named parts after them add up to them exactly (read as one item, 300 would be counted twice);
  // "120 firearms, 300 pistols and 15 rifles" stays a list.
  const rest = counts.slice(1);
  if (
    first.category === GENERIC_CATEGORY && first.kind === 'known' && rest.length >= 2 &&
    rest.every((c) => c.kind === 'known' && c.category !== null && c.category !== GENERIC_CATEGORY && c.label === null) &&
    rest.reduce((a, c) => a + c.value, 0) === first.value
  ) {
    return { index: 0, rule: 'generic-first-adds-up' };
  }
  if (!second) return first.kind === 'known' ? { index: 0, rule: 'single-count' } : null;
  if (BREAKDOWN.test(text.slice(first.end, second.start)) || second.partOfPrevious === true) return { index: 0, rule: 'breakdown-follows' };
  for (let i = 1; i < counts.length; i++) {
    const c = counts[i];
    const prev = counts[i - 1];
    if (c && prev && c.category === GENERIC_CATEGORY && TOTAL_WORD.test(text.slice(prev.end, c.start))) return { index: i, rule: 'total-word' };
  }
  // "100 pistols and 200 rifles (300 weapons)": the weapons in general, in brackets after the parts, are the parts
  // restated, their total; read as one more part, they would be counted twice (a sum of 600).
  const last = counts[counts.length - 1];
  const beforeLast = counts[counts.length - 2];
  if (last && beforeLast && last.category === GENERIC_CATEGORY && last.kind === 'known' && BRACKET_BEFORE.test(text.slice(beforeLast.end, last.start))) {
    return { index: counts.length - 1, rule: 'restated-in-brackets' };
  }
  return null;
}

/** The index of the total among `counts`, or null (see findTotal). */
export function pickTotal(text: string, counts: readonly Count[]): number | null {
  return findTotal(text, counts)?.index ?? null;
}
