import { hostname } from 'node:os';
import { type Kysely, sql } from 'kysely';
import { SalwError } from '../../model/errors.ts';
import { DEFAULT_STALE_MS, type HeldLock, type LockHolder } from '../lock.ts';
import type { WarehouseDatabase } from '../schema.ts';

/**
 * The write lock of a PostgreSQL warehouse: the same `warehouse_lock` row as SQLite's (lock.ts), written in a
 * statement of its own (committed at once, so every other process sees it), with a heartbeat. A holder whose
 * heartbeat is older than DEFAULT_STALE_MS is taken to be gone (its host may be another machine: no pid to
 * look at). Tries once: a busy warehouse is refused, naming the holder.
 *
 * NOTE: the run path does not take this lock yet (runs on PostgreSQL come later); `copy` does.
 */
export async function acquirePostgresLock(db: Kysely<WarehouseDatabase>, name: string, command: string, heartbeatMs = 15_000): Promise<HeldLock> {
  const now = new Date().toISOString();
  const me = { pid: process.pid, host: hostname() };
  const staleBefore = new Date(Date.now() - DEFAULT_STALE_MS).toISOString();
  await db.deleteFrom('warehouse_lock').where('lock_id', '=', 1).where('heartbeat_at', '<', staleBefore).execute();
  const inserted = await sql`
    INSERT INTO warehouse_lock (lock_id, holder_pid, holder_host, command, started_at, heartbeat_at)
    VALUES (1, ${me.pid}, ${me.host}, ${command}, ${now}, ${now}) ON CONFLICT (lock_id) DO NOTHING`.execute(db);
  if (Number(inserted.numAffectedRows ?? 0) !== 1) {
    const row = await db.selectFrom('warehouse_lock').selectAll().where('lock_id', '=', 1).executeTakeFirst();
    const holder = row ? `pid ${row.holder_pid} on host ${row.holder_host} (${row.command}, since ${row.started_at}, last heartbeat ${row.heartbeat_at})` : 'another process';
    throw new SalwError('lock', `the warehouse ${name} is locked by ${holder}; try again when it has finished`, { retryable: true });
  }
  const beat = setInterval(() => {
    void db.updateTable('warehouse_lock').set({ heartbeat_at: new Date().toISOString() })
      .where('lock_id', '=', 1).where('holder_pid', '=', me.pid).where('holder_host', '=', me.host).execute().catch(() => undefined);
  }, heartbeatMs);
  beat.unref();
  const holder: LockHolder = { pid: me.pid, host: me.host, command, startedAt: now, heartbeatAt: now };
  return {
    holder,
    async release() {
      clearInterval(beat);
      await db.deleteFrom('warehouse_lock').where('lock_id', '=', 1).where('holder_pid', '=', me.pid).where('holder_host', '=', me.host).execute();
    },
  };
}
