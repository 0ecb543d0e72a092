import { spawn } from 'node:child_process';
import { cpSync, existsSync, readdirSync, readFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { type Scheduler, startScheduler } from '../../../src/ops/scheduler.ts';
import { schedulerState } from '../../../src/ops/scheduler-state.ts';
import { dictionaryRowsOfThisCode } from '../../../src/warehouse/postgres/dictionary.ts';
import { openPostgresWarehouse, type PostgresWarehouse } from '../../../src/warehouse/postgres/warehouse.ts';
import { testPostgres } from '../../helpers/postgres.ts';
import { stubPipeline } from '../../helpers/stub-pipeline.ts';
import { makeWorkspace, REPO_ROOT } from '../../helpers/tmp.ts';
import { captureLogger, stubDoc, waitForExit, waitForLine } from '../../ops/support.ts';

/**
 * `schedule` on a PostgreSQL warehouse: its runs load into PostgreSQL, its rows in scheduler_state say it is
 * running (and are gone when it stops), and one scheduler at a time holds the warehouse: a second is refused
 * while the first lives (on another machine: while its heartbeat is fresh), and of two claiming at once, one wins.
 */

const server = await testPostgres();

let cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const c of cleanups.reverse()) await c();
  cleanups = [];
});

/** A reader of the warehouse at `url`, closed after the test. */
async function reader(url: string): Promise<PostgresWarehouse> {
  const pg = await openPostgresWarehouse(url, { readonly: true });
  cleanups.push(() => pg.close());
  return pg;
}

describe.skipIf(!server.available)('the scheduler on a PostgreSQL warehouse', () => {
  async function setup(prefix: string) {
    if (!server.available) throw new Error('no server');
    const ws = makeWorkspace(prefix);
    cleanups.push(ws.cleanup);
    return { ws, url: await server.database() };
  }

  async function start(options: Parameters<typeof startScheduler>[0]): Promise<Scheduler> {
    const scheduler = await startScheduler(options);
    cleanups.push(() => scheduler.stop());
    return scheduler;
  }

  it('catches up at start with a scheduled run that loads into PostgreSQL, names itself while it runs, and leaves no row once stopped', async () => {
    const { ws, url } = await setup('pg-sched');
    stubDoc(ws.raw, 'almaty.txt', 'STUB PROFILE\n2019 Arys 3\n2021 Zhambyl 1\n');
    stubDoc(ws.raw, 'bishkek.txt', 'STUB PROFILE\n2018 Osh 2\n');
    const pipeline = stubPipeline();
    const logger = captureLogger();
    const scheduler = await start({ rawDir: ws.raw, warehousePath: url, pipelines: [pipeline], allPipelines: [pipeline], logger });
    await scheduler.idle();
    const pg = await reader(url);
    expect(await pg.db.selectFrom('scheduler_state').select(['schedule_key', 'cron', 'timezone', 'pid', 'host', 'next_due_at']).execute()).toEqual([
      { schedule_key: 'stub', cron: '0 2 * * *', timezone: 'UTC', pid: process.pid, host: hostname(), next_due_at: scheduler.nextDue().stub },
    ]);
    expect(await pg.db.selectFrom('runs').select(['run_id', 'pipeline', 'trigger', 'status', 'documents_loaded', 'records_loaded']).execute()).toEqual([
      { run_id: 1, pipeline: 'stub', trigger: 'schedule', status: 'succeeded', documents_loaded: 2, records_loaded: 3 },
    ]);
    expect(logger.lines.some((l) => l.msg === 'catching up stub: no scheduled run has succeeded yet')).toBe(true);
    await scheduler.stop();
    expect(await pg.db.selectFrom('scheduler_state').selectAll().execute()).toEqual([]);
    expect(await pg.db.selectFrom('warehouse_lock').selectAll().execute()).toEqual([]);

    // Started again: the last scheduled run is recent, so no catch-up.
    const again = await start({ rawDir: ws.raw, warehousePath: url, pipelines: [pipeline], allPipelines: [pipeline], logger: captureLogger() });
    await again.idle();
    expect(Number((await sql<{ n: number }>`SELECT count(*) AS n FROM runs`.execute(pg.db)).rows[0]?.n)).toBe(1);
  });

  it('refuses a second scheduler while the first lives on another machine, and takes over one whose heartbeat stopped', async () => {
    const { ws, url } = await setup('pg-sched-two');
    const pipeline = stubPipeline();
    await start({ rawDir: ws.raw, warehousePath: url, pipelines: [pipeline], allPipelines: [pipeline], catchUp: false, logger: captureLogger() });
    const pg = await reader(url);
    // The first scheduler is now one on another machine (its pid means nothing here), alive a second ago.
    const lastBeat = new Date(Date.now() - 1000).toISOString();
    await sql`UPDATE scheduler_state SET pid = 424242, host = 'ingest-2.example.org', updated_at = ${lastBeat}`.execute(pg.db);
    const second = { rawDir: ws.raw, warehousePath: url, pipelines: [pipeline], allPipelines: [pipeline], catchUp: false, logger: captureLogger() };
    await expect(startScheduler(second)).rejects.toThrow(`config: a scheduler is already running on this warehouse (pid 424242 on ingest-2.example.org, last sign of life ${lastBeat}); stop it first`);
    expect(await pg.db.selectFrom('scheduler_state').select(['pid', 'host']).execute()).toEqual([{ pid: 424242, host: 'ingest-2.example.org' }]);

    // Silent for longer than the stale limit: a dead scheduler's row, replaced by the new one's.
    await sql`UPDATE scheduler_state SET updated_at = ${new Date(Date.now() - 6 * 60_000).toISOString()}`.execute(pg.db);
    await start(second);
    expect(await pg.db.selectFrom('scheduler_state').select(['pid', 'host']).execute()).toEqual([{ pid: process.pid, host: hostname() }]);
  });

  it('keeps its rows fresh with a heartbeat', async () => {
    const { ws, url } = await setup('pg-sched-beat');
    const pipeline = stubPipeline();
    await start({ rawDir: ws.raw, warehousePath: url, pipelines: [pipeline], allPipelines: [pipeline], catchUp: false, heartbeatMs: 50, logger: captureLogger() });
    const pg = await reader(url);
    const first = (await pg.db.selectFrom('scheduler_state').select('updated_at').executeTakeFirstOrThrow()).updated_at;
    await new Promise((resolve) => setTimeout(resolve, 300));
    const later = (await pg.db.selectFrom('scheduler_state').select('updated_at').executeTakeFirstOrThrow()).updated_at;
    expect(later > first).toBe(true);
  });

  it('lets exactly one of two schedulers claiming at once through; the other is refused naming it, and the loser finds its rows gone when it beats', async () => {
    const { url } = await setup('pg-sched-race');
    const warehouses = [await openPostgresWarehouse(url), await openPostgresWarehouse(url)];
    cleanups.push(async () => {
      for (const w of warehouses) await w.close();
    });
    const who = [{ pid: 1001, host: 'ingest-1.example.org' }, { pid: 1002, host: 'ingest-2.example.org' }];
    const states = warehouses.map((w, i) => schedulerState(w, who[i]!));
    const now = new Date();
    const outcomes = await Promise.allSettled(states.map((s, i) => s.claim([{ key: `pipeline-${i}`, cron: '0 2 * * *', timezone: 'UTC' }], now)));
    expect(outcomes.map((o) => o.status).sort()).toEqual(['fulfilled', 'rejected']);
    const winner = outcomes.findIndex((o) => o.status === 'fulfilled');
    const refused = outcomes.find((o) => o.status === 'rejected') as PromiseRejectedResult;
    expect((refused.reason as Error).message).toBe(`config: a scheduler is already running on this warehouse (pid ${who[winner]!.pid} on ${who[winner]!.host}, last sign of life ${now.toISOString()}); stop it first`);
    const rows = await warehouses[0]!.db.selectFrom('scheduler_state').select(['schedule_key', 'pid', 'host']).execute();
    expect(rows).toEqual([{ schedule_key: `pipeline-${winner}`, ...who[winner]! }]);

    // The winner falls silent; the other takes over once its rows are stale, and the winner's beat finds nothing.
    const loser = 1 - winner;
    await sql`UPDATE scheduler_state SET updated_at = '2026-01-01T00:00:00.000Z'`.execute(warehouses[0]!.db);
    await states[loser]!.claim([{ key: `pipeline-${loser}`, cron: '0 2 * * *', timezone: 'UTC' }], new Date());
    expect(await states[winner]!.beat(new Date().toISOString())).toBe(0);
    expect(await states[loser]!.beat(new Date().toISOString())).toBe(1);
  });
});

describe.skipIf(!server.available)('salw-etl schedule --warehouse postgres://', () => {
  const ws = makeWorkspace('pg-sched-cli');
  let url = '';
  beforeAll(async () => {
    if (server.available) url = await server.database();
    for (const name of readdirSync(join(REPO_ROOT, 'raw'))) if (name.endsWith('.txt')) cpSync(join(REPO_ROOT, 'raw', name), join(ws.raw, name));
  });
  afterAll(() => ws.cleanup());

  it('catches up into PostgreSQL, stops on SIGTERM with exit 0, keeps openlineage.jsonl in the state folder and writes no metadata.json', async () => {
    const state = join(ws.dir, 'state');
    const child = spawn(process.execPath, [join(REPO_ROOT, 'bin', 'salw-etl.js'), 'schedule', '--raw', 'raw', '--warehouse', url, '--state-dir', 'state', '--workers', '1'], {
      cwd: ws.dir, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, SALW_CRON: '0 3 * * *' },
    });
    const exited = waitForExit(child);
    await waitForLine(child, '"scheduled run 1 (catch-up) succeeded', 60_000);
    child.kill('SIGTERM');
    const outcome = await exited;
    expect(outcome.code).toBe(0);
    expect(JSON.parse(outcome.stderr.trim().split('\n').at(-1) ?? '{}').msg).toBe('scheduler stopped');
    expect(readdirSync(state)).toEqual(['openlineage.jsonl']);
    const events = readFileSync(join(state, 'openlineage.jsonl'), 'utf8').trim().split('\n').map((line) => (JSON.parse(line) as { eventType: string }).eventType);
    expect(events).toEqual(['START', 'COMPLETE']);
    expect(existsSync(join(ws.dir, 'warehouse'))).toBe(false);
    const pg = await openPostgresWarehouse(url, { readonly: true });
    try {
      expect(await pg.db.selectFrom('runs').select(['trigger', 'status', 'documents_loaded']).execute()).toEqual([{ trigger: 'schedule', status: 'succeeded', documents_loaded: 2 }]);
      expect(await pg.db.selectFrom('scheduler_state').selectAll().execute()).toEqual([]);
      const dictionary = await sql<{ n: number }>`SELECT count(*) AS n FROM dictionary`.execute(pg.db);
      expect(Number(dictionary.rows[0]?.n)).toBe((await dictionaryRowsOfThisCode()).length);
    } finally {
      await pg.close();
    }
  }, 90_000);
});
