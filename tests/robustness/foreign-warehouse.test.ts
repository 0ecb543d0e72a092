import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { openWarehouse, SALW_APPLICATION_ID } from '../../src/warehouse/db.ts';
import { makeWorkspace } from '../helpers/tmp.ts';

let cleanup = () => {};
afterEach(() => cleanup());

function workspace() {
  const ws = makeWorkspace('foreign');
  cleanup = ws.cleanup;
  return ws;
}

const sha = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');

function pragma(path: string, name: string): unknown {
  const db = new Database(path, { readonly: true });
  try {
    return db.pragma(name, { simple: true });
  } finally {
    db.close();
  }
}

describe('another application\'s SQLite file', () => {
  it('is refused untouched: no schema, no WAL switch, the same bytes', async () => {
    const ws = workspace();
    const path = join(ws.dir, 'inventory.sqlite');
    const other = new Database(path);
    other.exec(`CREATE TABLE runs (id INTEGER PRIMARY KEY, note TEXT); INSERT INTO runs (note) VALUES ('theirs')`);
    other.close();
    const before = sha(path);
    await expect(openWarehouse(path)).rejects.toThrow(`${path} is not a salw-etl warehouse (it has tables but no salw-etl migrations); refused and left untouched`);
    await expect(openWarehouse(path, { readonly: true })).rejects.toThrow('is not a salw-etl warehouse');
    expect(sha(path)).toBe(before);
    expect(existsSync(`${path}-wal`)).toBe(false);
    expect(pragma(path, 'journal_mode')).toBe('delete');
  });

  it('is refused when it carries another application id, even when empty', async () => {
    const ws = workspace();
    const path = join(ws.dir, 'app.sqlite');
    const other = new Database(path);
    other.pragma('application_id = 1234');
    other.close();
    await expect(openWarehouse(path)).rejects.toThrow(`its application_id is 1234, not salw-etl's ${SALW_APPLICATION_ID}`);
    expect(pragma(path, 'application_id')).toBe(1234);
  });
});

describe('our own warehouse', () => {
  it('is marked when created, and an older unmarked one is recognised by its migrations and marked on first open', async () => {
    const ws = workspace();
    const created = await openWarehouse(ws.warehouse);
    await created.close();
    expect(pragma(ws.warehouse, 'application_id')).toBe(SALW_APPLICATION_ID);

    const unmark = new Database(ws.warehouse);
    unmark.pragma('application_id = 0');
    unmark.close();
    const readOnly = await openWarehouse(ws.warehouse, { readonly: true });
    await readOnly.close();
    expect(pragma(ws.warehouse, 'application_id')).toBe(0);
    const reopened = await openWarehouse(ws.warehouse);
    await reopened.close();
    expect(pragma(ws.warehouse, 'application_id')).toBe(SALW_APPLICATION_ID);
  });
});

describe('migration 0006 on a warehouse with data', () => {
  it('rebuilds runs without a status CHECK, keeping every row and every reference to it', async () => {
    const ws = workspace();
    const { Kysely, Migrator, SqliteDialect } = await import('kysely');
    const { MIGRATIONS } = await import('../../src/warehouse/migrations/index.ts');
    mkdirSync(dirname(ws.warehouse), { recursive: true });
    const sqlite = new Database(ws.warehouse);
    sqlite.pragma('foreign_keys = ON');
    const older = Object.fromEntries(Object.entries(MIGRATIONS).filter(([name]) => name < '0006'));
    const db = new Kysely<unknown>({ dialect: new SqliteDialect({ database: sqlite }) });
    const { error } = await new Migrator({ db, provider: { getMigrations: async () => older } }).migrateToLatest();
    expect(error).toBeUndefined();
    sqlite.exec(`INSERT INTO runs (pipeline, trigger, started_at, status, code_version, documents_seen) VALUES ('all', 'manual', '2025-01-01T00:00:00Z', 'succeeded', '0.1.0', 1);
      INSERT INTO documents (source_path, sha256, size_bytes, status, first_run_id, last_run_id, loaded_at) VALUES ('a.txt', 'abc', 3, 'loaded', 1, 1, '2025-01-01T00:00:00Z');
      INSERT INTO quality_issues (run_id, document_id, severity, rule, message) VALUES (1, 1, 'info', 'x', 'y');`);
    await db.destroy();

    const warehouse = await openWarehouse(ws.warehouse);
    try {
      const { sqlite: migrated } = warehouse;
      expect(migrated.prepare('SELECT run_id, status, documents_seen FROM runs').all()).toEqual([{ run_id: 1, status: 'succeeded', documents_seen: 1 }]);
      expect(migrated.prepare('PRAGMA foreign_key_check').all()).toEqual([]);
      expect(migrated.prepare(`SELECT count(*) AS n FROM sqlite_master WHERE name = 'runs_before_0006'`).get()).toEqual({ n: 0 });
      migrated.prepare(`INSERT INTO runs (pipeline, trigger, started_at, status, code_version) VALUES ('all', 'manual', 'now', 'removal_refused', '0.1.0')`).run();
      // The status vocabulary lives in the dictionary, not in a CHECK: the next status needs no rebuild.
      expect(migrated.prepare(`SELECT sql FROM sqlite_master WHERE name = 'runs'`).get()).toMatchObject({ sql: expect.not.stringMatching(/CHECK \(status/) });
      expect(migrated.prepare(`SELECT sql FROM sqlite_master WHERE name = 'documents'`).get()).toMatchObject({ sql: expect.stringContaining('REFERENCES runs(run_id)') });
    } finally {
      await warehouse.close();
    }
  });
});
