import { findDateText, parseDate, yearOfDate } from '../../transforms/dates.ts';
import { sourceLinePatterns } from '../../language/matchers.ts';
import type { IssueDraft } from '../../model/records.ts';

/**
 * `Source : National Report on the implementation of the PoA, 2010` and `Date : 6/5/2011`: the pair that
 * says which report the template answers above it come from. Pages also drop the labels
 * (`: National Report ..., 2014` / `: 03/09/2014`), name two reports (`..., 2010 and 2008`) or put a
 * contact's name where the report should be; a year is only read from words that name a report.
 */

export interface SourceDateLine {
  kind: 'source' | 'date';
  /** False when the label was stripped and the line starts with `:`. */
  labelled: boolean;
  /** What follows the label and colon, trimmed. */
  content: string;
}

/** `: National Report ...` or `: : 27/05/2010`: a line whose label went missing, its colon(s) left. */
const STRIPPED_LABEL = /^\s*(?:[:：]\s*)+(\S.*)$/u;

export function readSourceDateLine(text: string): SourceDateLine | null {
  const { sourceLabel, dateLabel } = sourceLinePatterns();
  const source = sourceLabel.exec(text);
  if (source) return { kind: 'source', labelled: true, content: (source[1] ?? '').trim() };
  const date = dateLabel.exec(text);
  if (date) return { kind: 'date', labelled: true, content: (date[1] ?? '').trim() };
  const stripped = STRIPPED_LABEL.exec(text);
  if (!stripped) return null;
  const content = (stripped[1] ?? '').trim();
  const dateText = findDateText(content);
  // `: 03/09/2014` is a Date line whose label went missing; anything else after a bare colon is a Source line.
  if (dateText !== null && !/\p{L}{2,}/u.test(content.replace(dateText, ''))) return { kind: 'date', labelled: false, content };
  return { kind: 'source', labelled: false, content };
}

/**
 * A year standing alone: not part of a date (`27/05/2010`), nor of a number written in groups
 * (`tel. 2012 4477`, `+233 2010 45`), which a contact line carries.
 */
const YEAR = /(?<![\d./-])(?<!\d\s)((?:19|20)\d{2})(?![\d./-]*\d)(?!\s\d)/gu;

export interface SourceYear {
  year: number | null;
  /** Every report year the line names, in order. */
  years: number[];
  /** True when the line names no report (a person, an office): its numbers are not taken for a year. */
  namesNoReport: boolean;
  /** True when the line opens with a person's title (`Mr. A. Smith, ...`): a contact, whatever else it names. */
  namesPerson: boolean;
}

/**
 * The report year of a Source line's content: `National Report on the implementation of the PoA, 2010`
 * -> 2010; `..., 2010 and 2008` -> 2010 (both listed in `years`); `Mr. A. Smith, Ministry of Foreign
 * Affairs` -> null; `M. P. Ndongo, Point focal du Programme d'action, 2012` -> null (a contact stands where
 * the report should, and the year beside a name is no report's). A bare `2010` counts as a report year.
 */
export function readSourceYear(content: string): SourceYear {
  const bare = /^\s*((?:19|20)\d{2})\s*\.?\s*$/u.exec(content);
  if (bare) return { year: Number(bare[1]), years: [Number(bare[1])], namesNoReport: false, namesPerson: false };
  const { reportWord, personTitleAtStart } = sourceLinePatterns();
  const namesPerson = personTitleAtStart.test(content);
  if (namesPerson || !reportWord.test(content)) return { year: null, years: [], namesNoReport: true, namesPerson };
  const years = [...content.matchAll(YEAR)].map((m) => Number(m[1]));
  return { year: years[0] ?? null, years, namesNoReport: false, namesPerson: false };
}

export interface SourceAttribution {
  source_report_year: number | null;
  source_date_raw: string | null;
  source_date_iso: string | null;
  issues: IssueDraft[];
}

/**
 * What a Source/Date pair gives the fields it closes, with the issues worth telling an analyst:
 * a year missing or not read (never guessed), two years named, an ambiguous or unreadable date.
 */
export function readSourceAttribution(
  source: { line: SourceDateLine; lineNo: number } | null,
  date: { line: SourceDateLine; lineNo: number } | null,
): SourceAttribution {
  const issues: IssueDraft[] = [];
  let year: number | null = null;
  if (source) {
    const found = readSourceYear(source.line.content);
    year = found.year;
    if (found.namesPerson) {
      issues.push({
        severity: 'warning',
        rule: 'source-year-missing',
        message: `Source line names a person ('${source.line.content}'), a contact where the report should be: source_report_year left NULL, whatever year the line holds.`,
        line_start: source.lineNo,
      });
    } else if (found.namesNoReport) {
      issues.push({
        severity: 'warning',
        rule: 'source-year-missing',
        message: `Source line names no report ('${source.line.content}'), perhaps a contact's name: source_report_year left NULL.`,
        line_start: source.lineNo,
      });
    } else if (found.year === null) {
      issues.push({
        severity: 'warning',
        rule: 'source-year-missing',
        message: `Source line '${source.line.content}' names no year: source_report_year left NULL.`,
        line_start: source.lineNo,
      });
    } else if (new Set(found.years).size > 1) {
      issues.push({
        severity: 'info',
        rule: 'multiple-report-years',
        message: `Source line names several reports (${found.years.join(', ')}): source_report_year is the first, ${found.year}.`,
        line_start: source.lineNo,
      });
    }
    if (!source.line.labelled) {
      issues.push({ severity: 'info', rule: 'label-missing', message: `Line ': ${source.line.content}' read as a Source line (label missing).`, line_start: source.lineNo });
    }
  } else {
    issues.push({
      severity: 'warning',
      rule: 'source-year-missing',
      message: 'Date line without a Source line: the fields it closes have no report year (NULL).',
      line_start: date?.lineNo ?? null,
    });
  }

  let raw: string | null = null;
  let iso: string | null = null;
  if (date) {
    raw = findDateText(date.line.content);
    if (raw === null) {
      if (date.line.content !== '') {
        issues.push({ severity: 'warning', rule: 'unreadable-date', message: `Date line '${date.line.content}' holds no date: source_date_raw left NULL.`, line_start: date.lineNo });
      }
    } else {
      const parsed = parseDate(raw);
      iso = parsed?.iso ?? null;
      if (parsed?.ambiguous) {
        issues.push({
          severity: 'info',
          rule: 'ambiguous-date',
          message: `Date '${raw}' may be day/month or month/day (year ${yearOfDate(raw) ?? '?'}): raw text kept, ISO date NULL.`,
          line_start: date.lineNo,
        });
      } else if (iso === null) {
        issues.push({ severity: 'warning', rule: 'unreadable-date', message: `Date '${raw}' is not a valid date: ISO date NULL.`, line_start: date.lineNo });
      }
    }
    if (!date.line.labelled) {
      issues.push({ severity: 'info', rule: 'label-missing', message: `Line ': ${date.line.content}' read as a Date line (label missing).`, line_start: date.lineNo });
    }
  }
  return { source_report_year: year, source_date_raw: raw, source_date_iso: iso, issues };
}
