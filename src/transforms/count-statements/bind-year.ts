/**
 * Step 6c: the year of a statement: stated in its own words, or inferred (and marked so) from the
 * report year ("in the past year", "this year") or from the sentence or bullet before.
 */
import type { Language } from '../../language/types.ts';
import { asciiDigits } from '../quantity.ts';
import { findRelativeYear, type RelativeYear } from '../years.ts';
import { ANY_YEAR, CHANGE_FROM, COMPARED, COMPARISON, OTHER_PERIOD, OTHER_PERIODS, PLANNED_WORD, REPORT_PERIOD, REPORT_YEAR_LEAD, SAME_YEAR, YEAR_DIGITS } from './compile.ts';
import type { CountContext, Draft, ProseUnit, Range } from './types.ts';
import { distinctYears, statedYears } from './years.ts';

/** How the year was decided, for the statement's issue and its recorded step. */
export type YearSource =
  /** A year written in the statement's own words. */
  | 'stated'
  /** The year of the same rank as the count in a list given "respectively" (`120 and 45 ... in 2021 and 2022 respectively`). */
  | 'respectively'
  /** A year the clause's sentence states before it. */
  | 'stated-in-sentence'
  /** "in the past year": the report year minus one. */
  | 'past-year'
  /** "this year": the report year. */
  | 'this-year'
  /** The one year the sentence or bullet before names. */
  | 'text-before'
  /** The text before says "past year": the report year minus one. */
  | 'text-before-past-year'
  /** "In the same year", "No mesmo ano": the year of the statement before (null when that one has none). */
  | 'same-year'
  /** No year: the words before the counts name several years. */
  | 'several-years'
  /** No year: years only after the counts, compared with or more than one. */
  | 'after-counts'
  /** No year: a period that is not one calendar year ("reporting period", "since 2010"). */
  | 'period'
  /** No year: a relative phrase ("this year", "the past year") in a report of unknown year. */
  | 'report-year-unknown'
  /** "During the period": the year of the report's one-year reporting period. */
  | 'reporting-period'
  /** No year: "during the period" in a report whose reporting period spans more than one year. */
  | 'reporting-period-years';

export interface YearReading {
  year: number | null;
  basis: 'stated' | 'inferred' | null;
  /** Why the year is what it is (inferred) or why there is none; null for a plainly stated year. */
  how: string | null;
  /** The rule that decided the year (or that there is none), null when no words bear on it. */
  source: YearSource | null;
  /** The words the year was read from (the year phrase, or the relative phrase). */
  words: string | null;
  /** The language of the relative phrase (`relativeYears` of its lexicon), when one decided the year. */
  language?: Language;
}

/** A year in brackets in a key (`Weapons seized (2023): 1 340`, `Armes détruites (2022) : 2 100`). */
const KEY_YEAR = /[(（]\s*((?:19|20)\d{2})\s*[)）]/u;

/** A semicolon, in the scripts that write one (`;`, Arabic `؛`, full-width `；`). */
const CLAUSE_END = /[;؛；]/u;

const none = (how: string | null, source: YearSource | null = null, words: string | null = null): YearReading => ({ year: null, basis: null, how, source, words });

/** The relative-year phrase of `text` with the given offset ("in the past year" -1, "this year" 0), in `language` (null: any). */
function relative(text: string, offset: number, language: Language | null): RelativeYear | null {
  const found = findRelativeYear(text, language);
  return found?.offset === offset ? found : null;
}

/** The distinct years (any four digits that may be one) written in `own` from `from` to `to`, outside the statement's counts. */
function yearsOutsideCounts(own: string, draft: Draft, from: number, to: number, skip: (at: number) => boolean = () => false): number[] {
  const counts = draft.counts.map((count) => [count.start - draft.start, count.end - draft.start] as const);
  const years = new Set<number>();
  for (const match of asciiDigits(own.slice(0, to)).matchAll(ANY_YEAR)) {
    const at = match.index ?? 0;
    // "given in Zambia's national report of 2018": the year a report was made is no year of the counts.
    if (REPORT_YEAR_LEAD.test(own.slice(Math.max(0, at - 40), at)) || skip(at)) continue;
    if (at >= from && !counts.some(([start, end]) => at >= start && at < end)) years.add(Number(match[0]));
  }
  return [...years];
}

/** The period phrase (`otherPeriodPhrases`) of `own` that holds one of the offsets, as written, or null. */
function periodAround(own: string, offsets: readonly number[]): string | null {
  if (offsets.length === 0) return null;
  const ascii = asciiDigits(own);
  for (const m of ascii.matchAll(OTHER_PERIODS)) {
    const start = m.index ?? 0;
    const end = start + m[0].length;
    if (offsets.some((at) => at >= start && at < end)) return own.slice(start, end);
  }
  return null;
}

export function pickYear(
  text: string,
  draft: Draft,
  units: readonly ProseUnit[],
  sentences: readonly Range[][],
  ctx: Pick<CountContext, 'reportedIn' | 'reportingPeriod'> & { language?: Language | null; previousYear?: number | null },
): YearReading {
  const language = ctx.language ?? null;
  const own = text.slice(draft.start, draft.end);
  const firstCountAt = (draft.counts[0]?.start ?? draft.end) - draft.start;
  // "In 2012 and 2013, ...", "Between 2010 and 2012, ...": a period, not a year.
  const headYears = [...new Set([...asciiDigits(own.slice(0, firstCountAt)).matchAll(ANY_YEAR)].map((m) => Number(m[0])))];
  if (headYears.length > 1) return none(`names several years (${headYears.join(', ')})`, 'several-years', headYears.join(', '));
  const stated = statedYears(own);
  // "Since the weapons reform programme began in 1999, more than 200,000 ...", "In FY2023 ...", "l'exercice 2023": a
  // year written inside the words of a period is where the period starts or which financial year it is, never the
  // calendar year of the counts. The clause names that period, so it has no single year.
  // A plain year before the counts outside the period stays theirs ("In 2018 the police destroyed 300 weapons collected
  // since the programme began in 2009").
  const headYear = stated.find((y) => y.index < firstCountAt);
  const inPeriod = periodAround(own, (headYear ? [headYear] : stated).map((y) => y.index));
  if (inPeriod !== null) return none(`refers to "${inPeriod}", a period that is not one calendar year`, 'period', inPeriod);
  // "the 2018 amnesty" is the statement's year only as the one year of its clause ("during the 2018 amnesty,
  // 300 weapons were surrendered in 2019" says which is not clear).
  // "In 2017 the police destroyed 1,052 firearms surrendered during the 2016 amnesty": an event's year after the
  // counts describes the weapons, and the plain year before them is the statement's.
  const inHead = stated.find((y) => y.index < firstCountAt);
  const eventsAfterCounts = stated.every((y) => !y.event || y.index >= firstCountAt);
  if (stated.some((y) => y.event) && !(inHead && !inHead.event && eventsAfterCounts)) {
    const named = yearsOutsideCounts(own, draft, 0, own.length);
    if (named.length > 1) return none(`names several years (${named.join(', ')})`, 'several-years', named.join(', '));
  }
  if (inHead) return { year: inHead.year, basis: 'stated', how: null, source: 'stated', words: String(inHead.year) };
  // "Weapons seized (2023): 1 340": the one year a key names in brackets is its value's, as a table's year column is.
  const keyYear = draft.counts[0]?.keyed === undefined ? null : KEY_YEAR.exec(asciiDigits(own.slice(0, firstCountAt)));
  if (keyYear?.[1] !== undefined && headYears.length === 1) return { year: Number(keyYear[1]), basis: 'stated', how: null, source: 'stated', words: keyYear[0] };
  // After the counts a year may be the one compared with ("15% more than in 2012"): only a plain one is taken.
  // "No weapons were destroyed in 2018; their destruction is planned for 2020": a semicolon closes the clause
  // of the counts, and what comes after it speaks of something else.
  const lastCount = draft.counts[draft.counts.length - 1];
  const ascii = asciiDigits(own);
  // Where the digits of the year whose words start at `index` are ("in 2018": after "in ").
  const digitsAt = (index: number) => index + Math.max(0, ascii.slice(index).search(YEAR_DIGITS));
  const yearStarts = [...ascii.matchAll(ANY_YEAR)].map((m) => m.index ?? 0);
  // "The police seized 300 weapons, which will be destroyed in 2025": words of plan after the counts open a clause
  // about something not done yet, whose year is not the counts'.
  const afterCounts = lastCount ? own.slice(lastCount.end - draft.start) : '';
  const planned = lastCount ? afterCounts.search(PLANNED_WORD) : -1;
  const ownEnd = lastCount && planned >= 0 ? lastCount.end - draft.start + planned : own.length;
  const semicolon = lastCount ? afterCounts.slice(0, ownEnd - (lastCount.end - draft.start)).search(CLAUSE_END) : -1;
  const clauseEnd = lastCount && semicolon >= 0 ? lastCount.end - draft.start + semicolon : ownEnd;
  // "Изъятия оружия выросли с 1 200 до 1 526 в 2022 году": the `с` of a change from one figure to another opens its
  // first figure, it compares no year; the year after the level reached is the statement's (offsets kept).
  const comparable = own.replace(CHANGE_FROM, (words) => ' '.repeat(words.length));
  for (const end of clauseEnd < ownEnd ? [ownEnd, clauseEnd] : [ownEnd]) {
    // "handed in in 2018 under the amnesty law, an increase of 22 % on 2017", "seized 300 rifles in 2018, 15 % more
    // than in 2017": once the clause has stated its year after the counts, a later year behind a comparison or a
    // change is the other term of that comparison, no second year of the counts. A year compared with and none
    // stated before it ("seized 12 rifles, 15% more than in 2012") still gives no year (below).
    const clauseYear = stated.find((y) => y.index >= firstCountAt && y.index < end && !COMPARISON.test(comparable.slice(0, y.index)));
    // The comparison must stand between the year before (the clause's, or one after it) and this one: "in 2018, 15 %
    // more than in 2017, and 200 more in 2019" compares 2017 only.
    const compared = (at: number) => {
      if (clauseYear === undefined || at <= clauseYear.index) return false;
      const to = digitsAt(at);
      const from = Math.max(digitsAt(clauseYear.index), ...yearStarts.filter((y) => y < to)) + 4;
      return COMPARED.test(ascii.slice(from, to));
    };
    const inClause = stated.filter((y) => y.index < end && !compared(y.index));
    const plain = inClause.filter((y) => !COMPARISON.test(comparable.slice(0, y.index)));
    const years = [...new Set(plain.map((y) => y.year))];
    // "destroyed 120 rifles in 2018 and 2019": only "in 2018" is written as a stated year, but the clause names two.
    // A year compared with: no year is taken (below).
    if (plain.length !== inClause.length) continue;
    const named = yearsOutsideCounts(own, draft, firstCountAt, end, compared);
    if (years.length === 1 && years[0] !== undefined && named.length === 1) {
      return { year: years[0], basis: 'stated', how: null, source: 'stated', words: String(years[0]) };
    }
    if (named.length > 1 && inClause.length > 0 && end === clauseEnd) {
      return none(`names several years (${named.join(', ')}) after its numbers`, 'several-years', named.join(', '));
    }
  }
  const statedInClause = stated.filter((y) => y.index < ownEnd);
  if (statedInClause.length > 0) {
    const years = [...new Set(statedInClause.map((y) => y.year))].join(', ');
    return none(`names ${years} only after its numbers, in a comparison or more than once`, 'after-counts', years);
  }

  // "No mesmo ano, foram destruídas 2.064 armas": the year of the statement before, never a guess when it has none.
  const same = SAME_YEAR.exec(own);
  if (same) {
    const previous = ctx.previousYear ?? null;
    if (previous === null) return none(`says "${same[0]}" but the statement before names no year`, 'same-year', same[0]);
    return { year: previous, basis: 'inferred', how: `"${same[0]}": the year of the statement before`, source: 'same-year', words: same[0] };
  }
  // "No weapons were seized during the period": the period the report covers, whose year is the counts' when it is
  // one calendar year ("Reporting period: 1 January to 31 December 2023"); a period over two years gives none.
  const covered = REPORT_PERIOD.exec(own);
  if (covered) {
    const reporting = ctx.reportingPeriod ?? null;
    if (reporting?.year != null) {
      return { year: reporting.year, basis: 'inferred', how: `"${covered[0]}": the report's reporting period (${reporting.words}) is in ${reporting.year}`, source: 'reporting-period', words: covered[0] };
    }
    if (reporting) return none(`refers to "${covered[0]}", the report's reporting period (${reporting.words}), which is not one calendar year`, 'reporting-period-years', covered[0]);
  }
  const period = OTHER_PERIOD.exec(own);
  if (period) return none(`refers to "${period[0]}", a period that is not one calendar year`, 'period', period[0]);
  const thisYear = relative(own, 0, language);
  if (thisYear) {
    if (ctx.reportedIn === null) return none(`says "${thisYear.written}" but the report year is unknown`, 'report-year-unknown', thisYear.written);
    return { year: ctx.reportedIn, basis: 'inferred', how: `"${thisYear.written}" in a report of ${ctx.reportedIn}`, source: 'this-year', words: thisYear.written, language: thisYear.language };
  }

  // A clause cut from a longer sentence takes the year its sentence states before it.
  if (draft.start > draft.sentence.start) {
    const sentenceYears = distinctYears(text.slice(draft.sentence.start, draft.start));
    if (sentenceYears.length === 1 && sentenceYears[0] !== undefined) {
      return { year: sentenceYears[0], basis: 'stated', how: null, source: 'stated-in-sentence', words: String(sentenceYears[0]) };
    }
  }

  const past = relative(own, -1, language);
  if (past) {
    if (ctx.reportedIn === null) return none(`says "${past.written}" but the report year is unknown`, 'report-year-unknown', past.written);
    return { year: ctx.reportedIn - 1, basis: 'inferred', how: `"${past.written}" in a report of ${ctx.reportedIn}`, source: 'past-year', words: past.written, language: past.language };
  }

  // The sentence just before (in the same unit), or the unit just before when this is the first sentence.
  const before =
    draft.sentenceIndex > 0
      ? (() => {
          const prev = sentences[draft.unit]?.[draft.sentenceIndex - 1];
          return prev ? text.slice(prev.start, prev.end) : '';
        })()
      : (units[draft.unit - 1]?.text ?? '');
  if (before !== '') {
    const years = distinctYears(before);
    if (years.length === 1 && years[0] !== undefined) {
      return {
        year: years[0],
        basis: 'inferred',
        how: `taken from the ${draft.sentenceIndex > 0 ? 'sentence' : 'bullet'} before, which names ${years[0]}`,
        source: 'text-before',
        words: String(years[0]),
      };
    }
    const pastBefore = relative(before, -1, language);
    if (years.length === 0 && pastBefore && ctx.reportedIn !== null) {
      return {
        year: ctx.reportedIn - 1,
        basis: 'inferred',
        how: `the text before says "past year" in a report of ${ctx.reportedIn}`,
        source: 'text-before-past-year',
        words: pastBefore.written,
        language: pastBefore.language,
      };
    }
  }
  return none(null);
}
