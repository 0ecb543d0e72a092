import { appendFileSync, cpSync, existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { type Kysely, sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PIPELINES } from '../../../pipelines/index.ts';
import { openRunWarehouse } from '../../../src/ops/open-warehouse.ts';
import { type RunSummary, runPipelines } from '../../../src/pipeline/run.ts';
import { dumpLines, readDumpSource } from '../../../src/warehouse/canonical-dump.ts';
import { openWarehouse } from '../../../src/warehouse/db.ts';
import { openPostgresWarehouse } from '../../../src/warehouse/postgres/warehouse.ts';
import { runCli } from '../../helpers/cli.ts';
import { testPostgres } from '../../helpers/postgres.ts';
import { makeWorkspace, REPO_ROOT } from '../../helpers/tmp.ts';

/**
 * `run` on a PostgreSQL warehouse loads what it loads on SQLite: the golden fixtures and the seeds, run twice
 * (a document changed between the runs, so its first version is superseded, and one removed), give the same
 * canonical dump, the same run counters and the same document outcomes on both backends.
 */

const server = await testPostgres();

/** What a summary says, less what differs between two runs of the same work (ids of runs, times). */
const outcomes = (summary: RunSummary) => ({
  status: summary.status,
  counts: [summary.documentsSeen, summary.documentsLoaded, summary.documentsSkipped, summary.documentsQuarantined, summary.documentsRemoved, summary.recordsLoaded],
  rows: summary.rowsPerTable,
  issues: summary.issuesBySeverity,
  documents: summary.documents.map((d) => `${d.path} ${d.outcome} ${d.documentId} ${d.records}`),
  quarantined: summary.stillQuarantined,
});

describe.skipIf(!server.available)('run on a PostgreSQL warehouse', () => {
  const ws = makeWorkspace('pg-run');
  const sqlitePath = join(ws.dir, 'warehouse', 'salw.sqlite');
  let pgUrl = '';
  const summaries: { sqlite: RunSummary[]; postgres: RunSummary[] } = { sqlite: [], postgres: [] };

  beforeAll(async () => {
    if (server.available) pgUrl = await server.database();
    for (const folder of ['devset/docs', 'cross-format', 'poa_report']) cpSync(join(REPO_ROOT, 'tests', 'fixtures', folder), join(ws.raw, folder), { recursive: true });
    for (const name of readdirSync(join(REPO_ROOT, 'raw'))) if (name.endsWith('.txt')) cpSync(join(REPO_ROOT, 'raw', name), join(ws.raw, 'seeds', name));
    const runBoth = async () => {
      for (const [backend, location] of [['sqlite', sqlitePath], ['postgres', pgUrl]] as const) {
        summaries[backend].push(await runPipelines({ rawDir: ws.raw, warehousePath: location, openWarehouse: openRunWarehouse, pipelines: PIPELINES, allPipelines: PIPELINES, removalLimits: { allowRemovals: true } }));
      }
    };
    await runBoth();
    appendFileSync(join(ws.raw, 'devset/docs/d02_amap_mongolia_no_explosions.txt'), '\nA line added by the second version.\n');
    rmSync(join(ws.raw, 'devset/docs/d04_poa_tunisia_stripped_labels.txt'));
    await runBoth();
  }, 300_000);
  afterAll(() => ws.cleanup());

  it('both runs end alike on both backends: statuses, counters, rows per table, issues, every document\'s outcome and id', () => {
    expect(summaries.postgres.map((s) => s.message)).toEqual(summaries.sqlite.map((s) => s.message));
    expect(summaries.postgres.map(outcomes)).toEqual(summaries.sqlite.map(outcomes));
    expect(summaries.sqlite.map((s) => [s.status, s.documentsRemoved])).toEqual([['succeeded', 0], ['succeeded', 1]]);
    expect(summaries.sqlite[1]?.documents.filter((d) => d.outcome === 'loaded').map((d) => d.path)).toEqual(['devset/docs/d02_amap_mongolia_no_explosions.txt']);
  });

  it('the PostgreSQL warehouse has the canonical dump of the SQLite one', async () => {
    const sqlite = await openWarehouse(sqlitePath, { readonly: true });
    const pg = await openPostgresWarehouse(pgUrl, { readonly: true });
    try {
      const expected = dumpLines(await readDumpSource(sqlite.db as Kysely<unknown>));
      expect(expected.length).toBeGreaterThan(500);
      expect(dumpLines(await readDumpSource(pg.db as Kysely<unknown>))).toEqual(expected);
    } finally {
      await sqlite.close();
      await pg.close();
    }
  });
});

describe.skipIf(!server.available)('salw-etl run --warehouse postgres://', () => {
  const ws = makeWorkspace('pg-run-cli');
  let url = '';
  beforeAll(async () => {
    if (server.available) url = await server.database();
    for (const name of readdirSync(join(REPO_ROOT, 'raw'))) if (name.endsWith('.txt')) cpSync(join(REPO_ROOT, 'raw', name), join(ws.raw, name));
  });
  afterAll(() => ws.cleanup());

  it('loads the raw folder, names the server without its password, and keeps openlineage.jsonl in the state folder, no metadata.json', async () => {
    const state = join(ws.dir, 'state');
    const result = runCli(['run', '--raw', ws.raw, '--warehouse', url, '--state-dir', state, '-q', '--workers', '1'], { cwd: ws.dir });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(readdirSync(state)).toEqual(['openlineage.jsonl']);
    const events = readFileSync(join(state, 'openlineage.jsonl'), 'utf8').trim().split('\n').map((line) => JSON.parse(line) as { eventType: string; outputs: { namespace: string; name: string }[] });
    expect(events.map((e) => e.eventType)).toEqual(['START', 'COMPLETE']);
    expect(readFileSync(join(state, 'openlineage.jsonl'), 'utf8')).not.toContain(decodeURIComponent(new URL(url).password));
    const database = new URL(url).pathname.slice(1);
    expect(events[1]?.outputs.find((o) => o.name.endsWith('.weapon_counts'))).toEqual({ namespace: `postgres://127.0.0.1:${new URL(url).port}`, name: `${database}.public.weapon_counts` });
    expect(existsSync(join(ws.dir, 'postgres:'))).toBe(false);
    // Logged in full (no -q), a second run names the server but never its password.
    const password = decodeURIComponent(new URL(url).password);
    expect(password.length).toBeGreaterThan(0);
    const logged = runCli(['run', '--raw', ws.raw, '--warehouse', url, '--state-dir', state, '--workers', '1'], { cwd: ws.dir });
    expect(logged.status).toBe(0);
    expect(logged.stderr).toMatch(/"msg":"run started"/u);
    expect(`${logged.stdout}${logged.stderr}`).not.toContain(password);
    const pg = await openPostgresWarehouse(url, { readonly: true });
    try {
      const documents = await pg.db.selectFrom('documents').select(['source_path', 'status', 'kind']).orderBy('source_path').execute();
      expect(documents.map((d) => `${d.source_path} ${d.status} ${d.kind}`)).toEqual(['000_88da758a976dd473.txt loaded amap_profile', '003_9c7cc2717d99486b.txt loaded poa_profile']);
      const run = await pg.db.selectFrom('runs').select(['status', 'host', 'pid', 'documents_loaded']).orderBy('run_id').executeTakeFirstOrThrow();
      expect(run).toEqual({ status: 'succeeded', host: hostname(), pid: expect.any(Number), documents_loaded: 2 });
    } finally {
      await pg.close();
    }
  });
});

describe.skipIf(!server.available)('a PostgreSQL warehouse whose idle connection the server closes', () => {
  it('goes on: the next statement runs on a new connection, and the process does not end', async () => {
    if (!server.available) return;
    const url = await server.database();
    const warehouse = await openPostgresWarehouse(url);
    try {
      expect(await warehouse.db.selectFrom('runs').select('run_id').execute()).toEqual([]);
      const admin = await openPostgresWarehouse(url, { readonly: true });
      try {
        // Every other connection of this database (the warehouse's idle ones), terminated as an administrator would.
        const ended = await sql<{ ended: boolean }>`SELECT pg_terminate_backend(pid) AS ended FROM pg_stat_activity
          WHERE datname = current_database() AND pid <> pg_backend_pid()`.execute(admin.db);
        expect(ended.rows.length).toBeGreaterThan(0);
      } finally {
        await admin.close();
      }
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(await warehouse.db.selectFrom('runs').select('run_id').execute()).toEqual([]);
    } finally {
      await warehouse.close();
    }
  });
});
