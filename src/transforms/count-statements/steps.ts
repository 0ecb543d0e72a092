/**
 * The transformation steps of a statement and of its counts, recorded from what the steps decided
 * (never re-derived from the text afterwards): which words gave the quantity, the category, the
 * action, the agency, the year (stated, or inferred from the report year or the text before) and the total.
 */
import type { TransformationStep } from '../../model/transformations.ts';
import type { TermMatch } from '../categories.ts';
import type { AgencyReading } from './bind-agency.ts';
import type { YearReading } from './bind-year.ts';
import { foldKey } from '../../language/matchers.ts';
import { lexiconEntryOf } from './compile.ts';
import type { TotalRule } from './drafts.ts';
import type { Count, ProseUnit } from './types.ts';
import { separatorRule } from '../quantity.ts';

function step(column: string, source_words: string, rule: string, value: string | number | null, lexicon?: { entry: string; language: string | null } | null): TransformationStep {
  return { column, source_words, rule, lexicon_entry: lexicon?.entry ?? null, language: lexicon?.language ?? null, value: value === null ? 'NULL' : String(value) };
}

/** A `countStatements` lexicon entry as a step's lexicon reference (`totalLabels: total`), with its language. */
function wordsEntry(key: 'otherPeriodPhrases' | 'totalLabels', words: string): { entry: string; language: string | null } | null {
  const found = lexiconEntryOf(key, words);
  return found ? { entry: `${key}: ${found.entry}`, language: found.language } : null;
}

/** The `relativeYears` entry a relative year was read from (`relativeYears: in the past year`). */
function relativeEntry(year: YearReading): { entry: string; language: string | null } | null {
  return year.words === null ? null : { entry: `relativeYears: ${foldKey(year.words)}`, language: year.language ?? null };
}

/** How a count's parent category was decided. */
export type ParentReading = { rule: 'reconcile.nested'; parent: string } | { rule: 'count.under-category'; parent: string; words: string } | null;

/** Steps of one weapon_counts row: quantity, approximation, category, total and parent. */
export function countSteps(c: Count, unit: ProseUnit, total: TotalRule | null, parent: ParentReading): TransformationStep[] {
  const text = unit.text;
  const steps: TransformationStep[] = [];
  const written = /^\p{L}/u.test(c.raw);
  if (c.doubled !== undefined) {
    // "mille quatre cent cinquante (1 450)": one number written in words and in digits that agree.
    steps.push(step('quantity', c.raw, 'quantity.words-and-digits', c.value, { entry: `numberWords: ${c.doubled.words.toLowerCase()}`, language: null }));
  } else if (c.scale !== undefined) {
    // "2,3 mil", "12k", "1,2 тыс.": the digits times the lexicon's scale word.
    steps.push(step('quantity', c.raw, 'quantity.scale-word', c.value, { entry: `scaleWords: ${c.scale.toLowerCase()}`, language: null }));
  } else {
    const quantityRule = written ? 'quantity.number-words' : separatorRule(c.raw, c.separator);
    steps.push(step('quantity', c.raw, quantityRule, c.value, written ? { entry: `numberWords: ${c.raw.toLowerCase()}`, language: null } : null));
  }
  const numberEnd = c.numberStart + c.raw.length;
  if (unit.wrappedNumbers?.some((at) => at >= c.numberStart && at < numberEnd)) {
    // "collected 2" / "418 firearms": the line break inside the number was read as the space it stands for.
    const written = unit.verbatim ? unit.verbatim.text.slice(unit.verbatim.offset(c.numberStart), unit.verbatim.offset(numberEnd)) : c.raw;
    steps.push(step('quantity', written, 'quantity.line-wrapped-group', c.value));
  }
  if (c.footnote !== undefined) {
    // "1,046¹ armas", "2 318* armes": the marker glued to the number is a note's, never digits of the count.
    steps.push(step('quantity', `${c.raw}${c.footnote}`, 'quantity.footnote-marker', c.value));
  }
  if (c.qualifier !== null) {
    const words = text.slice(c.start, c.numberStart).trim() || c.qualifier;
    steps.push(step('approx', words, 'quantity.qualifier-before', 1, { entry: `qualifiers.approximate: ${c.qualifier}`, language: null }));
  }
  if (c.label === 'total') {
    steps.push(step('category', c.categoryRaw, 'vocabulary.total-label', c.category, wordsEntry('totalLabels', c.categoryRaw)));
  } else if (c.kind === 'unknown') {
    steps.push(step('category', c.categoryRaw, 'vocabulary.category-unknown', null));
  } else if (c.category === null) {
    steps.push(step('category', c.categoryRaw, 'vocabulary.category-unlisted', null));
  } else if (c.counterTotal === true) {
    // "540 items ..., among them 320 shotguns": the counter names no weapons; the weapons its parts name make it their total.
    steps.push(step('category', c.categoryRaw, 'vocabulary.counter-of-weapon-parts', c.category, { entry: `categoryWords.counters: ${c.categoryRaw.toLowerCase()}`, language: null }));
  } else if (c.sharedNoun === true) {
    // "300 weapons were destroyed, 200 seized": the category is the noun of the count before, whose words these are.
    steps.push(step('category', c.categoryRaw, 'vocabulary.category-shared-noun', c.category, { entry: `weaponCategories: ${c.category}`, language: null }));
  } else {
    const rule = c.label === 'part' ? 'vocabulary.category-label' : 'vocabulary.category';
    steps.push(step('category', c.categoryRaw, rule, c.category, { entry: `weaponCategories: ${c.category}`, language: null }));
  }
  const cited = text.slice(c.start, c.end);
  if (total !== null) steps.push(step('is_total', cited, `total.${total}`, 1));
  if (parent?.rule === 'reconcile.nested') steps.push(step('parent_category', cited, parent.rule, parent.parent));
  if (parent?.rule === 'count.under-category') {
    steps.push(step('parent_category', parent.words, parent.rule, parent.parent, { entry: `weaponCategories: ${parent.parent}`, language: null }));
  }
  return steps;
}

/** The step of a statement's year: stated, inferred (from the report year or the text before), or why there is none. */
export function yearStep(year: YearReading): TransformationStep | null {
  const words = year.words ?? '';
  switch (year.source) {
    case 'stated':
      return step('year', words, 'year.stated', year.year);
    case 'respectively':
      return step('year', words, 'year.respectively', year.year);
    case 'stated-in-sentence':
      return step('year', words, 'year.stated-in-sentence', year.year);
    case 'past-year':
      return step('year', words, 'year.inferred-from-report', year.year, relativeEntry(year));
    case 'this-year':
      return step('year', words, 'year.inferred-from-report', year.year, relativeEntry(year));
    case 'text-before':
      return step('year', words, 'year.inferred-from-text-before', year.year);
    case 'text-before-past-year':
      return step('year', words, 'year.inferred-from-report', year.year, relativeEntry(year));
    case 'same-year':
      return step('year', words, year.year === null ? 'year.same-year-unknown' : 'year.inferred-from-statement-before', year.year);
    case 'period':
      return step('year', words, 'year.period', null, wordsEntry('otherPeriodPhrases', words));
    case 'report-year-unknown':
      return step('year', words, 'year.report-year-unknown', null);
    case 'reporting-period':
      return step('year', words, 'year.inferred-from-reporting-period', year.year);
    case 'reporting-period-years':
      return step('year', words, 'year.reporting-period-years', null);
    case 'several-years':
      return step('year', words, 'year.several-years', null);
    case 'after-counts':
      return step('year', words, 'year.after-counts', null);
    case null:
      return null;
  }
}

/** The step of a statement's agency, or of the agency it shares with the clause before. */
export function agencyStep(agency: AgencyReading | null, shared: boolean): TransformationStep | null {
  if (!agency) return null;
  if (shared) return step('agency', agency.raw, 'agency.shared-subject', agency.code);
  switch (agency.rule) {
    case 'vocabulary':
      return step('agency', agency.raw, 'vocabulary.agency', agency.code, { entry: `agencies: ${agency.code ?? ''}`, language: null });
    case 'alias':
      return step('agency', agency.raw, 'agency.defined-acronym', agency.code);
    case 'unknown-acronym':
      return step('agency', agency.raw, 'agency.unknown-acronym', null);
    case 'organisation-name':
      return step('agency', agency.raw, 'agency.organisation-name', null);
    case 'several-agencies':
      return step('agency', agency.raw, 'agency.several', null);
  }
}

/** The step of a statement's action: the lexicon's action word it was read from. */
export function actionStep(action: TermMatch): TransformationStep {
  return step('action', action.raw, 'vocabulary.action', action.code, { entry: `actions: ${action.code}`, language: null });
}

/** Steps of a statement: action, agency, year, total and the sum of its parts. */
export function statementSteps(
  action: TermMatch,
  agency: { reading: AgencyReading | null; shared: boolean },
  year: YearReading,
  total: { words: string; value: number; rule: TotalRule } | null,
  parts: { sum: number | null; raws: string[] },
): TransformationStep[] {
  const steps: TransformationStep[] = [actionStep(action)];
  const agencyRead = agencyStep(agency.reading, agency.shared);
  if (agencyRead) steps.push(agencyRead);
  const yearRead = yearStep(year);
  if (yearRead) steps.push(yearRead);
  if (total) steps.push(step('total', total.words, `total.${total.rule}`, total.value));
  if (parts.raws.length > 0) steps.push(step('components_sum', parts.raws.join(' + '), 'reconcile.parts-sum', parts.sum));
  return steps;
}
