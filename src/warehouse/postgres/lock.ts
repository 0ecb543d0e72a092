import { type Kysely, sql } from 'kysely';
import { acquireLockWith, DEFAULT_STALE_MS, type HeldLock, type LockAttempt, type LockBackend, type LockHolder, type LockOptions, type LockRow, toHolder } from '../lock.ts';
import type { WarehouseDatabase } from '../schema.ts';

/**
 * The write lock of a PostgreSQL warehouse: the same `warehouse_lock` row as SQLite's (lock.ts), taken in a
 * transaction that holds the row (FOR UPDATE) and committed at once, so every other process sees it; the
 * waiting, the heartbeat and the take-over of a dead holder are lock.ts's. A holder on another machine has no
 * pid to look at: its heartbeat says whether it lives.
 *
 * Several ingest processes share a PostgreSQL warehouse, each with a run of its own: taking the lock closes
 * only the runs that stopped beating (runs.heartbeat_at older than the stale limit), not every running one.
 */

const UNIQUE_VIOLATION = '23505';

export function postgresLock(db: Kysely<WarehouseDatabase>, name: string, staleMs: number): LockBackend {
  return {
    name,
    async attempt(me, command, now, stale): Promise<LockAttempt> {
      const at = now.toISOString();
      try {
        return await db.transaction().execute(async (trx) => {
          const found = await sql<LockRow>`SELECT holder_pid, holder_host, command, started_at, heartbeat_at FROM warehouse_lock WHERE lock_id = 1 FOR UPDATE`.execute(trx);
          const row = found.rows[0];
          let takenOver: { holder: LockHolder; reason: string; runsClosed: number } | null = null;
          if (row) {
            const holder = toHolder(row);
            const reason = stale(holder);
            if (!reason) return { acquired: false, holder };
            takenOver = { holder, reason, runsClosed: 0 };
            await trx.deleteFrom('warehouse_lock').where('lock_id', '=', 1).execute();
          }
          await trx.insertInto('warehouse_lock').values({ lock_id: 1, holder_pid: me.pid, holder_host: me.host, command, started_at: at, heartbeat_at: at }).execute();
          const runsClosed = await closeAbandonedRuns(trx, at, new Date(now.getTime() - staleMs).toISOString());
          if (takenOver) takenOver.runsClosed = runsClosed;
          return { acquired: true, at, takenOver };
        });
      } catch (error) {
        // Two processes found no row and both inserted one: the second looks again.
        if ((error as { code?: unknown }).code === UNIQUE_VIOLATION) return { busy: true };
        throw error;
      }
    },
    async heartbeat(me, at) {
      await db.updateTable('warehouse_lock').set({ heartbeat_at: at })
        .where('lock_id', '=', 1).where('holder_pid', '=', me.pid).where('holder_host', '=', me.host).execute();
    },
    async release(me) {
      await db.deleteFrom('warehouse_lock').where('lock_id', '=', 1).where('holder_pid', '=', me.pid).where('holder_host', '=', me.host).execute();
    },
  };
}

/**
 * Runs still marked running whose process stopped beating before `staleBefore` are abandoned: closed as
 * interrupted, and the documents they held leased are free again. Returns how many were closed.
 */
export async function closeAbandonedRuns(db: Kysely<WarehouseDatabase>, at: string, staleBefore: string): Promise<number> {
  const closed = await sql<{ run_id: number }>`
    UPDATE runs SET status = 'interrupted', finished_at = coalesce(finished_at, ${at}),
           message = 'abandoned: its process (pid ' || coalesce(pid::text, '?') || ' on ' || coalesce(host, '?') || ') stopped without closing the run'
     WHERE status = 'running' AND coalesce(heartbeat_at, started_at) < ${staleBefore}
    RETURNING run_id`.execute(db);
  const ids = closed.rows.map((r) => r.run_id);
  if (ids.length > 0) await sql`DELETE FROM document_leases WHERE run_id = ANY(${ids})`.execute(db);
  return ids.length;
}

/** Takes the lock of a PostgreSQL warehouse, waiting as `options` say (lock.ts acquireLockWith). */
export function acquirePostgresLock(db: Kysely<WarehouseDatabase>, name: string, options: LockOptions): Promise<HeldLock> {
  return acquireLockWith(postgresLock(db, name, options.staleMs ?? DEFAULT_STALE_MS), options);
}
