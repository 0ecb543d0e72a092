import Database from 'better-sqlite3';
import { Kysely, Migrator, SqliteDialect } from 'kysely';
import { migrationProvider } from '../../src/warehouse/migrations/index.ts';

/**
 * Takes a SQLite warehouse back to the schema `migration` left, as the code of that time made it: the later
 * migrations' own `down` steps, newest first, their rows gone from kysely_migration. Tests of upgrades start
 * from it, so a new migration needs no test to learn what it adds.
 */
export async function migrateDownTo(path: string, migration: string): Promise<void> {
  const db = new Kysely<unknown>({ dialect: new SqliteDialect({ database: new Database(path) }) });
  try {
    const { error } = await new Migrator({ db, provider: migrationProvider }).migrateTo(migration);
    if (error) throw error;
  } finally {
    await db.destroy();
  }
}
