import { type Kysely, sql } from 'kysely';

/**
 * An index on `quality_issues(run_id)`. Every run ends by counting its own issues by severity (the summary and
 * the `runs` record), and status lists the last run's: without it both read every issue of the warehouse
 * (40,000 on 10,000 documents, a tenth of a night with nothing new). Analysts asking what a run raised use it too.
 */

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql.raw('CREATE INDEX quality_issues_by_run ON quality_issues(run_id)').execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql.raw('DROP INDEX quality_issues_by_run').execute(db);
}
