import type { DocumentFacts, IssueDraft, ReportYearBasis } from '../../model/records.ts';
import { alternation } from '../../language/matchers.ts';
import { allLexicons } from '../../language/registry.ts';
import { dateConventionOf, findDateText, findDatelineDate, parseDate, parseMonthYear, yearOfDate } from '../../transforms/dates.ts';
import type { DocLine } from '../poa-shared/lines.ts';

/**
 * Facts a national report states about itself on its first lines: the UN document code
 * (`A/CONF.192/BMS/2016/NR.14`), the date of submission (`Date of submission: 30/05/2018`, `Дата
 * представления: 14.05.2014`, a bare `27/06/16` under the code, a dateline `San Salvador, 12 de marzo de
 * 2015`, or a month without a day, `Mai 2016`: the year with no ISO date), the title (wrapped over lines), and
 * from them the report's year. `Reporting period: ...` is the period covered, never the report's year.
 */

/** A UN document symbol on a line of its own. */
const DOCUMENT_CODE_LINE = /^\s*([A-Z]{1,3}(?:\/[A-Z0-9][A-Za-z0-9.()-]*){2,})\s*$/u;
const DOCUMENT_CODE_INLINE = /\b(A\/CONF\.\d+(?:\/[A-Za-z0-9.()-]+)+)/u;
/** `<label>: <date>`, the labels of every language's lexicon (`Date of submission`, `Дата`, `Data`, `日期`). */
const DATE_LABEL = new RegExp(`^\\s*(?:${alternation(allLexicons().flatMap((lexicon) => lexicon.dateLabels))})\\s*[:：]\\s*(.+)$`, 'iu');
/** `<label>:` of the period a report covers, every language's (`Reporting period`, `Période couverte`, `Отчетный период`). */
const PERIOD_LABEL = new RegExp(`^\\s*(?:${alternation(allLexicons().flatMap((lexicon) => lexicon.periodLabels))})\\s*:`, 'iu');
const TITLE_START = /national\s+report|rapport\s+national|informe\s+nacional|национальный\s+доклад|report\s+of|rapport\s+d[eu']|informe\s+de|доклад\s+республики|التقرير\s+الوطني|国家报告/iu;
const YEAR = /(?<!\d)((?:19|20)\d{2})(?!\d)/u;
/**
 * A header sentence saying when the report was submitted (`Submitted to the United Nations Office for
 * Disarmament Affairs on 18 April 2018`, `Soumis le 3 mai 2016`, `Presentado el ...`, `Представлен ...`):
 * its date is the submission date even without a `Date:` label.
 */
const SUBMITTED_WORDS = /(?<!\p{L})(?:submitted|transmitted|soumis|transmis|présenté|presentado|remitido|представлен\p{L}*|направлен\p{L}*)(?!\p{L})/iu;

export interface ReportFacts {
  facts: DocumentFacts;
  /** Indexes of the header lines the facts were read from (code, date, title). */
  used: Set<number>;
  issues: IssueDraft[];
}

/** The text when all of it is a month and a year (`Mai 2016`), else null. */
function wholeMonthYear(text: string): string | null {
  return parseMonthYear(text) ? text.trim() : null;
}

/**
 * The date of a header line without a label: a line that is only a date (`27/06/16`, `Mai 2016`), a
 * dateline (`San Salvador, 12 de marzo de 2015`), or a sentence saying the report was submitted.
 */
function unlabelledDate(text: string): string | null {
  const bare = findDateText(text);
  if (bare === text) return bare;
  return findDatelineDate(text) ?? wholeMonthYear(text) ?? (bare !== null && SUBMITTED_WORDS.test(text) ? bare : null);
}

/** A title continues on lines in capitals or starting in lower case (a wrapped sentence). */
function continuesTitle(text: string): boolean {
  if (text === '' || PERIOD_LABEL.test(text) || DATE_LABEL.test(text) || DOCUMENT_CODE_LINE.test(text)) return false;
  if (/^\p{Ll}/u.test(text)) return true;
  const letters = text.replace(/[^\p{L}]/gu, '');
  return letters.length > 0 && letters === letters.toUpperCase();
}

/** Reads the facts from `lines[0..headerEnd)`. */
export function readReportFacts(lines: readonly DocLine[], headerEnd: number, language: string | null = null): ReportFacts {
  const used = new Set<number>();
  const issues: IssueDraft[] = [];
  let code: string | null = null;
  let dateRaw: string | null = null;
  let dateLine: number | null = null;
  let title: string | null = null;

  for (let i = 0; i < headerEnd; i++) {
    const text = lines[i]?.text.trim() ?? '';
    if (text === '') continue;
    const codeLine = DOCUMENT_CODE_LINE.exec(text) ?? DOCUMENT_CODE_INLINE.exec(text);
    if (code === null && codeLine) {
      code = codeLine[1] ?? null;
      used.add(i);
      continue;
    }
    const labelled = DATE_LABEL.exec(text);
    if (dateRaw === null && !PERIOD_LABEL.test(text)) {
      const found = labelled ? findDateText(labelled[1] ?? '') ?? wholeMonthYear(labelled[1] ?? '') : unlabelledDate(text);
      if (found) {
        dateRaw = found;
        dateLine = lines[i]?.no ?? null;
        used.add(i);
        continue;
      }
    }
    if (title === null && TITLE_START.test(text)) {
      const parts = [text];
      used.add(i);
      while (i + 1 < headerEnd && continuesTitle(lines[i + 1]?.text.trim() ?? '')) {
        i++;
        parts.push(lines[i]?.text.trim() ?? '');
        used.add(i);
      }
      title = parts.join(' ');
    }
  }

  let dateIso: string | null = null;
  if (dateRaw !== null) {
    const parsed = parseDate(dateRaw, dateConventionOf(language));
    dateIso = parsed?.iso ?? null;
    if (parsed?.ambiguous) {
      issues.push({
        severity: 'info',
        rule: 'ambiguous-date',
        message: `Date of the report '${dateRaw}' may be day/month or month/day: raw text kept, ISO date NULL.`,
        line_start: dateLine,
      });
    }
  }
  const codeYear = code ? /\/((?:19|20)\d{2})\//u.exec(code)?.[1] : undefined;
  const titleYear = title ? YEAR.exec(title)?.[1] : undefined;
  // The report's own date first, then the year in its UN symbol, then one in its title.
  const candidates: [number | null, ReportYearBasis][] = [
    [dateRaw ? yearOfDate(dateRaw) : null, 'date'],
    [codeYear ? Number(codeYear) : null, 'document_code'],
    [titleYear ? Number(titleYear) : null, 'title'],
  ];
  const [reportYear, basis] = candidates.find(([year]) => year !== null) ?? [null, null];
  return {
    facts: { title, report_year: reportYear, report_year_basis: basis, date_raw: dateRaw, date_iso: dateIso, document_code: code },
    used,
    issues,
  };
}
