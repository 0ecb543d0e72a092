import type { Migration, MigrationProvider } from 'kysely';
import * as initial from './0001_initial.ts';
import * as analystViews from './0002_analyst_views.ts';

/**
 * Every migration, in order. Names sort in the order they run; a migration, once released, is never
 * edited: a change is a new entry here.
 */
export const MIGRATIONS: Record<string, Migration> = {
  '0001_initial': initial,
  '0002_analyst_views': analystViews,
};

export const migrationProvider: MigrationProvider = {
  async getMigrations() {
    return MIGRATIONS;
  },
};
