import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { runPipelines } from '../../src/pipeline/run.ts';
import { type CountedResult, countResults, QUIET_DOCUMENTS_WAIT_MS, recordCountersSoFar } from '../../src/pipeline/run-counters.ts';
import { openWarehouse } from '../../src/warehouse/db.ts';
import { stubPipeline, stubSidecar } from '../helpers/stub-pipeline.ts';
import { makeWorkspace, writeFile } from '../helpers/tmp.ts';

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
});

describe('recordCountersSoFar', () => {
  const unchanged: CountedResult = { outcome: 'unchanged', reextracted: false, records: 0 };
  const otherPipeline: CountedResult = { outcome: 'other_pipeline', reextracted: false, records: 0 };
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

  it('writes the row after every document written, and those that needed nothing at most every QUIET_DOCUMENTS_WAIT_MS', async () => {
    const { warehouse, runId, row } = await runRow();
    const results: CountedResult[] = [];
    const rowAfter = (result: CountedResult, at: number) => {
      results.push(result);
      recordCountersSoFar(warehouse, runId, results, at);
      return row();
    };
    const counts = (seen: number, loadedDocs: number, skipped: number, reextracted: number, records: number) => ({
      documents_seen: seen, documents_loaded: loadedDocs, documents_skipped: skipped, documents_reextracted: reextracted, records_loaded: records,
    });
    expect(QUIET_DOCUMENTS_WAIT_MS).toBe(250);
    expect(rowAfter(unchanged, 10_000)).toEqual(counts(1, 0, 1, 0, 0));
    expect(rowAfter(unchanged, 10_100)).toEqual(counts(1, 0, 1, 0, 0));
    expect(rowAfter(loaded(5), 10_150)).toEqual(counts(3, 1, 2, 0, 5));
    expect(rowAfter(otherPipeline, 10_399)).toEqual(counts(3, 1, 2, 0, 5));
    expect(rowAfter(unchanged, 10_400)).toEqual(counts(5, 1, 4, 0, 5));
    expect(rowAfter(loaded(2, true), 10_401)).toEqual(counts(6, 2, 4, 1, 7));
    expect(countResults(results)).toEqual({
      documentsSeen: 6, documentsLoaded: 2, documentsSkipped: 4, documentsQuarantined: 0, documentsReextracted: 1, recordsLoaded: 7,
    });
  });

  it('counts a new results list from its start, and prepares its UPDATE once per connection', async () => {
    const { warehouse, runId, row } = await runRow();
    let prepared = 0;
    const prepare = warehouse.sqlite.prepare.bind(warehouse.sqlite);
    warehouse.sqlite.prepare = ((source: string) => {
      if (source.startsWith('UPDATE runs')) prepared += 1;
      return prepare(source);
    }) as typeof warehouse.sqlite.prepare;
    const first: CountedResult[] = [loaded(1), loaded(2)];
    recordCountersSoFar(warehouse, runId, first, 0);
    first.push({ outcome: 'quarantined', reextracted: false, records: 0 });
    recordCountersSoFar(warehouse, runId, first, 1);
    expect(row()).toMatchObject({ documents_seen: 3, documents_loaded: 2, records_loaded: 3 });
    recordCountersSoFar(warehouse, runId, [loaded(4)], 2);
    expect(row()).toMatchObject({ documents_seen: 1, documents_loaded: 1, records_loaded: 4 });
    expect(prepared).toBe(1);
  });
});
