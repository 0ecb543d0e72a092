import { copyFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { Kysely, Migrator, SqliteDialect } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { PIPELINES } from '../../pipelines/index.ts';
import { runPipelines } from '../../src/pipeline/run.ts';
import { openWarehouse } from '../../src/warehouse/db.ts';
import { migrationProvider } from '../../src/warehouse/migrations/index.ts';
import { FACT_TABLES } from '../../src/warehouse/schema.ts';
import { makeWorkspace, REPO_ROOT } from '../helpers/tmp.ts';

let cleanup = () => {};
afterEach(() => cleanup());

const SEEDS = ['000_88da758a976dd473.txt', '003_9c7cc2717d99486b.txt'];
/** The last migration of the code before fact keys, recorded steps and CHECK-free vocabularies. */
const OLD_SCHEMA = '0003_ops';

const ID_COLUMN: Record<string, string> = {
  documents: 'document_id', runs: 'run_id', quality_issues: 'issue_id', sections: 'section_id', citations: 'citation_id',
  explosions: 'explosion_id', diversions: 'diversion_id', tallies: 'tally_id', count_statements: 'statement_id',
  weapon_counts: 'count_id', report_submissions: 'submission_id', meeting_statements: 'meeting_statement_id',
};

/**
 * A warehouse as the code before this change wrote it: the migrations up to 0003 only, and the rows a
 * run over the seeds writes, with the extractor ids of that code (`amap-profile@1`, ...). The rows are
 * taken from a warehouse the current pipeline built, minus the columns the old schema did not have.
 */
async function oldWarehouse(dir: string, raw: string): Promise<string> {
  const built = join(dir, 'built.sqlite');
  const summary = await runPipelines({ rawDir: raw, warehousePath: built, pipelines: PIPELINES, allPipelines: PIPELINES });
  expect(summary.status).toBe('succeeded');

  const path = join(dir, 'old.sqlite');
  const sqlite = new Database(path);
  const db = new Kysely<unknown>({ dialect: new SqliteDialect({ database: sqlite }) });
  const migrated = await new Migrator({ db, provider: migrationProvider }).migrateTo(OLD_SCHEMA);
  expect(migrated.error).toBeUndefined();
  sqlite.pragma('foreign_keys = OFF');
  sqlite.prepare('ATTACH DATABASE ? AS built').run(built);
  for (const table of ['runs', 'documents', ...FACT_TABLES, 'quality_issues']) {
    const columns = (sqlite.prepare('SELECT name FROM main.pragma_table_info(?)').all(table) as Array<{ name: string }>).map((c) => `"${c.name}"`).join(', ');
    sqlite.exec(`INSERT INTO main.${table} (${columns}) SELECT ${columns} FROM built.${table}`);
  }
  sqlite.exec('DETACH DATABASE built');
  for (const table of ['documents', ...FACT_TABLES]) sqlite.exec(`UPDATE ${table} SET extractor = substr(extractor, 1, instr(extractor, '@')) || '1'`);
  // Ids handed out and deleted since: the counter must survive the rebuild, so no id is reused.
  sqlite.exec("UPDATE sqlite_sequence SET seq = 40 WHERE name = 'documents'");
  await db.destroy();
  return path;
}

function snapshot(path: string): Record<string, unknown[]> {
  const sqlite = new Database(path, { readonly: true });
  try {
    const out: Record<string, unknown[]> = {};
    for (const [table, id] of Object.entries(ID_COLUMN)) {
      if (table === 'quality_issues' || table === 'runs') continue;
      const keep = table === 'documents' ? 'source_path, kind, status' : 'source_text';
      out[table] = sqlite.prepare(`SELECT ${id} AS id, ${keep} FROM ${table} ORDER BY ${id}`).all();
    }
    return out;
  } finally {
    sqlite.close();
  }
}

describe('a warehouse written by the code before this change', () => {
  it('opens, is backed up, migrates with every id kept, and is re-extracted by the new versions keeping the fact ids', async () => {
    const ws = makeWorkspace('upgrade');
    cleanup = ws.cleanup;
    for (const seed of SEEDS) copyFileSync(join(REPO_ROOT, 'raw', seed), join(ws.raw, seed));
    const path = await oldWarehouse(ws.dir, ws.raw);
    const before = snapshot(path);
    expect(before.weapon_counts?.length).toBeGreaterThan(50);
    expect(before.explosions?.length).toBe(8);

    const warehouse = await openWarehouse(path);
    const backups = readdirSync(ws.dir).filter((f) => f.startsWith('old.sqlite.bak-'));
    expect(backups).toHaveLength(1);
    expect(readdirSync(ws.dir).filter((f) => f.startsWith('built.sqlite.bak-'))).toEqual([]);
    expect(backups[0]).toMatch(/^old\.sqlite\.bak-\d{8}T\d{6}Z$/u);
    const backup = new Database(join(ws.dir, backups[0] as string), { readonly: true });
    expect(backup.prepare('SELECT name FROM kysely_migration ORDER BY name').pluck().all()).toEqual(['0001_initial', '0002_analyst_views', '0003_ops']);
    expect(backup.prepare('SELECT count(*) FROM weapon_counts').pluck().get()).toBe(before.weapon_counts?.length);
    backup.close();

    expect(warehouse.sqlite.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(warehouse.sqlite.pragma('foreign_key_check')).toEqual([]);
    expect(warehouse.sqlite.prepare("SELECT seq FROM sqlite_sequence WHERE name = 'documents'").pluck().get()).toBe(40);
    // The vocabularies are the code's now: a new kind, status or reconciliation needs no rebuild.
    const schema = warehouse.sqlite.prepare("SELECT sql FROM sqlite_master WHERE name IN ('documents', 'count_statements') ORDER BY name").pluck().all() as string[];
    for (const text of schema) expect(text).not.toMatch(/CHECK \((?:kind|status|reconciliation) IN/u);
    expect(schema.join('\n')).toContain("CHECK (format IN ('text', 'html', 'pdf'))");
    await warehouse.close();
    expect(snapshot(path)).toEqual(before);

    const run = await runPipelines({ rawDir: ws.raw, warehousePath: path, pipelines: PIPELINES, allPipelines: PIPELINES });
    expect(run.documents.map((d) => [d.path, d.outcome, d.reextracted, d.reason?.replace(/@[0-9a-f]{8}$/u, '@<digest>')])).toEqual([
      ['000_88da758a976dd473.txt', 'loaded', true, 're-extracted: amap-profile@1 -> amap-profile@<digest>'],
      ['003_9c7cc2717d99486b.txt', 'loaded', true, 're-extracted: poa-profile@1 -> poa-profile@<digest>'],
    ]);
    expect(snapshot(path)).toEqual(before);
    const sqlite = new Database(path, { readonly: true });
    expect(sqlite.prepare("SELECT count(*) FROM weapon_counts WHERE fact_key IS NULL OR extractor LIKE '%@1'").pluck().get()).toBe(0);
    // The views over the rebuilt tables still read them.
    expect(sqlite.prepare('SELECT count(*) FROM weapons_by_country_year_category').pluck().get()).toBe(before.weapon_counts?.length);
    expect(sqlite.prepare('SELECT count(*) FROM current_documents').pluck().get()).toBe(2);
    sqlite.close();
  });
});
