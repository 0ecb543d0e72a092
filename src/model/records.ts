/**
 * What extractors hand the loader: plain records in warehouse vocabulary (snake_case columns),
 * each with its lineage (lines, page, verbatim words). The loader adds ids, document, run and extractor.
 */

import type { TransformationStep } from './transformations.ts';

export interface Lineage {
  line_start: number;
  line_end: number;
  page: number | null;
  /** The verbatim words the value was read from. */
  source_text: string;
  /**
   * The steps that turned the words into this record's values, recorded where they happened
   * (stored in `transformations`; printed by `salw-etl lineage`). Absent means none were recorded.
   */
  steps?: TransformationStep[];
}

export type Severity = 'error' | 'warning' | 'info';

/** A quality issue found while extracting. `record` points at the record it concerns, if any. */
export interface IssueDraft {
  severity: Severity;
  /** A stable kebab-case rule id, e.g. `unknown-value`, `unbalanced-count`, `malformed-row`. */
  rule: string;
  /** What a person can act on: what was found, where, and what was done with it. */
  message: string;
  line_start: number | null;
  record?: { table: FactTable; index: number };
}

export type FactTable =
  | 'explosions'
  | 'diversions'
  | 'tallies'
  | 'sections'
  | 'citations'
  | 'count_statements'
  | 'weapon_counts'
  | 'report_submissions'
  | 'meeting_statements';

export interface ExplosionRecord extends Lineage {
  year: number | null;
  location: string | null;
  owner_raw: string | null;
  owner_type: 'state' | 'non_state' | null;
  owner_sector: 'military' | 'police' | 'company' | 'other' | null;
  deaths: number | null;
  injuries: number | null;
  /** 1-based position of the row in its source table (header excluded). */
  row_number: number;
  table_caption: string | null;
}

export interface DiversionRecord extends Lineage {
  year: number | null;
  location: string | null;
  description: string | null;
  quantity: number | null;
  /** 1 when the quantity is approximate (`some`, `about`, `approximately`, `at least`, ...); NULL when quantity is NULL. */
  quantity_approx: 0 | 1 | null;
  /** The qualifier as a lower-case phrase (`approximately`, `at least`, `some`), or null. */
  quantity_qualifier: string | null;
  row_number: number;
  table_caption: string | null;
}

export interface TallyRecord extends Lineage {
  topic: 'explosions' | 'diversions';
  period_start: number | null;
  period_end: number | null;
  /** NULL when the words give no number ("numerous"). */
  reported_count: number | null;
  reported_raw: string;
}

export interface SectionRecord extends Lineage {
  /** Topic code from the vocabulary (DOMAIN.md), or null when the heading is not recognised (with an info issue). */
  topic: string | null;
  heading_raw: string | null;
  /** The template question as written, or null for free text. */
  question: string | null;
  /** The question's tag in a questionnaire (`PoA II.4`, `ITI 8(a)`), or null. */
  source_tag: string | null;
  /** The section's text or the answer; null when the document left it empty. */
  answer: string | null;
  source_report_year: number | null;
  source_date_raw: string | null;
  /** ISO date, only when the raw date is unambiguous. */
  source_date_iso: string | null;
}

export interface CitationRecord extends Lineage {
  /** Index into `Extraction.sections` of the section the citation belongs to, or null. */
  section_index: number | null;
  /** The footnote number as written; null for works cited on a `Source:` line. */
  ref: string | null;
  /** True when the number was inferred from the footnote's position, not written. */
  ref_inferred: boolean;
  text: string;
  url: string | null;
  accessed_on: string | null;
}

export interface WeaponCountRecord extends Lineage {
  category: string | null;
  category_raw: string;
  parent_category: string | null;
  quantity: number;
  is_total: boolean;
  approx: boolean;
  /** The approximation word as written lower-cased (`some`, `about`, `more than`, `at least`), or null. */
  approx_qualifier: string | null;
}

export interface CountStatementRecord extends Lineage {
  year: number | null;
  year_basis: 'stated' | 'inferred' | null;
  action: string | null;
  action_raw: string | null;
  agency: string | null;
  agency_raw: string | null;
  total: number | null;
  components_sum: number | null;
  reconciliation: 'balanced' | 'nested' | 'unbalanced' | 'no_total' | 'no_parts';
  reported_in: number | null;
  /** The total first (if any), then the parts in the order written. */
  counts: WeaponCountRecord[];
}

export interface ReportSubmissionRecord extends Lineage {
  report_year: number;
  language: string;
  language_raw: string;
}

export interface MeetingStatementRecord extends Lineage {
  year: number;
  meeting: string;
  has_text: boolean;
  text: string | null;
}

/**
 * Where a national report's year was read: the `Source:` line naming the report (`National Report on the
 * implementation of the PoA, 2010`), its submission line (`Date of submission: ...`, `Submitted on ...`),
 * another date it states (a dateline, `Date:`, the UN header's date), the year in its UN document symbol,
 * a year in its title, or the file's sidecar.
 */
export type ReportYearBasis = 'source_line' | 'submission' | 'date' | 'document_code' | 'title' | 'sidecar';

/** Facts about the document itself that an extractor read from its content. */
export interface DocumentFacts {
  title?: string | null;
  country_iso3?: string | null;
  report_year?: number | null;
  /** Where report_year was read (ReportYearBasis). */
  report_year_basis?: ReportYearBasis | null;
  language?: string | null;
  date_raw?: string | null;
  date_iso?: string | null;
  document_code?: string | null;
}

export interface Extraction {
  document: DocumentFacts;
  explosions: ExplosionRecord[];
  diversions: DiversionRecord[];
  tallies: TallyRecord[];
  sections: SectionRecord[];
  citations: CitationRecord[];
  count_statements: CountStatementRecord[];
  report_submissions: ReportSubmissionRecord[];
  meeting_statements: MeetingStatementRecord[];
  issues: IssueDraft[];
}

export function emptyExtraction(): Extraction {
  return {
    document: {},
    explosions: [],
    diversions: [],
    tallies: [],
    sections: [],
    citations: [],
    count_statements: [],
    report_submissions: [],
    meeting_statements: [],
    issues: [],
  };
}
