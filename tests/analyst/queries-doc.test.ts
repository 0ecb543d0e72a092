import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatResultCell, parseQueriesDoc } from '../../src/analyst/queries-doc.ts';
import { runReadOnlyQuery } from '../../src/analyst/read-only-sql.ts';
import { openWarehouse } from '../../src/warehouse/db.ts';
import { runPostgresReadOnlyQuery } from '../../src/warehouse/postgres/read-only-query.ts';
import { openPostgresWarehouse } from '../../src/warehouse/postgres/warehouse.ts';
import { testBackend } from '../helpers/backend.ts';
import { seedWarehouse } from '../helpers/seed-warehouse.ts';
import { pipelineWarehouseFile, seededWarehouseFile } from './support.ts';

/**
 * Every example query of docs/queries.md runs against a warehouse built from the seeds, and returns
 * exactly the result the doc shows: the warehouse the real pipeline builds from raw/ (runPipelines),
 * and the hand-filled one of tests/helpers/seed-warehouse.ts the other analyst tests use. A difference
 * on the first is an extractor change or a doc to update; on the second, a helper out of step.
 */
const DOC = readFileSync(fileURLToPath(new URL('../../docs/queries.md', import.meta.url)), 'utf8');
const queries = parseQueriesDoc(DOC);

/**
 * SQLite, or PostgreSQL (the project `postgres`): there both warehouses are PostgreSQL ones and every query is
 * asked of PostgreSQL itself, as `salw-etl sql` asks it, so the doc's results hold for PostgreSQL's views too.
 */
const backend = await testBackend();

interface Answer {
  columns: string[];
  rows: unknown[][];
}

/** Asks the warehouse `path` stands for, as `salw-etl sql` does on its backend. */
async function askerFor(path: string): Promise<{ ask(sql: string): Promise<Answer>; close(): Promise<void> }> {
  if (backend.kind === 'postgres') {
    const url = await backend.location(path);
    return { ask: (sql) => runPostgresReadOnlyQuery(url, sql), close: async () => undefined };
  }
  const warehouse = await openWarehouse(path, { readonly: true });
  return {
    ask: async (sql) => {
      const result = runReadOnlyQuery(warehouse.sqlite, sql);
      return { columns: result.columns, rows: [...result.rows] };
    },
    close: () => warehouse.close(),
  };
}

/** The seed helper's warehouse: a file, or the PostgreSQL warehouse standing for one, filled the same way. */
async function seeded(): Promise<{ path: string; cleanup(): void }> {
  if (backend.kind === 'sqlite') return seededWarehouseFile();
  const dir = mkdtempSync(join(tmpdir(), 'salw-analyst-'));
  const path = join(dir, 'salw.sqlite');
  const warehouse = await openPostgresWarehouse(await backend.location(path));
  try {
    await seedWarehouse(warehouse.db);
  } finally {
    await warehouse.close();
  }
  return { path, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

describe.each([
  ['built by runPipelines from raw/', () => pipelineWarehouseFile(backend.runPipelines)],
  ['filled by the seed helper', seeded],
])('docs/queries.md on the warehouse %s', (_name, build) => {
  let file: { path: string; cleanup(): void };
  let warehouse: Awaited<ReturnType<typeof askerFor>>;
  beforeAll(async () => {
    file = await build();
    warehouse = await askerFor(file.path);
  });
  afterAll(async () => {
    await warehouse?.close();
    file?.cleanup();
  });

  it('has eleven questions, each with SQL and a result table, including the smoothbore one', () => {
    expect(queries).toHaveLength(11);
    for (const query of queries) expect(query.expected, query.question).not.toBeNull();
    expect(queries[0]?.question).toBe('How many smoothbore weapons did Kazakhstan destroy in 2005, and where does it say so?');
  });

  it.each(queries.map((q) => [q.question, q] as const))('%s', async (_question, query) => {
    const result = await warehouse.ask(query.sql);
    const rows = result.rows.map((row) => row.map((value) => formatResultCell(value).trim()));
    expect({ columns: result.columns, rows }).toEqual(query.expected);
    expect(rows.length).toBeGreaterThan(0);
  });

  it('answers the smoothbore question with 3605, line 24 of the PoA page, reported in 2006', () => {
    expect(queries[0]?.expected?.rows).toEqual([['3605', 'smoothbore weapons', '2006', '003_9c7cc2717d99486b.txt', '24']]);
  });
});
