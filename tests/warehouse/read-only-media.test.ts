import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { openWarehouse, readableOnReadOnlyMedia } from '../../src/warehouse/db.ts';
import { makeWorkspace } from '../helpers/tmp.ts';

/**
 * Read-only commands work on a warehouse on read-only media (issue 13 item 8): a WAL-mode file whose
 * `-shm` cannot be created is read from a copy in memory; a `-wal` with changes not checkpointed is
 * refused with what to do.
 */
let cleanups: (() => void)[] = [];
afterEach(() => {
  for (const cleanup of cleanups.reverse()) cleanup();
  cleanups = [];
});

async function warehouseWithOneRun(): Promise<{ dir: string; path: string }> {
  const ws = makeWorkspace('ro-media');
  cleanups.push(ws.cleanup);
  const warehouse = await openWarehouse(ws.warehouse);
  warehouse.sqlite.prepare(`INSERT INTO runs (pipeline, trigger, started_at, status, code_version) VALUES ('all', 'manual', '2025-01-01T00:00:00Z', 'succeeded', 'x')`).run();
  warehouse.sqlite.pragma('wal_checkpoint(TRUNCATE)');
  await warehouse.close();
  return { dir: ws.dir, path: ws.warehouse };
}

/** A connection whose statements fail as SQLite's do when the `-shm` of a WAL file cannot be made. */
function cannotOpenShm(): Database.Database {
  const error = Object.assign(new Error('unable to open database file'), { code: 'SQLITE_CANTOPEN' });
  return { prepare: () => ({ get: () => { throw error; } }), close: () => undefined } as unknown as Database.Database;
}

describe('a warehouse on read-only media', () => {
  it('is read from a copy in memory when SQLite cannot make its -shm', async () => {
    const { path } = await warehouseWithOneRun();
    const sqlite = readableOnReadOnlyMedia(cannotOpenShm(), path);
    expect(sqlite.prepare('SELECT pipeline, status FROM runs').all()).toEqual([{ pipeline: 'all', status: 'succeeded' }]);
    expect(() => sqlite.prepare('DELETE FROM runs').run()).toThrow(/readonly/);
    sqlite.close();
  });

  it('refuses, saying what to do, when a -wal beside it holds changes not yet checkpointed', async () => {
    const { path } = await warehouseWithOneRun();
    writeFileSync(`${path}-wal`, 'changes');
    expect(() => readableOnReadOnlyMedia(cannotOpenShm(), path)).toThrow(`the warehouse ${path} is on read-only media and its ${path}-wal holds changes not yet written into it`);
  });

  it('keeps a connection that can read as it is', async () => {
    const { path } = await warehouseWithOneRun();
    const sqlite = new Database(path, { readonly: true });
    expect(readableOnReadOnlyMedia(sqlite, path)).toBe(sqlite);
    sqlite.close();
  });

  // A real read-only mount where the machine lets us make one (root with mount rights, as on CI here):
  // tried once on an empty folder, so the test below either runs in full or is reported as skipped.
  const canMount = (() => {
    if (process.getuid?.() !== 0 || spawnSync('mount', ['--version']).status !== 0) return false;
    const probe = makeWorkspace('mount-probe');
    try {
      if (spawnSync('mount', ['--bind', probe.raw, probe.raw]).status !== 0) return false;
      spawnSync('umount', [probe.raw]);
      return true;
    } finally {
      probe.cleanup();
    }
  })();
  it.runIf(canMount)('status-like reads work through a read-only bind mount', async () => {
    const { dir, path } = await warehouseWithOneRun();
    const source = join(dir, 'ro-source');
    const mounted = join(dir, 'ro-mounted');
    mkdirSync(source);
    mkdirSync(mounted);
    copyFileSync(path, join(source, 'salw.sqlite'));
    execFileSync('mount', ['--bind', source, mounted]);
    cleanups.push(() => execFileSync('umount', [mounted]));
    execFileSync('mount', ['-o', 'remount,ro,bind', mounted]);
    const warehouse = await openWarehouse(join(mounted, 'salw.sqlite'), { readonly: true });
    try {
      expect(warehouse.sqlite.prepare('SELECT count(*) FROM runs').pluck().get()).toBe(1);
    } finally {
      await warehouse.close();
    }
  });
});
