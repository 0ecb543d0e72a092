import { hostname } from 'node:os';
import { SalwError } from '../model/errors.ts';
import type { Warehouse } from './db.ts';

/**
 * The warehouse write lock: one row in `warehouse_lock`, taken in an IMMEDIATE transaction so two
 * processes (two `run`s, or `run` and the scheduler) never both believe they hold it. The holder keeps
 * a heartbeat; a lock whose holder is dead (same host and its pid is gone, or a heartbeat older than the
 * stale limit) is taken over, and the runs that holder left open are closed as interrupted, in the same
 * transaction.
 */

export interface LockHolder {
  pid: number;
  host: string;
  command: string;
  startedAt: string;
  heartbeatAt: string;
}

export interface LockOptions {
  /** What will hold the lock, shown to whoever waits for it, e.g. `run amap-profiles,poa`. */
  command?: string;
  /** How long to wait for a live holder before giving up (default 30 s; 0 = try once). */
  timeoutMs?: number;
  /** A heartbeat older than this means the holder is gone (default 5 min). */
  staleMs?: number;
  /** How often the holder refreshes its heartbeat (default 15 s). */
  heartbeatMs?: number;
  /** How often a waiter looks again (default 250 ms). */
  pollMs?: number;
  /** Stops the wait (the scheduler shutting down). */
  signal?: AbortSignal;
  /** Told once when the lock is busy and the wait begins. */
  onWait?: (holder: LockHolder) => void;
  /** Told when a dead holder's lock is taken over. */
  onTakeover?: (holder: LockHolder, reason: string, runsClosed: number) => void;
  /** For tests. */
  now?: () => Date;
  host?: string;
  pid?: number;
  isAlive?: (pid: number) => boolean;
}

export interface HeldLock {
  holder: LockHolder;
  /** Ends the heartbeat and deletes the lock row (only if it is still ours). */
  release(): Promise<void>;
}

export const DEFAULT_LOCK_TIMEOUT_MS = 30_000;
export const DEFAULT_STALE_MS = 5 * 60_000;
export const DEFAULT_HEARTBEAT_MS = 15_000;
const DEFAULT_POLL_MS = 250;

/** The warehouse is held by a live process and the wait ran out: retrying later can help. */
export class LockTimeoutError extends SalwError {
  readonly holder: LockHolder;

  constructor(path: string, holder: LockHolder, waitedMs: number) {
    super(
      'lock',
      `the warehouse ${path} is locked by pid ${holder.pid} on host ${holder.host} (${holder.command}, since ${holder.startedAt}, last heartbeat ${holder.heartbeatAt}); ` +
        `waited ${(waitedMs / 1000).toFixed(1)} s. Try again when it has finished, or wait longer with --lock-timeout <seconds>`,
      { retryable: true },
    );
    this.name = 'LockTimeoutError';
    this.holder = holder;
  }
}

/** `kill(pid, 0)` delivers no signal; it only asks whether the process exists (EPERM: it does, not ours). */
export function isProcessAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Why `holder` can be taken over, or null when it must be presumed alive. Pure, for the tests. */
export function staleReason(
  holder: LockHolder,
  me: { host: string; now: Date; staleMs: number; isAlive: (pid: number) => boolean },
): string | null {
  if (holder.host === me.host && !me.isAlive(holder.pid)) return `its holder, pid ${holder.pid} on ${holder.host}, is no longer running`;
  const age = me.now.getTime() - Date.parse(holder.heartbeatAt);
  if (Number.isNaN(age) || age > me.staleMs) {
    return `its holder, pid ${holder.pid} on ${holder.host}, gave no sign of life since ${holder.heartbeatAt} (stale after ${Math.round(me.staleMs / 1000)} s)`;
  }
  return null;
}

export interface LockRow {
  holder_pid: number;
  holder_host: string;
  command: string;
  started_at: string;
  heartbeat_at: string;
}

export const toHolder = (row: LockRow): LockHolder => ({
  pid: row.holder_pid, host: row.holder_host, command: row.command, startedAt: row.started_at, heartbeatAt: row.heartbeat_at,
});

/** One try at the lock: taken (perhaps from a dead holder), held by a live holder, or `busy` (a writer is mid-transaction: look again). */
export type LockAttempt =
  | { acquired: true; at: string; takenOver: { holder: LockHolder; reason: string; runsClosed: number } | null }
  | { acquired: false; holder: LockHolder }
  | { busy: true };

/** How a backend takes, keeps and gives back the lock row; the waiting is acquireLockWith's. */
export interface LockBackend {
  /** The warehouse, for messages. */
  name: string;
  /** One try, in one transaction; `stale` says why a holder may be taken over (null: it is alive). */
  attempt(me: { pid: number; host: string }, command: string, now: Date, stale: (holder: LockHolder) => string | null): Promise<LockAttempt>;
  heartbeat(me: { pid: number; host: string }, at: string): Promise<void>;
  release(me: { pid: number; host: string }): Promise<void>;
}

function isBusyError(error: unknown): boolean {
  const code = (error as { code?: unknown }).code;
  return typeof code === 'string' && code.startsWith('SQLITE_BUSY');
}

function sleep(ms: number, signal: AbortSignal | undefined): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal?.reason);
    };
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

/**
 * Takes the warehouse write lock, waiting up to `timeoutMs` for a live holder; throws `LockTimeoutError`
 * naming the holder when the wait runs out, and a `SalwError('lock')` when `signal` stops the wait.
 *
 * @example
 * const lock = await acquireWarehouseLock(warehouse, { command: 'run poa', timeoutMs: 30_000 });
 * try { ... } finally { await lock.release(); }
 */
export async function acquireWarehouseLock(warehouse: Warehouse, options: LockOptions = {}): Promise<HeldLock> {
  return acquireLockWith(sqliteLock(warehouse), options);
}

/** The waiting, the take-over of a dead holder and the heartbeat, whatever the backend. */
export async function acquireLockWith(backend: LockBackend, options: LockOptions = {}): Promise<HeldLock> {
  const clock = options.now ?? (() => new Date());
  const me = { pid: options.pid ?? process.pid, host: options.host ?? hostname() };
  const timeoutMs = options.timeoutMs ?? DEFAULT_LOCK_TIMEOUT_MS;
  const staleMs = options.staleMs ?? DEFAULT_STALE_MS;
  const isAlive = options.isAlive ?? isProcessAlive;
  const command = options.command ?? 'salw-etl';
  const waitStarted = Date.now();
  let told = false;
  let lastHolder: LockHolder | null = null;

  for (;;) {
    if (options.signal?.aborted) throw new SalwError('lock', 'stopped while waiting for the warehouse lock', { cause: options.signal.reason });
    const now = clock();
    const result = await backend.attempt(me, command, now, (holder) => staleReason(holder, { host: me.host, now, staleMs, isAlive }));
    if ('acquired' in result && result.acquired) {
      if (result.takenOver) options.onTakeover?.(result.takenOver.holder, result.takenOver.reason, result.takenOver.runsClosed);
      return holdLock(backend, me, command, result.at, clock, options.heartbeatMs ?? DEFAULT_HEARTBEAT_MS);
    }
    if ('holder' in result) {
      lastHolder = result.holder;
      if (!told) {
        told = true;
        options.onWait?.(result.holder);
      }
    }
    const waited = Date.now() - waitStarted;
    if (waited >= timeoutMs) {
      throw new LockTimeoutError(backend.name, lastHolder ?? { pid: 0, host: 'unknown', command: 'a write transaction', startedAt: 'unknown', heartbeatAt: 'unknown' }, waited);
    }
    try {
      await sleep(Math.min(options.pollMs ?? DEFAULT_POLL_MS, timeoutMs - waited), options.signal);
    } catch (reason) {
      throw new SalwError('lock', 'stopped while waiting for the warehouse lock', { cause: reason });
    }
  }
}

/** The lock of a SQLite warehouse: one IMMEDIATE transaction per try, so two processes never both take it. */
function sqliteLock(warehouse: Warehouse): LockBackend {
  const { sqlite } = warehouse;
  const take = sqlite.transaction((me: { pid: number; host: string }, command: string, now: string, stale: (holder: LockHolder) => string | null): LockAttempt => {
    const row = sqlite.prepare('SELECT holder_pid, holder_host, command, started_at, heartbeat_at FROM warehouse_lock WHERE lock_id = 1').get() as LockRow | undefined;
    let takenOver: { holder: LockHolder; reason: string; runsClosed: number } | null = null;
    if (row) {
      const holder = toHolder(row);
      const reason = stale(holder);
      if (!reason) return { acquired: false, holder };
      takenOver = { holder, reason, runsClosed: 0 };
      sqlite.prepare('DELETE FROM warehouse_lock WHERE lock_id = 1').run();
    }
    sqlite.prepare('INSERT INTO warehouse_lock (lock_id, holder_pid, holder_host, command, started_at, heartbeat_at) VALUES (1, ?, ?, ?, ?, ?)')
      .run(me.pid, me.host, command, now, now);
    // Whoever held the lock before us is gone (it released it or died): a run still marked running is abandoned.
    const closed = sqlite.prepare(
      `UPDATE runs SET status = 'interrupted', finished_at = coalesce(finished_at, ?),
         message = 'abandoned: its process (pid ' || coalesce(pid, '?') || ' on ' || coalesce(host, '?') || ') stopped without closing the run'
       WHERE status = 'running'`,
    ).run(now);
    if (takenOver) takenOver.runsClosed = closed.changes;
    return { acquired: true, at: now, takenOver };
  });
  return {
    name: warehouse.path,
    async attempt(me, command, now, stale) {
      // A short busy wait here: a writer mid-document means the lock is held anyway, and the poll loop (not
      // a blocked thread) should do the waiting.
      const busyTimeout = sqlite.pragma('busy_timeout', { simple: true }) as number;
      sqlite.pragma('busy_timeout = 200');
      try {
        return take.immediate(me, command, now.toISOString(), stale);
      } catch (error) {
        // Another process is inside a write transaction (a document being loaded): it holds the lock; look again.
        if (!isBusyError(error)) throw new SalwError('lock', `cannot take the warehouse lock of ${warehouse.path}: ${(error as Error).message}`, { cause: error });
        return { busy: true };
      } finally {
        sqlite.pragma(`busy_timeout = ${busyTimeout}`);
      }
    },
    // Through kysely, not the raw handle: kysely serialises it with the document transaction in flight, so a
    // heartbeat never lands inside (and never rolls back with) a document's transaction.
    async heartbeat(me, at) {
      await warehouse.db.updateTable('warehouse_lock').set({ heartbeat_at: at })
        .where('lock_id', '=', 1).where('holder_pid', '=', me.pid).where('holder_host', '=', me.host).execute();
    },
    async release(me) {
      sqlite.prepare('DELETE FROM warehouse_lock WHERE lock_id = 1 AND holder_pid = ? AND holder_host = ?').run(me.pid, me.host);
    },
  };
}

function holdLock(backend: LockBackend, me: { pid: number; host: string }, command: string, startedAt: string, clock: () => Date, heartbeatMs: number): HeldLock {
  const timer = setInterval(() => {
    backend.heartbeat(me, clock().toISOString()).catch(() => {
      // NOTE: a missed heartbeat only matters after the stale limit; the next beat tries again.
    });
  }, heartbeatMs);
  timer.unref();
  let released = false;
  return {
    holder: { pid: me.pid, host: me.host, command, startedAt, heartbeatAt: startedAt },
    async release() {
      if (released) return;
      released = true;
      clearInterval(timer);
      await backend.release(me);
    },
  };
}

/** The current holder of the lock, if any (for `status`). */
export function currentLockHolder(warehouse: Warehouse): LockHolder | null {
  const row = warehouse.sqlite.prepare('SELECT holder_pid, holder_host, command, started_at, heartbeat_at FROM warehouse_lock WHERE lock_id = 1').get() as LockRow | undefined;
  return row ? toHolder(row) : null;
}

