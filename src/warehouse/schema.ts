import type { Generated } from 'kysely';

/** The warehouse tables as kysely sees them (one interface per table, columns as in the migrations). */

interface LineageColumns {
  document_id: number;
  run_id: number;
  extractor: string;
  line_start: number | null;
  line_end: number | null;
  page: number | null;
  source_text: string;
}

export type RunStatus = 'running' | 'succeeded' | 'failed' | 'partial' | 'interrupted' | 'removal_refused';
export type DocumentStatus = 'loaded' | 'quarantined' | 'superseded' | 'removed' | 'skipped';

export interface RunsTable {
  run_id: Generated<number>;
  pipeline: string;
  trigger: 'manual' | 'schedule';
  started_at: string;
  finished_at: string | null;
  status: RunStatus;
  documents_seen: Generated<number>;
  documents_loaded: Generated<number>;
  documents_skipped: Generated<number>;
  documents_quarantined: Generated<number>;
  documents_removed: Generated<number>;
  documents_reextracted: Generated<number>;
  records_loaded: Generated<number>;
  code_version: string;
  duration_ms: number | null;
  options_json: string | null;
  message: string | null;
  host: string | null;
  pid: number | null;
}

export interface DocumentsTable {
  document_id: Generated<number>;
  source_path: string;
  logical_key: string | null;
  version: number;
  sha256: string;
  size_bytes: number;
  format: 'text' | 'html' | 'pdf' | null;
  encoding: string | null;
  page_count: number | null;
  kind: 'amap_profile' | 'poa_profile' | 'poa_report' | null;
  country_iso3: string | null;
  title: string | null;
  report_year: number | null;
  language: string | null;
  date_raw: string | null;
  date_iso: string | null;
  document_code: string | null;
  source_url: string | null;
  retrieved_at: string | null;
  file_mtime: string | null;
  meta_json: string | null;
  status: DocumentStatus;
  status_reason: string | null;
  extractor: string | null;
  first_run_id: number;
  last_run_id: number;
  superseded_by: number | null;
  loaded_at: string;
}

export interface QualityIssuesTable {
  issue_id: Generated<number>;
  run_id: number;
  document_id: number | null;
  severity: 'error' | 'warning' | 'info';
  rule: string;
  message: string;
  table_name: string | null;
  record_id: number | null;
  line_start: number | null;
}

export interface ExplosionsTable extends LineageColumns {
  explosion_id: Generated<number>;
  country_iso3: string | null;
  year: number | null;
  location: string | null;
  owner_raw: string | null;
  owner_type: string | null;
  owner_sector: string | null;
  deaths: number | null;
  injuries: number | null;
  row_number: number;
  table_caption: string | null;
}

export interface DiversionsTable extends LineageColumns {
  diversion_id: Generated<number>;
  country_iso3: string | null;
  year: number | null;
  location: string | null;
  description: string | null;
  quantity: number | null;
  quantity_approx: number | null;
  quantity_qualifier: string | null;
  row_number: number;
  table_caption: string | null;
}

export interface TalliesTable extends LineageColumns {
  tally_id: Generated<number>;
  country_iso3: string | null;
  topic: string;
  period_start: number | null;
  period_end: number | null;
  reported_count: number | null;
  reported_raw: string;
}

export interface SectionsTable extends LineageColumns {
  section_id: Generated<number>;
  country_iso3: string | null;
  topic: string | null;
  heading_raw: string | null;
  question: string | null;
  source_tag: string | null;
  answer: string | null;
  source_report_year: number | null;
  source_date_raw: string | null;
  source_date_iso: string | null;
}

export interface CitationsTable extends LineageColumns {
  citation_id: Generated<number>;
  section_id: number | null;
  ref: string | null;
  ref_inferred: number;
  text: string;
  url: string | null;
  accessed_on: string | null;
}

export interface CountStatementsTable extends LineageColumns {
  statement_id: Generated<number>;
  country_iso3: string | null;
  year: number | null;
  year_basis: string | null;
  action: string | null;
  action_raw: string | null;
  agency: string | null;
  agency_raw: string | null;
  total: number | null;
  components_sum: number | null;
  reconciliation: string;
  reported_in: number | null;
}

export interface WeaponCountsTable extends LineageColumns {
  count_id: Generated<number>;
  statement_id: number;
  country_iso3: string | null;
  year: number | null;
  year_basis: string | null;
  action: string | null;
  agency: string | null;
  category: string | null;
  category_raw: string;
  parent_category: string | null;
  quantity: number;
  is_total: number;
  approx: number;
  approx_qualifier: string | null;
  reported_in: number | null;
}

export interface ReportSubmissionsTable extends LineageColumns {
  submission_id: Generated<number>;
  country_iso3: string | null;
  report_year: number;
  language: string;
  language_raw: string | null;
}

export interface MeetingStatementsTable extends LineageColumns {
  meeting_statement_id: Generated<number>;
  country_iso3: string | null;
  year: number;
  meeting: string;
  has_text: number;
  text: string | null;
}

export interface WarehouseLockTable {
  lock_id: number;
  holder_pid: number;
  holder_host: string;
  command: string;
  started_at: string;
  heartbeat_at: string;
}

export interface RunEntriesTable {
  entry_id: Generated<number>;
  run_id: number;
  path: string;
  outcome: 'skipped' | 'refused' | 'unreadable' | 'duplicate';
  reason: string;
}

export interface WarehouseDatabase {
  run_entries: RunEntriesTable;
  runs: RunsTable;
  documents: DocumentsTable;
  quality_issues: QualityIssuesTable;
  explosions: ExplosionsTable;
  diversions: DiversionsTable;
  tallies: TalliesTable;
  sections: SectionsTable;
  citations: CitationsTable;
  count_statements: CountStatementsTable;
  weapon_counts: WeaponCountsTable;
  report_submissions: ReportSubmissionsTable;
  meeting_statements: MeetingStatementsTable;
  warehouse_lock: WarehouseLockTable;
}

/** The fact tables, in the order the loader writes them. */
export const FACT_TABLES = [
  'sections', 'citations', 'explosions', 'diversions', 'tallies', 'count_statements', 'weapon_counts',
  'report_submissions', 'meeting_statements',
] as const;
export type FactTableName = (typeof FACT_TABLES)[number];
