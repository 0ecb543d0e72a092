import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatResultCell, parseQueriesDoc } from '../../src/analyst/queries-doc.ts';
import { runReadOnlyQuery } from '../../src/analyst/read-only-sql.ts';
import type { Warehouse } from '../../src/warehouse/db.ts';
import { seededMemoryWarehouse } from './support.ts';

/**
 * Every example query of docs/queries.md runs against a warehouse holding the seeds' facts, and
 * returns exactly the result the doc shows.
 * NOTE: the warehouse is filled by tests/helpers/seed-warehouse.ts until the extractors land; then it
 * should be built by the real pipeline from raw/ (runPipelines), and any difference is either a bug in
 * the extractors or a doc to update.
 */
const DOC = readFileSync(fileURLToPath(new URL('../../docs/queries.md', import.meta.url)), 'utf8');
const queries = parseQueriesDoc(DOC);

describe('docs/queries.md', () => {
  let warehouse: Warehouse;
  beforeAll(async () => {
    ({ warehouse } = await seededMemoryWarehouse());
  });
  afterAll(async () => {
    await warehouse.close();
  });

  it('has ten questions, each with SQL and a result table, including the smoothbore one', () => {
    expect(queries).toHaveLength(10);
    for (const query of queries) expect(query.expected, query.question).not.toBeNull();
    expect(queries[0]?.question).toBe('How many smoothbore weapons did Kazakhstan destroy in 2005, and where does it say so?');
  });

  it.each(queries.map((q) => [q.question, q] as const))('%s', (_question, query) => {
    const result = runReadOnlyQuery(warehouse.sqlite, query.sql);
    const rows = [...result.rows].map((row) => row.map((value) => formatResultCell(value).trim()));
    expect({ columns: result.columns, rows }).toEqual(query.expected);
    expect(rows.length).toBeGreaterThan(0);
  });

  it('answers the smoothbore question with 3605, line 24 of the PoA page, reported in 2006', () => {
    expect(queries[0]?.expected?.rows).toEqual([['3605', 'smoothbore weapons', '2006', '003_9c7cc2717d99486b.txt', '24']]);
  });
});
