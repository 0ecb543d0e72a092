import type Database from 'better-sqlite3';

/**
 * Reading rows by SQL from a warehouse of either backend, for the analyst commands that ask a few questions
 * of it (lineage): `?` placeholders, rows as objects, integers as numbers. The SQL given must be understood by
 * both backends. SQLite's reader is here, PostgreSQL's in postgres/rows.ts.
 */
export interface RowReader {
  get<T = Record<string, unknown>>(query: string, params?: readonly unknown[]): Promise<T | undefined>;
  all<T = Record<string, unknown>>(query: string, params?: readonly unknown[]): Promise<T[]>;
  hasTable(name: string): Promise<boolean>;
}

export function sqliteRows(sqlite: Database.Database): RowReader {
  return {
    get: async <T>(query: string, params: readonly unknown[] = []) => sqlite.prepare(query).get(...params) as T | undefined,
    all: async <T>(query: string, params: readonly unknown[] = []) => sqlite.prepare(query).all(...params) as T[],
    hasTable: async (name) => sqlite.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?").get(name) !== undefined,
  };
}
