import type { Migration, MigrationProvider } from 'kysely';
import * as initial from './0001_initial.ts';
import * as analystViews from './0002_analyst_views.ts';
import * as ops from './0003_ops.ts';
import * as factKeys from './0004_fact_keys_transformations.ts';
import * as vocabulary from './0005_vocabulary_out_of_checks.ts';
import * as runEntries from './0006_run_entries.ts';
import * as noParts from './0007_no_parts.ts';
import * as kindConfidence from './0008_kind_confidence.ts';
import * as reportYearBasis from './0009_report_year_basis.ts';
import * as claims from './0010_claims.ts';
import * as writePathIndexes from './0011_write_path_indexes.ts';
import * as fetches from './0012_fetches.ts';
import * as fetchRuns from './0013_fetch_runs.ts';
import * as qualityIssuesByRun from './0014_quality_issues_by_run.ts';
import * as ingestProcesses from './0015_ingest_processes.ts';
import * as sidecarStat from './0016_sidecar_stat.ts';
import * as templateAnswersOrder from './0017_template_answers_order.ts';
import * as documentsByLogicalKeyStatus from './0018_documents_by_logical_key_status.ts';

/**
 * Every migration, in order. Names sort in the order they run; a migration, once released, is never
 * edited: a change is a new entry here.
 */
export const MIGRATIONS: Record<string, Migration> = {
  '0001_initial': initial,
  '0002_analyst_views': analystViews,
  '0003_ops': ops,
  '0004_fact_keys_transformations': factKeys,
  '0005_vocabulary_out_of_checks': vocabulary,
  '0006_run_entries': runEntries,
  '0007_no_parts': noParts,
  '0008_kind_confidence': kindConfidence,
  '0009_report_year_basis': reportYearBasis,
  '0010_claims': claims,
  '0011_write_path_indexes': writePathIndexes,
  '0012_fetches': fetches,
  '0013_fetch_runs': fetchRuns,
  '0014_quality_issues_by_run': qualityIssuesByRun,
  '0015_ingest_processes': ingestProcesses,
  '0016_sidecar_stat': sidecarStat,
  '0017_template_answers_order': templateAnswersOrder,
  '0018_documents_by_logical_key_status': documentsByLogicalKeyStatus,
};

/**
 * Migrations that rebuild a table (create, copy, drop, rename): the warehouse file is backed up before
 * they run, and they run with foreign keys off (checked before commit). See db.ts.
 */
export const REBUILDS_TABLES: ReadonlySet<string> = new Set(['0005_vocabulary_out_of_checks', '0006_run_entries', '0013_fetch_runs']);

export const migrationProvider: MigrationProvider = {
  async getMigrations() {
    return MIGRATIONS;
  },
};
