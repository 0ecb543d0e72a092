import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import type { ExplosionRecord, Extraction } from '../../src/model/records.ts';
import type { RawFile } from '../../src/model/raw-file.ts';
import { openWarehouse, type Warehouse } from '../../src/warehouse/db.ts';
import { factStoreFor } from '../../src/warehouse/fact-store.ts';
import { type DocumentVersion, loadDocument } from '../../src/warehouse/loader.ts';
import { makeWorkspace } from '../helpers/tmp.ts';
import { recordPrepares } from '../helpers/prepared-statements.ts';

/**
 * The fact store (src/warehouse/sqlite-fact-store.ts) writes with raw better-sqlite3 statements on the
 * connection kysely uses: the document's transaction, opened by kysely, must cover them, and its statements
 * are prepared once for the whole run.
 */

const cleanups: (() => void)[] = [];
afterEach(() => {
  for (const cleanup of cleanups.splice(0)) cleanup();
});

async function warehouseWithRun(): Promise<{ warehouse: Warehouse; path: string; runId: number; count: (table: string) => number }> {
  const ws = makeWorkspace('fact-store');
  const warehouse = await openWarehouse(ws.warehouse);
  cleanups.push(() => {
    void warehouse.close();
    ws.cleanup();
  });
  const runId = Number(warehouse.sqlite.prepare(`INSERT INTO runs (pipeline, trigger, started_at, status, code_version)
    VALUES ('test', 'manual', '2026-03-01T00:00:00.000Z', 'running', '0.0.0')`).run().lastInsertRowid);
  /** Rows of `table` as another connection sees them: committed rows only. */
  const count = (table: string): number => {
    const other = new Database(ws.warehouse, { readonly: true });
    try {
      return (other.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
    } finally {
      other.close();
    }
  };
  return { warehouse, path: ws.warehouse, runId, count };
}

function versionOf(path: string, sha256: string): DocumentVersion {
  const file: RawFile = { path, absPath: `/raw/${path}`, sha256, sizeBytes: 120, mtime: '2026-02-11T08:00:00.000Z', meta: null, metaProblem: null };
  return {
    file, format: 'text', encoding: 'utf-8', pageCount: null, kind: 'amap_profile', kindConfidence: 0.9, kindSigns: null, countryIso3: 'MNG',
    title: null, reportYear: null, reportYearBasis: null, language: 'en', dateRaw: null, dateIso: null, documentCode: null, extractor: 'test@1',
  };
}

function explosion(line: number, year: number, location: string, deaths: number | null): ExplosionRecord {
  return {
    line_start: line, line_end: line, page: null, source_text: `${year} ${location} ${deaths ?? '?'}`, year, location, owner_raw: null,
    owner_type: null, owner_sector: null, deaths, injuries: null, row_number: line, table_caption: null,
    steps: [{ column: 'deaths', source_words: String(deaths), rule: 'quantity.digits', lexicon_entry: null, language: null, value: String(deaths) }],
  };
}

function extractionOf(explosions: ExplosionRecord[]): Extraction {
  return {
    document: {}, explosions, diversions: [], tallies: [], sections: [], citations: [], count_statements: [], report_submissions: [],
    meeting_statements: [], issues: [{ severity: 'info', rule: 'test-note', message: 'a note on the first explosion', line_start: 3, record: { table: 'explosions', index: 0 } }],
  };
}

describe('the fact store inside a document transaction', () => {
  it('writes through the connection of a kysely transaction: unseen by others until the commit, gone on a rollback', async () => {
    const { warehouse, runId, count } = await warehouseWithRun();
    const store = factStoreFor(warehouse);
    const issue = { run_id: runId, document_id: null, severity: 'warning' as const, rule: 'test-rule', message: 'm', table_name: null, record_id: null, line_start: null };

    await expect(warehouse.db.transaction().execute(async (trx) => {
      await store.insertIssues([issue, issue]);
      // The transaction's own connection sees the rows, kysely's queries included; another connection does not.
      expect((await trx.selectFrom('quality_issues').select('issue_id').execute()).length).toBe(2);
      expect(count('quality_issues')).toBe(0);
      throw new Error('the document failed');
    })).rejects.toThrow('the document failed');
    expect(warehouse.sqlite.inTransaction).toBe(false);
    expect(count('quality_issues')).toBe(0);

    await warehouse.db.transaction().execute(async () => {
      await store.insertIssues([issue]);
      expect(count('quality_issues')).toBe(0);
    });
    expect(count('quality_issues')).toBe(1);
  });

  it('leaves nothing of a document whose load fails after some of its facts and steps were written', async () => {
    const { warehouse, runId, count } = await warehouseWithRun();
    const broken = explosion(5, 2019, 'Darkhan', 2);
    (broken as unknown as { row_number: null }).row_number = null;
    const extraction = extractionOf([explosion(3, 2018, 'Erdenet', 4), explosion(4, 2018, 'Erdenet', 4), broken]);

    await expect(loadDocument(warehouse, runId, versionOf('mng.txt', 'a'.repeat(64)), extraction)).rejects.toThrow(/NOT NULL constraint failed: explosions.row_number/);
    expect(['documents', 'explosions', 'transformations', 'quality_issues'].map(count)).toEqual([0, 0, 0, 0]);
  });

  it('prepares each statement once for the run, whatever the number of rows and documents', async () => {
    const { warehouse, runId, count } = await warehouseWithRun();
    const prepared = recordPrepares(warehouse.sqlite);

    for (const [n, place] of ['Erdenet', 'Darkhan', 'Khovd'].entries()) {
      const extraction = extractionOf([explosion(3, 2016 + n, place, n), explosion(4, 2016 + n, place, n + 10)]);
      await loadDocument(warehouse, runId, versionOf(`${place}.txt`, String(n).repeat(64)), extraction);
    }
    expect(['documents', 'explosions', 'transformations', 'quality_issues'].map(count)).toEqual([3, 6, 6, 3]);
    const times = (start: string) => prepared.filter((source) => source.startsWith(start)).length;
    expect([times('insert into "explosions"'), times('insert into "transformations"'), times('insert into "quality_issues"'), times('select * from "explosions"')])
      .toEqual([1, 1, 1, 1]);
  });

  it('keeps the ids of facts loaded again, and deletes the document\'s facts not written again with their steps', async () => {
    const { warehouse, runId } = await warehouseWithRun();
    const first = extractionOf([explosion(3, 2018, 'Erdenet', 4), explosion(4, 2019, 'Darkhan', 1), explosion(5, 2020, 'Khovd', 7)]);
    await loadDocument(warehouse, runId, versionOf('mng.txt', 'b'.repeat(64)), first);
    const ids = () => warehouse.sqlite.prepare('SELECT explosion_id, location, deaths FROM explosions ORDER BY explosion_id').all();
    const steps = () => warehouse.sqlite.prepare('SELECT fact_id, value FROM transformations ORDER BY fact_id').all();
    expect(ids()).toEqual([{ explosion_id: 1, location: 'Erdenet', deaths: 4 }, { explosion_id: 2, location: 'Darkhan', deaths: 1 }, { explosion_id: 3, location: 'Khovd', deaths: 7 }]);

    // The same bytes again (a new extractor version): Darkhan is no longer read, Khovd's deaths are read anew.
    const again = extractionOf([explosion(3, 2018, 'Erdenet', 4), explosion(5, 2020, 'Khovd', 7), explosion(6, 2021, 'Uliastai', 3)]);
    const outcome = await loadDocument(warehouse, runId, versionOf('mng.txt', 'b'.repeat(64)), again);
    expect(outcome).toMatchObject({ documentId: 1, reextracted: true, recordsLoaded: 3 });
    expect(ids()).toEqual([{ explosion_id: 1, location: 'Erdenet', deaths: 4 }, { explosion_id: 3, location: 'Khovd', deaths: 7 }, { explosion_id: 4, location: 'Uliastai', deaths: 3 }]);
    expect(steps()).toEqual([{ fact_id: 1, value: '4' }, { fact_id: 3, value: '7' }, { fact_id: 4, value: '3' }]);
  });
});
