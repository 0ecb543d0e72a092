import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { runPipelines } from '../../src/pipeline/run.ts';
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
