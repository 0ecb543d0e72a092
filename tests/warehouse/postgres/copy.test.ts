import { appendFileSync, cpSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { type Kysely, sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PIPELINES } from '../../../pipelines/index.ts';
import { copyWarehouse } from '../../../src/ops/copy-warehouse.ts';
import { runPipelines } from '../../../src/pipeline/run.ts';
import { dumpLines, readDumpSource } from '../../../src/warehouse/canonical-dump.ts';
import { openWarehouse } from '../../../src/warehouse/db.ts';
import { TABLES } from '../../../src/warehouse/declaration/tables.ts';
import { VIEWS } from '../../../src/warehouse/declaration/views.ts';
import { openPostgresWarehouse } from '../../../src/warehouse/postgres/warehouse.ts';
import { runCli } from '../../helpers/cli.ts';
import { testPostgres } from '../../helpers/postgres.ts';
import { makeWorkspace, REPO_ROOT } from '../../helpers/tmp.ts';

/**
 * `salw-etl copy` moves a whole warehouse: the golden fixtures loaded into SQLite by the normal run (two runs:
 * a changed document superseded, a removed one), copied to PostgreSQL and back, keep every row with its id,
 * the id counters, the canonical dump, and what the analysts' views show.
 */

const server = await testPostgres();
type Row = Record<string, unknown>;

/** Every row of every table, by table, in key order (the dictionary by relation and position). */
async function allRows(db: Kysely<unknown>): Promise<Record<string, Row[]>> {
  const out: Record<string, Row[]> = {};
  for (const table of TABLES) {
    if (table.name === 'warehouse_lock' || table.name === 'document_leases' || table.name === 'scheduler_state') continue;
    const key = table.columns.find(([, c]) => c.primaryKey)?.[0];
    // biome-ignore lint/suspicious/noExplicitAny: tables read by name.
    const rows = (await (db as Kysely<any>).selectFrom(table.name).select(table.columns.map(([n]) => n)).execute()) as Row[];
    const sortBy = key ?? 'position';
    out[table.name] = rows.sort((a, b) => (key ? 0 : String(a.object_name) < String(b.object_name) ? -1 : String(a.object_name) > String(b.object_name) ? 1 : 0) || Number(a[sortBy]) - Number(b[sortBy]));
  }
  return out;
}

async function viewRows(db: Kysely<unknown>): Promise<Record<string, Row[]>> {
  const out: Record<string, Row[]> = {};
  for (const view of VIEWS) {
    const rows = (await sql<Row>`SELECT * FROM ${sql.table(view.name)}`.execute(db)).rows;
    // A view with no stated order is compared as a set of rows.
    out[view.name] = view.ordered ? rows : rows.sort((a, b) => (JSON.stringify(a) < JSON.stringify(b) ? -1 : 1));
  }
  return out;
}

describe.skipIf(!server.available)('copying a whole warehouse between SQLite and PostgreSQL', () => {
  const ws = makeWorkspace('copy');
  const sqlitePath = join(ws.dir, 'warehouse', 'salw.sqlite');
  const backPath = join(ws.dir, 'back', 'salw.sqlite');
  let pgUrl = '';
  let sqliteDump: string[] = [];
  let sqliteRows: Record<string, Row[]> = {};

  beforeAll(async () => {
    if (server.available) pgUrl = await server.database();
    for (const folder of ['devset/docs', 'cross-format', 'poa_report']) cpSync(join(REPO_ROOT, 'tests', 'fixtures', folder), join(ws.raw, folder), { recursive: true });
    for (const name of readdirSync(join(REPO_ROOT, 'raw'))) if (name.endsWith('.txt')) cpSync(join(REPO_ROOT, 'raw', name), join(ws.raw, 'seeds', name));
    const run = () => runPipelines({ rawDir: ws.raw, warehousePath: sqlitePath, pipelines: PIPELINES, allPipelines: PIPELINES, removalLimits: { allowRemovals: true } });
    await run();
    // A second run: one document changed (its first version superseded), one removed.
    appendFileSync(join(ws.raw, 'devset/docs/d02_amap_mongolia_no_explosions.txt'), '\nA line added by the second version.\n');
    rmSync(join(ws.raw, 'devset/docs/d04_poa_tunisia_stripped_labels.txt'));
    await run();
    const warehouse = await openWarehouse(sqlitePath, { readonly: true });
    try {
      sqliteDump = dumpLines(await readDumpSource(warehouse.db as Kysely<unknown>));
      sqliteRows = await allRows(warehouse.db as Kysely<unknown>);
    } finally {
      await warehouse.close();
    }
  }, 240_000);
  afterAll(() => ws.cleanup());

  it('the source holds what the copy must carry: two runs, a superseded and a removed document, facts and issues', () => {
    expect(sqliteRows.runs?.length).toBe(2);
    expect(sqliteRows.documents?.filter((d) => d.status === 'superseded').length).toBe(1);
    expect(sqliteRows.documents?.filter((d) => d.status === 'removed').length).toBe(1);
    expect(sqliteRows.weapon_counts?.length).toBeGreaterThan(0);
    expect(sqliteRows.quality_issues?.length).toBeGreaterThan(0);
    expect(sqliteRows.transformations?.length).toBeGreaterThan(0);
  });

  it('copies SQLite to PostgreSQL with the CLI: every row with its id, the same canonical dump, the same view rows', async () => {
    const result = runCli(['copy', '--from', sqlitePath, '--to', pgUrl]);
    expect(result.stderr).toMatch(/^copied .+ to postgres:\/\/postgres:\*\*\*@127\.0\.0\.1:\d+\/salw_test_\d+_\d+: \d+ rows in 16 tables \(\d+ documents\); checked: every table's rows, and the canonical dump \(\d+ lines\) equal the source's\n$/u);
    expect(result.status).toBe(0);
    const pg = await openPostgresWarehouse(pgUrl, { readonly: true });
    const sqlite = await openWarehouse(sqlitePath, { readonly: true });
    try {
      expect(dumpLines(await readDumpSource(pg.db as Kysely<unknown>))).toEqual(sqliteDump);
      expect(await allRows(pg.db as Kysely<unknown>)).toEqual(sqliteRows);
      expect(await viewRows(pg.db as Kysely<unknown>)).toEqual(await viewRows(sqlite.db as Kysely<unknown>));
    } finally {
      await pg.close();
      await sqlite.close();
    }
  });

  it('lineage answers the same on the PostgreSQL copy as on the SQLite original, for a weapon count with steps and issues, and a view row', () => {
    const count = sqliteRows.weapon_counts?.find((w) => sqliteRows.transformations?.some((t) => t.fact_table === 'weapon_counts' && t.fact_id === w.count_id));
    const withIssue = sqliteRows.quality_issues?.find((q) => q.table_name !== null && q.record_id !== null);
    const asked: Array<[string, string]> = [
      ['weapon_counts', String(count?.count_id)],
      [String(withIssue?.table_name), String(withIssue?.record_id)],
      ['weapons_by_country_year_category', String(count?.count_id)],
    ];
    for (const [table, id] of asked) {
      const onSqlite = runCli(['lineage', table, id, '--json', '--warehouse', sqlitePath]);
      const onPostgres = runCli(['lineage', table, id, '--json', '--warehouse', pgUrl]);
      expect(onSqlite.status).toBe(0);
      expect(onPostgres.stderr).toBe('');
      expect(JSON.parse(onPostgres.stdout)).toEqual(JSON.parse(onSqlite.stdout));
    }
    expect(JSON.parse(runCli(['lineage', 'weapon_counts', String(count?.count_id), '--json', '--warehouse', pgUrl]).stdout).steps.length).toBeGreaterThan(0);
  });

  it('export writes the same CSV and JSON lines from the PostgreSQL copy as from the original, for a table and an ordered view', () => {
    for (const [relation, format] of [['documents', 'csv'], ['claim_view', 'jsonl'], ['WEAPONS_BY_COUNTRY_YEAR_CATEGORY', 'csv']] as const) {
      const onSqlite = runCli(['export', relation, '--format', format, '--warehouse', sqlitePath]);
      const onPostgres = runCli(['export', relation, '--format', format, '--warehouse', pgUrl]);
      expect(onPostgres.stderr).toBe('');
      expect(onPostgres.status).toBe(0);
      expect(onPostgres.stdout).toBe(onSqlite.stdout);
      expect(onPostgres.stdout.split('\n').length).toBeGreaterThan(3);
    }
    const unknown = runCli(['export', 'no_such_view', '--warehouse', pgUrl]);
    expect(unknown.stderr).toMatch(/^salw-etl export: "no_such_view" is not a table or view of the warehouse; choose one of: citations, count_statements, dictionary, .+, weapon_counts, claim_sources, claim_view, .+, weapons_by_country_year_category\n$/u);
    expect(unknown.status).toBe(2);
  });

  it('hands out, after the copy, the ids the source would have handed out next', async () => {
    const source = new Database(sqlitePath, { readonly: true });
    const expected = Object.fromEntries((source.prepare('SELECT name, seq FROM sqlite_sequence').all() as { name: string; seq: number }[]).map((r) => [r.name, r.seq + 1]));
    source.close();
    const pg = await openPostgresWarehouse(pgUrl, { readonly: true });
    try {
      const next: Record<string, number> = {};
      for (const [table, column] of [['runs', 'run_id'], ['documents', 'document_id'], ['weapon_counts', 'count_id'], ['quality_issues', 'issue_id']] as const) {
        const row = await sql<{ next: number }>`SELECT coalesce(last_value, 0) + 1 AS next
          FROM pg_sequences WHERE sequencename = ${`${table}_${column}_seq`}`.execute(pg.db);
        next[table] = Number(row.rows[0]?.next);
      }
      expect(next).toEqual({ runs: expected.runs, documents: expected.documents, weapon_counts: expected.weapon_counts, quality_issues: expected.quality_issues });
      expect(expected.runs).toBe(3);
    } finally {
      await pg.close();
    }
  });

  it('copies it back from PostgreSQL to a new SQLite file: the same rows, ids, dump and id counters as the original', async () => {
    const report = await copyWarehouse(pgUrl, backPath);
    expect(report.rows.documents).toBe(sqliteRows.documents?.length);
    const back = await openWarehouse(backPath, { readonly: true });
    try {
      expect(dumpLines(await readDumpSource(back.db as Kysely<unknown>))).toEqual(sqliteDump);
      expect(await allRows(back.db as Kysely<unknown>)).toEqual(sqliteRows);
      const sequences = (db: Database.Database) => db.prepare('SELECT name, seq FROM sqlite_sequence ORDER BY name').all();
      const original = new Database(sqlitePath, { readonly: true });
      expect(sequences(back.sqlite)).toEqual(sequences(original));
      original.close();
    } finally {
      await back.close();
    }
  });

  it('leaves the target as it was when a copy fails midway (a value PostgreSQL cannot take), and releases its lock', async () => {
    if (!server.available) return;
    const target = await server.database();
    const broken = join(ws.dir, 'broken.sqlite');
    cpSync(sqlitePath, broken);
    const db = new Database(broken);
    // SQLite keeps a fraction in an INTEGER column; PostgreSQL's bigint refuses it, in the last rows copied.
    db.prepare('UPDATE quality_issues SET line_start = 1.5 WHERE issue_id = (SELECT max(issue_id) FROM quality_issues)').run();
    db.close();
    await expect(copyWarehouse(broken, target)).rejects.toThrow(/invalid input syntax for type bigint: "1\.5"/u);
    const pg = await openPostgresWarehouse(target, { readonly: true });
    try {
      const counts = await sql<{ runs: number; documents: number; lock: number }>`SELECT (SELECT count(*) FROM runs) AS runs,
        (SELECT count(*) FROM documents) AS documents, (SELECT count(*) FROM warehouse_lock) AS lock`.execute(pg.db);
      expect(counts.rows).toEqual([{ runs: 0, documents: 0, lock: 0 }]);
    } finally {
      await pg.close();
    }
    // Nothing was left behind: the good warehouse copies into it.
    expect((await copyWarehouse(sqlitePath, target)).rows.runs).toBe(2);
  });

  it('refuses to copy into a warehouse that holds rows, PostgreSQL or SQLite, and changes nothing there', async () => {
    await expect(copyWarehouse(sqlitePath, pgUrl)).rejects.toThrow(/^config: the warehouse postgres:\/\/postgres:\*\*\*@.+ is not empty \(runs: 2 rows, documents: \d+ rows, .+\); refused: copy only into a new warehouse, nothing was changed$/u);
    await expect(copyWarehouse(pgUrl, sqlitePath)).rejects.toThrow(/is not empty \(runs: 2 rows, /u);
    const pg = await openPostgresWarehouse(pgUrl, { readonly: true });
    try {
      expect(await allRows(pg.db as Kysely<unknown>)).toEqual(sqliteRows);
      expect(await pg.db.selectFrom('warehouse_lock').selectAll().execute()).toEqual([]);
    } finally {
      await pg.close();
    }
  });
});
