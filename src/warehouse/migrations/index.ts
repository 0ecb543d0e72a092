import type { Migration, MigrationProvider } from 'kysely';
import * as initial from './0001_initial.ts';
import * as analystViews from './0002_analyst_views.ts';
import * as ops from './0003_ops.ts';
import * as robustRunEntries from './0004_robust_run_entries.ts';

/**
 * Every migration, in order. Names sort in the order they run; a migration, once released, is never
 * edited: a change is a new entry here.
 */
export const MIGRATIONS: Record<string, Migration> = {
  '0001_initial': initial,
  '0002_analyst_views': analystViews,
  '0003_ops': ops,
  '0004_robust_run_entries': robustRunEntries,
};

export const migrationProvider: MigrationProvider = {
  async getMigrations() {
    return MIGRATIONS;
  },
};
