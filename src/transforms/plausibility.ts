import type { IssueDraft } from '../model/records.ts';
import type { RecordTransform } from '../model/record-transform.ts';

/**
 * Values no document can mean: years before 1900 or after next year, casualty counts above any recorded
 * disaster. They are set to NULL with a warning naming the line, never loaded as written and never "fixed".
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
    const count_statements = extraction.count_statements.map((s, index) => ({
      ...s,
      year: checkYear(s.year, ctx.currentYear, 'count statement', s.line_start, issues, { table: 'count_statements', index }),
    }));
    return { ...extraction, explosions, diversions, count_statements, issues };
  },
};
