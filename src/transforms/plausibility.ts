import type { IssueDraft } from '../model/records.ts';
import type { RecordTransform } from '../model/record-transform.ts';

/**
 * Values no document can mean: years before 1900 or after next year (of facts, of a report's own date and of a
 * section's source), casualty counts above any recorded disaster. They are set to NULL with a warning naming the line, never loaded as written and never "fixed".
 */

const FIRST_YEAR = 1900;
/** More than the deadliest recorded munitions-site explosion by an order of magnitude. */
const MAX_CASUALTIES = 50_000;

function checkYear(year: number | null, currentYear: number, where: string, line: number, issues: IssueDraft[], record: IssueDraft['record']): number | null {
  if (year === null) return null;
  if (year >= FIRST_YEAR && year <= currentYear + 1) return year;
  issues.push({ severity: 'warning', rule: 'implausible-year', message: `${where} (line ${line}): year ${year} is outside ${FIRST_YEAR}-${currentYear + 1}; stored as NULL`, line_start: line, record });
  return null;
}

export const plausibleValues: RecordTransform = {
  name: 'plausible-values',
  apply(extraction, ctx) {
    const issues = [...extraction.issues];
    const explosions = extraction.explosions.map((e, index) => {
      const record = { table: 'explosions' as const, index };
      const year = checkYear(e.year, ctx.currentYear, `explosions row ${e.row_number}`, e.line_start, issues, record);
      const casualty = (value: number | null, column: string): number | null => {
        if (value === null || value <= MAX_CASUALTIES) return value;
        issues.push({ severity: 'warning', rule: 'implausible-count', message: `explosions row ${e.row_number} (line ${e.line_start}): ${column} ${value} is implausible; stored as NULL`, line_start: e.line_start, record });
        return null;
      };
      return { ...e, year, deaths: casualty(e.deaths, 'deaths'), injuries: casualty(e.injuries, 'injuries') };
    });
    const diversions = extraction.diversions.map((d, index) => ({
      ...d,
      year: checkYear(d.year, ctx.currentYear, `diversions row ${d.row_number}`, d.line_start, issues, { table: 'diversions', index }),
    }));
    // The report's own year and date (`Date of submission: 31/12/9999`, `Accra, 14 May 0201`): the year every
    // statement is reported in and every section's source year, so all of them go NULL together.
    const plausible = (year: number | null | undefined): boolean => year == null || (year >= FIRST_YEAR && year <= ctx.currentYear + 1);
    const yearOfIso = (iso: string | null | undefined): number | null => (iso ? Number(iso.slice(0, 4)) : null);
    let document = extraction.document;
    const badReportYear = plausible(document.report_year) ? null : (document.report_year ?? null);
    const badDate = plausible(yearOfIso(document.date_iso)) ? null : (document.date_iso ?? null);
    if (badReportYear !== null || badDate !== null) {
      document = { ...document, ...(badReportYear !== null ? { report_year: null, report_year_basis: null } : {}), ...(badDate !== null ? { date_iso: null } : {}) };
      const what = [badReportYear !== null ? `year ${badReportYear}` : null, badDate !== null ? `date ${badDate}` : null].filter((w) => w !== null).join(' and ');
      issues.push({
        severity: 'warning',
        rule: 'implausible-year',
        message: `the document's ${what}${document.date_raw ? ` (from '${document.date_raw}')` : ''} ${badReportYear !== null && badDate !== null ? 'are' : 'is'} outside ${FIRST_YEAR}-${ctx.currentYear + 1}; stored as NULL${badReportYear !== null ? ', and so the year its statements are reported in and its sections\' source year' : ''}`,
        line_start: null,
      });
    }
    const count_statements = extraction.count_statements.map((s, index) => ({
      ...s,
      year: checkYear(s.year, ctx.currentYear, 'count statement', s.line_start, issues, { table: 'count_statements', index }),
      reported_in: s.reported_in !== null && s.reported_in === badReportYear ? null : s.reported_in,
    }));
    const sections = extraction.sections.map((section, index) => {
      const record = { table: 'sections' as const, index };
      const fromDocument = section.source_report_year !== null && section.source_report_year === badReportYear;
      const sourceYear = fromDocument ? null : checkYear(section.source_report_year, ctx.currentYear, 'section source', section.line_start, issues, record);
      const dateYear = yearOfIso(section.source_date_iso);
      if (plausible(dateYear) || section.source_date_iso === badDate) return { ...section, source_report_year: sourceYear, source_date_iso: plausible(dateYear) ? section.source_date_iso : null };
      issues.push({ severity: 'warning', rule: 'implausible-year', message: `section source (line ${section.line_start}): date ${section.source_date_iso} is outside ${FIRST_YEAR}-${ctx.currentYear + 1}; stored as NULL`, line_start: section.line_start, record });
      return { ...section, source_report_year: sourceYear, source_date_iso: null };
    });
    return { ...extraction, document, explosions, diversions, count_statements, sections, issues };
  },
};
