import { rmSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openRunWarehouse } from '../../../src/ops/open-warehouse.ts';
import { readStatus } from '../../../src/ops/status.ts';
import { runPipelines } from '../../../src/pipeline/run.ts';
import { openPostgresWarehouse } from '../../../src/warehouse/postgres/warehouse.ts';
import { runCli } from '../../helpers/cli.ts';
import { stubPipeline } from '../../helpers/stub-pipeline.ts';
import { testPostgres } from '../../helpers/postgres.ts';
import { makeWorkspace } from '../../helpers/tmp.ts';
import { type ChildOutcome, type ChildRunArgs, spawnChildRun, stubDoc, waitForExit } from '../../ops/support.ts';

/**
 * Several ingest processes on one PostgreSQL warehouse (real processes, a real server): they split the corpus by
 * leasing each document before reading it, so none is read or loaded twice; one killed mid-document leaves
 * nothing of that document, and the others (or the next run) load it once its lease goes stale.
 */

const server = await testPostgres();

const DOCUMENTS = 24;

interface ChildResult {
  runId: number;
  status: string;
  loaded: number;
  skipped: number;
  loadedPaths: string[];
  removed: number;
}

const resultOf = (out: ChildOutcome): ChildResult | null => {
  const line = out.stdout.split('\n').find((l) => l.startsWith('RESULT '));
  return line ? (JSON.parse(line.slice('RESULT '.length)) as ChildResult) : null;
};

/** A raw folder of DOCUMENTS stub documents, document i holding i % 3 + 1 explosions. */
function corpus(prefix: string) {
  const ws = makeWorkspace(prefix);
  for (let i = 0; i < DOCUMENTS; i++) {
    const lines = Array.from({ length: (i % 3) + 1 }, (_, j) => `${2000 + j} Place${i} ${j}`);
    stubDoc(ws.raw, `doc${String(i).padStart(2, '0')}.txt`, `STUB PROFILE\n${lines.join('\n')}\n`);
  }
  return ws;
}

const expectedExplosions = Array.from({ length: DOCUMENTS }, (_, i) => (i % 3) + 1).reduce((a, b) => a + b, 0);

/** What the warehouse holds: documents by status, explosions per document path, runs. */
async function held(url: string) {
  const pg = await openPostgresWarehouse(url, { readonly: true });
  try {
    const documents = await pg.db.selectFrom('documents').select(['source_path', 'status']).orderBy('source_path').orderBy('document_id').execute();
    const explosions = await pg.db.selectFrom('explosions').innerJoin('documents', 'documents.document_id', 'explosions.document_id')
      .select(['documents.source_path', 'documents.status']).execute();
    const runs = await pg.db.selectFrom('runs').select(['run_id', 'status', 'host', 'pid', 'documents_loaded', 'message', 'code_digest', 'heartbeat_at']).orderBy('run_id').execute();
    const leases = await pg.db.selectFrom('document_leases').selectAll().execute();
    return { documents, explosions, runs, leases };
  } finally {
    await pg.close();
  }
}

const cleanups: (() => void)[] = [];
afterAll(() => {
  for (const cleanup of cleanups) cleanup();
});

describe.skipIf(!server.available)('several ingest processes on one PostgreSQL warehouse', () => {
  const limits = { staleMs: 3_000, heartbeatMs: 250, pollMs: 200 } satisfies Partial<ChildRunArgs>;

  it.each([2, 4])('%i processes started at once load every document exactly once, and split the work', async (processes) => {
    if (!server.available) return;
    const url = await server.database();
    const ws = corpus(`shared-${processes}`);
    cleanups.push(ws.cleanup);
    const children = Array.from({ length: processes }, () => spawnChildRun({ raw: ws.raw, warehouse: url, anyBackend: true, delayMs: 60, lockTimeoutMs: 60_000, ...limits }));
    const outs = await Promise.all(children.map(waitForExit));
    expect(outs.map((o) => o.code)).toEqual(Array(processes).fill(0));
    const results = outs.map(resultOf) as ChildResult[];
    // Every document loaded by exactly one process; more than one process did some of the work.
    const loadedPaths = results.flatMap((r) => r.loadedPaths).sort();
    expect(loadedPaths).toEqual(Array.from({ length: DOCUMENTS }, (_, i) => `doc${String(i).padStart(2, '0')}.txt`));
    expect(results.filter((r) => r.loaded > 0).length).toBeGreaterThan(1);
    expect(results.map((r) => r.status)).toEqual(Array(processes).fill('succeeded'));
    const after = await held(url);
    expect(after.documents.length).toBe(DOCUMENTS);
    expect(after.documents.every((d) => d.status === 'loaded')).toBe(true);
    expect(after.explosions.length).toBe(expectedExplosions);
    // Each run recorded its process and host, and one code digest; the leases are all given back.
    expect(after.runs.map((r) => r.status)).toEqual(Array(processes).fill('succeeded'));
    expect(new Set(after.runs.map((r) => r.pid)).size).toBe(processes);
    expect(after.runs.every((r) => typeof r.host === 'string' && r.host.length > 0 && r.heartbeat_at !== null)).toBe(true);
    expect(new Set(after.runs.map((r) => r.code_digest)).size).toBe(1);
    expect(after.runs.reduce((sum, r) => sum + r.documents_loaded, 0)).toBe(DOCUMENTS);
    expect(after.leases).toEqual([]);
  }, 120_000);

  it('two processes with --full-refresh re-extract each document once between them', async () => {
    if (!server.available) return;
    const url = await server.database();
    const ws = corpus('shared-refresh');
    cleanups.push(ws.cleanup);
    expect(resultOf(await waitForExit(spawnChildRun({ raw: ws.raw, warehouse: url, anyBackend: true, ...limits }))))
      .toMatchObject({ status: 'succeeded', loaded: DOCUMENTS });
    const children = [0, 1].map(() => spawnChildRun({ raw: ws.raw, warehouse: url, anyBackend: true, fullRefresh: true, delayMs: 60, lockTimeoutMs: 60_000, ...limits }));
    const results = (await Promise.all(children.map(waitForExit))).map(resultOf) as ChildResult[];
    expect(results.flatMap((r) => r.loadedPaths).sort()).toEqual(Array.from({ length: DOCUMENTS }, (_, i) => `doc${String(i).padStart(2, '0')}.txt`));
    expect(results.filter((r) => r.loaded > 0).length).toBe(2);
    expect(results.map((r) => r.loaded + r.skipped)).toEqual([DOCUMENTS, DOCUMENTS]);
    const after = await held(url);
    expect(after.documents.length).toBe(DOCUMENTS);
    expect(after.explosions.length).toBe(expectedExplosions);
  }, 120_000);

  it('status lists the processes ingesting now, with their last heartbeat and the documents they are reading', async () => {
    if (!server.available) return;
    const url = await server.database();
    const ws = corpus('shared-status');
    cleanups.push(ws.cleanup);
    const child = spawnChildRun({ raw: ws.raw, warehouse: url, anyBackend: true, delayMs: 400, ...limits });
    const exited = waitForExit(child);
    let status = await readStatus(url).catch(() => null);
    // Until it is reading a document (its run row is written before it lists the folder).
    for (let tries = 0; (status?.ingesting[0]?.leased ?? 0) === 0 && tries < 100; tries++) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      status = await readStatus(url).catch(() => null);
    }
    expect(status?.ingesting).toEqual([{ runId: 1, pid: child.pid, host: hostname(), startedAt: expect.any(String), heartbeatAt: expect.any(String), leased: expect.any(Number) }]);
    expect(status?.ingesting[0]?.leased).toBeGreaterThan(0);
    const printed = runCli(['status', '--warehouse', url]);
    expect(printed.stdout).toMatch(new RegExp(`\\ningesting: run 1, pid ${child.pid} on ${hostname()}, since \\S+, last heartbeat \\S+, \\d+ document\\(s\\) being read\\n`, 'u'));
    child.kill('SIGTERM');
    await exited;
  }, 120_000);

  it('one process killed mid-document leaves nothing of that document; the other takes its leases when they go stale and loads it once', async () => {
    if (!server.available) return;
    const url = await server.database();
    const ws = corpus('shared-kill');
    cleanups.push(ws.cleanup);
    // The victim kills itself inside its second document's transaction (facts written, not committed).
    const victim = spawnChildRun({ raw: ws.raw, warehouse: url, anyBackend: true, delayMs: 60, faultAt: 'in-transaction#2', ...limits });
    const survivor = spawnChildRun({ raw: ws.raw, warehouse: url, anyBackend: true, delayMs: 60, lockTimeoutMs: 60_000, ...limits });
    const [killed, finished] = await Promise.all([waitForExit(victim), waitForExit(survivor)]);
    expect(killed.signal).toBe('SIGKILL');
    expect(finished.code).toBe(0);
    const result = resultOf(finished) as ChildResult;
    expect(result.status).toBe('succeeded');
    const after = await held(url);
    // Every document once, loaded, with all its facts: none half-loaded, none twice.
    expect(after.documents.map((d) => `${d.source_path} ${d.status}`)).toEqual(Array.from({ length: DOCUMENTS }, (_, i) => `doc${String(i).padStart(2, '0')}.txt loaded`));
    expect(after.explosions.length).toBe(expectedExplosions);
    // The victim's run was closed as abandoned by the survivor; its leases are gone.
    const victimRun = after.runs.find((r) => r.pid === victim.pid);
    expect(victimRun?.status).toBe('interrupted');
    expect(victimRun?.message).toMatch(/^abandoned: its process \(pid \d+ on \S+\) stopped without closing the run$/u);
    expect(after.runs.find((r) => r.pid === survivor.pid)?.status).toBe('succeeded');
    expect(after.leases).toEqual([]);
    // The victim loaded its first document only; the survivor the rest, the victim's second included.
    expect(victimRun?.documents_loaded).toBe(1);
    expect(result.loaded).toBe(DOCUMENTS - 1);
  }, 120_000);

  it('a process killed alone leaves its lease; the next run, once the lease is stale, loads what it left', async () => {
    if (!server.available) return;
    const url = await server.database();
    const ws = corpus('shared-next');
    cleanups.push(ws.cleanup);
    const killed = await waitForExit(spawnChildRun({ raw: ws.raw, warehouse: url, anyBackend: true, faultAt: 'in-transaction#5', ...limits }));
    expect(killed.signal).toBe('SIGKILL');
    const between = await held(url);
    expect(between.documents.length).toBe(4);
    expect(between.leases.length).toBeGreaterThan(0);
    const next = await waitForExit(spawnChildRun({ raw: ws.raw, warehouse: url, anyBackend: true, ...limits }));
    expect(resultOf(next)).toMatchObject({ status: 'succeeded', loaded: DOCUMENTS - 4, skipped: 4 });
    const after = await held(url);
    expect(after.documents.length).toBe(DOCUMENTS);
    expect(after.explosions.length).toBe(expectedExplosions);
    expect(after.runs.map((r) => r.status)).toEqual(['interrupted', 'succeeded']);
    expect(after.leases).toEqual([]);
  }, 120_000);

  it('the last process to finish does the removals; one that finishes while another still loads leaves them to it', async () => {
    if (!server.available) return;
    const url = await server.database();
    const ws = corpus('shared-removals');
    cleanups.push(ws.cleanup);
    const first = await waitForExit(spawnChildRun({ raw: ws.raw, warehouse: url, anyBackend: true, ...limits }));
    expect(resultOf(first)?.loaded).toBe(DOCUMENTS);
    rmSync(join(ws.raw, 'doc00.txt'));
    rmSync(join(ws.raw, 'doc00.txt.meta.json'));
    // A slow process and a fast one: the fast one finishes first, sees the slow one loading, and leaves the removal.
    const fast = spawnChildRun({ raw: ws.raw, warehouse: url, anyBackend: true, ...limits });
    const slow = spawnChildRun({ raw: ws.raw, warehouse: url, anyBackend: true, delayMs: 50, ...limits });
    const [fastOut, slowOut] = await Promise.all([waitForExit(fast), waitForExit(slow)]);
    const removed = [resultOf(fastOut), resultOf(slowOut)].map((r) => r?.removed);
    expect(removed.sort()).toEqual([0, 1]);
    const after = await held(url);
    expect(after.documents.filter((d) => d.status === 'removed').map((d) => d.source_path)).toEqual(['doc00.txt']);
  }, 120_000);
});

describe.skipIf(!server.available)('a process of another build on a shared warehouse', () => {
  it('refuses to ingest after a run of other extraction code, unless told --takeover; then the old build is refused', async () => {
    if (!server.available) return;
    const url = await server.database();
    const ws = makeWorkspace('shared-build');
    cleanups.push(ws.cleanup);
    stubDoc(ws.raw, 'a.txt', 'STUB PROFILE\n2019 Arys 3\n');
    const run = (version: number, takeover = false) =>
      runPipelines({ rawDir: ws.raw, warehousePath: url, openWarehouse: openRunWarehouse, pipelines: [stubPipeline(version)], allPipelines: [stubPipeline(version)], takeover });
    expect((await run(1)).documentsLoaded).toBe(1);
    expect((await run(1)).documentsSkipped).toBe(1);
    await expect(run(2)).rejects.toThrow(
      /^config: the warehouse postgres:\/\/postgres:\*\*\*@127\.0\.0\.1:\d+\/salw_test_\d+_\d+ was last loaded by other extraction code \(run 2, pid \d+ on \S+, code digest [0-9a-f]{12}; this process's is [0-9a-f]{12}\)\. Two builds loading one warehouse would re-extract each other's documents in turn: stop the processes of the other build, then start this one with --takeover \(it re-extracts what its code reads differently\)$/u,
    );
    const taken = await run(2, true);
    expect([taken.status, taken.documentsReextracted]).toEqual(['succeeded', 1]);
    await expect(run(1)).rejects.toThrow(/was last loaded by other extraction code \(run 3,/u);
    const after = await held(url);
    expect(after.runs.map((r) => r.run_id)).toEqual([1, 2, 3]);
  });
});
