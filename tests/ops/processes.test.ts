import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { runPipelines } from '../../src/pipeline/run.ts';
import { stubPipeline } from '../helpers/stub-pipeline.ts';
import { makeWorkspace } from '../helpers/tmp.ts';
import { type ChildOutcome, query, spawnChildRun, stubDoc, waitForExit, waitForLine } from './support.ts';

let cleanups: (() => void)[] = [];
afterEach(() => {
  for (const c of cleanups) c();
  cleanups = [];
});

function workspace(prefix: string) {
  const ws = makeWorkspace(prefix);
  cleanups.push(ws.cleanup);
  stubDoc(ws.raw, 'a.txt', 'STUB PROFILE\n2019 Arys 3\n2019 Arys 0\n');
  stubDoc(ws.raw, 'b.txt', 'STUB PROFILE\n2021 Taraz 12\n2010 Zhambyl 0\n2009 Almaty 1\n');
  stubDoc(ws.raw, 'c.txt', 'STUB PROFILE\n2001 Balkhash 0\n');
  return ws;
}

const result = (out: ChildOutcome) => {
  const line = out.stdout.split('\n').find((l) => l.startsWith('RESULT '));
  return line ? (JSON.parse(line.slice('RESULT '.length)) as { runId: number; status: string; loaded: number; skipped: number }) : null;
};

/** The warehouse's content as an analyst sees it, without ids, run ids or timestamps. */
function content(warehouse: string) {
  return {
    documents: query(warehouse, 'SELECT source_path, sha256, status, kind, country_iso3, extractor FROM documents ORDER BY source_path, document_id'),
    explosions: query(warehouse, `SELECT d.source_path, e.year, e.location, e.deaths, e.line_start, e.source_text, e.row_number
      FROM explosions e JOIN documents d USING (document_id) ORDER BY d.source_path, e.line_start`),
    issues: query(warehouse, 'SELECT d.source_path, q.severity, q.rule FROM quality_issues q JOIN documents d USING (document_id) ORDER BY d.source_path, q.rule'),
  };
}

describe('two processes started at once against one warehouse', () => {
  it('the second waits for the first, then skips everything: the data is loaded once', async () => {
    const ws = workspace('two-wait');
    const children = [0, 1].map(() => spawnChildRun({ raw: ws.raw, warehouse: ws.warehouse, delayMs: 700, lockTimeoutMs: 60_000 }));
    const outs = await Promise.all(children.map(waitForExit));
    expect(outs.map((o) => o.code)).toEqual([0, 0]);
    const results = outs.map(result).sort((x, y) => (x?.runId ?? 0) - (y?.runId ?? 0));
    expect(results).toEqual([
      { runId: 1, status: 'succeeded', loaded: 3, skipped: 0 },
      { runId: 2, status: 'succeeded', loaded: 0, skipped: 3 },
    ]);
    // The waiter said whom it was waiting for.
    const waiter = outs.find((o) => result(o)?.runId === 2);
    expect(waiter?.stderr).toMatch(/"msg":"the warehouse is locked by pid \d+ on \S+ \(run stub, since \d{4}-\d\d-\d\dT[\d:.]+Z\); waiting"/);
    expect(query(ws.warehouse, 'SELECT count(*) AS n FROM explosions')).toEqual([{ n: 6 }]);
    expect(query(ws.warehouse, 'SELECT count(*) AS n FROM documents')).toEqual([{ n: 3 }]);
    // One after the other, never both at once.
    const runs = query<{ started_at: string; finished_at: string }>(ws.warehouse, 'SELECT started_at, finished_at FROM runs ORDER BY run_id');
    expect(runs.length).toBe(2);
    expect(runs[1]!.started_at >= runs[0]!.finished_at).toBe(true);
    expect(query(ws.warehouse, 'SELECT count(*) AS n FROM warehouse_lock')).toEqual([{ n: 0 }]);
  });

  it('with a short lock timeout the second refuses, naming the holder, and exits non-zero', async () => {
    const ws = workspace('two-refuse');
    const children = [0, 1].map(() => spawnChildRun({ raw: ws.raw, warehouse: ws.warehouse, delayMs: 1500, lockTimeoutMs: 500 }));
    const outs = await Promise.all(children.map(waitForExit));
    expect(outs.map((o) => o.code).sort()).toEqual([0, 1]);
    const refused = outs.find((o) => o.code === 1)!;
    const winner = outs.find((o) => o.code === 0)!;
    expect(refused.stdout).toMatch(
      /FAILED lock: the warehouse \S+salw\.sqlite is locked by pid \d+ on host \S+ \(run stub, since \d{4}-\d\d-\d\dT[\d:.]+Z, last heartbeat [\dT:.Z-]+\); waited \d+\.\d s\. Try again when it has finished, or wait longer with --lock-timeout <seconds>/,
    );
    expect(result(winner)).toEqual({ runId: 1, status: 'succeeded', loaded: 3, skipped: 0 });
    expect(query(ws.warehouse, 'SELECT run_id, status, documents_loaded FROM runs')).toEqual([{ run_id: 1, status: 'succeeded', documents_loaded: 3 }]);
    expect(query(ws.warehouse, 'SELECT count(*) AS n FROM explosions')).toEqual([{ n: 6 }]);
  });
});

describe('a run killed with SIGKILL in the middle of a document', () => {
  it('leaves a sound warehouse without the half-loaded document, and the next run completes to the same content', async () => {
    const ws = workspace('killed');
    // a.txt holds explosion inserts 1-2; the 3rd is b.txt's first row, inside b's transaction.
    const child = spawnChildRun({ raw: ws.raw, warehouse: ws.warehouse, blockAtExplosionInsert: 3 });
    const exited = waitForExit(child);
    await waitForLine(child, 'BLOCKED');

    // The document transaction is open: another writer cannot begin.
    const probe = new Database(ws.warehouse);
    probe.pragma('busy_timeout = 0');
    expect(() => probe.exec('BEGIN IMMEDIATE')).toThrow(/database is locked/);
    probe.close();

    child.kill('SIGKILL');
    expect((await exited).signal).toBe('SIGKILL');

    const db = new Database(ws.warehouse);
    expect(db.pragma('integrity_check')).toEqual([{ integrity_check: 'ok' }]);
    db.close();
    expect(query(ws.warehouse, 'SELECT source_path, status FROM documents')).toEqual([{ source_path: 'a.txt', status: 'loaded' }]);
    expect(query(ws.warehouse, "SELECT count(*) AS n FROM explosions WHERE source_text IN ('2021 Taraz 12', '2010 Zhambyl 0', '2009 Almaty 1')")).toEqual([{ n: 0 }]);
    expect(query(ws.warehouse, 'SELECT count(*) AS n FROM explosions')).toEqual([{ n: 2 }]);
    expect(query(ws.warehouse, 'SELECT run_id, status FROM runs')).toEqual([{ run_id: 1, status: 'running' }]);
    expect(query(ws.warehouse, 'SELECT holder_pid FROM warehouse_lock')).toEqual([{ holder_pid: child.pid }]);

    // The next run takes the dead process's lock over, closes its run, and loads the rest.
    const pipeline = stubPipeline();
    const next = await runPipelines({ rawDir: ws.raw, warehousePath: ws.warehouse, pipelines: [pipeline], allPipelines: [pipeline], lock: { timeoutMs: 2_000 } });
    expect(next.status).toBe('succeeded');
    expect(next.documents.map((d) => [d.path, d.outcome])).toEqual([['a.txt', 'unchanged'], ['b.txt', 'loaded'], ['c.txt', 'loaded']]);
    expect(query(ws.warehouse, 'SELECT run_id, status, message FROM runs ORDER BY run_id')).toEqual([
      { run_id: 1, status: 'interrupted', message: `abandoned: its process (pid ${child.pid} on ${(await import('node:os')).hostname()}) stopped without closing the run` },
      { run_id: 2, status: 'succeeded', message: null },
    ]);

    // Same content as a run that was never interrupted.
    const clean = makeWorkspace('uninterrupted');
    cleanups.push(clean.cleanup);
    for (const name of ['a.txt', 'b.txt', 'c.txt']) {
      const { readFileSync } = await import('node:fs');
      stubDoc(clean.raw, name, readFileSync(`${ws.raw}/${name}`, 'utf8'));
    }
    await runPipelines({ rawDir: clean.raw, warehousePath: clean.warehouse, pipelines: [pipeline], allPipelines: [pipeline] });
    expect(content(ws.warehouse)).toEqual(content(clean.warehouse));
    expect(content(ws.warehouse).explosions).toHaveLength(6);
  });
});
