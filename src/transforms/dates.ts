/**
 * Dates as documents write them. The raw text is always kept by callers; an ISO date is produced
 * only when the reading is certain: a month name, a day over 12, or a convention known for the source.
 */
import { alternation, foldKey, monthsOfAllLanguages } from '../language/matchers.ts';
import { allLexicons, asLanguage, lexiconOf } from '../language/registry.ts';
import type { Reading } from '../model/transformations.ts';
import { asciiDigits } from './digits.ts';

/**
 * The month a written month names (lexicon `monthNames`, every language): one name (`mai`, `كانون الثاني`) or
 * two names of the same month side by side, as Arabic documents of the Levant and Iraq write them (the Syriac
 * name and the one from the Latin: `أيار/مايو`, `كانون الثاني (يناير)`). Two names of two different months
 * are no month (undefined): which one the writer meant is not known.
 */
function monthOf(written: string): number | undefined {
  const names = written
    .split(/\s*[/(]\s*/u)
    .map((name) => name.replace(/\s*\)$/u, ''))
    .filter((name) => name !== '');
  const months = new Set(names.map((name) => monthsOfAllLanguages().map.get(foldKey(name))?.month));
  const [month] = months;
  return months.size === 1 ? month : undefined;
}

/**
 * A written month in a regex: a month name, or two of them as `monthOf` reads them (`أيار/مايو`, `أيار (مايو)`);
 * whether the two agree is for `monthOf` to say.
 */
function writtenMonthSource(): string {
  const name = monthsOfAllLanguages().source;
  return `(?:${name})(?:\\s*/\\s*(?:${name})|\\s*\\(\\s*(?:${name})\\s*\\))?`;
}

/**
 * The lexicons' `dateWords` of every language as regex sources: each an optional piece (empty when no language
 * has such words, so that a pattern never gains an empty alternative), with the spaces that part them from the
 * figures. A date's language is not known where it is parsed (a cell, a dateline), and the words of one
 * language do not occur in another's dates.
 */
interface DateWordSources {
  /** After a day's figures: `1er`, `1º`. */
  dayOrdinal: string;
  /** Between the day and the month, or the month and the year: `1 de junio`, `junio del 2016`. */
  joiner: string;
  /** After the year: `2014 г.`, `2014 года`. */
  afterYear: string;
  /** The marks of a year-first date (`年`, `月`, `日`), each an alternation; null when no language writes one. */
  yearMonthDay: { year: string; month: string; day: string } | null;
}

let dateWordSources: DateWordSources | null = null;

/** Regex sources of every lexicon, duplicates dropped, longest first. */
function sources(list: readonly string[]): string {
  return [...new Set(list)].sort((a, b) => b.length - a.length).join('|');
}

function dateWords(): DateWordSources {
  if (dateWordSources) return dateWordSources;
  const words = allLexicons().map((lexicon) => lexicon.dateWords);
  const piece = (list: readonly string[], wrap: (alternatives: string) => string): string => (list.length === 0 ? '' : wrap(sources(list)));
  const marks = words.flatMap((w) => (w.yearMonthDay ? [w.yearMonthDay] : []));
  dateWordSources = {
    dayOrdinal: piece(words.flatMap((w) => w.dayOrdinals), (a) => `(?:${a})?`),
    joiner: piece(words.flatMap((w) => w.joiners), (a) => `(?:(?:${a})\\s+)?`),
    afterYear: piece(words.flatMap((w) => w.afterYear), (a) => `(?:\\s*(?:${a}))?`),
    yearMonthDay:
      marks.length === 0
        ? null
        : { year: alternation(marks.map((m) => m.year)), month: alternation(marks.map((m) => m.month)), day: alternation(marks.map((m) => m.day)) },
  };
  return dateWordSources;
}

/** `(\d{4}) 年 (\d{1,2}) 月`, and `(\d{1,2}) 日` after it when `withDay`: a year-first date's source, or null. */
function yearFirstSource(withDay: boolean, capture: boolean): string | null {
  const marks = dateWords().yearMonthDay;
  if (marks === null) return null;
  const group = (digits: string) => (capture ? `(${digits})` : digits);
  const month = `${group('\\d{4}')}\\s*(?:${marks.year})\\s*${group('\\d{1,2}')}\\s*(?:${marks.month})`;
  return withDay ? `${month}\\s*${group('\\d{1,2}')}\\s*(?:${marks.day})` : month;
}

function iso(year: number, month: number, day: number): string | null {
  if (month < 1 || month > 12 || day < 1) return null;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function fullYear(raw: string): number {
  const n = Number(raw);
  // Two-digit years in these documents are all after 2000 (the PoA dates from 2001).
  return raw.length === 2 ? 2000 + n : n;
}

/** Day-month order conventions of a source: `dmy` (most of the world, Russian `dd.mm.yyyy`), `mdy` (US). */
export type DateConvention = 'dmy' | 'mdy';

/**
 * The numeric date convention of a document's language, where the language settles it: French, Spanish,
 * Portuguese, Russian and Arabic write day/month/year only (`12/03/2019` in a French report is 12 March). English
 * is written both ways (UK and US), Chinese mostly year first: null, the date stays ambiguous.
 */
export function dateConventionOf(language: string | null): DateConvention | null {
  const known = language === null || language.length !== 2 ? null : asLanguage(language);
  return known === null ? null : lexiconOf(known).dateWords.numericOrder;
}

export interface ParsedDate {
  raw: string;
  /** ISO 8601 date, or null when the text is ambiguous or invalid. */
  iso: string | null;
  /** True when day and month could be swapped (both <= 12) and no convention settled it. */
  ambiguous: boolean;
}

/**
 * `6/5/2011`, `27/06/16`, `14.05.2014`, `2014-06-18`. Without a convention, a numeric date is read only
 * when one part is over 12 (or both parts are equal).
 */
export function parseNumericDate(raw: string, convention: DateConvention | null = null): ParsedDate | null {
  const text = raw.trim();
  const isoMatch = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (isoMatch) {
    return { raw: text, iso: iso(Number(isoMatch[1]), Number(isoMatch[2]), Number(isoMatch[3])), ambiguous: false };
  }
  const match = /^(\d{1,2})([./-])(\d{1,2})\2(\d{4}|\d{2})$/.exec(text);
  if (!match) return null;
  const a = Number(match[1]);
  const b = Number(match[3]);
  const year = fullYear(match[4] ?? '');
  if (a > 12 && b <= 12) return { raw: text, iso: iso(year, b, a), ambiguous: false };
  if (b > 12 && a <= 12) return { raw: text, iso: iso(year, a, b), ambiguous: false };
  if (a === b) return { raw: text, iso: iso(year, a, b), ambiguous: false };
  // A dotted date is the day-month-year convention everywhere it is used (Russian, German, ...).
  const effective = convention ?? (match[2] === '.' ? 'dmy' : null);
  if (effective === 'dmy') return { raw: text, iso: iso(year, b, a), ambiguous: false };
  if (effective === 'mdy') return { raw: text, iso: iso(year, a, b), ambiguous: false };
  return { raw: text, iso: null, ambiguous: true };
}

let writtenDmy: RegExp | null = null;

/** `September 6, 2022`, `6 September 2022`, `9 February 2023`, `14 мая 2014 года`, `1 de junio del 2016`. */
export function parseWrittenDate(raw: string): ParsedDate | null {
  const text = raw.trim();
  const mdy = /^(\p{L}+)\.?\s+(\d{1,2}),?\s+(\d{4})$/u.exec(text);
  if (mdy) {
    const month = monthOf(mdy[1] ?? '');
    if (month) return { raw: text, iso: iso(Number(mdy[3]), month, Number(mdy[2])), ambiguous: false };
  }
  const words = dateWords();
  writtenDmy ??= new RegExp(`^(\\d{1,2})${words.dayOrdinal}\\s+${words.joiner}(\\p{L}+|${writtenMonthSource()})\\.?\\s+${words.joiner}(\\d{4})${words.afterYear}$`, 'iu');
  const dmy = writtenDmy.exec(text);
  if (dmy) {
    const month = monthOf(dmy[2] ?? '');
    if (month) return { raw: text, iso: iso(Number(dmy[3]), month, Number(dmy[1])), ambiguous: false };
  }
  return null;
}

/** `2017年3月20日`: dates written year first with a mark after each part (lexicons' `dateWords.yearMonthDay`), always unambiguous. */
const YEAR_FIRST_SOURCE = yearFirstSource(true, true);
const CJK_DATE = YEAR_FIRST_SOURCE === null ? null : new RegExp(`^${YEAR_FIRST_SOURCE}$`, 'u');
/** A year-first date's year mark (`年`), telling such a date from one in figures. */
const YEAR_MARK = dateWords().yearMonthDay === null ? null : new RegExp(dateWords().yearMonthDay?.year ?? '', 'u');

export function parseCjkDate(raw: string): ParsedDate | null {
  const text = raw.trim();
  const match = CJK_DATE?.exec(text);
  if (!match) return null;
  return { raw: text, iso: iso(Number(match[1]), Number(match[2]), Number(match[3])), ambiguous: false };
}

/** Digits of other scripts read as 0-9, for parsing only (raw text is kept): the one reading numbers use (quantity.ts). */
const westernDigits = asciiDigits;

/** Either form. */
export function parseDate(raw: string, convention: DateConvention | null = null): ParsedDate | null {
  const text = westernDigits(raw);
  const parsed = parseNumericDate(text, convention) ?? parseWrittenDate(text) ?? parseCjkDate(text);
  return parsed ? { ...parsed, raw: raw.trim() } : null;
}

/** A calendar year cell or token (`2019`), within the years these documents can speak of; null otherwise. */
export function parseYear(raw: string): number | null {
  const text = raw.trim();
  if (!/^\d{4}$/.test(text)) return null;
  const year = Number(text);
  return year >= 1900 && year <= 2100 ? year : null;
}

/** `Mai 2016`, `May 2016`, `mayo de 2016`, `май 2016 г.`, `2016年5月`: a month of a year, without a day. */
const YEAR_FIRST_MONTH = yearFirstSource(false, true);
const MONTH_YEAR = new RegExp(
  `^(?:(${writtenMonthSource()})\\.?,?\\s+${dateWords().joiner}(\\d{4})${dateWords().afterYear}${YEAR_FIRST_MONTH === null ? '' : `|${YEAR_FIRST_MONTH}`})$`,
  'iu',
);

export interface MonthOfYear {
  raw: string;
  year: number;
  month: number;
}

/**
 * A month and a year with no day (`Mai 2016` under a report's title): the year is certain, the date is not,
 * so callers keep the raw text, take the year and leave the ISO date NULL. Null for anything else.
 */
export function parseMonthYear(raw: string): MonthOfYear | null {
  const text = westernDigits(raw.trim());
  const match = MONTH_YEAR.exec(text);
  if (!match) return null;
  const month = match[1] !== undefined ? monthOf(match[1]) : Number(match[4]);
  const year = Number(match[2] ?? match[3]);
  return month !== undefined && month >= 1 && month <= 12 ? { raw: raw.trim(), year, month } : null;
}

let yearPartPattern: RegExp | null = null;

/**
 * The year of a cell that names a part of one (`mid-2009`, `early 2015`, `fin 2012`, `mediados de 2014`:
 * lexicons' `yearParts`): that year, exact; null for anything else (a decade, `mid-2000s`, is no year).
 */
export function yearOfYearPart(raw: string): number | null {
  yearPartPattern ??= new RegExp(`^(?:${alternation(allLexicons().flatMap((lexicon) => lexicon.yearParts))})\\s*[-–\\s]\\s*((?:19|20)\\d{2})$`, 'iu');
  const match = yearPartPattern.exec(westernDigits(raw.trim()));
  return match ? Number(match[1]) : null;
}

/**
 * The year a date names, even when its day and month are ambiguous: `6/5/2011` -> 2011, `27/06/16` ->
 * 2016, `2014-06-18` -> 2014, `14 мая 2014 года` -> 2014, or when it has no day (`Mai 2016` -> 2016). Null
 * when `raw` is not a date.
 */
export function yearOfDate(raw: string): number | null {
  const text = westernDigits(raw.trim());
  const cjk = CJK_DATE?.exec(text);
  if (cjk) return Number(cjk[1]);
  const numeric = /^(?:(\d{4})-\d{2}-\d{2}|\d{1,2}([./-])\d{1,2}\2(\d{4}|\d{2}))$/.exec(text);
  if (numeric) return fullYear(numeric[1] ?? numeric[3] ?? '');
  // A month and a four-digit year in figures (`03/2017`, `3.2017`, `2017-03`): the month must be one (1-12).
  const monthYear = /^(?:(?:0?[1-9]|1[0-2])[./-]((?:19|20)\d{2})|((?:19|20)\d{2})-(?:0[1-9]|1[0-2]))$/.exec(text);
  if (monthYear) return Number(monthYear[1] ?? monthYear[2]);
  const written = parseWrittenDate(text);
  if (written?.iso) return Number(written.iso.slice(0, 4));
  return parseMonthYear(text)?.year ?? null;
}

const MONTH_WORD = writtenMonthSource();
const YEAR_FIRST_DATE = yearFirstSource(true, false);
const DATE_IN_TEXT = new RegExp(
  `(?<![\\d./-])(?:${YEAR_FIRST_DATE === null ? '' : `${YEAR_FIRST_DATE}|`}\\d{4}-\\d{2}-\\d{2}|\\d{1,2}([./-])\\d{1,2}\\1(?:\\d{4}|\\d{2})|\\d{1,2}${dateWords().dayOrdinal}\\s+${dateWords().joiner}(?:${MONTH_WORD})\\.?\\s+${dateWords().joiner}\\d{4}${dateWords().afterYear}|(?:${MONTH_WORD})\\.?\\s+\\d{1,2},?\\s+\\d{4})(?![\\d./-]*\\d)`,
  'iu',
);
// `\d` is ASCII-only without the `v` flag's classes; dates written in Arabic-Indic digits are found on a
// digit-normalised copy (same length: one code unit per digit) and cut from the original text.

/**
 * The first date written in a text, as written: `Date of submission: 30/05/2018` -> `30/05/2018`,
 * `submitted on 14 May 2014.` -> `14 May 2014`. Null when there is none. Parse it with `parseDate`.
 */
export function findDateText(text: string): string | null {
  const match = DATE_IN_TEXT.exec(westernDigits(text));
  return match ? text.slice(match.index, match.index + match[0].length) : null;
}

let finalPeriodPattern: RegExp | null = null;

/** A sentence's closing period, not the one of a mark after the year that ends in a period (`2016 г.`). */
function finalPeriod(): RegExp {
  // The marks are regex sources: one that ends in a period is written `\.` there.
  const marks = allLexicons().flatMap((lexicon) => lexicon.dateWords.afterYear.filter((mark) => mark.endsWith('\\.')).map((mark) => mark.slice(0, -2)));
  finalPeriodPattern ??= new RegExp(`${marks.length === 0 ? '' : `(?<!${sources(marks)})`}\\.$`, 'u');
  return finalPeriodPattern;
}

/** The month and year that close a line (`Bamako, mai 2016`), as written, or null. */
function monthYearAtEnd(text: string): string | null {
  const words = text.replace(finalPeriod(), '').split(/\s+/u);
  for (let take = Math.min(5, words.length); take >= 2; take--) {
    const tail = words.slice(-take).join(' ');
    if (parseMonthYear(tail)) return tail;
  }
  return null;
}

/**
 * The date of a dateline: a place, a comma, then a date closing the line, as letters and reports are
 * signed (`San Salvador, 12 de marzo de 2015`, `Paris, le 3 mai 2016`, `Fait à Dakar, le 14 avril 2016`,
 * `Geneva, 14 May 2014.`, `Ташкент, 14 мая 2014 г.`, `Bamako, mai 2016`: a month without a day; a date followed by
 * the same day in another calendar in parentheses). The place is a few words with a capital and without
 * digits or sentence punctuation; between the comma and the date at most two short lower-case words (an
 * article: `le`, `el`, `den`, `on the`). The date as written, or null when the line is no dateline (a
 * sentence that happens to end in a date has more words before its comma, or no comma). Arabic datelines
 * (`عمّان، ١٠ أيار/مايو ٢٠٢١`) are read too: their comma is `،`, their script has no capitals.
 */
export function findDatelineDate(line: string): string | null {
  const text = line.trim();
  const date = findDateText(text) ?? monthYearAtEnd(text);
  if (date === null) return null;
  const at = text.lastIndexOf(date);
  // The same day in a second calendar may follow in parentheses (`Rabat, le 9 juin 2022 (8 dhou al-qi’da 1443 H)`,
  // `Bangkok, 3 May 2022 (B.E. 2565)`): the line is still a dateline, and its date the first one.
  if (!/^\s*(?:\([^()]{1,60}\))?[.\s]*$/u.test(text.slice(at + date.length))) return null;
  // The comma of the script (`،` Arabic, `，` full-width) is a comma; digits of every script are digits.
  const lead = /^([^,،，\d]+)[,،，]\s*(?:\p{Ll}{1,3}\s+){0,2}$/u.exec(westernDigits(text.slice(0, at)));
  const place = lead?.[1]?.trim();
  if (!place) return null;
  const words = place.split(/\s+/u);
  // A period after a long word ends a sentence (`held in Geneva. Next session, ...`); `St.`, `г.` are abbreviations.
  const sentence = /[:;!?؛؟]|\p{L}{4,}\.(?:\s|$)/u.test(place);
  // A place name has a capital; a script without capitals (Arabic: `عمّان`) has no lower-case letter either.
  const named = /\p{Lu}/u.test(place) || !/\p{Ll}/u.test(place);
  return words.length <= 6 && named && !sentence ? date : null;
}

/**
 * `parseDate` with the step that read the date: the month name's lexicon entry and language
 * (`date.month-name`, `monthNames: mayo`), or the numeric convention used (`date.numeric`).
 */
export function readDate(raw: string, convention: DateConvention | null = null, column = 'date'): Reading<ParsedDate | null> {
  const parsed = parseDate(raw, convention);
  if (parsed?.iso == null) return { value: parsed, steps: [] };
  const words = westernDigits(raw).match(/\p{L}+/gu) ?? [];
  const month = words.map((w) => ({ w, found: monthsOfAllLanguages().map.get(foldKey(w)) })).find((m) => m.found);
  if (month?.found) {
    return {
      value: parsed,
      steps: [{ column, source_words: parsed.raw, rule: 'date.month-name', lexicon_entry: `monthNames: ${foldKey(month.w)}`, language: month.found.language, value: parsed.iso }],
    };
  }
  const rule = YEAR_MARK?.test(raw) ? 'date.year-month-day' : convention === null ? 'date.numeric' : `date.numeric-${convention}`;
  return { value: parsed, steps: [{ column, source_words: parsed.raw, rule, lexicon_entry: null, language: null, value: parsed.iso }] };
}

/** What a range of dates says of its year: one year, or two (a range over a year's end). */
export type DateRangeYear = { year: number } | { years: [number, number] };

let rangeJoinerPattern: RegExp | null = null;
let rangeStartPattern: RegExp | null = null;
let monthDaysPattern: RegExp | null = null;
/** A range's start without its year: a day (`12`), a day and a month (`1 July`, `3 мая`), a month (`May`, `mai`). */
let yearlessPattern: RegExp | null = null;

/**
 * The year of a range of dates (`12–14 May 2015`, `1 July - 30 September 2017`, `May–June 2016`,
 * `May 12–14, 2015`, `du 3 au 5 mai 2015`, `3–5 мая 2015 г.`): `{ year }` when both ends are in one year
 * (the start may leave its year to the end: `12–14 May`); `{ years }` when the ends name two years
 * (`December 2011 – January 2012`: no one year, never its start or its end as a guess). Null when `raw`
 * is no range of dates. The joiners are the lexicons' `rangeJoiners` and `rangeOpeners`.
 */
export function yearOfDateRange(raw: string): DateRangeYear | null {
  const text = westernDigits(raw.trim()).replace(/\s+/g, ' ');
  const lexicons = allLexicons();
  const words = (pick: (l: (typeof lexicons)[number]) => readonly string[]) => lexicons.flatMap(pick).filter((w) => /^\p{L}/u.test(w));
  rangeJoinerPattern ??= new RegExp(`\\s*[-–—]\\s*|\\s+(?:${alternation(words((l) => l.rangeJoiners))})\\s+`, 'giu');
  rangeStartPattern ??= new RegExp(`^(?:${alternation(words((l) => l.rangeOpeners))})\\s+`, 'iu');
  monthDaysPattern ??= new RegExp(`^(?:${MONTH_WORD})\\.?\\s+\\d{1,2}\\s*[-–—]\\s*\\d{1,2},?\\s+((?:19|20)\\d{2})$`, 'iu');
  const monthDays = monthDaysPattern.exec(text);
  if (monthDays) return { year: Number(monthDays[1]) };
  const body = text.replace(rangeStartPattern, '');
  yearlessPattern ??= new RegExp(`^(?:\\d{1,2}${dateWords().dayOrdinal}(?:\\s+${dateWords().joiner}(?:${MONTH_WORD})\\.?)?|(?:${MONTH_WORD})\\.?(?:\\s+\\d{1,2})?)$`, 'iu');
  for (const joiner of body.matchAll(rangeJoinerPattern)) {
    const at = joiner.index ?? 0;
    const start = body.slice(0, at).trim();
    const end = body.slice(at + joiner[0].length).trim();
    if (start === '' || end === '') continue;
    const endYear = yearOfDate(end);
    if (endYear === null) continue;
    const startYear = yearOfDate(start);
    if (startYear !== null) return startYear === endYear ? { year: endYear } : { years: [startYear, endYear] };
    if (yearlessPattern.test(start)) return { year: endYear };
  }
  return null;
}
