import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { sql } from 'kysely';
import { beforeAll, describe, expect, it } from 'vitest';
import { runFetchStep } from '../../../src/ops/fetch-step.ts';
import type { LineageRunEvent } from '../../../src/ops/lineage-events.ts';
import { startScheduler } from '../../../src/ops/scheduler.ts';
import { openPostgresWarehouse } from '../../../src/warehouse/postgres/warehouse.ts';
import { type LocalSite, serveLocalSite, SMALL, withEtag } from '../../fetch/local-site.ts';
import { testPostgres } from '../../helpers/postgres.ts';
import { stubPipeline } from '../../helpers/stub-pipeline.ts';
import { makeWorkspace, REPO_ROOT } from '../../helpers/tmp.ts';
import { captureLogger, waitForExit } from '../../ops/support.ts';

/**
 * `fetch` and `schedule --fetch` on a PostgreSQL warehouse: the fetches table (failures in a row counted across
 * fetches) and the fetch's runs row are written there, under its write lock, and the OpenLineage events go to
 * the state folder; a scheduled night fetches, then loads what it fetched into PostgreSQL.
 */

const server = await testPostgres();

/** Rows of the warehouse at `url`, read and closed. */
async function rows<T>(url: string, query: ReturnType<typeof sql<T>>): Promise<T[]> {
  const pg = await openPostgresWarehouse(url, { readonly: true });
  try {
    return (await query.execute(pg.db)).rows;
  } finally {
    await pg.close();
  }
}

describe.skipIf(!server.available)('fetching into a PostgreSQL warehouse', () => {
  let site: LocalSite;
  let ws: ReturnType<typeof makeWorkspace> | undefined;
  let folder = '';
  serveLocalSite((started, fetchedInto) => {
    [site, folder] = [started, fetchedInto];
  }, () => ws);
  let url = '';
  beforeAll(async () => {
    if (server.available) url = await server.database();
  });

  it('records each check in fetches and the fetch as a runs row, twice, counting failures in a row; its events go to the state folder', async () => {
    ws = makeWorkspace('pg-fetch-step');
    const stateDir = join(ws.dir, 'state');
    site.routes.set('/ken.txt', withEtag('Kenya\n', '"k1"'));
    const urls = [`${site.base}/ken.txt`, `${site.base}/private/uga.txt`, `${site.base}/tza.txt`];
    const step = () => runFetchStep({ rawDir: ws!.raw, warehousePath: url, stateDir, entries: urls.map((u) => ({ url: u })), trigger: 'manual', logger: captureLogger(), ...SMALL, lineage: { url: null } });
    const first = await step();
    const second = await step();
    expect([first.runId, first.status, second.runId, second.status]).toEqual([1, 'partial', 2, 'partial']);
    expect(await rows(url, sql<Record<string, unknown>>`SELECT run_id, pipeline, trigger, status, documents_seen, documents_loaded, documents_skipped, documents_quarantined, message
      FROM runs ORDER BY run_id`)).toEqual([
      { run_id: 1, pipeline: 'fetch', trigger: 'manual', status: 'partial', documents_seen: 3, documents_loaded: 1, documents_skipped: 1, documents_quarantined: 1,
        message: 'fetch: 1 new, 0 changed, 0 unchanged, 1 disallowed by robots.txt, 1 failed' },
      { run_id: 2, pipeline: 'fetch', trigger: 'manual', status: 'partial', documents_seen: 3, documents_loaded: 0, documents_skipped: 2, documents_quarantined: 1,
        message: 'fetch: 0 new, 0 changed, 1 unchanged, 1 disallowed by robots.txt, 1 failed' },
    ]);
    expect(await rows(url, sql<Record<string, unknown>>`SELECT source_url, outcome, http_status, raw_path, etag, failure, consecutive_failures, last_changed_at IS NOT NULL AS changed
      FROM fetches ORDER BY source_url COLLATE "C"`)).toEqual([
      { source_url: `${site.base}/ken.txt`, outcome: 'not-modified', http_status: 304, raw_path: join(ws.raw, folder, 'ken.txt'), etag: '"k1"', failure: null, consecutive_failures: 0, changed: true },
      { source_url: `${site.base}/private/uga.txt`, outcome: 'disallowed', http_status: null, raw_path: null, etag: null, failure: expect.stringContaining('robots.txt'), consecutive_failures: 2, changed: false },
      { source_url: `${site.base}/tza.txt`, outcome: 'failed', http_status: 404, raw_path: null, etag: null, failure: 'HTTP 404', consecutive_failures: 2, changed: false },
    ]);
    expect(await rows(url, sql`SELECT * FROM warehouse_lock`)).toEqual([]);
    const events = readFileSync(join(stateDir, 'openlineage.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as LineageRunEvent);
    expect(events.map((e) => `${e.eventType} ${e.job.name}`)).toEqual(['START fetch', 'COMPLETE fetch', 'START fetch', 'COMPLETE fetch']);
  });

  it('schedule --fetch, once: the fetch run, then a scheduled run loading the fetched document into PostgreSQL', async () => {
    ws = makeWorkspace('pg-fetch-schedule');
    const stateDir = join(ws.dir, 'state');
    const database = server.available ? await server.database() : '';
    site.routes.set('/stub/kaz.txt', withEtag('STUB PROFILE\n2019 Arys 3\n2020 Shymkent 0\n', '"s1"'));
    const entries = [{ url: `${site.base}/stub/kaz.txt`, kind: 'amap_profile' as const, country_iso3: 'KAZ' }];
    const pipeline = stubPipeline();
    const logger = captureLogger();
    const scheduler = await startScheduler({
      rawDir: ws.raw, warehousePath: database, pipelines: [pipeline], allPipelines: [pipeline], logger,
      fetchStep: async (signal) => void (await runFetchStep({ rawDir: ws!.raw, warehousePath: database, stateDir, entries, trigger: 'schedule', logger, ...SMALL, signal, lineage: { url: null } })),
    });
    await scheduler.idle();
    await scheduler.stop();
    expect(await rows(database, sql<Record<string, unknown>>`SELECT run_id, pipeline, trigger, status, documents_loaded FROM runs ORDER BY run_id`)).toEqual([
      { run_id: 1, pipeline: 'fetch', trigger: 'schedule', status: 'succeeded', documents_loaded: 1 },
      { run_id: 2, pipeline: 'stub', trigger: 'schedule', status: 'succeeded', documents_loaded: 1 },
    ]);
    expect(await rows(database, sql<Record<string, unknown>>`SELECT d.source_path, count(e.explosion_id) AS explosions FROM documents d JOIN explosions e USING (document_id) GROUP BY d.source_path`))
      .toEqual([{ source_path: `${folder}/kaz.txt`, explosions: 2 }]);
    expect(readdirSync(stateDir)).toEqual(['openlineage.jsonl']);
  });

  it('salw-etl fetch --warehouse postgres:// records the fetch there and keeps its events in --state-dir', async () => {
    ws = makeWorkspace('pg-fetch-cli');
    const database = server.available ? await server.database() : '';
    site.routes.set('/rwa.txt', withEtag('Rwanda\n', '"r1"'));
    // Spawned, not run synchronously: the site answers from this process.
    const child = spawn(process.execPath, [join(REPO_ROOT, 'bin', 'salw-etl.js'), 'fetch', '--raw', ws.raw, '--warehouse', database, '--state-dir', join(ws.dir, 'state'),
      '--url', `${site.base}/rwa.txt`, '--interval', '0', '-q'], { cwd: ws.dir, stdio: ['ignore', 'pipe', 'pipe'] });
    const result = await waitForExit(child);
    expect(result.stderr).toBe('');
    expect(result.stdout).toBe(`new          ${site.base}/rwa.txt -> ${join(ws.raw, folder, 'rwa.txt')}\nfetch: 1 new, 0 changed, 0 unchanged, 0 disallowed by robots.txt, 0 failed\n`);
    expect(result.code).toBe(0);
    expect(await rows(database, sql<Record<string, unknown>>`SELECT pipeline, status, documents_loaded FROM runs`)).toEqual([{ pipeline: 'fetch', status: 'succeeded', documents_loaded: 1 }]);
    expect(readdirSync(join(ws.dir, 'state'))).toEqual(['openlineage.jsonl']);
    expect(readdirSync(ws.dir).sort()).toEqual(['raw', 'state']);
  });
});
