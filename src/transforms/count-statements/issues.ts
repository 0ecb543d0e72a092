/** The issues a statement raises (unbalanced, inferred or unknown year, unknown words) and the skipped numbers' issues. */
import type { IssueDraft } from '../../model/records.ts';
import { ACTION_CODES, GENERIC_CATEGORY } from '../../model/vocabulary.ts';
import { findActions, type TermMatch } from '../categories.ts';
import type { AgencyReading } from './bind-agency.ts';
import type { YearReading } from './bind-year.ts';
import type { SkippedInUnit } from './drafts.ts';
import type { ReconciledCounts } from './reconciliation.ts';
import type { RespectiveList } from './respective-figures.ts';
import { formatCount, lineOfUnit } from './records.ts';
import type { Count, Draft, ProseUnit } from './types.ts';

export interface StatementFacts {
  unit: ProseUnit;
  /** The statement's index in `statements`. */
  index: number;
  lineStart: number;
  actionRaw: string;
  counts: readonly Count[];
  reconciled: ReconciledCounts;
  year: YearReading;
  agency: AgencyReading | null;
}

export function statementIssues(s: StatementFacts): IssueDraft[] {
  const issues: IssueDraft[] = [];
  const { unit, reconciled, year, agency } = s;
  const { total, result, parts, allParts, uncounted, under } = reconciled;
  const record = { table: 'count_statements' as const, index: s.index };
  const label = `line ${s.lineStart}, '${`${s.actionRaw} ${total ? `${total.raw} ${total.categoryRaw}` : '...'}`.trim()}'`;
  if (result.reconciliation === 'unbalanced' && total && result.componentsSum !== null) {
    const topLevel = parts.filter((_, i) => result.parentIndex[i] === null).map((p) => formatCount(p.value));
    const difference = result.componentsSum - total.value;
    issues.push({
      severity: 'warning',
      rule: 'unbalanced-count',
      message:
        `Count statement (${label}): parts ${topLevel.join(' + ')} = ${formatCount(result.componentsSum)}, not ${formatCount(total.value)} ` +
        `(difference ${difference > 0 ? '+' : ''}${formatCount(difference)}). Numbers loaded as written; reconciliation 'unbalanced'.` +
        (result.note ? ` ${result.note}.` : ''),
      line_start: s.lineStart,
      record,
    });
  }
  if (year.basis === 'inferred') {
    issues.push({
      severity: 'info',
      rule: 'year-inferred',
      message: `Count statement (${label}) names no year of its own: year ${year.year} ${year.how ?? 'inferred'}; year_basis 'inferred'.`,
      line_start: s.lineStart,
      record,
    });
  } else if (year.year === null) {
    issues.push({
      // A period of two years named by the statement: what it counts cannot be put in either year.
      severity: year.source === 'reporting-period-years' ? 'warning' : 'info',
      rule: 'year-unknown',
      message: `Count statement (${label}): ${year.how ?? 'no year is stated and none can be read from the text before'}; year left NULL.`,
      line_start: s.lineStart,
      record,
    });
  }
  if (result.reconciliation === 'no_total') {
    issues.push({
      severity: 'info',
      rule: 'no-total',
      message: `Count statement (${label}) lists parts without a total; total NULL, components_sum ${result.componentsSum === null ? 'NULL' : formatCount(result.componentsSum)}.`,
      line_start: s.lineStart,
      record,
    });
  }
  const uncountedParts = allParts.filter((_, i) => uncounted[i]);
  if (uncountedParts.length > 0) {
    const u = under[allParts.indexOf(uncountedParts[0] as Count)];
    issues.push({
      severity: 'info',
      rule: 'uncounted-parent',
      message:
        `Count statement (${label}): ${uncountedParts.map((p) => formatCount(p.value)).join(' + ')} break down the ${u?.raw ?? 'category'} named before them, ` +
        `whose own number the statement does not give; loaded with parent_category '${u?.code ?? ''}', left out of components_sum.`,
      line_start: s.lineStart,
      record,
    });
  }
  for (const part of allParts) {
    if (part.category !== GENERIC_CATEGORY) continue;
    issues.push({
      severity: 'info',
      rule: 'generic-part',
      message: `Count statement (${label}): the part "${part.raw} ${part.categoryRaw}" names weapons in general; category '${GENERIC_CATEGORY}' like a total, raw words kept.`,
      line_start: lineOfUnit(unit, part.start),
      record,
    });
  }
  for (const part of s.counts) {
    if (part.category !== null) continue;
    if (part.keyed !== undefined && part.keyedLeadIn !== undefined && part.categoryRaw === '') {
      // "Bilan 2023 de la Gendarmerie : saisies : 120 ; destructions : 340": which weapons, nothing says.
      const keyed = unit.text.slice(part.keyed, part.numberStart + part.raw.length);
      issues.push({
        severity: 'info',
        rule: 'unknown-category',
        message: `Count statement (${label}): "${keyed}" is an item of a list of actions whose keys and lead-in name no weapons; read as a count of weapons, category NULL.`,
        line_start: lineOfUnit(unit, part.start),
        record,
      });
      continue;
    }
    issues.push({
      severity: 'info',
      rule: 'unknown-category',
      message: `Count statement (${label}): "${part.raw} ${part.categoryRaw}" names no known weapon category; category NULL, raw words kept.`,
      line_start: lineOfUnit(unit, part.start),
      record,
    });
  }
  if (agency?.rule === 'several-agencies') {
    issues.push({
      severity: 'info',
      rule: 'several-agencies',
      message: `Count statement (${label}): "${agency.raw}" names several agencies (${(agency.bodies ?? []).map((body) => body.code).join(', ')}), whose joint count is none of theirs alone; agency NULL, raw words kept.`,
      line_start: s.lineStart,
      record,
    });
  } else if (agency && agency.code === null) {
    issues.push({
      severity: 'info',
      rule: 'unknown-agency',
      message: `Count statement (${label}): agency "${agency.raw}" is not in the agency vocabulary; agency NULL, raw words kept.`,
      line_start: s.lineStart,
      record,
    });
  }
  return issues;
}

/** Issues for numbers near weapon words left out on purpose, in sentences that have an action word. */
export function skippedIssues(units: readonly ProseUnit[], skipped: readonly SkippedInUnit[]): IssueDraft[] {
  const issues: IssueDraft[] = [];
  for (const k of skipped) {
    const unit = units[k.unit];
    if (!unit || findActions(unit.text.slice(k.sentence.start, k.sentence.end)).length === 0) continue;
    if (k.rule === 'count-ambiguous-number') {
      // A count the document meant but wrote in a way that gives two numbers: a warning, the statement keeps no number for it.
      issues.push({ severity: 'warning', rule: k.rule, message: `"${k.words}": ${k.reason ?? 'the number is ambiguous'}; not loaded, the count is NULL.`, line_start: lineOfUnit(unit, k.at) });
      continue;
    }
    if (k.rule === 'count-not-read') {
      issues.push({ severity: 'info', rule: k.rule, message: `"${k.words}": ${k.reason ?? 'not read'}.`, line_start: lineOfUnit(unit, k.at) });
      continue;
    }
    if (k.rule === 'count-corrected') {
      // A figure the document itself declares wrong: never loaded; an earlier report may still hold it.
      issues.push({ severity: 'warning', rule: k.rule, message: `"${k.words}": the text declares this figure wrong (${k.reason ?? 'corrected'}): the corrected figure is loaded in its place, this one never.`, line_start: lineOfUnit(unit, k.at) });
      continue;
    }
    const why =
      k.rule === 'count-range'
        ? 'is a range, not one number: not loaded'
        : k.rule === 'count-vague'
          ? 'names no number (a vague quantity): no count is loaded for it'
        : k.rule === 'count-rate'
          ? 'is a rate or an average (so many a day, a month, on average), not a count of items: no count is loaded for it'
        : k.rule === 'count-group'
          ? 'names the group a count was picked from, not a count of what was done: the group is not loaded as one'
          : k.rule === 'count-part-no-category'
          ? 'picks a part of the count before it but names no weapon category (a place, a date, a holder): no part is loaded for it, nothing is added to or taken from the total'
          : k.rule === 'count-not-integer'
          ? 'is not written as a whole number of items (a decimal, or a scaled number such as "2,5 thousand" whose decimal mark is not the language\'s): not loaded'
          : 'counts ammunition or other items, not weapons: not loaded in weapon_counts, never added to a weapons total';
    issues.push({ severity: 'info', rule: k.rule, message: `"${k.words}" ${why}.`, line_start: lineOfUnit(unit, k.at) });
  }
  return issues;
}

/**
 * The warning for counts whose action word is negated ("300 weapons were not destroyed"): no statement is loaded, and
 * the analyst is told which words were passed over and why, never silently.
 */
export function negatedActionIssue(unit: ProseUnit, draft: Pick<Draft, 'start' | 'end' | 'counts'>, action: TermMatch): IssueDraft {
  const words = unit.text.slice(draft.start, Math.max(draft.end, action.end)).trim();
  const counts = draft.counts.map((count) => count.raw).join(', ');
  return {
    severity: 'warning',
    rule: 'negated-action',
    message: `"${words}": the action '${action.raw}' is negated, so ${counts} is not a count of what was ${action.code ?? action.raw}: no count statement loaded.`,
    line_start: lineOfUnit(unit, draft.start),
  };
}

/**
 * The note for counts that are several States', a region's or the world's ("58 States destroyed 1,300,000 weapons"):
 * a report quotes them beside its own figures; they are not loaded as its country's, and the analyst is told so.
 */
export function aggregateIssue(unit: ProseUnit, draft: Pick<Draft, 'start' | 'end' | 'counts'>, scope: string): IssueDraft {
  const words = unit.text.slice(draft.start, draft.end).trim();
  const counts = draft.counts.map((count) => count.raw).join(', ');
  return {
    severity: 'info',
    rule: 'aggregate-count',
    message: `"${words}": '${scope}' says ${counts} counts for several States, a region or the world, not for the document's country alone: no count statement loaded.`,
    line_start: lineOfUnit(unit, draft.start),
  };
}

/**
 * The note for counts of an action planned, pledged, funded or targeted, not done ("pledged USD 250,000 for the
 * destruction of 3,000 weapons in 2025"): no statement is loaded, and the analyst is told which words made it a plan.
 */
export function plannedActionIssue(unit: ProseUnit, draft: Pick<Draft, 'start' | 'end' | 'counts'>, action: TermMatch, marker: string): IssueDraft {
  const words = unit.text.slice(draft.start, Math.max(draft.end, action.end)).trim();
  const counts = draft.counts.map((count) => count.raw).join(', ');
  return {
    severity: 'info',
    rule: 'planned-action',
    message: `"${words}": '${marker}' makes '${action.raw}' an action planned, pledged, funded or still to come, not one done: ${counts} is no count of what was ${action.code ?? action.raw}; no count statement loaded.`,
    line_start: lineOfUnit(unit, draft.start),
  };
}

/** The note for counts left out of a statement because words of plan stand before them ("... and plans to destroy 200 rifles"). */
export function plannedPartsIssue(unit: ProseUnit, dropped: readonly Count[], marker: string): IssueDraft {
  const first = dropped[0];
  const words = first ? unit.text.slice(first.start, dropped[dropped.length - 1]?.end ?? first.end).trim() : '';
  return {
    severity: 'info',
    rule: 'planned-action',
    message: `"${words}": '${marker}' before ${dropped.map((c) => c.raw).join(', ')} makes it a count of an action planned, pledged, funded or still to come, not one done: not loaded.`,
    line_start: lineOfUnit(unit, first?.start ?? 0),
  };
}


/**
 * The note for weapons counted in a sentence that names a year when no action word was read with them ("In 2022 the
 * police held 37 firearms in storage", "registered 1,200 rifles", "detained 12 suspects with 37 firearms"): most are
 * stocks or registers, not collection facts, and none is loaded; the analyst is told which counts were passed over,
 * so a wording the reader does not know yet is never lost silently.
 */
export function noActionIssue(unit: ProseUnit, draft: Pick<Draft, 'start' | 'end' | 'counts'>, why: 'no-action' | 'held-by-people' = 'no-action'): IssueDraft {
  const words = unit.text.slice(draft.start, draft.end).trim();
  const counts = draft.counts.filter((c) => c.kind === 'known').map((c) => unit.text.slice(c.start, c.end).trim());
  const one = counts.length === 1;
  const reason =
    why === 'held-by-people'
      ? `${one ? 'is' : 'are'} what people held: the verb after ${one ? 'it' : 'them'} says what was done to the people, not to the weapons`
      : `${one ? 'is' : 'are'} counted in a sentence that names a year, but no action word (${Object.keys(ACTION_CODES).join(', ')}) was read with ${one ? 'it' : 'them'}`;
  return {
    severity: 'info',
    rule: 'count-not-read',
    message: `"${words}": ${counts.join(', ')} ${reason}: no count statement loaded.`,
    line_start: lineOfUnit(unit, draft.start),
  };
}

/**
 * The warning for numbers given "respectively" that cannot be paired with years (`seized 120 and 45 firearms in Lagos
 * and Kano respectively`, a list of years of another length) or that stand beside other counts of the statement:
 * which number is whose cannot be read, and no number of the list is the sentence's count, so none is loaded.
 */
export function respectiveIssue(unit: ProseUnit, draft: Pick<Draft, 'start' | 'end' | 'sentence'>, list: RespectiveList, beside: readonly Count[]): IssueDraft {
  const start = Math.min(draft.sentence.start, draft.start);
  const words = unit.text.slice(start, Math.max(draft.sentence.end, draft.end)).trim();
  const numbers = list.figures.map((f) => f.raw).join(', ');
  const why =
    list.years === null
      ? `'${list.word}' pairs them with items that are not ${list.figures.length} years`
      : `they pair with years, but the statement also counts ${beside.map((c) => c.raw).join(', ')}, which the pairing does not place`;
  return {
    severity: 'warning',
    rule: 'count-respectively',
    message: `"${words}" (line ${lineOfUnit(unit, start)}): ${numbers} are given '${list.word}': ${why}, so which number is whose cannot be read and none is loaded.`,
    line_start: lineOfUnit(unit, start),
  };
}
