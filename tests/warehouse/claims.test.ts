import { copyFileSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { PIPELINES } from '../../pipelines/index.ts';
import { makePdfFromText } from '../../scripts/make-fixtures.ts';
import { lookupLineage } from '../../src/analyst/lineage.ts';
import { sqliteRows } from '../../src/warehouse/rows.ts';
import { openWarehouse } from '../../src/warehouse/db.ts';
import { testBackend } from '../helpers/backend.ts';
import { migrateDownTo } from '../helpers/older-warehouse.ts';
import { makeWorkspace, REPO_ROOT } from '../helpers/tmp.ts';

/**
 * Claims (migration 0010): the weapon counts of current documents that state the same figure (country,
 * year, action, category, agency) are one claim with several sources, and claim_view says when those
 * sources give different quantities. The documents are tests/fixtures/claims/ (see its README).
 */

const FIXTURES = join(REPO_ROOT, 'tests', 'fixtures', 'claims');
const EN = 'kgz_report_2009_en.txt';
const RU = 'kgz_report_2009_ru.txt';
const CORRECTED = 'kgz_report_2009_en_corrected.txt';
const PAGE = 'kgz_poa_page.txt';
const REPORT_2011 = 'kgz_report_2011_en.txt';

/** SQLite, or PostgreSQL read through an exact copy (tests/helpers/backend.ts). */
const backend = await testBackend();

let cleanup = () => {};
afterEach(() => cleanup());

function workspace() {
  const ws = makeWorkspace('claims');
  cleanup = ws.cleanup;
  const add = (name: string, as = name) => copyFileSync(join(FIXTURES, name), join(ws.raw, as));
  const run = async (fullRefresh = false) => {
    const summary = await backend.runPipelines({ rawDir: ws.raw, warehousePath: ws.warehouse, pipelines: PIPELINES, allPipelines: PIPELINES, fullRefresh });
    expect(summary.status).toBe('succeeded');
    return summary;
  };
  const query = <T>(sql: string): T[] => {
    const db = new Database(ws.warehouse, { readonly: true });
    try {
      return db.prepare(sql).all() as T[];
    } finally {
      db.close();
    }
  };
  return { ws, add, run, query };
}

interface ClaimRow {
  claim_key: string;
  quantity: number | null;
  sources_disagree: number;
  quantities: string;
  source_count: number;
  document_count: number;
  source_paths: string;
  reported_in_years: string | null;
  linkable: number;
}

const CLAIMS = `SELECT claim_key, quantity, sources_disagree, quantities, source_count, document_count, source_paths,
  reported_in_years, linkable FROM claim_view`;

/** The linked claims the 2009 report states, in claim_view order, each with the given sources (and a quantity overridden where a source corrected it). */
function claims2009(sources: string, count: number, quantities: Record<string, number> = {}): Partial<ClaimRow>[] {
  const figure = (claim_key: string, quantity: number) => ({
    claim_key, quantity: quantities[claim_key] ?? quantity, sources_disagree: 0, quantities: String(quantities[claim_key] ?? quantity),
    source_count: count, document_count: count, source_paths: sources, reported_in_years: '2009', linkable: 1,
  });
  return [
    figure('KGZ|2008|destroyed|firearms|-', 2215),
    figure('KGZ|2008|seized|firearms|police', 1482),
    figure('KGZ|2008|seized|gas|police', 167),
    figure('KGZ|2008|seized|rifled|police', 412),
    figure('KGZ|2008|seized|smoothbore|police', 903),
  ];
}

describe('claims: the same figure in several documents', () => {
  it('links the same report in English and in Russian as one claim per figure, with two sources', async () => {
    const { add, run, query } = workspace();
    add(EN);
    add(RU);
    await run();
    const linked = query<ClaimRow>(`${CLAIMS} WHERE linkable = 1`);
    expect(linked).toEqual(claims2009(`${EN},${RU}`, 2));
    // The sum over claims counts each seizure once; over the weapon counts, twice.
    expect(query<{ n: number }>("SELECT sum(quantity) AS n FROM claim_view WHERE action = 'seized' AND is_total = 1")).toEqual([{ n: 1482 }]);
    expect(query<{ n: number }>("SELECT sum(quantity) AS n FROM weapons_by_country_year_category WHERE action = 'seized' AND is_total = 1")).toEqual([{ n: 2964 }]);
    expect(query("SELECT document_language, line_start, source_text FROM claim_sources WHERE claim_key = 'KGZ|2008|seized|smoothbore|police'")).toEqual([
      { document_language: 'en', line_start: 7, source_text: '903 smoothbore weapons' },
      { document_language: 'ru', line_start: 7, source_text: '903 единицы гладкоствольного' },
    ]);
  }, 60_000);

  it('never links a count whose category is unknown: each stands alone, keyed by its own id', async () => {
    const { add, run, query } = workspace();
    add(EN);
    add(RU);
    await run();
    const alone = query<ClaimRow & { category: string | null; count_id: number }>(`${CLAIMS} WHERE linkable = 0`);
    const ids = query<{ count_id: number }>("SELECT count_id FROM weapon_counts WHERE category IS NULL ORDER BY count_id").map((r) => r.count_id);
    expect(ids).toHaveLength(2);
    expect(alone).toEqual(ids.map((id, index) => ({
      claim_key: `weapon_counts#${id}`, quantity: 35, sources_disagree: 0, quantities: '35', source_count: 1, document_count: 1,
      source_paths: [EN, RU][index], reported_in_years: '2009', linkable: 0,
    })));
  }, 60_000);

  it('links a PoA page quoting "(National Report, 2009)" with the 2009 report: one claim, two sources, one report year', async () => {
    const { ws, add, run, query } = workspace();
    add(PAGE);
    add(EN);
    await run();
    expect(query<ClaimRow>(`${CLAIMS} WHERE claim_key LIKE 'KGZ|2008|seized|%'`)).toEqual(claims2009(`${PAGE},${EN}`, 2).slice(1));
    expect(query("SELECT source_path, document_kind, document_report_year, reported_in, line_start, quantity FROM claim_sources WHERE claim_key = 'KGZ|2008|seized|firearms|police'")).toEqual([
      { source_path: PAGE, document_kind: 'poa_profile', document_report_year: null, reported_in: 2009, line_start: 12, quantity: 1482 },
      { source_path: EN, document_kind: 'poa_report', document_report_year: 2009, reported_in: 2009, line_start: 7, quantity: 1482 },
    ]);
    // A source is a weapon count: `salw-etl lineage claim_sources <fact_id>` shows where it was read.
    const [pageSource] = query<{ fact_id: number }>(`SELECT fact_id FROM claim_sources WHERE claim_key = 'KGZ|2008|seized|firearms|police' AND source_path = '${PAGE}'`);
    const db = new Database(ws.warehouse, { readonly: true });
    try {
      expect(await lookupLineage(sqliteRows(db), 'claim_sources', pageSource?.fact_id ?? 0)).toMatchObject({
        table: 'weapon_counts', document: { source_path: PAGE, current: true }, line_start: 12, source_text: '1,482 weapons',
      });
    } finally {
      db.close();
    }
  }, 60_000);

  it('flags sources that disagree and gives both values, with no quantity of its own', async () => {
    const { add, run, query } = workspace();
    add(PAGE);
    add(REPORT_2011);
    await run();
    expect(query(`${CLAIMS.replace('SELECT ', 'SELECT min_quantity, max_quantity, ')} WHERE claim_key = 'KGZ|2010|surrendered|firearms|-'`)).toEqual([{
      min_quantity: 604, max_quantity: 640, claim_key: 'KGZ|2010|surrendered|firearms|-', quantity: null, sources_disagree: 1,
      quantities: '604,640', source_count: 2, document_count: 2, source_paths: `${PAGE},${REPORT_2011}`, reported_in_years: '2011', linkable: 1,
    }]);
    expect(query<{ n: number }>('SELECT count(*) AS n FROM claim_view WHERE sources_disagree = 1')).toEqual([{ n: 1 }]);
    // An agency named in words the vocabulary has no code for is not "no agency named": 42 and 58 are two claims.
    expect(query(`${CLAIMS} WHERE claim_key LIKE 'KGZ|2010|destroyed|%'`)).toEqual([
      { claim_key: 'KGZ|2010|destroyed|firearms|-', quantity: 58, sources_disagree: 0, quantities: '58', source_count: 1, document_count: 1, source_paths: REPORT_2011, reported_in_years: '2011', linkable: 1 },
      { claim_key: 'KGZ|2010|destroyed|firearms|named:the state forestry agency', quantity: 42, sources_disagree: 0, quantities: '42', source_count: 1, document_count: 1, source_paths: REPORT_2011, reported_in_years: '2011', linkable: 1 },
    ]);
    expect(query("SELECT agency, agency_raw, quantity FROM claim_sources WHERE claim_key LIKE 'KGZ|2010|destroyed|%'")).toEqual([
      { agency: null, agency_raw: null, quantity: 58 },
      { agency: null, agency_raw: 'the State Forestry Agency', quantity: 42 },
    ]);
    expect(query("SELECT source_path, quantity, source_text FROM claim_sources WHERE claim_key = 'KGZ|2010|surrendered|firearms|-'")).toEqual([
      { source_path: PAGE, quantity: 640, source_text: '640 weapons' },
      { source_path: REPORT_2011, quantity: 604, source_text: '604 weapons' },
    ]);
  }, 60_000);

  it('links the same report as text and as PDF: one claim per figure, a text source and a PDF source', async () => {
    const { ws, add, run, query } = workspace();
    add(EN);
    writeFileSync(join(ws.raw, 'kgz_report_2009_en.pdf'), await makePdfFromText(readFileSync(join(FIXTURES, EN), 'utf8').split('\n'), { linesPerPage: 6, pageNumbers: true }));
    await run();
    expect(query<ClaimRow>(`${CLAIMS} WHERE linkable = 1`)).toEqual(claims2009(`kgz_report_2009_en.pdf,${EN}`, 2));
    expect(query("SELECT document_format, page, line_start FROM claim_sources WHERE claim_key = 'KGZ|2008|destroyed|firearms|-'")).toEqual([
      { document_format: 'pdf', page: 2, line_start: 8 },
      { document_format: 'text', page: null, line_start: 8 },
    ]);
  }, 60_000);

  it('drops the sources of a superseded version and of a removed document', async () => {
    const { ws, add, run, query } = workspace();
    const sidecar = (name: string, retrievedAt: string) =>
      writeFileSync(join(ws.raw, `${name}.meta.json`), JSON.stringify({ source_url: 'https://example.org/kgz/2009/en', retrieved_at: retrievedAt }));
    add(EN);
    sidecar(EN, '2024-01-10T00:00:00Z');
    add(RU);
    await run();
    expect(query<ClaimRow>(`${CLAIMS} WHERE linkable = 1`)).toEqual(claims2009(`${EN},${RU}`, 2));

    // The corrected re-issue of the English report: a new version of the same document, which supersedes the first.
    add(CORRECTED);
    sidecar(CORRECTED, '2024-04-02T00:00:00Z');
    await run();
    expect(query('SELECT source_path, status FROM documents ORDER BY document_id')).toEqual([
      { source_path: EN, status: 'superseded' }, { source_path: RU, status: 'loaded' }, { source_path: CORRECTED, status: 'loaded' },
    ]);
    const afterCorrection = claims2009(`${CORRECTED},${RU}`, 2);
    afterCorrection[0] = { ...afterCorrection[0], quantity: null, sources_disagree: 1, quantities: '2215,2251' };
    expect(query<ClaimRow>(`${CLAIMS} WHERE linkable = 1`)).toEqual(afterCorrection);
    expect(query<{ n: number }>(`SELECT count(*) AS n FROM claim_sources WHERE source_path = '${EN}'`)).toEqual([{ n: 0 }]);

    // The Russian version leaves the raw folder: its counts are sources no more.
    rmSync(join(ws.raw, RU));
    const removed = await run();
    expect(removed.documentsRemoved).toBe(1);
    expect(query<ClaimRow>(`${CLAIMS} WHERE linkable = 1`)).toEqual(claims2009(CORRECTED, 1, { 'KGZ|2008|destroyed|firearms|-': 2251 }));
  }, 90_000);

  it('gives identical claims when run again, with a full refresh, and in a new warehouse built from the same documents', async () => {
    const { ws, add, run, query } = workspace();
    for (const name of [EN, RU, PAGE, REPORT_2011]) add(name);
    await run();
    const snapshot = () => ({
      claims: query('SELECT * FROM claim_view'),
      sources: query('SELECT * FROM claim_sources'),
    });
    const first = snapshot();
    expect(first.claims).toHaveLength(13);
    expect(first.sources).toHaveLength(23);

    expect((await run()).documentsLoaded).toBe(0);
    expect(snapshot()).toEqual(first);
    expect((await run(true)).documentsReextracted).toBe(4);
    expect(snapshot()).toEqual(first);

    await backend.discard(ws.warehouse);
    await run();
    expect(snapshot()).toEqual(first);
  }, 120_000);

  // Both tests below are about the SQLite file (a migration of an old file, SQLite's query plan): not run on PostgreSQL.
  it.skipIf(backend.kind === 'postgres')('migrates a warehouse written before claims: the facts it holds become claims at once, with no re-extraction', async () => {
    const { ws, add, run, query } = workspace();
    for (const name of [EN, RU, PAGE]) add(name);
    await run();
    const before = query('SELECT * FROM claim_view');
    expect(before.filter((c) => (c as ClaimRow).document_count === 3)).toHaveLength(4);

    // As the code before 0010 left it: no claim views, no index on the claim's fields, 0010 and later not yet run.
    await migrateDownTo(ws.warehouse, '0009_report_year_basis');
    expect(() => query('SELECT * FROM claim_view')).toThrow(/no such table: claim_view/);

    await (await openWarehouse(ws.warehouse)).close();
    expect(query('SELECT * FROM claim_view')).toEqual(before);
    expect(query<{ name: string }>("SELECT name FROM kysely_migration WHERE name = '0010_claims'")).toEqual([{ name: '0010_claims' }]);
  }, 60_000);

  it.skipIf(backend.kind === 'postgres')('reads a claim\'s lists through the index on its fields, never by scanning every weapon count', async () => {
    const { ws } = workspace();
    const warehouse = await openWarehouse(ws.warehouse);
    try {
      const plan = (warehouse.sqlite.prepare('EXPLAIN QUERY PLAN SELECT * FROM claim_view').all() as { detail: string }[]).map((r) => r.detail);
      const lookups = plan.filter((d) => /^(?:SEARCH|SCAN) s\b/.test(d));
      expect(lookups).toHaveLength(4);
      for (const lookup of lookups) expect(lookup).toMatch(/^SEARCH s USING INDEX weapon_counts_by_claim \(country_iso3=\? AND year=\? AND action=\? AND category=\? AND agency=\?\)$/);
    } finally {
      await warehouse.close();
    }
  });
});
