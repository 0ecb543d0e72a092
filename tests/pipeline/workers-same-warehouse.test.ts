import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PIPELINES } from '../../pipelines/index.ts';
import { stageFixtureDocuments } from '../../scripts/canonical-dump.ts';
import { documentWorkerEntry } from '../../src/cli/document-worker-entry.ts';
import { runPipelines } from '../../src/pipeline/run.ts';
import { makeWorkspace } from '../helpers/tmp.ts';

/**
 * However many workers read the documents, the warehouse is the same, ids included: documents are loaded in
 * discovery order whatever order their readings finish in. Only what says when and where a run happened
 * differs between two runs (times, durations, the process and host).
 */

/** Columns that record when, how long or by which process: they differ between any two runs. */
const RUN_CIRCUMSTANCES = /(?:_at$|_ms$|^pid$|^host$|heartbeat|^timestamp$)/u;

/** Every row of every table, all columns but the run's circumstances, in rowid order. */
function wholeWarehouse(path: string): Record<string, unknown[]> {
  const db = new Database(path, { readonly: true });
  try {
    const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name").pluck().all() as string[];
    const out: Record<string, unknown[]> = {};
    for (const table of tables) {
      const columns = (db.prepare(`PRAGMA table_info("${table}")`).all() as { name: string }[]).map((c) => c.name).filter((c) => !RUN_CIRCUMSTANCES.test(c));
      const withoutRowid = (db.prepare("SELECT sql FROM sqlite_master WHERE name = ?").pluck().get(table) as string).includes('WITHOUT ROWID');
      out[table] = db.prepare(`SELECT ${columns.map((c) => `"${c}"`).join(', ')} FROM "${table}" ${withoutRowid ? '' : 'ORDER BY rowid'}`).all();
    }
    return out;
  } finally {
    db.close();
  }
}

describe('the number of workers', () => {
  const ws = makeWorkspace('workers-same-warehouse');
  const raw = join(ws.dir, 'raw');
  beforeAll(async () => {
    mkdirSync(raw, { recursive: true });
    await stageFixtureDocuments(raw);
  }, 120_000);
  afterAll(() => ws.cleanup());

  it('changes nothing in the warehouse, ids included: one worker and four load the same rows', async () => {
    const warehouses = [];
    for (const workers of [1, 4]) {
      const warehousePath = join(ws.dir, `w${workers}`, 'salw.sqlite');
      const summary = await runPipelines({ rawDir: raw, warehousePath, pipelines: PIPELINES, allPipelines: PIPELINES, workerEntry: documentWorkerEntry(), workers });
      expect(summary.documentsLoaded).toBeGreaterThan(100);
      warehouses.push(wholeWarehouse(warehousePath));
    }
    const [one, four] = warehouses as [Record<string, unknown[]>, Record<string, unknown[]>];
    expect(Object.keys(four)).toEqual(Object.keys(one));
    const differing = Object.keys(one).filter((table) => JSON.stringify(four[table]) !== JSON.stringify(one[table]));
    expect(differing).toEqual([]);
    expect(one.quality_issues?.length).toBeGreaterThan(100);
  }, 600_000);
});
