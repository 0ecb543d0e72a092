import { describe, expect, it } from 'vitest';
import { openWarehouse } from '../../src/warehouse/db.ts';
import { factStoreStatements } from '../../src/warehouse/sqlite-fact-store.ts';
import { makeWorkspace } from '../helpers/tmp.ts';

/**
 * Every statement of a document's load reads through an index: a full scan of a table costs once per
 * document (or per deleted fact) what the whole warehouse holds, and a full re-extraction grows with the
 * square of the corpus. The plans include the foreign key checks of a DELETE (a section's citations).
 */
describe('the query plans of the write path', () => {
  it('scan no table, foreign key checks included', async () => {
    const ws = makeWorkspace('write-plans');
    const warehouse = await openWarehouse(ws.warehouse);
    try {
      const scans: string[] = [];
      const statements = factStoreStatements();
      for (const source of statements) {
        const parameters = new Array((source.match(/\?/g) ?? []).length).fill(null);
        const plan = warehouse.sqlite.prepare(`EXPLAIN QUERY PLAN ${source}`).all(...parameters) as { detail: string }[];
        for (const { detail } of plan) if (/^SCAN (?!json_each)/.test(detail)) scans.push(`${detail} in: ${source}`);
      }
      expect(statements.length).toBe(1 + 9 * 5 + 1 + 6);
      expect(scans).toEqual([]);
    } finally {
      await warehouse.close();
      ws.cleanup();
    }
  });

  it('find the current version of a logical key by that key, not among every loaded document', async () => {
    const ws = makeWorkspace('write-plans-key');
    const warehouse = await openWarehouse(ws.warehouse);
    try {
      // The loader's statements (loader.ts), compiled as it compiles them.
      const current = warehouse.db.selectFrom('documents').selectAll().where('logical_key', '=', 'k').where('status', '=', 'loaded').compile();
      const latest = warehouse.db.selectFrom('documents').select((eb) => eb.fn.max('version').as('v')).where('logical_key', '=', 'k').compile();
      const plan = (query: { sql: string; parameters: readonly unknown[] }) =>
        (warehouse.sqlite.prepare(`EXPLAIN QUERY PLAN ${query.sql}`).all(...query.parameters) as { detail: string }[]).map((row) => row.detail);
      expect(plan(current)).toEqual(['SEARCH documents USING INDEX documents_by_logical_key_status (logical_key=? AND status=?)']);
      expect(plan(latest)).toEqual(['SEARCH documents USING INDEX documents_by_logical_key_status (logical_key=?)']);
    } finally {
      await warehouse.close();
      ws.cleanup();
    }
  });
});
