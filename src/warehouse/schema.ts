import type { Generated } from 'kysely';
import type { FactRow } from './fact-columns.ts';

/**
 * The warehouse tables as kysely sees them (one interface per table, columns as in the migrations); the
 * fact tables' rows are derived from their declaration in fact-columns.ts.
 */

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
  /** Last sign of life of the run's process (runs that several processes share a warehouse with beat). */
  heartbeat_at: Generated<string | null>;
  /** Digest of the extraction code the run used (pipeline/code-digest.ts). */
  code_digest: Generated<string | null>;
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
  kind_confidence: number | null;
  kind_signs: string | null;
  country_iso3: string | null;
  title: string | null;
  report_year: number | null;
  report_year_basis: string | null;
  language: string | null;
  date_raw: string | null;
  date_iso: string | null;
  document_code: string | null;
  source_url: string | null;
  retrieved_at: string | null;
  file_mtime: string | null;
  meta_json: string | null;
  /** The sidecar's size and modification time when meta_json was read from it (migration 0016); NULL without a usable sidecar. */
  sidecar_size: number | null;
  sidecar_mtime: string | null;
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

export type ExplosionsTable = FactRow<'explosions'>;

export type DiversionsTable = FactRow<'diversions'>;

export type TalliesTable = FactRow<'tallies'>;

export type SectionsTable = FactRow<'sections'>;

export type CitationsTable = FactRow<'citations'>;

export type CountStatementsTable = FactRow<'count_statements'>;

export type WeaponCountsTable = FactRow<'weapon_counts'>;

export type ReportSubmissionsTable = FactRow<'report_submissions'>;

export type MeetingStatementsTable = FactRow<'meeting_statements'>;

export interface TransformationsTable {
  transformation_id: Generated<number>;
  fact_table: string;
  fact_id: number;
  step_index: number;
  column_name: string;
  source_words: string;
  rule: string;
  lexicon_entry: string | null;
  language: string | null;
  value: string;
  run_id: number;
}

export interface WarehouseLockTable {
  lock_id: number;
  holder_pid: number;
  holder_host: string;
  command: string;
  started_at: string;
  heartbeat_at: string;
}

export interface DocumentLeasesTable {
  source_path: string;
  run_id: number;
  leased_at: string;
}

/** One row per schedule of the running scheduler (ops/scheduler-state.ts). */
export interface SchedulerStateTable {
  schedule_key: string;
  pipelines: string;
  cron: string;
  timezone: string;
  pid: number;
  host: string;
  started_at: string;
  next_due_at: string | null;
  updated_at: string;
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
  transformations: TransformationsTable;
  warehouse_lock: WarehouseLockTable;
  document_leases: DocumentLeasesTable;
  scheduler_state: SchedulerStateTable;
}

/** The fact tables, in the order the loader writes them. */
export const FACT_TABLES = [
  'sections', 'citations', 'explosions', 'diversions', 'tallies', 'count_statements', 'weapon_counts',
  'report_submissions', 'meeting_statements',
] as const;
export type FactTableName = (typeof FACT_TABLES)[number];
