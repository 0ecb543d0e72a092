import { copyFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { PIPELINES } from '../../pipelines/index.ts';
import { runPipelines } from '../../src/pipeline/run.ts';
import { openWarehouse } from '../../src/warehouse/db.ts';
import { migrateDownTo } from '../helpers/older-warehouse.ts';
import { makeWorkspace, REPO_ROOT } from '../helpers/tmp.ts';

/**
 * Migration 0007: a total without a breakdown, recorded `balanced` by the code before, becomes `no_parts` in
 * place, every id kept, and a re-extraction by the new code finds the same rows again (their fact_key is
 * recomputed from the migrated row) instead of handing out new ids.
 */
describe('a warehouse with totals recorded balanced without parts', () => {
  const ws = makeWorkspace('no-parts');
  afterAll(() => ws.cleanup());
  const run = (fullRefresh = false) => runPipelines({ rawDir: ws.raw, warehousePath: ws.warehouse, pipelines: PIPELINES, allPipelines: PIPELINES, fullRefresh });
  const statements = () => {
    const db = new Database(ws.warehouse, { readonly: true });
    try {
      return db.prepare('SELECT statement_id, total, components_sum, reconciliation FROM count_statements ORDER BY statement_id').all() as { statement_id: number; total: number | null; components_sum: number | null; reconciliation: string }[];
    } finally {
      db.close();
    }
  };

  it('migrates them to no_parts keeping their ids, and a full refresh keeps every statement id', async () => {
    copyFileSync(join(REPO_ROOT, 'tests', 'fixtures', 'count_statements', 'en_report_mixed.txt'), join(ws.raw, 'report.txt'));
    writeFileSync(join(ws.raw, 'report.txt.meta.json'), JSON.stringify({ kind: 'poa_report' }));
    expect((await run()).status).toBe('succeeded');
    const loaded = statements();
    const lone = loaded.filter((s) => s.reconciliation === 'no_parts');
    expect(lone.length).toBeGreaterThan(0);
    expect(lone.every((s) => s.components_sum === null && s.total !== null)).toBe(true);

    // As the code before 0007 left it: balanced, with a key computed from that value, and 0007 not yet run.
    const old = new Database(ws.warehouse);
    old.exec("UPDATE count_statements SET reconciliation = 'balanced', fact_key = 'key-of-the-balanced-row-' || statement_id WHERE reconciliation = 'no_parts'");
    old.close();
    await migrateDownTo(ws.warehouse, '0006_run_entries');

    await (await openWarehouse(ws.warehouse)).close();
    expect(statements()).toEqual(loaded);

    expect((await run(true)).status).toBe('succeeded');
    expect(statements()).toEqual(loaded);
  }, 60_000);
});
