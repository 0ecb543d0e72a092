import type { ReportYearBasis } from './records.ts';

/**
 * The one rule for a national report's year, used by the report extractor (for its sections' and count
 * statements' source_report_year / reported_in) and by the loader (documents.report_year), so the two
 * never disagree: a year in the file's sidecar wins over the year the document states.
 *
 * NOTE: the sidecar is the operator's statement about the file (README: "provenance and overrides"),
 * written when the document's own words are missing or misleading (a 2010 report dated 2011, a
 * translation dated by the UN months later). A document year that disagrees with it is not dropped in
 * silence: the extractor raises `report-year-disagrees` naming both.
 */
export interface ReportYear {
  year: number | null;
  basis: ReportYearBasis | null;
}

export function chooseReportYear(sidecarYear: number | null | undefined, stated: ReportYear): ReportYear {
  if (sidecarYear != null) return { year: sidecarYear, basis: 'sidecar' };
  return stated.year != null ? stated : { year: null, basis: null };
}
