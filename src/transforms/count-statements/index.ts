/**
 * Count statements in prose: "In 2005, 9,607 weapons were seized: 7,195 smoothbore weapons, ..." ->
 * one CountStatementRecord with its total, its parts (categories from the vocabulary), the year
 * (stated, or inferred and marked so), action, agency, and a reconciliation of parts against the total.
 *
 * How a statement is read, one file per step:
 * 1. sentences.ts: each unit (bullet or paragraph) is cut into sentences;
 * 2. mentions.ts (and mentions-chinese.ts): every number in a sentence is looked at with the words
 *    around it: it counts weapons only when those words name a weapon category ("45 officials",
 *    "12 December", "14 учебных семинаров" do not); years, decimals, scaled numbers, money and ranges
 *    are not counts;
 * 3. clauses.ts: a number with unknown words is kept as a part (category null) only inside a list of
 *    weapon counts; a new action after a list starts a new statement;
 * 4. drafts.ts: a sentence opening with "They included", "Из них", "Parmi elles" ... continues the
 *    statement before; the first count is the total when it uses a generic word or a breakdown follows it;
 * 5. bind-action.ts, bind-scope.ts, bind-agency.ts, bind-year.ts: a statement needs an action word (numbers
 *    without one are not collection facts) and must be the country's own (not several States', a region's or the
 *    world's); its agency and year;
 * 6. reconciliation.ts: parts against the total (reconcile.ts); nesting only where the arithmetic is exact;
 * 7. issues.ts: what the reader must know about each statement.
 * The words of every language are in its lexicon (src/language/lexicons/<lang>.ts), compiled once in
 * compile.ts. Numbers, qualifiers and relative years are read in the document's language (`ctx.language`,
 * or the language the units are guessed to be in; with neither, as any language).
 */
import { asLanguage } from '../../language/registry.ts';
import type { Language } from '../../language/types.ts';
import type { CountStatementRecord, IssueDraft } from '../../model/records.ts';
import { guessLanguage } from '../languages.ts';
import { actionNegated, cutAtPlan, heldByPeople, pickAction, plannedAction, receivedSurrender } from './bind-action.ts';
import { blockHeadingAgency, keyListAgency, placedAgency } from './bind-agency.ts';
import type { AgencyReading } from './bind-agency.ts';
import { pickYear, type YearReading } from './bind-year.ts';
import { draftStatements, findTotal } from './drafts.ts';
import type { SkippedInUnit } from './drafts.ts';
import { aggregateIssue, negatedActionIssue, noActionIssue, plannedActionIssue, plannedPartsIssue, respectiveIssue, skippedIssues, statementIssues } from './issues.ts';
import { aggregateScope, referredAggregateScope } from './bind-scope.ts';
import { reconcileCounts } from './reconciliation.ts';
import { lineage, lineOfUnit } from './records.ts';
import { splitSentences } from './sentences.ts';
import { deglue, glueVocabulary, wordOfPattern, wordsOf } from '../deglue.ts';
import { actionStep, statementSteps } from './steps.ts';
import { ACTIONS_JOINED } from './compile.ts';
import { findActions, type TermMatch } from '../categories.ts';
import { unwrapNumbers, wrappedNumberBreaks } from './wrapped-numbers.ts';
import { withoutEraYears } from '../era-years.ts';
import { findYearLists, type YearList, type YearListItem } from './year-lists.ts';
import { blankFigures, type ComparedFigure, findComparedFigures } from './compared-figures.ts';
import { findRespectiveList, type RespectiveList } from './respective-figures.ts';
import { statedYears } from './years.ts';
import type { Count, CountContext, CountExtraction, Draft, ProseUnit } from './types.ts';

export { splitSentences } from './sentences.ts';
export type { CountContext, CountExtraction, ProseUnit } from './types.ts';

/**
 * Finds every count statement in `units` (one attribution group, in document order). Pure; never throws.
 *
 * @example
 * extractCountStatements([{ text: 'In 2013, the police destroyed 300 weapons: 200 pistols and 100 rifles.', span: { lineStart: 4, lineEnd: 4 } }], { reportedIn: 2014, language: 'en' })
 * // statements[0]: year 2013 stated, action 'destroyed', agency 'police', total 300, components_sum 300, 'balanced'
 */
export function extractCountStatements(written: ProseUnit[], ctx: CountContext): CountExtraction {
  // Words glued where a line break was lost (`weaponsand`) are read apart; source_text stays verbatim.
  const units = written.map(readableUnit);
  const statements: CountStatementRecord[] = [];
  const issues: IssueDraft[] = [];
  const sentences = units.map((u) => splitSentences(u.text));
  const language = statementLanguage(units, ctx);

  const readAgencies: { draft: Draft; agency: AgencyReading | null; subject: boolean }[] = [];
  const skipped: SkippedInUnit[] = [];
  // "Firearms seized by the police, by year: 2019 — 1,204; 2020 — 987": each item is a statement of the lead-in's
  // action, agency and category; the ordinary reader does not see the items (blanked), which it would misread.
  const { lists: yearLists, unread: unreadLists } = findYearLists(units, language);
  issues.push(...unreadLists.map((list) => unreadListIssue(units, list)));
  const pending = yearLists.flatMap((list) => list.items.map((item) => ({ list, item })));
  // "seized 734 firearms, up from 581 in 2019": the figure of another period is read apart (its own statement when it
  // names its year) and blanked for the ordinary reader, so that neither its number nor its year is the count's.
  const compared = findComparedFigures(units, language);
  const reading = blankFigures(units, compared);
  const drafts = draftStatements(blankItems(reading, yearLists), sentences, skipped, language, ctx.notes ?? null);
  // A list's agency is its lead-in's, the same for every item: read once per list.
  const agencies = new Map<YearList, AgencyReading | null>();
  const listAgency = (list: YearList): AgencyReading | null => {
    if (!agencies.has(list)) agencies.set(list, leadInAgency(units, list, ctx));
    return agencies.get(list) ?? null;
  };
  const flushItems = (before: { unit: number; start: number } | null): void => {
    while (pending.length > 0) {
      const next = pending[0] as { list: YearList; item: YearListItem };
      if (before && (next.item.unit > before.unit || (next.item.unit === before.unit && next.item.start >= before.start))) return;
      pending.shift();
      yearListStatement(units, next.list, next.item, listAgency(next.list), ctx, statements, issues);
    }
  };
  const figuresRead = new Set<ComparedFigure>();
  // The statements of compared figures: "in the same year" after "up from 581 in 2019" is the count's year, not 2019.
  const comparedRecords = new WeakSet<CountStatementRecord>();
  const draftsPerSentence = new Map<string, number>();
  for (const d of drafts) draftsPerSentence.set(`${d.unit}:${d.sentenceIndex}`, (draftsPerSentence.get(`${d.unit}:${d.sentenceIndex}`) ?? 0) + 1);
  for (const [d, drafted] of drafts.entries()) {
    const unit = units[drafted.unit];
    if (!unit || drafted.counts.length === 0) continue;
    flushItems(drafted);
    const text = reading[drafted.unit]?.text ?? unit.text;
    // Counts after words of plan ("... and plans to destroy 200 rifles") are not done: never parts of the statement.
    const cut = cutAtPlan(text, drafted);
    if (cut) issues.push(plannedPartsIssue(unit, cut.dropped, cut.marker));
    const draft = cut?.draft ?? drafted;
    if (!draft.counts.some((c) => c.kind === 'known')) continue;
    const action = pickAction(text, draft);
    // Without an action word a number of weapons is not a collection fact (a stockpile, a licence count). In a sentence
    // naming a year it may be one in a wording not read yet: an issue says it was passed over.
    if (!action) {
      const sentence = sentences[draft.unit]?.[draft.sentenceIndex];
      // Weapons people held ("12 suspects carrying 37 firearms were detained") are said so, with a year or without.
      if (heldByPeople(text, draft)) issues.push(noActionIssue(unit, draft, 'held-by-people'));
      else if (sentence && statedYears(text.slice(sentence.start, sentence.end)).length > 0) issues.push(noActionIssue(unit, draft));
      continue;
    }
    if (actionNegated(text, draft, action)) {
      issues.push(negatedActionIssue(unit, draft, action));
      continue;
    }
    const planned = plannedAction(text, draft, action);
    if (planned !== null) {
      issues.push(plannedActionIssue(unit, draft, action, planned));
      continue;
    }
    const next = drafts[d + 1];
    const scope =
      aggregateScope(text, draft, next && next.unit === draft.unit && next.sentenceIndex === draft.sentenceIndex ? next.start : null) ??
      referredAggregateScope(text, draft.sentence, sentences[draft.unit]?.[draft.sentenceIndex - 1]);
    if (scope !== null) {
      issues.push(aggregateIssue(unit, draft, scope));
      continue;
    }

    const totalFound = findTotal(text, draft.counts);
    const reconciled = reconcileCounts(unit, draft.counts, totalFound?.index ?? null, totalFound?.rule ?? null);
    // "The police seized 800 weapons and destroyed 650 rifles": the second clause shares the subject. An agent
    // after the verb is that verb's only ("300 weapons were destroyed by the army and 200 were seized").
    const previous = readAgencies[readAgencies.length - 1];
    const sameSentence = previous !== undefined && previous.draft.unit === draft.unit && previous.draft.sentenceIndex === draft.sentenceIndex;
    // "Bilan 2023 de la Gendarmerie nationale : saisies : 120 ; ...": a key naming its action only has the lead-in's agency.
    const leadEnd = draft.counts[0]?.keyedLeadIn;
    const placed = placedAgency(text, draft, action, ctx) ?? (leadEnd === undefined ? null : leadInReading(text.slice(draft.sentence.start, leadEnd), ctx));
    const ownAgency = placed?.reading ?? null;
    const sharedSubject = sameSentence && previous.subject ? previous.agency : null;
    // "Summary for 2023 (Zambia Police Service)" / "Weapons seized (2023): 1 340": a key's value is its block heading's.
    const agency = ownAgency ?? sharedSubject ?? blockHeadingAgency(text, draft, ctx);
    // "the National Police received 300 surrendered weapons": a receipt is the surrender only when a public body received
    // them; "the armoury received 30 surrendered rifles" stores weapons surrendered elsewhere, perhaps in another year.
    if (receivedSurrender(draft, action) && (agency === null || (agency.code === null && agency.rule === 'vocabulary'))) {
      issues.push(noActionIssue(unit, draft));
      continue;
    }
    readAgencies.push({ draft, agency, subject: placed ? placed.place === 'subject' : sharedSubject !== null });
    // "seized 120 and 45 firearms in 2021 and 2022 respectively": each number is its own year's, none the sentence's.
    const respective = findRespectiveList(text, draft.sentence, language);
    if (respective && draft.counts.some((c) => respective.figures.some((f) => f.numberStart === c.numberStart))) {
      const sentenceYear = () => pickYear(text, draft, units, sentences, { reportedIn: ctx.reportedIn, reportingPeriod: ctx.reportingPeriod ?? null, language, previousYear: lastOwnYear(statements, comparedRecords) });
      respectiveStatements(unit, draft, respective, action, { reading: agency, shared: ownAgency === null && agency !== null }, sentenceYear, ctx, statements, issues);
      continue;
    }
    const year = pickYear(text, draft, units, sentences, { reportedIn: ctx.reportedIn, reportingPeriod: ctx.reportingPeriod ?? null, language, previousYear: lastOwnYear(statements, comparedRecords) });
    // "rose from 1,200 in 2021 to 1,526 in 2022": the first figure's statement comes first, the same body's.
    const firstCountStart = draft.counts[0]?.numberStart ?? draft.start;
    for (const figure of compared.filter((f) => f.opensChange === true && f.unit === draft.unit && !figuresRead.has(f) && f.start >= draft.start && f.end <= firstCountStart)) {
      figuresRead.add(figure);
      comparedStatement(unit, draft, action, figure, ctx, statements, issues, { reading: agency, shared: ownAgency === null && agency !== null });
      const added = statements[statements.length - 1];
      if (added) comparedRecords.add(added);
    }
    const index = statements.length;
    // Two statements in one sentence ("In 2014, the police seized 800 weapons and destroyed 650") share its
    // year and agency: each cites the whole sentence, so the words it was read from are all in its source_text.
    const sentence = sentences[draft.unit]?.[draft.sentenceIndex];
    // A key's value ("Firearms destroyed: 2,100" in a block of keys) cites its own key and value, not the block; a key
    // naming its action only ("saisies : 120") cites its list, whose lead-in says what, when and who.
    const keyedAlone = draft.counts[0]?.keyed !== undefined && draft.counts[0]?.keyedLeadIn === undefined;
    const shared = sentence && (draftsPerSentence.get(`${draft.unit}:${draft.sentenceIndex}`) ?? 0) > 1 && !keyedAlone;
    const where = shared ? lineage(unit, Math.min(sentence.start, draft.start), Math.max(sentence.end, draft.end)) : lineage(unit, draft.start, draft.end);
    const { total, result } = reconciled;
    const steps = statementSteps(
      action,
      { reading: agency, shared: ownAgency === null && agency !== null },
      year,
      // A note's digits a PDF glued to the total (`1,2003 firearms`, note 3) are no words of it: the number as read is.
      total && totalFound ? { words: total.footnote && /^\d+$/u.test(total.footnote) ? total.raw : text.slice(total.start, total.end), value: total.value, rule: totalFound.rule } : null,
      { sum: result.componentsSum, raws: reconciled.parts.filter((_, i) => result.parentIndex[i] === null).map((p) => p.raw) },
    );

    statements.push({
      ...where,
      year: year.year,
      year_basis: year.basis,
      action: action.code,
      action_raw: action.raw,
      agency: agency?.code ?? null,
      agency_raw: agency?.raw ?? null,
      total: total?.value ?? null,
      components_sum: result.componentsSum,
      reconciliation: result.reconciliation,
      reported_in: ctx.reportedIn,
      counts: reconciled.records,
      steps,
    });
    issues.push(...statementIssues({ unit, index, lineStart: where.line_start, actionRaw: action.raw, counts: draft.counts, reconciled, year, agency }));
    const nextStart = next && next.unit === draft.unit ? next.start : (sentence?.end ?? draft.end);
    for (const figure of compared.filter((f) => f.unit === draft.unit && !figuresRead.has(f) && f.start > (draft.counts[0]?.numberStart ?? draft.start) && f.start < Math.max(nextStart, draft.end))) {
      figuresRead.add(figure);
      comparedStatement(unit, draft, action, figure, ctx, statements, issues);
      const added = statements[statements.length - 1];
      if (added) comparedRecords.add(added);
    }
    // "No weapons were seized or destroyed during the period": a stated zero of two actions joined is a zero of each.
    // Only a zero: "300 weapons were seized and destroyed" may be the same weapons twice or two counts not given.
    const stated = statements[index];
    if (stated && draft.counts.every((c) => c.value === 0)) {
      for (const other of joinedActions(text, action, draft.end)) {
        // The other action's steps are this statement's with its action step (found by its column, wherever it is) replaced.
        const otherSteps = steps.map((s) => (s.column === 'action' ? actionStep(other) : s));
        statements.push({ ...stated, action: other.code, action_raw: other.raw, counts: stated.counts.map((c) => ({ ...c })), steps: otherSteps });
        issues.push(...statementIssues({ unit, index: statements.length - 1, lineStart: where.line_start, actionRaw: other.raw, counts: draft.counts, reconciled, year, agency }));
      }
    }
  }
  flushItems(null);
  issues.push(...skippedIssues(units, skipped));
  return { statements, issues };
}

/** The agency a list's lead-in names, read as a subject (shared by the list's items). */
function leadInReading(leadIn: string, ctx: CountContext): { reading: AgencyReading; place: 'subject' } | null {
  const reading = keyListAgency(leadIn, ctx);
  return reading === null ? null : { reading, place: 'subject' };
}

/** The language numbers are read in: the caller's, else the one the units are written in, else none (any). */
function statementLanguage(units: readonly ProseUnit[], ctx: CountContext): Language | null {
  return asLanguage(ctx.language) ?? guessLanguage(units.map((u) => u.text).join('\n'), { minWords: 8 });
}

let statementWords: ReturnType<typeof glueVocabulary> | null = null;

/** The words glued words of a statement may split into: weapon categories, actions, names of public bodies. */
function statementVocabulary(): ReturnType<typeof glueVocabulary> {
  statementWords ??= glueVocabulary((lexicon) =>
    [[Object.values(lexicon.weaponCategories).flat(), Object.values(lexicon.actions).flat()].flat().flatMap(wordOfPattern), lexicon.countStatements.organisationNouns.flatMap(wordsOf)].flat(),
    // Every word the category, action and agency patterns spell out whole (`Forças Armadas`) stays whole.
    (lexicon) => [Object.values(lexicon.weaponCategories).flat(), Object.values(lexicon.actions).flat(), Object.values(lexicon.agencies).flat()].flat().flatMap(wordsOf),
  );
  return statementWords;
}

/**
 * The unit with its glued words split apart and a number a line break cut read whole (`2` / `418` as `2 418`),
 * keeping its own words for source_text.
 */
function readableUnit(unit: ProseUnit): ProseUnit {
  const deglued = deglue(unit.text, statementVocabulary());
  const breaks = wrappedNumberBreaks(deglued.text);
  // A break read as a space, a year of another calendar blanked beside its Gregorian one (`B.E. 2565 (2022)`): every
  // offset stays, and deglue's map back to the verbatim text stays right.
  const text = withoutEraYears(unwrapNumbers(deglued.text, breaks));
  if (text === unit.text) return unit;
  return { ...unit, text, verbatim: { text: unit.text, offset: deglued.sourceOffset }, ...(breaks.length === 0 ? {} : { wrappedNumbers: breaks }) };
}

/** The action words joined to `action` by a comma or a conjunction ("seized or destroyed", "saisie ni détruite"), up to `end`. */
function joinedActions(text: string, action: TermMatch, end: number): TermMatch[] {
  const joined: TermMatch[] = [];
  let from = action.end;
  for (const found of findActions(text.slice(action.end, end))) {
    const at = action.end + found.index;
    if (!ACTIONS_JOINED.test(text.slice(from, at))) break;
    if (found.code !== action.code && !joined.some((j) => j.code === found.code)) joined.push({ ...found, index: at, end: action.end + found.end });
    from = action.end + found.end;
  }
  return joined;
}

/** The units with the year lists' items blanked (offsets kept), so that the ordinary reader reads none of them. */
function blankItems(units: readonly ProseUnit[], lists: readonly YearList[]): ProseUnit[] {
  if (lists.length === 0) return [...units];
  const texts = units.map((u) => u.text);
  for (const item of lists.flatMap((l) => l.items)) {
    const text = texts[item.unit] ?? '';
    texts[item.unit] = text.slice(0, item.start) + text.slice(item.start, item.end).replace(/[^\n]/gu, ' ') + text.slice(item.end);
  }
  return units.map((u, i) => ({ ...u, text: texts[i] ?? u.text }));
}

/**
 * The agency of a year list: its lead-in's subject, or the agent after its action word, read as if the count stood
 * where the lead-in's colon is (only the count's place is read).
 */
function leadInAgency(units: readonly ProseUnit[], list: YearList, ctx: CountContext): AgencyReading | null {
  const leadUnit = units[list.lead.unit];
  if (!leadUnit) return null;
  const at = list.lead.end;
  const leadCount: Count = {
    value: 0, raw: '', separator: null, start: at, numberStart: at, end: at, category: list.category.code, categoryRaw: list.category.raw,
    kind: 'known', qualifier: null, label: null, under: null,
  };
  return placedAgency(leadUnit.text, { start: list.lead.start, end: list.lead.end, counts: [leadCount] }, list.action, ctx)?.reading ?? null;
}

/**
 * The warning for a year list none of whose items is a count (`Firearms seized, by year: 2019 — 14 % more; 2020 — about
 * a thousand`): no statement is read from it as a list, and the line and the items say what to look at.
 */
function unreadListIssue(units: readonly ProseUnit[], list: YearList): IssueDraft {
  const leadUnit = units[list.lead.unit];
  const line = leadUnit ? lineOfUnit(leadUnit, list.lead.start) : null;
  const lead = leadUnit?.text.slice(list.lead.start, list.lead.end).trim() ?? '';
  const items = list.items.map((i) => `'${units[i.unit]?.text.slice(i.start, i.end).trim() ?? ''}'`).join(', ');
  return {
    severity: 'warning',
    rule: 'year-list-not-read',
    message: `Year list '${lead}' (line ${line ?? '?'}): none of its items is a plain count after its year (${items}): no statement is read from it as a list.`,
    line_start: line,
  };
}

/** One statement of a year list's numeric item (an unknown marker gives none, only an issue saying so). */
function yearListStatement(units: readonly ProseUnit[], list: YearList, item: YearListItem, agency: AgencyReading | null, ctx: CountContext, statements: CountStatementRecord[], issues: IssueDraft[]): void {
  const unit = units[item.unit];
  if (!unit) return;
  const where = lineage(unit, item.start, item.end);
  if (item.unread !== undefined) {
    issues.push({
      severity: 'warning',
      rule: 'year-list-item-not-read',
      message: `Year list item '${where.source_text}' (line ${where.line_start}): not a plain count after its year (words other than the weapons follow the number, or no whole number): no statement for ${item.year}; the list's other items are read.`,
      line_start: where.line_start,
    });
    return;
  }
  if (item.count === null) {
    issues.push({
      severity: 'info',
      rule: 'unknown-value',
      message: `Year list item '${where.source_text}' (line ${where.line_start}): the count is an unknown marker ('${item.marker}'): no statement for ${item.year} (never 0).`,
      line_start: where.line_start,
    });
    return;
  }
  const count: Count = item.count.category === null ? { ...item.count, category: list.category.code, categoryRaw: list.category.raw } : item.count;
  const year: YearReading = { year: item.year, basis: 'stated', how: null, source: 'stated', words: String(item.year) };
  // "2022 — 1 316 ед. (в том числе 300 пистолетов)": the bracket's parts are reconciled against the count, as prose parts are.
  const parts = item.parts ?? [];
  const totalRule = parts.length > 0 ? 'breakdown-follows' : 'single-count';
  const counts = [count, ...parts];
  const reconciled = reconcileCounts(unit, counts, 0, totalRule);
  const { result } = reconciled;
  const partRaws = reconciled.parts.filter((_, i) => result.parentIndex[i] === null).map((p) => p.raw);
  const index = statements.length;
  statements.push({
    ...where,
    year: item.year,
    year_basis: 'stated',
    action: list.action.code,
    action_raw: list.action.raw,
    agency: agency?.code ?? null,
    agency_raw: agency?.raw ?? null,
    total: count.value,
    components_sum: result.componentsSum,
    reconciliation: result.reconciliation,
    reported_in: ctx.reportedIn,
    counts: reconciled.records,
    steps: statementSteps(list.action, { reading: agency, shared: false }, year, { words: count.raw, value: count.value, rule: totalRule }, { sum: result.componentsSum, raws: partRaws }),
  });
  issues.push(...statementIssues({ unit, index, lineStart: where.line_start, actionRaw: list.action.raw, counts, reconciled, year, agency }));
}

/** The year of the last statement read that is no compared figure's (the one "in the same year" refers to). */
function lastOwnYear(statements: readonly CountStatementRecord[], compared: WeakSet<CountStatementRecord>): number | null {
  for (let i = statements.length - 1; i >= 0; i--) {
    const statement = statements[i];
    if (statement && !compared.has(statement)) return statement.year;
  }
  return null;
}

/**
 * The statement of a figure of another period set beside the count of `draft` ("up from 581 in 2019"): its own year,
 * the count's action and weapons (the figure's own weapon words when it has them), no agency (the sentence's subject
 * acted in the count's year), no parts. A figure without a year of its own gives none: an info issue says so.
 */
function comparedStatement(
  unit: ProseUnit,
  draft: Draft,
  action: TermMatch,
  figure: ComparedFigure,
  ctx: CountContext,
  statements: CountStatementRecord[],
  issues: IssueDraft[],
  agency: { reading: AgencyReading | null; shared: boolean } = { reading: null, shared: false },
): void {
  // The first figure of a change cites the whole change, as the count after it does.
  const where = lineage(unit, draft.start, figure.opensChange === true ? Math.max(figure.end, draft.end) : figure.end);
  if (figure.year === null) {
    issues.push({
      severity: 'info',
      rule: 'year-unknown',
      message: `"${unit.text.slice(figure.start, figure.end).trim()}" (line ${where.line_start}): ${figure.raw} is the figure of another period set beside a count, and names no year of its own: no statement loaded for it, and it is no part of the count.`,
      line_start: where.line_start,
    });
    return;
  }
  const beside = [...draft.counts].reverse().find((c) => c.numberStart < figure.start) ?? draft.counts[0];
  const count: Count = {
    value: figure.value, raw: figure.raw, separator: figure.separator, start: figure.numberStart, numberStart: figure.numberStart, end: figure.numberStart + figure.raw.length,
    category: figure.weapons?.code ?? beside?.category ?? null, categoryRaw: figure.weapons?.raw ?? beside?.categoryRaw ?? '', kind: 'known', qualifier: null, label: null, under: null,
  };
  const year: YearReading = { year: figure.year, basis: 'stated', how: null, source: 'stated', words: figure.yearWords };
  singleCountStatement(unit, where, count, action, agency, year, ctx, statements, issues);
}

/** A statement of one count, its own total (a compared figure's, a respective list's number), with its issues. */
function singleCountStatement(
  unit: ProseUnit,
  where: ReturnType<typeof lineage>,
  count: Count,
  action: TermMatch,
  agency: { reading: AgencyReading | null; shared: boolean },
  year: YearReading,
  ctx: CountContext,
  statements: CountStatementRecord[],
  issues: IssueDraft[],
): void {
  const reconciled = reconcileCounts(unit, [count], 0, 'single-count');
  const { result } = reconciled;
  const index = statements.length;
  statements.push({
    ...where,
    year: year.year,
    year_basis: year.basis,
    action: action.code,
    action_raw: action.raw,
    agency: agency.reading?.code ?? null,
    agency_raw: agency.reading?.raw ?? null,
    total: count.value,
    components_sum: result.componentsSum,
    reconciliation: result.reconciliation,
    reported_in: ctx.reportedIn,
    counts: reconciled.records,
    steps: statementSteps(action, agency, year, { words: count.raw, value: count.value, rule: 'single-count' }, { sum: result.componentsSum, raws: [] }),
  });
  issues.push(...statementIssues({ unit, index, lineStart: where.line_start, actionRaw: action.raw, counts: [count], reconciled, year, agency: agency.reading }));
}

/**
 * The statements of a list of numbers given "respectively" for as many years or as many bodies of the vocabulary
 * (respective-figures.ts): one a number, each of its year (stated: the year of the same rank) and the sentence's
 * agency, or each of its body (the body of the same rank) and the sentence's year; the sentence's action, its weapons
 * (a bare number shares the noun of the next one: `120 and 45 firearms`). A list that pairs with neither, or a draft
 * with counts beside the list, gives none: a warning says which numbers were not loaded and why.
 */
function respectiveStatements(
  unit: ProseUnit,
  draft: Draft,
  list: RespectiveList,
  action: TermMatch,
  agency: { reading: AgencyReading | null; shared: boolean },
  sentenceYear: () => YearReading,
  ctx: CountContext,
  statements: CountStatementRecord[],
  issues: IssueDraft[],
): void {
  const listed = (c: Count): boolean => list.figures.some((f) => f.numberStart === c.numberStart);
  const beside = draft.counts.filter((c) => c.kind === 'known' && !listed(c));
  // "In 2022, 120 and 45 firearms were seized by the police and customs respectively": as many bodies as numbers.
  const bodies = list.years === null && agency.reading?.rule === 'several-agencies' ? (agency.reading.bodies ?? []) : [];
  const byBody = bodies.length === list.figures.length;
  if ((list.years === null && !byBody) || beside.length > 0) {
    issues.push(respectiveIssue(unit, draft, list, beside));
    return;
  }
  const years = list.years;
  const year = years === null ? sentenceYear() : null;
  const where = lineage(unit, Math.min(draft.sentence.start, draft.start), Math.max(draft.sentence.end, draft.end));
  list.figures.forEach((figure, i) => {
    const listedYear = years?.[i];
    const body = bodies[i];
    if (years !== null && !listedYear) return;
    const own = draft.counts.find((c) => c.numberStart === figure.numberStart);
    const named = list.figures.slice(i + 1).map((f) => draft.counts.find((c) => c.numberStart === f.numberStart)).find((c) => c !== undefined);
    const count: Count = own
      ? { ...own }
      : {
          value: figure.value, raw: figure.raw, separator: figure.separator, start: figure.numberStart, numberStart: figure.numberStart, end: figure.numberStart + figure.raw.length,
          category: named?.category ?? null, categoryRaw: named?.categoryRaw ?? '', kind: 'known', qualifier: null, label: null, under: null, sharedNoun: true,
        };
    if (listedYear) {
      const own: YearReading = { year: listedYear.year, basis: 'stated', how: null, source: 'respectively', words: listedYear.raw };
      singleCountStatement(unit, where, count, action, agency, own, ctx, statements, issues);
    } else if (body && year) {
      singleCountStatement(unit, where, count, action, { reading: { raw: body.raw, code: body.code, rule: 'vocabulary' }, shared: false }, year, ctx, statements, issues);
    }
  });
}
