import { type Kysely, sql } from 'kysely';
import { SalwError } from '../model/errors.ts';
import type { Warehouse } from '../warehouse/db.ts';
import { DEFAULT_STALE_MS, isProcessAlive, staleReason } from '../warehouse/lock.ts';
import type { RunWarehouse } from '../warehouse/run-warehouse.ts';
import type { WarehouseDatabase } from '../warehouse/schema.ts';

/**
 * The scheduler's rows in `scheduler_state` (one per schedule it runs), on either backend: claimed at start
 * so that one scheduler at a time runs on a warehouse, kept fresh by a heartbeat (`updated_at`), and given
 * back when it stops. `status` reads them.
 *
 * The claim reads the rows and writes its own in one transaction that excludes every other claim: SQLite's
 * BEGIN IMMEDIATE (the write lock taken before the read), PostgreSQL's advisory lock for the transaction (a
 * FOR UPDATE would lock no row of an empty table). A scheduler on this machine is alive while its process
 * is; one on another machine, whose pid means nothing here, while its heartbeat is fresh (lock.ts's rule).
 */

export interface SchedulerIdentity {
  pid: number;
  host: string;
}

export interface StateOptions {
  /** A row whose heartbeat is older than this is a dead scheduler's (default: the write lock's, 5 minutes). */
  staleMs?: number;
  /** For tests. */
  isAlive?: (pid: number) => boolean;
}

export interface SchedulerState {
  /** Takes the rows of these schedules, forgetting those of dead schedulers; throws when a live one holds the warehouse. */
  claim(schedules: ReadonlyArray<{ key: string; cron: string; timezone: string }>, now: Date): Promise<void>;
  /** When a schedule runs next (null: unknown), and a sign of life. */
  recordNextDue(key: string, nextDueAt: string | null, at: string): Promise<void>;
  /** A sign of life; returns how many rows this scheduler still holds (0: another one took them over). */
  beat(at: string): Promise<number>;
  /** When the last scheduled run of these pipelines that succeeded (or partly) started; null when none did. */
  lastScheduledSuccess(key: string): Promise<string | null>;
  /** Removes this scheduler's rows. */
  release(): Promise<void>;
}

interface StateRow {
  pid: number;
  host: string;
  started_at: string;
  updated_at: string;
}

/**
 * `work` in a transaction no other claim runs beside, on one connection of the warehouse. kysely begins a
 * SQLite transaction DEFERRED, which two claims could both enter and read the same rows in; so it is begun here.
 */
async function exclusively<T>(warehouse: RunWarehouse, work: (db: Kysely<WarehouseDatabase>) => Promise<T>): Promise<T> {
  return warehouse.db.connection().execute(async (db) => {
    await sql.raw(warehouse.backend === 'sqlite' ? 'BEGIN IMMEDIATE' : 'BEGIN').execute(db);
    try {
      if (warehouse.backend === 'postgres') await sql`SELECT pg_advisory_xact_lock(hashtext(current_schema() || '.scheduler_state'))`.execute(db);
      const result = await work(db);
      await sql.raw('COMMIT').execute(db);
      return result;
    } catch (error) {
      await sql.raw('ROLLBACK').execute(db).catch(() => undefined);
      throw error;
    }
  });
}

export function schedulerState(warehouse: RunWarehouse, me: SchedulerIdentity, options: StateOptions = {}): SchedulerState {
  const db = warehouse.db;
  const staleMs = options.staleMs ?? DEFAULT_STALE_MS;
  const isAlive = options.isAlive ?? isProcessAlive;
  return {
    async claim(schedules, now) {
      const at = now.toISOString();
      await exclusively(warehouse, async (trx) => {
        const rows = (await trx.selectFrom('scheduler_state').select(['pid', 'host', 'started_at', 'updated_at']).execute()) as StateRow[];
        const others = rows.filter((r) => r.pid !== me.pid || r.host !== me.host);
        const live = others.find((r) => staleReason({ pid: r.pid, host: r.host, command: 'schedule', startedAt: r.started_at, heartbeatAt: r.updated_at }, { host: me.host, now, staleMs, isAlive }) === null);
        if (live) {
          throw new SalwError('config', `a scheduler is already running on this warehouse (pid ${live.pid} on ${live.host}, last sign of life ${live.updated_at}); stop it first`);
        }
        // Every row left is a dead scheduler's, or this one's from before: the schedules are this one's now.
        await trx.deleteFrom('scheduler_state').execute();
        if (schedules.length === 0) return;
        await trx.insertInto('scheduler_state').values(schedules.map((s) => ({
          schedule_key: s.key, pipelines: s.key, cron: s.cron, timezone: s.timezone, pid: me.pid, host: me.host, started_at: at, next_due_at: null, updated_at: at,
        }))).execute();
      });
      // NOTE: SQLite waits for a busy database synchronously, which blocks this process's event loop; a state
      // write waiting on a transaction of this same process (a run's document) would wait for itself. So the
      // writes after the claim wait briefly and give up (they are bookkeeping, done again at the next beat).
      if (warehouse.backend === 'sqlite') (warehouse as Warehouse).sqlite.pragma('busy_timeout = 250');
    },
    async recordNextDue(key, nextDueAt, at) {
      await db.updateTable('scheduler_state').set({ next_due_at: nextDueAt, updated_at: at })
        .where('schedule_key', '=', key).where('pid', '=', me.pid).where('host', '=', me.host).execute();
    },
    async beat(at) {
      const result = await db.updateTable('scheduler_state').set({ updated_at: at }).where('pid', '=', me.pid).where('host', '=', me.host).executeTakeFirst();
      return Number(result.numUpdatedRows);
    },
    async lastScheduledSuccess(key) {
      const row = await db.selectFrom('runs').select((eb) => eb.fn.max('started_at').as('at'))
        .where('trigger', '=', 'schedule').where('status', 'in', ['succeeded', 'partial']).where('pipeline', '=', key).executeTakeFirst();
      return (row?.at as string | null | undefined) ?? null;
    },
    async release() {
      await db.deleteFrom('scheduler_state').where('pid', '=', me.pid).where('host', '=', me.host).execute();
    },
  };
}
