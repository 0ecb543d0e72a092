import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatResultCell, parseQueriesDoc } from '../../src/analyst/queries-doc.ts';
import { runReadOnlyQuery } from '../../src/analyst/read-only-sql.ts';
import { PIPELINES } from '../../pipelines/index.ts';
import { openRunWarehouse } from '../../src/ops/open-warehouse.ts';
import { runPipelines } from '../../src/pipeline/run.ts';
import { openWarehouse, type Warehouse } from '../../src/warehouse/db.ts';
import { runPostgresReadOnlyQuery } from '../../src/warehouse/postgres/read-only-query.ts';
import { testPostgres } from '../helpers/postgres.ts';
import { POA_PATH, PROFILE_PATH } from '../helpers/seed-warehouse.ts';
import { pipelineWarehouseFile, seededWarehouseFile } from './support.ts';

/**
 * Every example query of docs/queries.md runs against a warehouse built from the seeds, and returns
 * exactly the result the doc shows: the warehouse the real pipeline builds from raw/ (runPipelines),
 * and the hand-filled one of tests/helpers/seed-warehouse.ts the other analyst tests use. A difference
 * on the first is an extractor change or a doc to update; on the second, a helper out of step.
 */
const DOC = readFileSync(fileURLToPath(new URL('../../docs/queries.md', import.meta.url)), 'utf8');
const queries = parseQueriesDoc(DOC);
const server = await testPostgres();

describe.each([
  ['built by runPipelines from raw/', () => pipelineWarehouseFile()],
  ['filled by the seed helper', () => seededWarehouseFile()],
])('docs/queries.md on the warehouse %s', (_name, build) => {
  let file: { path: string; cleanup(): void };
  let warehouse: Warehouse;
  beforeAll(async () => {
    file = await build();
    warehouse = await openWarehouse(file.path, { readonly: true });
  });
  afterAll(async () => {
    await warehouse.close();
    file.cleanup();
  });

  it('has eleven questions, each with SQL and a result table, including the smoothbore one', () => {
    expect(queries).toHaveLength(11);
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

describe.skipIf(!server.available)('docs/queries.md on a PostgreSQL warehouse built by run from raw/', () => {
  let url = '';
  let dir = '';
  beforeAll(async () => {
    if (!server.available) return;
    url = await server.database();
    dir = mkdtempSync(join(tmpdir(), 'salw-analyst-pg-'));
    const raw = join(dir, 'raw');
    mkdirSync(raw);
    for (const seed of [PROFILE_PATH, POA_PATH]) copyFileSync(fileURLToPath(new URL(`../../raw/${seed}`, import.meta.url)), join(raw, seed));
    const summary = await runPipelines({ rawDir: raw, warehousePath: url, openWarehouse: openRunWarehouse, pipelines: PIPELINES, allPipelines: PIPELINES });
    if (summary.status !== 'succeeded') throw new Error(`the seed run ended ${summary.status}`);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it.each(queries.map((q) => [q.question, q] as const))('%s', async (_question, query) => {
    const result = await runPostgresReadOnlyQuery(url, query.sql);
    const rows = result.rows.map((row) => row.map((value) => formatResultCell(value).trim()));
    expect({ columns: result.columns, rows }).toEqual(query.expected);
  });
});
