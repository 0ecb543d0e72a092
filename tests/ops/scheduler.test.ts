import { hostname } from 'node:os';
import { afterEach, describe, expect, it } from 'vitest';
import { UsageError } from '../../src/model/errors.ts';
import { catchUpDue, resolveSchedules, type Scheduler, startScheduler } from '../../src/ops/scheduler.ts';
import type { PipelineDefinition } from '../../src/pipeline/definition.ts';
import { runPipelines } from '../../src/pipeline/run.ts';
import { stubPipeline } from '../helpers/stub-pipeline.ts';
import { makeWorkspace } from '../helpers/tmp.ts';
import { captureLogger, query, slowStubPipeline, stubDoc } from './support.ts';

let cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const c of cleanups.reverse()) await c();
  cleanups = [];
});

const named = (name: string, cron: string, timezone = 'UTC'): PipelineDefinition => ({ ...stubPipeline(), name, schedule: { cron, timezone } });

function until(check: () => boolean, timeoutMs: number): Promise<void> {
  const started = Date.now();
  return new Promise((resolve, reject) => {
    const look = () => {
      if (check()) return resolve();
      if (Date.now() - started > timeoutMs) return reject(new Error(`condition not met within ${timeoutMs} ms`));
      setTimeout(look, 50);
    };
    look();
  });
}

describe('resolveSchedules', () => {
  it("takes each pipeline's schedule and runs pipelines sharing one together", () => {
    const groups = resolveSchedules([named('a', '0 2 * * *'), named('b', '30 3 * * 1', 'Europe/Zurich'), named('c', '0 2 * * *')]);
    expect(groups.map((g) => ({ key: g.key, cron: g.cron, timezone: g.timezone }))).toEqual([
      { key: 'a,c', cron: '0 2 * * *', timezone: 'UTC' },
      { key: 'b', cron: '30 3 * * 1', timezone: 'Europe/Zurich' },
    ]);
  });

  it('lets the flag override the environment, and the environment override the definitions', () => {
    const pipelines = [named('a', '0 2 * * *'), named('b', '30 3 * * 1', 'Europe/Zurich')];
    const env = { SALW_CRON: '0 4 * * *', SALW_TZ: 'Asia/Almaty' };
    expect(resolveSchedules(pipelines, {}, env).map((g) => [g.key, g.cron, g.timezone])).toEqual([['a,b', '0 4 * * *', 'Asia/Almaty']]);
    expect(resolveSchedules(pipelines, { cron: '*/5 * * * * *', timezone: 'UTC' }, env).map((g) => [g.key, g.cron, g.timezone])).toEqual([['a,b', '*/5 * * * * *', 'UTC']]);
  });

  it('refuses a bad cron expression or time zone with a usage error', () => {
    expect(() => resolveSchedules([named('a', '0 2 * * *')], { cron: 'every night' })).toThrow(UsageError);
    expect(() => resolveSchedules([named('a', '0 2 * * *')], { cron: 'every night' })).toThrow('"every night" is not a cron expression (5 fields, or 6 with seconds first)');
    expect(() => resolveSchedules([named('a', '0 2 * * *', 'Mars/Olympus')])).toThrow('"Mars/Olympus" is not an IANA time zone (e.g. UTC, Europe/Zurich)');
  });
});

describe('catchUpDue', () => {
  const day = 24 * 3_600_000;
  it('is due when no scheduled run ever succeeded, or the last is older than one period', () => {
    const now = new Date('2025-03-10T10:00:00Z');
    expect(catchUpDue(null, day, now)).toBe(true);
    expect(catchUpDue('2025-03-09T02:00:00Z', day, now)).toBe(true);
    expect(catchUpDue('2025-03-10T02:00:00Z', day, now)).toBe(false);
    expect(catchUpDue('2025-03-09T10:00:00Z', day, now)).toBe(false);
  });
});

describe('startScheduler', () => {
  function setup(prefix: string) {
    const ws = makeWorkspace(prefix);
    cleanups.push(ws.cleanup);
    return ws;
  }

  async function start(options: Parameters<typeof startScheduler>[0]): Promise<Scheduler> {
    const scheduler = await startScheduler(options);
    cleanups.push(() => scheduler.stop());
    return scheduler;
  }

  it('fires on a seconds-level cron, records schedule runs, and never starts a run while one is going', async () => {
    const ws = setup('sched-fire');
    for (const name of ['a.txt', 'b.txt', 'c.txt', 'd.txt']) stubDoc(ws.raw, name, `STUB PROFILE\n2019 ${name.slice(0, 1)} 3\n`);
    const pipeline = slowStubPipeline(600);
    const logger = captureLogger();
    const scheduler = await start({
      rawDir: ws.raw, warehousePath: ws.warehouse, pipelines: [pipeline], allPipelines: [pipeline], catchUp: false,
      overrides: { cron: '* * * * * *' }, logger,
    });
    // The first run takes ~2.4 s (4 documents x 600 ms); ticks come every second; wait for a second run.
    await until(() => query<{ n: number }>(ws.warehouse, "SELECT count(*) AS n FROM runs WHERE status != 'running'")[0]!.n >= 2, 20_000);
    await scheduler.stop();

    const runs = query<{ run_id: number; trigger: string; status: string; started_at: string; finished_at: string; documents_loaded: number; documents_skipped: number }>(
      ws.warehouse, 'SELECT run_id, trigger, status, started_at, finished_at, documents_loaded, documents_skipped FROM runs ORDER BY run_id');
    expect(runs.slice(0, 2).map((r) => [r.trigger, r.status, r.documents_loaded, r.documents_skipped])).toEqual([
      ['schedule', 'succeeded', 4, 0],
      ['schedule', 'succeeded', 0, 4],
    ]);
    for (const [i, run] of runs.entries()) {
      expect(run.trigger).toBe('schedule');
      if (i > 0) expect(run.started_at >= runs[i - 1]!.finished_at).toBe(true);
    }
    // Ticks during the slow first run were let pass, and said so.
    expect(scheduler.overlapsSkipped).toBeGreaterThanOrEqual(1);
    expect(logger.lines.some((l) => /^tick of stub let pass: a run of stub is still going$/.test(l.msg))).toBe(true);
    expect(logger.lines.some((l) => /^next run of stub due at \d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.000Z$/.test(l.msg))).toBe(true);
    // Stopped: no state row left for `status`.
    expect(query(ws.warehouse, 'SELECT count(*) AS n FROM scheduler_state')).toEqual([{ n: 0 }]);
  });

  it('records when the next run is due, with its pid, while it runs', async () => {
    const ws = setup('sched-state');
    const pipeline = stubPipeline();
    const scheduler = await start({ rawDir: ws.raw, warehousePath: ws.warehouse, pipelines: [pipeline], allPipelines: [pipeline], catchUp: false, logger: captureLogger() });
    const rows = query<{ schedule_key: string; cron: string; timezone: string; pid: number; next_due_at: string }>(ws.warehouse, 'SELECT schedule_key, cron, timezone, pid, next_due_at FROM scheduler_state');
    expect(rows).toEqual([{ schedule_key: 'stub', cron: '0 2 * * *', timezone: 'UTC', pid: process.pid, next_due_at: scheduler.nextDue().stub }]);
    expect(rows[0]!.next_due_at).toMatch(/^\d{4}-\d\d-\d\dT02:00:00\.000Z$/);
  });

  it('catches up once on start when the last successful scheduled run is older than one period', async () => {
    const ws = setup('sched-catchup');
    stubDoc(ws.raw, 'a.txt', 'STUB PROFILE\n2019 Arys 3\n');
    const pipeline = stubPipeline();
    // A scheduled run two days ago.
    await runPipelines({ rawDir: ws.raw, warehousePath: ws.warehouse, pipelines: [pipeline], allPipelines: [pipeline], trigger: 'schedule', now: () => new Date(Date.now() - 2 * 86_400_000) });
    const logger = captureLogger();
    const scheduler = await start({ rawDir: ws.raw, warehousePath: ws.warehouse, pipelines: [pipeline], allPipelines: [pipeline], logger });
    await scheduler.idle();
    expect(query(ws.warehouse, 'SELECT run_id, trigger, status, documents_skipped FROM runs ORDER BY run_id')).toEqual([
      { run_id: 1, trigger: 'schedule', status: 'succeeded', documents_skipped: 0 },
      { run_id: 2, trigger: 'schedule', status: 'succeeded', documents_skipped: 1 },
    ]);
    expect(logger.lines.some((l) => /^catching up stub: the last successful scheduled run \(.+\) is older than one period$/.test(l.msg))).toBe(true);
  });

  it('does not catch up when the last scheduled run is recent', async () => {
    const ws = setup('sched-recent');
    stubDoc(ws.raw, 'a.txt', 'STUB PROFILE\n2019 Arys 3\n');
    const pipeline = stubPipeline();
    await runPipelines({ rawDir: ws.raw, warehousePath: ws.warehouse, pipelines: [pipeline], allPipelines: [pipeline], trigger: 'schedule' });
    const scheduler = await start({ rawDir: ws.raw, warehousePath: ws.warehouse, pipelines: [pipeline], allPipelines: [pipeline], logger: captureLogger() });
    await scheduler.idle();
    expect(query(ws.warehouse, 'SELECT count(*) AS n FROM runs')).toEqual([{ n: 1 }]);
  });

  it('on stop, finishes the document in hand and closes the run as interrupted', async () => {
    const ws = setup('sched-stop');
    for (const name of ['a.txt', 'b.txt', 'c.txt']) stubDoc(ws.raw, name, `STUB PROFILE\n2019 ${name.slice(0, 1)} 3\n`);
    const pipeline = slowStubPipeline(300);
    // SIGINT arrives as the catch-up run takes its first document in hand.
    let stopped: Promise<void> | null = null;
    const holder: { scheduler: Scheduler | null } = { scheduler: null };
    holder.scheduler = await start({
      rawDir: ws.raw, warehousePath: ws.warehouse, pipelines: [pipeline], allPipelines: [pipeline], logger: captureLogger(),
      onProgress: (done) => { if (done === 0 && holder.scheduler) stopped = holder.scheduler.stop(); },
    });
    await until(() => stopped !== null, 10_000);
    await stopped;
    expect(query(ws.warehouse, 'SELECT status, documents_seen, documents_loaded, message FROM runs')).toEqual([
      { status: 'interrupted', documents_seen: 1, documents_loaded: 1, message: 'interrupted after 1 of 3 documents' },
    ]);
    expect(query(ws.warehouse, 'SELECT source_path, status FROM documents')).toEqual([{ source_path: 'a.txt', status: 'loaded' }]);
    expect(query(ws.warehouse, 'SELECT count(*) AS n FROM warehouse_lock')).toEqual([{ n: 0 }]);
  });

  it('refuses to start next to a live scheduler on the same warehouse', async () => {
    const ws = setup('sched-two');
    const pipeline = stubPipeline();
    await start({ rawDir: ws.raw, warehousePath: ws.warehouse, pipelines: [pipeline], allPipelines: [pipeline], catchUp: false, logger: captureLogger() });
    const { default: Database } = await import('better-sqlite3');
    const db = new Database(ws.warehouse);
    // Another live process on this host (our parent) claims the scheduler.
    db.prepare('UPDATE scheduler_state SET pid = ?').run(process.ppid);
    db.close();
    await expect(startScheduler({ rawDir: ws.raw, warehousePath: ws.warehouse, pipelines: [pipeline], allPipelines: [pipeline], catchUp: false, logger: captureLogger() }))
      .rejects.toThrow(`config: a scheduler is already running on this warehouse (pid ${process.ppid} on `);
  });

  it('stands down when another scheduler took the warehouse over: no tick fires after, and the other\'s rows stay', async () => {
    const ws = setup('sched-taken-over');
    const pipeline = stubPipeline();
    const logger = captureLogger();
    const scheduler = await start({
      rawDir: ws.raw, warehousePath: ws.warehouse, pipelines: [pipeline], allPipelines: [pipeline], catchUp: false,
      overrides: { cron: '* * * * * *' }, heartbeatMs: 100, logger,
    });
    await until(() => query<{ n: number }>(ws.warehouse, "SELECT count(*) AS n FROM runs WHERE status = 'succeeded'")[0]!.n >= 1, 20_000);
    const { default: Database } = await import('better-sqlite3');
    const db = new Database(ws.warehouse);
    // Another live process on this host (our parent) claimed the schedules while this one was silent.
    db.prepare('UPDATE scheduler_state SET pid = ?').run(process.ppid);
    db.close();
    expect(await scheduler.stoodDown).toBe(
      'another scheduler took the warehouse over (its rows in scheduler_state are gone: this one gave no sign of life for too long); this one stops after the document in hand',
    );
    expect(logger.lines.filter((l) => l.msg.startsWith('another scheduler took the warehouse over')).length).toBe(1);
    expect(logger.lines.at(-1)?.msg).toBe('scheduler stopped');
    const runsAfter = query<{ n: number }>(ws.warehouse, 'SELECT count(*) AS n FROM runs')[0]!.n;
    // Ticks come every second: two seconds would have fired at least one more run.
    await new Promise((resolve) => setTimeout(resolve, 2_200));
    expect(query<{ n: number }>(ws.warehouse, 'SELECT count(*) AS n FROM runs')[0]!.n).toBe(runsAfter);
    expect(query(ws.warehouse, "SELECT count(*) AS n FROM runs WHERE status = 'running'")).toEqual([{ n: 0 }]);
    expect(query(ws.warehouse, 'SELECT DISTINCT pid FROM scheduler_state')).toEqual([{ pid: process.ppid }]);
  });

  it('refuses to start while a scheduler on another machine gave a sign of life recently, and takes over one that fell silent', async () => {
    const ws = setup('sched-other-host');
    const pipeline = stubPipeline();
    const options = { rawDir: ws.raw, warehousePath: ws.warehouse, pipelines: [pipeline], allPipelines: [pipeline], catchUp: false, logger: captureLogger() };
    const first = await startScheduler(options);
    await first.stop();
    const { default: Database } = await import('better-sqlite3');
    const db = new Database(ws.warehouse);
    cleanups.push(() => {
      db.close();
    });
    // A row of a scheduler on a shared file's other machine: its pid cannot be checked from here, its heartbeat can.
    const recent = new Date(Date.now() - 60_000).toISOString();
    db.prepare(`INSERT INTO scheduler_state VALUES ('stub', 'stub', '0 2 * * *', 'UTC', 1, 'nas-client.example.org', ?, NULL, ?)`).run(recent, recent);
    await expect(startScheduler(options)).rejects.toThrow(`config: a scheduler is already running on this warehouse (pid 1 on nas-client.example.org, last sign of life ${recent}); stop it first`);
    db.prepare('UPDATE scheduler_state SET updated_at = ?').run(new Date(Date.now() - 10 * 60_000).toISOString());
    await start(options);
    expect(query(ws.warehouse, 'SELECT pid, host FROM scheduler_state')).toEqual([{ pid: process.pid, host: hostname() }]);
  });
});
