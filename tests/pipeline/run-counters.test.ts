import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { runPipelines } from '../../src/pipeline/run.ts';
import { type CountedResult, countResults, recordCounters } from '../../src/pipeline/run-counters.ts';
import { openWarehouse } from '../../src/warehouse/db.ts';
import { stubPipeline, stubSidecar } from '../helpers/stub-pipeline.ts';
import { makeWorkspace, writeFile } from '../helpers/tmp.ts';
import { captureLogger } from '../ops/support.ts';
import { recordPrepares } from '../helpers/prepared-statements.ts';

let cleanup = () => {};
afterEach(() => cleanup());

describe('the run row while the run goes on', () => {
  it('holds the counters of the documents done so far, so a killed run keeps them', async () => {
    const ws = makeWorkspace('counters');
    cleanup = ws.cleanup;
    for (const name of ['a', 'b', 'c']) {
      writeFile(join(ws.raw, `${name}.txt`), `STUB PROFILE\n2019 ${name} 3\n`);
      writeFile(join(ws.raw, `${name}.txt.meta.json`), stubSidecar());
    }
    const seen: unknown[] = [];
    const pipeline = stubPipeline();
    await runPipelines({
      rawDir: ws.raw, warehousePath: ws.warehouse, pipelines: [pipeline], allPipelines: [pipeline],
      onProgress: (done) => {
        if (done === 0 || done === 3) return;
        const db = new Database(ws.warehouse, { readonly: true });
        try {
          seen.push(db.prepare('SELECT status, documents_seen, documents_loaded, records_loaded FROM runs').get());
        } finally {
          db.close();
        }
      },
    });
    expect(seen).toEqual([
      { status: 'running', documents_seen: 1, documents_loaded: 1, records_loaded: 1 },
      { status: 'running', documents_seen: 2, documents_loaded: 2, records_loaded: 2 },
    ]);
  });

  it('counts the unchanged documents without a write each, and writes them (last_run_id too) with the next document it loads', async () => {
    const ws = makeWorkspace('counters-unchanged');
    cleanup = ws.cleanup;
    for (const name of ['a', 'b', 'd']) {
      writeFile(join(ws.raw, `${name}.txt`), `STUB PROFILE\n2019 ${name} 3\n`);
      writeFile(join(ws.raw, `${name}.txt.meta.json`), stubSidecar());
    }
    const pipeline = stubPipeline();
    const first = await runPipelines({ rawDir: ws.raw, warehousePath: ws.warehouse, pipelines: [pipeline], allPipelines: [pipeline] });
    // c is new, between the unchanged ones: when it is loaded, a and b are written with it; d only at the end.
    writeFile(join(ws.raw, 'c.txt'), 'STUB PROFILE\n2020 c 4\n2021 c 5\n');
    writeFile(join(ws.raw, 'c.txt.meta.json'), stubSidecar());
    const seen: unknown[] = [];
    const logger = captureLogger();
    const second = await runPipelines({
      rawDir: ws.raw, warehousePath: ws.warehouse, pipelines: [pipeline], allPipelines: [pipeline], logger,
      onProgress: (done) => {
        if (done !== 3) return;
        const db = new Database(ws.warehouse, { readonly: true });
        try {
          seen.push(db.prepare('SELECT documents_seen, documents_loaded, documents_skipped, records_loaded FROM runs WHERE run_id = ?').get(latestRunId(db)));
          seen.push(db.prepare('SELECT source_path, last_run_id FROM documents ORDER BY source_path').all());
        } finally {
          db.close();
        }
      },
    });
    expect(second.documents.map((d) => `${d.path}: ${d.outcome}`)).toEqual(['a.txt: unchanged', 'b.txt: unchanged', 'c.txt: loaded', 'd.txt: unchanged']);
    expect(seen).toEqual([
      { documents_seen: 3, documents_loaded: 1, documents_skipped: 2, records_loaded: 2 },
      [
        { source_path: 'a.txt', last_run_id: second.runId },
        { source_path: 'b.txt', last_run_id: second.runId },
        { source_path: 'c.txt', last_run_id: second.runId },
        { source_path: 'd.txt', last_run_id: first.runId },
      ],
    ]);
    const db = new Database(ws.warehouse, { readonly: true });
    try {
      expect(db.prepare('SELECT source_path FROM documents WHERE last_run_id = ? ORDER BY source_path').all(second.runId)).toEqual(
        [{ source_path: 'a.txt' }, { source_path: 'b.txt' }, { source_path: 'c.txt' }, { source_path: 'd.txt' }],
      );
    } finally {
      db.close();
    }
    // One line for the unchanged ones, not one each.
    expect(logger.lines.filter((l) => l.level === 'info').map((l) => l.msg).filter((m) => m.includes('.txt') || m.includes('unchanged'))).toEqual(
      ['loaded c.txt', '3 document(s) unchanged since the last run'],
    );
  });
});

describe('recordCounters', () => {
  const loaded = (records: number, reextracted = false): CountedResult => ({ outcome: 'loaded', reextracted, records });

  async function runRow() {
    const ws = makeWorkspace('counters-row');
    const warehouse = await openWarehouse(ws.warehouse);
    cleanup = () => {
      void warehouse.close();
      ws.cleanup();
    };
    const runId = Number(warehouse.sqlite.prepare(`INSERT INTO runs (pipeline, trigger, started_at, status, code_version)
      VALUES ('test', 'manual', '2026-03-01T00:00:00.000Z', 'running', '0.0.0')`).run().lastInsertRowid);
    const row = () => warehouse.sqlite.prepare('SELECT documents_seen, documents_loaded, documents_skipped, documents_reextracted, records_loaded FROM runs').get();
    return { warehouse, runId, row };
  }

  it('writes the counts of the list it is given, with an UPDATE prepared once per connection', async () => {
    const { warehouse, runId, row } = await runRow();
    const prepared = recordPrepares(warehouse.sqlite);
    const first: CountedResult[] = [loaded(1), loaded(2)];
    recordCounters(warehouse, runId, countResults(first));
    first.push({ outcome: 'quarantined', reextracted: false, records: 0 });
    recordCounters(warehouse, runId, countResults(first));
    expect(row()).toMatchObject({ documents_seen: 3, documents_loaded: 2, records_loaded: 3 });
    recordCounters(warehouse, runId, countResults([loaded(4)]));
    expect(row()).toMatchObject({ documents_seen: 1, documents_loaded: 1, records_loaded: 4 });
    expect(prepared.filter((source) => source.startsWith('UPDATE runs'))).toHaveLength(1);
  });
});

/** The run in progress (the latest). */
function latestRunId(db: Database.Database): number {
  return (db.prepare('SELECT max(run_id) AS id FROM runs').get() as { id: number }).id;
}
