/**
 * The matchers the count-statement steps use, compiled once from the lexicons of every registered
 * language (src/language/lexicons/<lang>.ts: the `countStatements` section and the sections shared with
 * the other parsers: `monthNames`, `relativeYears`, `yearLeads`, `scaleWords`, `rangeOpeners`,
 * `rangeJoiners`, `partIntroducers`). Every language's words are tried on every text (a French report
 * quotes English agency names; the caller's language is often unknown), in registry order. Word edges
 * are Unicode letter look-arounds, never `\b`; languages whose boundary is 'none' (Chinese) are matched
 * without any. No word of any language is written here.
 */
import { EndPattern } from '../../language/at-end.ts';
import { literal } from '../../language/matchers.ts';
import { allLexicons } from '../../language/registry.ts';
import type { CountStatementWords, Language, Lexicon } from '../../language/types.ts';
import { GROUP_SPACES } from '../digits.ts';
import { SHARED_COUNT_WORDS } from './shared-words.ts';
import { VAGUE_QUANTITY } from '../vague-quantities.ts';

export type WordKey = keyof CountStatementWords;

const LEXICONS: readonly Lexicon[] = allLexicons();

/** An entry as regex source: a space stands for one or more whitespace characters. */
function entrySource(entry: string): string {
  return entry.replaceAll(' ', '\\s+');
}

/** The alternation of `entries` (duplicates dropped, first kept); a list without entries never matches. */
export function alternation(entries: readonly string[]): string {
  const unique = [...new Set(entries)];
  return unique.length === 0 ? '(?!)' : unique.map(entrySource).join('|');
}

/** A lexicon's words of one idea as regex fragments: literal words (month names, scale words ...) escaped. */
type Section = (lexicon: Lexicon) => readonly string[];

const section = (key: WordKey): Section => (lexicon) => lexicon.countStatements[key];
/** Literal words of a lexicon, longest first, as regex fragments (a space still stands for any white space). */
const literals = (words: (lexicon: Lexicon) => readonly string[]): Section => (lexicon) =>
  [...words(lexicon)].sort((a, b) => b.length - a.length).map((w) => literal(w).replaceAll('\\s+', ' '));

const MONTHS: Section = literals((l) => Object.keys(l.monthNames));
const PAST_YEARS: Section = literals((l) => Object.entries(l.relativeYears).filter(([, offset]) => offset === -1).map(([w]) => w));
const THIS_YEARS: Section = literals((l) => Object.entries(l.relativeYears).filter(([, offset]) => offset === 0).map(([w]) => w));
const YEAR_LEADS: Section = literals((l) => l.yearLeads);
const SCALES: Section = literals((l) => Object.keys(l.scaleWords));
/** Range joiners that are words: the dashes are the language-free `rangeDashes`. */
const RANGE_JOINERS: Section = literals((l) => l.rangeJoiners.filter((j) => /\p{L}/u.test(j)));
const RANGE_OPENERS: Section = literals((l) => l.rangeOpeners);
const PERCENT_WORDS: Section = literals((l) => l.percentWords);
/** The articles that are the number one (`a`, `an`, `un`, `une`, `um`): `rose by a 12 % to`, `aumentaron un 9 % hasta`. */
const ONE_ARTICLES: Section = literals((l) => Object.entries(l.numberWords.articles).filter(([, value]) => value === 1).map(([word]) => word));
const PART_INTRODUCERS: Section = (l) => l.partIntroducers;
/** The words around a written date's figures (lexicons' `dateWords`, which the one date parser reads too). */
const DAY_ORDINALS: Section = (l) => l.dateWords.dayOrdinals;
const DATE_JOINERS: Section = (l) => l.dateWords.joiners;
const YEAR_WORDS_AFTER: Section = (l) => l.dateWords.afterYear;
/** The mark after a year written year first (`2016年`): it states the year on its own, with no lead word. */
const YEAR_MARKS: Section = (l) => (l.dateWords.yearMonthDay === null ? [] : [l.dateWords.yearMonthDay.year]);

/** The entries of a section in every language whose boundary rule `keep` accepts, in registry order. */
function entriesOf(of: Section | WordKey, keep: (lexicon: Lexicon) => boolean = () => true): string[] {
  const read = typeof of === 'string' ? section(of) : of;
  return LEXICONS.flatMap((lexicon) => (keep(lexicon) ? [...read(lexicon)] : []));
}

/** Every language's entries, as a bare alternation (the caller supplies the edges). */
function any(of: Section | WordKey): string {
  return alternation(entriesOf(of));
}

/**
 * Every language's entries as whole words: letter look-arounds around the words of languages that have
 * word boundaries, nothing around Chinese.
 */
function wholeWords(of: Section | WordKey): string {
  const bounded = entriesOf(of, (l) => l.boundary !== 'none');
  const bare = entriesOf(of, (l) => l.boundary === 'none');
  const parts: string[] = [];
  if (bounded.length > 0) parts.push(`(?<![\\p{L}])(?:${alternation(bounded)})(?![\\p{L}])`);
  if (bare.length > 0) parts.push(alternation(bare));
  return parts.length === 0 ? '(?!)' : `(?:${parts.join('|')})`;
}

const YEAR = '(?:19|20)\\d{2}';

const entryMatchers = new Map<WordKey, { language: Language; entry: string; matcher: RegExp }[]>();

/**
 * The language and entry of `key` that `words` are, whole (for recording which lexicon entry a step
 * used): `lexiconEntryOf('totalLabels', 'итого')` -> { language: 'ru', entry: 'итого' }.
 */
export function lexiconEntryOf(key: WordKey, words: string): { language: Language; entry: string } | null {
  let matchers = entryMatchers.get(key);
  if (!matchers) {
    matchers = LEXICONS.flatMap((lexicon) =>
      lexicon.countStatements[key].map((entry) => ({ language: lexicon.language, entry, matcher: new RegExp(`^(?:${entrySource(entry)})$`, 'iu') })),
    );
    entryMatchers.set(key, matchers);
  }
  const found = matchers.find((m) => m.matcher.test(words.trim()));
  return found ? { language: found.language, entry: found.entry } : null;
}

// Sentences

export const ABBREVIATION = new EndPattern(`(?:^|[^\\p{L}])(?:${any('abbreviations')})`, 'iu');
/** An attribution closing a bullet group ("(National Report, 2005)"), if a caller left it on the unit. */
/**
 * The words right before a year that make it a report's ("Zambia's national report of 2018", "le rapport de 2018",
 * "доклада за 2018"): the year the report was made, not one the counts happened in.
 */
export const REPORT_YEAR_LEAD = new EndPattern(`(?<![\\p{L}])(?:${any('reportWords')})\\p{L}*\\s+(?:\\p{L}{1,4}\\s+)?`, 'iu');
export const TRAILING_ATTRIBUTION = new EndPattern(`\\s*\\((?:[^()]*(?:${any('reportWords')})[^()]*)\\)\\s*`, 'iu');

// Years

export const MONTH_NAMES = any(MONTHS);

/**
 * "In 2005", "For 2003", "in March 2004", "В 2013 году", "En 2012", "في عام 2017", "2016年", and the end
 * of a date range inside one year ("from 1 March to 31 May 2017", "entre enero y diciembre de 2016"), and a
 * whole date ("22 novembre 2018"). The year is capture group 1 (a year stated by a mark after it), 2 or 3 (a date).
 */
/**
 * What makes a year the start of a span of years rather than one year: a financial or reporting year (`2019/20`,
 * `2019-20`) or two years (`2019/2020`, `2018 – 2019`). A count after a dash (`2018 – 300 weapons`) is not one.
 */
export const YEAR_SPAN_TAIL = `[/–—-]\\d{2}(?!\\d)|\\s*[/–—-]\\s*${YEAR}(?!\\d)`;
/** The span of years a year starts, whole: its tail's digits are no count either. */
export const YEAR_SPAN = new RegExp(`(?<![\\d.,])${YEAR}(?:${YEAR_SPAN_TAIL})`, 'gu');
export const STATED_YEAR = new RegExp(
  `(?<![\\d.,])(${YEAR})\\s*(?:${any(YEAR_MARKS)})|` +
    `(?<![\\p{L}])(?:` +
    // A part of the year before it ("in the third quarter of 2022", "Q3 2022", "mid-2021"): its lead is optional, but
    // an end of a span of years is no stated year ("between mid-2021 and mid-2022", "from Q3 2021 to Q2 2022").
    `(?<!(?<![\\p{L}])(?:${any(RANGE_OPENERS)}|${any(RANGE_JOINERS)}|${any('dateRangeEnds')})\\s+)` +
    `(?:(?:${any('statedYearLeads')})\\s+)?(?:${any('yearPartPhrases')})\\s*(?:(?:${any('yearNouns')})\\s+)?|` +
    `(?:${any('statedYearLeads')}|` +
    `(?:${any('dateRangeEnds')})(?=\\s+(?:\\d{1,2}(?:${any(DAY_ORDINALS)})?\\s+)?(?:(?:${any(DATE_JOINERS)})\\s+)?(?:${MONTH_NAMES})\\s))\\s+` +
    `(?:(?:${any('yearNouns')})\\s+)?(?:(?:\\d{1,2}(?:${any(DAY_ORDINALS)})?\\s+(?:(?:${any(DATE_JOINERS)})\\s+)?)?(?:${MONTH_NAMES})\\s+(?:(?:${any(DATE_JOINERS)})\\s+)?)?)` +
    `(${YEAR})(?![\\d\\p{L}]|${YEAR_SPAN_TAIL})(?:\\s*(?:${any(YEAR_WORDS_AFTER)}))?|` +
    // A whole date states its year whatever leads it ("Le 22 novembre 2018, ...", "On 14 February 2020 ...").
    `(?<![\\p{L}\\d.,])\\d{1,2}(?:${any(DAY_ORDINALS)})?\\s+(?:(?:${any(DATE_JOINERS)})\\s+)?(?:${MONTH_NAMES})\\s+(?:(?:${any(DATE_JOINERS)})\\s+)?(${YEAR})(?![\\d\\p{L}])`,
  'giu',
);

const EVENT_NOUN = `(?<![\\p{L}])(?:${any('eventNouns')})(?![\\p{L}])`;
const DOCUMENT_NOUN = `(?<![\\p{L}])(?:${any('documentNouns')})(?![\\p{L}])`;

/**
 * A year naming the event the counts belong to: after the event noun ("the campaign of 2019", "la campagne de 2019",
 * "кампании 2019 года", with its month: "the amnesty of October 2023", "la amnistía de octubre de 2023") or before it ("the 2018 amnesty", "the 2019 weapons collection campaign"). The year is
 * capture group 1 or 2. Not the year of a span ("the 2018-2022 programme"), nor of a document the event noun names
 * ("the 2018 Amnesty Act").
 */
export const EVENT_YEAR = new RegExp(
  `${EVENT_NOUN}\\s+(?:(?:${any('ofWords')})\\s*)?(?:(?:${MONTH_NAMES})\\s+(?:(?:${any(DATE_JOINERS)})\\s+)?)?(${YEAR})(?![\\d\\p{L}]|\\s*[-–—/]\\s*\\d)(?:\\s*(?:${any(YEAR_WORDS_AFTER)}))?|` +
    `(?<![\\p{L}\\d.,])(?<![/–—-]\\s?)(${YEAR})\\s+(?:[\\p{L}-]+\\s+){0,2}?(?:${any('eventNouns')})(?![\\p{L}])(?!\\s+${DOCUMENT_NOUN})`,
  'giu',
);
/**
 * A year naming a document ("the 2019 National Action Plan", "the 2018 Firearms Act", "the 2020 strategy"): a year,
 * never a count of the words after it. At most three words stand between it and the document noun, none a
 * number or across punctuation; a count so written ("1998 weapons under the plan") is missed, never loaded as a year.
 */
export const DOCUMENT_YEAR = new RegExp(`(?<![\\p{L}\\d.,])(${YEAR})\\s+(?:[\\p{L}-]+\\s+){0,3}?${DOCUMENT_NOUN}`, 'giu');
/** A document noun right before a stated year ("the plan for 2020", "la loi de 2018"): the year is the document's. */
export const DOCUMENT_BEFORE = new EndPattern(`${DOCUMENT_NOUN}\\s+`, 'iu');

/** "In the past year", "за прошедший год", "l'année dernière", "el año pasado". */
export const PAST_YEAR = new RegExp(wholeWords(PAST_YEARS), 'iu');
/** "This year", "cette année", "в этом году": the report's own year. */
export const THIS_YEAR = new RegExp(wholeWords(THIS_YEARS), 'iu');
/** "In the same year", "No mesmo ano", "la même année", "в том же году", "同年": the year of the statement before. */
export const SAME_YEAR = new RegExp(wholeWords('sameYearPhrases'), 'iu');
/** Periods that are not one calendar year: a statement naming one has no single year. */
export const OTHER_PERIOD = new RegExp(wholeWords('otherPeriodPhrases'), 'iu');
/** The same, every one in a text (to find the period phrase a stated year lies in: "since the programme began in 1999"). */
export const OTHER_PERIODS = new RegExp(wholeWords('otherPeriodPhrases'), 'giu');
/** The period the report covers ("during the period"): its year when the report states a one-year reporting period. */
export const REPORT_PERIOD = new RegExp(wholeWords('reportPeriodPhrases'), 'iu');
/**
 * 4-digit years that a number scan must not read as counts ("since 2010", "2013 году"). Every match starts at the
 * year, whose lead words are a look-behind: V8 then tries the expression only where `19` or `20` stands, instead of
 * trying every month name and year lead at every position of the text (three times faster over the corpus's sentences).
 */
export const YEAR_TOKEN = new RegExp(
  `(${YEAR})(?!\\d)(?<=(?:(?<![\\p{L}])(?:${MONTH_NAMES})\\s+|${wholeWords(YEAR_LEADS)}\\s+)\\d{4})|(${YEAR})\\s*(?:${any(YEAR_WORDS_AFTER)})`,
  'giu',
);
/** Four digits that may be a year: STATED_YEAR and YEAR_TOKEN hold them in every branch, so a text without them has no year to find. */
export const YEAR_DIGITS = new RegExp(YEAR, 'u');
/** A bare year-like number (for spotting periods: "2010 and 2012", "2012-2013"). */
export const ANY_YEAR = new RegExp(`(?<![\\d.,’'])(?:19|20)\\d{2}(?!\\d|[.,’' ${GROUP_SPACES}]\\d{3})`, 'gu');
export const COMPARISON = new RegExp(wholeWords('comparisonWords'), 'iu');
/**
 * The words ending right before the figure of another period set beside a count: a compared figure's lead (`up from`,
 * `contre`, `frente a`, `по сравнению с`; group `lead`), or the bracket naming the figure's year (`(2019: `; group
 * `year`). Tried on the text before a number, anchored at its end.
 */
export const COMPARED_FIGURE_BEFORE = new RegExp(`(?:(?<lead>${wholeWords('comparedFigureLeads')})\\s*|\\(\\s*(?<year>${YEAR})\\s*:\\s*)$`, 'iu');
/** A word pairing two lists item by item ("respectively", "respectivement", "соответственно"): respective-figures.ts. */
export const RESPECTIVELY = new RegExp(wholeWords('respectivelyWords'), 'iu');
/** What joins two items of a list of numbers: a comma, an "and", or both (`120, 45 and 30`, `120 et 45`). */
export const NUMBER_LIST_GAP = new RegExp(`^\\s*(?:,\\s*(?:${wholeWords('conjunctionAnd')}\\s*)?|${wholeWords('conjunctionAnd')}\\s*)$`, 'iu');
/**
 * Where a list of bodies splits (`the police and customs`, `la police, la gendarmerie et les douanes`, `полиция и
 * таможня`): a comma, maybe with an "and", or an "and" alone.
 */
export const AGENCY_LIST_JOINER = new RegExp(`\\s*,\\s*(?:${wholeWords('conjunctionAnd')}\\s*)?|\\s*${wholeWords('conjunctionAnd')}\\s*`, 'iu');
/** The same between two years, a year's lead word maybe repeated (`in 2021 and in 2022`, `en 2021 et en 2022`). */
export const YEAR_LIST_GAP = new RegExp(
  `^\\s*(?:,\\s*(?:${wholeWords('conjunctionAnd')}\\s*)?|${wholeWords('conjunctionAnd')}\\s*)(?:${wholeWords(YEAR_LEADS)}\\s*)?$`,
  'iu',
);
/** A comparison or a change anywhere in a text ("compared with", "than", "an increase of", "une hausse de"): what follows is the other term. */
export const COMPARED = new RegExp(`${wholeWords('comparisonWords')}|${wholeWords('changeLeads')}`, 'iu');
/** Words ending right before a number that make it a change ("rose by 212", "une hausse de 40"), not a count. */
/** Words after a count's weapons, before its clause ends, that make it a rate ("100 weapons a month", "par mois"). */
export const RATE_AFTER = new RegExp(`^[^,;.:\\n]*?${wholeWords('rateAfter')}`, 'iu');
/** The same right after a bare number ("1,200 weapons, or 100 a month"). */
export const RATE_RIGHT_AFTER = new RegExp(`^\\s*${wholeWords('rateAfter')}`, 'iu');
/** A share of a group ending right before its number ("half of the", "la moitié des", "some of the"): the number is the group. */
export const SHARE_OF_BEFORE = new EndPattern(`(?:${wholeWords('fractionWords')}|${VAGUE_QUANTITY})\\s+(?:${any('partitiveOf')})\\s*`, 'iu');
/** Words ending right before a number that make it an average ("an average of 100", "в среднем 100"). */
export const AVERAGE_BEFORE = new EndPattern(`${wholeWords('averageBefore')}\\s*`, 'iu');
export const CHANGE_BEFORE = new EndPattern(`${wholeWords('changeLeads')}\\s*`, 'iu');
/** A percent after a number, as a sign (`12 %`, `12٪`) or as words (`12 per cent`, `12 pour cent`, `12 процентов`). */
const PERCENT = `(?:${alternation(SHARED_COUNT_WORDS.percentSigns)}|${wholeWords(PERCENT_WORDS)})`;
/** A percentage is no figure of weapons (`against 12 % in 2019`, `contre 12 pour cent en 2019`): tried right after a number. */
export const PERCENT_AFTER = new RegExp(`^\\s*${PERCENT}`, 'iu');
/** A figure as a change or a level writes it: digits, grouped by thousands or not, maybe a decimal part. */
const FIGURE = `\\d{1,3}(?:[.,’' ${GROUP_SPACES}]\\d{3})+(?:[.,]\\d+)?|\\d+(?:[.,]\\d+)?`;
/**
 * The verbs and nouns of the change leads without the preposition that ends each (`rose`, `augmenté`, `aumentaron`,
 * `выросли`), a word or a group of words (`(?:em|de)`), maybe optional (`una?`).
 */
const CHANGE_WORDS = alternation(entriesOf('changeLeads', (l) => l.boundary !== 'none').map((entry) => entry.replace(/\s+(?:[\p{L}]+|\(\?:[\p{L}|]+\))\??$/u, '')));

/**
 * A CHANGE with its own figure ending right before a number (`rose by 12 % to`, `rose by 200 to`, `ont augmenté de 14 %
 * pour atteindre`, `aumentaron en un 9 % hasta`, `выросли на 9 % до`): the number after it is the level reached, a count
 * (the change's own figure, a percentage or a difference, is none). Up to three words lead from the change's figure to
 * the number; a percent after the figure is its sign or its words. The change verb may take its figure with no
 * preposition (`increased 9 per cent to`, `aumentaram 9 % para`) when the figure is a percentage: a bare figure after
 * the verb alone (`increased 200 to`) is not read as a change.
 */
export const CHANGE_THEN_LEVEL_BEFORE = new EndPattern(
  `(?:${wholeWords('changeLeads')}\\s*(?:${wholeWords(ONE_ARTICLES)}\\s+)?(?:${FIGURE})\\s*${PERCENT}?|(?<![\\p{L}])(?:${CHANGE_WORDS})\\s+(?:${FIGURE})\\s*${PERCENT})` +
    `\\s*,?\\s*(?:\\p{L}+\\s+){1,3}`,
  'iu',
);
/** A level verb ending right before a number (`rose to`, `reached`, `ont atteint`, `ascendieron a`, `достигли`): the number is the level reached. */
export const LEVEL_LEAD_BEFORE = new EndPattern(`${wholeWords('levelLeads')}\\s*`, 'iu');

/**
 * The verbs and nouns of the change leads, anywhere: where a change starts ("the LMPS rose by 9 % to", "par la
 * Gendarmerie nationale ont augmenté de 14 %"), no agency's name goes on. The preposition is left out as a reader may
 * have cut the phrase before it (`en` leads to a year too).
 */
export const CHANGE_LEAD = new RegExp(`(?<![\\p{L}])(?:${CHANGE_WORDS})(?![\\p{L}])`, 'iu');
/**
 * A change from one figure to another opening right before the first (`rose from|`, `aumentaron de|`, `выросли с|`):
 * the first is the level the change started from, no count of the statement's period.
 */
export const CHANGE_FROM_BEFORE = new EndPattern(`(?<![\\p{L}])(?:${CHANGE_WORDS})\\s+(?:${any(RANGE_OPENERS)})\\s+`, 'iu');
/**
 * The words opening a change from one figure to another, anywhere (`rose from`, `aumentaron de`, `выросли с`): their
 * preposition opens the change's first figure, no comparison of years (Russian `с` is also `по сравнению с`'s).
 */
export const CHANGE_FROM = new RegExp(`(?<![\\p{L}])(?:${CHANGE_WORDS})\\s+(?:${any(RANGE_OPENERS)})(?![\\p{L}])`, 'giu');
/**
 * The same change ending right before its second figure (`rose from 1,200 to|`, `выросли с 1 200 до|`): that figure is the
 * level reached. The first figure may be blank: a first figure with its own year (`rose from 1,200 in 2021 to`) is read
 * as that year's count and blanked before the sentence is read (compared-figures.ts).
 */
export const CHANGE_FROM_TO_BEFORE = new EndPattern(
  `(?<![\\p{L}])(?:${CHANGE_WORDS})\\s+(?:${any(RANGE_OPENERS)})\\s+(?:(?:${FIGURE})\\s*)?(?:${any(RANGE_JOINERS)})\\s*`,
  'iu',
);
/**
 * What follows the first figure of a change from one figure to another when that figure has its own year: the year,
 * then the joiner to the second figure (`rose from 1,200| in 2021 to |1,526`, `выросли с 1 200| в 2021 году до |1 526`).
 * Group 1: the year's words.
 */
export const CHANGE_FROM_YEAR_TAIL = new RegExp(`^(\\s*(?:${STATED_YEAR.source}))\\s*,?\\s*(?:${any(RANGE_JOINERS)})\\s+(?=\\d)`, 'iu');

// Number mentions

/** Words after a number that show it counts something other than weapons: people too (`12 smugglers`, the lexicons' personNouns). */
export const NOT_WEAPONS = new RegExp(
  `^(?:${alternation(SHARED_COUNT_WORDS.unitSymbols)}|${any('notWeaponNouns')}|${any('personNouns')}|${MONTH_NAMES})(?![\\p{L}])`,
  'iu',
);
/**
 * A negated action and the zero word after it ("لم يتم إتلاف أي": no ... were destroyed): group 1 the words
 * between the negation and the zero word (an auxiliary and the action, which the caller checks), group 2 the
 * zero word. At most four words between, none across punctuation.
 */
export const NEGATED_ZERO = new RegExp(
  `${wholeWords('zeroNegations')}\\s+([^\\s,;:.،؛]+(?:\\s+[^\\s,;:.،؛]+){0,3}?)\\s+(${wholeWords('negatedZeroWords')})`,
  'giu',
);
/**
 * A negation among the two words right before an action word, matched against the text before it: "were not
 * destroyed", "have not yet been destroyed", "n'ont pas été détruites", "не были уничтожены", "未被销毁".
 */
export const NEGATION_BEFORE_ACTION = new RegExp(`${wholeWords('actionNegations')}(?:\\s*[^\\s,;:.،؛，；。]+){0,2}?\\s*$`, 'iu');
/**
 * A word of plan, pledge, funding or target a few words before an action word, matched against the text before it:
 * "will destroy", "are to be destroyed", "pledged USD 250,000 for the destruction of", "prévoit de détruire",
 * "планируется уничтожить", "计划销毁". At most five words between (a number written with separators is one), none
 * across punctuation; in Chinese, which has no spaces, at most six characters.
 */
export const PLANNED_BEFORE_ACTION = new RegExp(
  `(?:(?<![\\p{L}])(?:${alternation(entriesOf('plannedActionMarkers', (l) => l.boundary !== 'none'))})(?![\\p{L}])` +
    `(?:\\s+(?:\\d[\\d.,\\u00a0\\u202f]*\\d|[^\\s,;:.،؛，；。()]+)){0,5}?\\s*|` +
    `(?:${alternation(entriesOf('plannedActionMarkers', (l) => l.boundary === 'none'))})[^\\s,;:.，；。、()]{0,6})$`,
  'iu',
);
/** The same words anywhere (between two counts of a list: "destroyed 300 weapons and plans to destroy 200 rifles"). */
export const PLANNED_WORD = new RegExp(wholeWords('plannedActionMarkers'), 'iu');
/** The same words right after a statement's counts, an auxiliary at most between ("the destruction of 3,000 weapons is planned"). */
export const PLANNED_AFTER_COUNTS = new RegExp(
  `^\\s*(?:(?:${any('auxiliaries')})\\s+)?(?:(?<![\\p{L}])(?:${alternation(entriesOf('plannedActionMarkers', (l) => l.boundary !== 'none'))})(?![\\p{L}])|` +
    `(?:${alternation(entriesOf('plannedActionMarkers', (l) => l.boundary === 'none'))}))`,
  'iu',
);
/** Words saying a figure is several States', a region's or the world's ("58 States", "worldwide", "во всём мире"). */
export const AGGREGATE_SCOPE = new RegExp(wholeWords('aggregateScopes'), 'iu');
/** What stands between a word of none and the number of the group it picks from ("none| of the |300 weapons"). */
export const PARTITIVE_OF = new RegExp(`^\\s+(?:${any('partitiveOf')})\\s+$`, 'iu');
/** The auxiliary that may open the words between a negation and its zero word ("يتم"). */
export const ZERO_AUXILIARY = new RegExp(`^(?:${wholeWords('zeroAuxiliaries')})\\s+`, 'iu');
/** Unknown words that start like this are not a noun phrase ("1,500 in 2012", "300 of them"). */
export const FUNCTION_WORD = new RegExp(`^(?:${any('functionWords')})(?![\\p{L}])`, 'iu');
/**
 * Where an agent named without a preposition ends ("изъято органами внутренних дел| из незаконного оборота"): a
 * punctuation mark, or a function word (a preposition) opening the next phrase.
 */
export const AGENT_WORDS_END = new RegExp(`\\s*[,;:()]|\\s+(?:${any('functionWords')})(?![\\p{L}])`, 'iu');
/** Where the words of an unknown count stop: punctuation, a digit or a linking word. */
export const PHRASE_STOP = new RegExp(`[,;:.()\\n\\d]|\\s(?:${any('phraseStops')})\\s`, 'iu');
/** An auxiliary between a number and its action word ("200 were seized", "200 ont été saisies", "200 fueron decomisadas"). */
export const AUXILIARY_LEAD = new RegExp(`^\\s*(?:(?:${any('auxiliaries')})\\s+)?`, 'iu');
/** An auxiliary right after an action word ("200 seizures were made"): the action word is a noun, the subject. */
export const AUXILIARY_AFTER = new RegExp(`^\\s+(?:${any('auxiliaries')})(?![\\p{L}])`, 'iu');
/** A conjunction as a word of its own ("and", "et", "y", "и"): what joins two clauses, not two words of one. */
export const JOINER_WORD = new RegExp(wholeWords('listJoiners'), 'iu');
/**
 * The words between two action words done to the same weapons ("seized or destroyed", "saisie ni détruite", "seized,
 * destroyed or"): a comma or a conjunction, an auxiliary maybe after it.
 */
export const ACTIONS_JOINED = new RegExp(
  `^\\s*(?:,\\s*)?(?:(?:${wholeWords('listJoiners')}|${wholeWords('negativeJoiners')})\\s*)?(?:(?:${any('auxiliaries')})\\s+)?$`,
  'iu',
);
/**
 * The words between two action words when the first has an object of its own and a conjunction opens the second's
 * clause ("seized| 12 vehicles and |destroyed", "detained| 12 suspects and |seized", "a saisi| de la drogue et |détruit"):
 * some words, then a conjunction (a comma maybe before it, an auxiliary maybe after it), no sentence punctuation.
 */
export const OWN_OBJECT_THEN_JOINED = new RegExp(
  `^\\s*[^\\s,;:.،؛，；。][^;:.؛；。]*?[\\s,]\\s*(?:${wholeWords('listJoiners')})\\s*(?:(?:${any('auxiliaries')})\\s+)?$`,
  'iu',
);
/** An action word that is one only of the weapons it governs ("detained", "задержано"): the whole word. */
export const OBJECT_ONLY_ACTION = new RegExp(`^(?:${any('objectOnlyActions')})$`, 'iu');
/** What may stand between such a word and the count it governs ("detained| 37", "37 firearms| were |detained"). */
export const OBJECT_ONLY_GAP = new RegExp(`^\\s*(?:(?:${any('auxiliaries')})\\s+)?$`, 'iu');
/**
 * The words between a count and a passive verb of `objectOnlyActions` that keep the count its subject: the weapons'
 * own few words, then the auxiliary ("46 pistols concealed in air cargo were detained"); no number, no clause mark.
 */
export const OBJECT_ONLY_PASSIVE_GAP = new RegExp(`^(?:\\s+[\\p{L}\\p{M}’'-]+){0,6}?\\s+(?:${any('auxiliaries')})\\s+$`, 'iu');
/**
 * People and the word joining them to the weapons they held, right before a count ("12 suspects carrying |37 firearms",
 * "three individuals in possession of |37 pistols", "12 personnes en possession de |37 armes"): the count is what those
 * people held, a verb after it is done to them.
 */
export const PERSONS_HOLDING_BEFORE = new EndPattern(`${wholeWords('personNouns')}[\\s,]+${wholeWords('possessionLeads')}\\s+`, 'iu');
/** A verb of receiving right before a count ("received |300 surrendered weapons", "принято |300 добровольно сданных ..."). */
export const RECEIPT_BEFORE = new EndPattern(`${wholeWords('receiptVerbs')}\\s+`, 'iu');
/**
 * The words between a count and an action word when that action stands in a relative clause describing the count's
 * weapons ("eleven shotguns| that had been handed in", "onze fusils| qui avaient été remis", "11 escopetas| que habían
 * sido entregadas", "11 ружей|, которые были сданы"): the relative word opens the text (a comma maybe before it), at
 * most three words (auxiliaries, an agent) stand between it and the action, none across punctuation.
 */
export const RELATIVE_BEFORE_ACTION = new RegExp(
  `^[\\s,]*(?<![\\p{L}])(?:${any('relativeLeads')})(?:(?<=['’])|(?![\\p{L}]))(?:\\s*[^\\s,;:.()]+){0,3}?\\s*$`,
  'iu',
);
/** An object pronoun right after an action word ("destroyed them", "уничтожила их", "destruiu-as"): the action has its own object. */
export const OBJECT_PRONOUN_AFTER = new RegExp(`^\\s*(?:${any('objectPronounsAfter')})(?![\\p{L}])`, 'iu');
/** An object pronoun and its auxiliary right before an action word ("les a détruites", "las había destruido"). */
export const OBJECT_PRONOUN_BEFORE = new EndPattern(`(?<![\\p{L}])(?:${any('objectPronounsBefore')})\\s+`, 'iu');
/** A pronoun right after a number picking it out of weapons counted before ("950 of them", "950 d'entre elles", "950 из них"). */
export const PARTITIVE_PRONOUN = new RegExp(`^\\s+(?:${any('partitivePronouns')})(?![\\p{L}])`, 'iu');
/** A partitive pronoun opening a sentence before its number ("Of these, |100", "Из них |100", "De ellas, |100", "Destas, |100"). */
export const PARTITIVE_LEAD = new RegExp(`^[\\s\\p{P}]*(?:${any('partitivePronouns')})(?![\\p{L}])[\\s,:–—-]*$`, 'iu');
/** A copula between a number and its words ("300 were ..."). */
export const COPULA_LEAD = new RegExp(`^\\s*(?:(?:${any('copulas')})\\s+)?`, 'iu');
/** Words that scale a number ("1,5 million", "12 тыс.", "2 mil"): the written digits are not the count. */
export const SCALE_WORD = new RegExp(`^\\s*(?:${any(SCALES)})(?![\\p{L}])`, 'iu');
/** "of" after a scale word ("million d'armes"). */
export const SCALE_OF = new RegExp(`^\\s*(?:${any('ofWords')})\\s*`, 'iu');
/** An "of" word opening a text, with the space after it (`de la Gendarmerie`, `del Servicio`, `d’armes`). */
export const OF_LEAD = new RegExp(`^\\s*(?:${any('ofWords')})(?:\\s+|(?<=['’]))`, 'iu');
/** Every "of" word of a text, with the space after it (`de la Gendarmerie`, `d’Haïti`, `of the Police`). */
export const OF_WORDS = new RegExp(`(?<![\\p{L}])(?:${any('ofWords')})(?:\\s+|(?<=['’]))`, 'giu');
/** Currency before a number ("US$ 1,200", "€ 300", "USD 250 000", "руб. 300"): money, not weapons. */
export const CURRENCY_BEFORE = new EndPattern(
  `(?:${alternation(SHARED_COUNT_WORDS.currencySymbols)}|(?<![\\p{L}\\p{N}_])(?:${alternation(SHARED_COUNT_WORDS.currencyCodes)})|${any('currencyWords')})\\s*`,
  'u',
);
/** Any dash (`-`, `–`, `—` ...): between the numbers of a range, and between a year and its count in a year list. */
export const DASHES = alternation(SHARED_COUNT_WORDS.rangeDashes);
/**
 * Years and spans of years a lead-in or a key may name (`2022`, `2019-2023`, `2019/20`,
 * `2021 – 22`), global: a lead-in or key holding no number once they are blanked counts nothing of its own.
 */
export const NAMED_YEARS = new RegExp(`(?<![\\d.,])(?:19|20)\\d{2}(?:\\s*(?:${DASHES}|/)\\s*(?:(?:19|20)\\d{2}|\\d{2}))?(?!\\d)`, 'gu');
/** Joins two numbers into a range once a range is open ("between 200 and 300", "от 200 до 300"). */
export const RANGE_JOIN = new RegExp(`^\\s*(?:${DASHES}|${any(RANGE_JOINERS)})\\s*$`, 'iu');
/** Joins two numbers into a range on its own ("200–300", "200 to 300", "200 до 300"). */
export const RANGE_TO = new RegExp(`^\\s*(?:${DASHES}|${any('rangeTo')})\\s*$`, 'iu');
/** The joiner and second number of a range, to find the words after it. */
export const RANGE_REST = new RegExp(`^\\s*(?:${DASHES}|${any(RANGE_JOINERS)})\\s*[\\d\\s.,’'${GROUP_SPACES}]+`, 'iu');
export const RANGE_OPEN = new EndPattern(`(?<![\\p{L}])(?:${any(RANGE_OPENERS)})\\s+`, 'iu');
/** What may follow a labelled number ("; rifles, 80;", "pistols, 120 and ..."). */
export const LABEL_TAIL = new RegExp(`^\\s*(?:[;,.)]|$|(?:${any('conjunctionAnd')})\\s)`, 'iu');
/**
 * A count in brackets right after its category's words, one item of a list of such ("pistols (612), revolvers (403)
 * and shotguns (145)"): the bracket that closes after the number, then the next item's bracket opening on a number.
 */
export const BRACKET_COUNT_NEXT = new RegExp(
  `^\\s*[)）]\\s*(?:[,;،，；]\\s*(?:(?:${any('conjunctionAnd')})\\s+)?|(?:${any('conjunctionAnd')})\\s+)[^()（）\\d;.]{1,60}?[(（]\\s*\\d`,
  'iu',
);
export const TOTAL_LABEL = new RegExp(`^\\s*(?:${any('totalLabels')})\\s*[,:–—-]?\\s*$`, 'iu');
/** Words before a count naming what it breaks down: "of the rifled weapons, 13 ...", "parmi les armes ..., 13 ...". */
export const UNDER_CATEGORY = new RegExp(
  `(?:^|[\\s,;:(])(?:${any('underLeads')})\\s+(?:${any('underDeterminers')})?\\s*([^,;:\\d]+?)\\s*[,:–—-]?\\s*$`,
  'iu',
);

/** Text between two counts that keeps them in one list: commas, "and", "и", "et", "y", a glued "و", "和" ... */
export const LIST_GAP = new RegExp(
  `^${SHARED_COUNT_WORDS.listPunctuation}*(?:` +
    [
      `(?:${alternation(entriesOf('listJoiners', (l) => l.boundary === 'letters'))})\\s+`,
      `(?:${alternation(entriesOf('listJoiners', (l) => l.boundary === 'proclitics'))})\\s*`,
      `(?:${alternation(entriesOf('listJoiners', (l) => l.boundary === 'none'))})`,
    ].join('|') +
    `)?$`,
  'iu',
);

/** A conjunction glued to the number after it ("800 مسدس و450 بندقية" = 800 pistols and 450 rifles), ending the text before the number. */
export const GLUED_CONJUNCTION = new EndPattern(
  `(?:^|[\\s،,])(?:${alternation(entriesOf('listJoiners', (l) => l.boundary === 'proclitics'))})`,
  'u',
);

// Chinese numbers: noun, number, counter with no spaces ("收缴枪支1,200支").

export const HAN = /\p{Script=Han}/u;
export const ZH_WEAPON_COUNTER = new RegExp(`^(?:${any('weaponCounters')})`, 'u');
export const ZH_NOT_WEAPONS = new RegExp(`^(?:${any('notWeaponCounters')})`, 'u');
/** A copula of a language without word spaces right after a counter word ("100支为手枪"). */
export const ZH_COPULA = new RegExp(`^(?:${alternation(entriesOf('copulas', (l) => l.boundary === 'none'))})`, 'u');
/** A level lead of a language without word spaces ending right before a number (`增至`, rose to): lexicon `levelLeads`. */
export const ZH_LEVEL_LEAD = new EndPattern(`(?:${alternation(entriesOf('levelLeads', (l) => l.boundary === 'none'))})`, 'u');
export const ZH_NON_WEAPON_ITEM = new EndPattern(`(?:${any('nonWeaponItemsBefore')})`, 'u');
export const ZH_SCALE = new RegExp(`^(?:${alternation(entriesOf(SCALES, (l) => l.boundary === 'none'))})`, 'u');
/** Where a Chinese noun phrase before a number starts: after punctuation, a digit, or a breakdown word. */
export const ZH_PHRASE_START = new RegExp(`[，、；：。,;:\\s\\d（()]|${any('phraseOpeners')}`, 'gu');

// Statement structure

/** Words that announce a breakdown of the count before them. */
export const BREAKDOWN = new RegExp(`${alternation(SHARED_COUNT_WORDS.breakdownPunctuation)}|${wholeWords(PART_INTRODUCERS)}`, 'iu');
/**
 * The words between a count and the next number when they are only a part introducer ("300 weapons|, of which |100",
 * "|, dont |", "|, из них |", "|，其中|"): that number is a part of the count, whatever it names.
 */
export const PART_INTRODUCER_GAP = new RegExp(`^[\\s,，、،(（]*${wholeWords(PART_INTRODUCERS)}[\\s,，،:：]*$`, 'iu');
/**
 * The same words closing a longer gap after a clause mark ("14,862 firearms| were recovered by the police, of which
 * |3,115 ..."): the clause between is the count's own (its verb, its agent), and the number after is still its part.
 */
export const PART_INTRODUCER_AFTER_CLAUSE = new RegExp(`[,，、،(（]\\s*${wholeWords(PART_INTRODUCERS)}[\\s,，،:：]*$`, 'iu');
/** A sentence that continues the statement before it ("They included 717 ...", "Из них ..."). */
export const CONTINUATION = new RegExp(`^(?:${any('continuationOpeners')})`, 'iu');
/** Words saying a count is the total ("a total of 502 weapons", "всего 502 единицы"). */
export const TOTAL_WORD = new EndPattern(`(?:${any('totalWords')})\\s*`, 'iu');
/** Words right before a number saying it corrects a figure given before it ("should read 1,020", "doit se lire 1 020"), then a colon or quotation mark maybe. */
export const CORRECTION_BEFORE = new EndPattern(`${wholeWords('correctionPhrases')}[\\s:«“"']*`, 'iu');
/** A figure as an erratum writes it: digits, maybe grouped, maybe in brackets. */
const ERRATUM_FIGURE = String.raw`\d(?:[\d.,’'\u00a0\u202f ]*\d)?`;
/**
 * An erratum (`In Table 3, for the 2021 figure of weapons destroyed (1,350) read 1,305`, `au lieu de 1 350, lire 1 305`):
 * `what` describes the superseded figure and holds it, `replacement` is the figure that replaces it.
 */
export const ERRATUM = new RegExp(
  `${wholeWords('erratumSuperseded')}(?<what>[^\\n]*?)\\s*${wholeWords('erratumReplacement')}\\s*[:«“"']*\\s*(?<replacement>${ERRATUM_FIGURE})(?!\\d)`,
  'iu',
);
/** Words right after a count saying it is the total of the counts before it ("320 weapons in total", "320 armes au total"). */
export const TOTAL_WORD_AFTER = new RegExp(`^[\\s,]*${wholeWords('totalWordsAfter')}`, 'iu');

// Agency

export const AUXILIARY_TAIL = new EndPattern(`\\s+(?:${any('auxiliaries')})\\s*`, 'iu');
/**
 * "Also, in 2015, ", "In FY2023 ", "In 2019/2020 ", "В 2020–2021 годах ", "1.4 In FY2023 ", "В том же году ": what opens a
 * sentence before its subject (a paragraph's number, a financial year, a span of years or the year of the statement
 * before as well as a stated year: none is part of the name after it).
 */
export const TIME_LEAD = new RegExp(
  `^(?:\\d{1,2}(?:\\.\\d{1,2})+\\.?\\s+|\\d{1,2}[.)]\\s+)?(?:(?:${any('sentenceAdverbs')})[,\\s]+)?(?:${STATED_YEAR.source}|${PAST_YEAR.source}|${SAME_YEAR.source}|${THIS_YEAR.source}|(?:(?:${any('statedYearLeads')})\\s+)?(?:${OTHER_PERIOD.source}|${YEAR}(?:${YEAR_SPAN_TAIL})(?:\\s*(?:${any(YEAR_WORDS_AFTER)})\\p{L}*)?))?[,\\s]*`,
  'iu',
);
/** Chinese adverbs between the subject and the verb ("公安机关共收缴" = the police seized in all): not part of the agency. */
export const ZH_ADVERB_TAIL = new EndPattern(`(?:${any('adverbsBeforeVerb')})+`, 'u');
/**
 * A capitalised name of a public body ending with an organisation noun ("Kenya Forest Service", "Wildlife
 * Authority"), an adverb after it aside; group 1 is the name with its article ("the National Commission"),
 * as a known agency keeps its own ("the police").
 */
export const ORGANISATION_NAME = new RegExp(
  `^((?:(?:${any('organisationArticles')})\\s+)?(?:\\p{Lu}[\\p{L}'’-]*\\s+){1,6}(?:${any('organisationNouns')}))(?:\\s+(?:${any('organisationAdverbs')}))?$`,
  'u',
);

// The words of a body's name, each matched against one word (bind-agency.ts reads a name word by word).
const NAME_LINKS: Section = (l) => l.nameLinks;
/** An article opening a name ("the", "la", "os", an elided "l'"). */
export const NAME_ARTICLE = new RegExp(`^(?:${any('organisationArticles')})$`, 'iu');
/** A lower-case word between two capitalised words of a name ("of", "on", "de", "del", an elided "d'"). */
export const NAME_LINK = new RegExp(`^(?:${any(NAME_LINKS)})$`, 'iu');
/** A lower-case adjective after a name's noun, where adjectives follow the noun ("nationale", "federal"). */
export const NAME_ADJECTIVE = new RegExp(`^(?:${any('organisationAdjectives')})$`, 'iu');
/** A word that makes a body of the words around it ("гвардии", "службой"), any case form. */
export const BODY_NOUN = new RegExp(`^(?:${any('bodyNouns')})$`, 'iu');
/** "la Commission a procédé à la (destruction)": a light verb before an action noun, its auxiliary with it; not the subject's. */
// A verb of receiving ("the police took in |120 handed-in firearms") is no part of the subject either.
export const SUPPORT_VERB_TAIL = new EndPattern(`\\s+(?:(?:${any('auxiliaries')})\\s+)?(?:${any('supportVerbs')}|${any('receiptVerbs')})\\s*`, 'iu');
/** An adverb between a subject and its verb ("also", "également", "también"): not part of the subject. */
export const SUBJECT_ADVERB_TAIL = new EndPattern(`\\s+(?:${any('organisationAdverbs')})\\s*`, 'iu');
/**
 * The subject's own verb when the count stands before the action ("la Policía Nacional registró 1.250 armas
 * ... incautadas": "registró"): one lower-case word, an auxiliary and an adverb maybe before it.
 */
export const SUBJECT_VERB = new RegExp(`^(?:(?:${any('auxiliaries')})\\s+)?(?:(?:${any('organisationAdverbs')})\\s+)?\\p{Ll}[\\p{L}\\p{M}'’-]*$`, 'u');

/** The agent phrase after a verb: "by the Guyana Police Force", or for a surrender also "to the police". */
function agentPhrase(agent: string): RegExp {
  return new RegExp(
    `^\\s*(?:(?:${any('agentYearLeads')})\\s+${YEAR}\\s+)?(?:(?:${any('conjunctionAnd')})\\s+[\\p{L}\\s]+?\\s+)?(?:${agent})\\s+` +
      `([^,;:.()\\d]+?)(?=\\s+(?:${any('agentStops')})\\s|[,;:.()\\d]|$)`,
    'iu',
  );
}
export const AGENT_BY = agentPhrase(any('agentBy'));
/** Words that lead to a year ("в", "in", "en") ending a phrase whose year was cut off ("органами внутренних дел в | 2019"). */
export const YEAR_LEAD_TAIL = new EndPattern(`(?:\\s+(?:${any(YEAR_LEADS)}))+\\s*`, 'iu');
/**
 * A word ending an agent phrase inside a subject ("the police| in |the region of", "органами внутренних дел| в |Хатлонской
 * области"), other than a list joiner: `and` joins the words of one name ("the General Department of Customs and Excise")
 * as often as two bodies, and opens no place. Global.
 */
const LIST_JOINER_WORDS = new Set(entriesOf('listJoiners'));
export const AGENT_STOP_INSIDE = new RegExp(`(?<=\\s)(?:${alternation(entriesOf('agentStops').filter((stop) => !LIST_JOINER_WORDS.has(stop)))})(?=\\s)`, 'giu');
export const AGENT_BY_OR_TO = agentPhrase(alternation([...entriesOf('agentBy'), ...entriesOf('agentTo')]));
