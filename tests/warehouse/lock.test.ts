import { afterEach, describe, expect, it } from 'vitest';
import { acquireWarehouseLock, currentLockHolder, LockTimeoutError, staleReason } from '../../src/warehouse/lock.ts';
import { openWarehouse, type Warehouse } from '../../src/warehouse/db.ts';
import { makeWorkspace } from '../helpers/tmp.ts';

let cleanups: (() => void | Promise<void>)[] = [];
afterEach(async () => {
  for (const c of cleanups.reverse()) await c();
  cleanups = [];
});

async function warehouse(): Promise<Warehouse> {
  const ws = makeWorkspace('lock');
  cleanups.push(ws.cleanup);
  const w = await openWarehouse(ws.warehouse);
  cleanups.push(() => w.close());
  return w;
}

const holder = { pid: 4242, host: 'etl-1', command: 'run poa', startedAt: '2025-03-10T02:00:00.000Z', heartbeatAt: '2025-03-10T02:10:00.000Z' };

describe('staleReason', () => {
  const now = new Date('2025-03-10T02:12:00.000Z');
  it('presumes a holder alive while its pid runs here and its heartbeat is fresh', () => {
    expect(staleReason(holder, { host: 'etl-1', now, staleMs: 300_000, isAlive: () => true })).toBeNull();
    expect(staleReason(holder, { host: 'etl-2', now, staleMs: 300_000, isAlive: () => false })).toBeNull();
  });
  it('takes over a dead pid on the same host, or a heartbeat older than the stale limit anywhere', () => {
    expect(staleReason(holder, { host: 'etl-1', now, staleMs: 300_000, isAlive: () => false })).toBe('its holder, pid 4242 on etl-1, is no longer running');
    expect(staleReason(holder, { host: 'etl-2', now, staleMs: 60_000, isAlive: () => true }))
      .toBe('its holder, pid 4242 on etl-1, gave no sign of life since 2025-03-10T02:10:00.000Z (stale after 60 s)');
  });
});

describe('acquireWarehouseLock', () => {
  it('holds the lock until released; a second taker waits out its timeout and is told who holds it', async () => {
    const w = await warehouse();
    const first = await acquireWarehouseLock(w, { command: 'run amap-profiles' });
    expect(currentLockHolder(w)).toMatchObject({ pid: process.pid, command: 'run amap-profiles' });
    const waits: number[] = [];
    const started = Date.now();
    const error = await acquireWarehouseLock(w, { command: 'run poa', timeoutMs: 400, pollMs: 50, onWait: (h) => waits.push(h.pid) }).catch((e: unknown) => e);
    expect(Date.now() - started).toBeGreaterThanOrEqual(400);
    expect(error).toBeInstanceOf(LockTimeoutError);
    expect((error as LockTimeoutError).retryable).toBe(true);
    expect((error as Error).message).toMatch(new RegExp(`^lock: the warehouse .*salw\\.sqlite is locked by pid ${process.pid} on host \\S+ \\(run amap-profiles, since ${first.holder.startedAt.replace(/\./g, '\\.')}, last heartbeat .+\\); waited 0\\.\\d s\\.`));
    expect(waits).toEqual([process.pid]);
    await first.release();
    expect(currentLockHolder(w)).toBeNull();
    const second = await acquireWarehouseLock(w, { command: 'run poa', timeoutMs: 0 });
    expect(currentLockHolder(w)?.command).toBe('run poa');
    await second.release();
  });

  it('a waiter gets the lock as soon as the holder releases it', async () => {
    const w = await warehouse();
    const first = await acquireWarehouseLock(w, {});
    setTimeout(() => void first.release(), 200);
    const second = await acquireWarehouseLock(w, { timeoutMs: 5_000, pollMs: 50 });
    expect(second.holder.pid).toBe(process.pid);
    await second.release();
  });

  it("takes over a dead process's lock and closes the run it left open, in one transaction", async () => {
    const w = await warehouse();
    w.sqlite.prepare(`INSERT INTO runs (pipeline, trigger, started_at, status, code_version, host, pid) VALUES ('poa', 'manual', '2025-03-10T02:00:00.000Z', 'running', '0.1.0', 'etl-1', 4242)`).run();
    w.sqlite.prepare(`INSERT INTO warehouse_lock VALUES (1, 4242, 'etl-1', 'run poa', '2025-03-10T02:00:00.000Z', '2025-03-10T02:00:00.000Z')`).run();
    const takeovers: string[] = [];
    const lock = await acquireWarehouseLock(w, { host: 'etl-1', isAlive: () => false, timeoutMs: 0, onTakeover: (h, reason, closed) => takeovers.push(`${h.pid}: ${reason} (${closed})`) });
    expect(takeovers).toEqual(['4242: its holder, pid 4242 on etl-1, is no longer running (1)']);
    expect(w.sqlite.prepare('SELECT status, message FROM runs').all()).toEqual([
      { status: 'interrupted', message: 'abandoned: its process (pid 4242 on etl-1) stopped without closing the run' },
    ]);
    expect(currentLockHolder(w)).toMatchObject({ pid: process.pid, host: 'etl-1' });
    await lock.release();
  });

  it('keeps a heartbeat while held', async () => {
    const w = await warehouse();
    let tick = Date.parse('2025-03-10T02:00:00.000Z');
    const lock = await acquireWarehouseLock(w, { heartbeatMs: 50, now: () => {
      tick += 1000;
      return new Date(tick);
    } });
    await new Promise((resolve) => setTimeout(resolve, 200));
    const held = currentLockHolder(w)!;
    expect(held.startedAt).toBe('2025-03-10T02:00:01.000Z');
    expect(held.heartbeatAt > held.startedAt).toBe(true);
    await lock.release();
  });

  it('stops waiting when its signal is aborted', async () => {
    const w = await warehouse();
    const first = await acquireWarehouseLock(w, {});
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 100);
    await expect(acquireWarehouseLock(w, { timeoutMs: 10_000, signal: controller.signal })).rejects.toThrow('lock: stopped while waiting for the warehouse lock');
    await first.release();
  });
});
