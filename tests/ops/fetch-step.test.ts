import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PIPELINES } from '../../pipelines/index.ts';
import type { LineageRunEvent } from '../../src/ops/lineage-events.ts';
import { runFetchStep } from '../../src/ops/fetch-step.ts';
import { startScheduler } from '../../src/ops/scheduler.ts';
import { runPipelines } from '../../src/pipeline/run.ts';
import { openWarehouse } from '../../src/warehouse/db.ts';
import { makeWorkspace, REPO_ROOT, writeFile } from '../helpers/tmp.ts';
import { allFiles, type LocalSite, serveLocalSite, SMALL, withEtag } from '../fetch/local-site.ts';
import { captureLogger, query } from './support.ts';

/** The fetch as a recorded step: its runs row, the fetches table under the lock, its OpenLineage events, and `schedule --fetch`. */
describe('the fetch step', () => {
  let site: LocalSite;
  let ws: ReturnType<typeof makeWorkspace>;
  let folder: string;
  serveLocalSite((started, fetchedInto) => {
    [site, folder] = [started, fetchedInto];
  }, () => ws);
  const step = (urls: string[], extra: Partial<Parameters<typeof runFetchStep>[0]> = {}) =>
    runFetchStep({ rawDir: ws.raw, warehousePath: ws.warehouse, entries: urls.map((url) => ({ url })), trigger: 'manual', logger: captureLogger(), ...SMALL, lineage: { url: null }, ...extra });
  const events = (): LineageRunEvent[] => readFileSync(join(ws.warehouse, '..', 'openlineage.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as LineageRunEvent);

  it('records a fetch run row with what it fetched, skipped and failed, and emits START and COMPLETE with the files written as outputs', async () => {
    ws = makeWorkspace('fetch-step-row');
    site.routes.set('/zwe.txt', withEtag('Zimbabwe\n', '"z1"'));
    site.routes.set('/moz.txt', withEtag('Mozambique\n', '"m1"'));
    const urls = [`${site.base}/zwe.txt`, `${site.base}/moz.txt`, `${site.base}/private/x.txt`, `${site.base}/gone.txt`];
    const first = await step(urls);
    expect([first.runId, first.status, first.message]).toEqual([1, 'partial', 'fetch: 2 new, 0 changed, 0 unchanged, 1 disallowed by robots.txt, 1 failed']);
    const second = await step(urls);
    expect([second.runId, second.status, second.message]).toEqual([2, 'partial', 'fetch: 0 new, 0 changed, 2 unchanged, 1 disallowed by robots.txt, 1 failed']);
    expect(query(ws.warehouse, `SELECT run_id, pipeline, trigger, status, documents_seen, documents_loaded, documents_skipped, documents_quarantined, records_loaded,
        finished_at IS NOT NULL AS finished, json_extract(options_json, '$.counts.notModified') AS not_modified, pid FROM runs ORDER BY run_id`)).toEqual([
      { run_id: 1, pipeline: 'fetch', trigger: 'manual', status: 'partial', documents_seen: 4, documents_loaded: 2, documents_skipped: 1, documents_quarantined: 1, records_loaded: 0, finished: 1, not_modified: 0, pid: process.pid },
      { run_id: 2, pipeline: 'fetch', trigger: 'manual', status: 'partial', documents_seen: 4, documents_loaded: 0, documents_skipped: 3, documents_quarantined: 1, records_loaded: 0, finished: 1, not_modified: 2, pid: process.pid },
    ]);
    expect(query(ws.warehouse, 'SELECT source_url, outcome, consecutive_failures FROM fetches ORDER BY source_url')).toEqual([
      { source_url: `${site.base}/gone.txt`, outcome: 'failed', consecutive_failures: 2 },
      { source_url: `${site.base}/moz.txt`, outcome: 'not-modified', consecutive_failures: 0 },
      { source_url: `${site.base}/private/x.txt`, outcome: 'disallowed', consecutive_failures: 2 },
      { source_url: `${site.base}/zwe.txt`, outcome: 'not-modified', consecutive_failures: 0 },
    ]);
    expect(query(ws.warehouse, 'SELECT count(*) AS n FROM warehouse_lock')).toEqual([{ n: 0 }]);

    const [start, end, start2, end2] = events();
    expect([start?.eventType, start?.job.name, end?.eventType, end?.job.name, start2?.eventType, end2?.eventType]).toEqual(['START', 'fetch', 'COMPLETE', 'fetch', 'START', 'COMPLETE']);
    expect(end?.run.runId).toBe(start?.run.runId);
    expect(end?.outputs.map((o) => [o.namespace, o.name])).toEqual([[`file://${ws.raw}`, `${folder}/zwe.txt`], [`file://${ws.raw}`, `${folder}/moz.txt`]]);
    expect(end?.outputs[0]?.facets?.salw_document).toMatchObject({ sha256: createHash('sha256').update('Zimbabwe\n').digest('hex'), sourceUrl: `${site.base}/zwe.txt` });
    expect(end?.inputs.map((i) => [i.namespace, i.name])).toEqual([[site.base, '/zwe.txt'], [site.base, '/moz.txt'], [site.base, '/private/x.txt'], [site.base, '/gone.txt']]);
    expect(end?.run.facets.salw_run).toMatchObject({ runId: 1, status: 'partial', new: 2, failed: 1, disallowed: 1 });
    // Nothing written the second night: no outputs; the unchanged addresses are only counted.
    expect(end2?.outputs).toEqual([]);
    expect(end2?.inputs.map((i) => i.name)).toEqual(['/private/x.txt', '/gone.txt']);
    expect(end2?.run.facets.salw_run).toMatchObject({ runId: 2, notModified: 2 });
  });

  it('writes the warehouse only under the write lock: it waits for the holder to finish, then records', async () => {
    ws = makeWorkspace('fetch-step-lock');
    site.routes.set('/cod.txt', withEtag('DR Congo\n', '"c1"'));
    const warehouse = await openWarehouse(ws.warehouse);
    // Another live process (our parent) holds the lock, as a run would.
    warehouse.sqlite.prepare('INSERT INTO warehouse_lock (lock_id, holder_pid, holder_host, command, started_at, heartbeat_at) VALUES (1, ?, ?, ?, ?, ?)')
      .run(process.ppid, hostname(), 'run amap-profiles,poa', new Date().toISOString(), new Date().toISOString());
    const logger = captureLogger();
    const pending = step([`${site.base}/cod.txt`], { logger, lock: { timeoutMs: 10_000 } });
    await new Promise((r) => setTimeout(r, 700));
    expect(query(ws.warehouse, 'SELECT count(*) AS n FROM runs')).toEqual([{ n: 0 }]);
    expect(logger.lines.some((l) => l.level === 'warn' && l.msg.startsWith(`the warehouse is locked by pid ${process.ppid}`))).toBe(true);
    warehouse.sqlite.prepare('DELETE FROM warehouse_lock').run();
    await warehouse.close();
    const summary = await pending;
    expect(summary.status).toBe('succeeded');
    expect(query(ws.warehouse, 'SELECT pipeline, status, documents_loaded FROM runs')).toEqual([{ pipeline: 'fetch', status: 'succeeded', documents_loaded: 1 }]);
  });

  it("a listing's check is a fetches row of its own, outcome listed, and the run counts it apart from the documents", async () => {
    ws = makeWorkspace('fetch-step-listing');
    site.routes.set('/sitemap.xml', (_req, res) => void res.writeHead(200, { 'content-type': 'application/xml' })
      .end(`<urlset><url><loc>${site.base}/bwa.txt</loc></url><url><loc>${site.base}/nam.txt</loc></url></urlset>`));
    site.routes.set('/bwa.txt', withEtag('Botswana\n', '"b"'));
    const summary = await runFetchStep({
      rawDir: ws.raw, warehousePath: ws.warehouse, trigger: 'manual', logger: captureLogger(), ...SMALL,
      entries: [{ listing: { sort: 'sitemap', url: `${site.base}/sitemap.xml` }, kind: 'poa_profile' }],
    });
    expect([summary.status, summary.message]).toEqual(['partial', 'fetch: 1 new, 0 changed, 0 unchanged, 0 disallowed by robots.txt, 1 failed (1 listing read)']);
    expect(query(ws.warehouse, 'SELECT source_url, outcome, http_status, raw_path IS NULL AS no_path, failure, consecutive_failures FROM fetches ORDER BY source_url')).toEqual([
      { source_url: `${site.base}/bwa.txt`, outcome: 'new', http_status: 200, no_path: 0, failure: null, consecutive_failures: 0 },
      { source_url: `${site.base}/nam.txt`, outcome: 'failed', http_status: 404, no_path: 1, failure: 'HTTP 404', consecutive_failures: 1 },
      { source_url: `${site.base}/sitemap.xml`, outcome: 'listed', http_status: 200, no_path: 1, failure: null, consecutive_failures: 0 },
    ]);
    expect(query(ws.warehouse, 'SELECT documents_seen, documents_loaded, documents_quarantined FROM runs')).toEqual([{ documents_seen: 2, documents_loaded: 1, documents_quarantined: 1 }]);
  });

  it('a fetch refused because another runs on the raw folder is recorded as a failed fetch run, saying why', async () => {
    ws = makeWorkspace('fetch-step-busy');
    writeFile(join(ws.raw, '.salw-partial', 'fetch.pid'), JSON.stringify({ pid: process.ppid, host: hostname(), startedAt: '2026-11-28T02:00:00.000Z' }));
    const summary = await step([`${site.base}/cod.txt`]);
    const why = `the fetch stopped: lock: a fetch is already running on ${ws.raw} (pid ${process.ppid} on ${hostname()}, since 2026-11-28T02:00:00.000Z); this one fetched nothing`;
    expect([summary.status, summary.failure]).toEqual(['failed', why]);
    expect(query(ws.warehouse, 'SELECT pipeline, status, documents_seen, message FROM runs')).toEqual([{ pipeline: 'fetch', status: 'failed', documents_seen: 0, message: why }]);
    expect(query(ws.warehouse, 'SELECT count(*) AS n FROM fetches')).toEqual([{ n: 0 }]);
    expect(events().map((e) => e.eventType)).toEqual(['START', 'FAIL']);
  });

  it("a fetch after a run leaves that run's run-level quality issues in open_quality_issues", async () => {
    ws = makeWorkspace('fetch-step-issues');
    const warehouse = await openWarehouse(ws.warehouse);
    warehouse.sqlite.prepare(`INSERT INTO runs (pipeline, trigger, started_at, status, code_version) VALUES ('poa', 'manual', '2026-11-27T02:00:00Z', 'removal_refused', 'test')`).run();
    warehouse.sqlite.prepare(`INSERT INTO quality_issues (run_id, document_id, severity, rule, message) VALUES (1, NULL, 'error', 'removal-refused', 'would remove 12 of 20 documents')`).run();
    await warehouse.close();
    await step([]);
    expect(query(ws.warehouse, 'SELECT run_id, pipeline FROM runs ORDER BY run_id')).toEqual([{ run_id: 1, pipeline: 'poa' }, { run_id: 2, pipeline: 'fetch' }]);
    expect(query(ws.warehouse, 'SELECT rule, run_id FROM open_quality_issues')).toEqual([{ rule: 'removal-refused', run_id: 1 }]);
  });

  it('schedule --fetch, once: a fetch run row, then a scheduled run that loads exactly the new version', async () => {
    ws = makeWorkspace('fetch-step-schedule');
    let body = readFileSync(join(REPO_ROOT, 'tests/fixtures/amap_profile/civ_french.txt'), 'utf8');
    site.routes.set('/amap/civ.txt', (_req, res) => void res.writeHead(200, { 'content-type': 'text/plain; charset=utf-8' }).end(body));
    const entries = [{ url: `${site.base}/amap/civ.txt`, kind: 'amap_profile' as const, country_iso3: 'CIV', language: 'fr' }];
    const limits = { ...SMALL.limits!, maxBytes: 1024 ** 2 };
    // An earlier night, by hand: fetch, then run.
    await runFetchStep({ rawDir: ws.raw, warehousePath: ws.warehouse, entries, trigger: 'manual', logger: captureLogger(), politeness: SMALL.politeness, limits, now: () => new Date('2026-11-27T02:00:00Z') });
    await runPipelines({ rawDir: ws.raw, warehousePath: ws.warehouse, pipelines: PIPELINES, allPipelines: PIPELINES });
    body = `${body}\n`.replace('2011', '2010');

    const logger = captureLogger();
    // No scheduled run has succeeded yet: the scheduler catches up once on start, which is the night under test.
    const scheduler = await startScheduler({
      rawDir: ws.raw, warehousePath: ws.warehouse, pipelines: PIPELINES, allPipelines: PIPELINES, logger,
      fetchStep: async (signal) => void (await runFetchStep({ rawDir: ws.raw, warehousePath: ws.warehouse, entries, trigger: 'schedule', logger, politeness: SMALL.politeness, limits, signal, lineage: { url: null } })),
    });
    await scheduler.idle();
    await scheduler.stop();
    const runs = query<{ run_id: number; pipeline: string; trigger: string; status: string; documents_loaded: number }>(ws.warehouse, 'SELECT run_id, pipeline, trigger, status, documents_loaded FROM runs ORDER BY run_id');
    expect(runs).toEqual([
      { run_id: 1, pipeline: 'fetch', trigger: 'manual', status: 'succeeded', documents_loaded: 1 },
      { run_id: 2, pipeline: 'amap-profiles,poa', trigger: 'manual', status: 'succeeded', documents_loaded: 1 },
      { run_id: 3, pipeline: 'fetch', trigger: 'schedule', status: 'succeeded', documents_loaded: 1 },
      { run_id: 4, pipeline: 'amap-profiles,poa', trigger: 'schedule', status: 'succeeded', documents_loaded: 1 },
    ]);
    const stamped = query<{ source_path: string }>(ws.warehouse, 'SELECT d.source_path FROM documents d WHERE d.first_run_id = 4');
    expect(stamped.map((d) => d.source_path)).toEqual([expect.stringMatching(new RegExp(`^${folder}/civ\\.\\d{8}T\\d{6}Z\\.txt$`))]);
    expect(query(ws.warehouse, `SELECT source_path, status FROM documents ORDER BY document_id`)).toEqual([
      { source_path: `${folder}/civ.txt`, status: 'superseded' },
      { source_path: stamped[0]!.source_path, status: 'loaded' },
    ]);
  }, 60_000);

  it('the scheduler stopping during its fetch stops the downloads at once, records the fetch as interrupted and starts no run', async () => {
    ws = makeWorkspace('fetch-step-stop');
    let arrived: () => void = () => {};
    const first = new Promise<void>((resolve) => (arrived = resolve));
    for (const name of ['eth', 'eri', 'dji', 'som']) {
      // Headers and a few bytes, then nothing: a download in hand, for as long as the time-out allows.
      site.routes.set(`/${name}.txt`, (_req, res) => {
        res.writeHead(200, { 'content-type': 'text/plain' }).write(`${name} report, the start\n`);
        arrived();
      });
    }
    const entries = ['eth', 'eri', 'dji', 'som'].map((name) => ({ url: `${site.base}/${name}.txt` }));
    const logger = captureLogger();
    const scheduler = await startScheduler({
      rawDir: ws.raw, warehousePath: ws.warehouse, pipelines: PIPELINES, allPipelines: PIPELINES, logger,
      fetchStep: async (signal) => void (await runFetchStep({
        rawDir: ws.raw, warehousePath: ws.warehouse, entries, trigger: 'schedule', logger, signal, lineage: { url: null },
        politeness: { intervalMs: 1_000, perHost: 1 }, limits: { ...SMALL.limits!, timeoutMs: 20_000 },
      })),
    });
    await first;
    const asked = Date.now();
    await scheduler.stop();
    expect(Date.now() - asked).toBeLessThan(3_000);
    expect(query(ws.warehouse, 'SELECT pipeline, trigger, status, documents_seen, documents_quarantined, message FROM runs')).toEqual([
      { pipeline: 'fetch', trigger: 'schedule', status: 'interrupted', documents_seen: 4, documents_quarantined: 0,
        message: 'fetch: 0 new, 0 changed, 0 unchanged, 0 disallowed by robots.txt, 0 failed, 4 not fetched (stopped); the fetch was stopped before the end' },
    ]);
    // Not the sites' fault: no failure recorded against them.
    expect(query(ws.warehouse, 'SELECT count(*) AS n FROM fetches')).toEqual([{ n: 0 }]);
    expect(site.requests.filter((r) => r.path !== '/robots.txt')).toHaveLength(1);
    expect(allFiles(ws.raw)).toEqual([]);
  }, 30_000);
});
