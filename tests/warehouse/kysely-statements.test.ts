import { sql } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { openWarehouse } from '../../src/warehouse/db.ts';
import { makeWorkspace } from '../helpers/tmp.ts';
import { recordPrepares } from '../helpers/prepared-statements.ts';

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0)) await cleanup();
});

/** kysely's SqliteDriver prepares every query it runs; the warehouse's connection (db.ts) keeps them prepared. */
describe("kysely's statements on the warehouse connection", () => {
  it('are prepared once per text and reused, the least recently used dropped past 256', async () => {
    const ws = makeWorkspace('kysely-statements');
    const warehouse = await openWarehouse(ws.warehouse);
    cleanups.push(async () => {
      await warehouse.close();
      ws.cleanup();
    });
    const prepared = recordPrepares(warehouse.sqlite);
    const byPath = (path: string) => warehouse.db.selectFrom('documents').select('document_id').where('source_path', '=', path).execute();

    for (const path of ['a.txt', 'b.txt', 'c.txt']) expect(await byPath(path)).toEqual([]);
    expect(prepared).toEqual(['select "document_id" from "documents" where "source_path" = ?']);

    // 256 other texts push it out; the next run of it prepares it again.
    for (let n = 0; n < 256; n += 1) await sql`SELECT ${sql.lit(n)} AS n`.execute(warehouse.db);
    await byPath('a.txt');
    expect(prepared.length).toBe(1 + 256 + 1);
    // Used again within the last 256, a text stays prepared.
    await sql`SELECT ${sql.lit(255)} AS n`.execute(warehouse.db);
    expect(prepared.length).toBe(258);
  });

  it('still turn a ROLLBACK with no transaction open into a no-op, so the real cause of a failure is thrown', async () => {
    const ws = makeWorkspace('kysely-rollback');
    const warehouse = await openWarehouse(ws.warehouse);
    cleanups.push(async () => {
      await warehouse.close();
      ws.cleanup();
    });
    await expect(warehouse.db.transaction().execute(async (trx) => {
      // SQLite ending the transaction by itself, as on a full disk.
      warehouse.sqlite.exec('ROLLBACK');
      await sql`SELECT 1`.execute(trx);
      throw new Error('database or disk is full');
    })).rejects.toThrow('database or disk is full');
  });
});
