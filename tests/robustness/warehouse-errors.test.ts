import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { namingTheWarehouse, openWarehouse } from '../../src/warehouse/db.ts';
import { makeWorkspace, writeFile } from '../helpers/tmp.ts';

describe('warehouse errors say which file and keep their cause', () => {
  it('names the warehouse in SQLite file errors, and leaves other errors alone', () => {
    const ioError = Object.assign(new Error('disk I/O error'), { code: 'SQLITE_IOERR_WRITE' });
    expect((namingTheWarehouse(ioError, '/data/salw.sqlite') as Error).message).toBe('config: the warehouse /data/salw.sqlite: disk I/O error (SQLITE_IOERR_WRITE)');
    const full = Object.assign(new Error('database or disk is full'), { code: 'SQLITE_FULL' });
    expect((namingTheWarehouse(full, 'w.sqlite') as Error).message).toBe('config: the warehouse w.sqlite: database or disk is full (SQLITE_FULL)');
    const other = Object.assign(new Error('UNIQUE constraint failed'), { code: 'SQLITE_CONSTRAINT_UNIQUE' });
    expect(namingTheWarehouse(other, 'w.sqlite')).toBe(other);
  });

  it('names the file that is not a database', async () => {
    const ws = makeWorkspace('not-a-db');
    try {
      const path = join(ws.dir, 'notes.sqlite');
      writeFile(path, 'these are not the pages of a database, but they are long enough to look like a header of one. '.repeat(20));
      await expect(openWarehouse(path)).rejects.toThrow(`the warehouse ${path}: file is not a database (SQLITE_NOTADB)`);
    } finally {
      ws.cleanup();
    }
  });

  it('throws the real cause when SQLite has already rolled the transaction back, not "cannot rollback"', async () => {
    const ws = makeWorkspace('rollback');
    const warehouse = await openWarehouse(ws.warehouse);
    try {
      const failing = warehouse.db.transaction().execute(async (trx) => {
        await trx.insertInto('run_entries').values({ run_id: 1, path: 'x', outcome: 'skipped', reason: 'y' }).execute().catch(() => undefined);
        // What SQLite does by itself on a full disk: the transaction is gone before kysely's ROLLBACK.
        warehouse.sqlite.exec('ROLLBACK');
        throw Object.assign(new Error('database or disk is full'), { code: 'SQLITE_FULL' });
      });
      await expect(failing).rejects.toThrow('database or disk is full');
      expect(warehouse.sqlite.inTransaction).toBe(false);
    } finally {
      await warehouse.close();
      ws.cleanup();
    }
  });
});
