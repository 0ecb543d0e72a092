import type { DocumentFacts, IssueDraft, ReportYearBasis } from '../../model/records.ts';
import { alternation, bounded } from '../../language/matchers.ts';
import { allLexicons } from '../../language/registry.ts';
import { languageCode } from '../../transforms/languages.ts';
import { runningLineParts } from '../../transforms/page-furniture.ts';
import { dateConventionOf, findDateText, findDatelineDate, parseDate, parseMonthYear, yearOfDate } from '../../transforms/dates.ts';
import type { DocLine } from '../poa-shared/lines.ts';
import { readSourceDateLine, readSourceYear } from '../poa-shared/source-pair.ts';

/**
 * Facts a national report states about itself on its first lines: the UN document code
 * (`A/CONF.192/BMS/2016/NR.14`), the date of submission (`Date of submission: 30/05/2018`, `Дата
 * представления: 14.05.2014`, a bare `27/06/16` under the code, a dateline `San Salvador, 12 de marzo de
 * 2015`, or a month without a day, `Mai 2016`: the year with no ISO date), the title (wrapped over lines), and
 * from them the report's year. `Reporting period: ...` is the period covered, never the report's year.
 * A UN document's header also states the language of this version on a line of its own (`English`,
 * `Español`) and the language it was translated from (`Original: Russian`, `[Translated from Russian]`); its
 * job number (`08-34412 (E) 210708`), distribution line and a note verbale's cover letter are no facts.
 */

/** A document symbol on a line of its own: the UN's (`A/CONF.192/...`) or a national body's (`RWA/PoA/NR/2022`, `KNFP/PoA/2024/01`). */
export const DOCUMENT_CODE_LINE = /^\s*([A-Z]{1,5}(?:\/[A-Z0-9][A-Za-z0-9.()-]*){2,})\s*$/u;
const DOCUMENT_CODE_INLINE = /\b(A\/CONF\.\d+(?:\/[A-Za-z0-9.()-]+)+)/u;
/** `<label>: <date>`, the labels of every language's lexicon (`Date of submission`, `Дата`, `Data`, `日期`). */
const DATE_LABEL = new RegExp(`^\\s*(?:${alternation(allLexicons().flatMap((lexicon) => lexicon.dateLabels))})\\s*[:：]\\s*(.+)$`, 'iu');
/** `<label>:` of the period a report covers, every language's (`Reporting period`, `Période couverte`, `Отчетный период`). */
const PERIOD_LABEL = new RegExp(`^\\s*(?:${alternation(allLexicons().flatMap((lexicon) => lexicon.periodLabels))})\\s*:`, 'iu');
const YEAR = /(?<!\d)((?:19|20)\d{2})(?!\d)/u;
const lexicons = allLexicons();
/** The words that open a report's title, every language's (`National report`, `Informe de`, `国家报告`). */
const TITLE_START = new RegExp(alternation(lexicons.flatMap((lexicon) => lexicon.reportTitleWords)), 'iu');
/**
 * A header line or label saying when the report was submitted (`Date of submission`, `Submitted to the United
 * Nations Office for Disarmament Affairs on 18 April 2018`, `Soumis le 3 mai 2016`, `Представлен ...`): its
 * date is the submission date even without a `Date:` label.
 */
const SUBMITTED_WORDS = new RegExp(
  lexicons.filter((lexicon) => lexicon.submissionWords.length > 0).map((lexicon) => bounded(lexicon.submissionWords.join('|'), lexicon)).join('|'),
  'iu',
);
/** `Original: Russian`, `[Original: español]`, `Translated from Russian`, `Traduit de l’anglais`. */
const ORIGINAL_LINE = new RegExp(
  `^\\[?\\s*(?:${alternation(lexicons.flatMap((lexicon) => lexicon.documentHeader.originalLabels))})\\s*:?\\s*(\\p{L}+)\\s*\\]?\\.?$`,
  'iu',
);
/** The words of a note verbale's cover letter (`presents its compliments`): its paragraph is no fact. */
const COVER_LETTER = new RegExp(lexicons.filter((l) => l.documentHeader.coverLetter.length > 0).map((l) => bounded(alternation(l.documentHeader.coverLetter), l)).join('|'), 'iu');

/** A fact a running header or footer states, as written, and the first line stating it (null: a PDF's, left out of its lines). */
interface RunningFact {
  text: string;
  line: number | null;
}

/**
 * The document code and date the running headers or footers state (the lines the decoder read as page furniture):
 * a report may print them there only. Each must stand on two furniture lines at least (on every page, not a date
 * one page happens to show); the most frequent wins.
 */
function runningFacts(lines: readonly DocLine[], pdfRunning: readonly { text: string }[]): { code: RunningFact | null; date: RunningFact | null } {
  const codes = new Map<string, RunningFact & { seen: number }>();
  const dates = new Map<string, RunningFact & { seen: number }>();
  const see = (found: Map<string, RunningFact & { seen: number }>, text: string, line: number | null) => {
    const known = found.get(text);
    if (known) known.seen++;
    else found.set(text, { text, line, seen: 1 });
  };
  const furniture = [...lines.filter((line) => line.furniture).map((line) => ({ text: line.text, no: line.no })), ...pdfRunning.map((line) => ({ text: line.text, no: null }))];
  for (const line of furniture) {
    for (const text of runningLineParts(line.text)) {
      const code = DOCUMENT_CODE_LINE.exec(text)?.[1];
      if (code) see(codes, code, line.no);
      else if (findDateText(text) === text || wholeMonthYear(text) !== null) see(dates, text, line.no);
    }
  }
  const running = (found: Map<string, RunningFact & { seen: number }>): RunningFact | null => {
    const best = [...found.values()].filter((f) => f.seen >= 2).sort((a, b) => b.seen - a.seen)[0];
    return best ? { text: best.text, line: best.line } : null;
  };
  return { code: running(codes), date: running(dates) };
}

export interface ReportFacts {
  facts: DocumentFacts;
  /** Indexes of the header lines the facts were read from (code, date, title), and of a cover letter. */
  used: Set<number>;
  issues: IssueDraft[];
  /** The language of this version as its header states it on a line of its own (`English`), or null. */
  statedLanguage: string | null;
  /** The language the header says the text was translated from (`Original: Russian`), and its line. */
  original: { language: string; line: number } | null;
  /**
   * The period the report says it covers (`Reporting period: 1 January to 31 December 2023`), as written, with its
   * year when every year it names is one (2023), else null (`1 July 2022 to 30 June 2023`); null when none is stated.
   */
  reportingPeriod: { year: number | null; words: string } | null;
}

/** The period a `Reporting period:` line states, with its one year (or null when it names several or none). */
function readReportingPeriod(text: string): { year: number | null; words: string } | null {
  const label = PERIOD_LABEL.exec(text);
  if (!label) return null;
  const words = text.slice(label[0].length).trim();
  const years = [...new Set([...words.matchAll(/(?<!\d)((?:19|20)\d{2})(?!\d)/gu)].map((m) => Number(m[1])))];
  if (years.length === 0) return null;
  return { year: years.length === 1 ? (years[0] ?? null) : null, words };
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

/**
 * Reads the facts from `lines[0..headerEnd)`. With `open` (a report without headings, whose header has no
 * set end), a cover letter moves the end past itself: the report's own title follows it (`Annex ...`).
 */
export function readReportFacts(
  lines: readonly DocLine[],
  end: number,
  language: string | null = null,
  open = false,
  pdfRunning: readonly { text: string }[] = [],
): ReportFacts {
  let headerEnd = end;
  const used = new Set<number>();
  const issues: IssueDraft[] = [];
  let code: string | null = null;
  let dateRaw: string | null = null;
  let dateLine: number | null = null;
  let title: string | null = null;
  let sourceYear: number | null = null;
  let submitted = false;
  let statedLanguage: string | null = null;
  let original: { language: string; line: number } | null = null;
  let reportingPeriod: { year: number | null; words: string } | null = null;

  for (let i = 0; i < headerEnd; i++) {
    // A header line a PDF laid out with a wide gap (`REPUBLIC OF BOTSWANA          Date: 03 June 2020`, the
    // code at the left and `Original: French` at the right) holds two facts: each part is read on its own.
    for (const text of (lines[i]?.text.trim() ?? '').split(/\s{5,}/u)) {
      if (text === '') continue;
      if (COVER_LETTER.test(text)) {
        // The cover letter's paragraph (`The Permanent Mission of ... presents its compliments ...`) states no fact.
        for (let j = i; j >= 0 && (lines[j]?.text.trim() ?? '') !== ''; j--) used.add(j);
        while (i < headerEnd && (lines[i]?.text.trim() ?? '') !== '') used.add(i++);
        if (open) headerEnd = Math.min(lines.length, Math.max(headerEnd, i + end));
        continue;
      }
      const originalLine = ORIGINAL_LINE.exec(text);
      const originalLanguage = originalLine ? languageCode(originalLine[1] ?? '') : null;
      if (originalLanguage) {
        original ??= { language: originalLanguage, line: lines[i]?.no ?? 0 };
        used.add(i);
        continue;
      }
      // A header line that is only a language's name (`English`, `Español`): the language of this version.
      const named = languageCode(text);
      if (named) {
        statedLanguage ??= named;
        used.add(i);
        continue;
      }
      const source = readSourceDateLine(text);
      if (source?.kind === 'source' && source.labelled) {
        sourceYear ??= readSourceYear(source.content).year;
        used.add(i);
        continue;
      }
      const codeLine = DOCUMENT_CODE_LINE.exec(text) ?? DOCUMENT_CODE_INLINE.exec(text);
      if (code === null && codeLine) {
        code = codeLine[1] ?? null;
        used.add(i);
        continue;
      }
      reportingPeriod ??= readReportingPeriod(text);
      const labelled = DATE_LABEL.exec(text);
      if (dateRaw === null && !PERIOD_LABEL.test(text)) {
        const found = labelled ? findDateText(labelled[1] ?? '') ?? wholeMonthYear(labelled[1] ?? '') : unlabelledDate(text);
        if (found) {
          dateRaw = found;
          submitted = SUBMITTED_WORDS.test(labelled ? text.slice(0, text.length - (labelled[1] ?? '').length) : text);
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
  }

  // The header states no code or no date: the running header or footer of every page may (`... | KNFP/PoA/2024/01 |
  // 15 March 2024 | Page 1 of 3`). Its lines are page furniture, not read above (a PDF's are not among the lines at all).
  if (code === null || dateRaw === null) {
    const running = runningFacts(lines, pdfRunning);
    code ??= running.code?.text ?? null;
    if (dateRaw === null && running.date) {
      dateRaw = running.date.text;
      dateLine = running.date.line;
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
  // The year the report is named by (`Source: National Report ..., 2010`: a report dated 2011 is still the
  // 2010 report), then its own date, then the year in its UN symbol, then one in its title.
  const candidates: [number | null, ReportYearBasis][] = [
    [sourceYear, 'source_line'],
    [dateRaw ? yearOfDate(dateRaw) : null, submitted ? 'submission' : 'date'],
    [codeYear ? Number(codeYear) : null, 'document_code'],
    [titleYear ? Number(titleYear) : null, 'title'],
  ];
  const [reportYear, basis] = candidates.find(([year]) => year !== null) ?? [null, null];
  return {
    facts: { title, report_year: reportYear, report_year_basis: basis, date_raw: dateRaw, date_iso: dateIso, document_code: code },
    used,
    issues,
    statedLanguage,
    original,
    reportingPeriod,
  };
}
