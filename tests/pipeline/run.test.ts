import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { testBackend } from '../helpers/backend.ts';
import { testStubReading } from '../helpers/reading.ts';
import { stubPipeline, stubSidecar } from '../helpers/stub-pipeline.ts';
import { makeWorkspace, writeFile } from '../helpers/tmp.ts';

/** SQLite, or PostgreSQL read through an exact copy (tests/helpers/backend.ts). */
const backend = await testBackend();

let cleanup = () => {};
afterEach(() => cleanup());

function setup() {
  const ws = makeWorkspace('run');
  cleanup = ws.cleanup;
  const run = (version = 1, extra: { fullRefresh?: boolean; only?: string[] } = {}) => {
    const pipeline = stubPipeline(version);
    return backend.runPipelines({ rawDir: ws.raw, warehousePath: ws.warehouse, pipelines: [pipeline], allPipelines: [pipeline], ...testStubReading(), ...extra });
  };
  const query = <T>(sql: string): T[] => {
    const db = new Database(ws.warehouse, { readonly: true });
    try {
      return db.prepare(sql).all() as T[];
    } finally {
      db.close();
    }
  };
  const stubDoc = (name: string, body: string, sidecar: Record<string, string> = {}, mtime?: Date) => {
    writeFile(join(ws.raw, name), body, mtime);
    writeFile(join(ws.raw, `${name}.meta.json`), stubSidecar(sidecar));
  };
  return { ws, run, query, stubDoc };
}

describe('runPipelines', () => {
  it('loads documents with lineage, and a second run skips them and adds no rows', async () => {
    const { run, query, stubDoc } = setup();
    stubDoc('a.txt', 'STUB PROFILE\n2019 Arys 3\n2019 Arys 0\n');
    const first = await run();
    expect(first.status).toBe('succeeded');
    expect(first.documentsLoaded).toBe(1);
    expect(first.recordsLoaded).toBe(2);
    expect(query('SELECT year, location, deaths, line_start, line_end, source_text, extractor, run_id FROM explosions ORDER BY explosion_id')).toEqual([
      { year: 2019, location: 'Arys', deaths: 3, line_start: 2, line_end: 2, source_text: '2019 Arys 3', extractor: 'stub@1', run_id: 1 },
      { year: 2019, location: 'Arys', deaths: 0, line_start: 3, line_end: 3, source_text: '2019 Arys 0', extractor: 'stub@1', run_id: 1 },
    ]);
    const second = await run();
    expect(second.documentsLoaded).toBe(0);
    expect(second.documents.map((d) => d.outcome)).toEqual(['unchanged']);
    expect(query('SELECT count(*) AS n FROM explosions')).toEqual([{ n: 2 }]);
    expect(query('SELECT run_id, status, documents_seen, documents_loaded, documents_skipped FROM runs')).toEqual([
      { run_id: 1, status: 'succeeded', documents_seen: 1, documents_loaded: 1, documents_skipped: 0 },
      { run_id: 2, status: 'succeeded', documents_seen: 1, documents_loaded: 0, documents_skipped: 1 },
    ]);
  });

  it('loads a changed file as a new version and marks the old one superseded, its facts kept', async () => {
    const { run, query, stubDoc } = setup();
    stubDoc('a.txt', 'STUB PROFILE\n2019 Arys 3\n');
    await run();
    stubDoc('a.txt', 'STUB PROFILE\n2019 Arys 4\n');
    const second = await run();
    expect(second.documents.map((d) => d.outcome)).toEqual(['loaded']);
    expect(query('SELECT document_id, version, status, superseded_by FROM documents ORDER BY document_id')).toEqual([
      { document_id: 1, version: 1, status: 'superseded', superseded_by: 2 },
      { document_id: 2, version: 2, status: 'loaded', superseded_by: null },
    ]);
    expect(query("SELECT e.deaths FROM explosions e JOIN documents d USING (document_id) WHERE d.status = 'loaded'")).toEqual([{ deaths: 4 }]);
    expect(query('SELECT count(*) AS n FROM explosions')).toEqual([{ n: 2 }]);
  });

  it('treats two files with one source_url as versions: the later retrieval is current, in either order', async () => {
    const { run, query, stubDoc } = setup();
    stubDoc('new.txt', 'STUB PROFILE\n2021 Taraz 12\n', { source_url: 'https://example.org/kaz', retrieved_at: '2024-05-01T00:00:00Z' });
    stubDoc('old.txt', 'STUB PROFILE\n2021 Taraz 11\n', { source_url: 'https://example.org/kaz', retrieved_at: '2023-05-01T00:00:00Z' });
    await run();
    expect(query('SELECT source_path, status FROM documents ORDER BY source_path')).toEqual([
      { source_path: 'new.txt', status: 'loaded' },
      { source_path: 'old.txt', status: 'superseded' },
    ]);
    await run();
    expect(query('SELECT count(*) AS n FROM documents')).toEqual([{ n: 2 }]);
    expect(query("SELECT e.deaths FROM explosions e JOIN documents d USING (document_id) WHERE d.status = 'loaded'")).toEqual([{ deaths: 12 }]);
  });

  it('re-extracts documents loaded by an older extractor version, in place', async () => {
    const { run, query, stubDoc } = setup();
    stubDoc('a.txt', 'STUB PROFILE\n2019 Arys 3\n');
    await run(1);
    const second = await run(2);
    expect(second.documentsReextracted).toBe(1);
    expect(second.documents[0]?.reason).toBe('re-extracted: stub@1 -> stub@2');
    expect(query('SELECT document_id, status, extractor FROM documents')).toEqual([{ document_id: 1, status: 'loaded', extractor: 'stub@2' }]);
    expect(query('SELECT extractor, run_id FROM explosions')).toEqual([{ extractor: 'stub@2', run_id: 2 }]);
  });

  it('reads the same bytes again when their sidecar changed: a corrected country reaches the document and its facts', async () => {
    const { run, query, stubDoc } = setup();
    stubDoc('a.txt', 'STUB PROFILE\n2019 Arys 3\n', { country_iso3: 'UZB' });
    await run();
    const untouched = await run();
    expect(untouched.documents.map((d) => [d.outcome, d.reason])).toEqual([['unchanged', 'unchanged since the last run']]);
    stubDoc('a.txt', 'STUB PROFILE\n2019 Arys 3\n', { country_iso3: 'KAZ' });
    const corrected = await run();
    expect(corrected.documents.map((d) => [d.outcome, d.reason])).toEqual([['loaded', 'its sidecar changed']]);
    expect(corrected.documentsReextracted).toBe(1);
    expect(query('SELECT document_id, status, country_iso3, meta_json FROM documents')).toEqual([
      { document_id: 1, status: 'loaded', country_iso3: 'KAZ', meta_json: '{"kind":"amap_profile","country_iso3":"KAZ"}' },
    ]);
    // Another country is another logical document: its facts have new keys, and the old ones go.
    expect(query('SELECT explosion_id, country_iso3, run_id FROM explosions')).toEqual([{ explosion_id: 2, country_iso3: 'KAZ', run_id: 3 }]);
    expect((await run()).documents.map((d) => d.outcome)).toEqual(['unchanged']);
  });

  it('loads a skipped document once a sidecar gives its kind, and reads it again when the sidecar goes', async () => {
    const { ws, run, query } = setup();
    writeFile(join(ws.raw, 'notes.txt'), 'STUB PROFILE\n2020 Shymkent 2\n');
    expect((await run()).documents.map((d) => d.outcome)).toEqual(['skipped']);
    writeFile(join(ws.raw, 'notes.txt.meta.json'), stubSidecar());
    const withSidecar = await run();
    expect(withSidecar.documents.map((d) => [d.outcome, d.reason])).toEqual([['loaded', 'its sidecar changed']]);
    expect(query('SELECT document_id, status, kind, country_iso3 FROM documents')).toEqual([{ document_id: 1, status: 'loaded', kind: 'amap_profile', country_iso3: 'KAZ' }]);
    expect(query('SELECT year, location, deaths FROM explosions')).toEqual([{ year: 2020, location: 'Shymkent', deaths: 2 }]);
    const { rmSync } = await import('node:fs');
    rmSync(join(ws.raw, 'notes.txt.meta.json'));
    expect((await run()).documents.map((d) => d.outcome)).toEqual(['skipped']);
  });

  it('records an unknown document and an empty file with reasons, and loads the rest', async () => {
    const { ws, run, query, stubDoc } = setup();
    stubDoc('good.txt', 'STUB PROFILE\n2010 Zhambyl 0\n');
    writeFile(join(ws.raw, 'empty.txt'), '');
    writeFile(join(ws.raw, 'recipe.txt'), 'Pancakes\nMix flour, milk and eggs. Fry.\n');
    const summary = await run();
    expect(summary.status).toBe('partial');
    expect(summary.documents.map((d) => [d.path, d.outcome])).toEqual([
      ['empty.txt', 'quarantined'],
      ['good.txt', 'loaded'],
      ['recipe.txt', 'skipped'],
    ]);
    expect(query('SELECT source_path, status, status_reason FROM documents ORDER BY source_path')).toEqual([
      { source_path: 'empty.txt', status: 'quarantined', status_reason: 'could not read empty.txt: decode: empty.txt: the file is empty (0 bytes); nothing to load' },
      { source_path: 'good.txt', status: 'loaded', status_reason: null },
      { source_path: 'recipe.txt', status: 'skipped', status_reason: expect.stringContaining('recipe.txt: unknown kind: too few signs of any known kind') },
    ]);
    expect(query('SELECT severity, rule FROM quality_issues ORDER BY issue_id')).toEqual([
      { severity: 'error', rule: 'unreadable-document' },
      { severity: 'info', rule: 'unknown-kind' },
    ]);
  });

  it('loads a document all or nothing: a row the warehouse rejects quarantines the whole document', async () => {
    const { run, query, stubDoc } = setup();
    stubDoc('a.txt', 'STUB PROFILE\n2019 Arys 3\n2019 Arys INVALID\n');
    stubDoc('b.txt', 'STUB PROFILE\nTHROW\n');
    const summary = await run();
    expect(summary.documents.map((d) => d.outcome)).toEqual(['quarantined', 'quarantined']);
    expect(query('SELECT count(*) AS n FROM explosions')).toEqual([{ n: 0 }]);
    expect(query('SELECT source_path, status FROM documents ORDER BY source_path')).toEqual([
      { source_path: 'a.txt', status: 'quarantined' },
      { source_path: 'b.txt', status: 'quarantined' },
    ]);
    expect(query("SELECT rule, line_start FROM quality_issues ORDER BY issue_id")).toEqual([
      { rule: 'load-failed', line_start: null },
      { rule: 'extraction-failed', line_start: 2 },
    ]);
  });

  it('marks a document whose file left the raw folder as removed', async () => {
    const { ws, run, query, stubDoc } = setup();
    stubDoc('a.txt', 'STUB PROFILE\n2019 Arys 3\n');
    stubDoc('b.txt', 'STUB PROFILE\n2001 Almaty 0\n');
    await run();
    const { rmSync } = await import('node:fs');
    rmSync(join(ws.raw, 'b.txt'));
    const second = await run();
    expect(second.documentsRemoved).toBe(1);
    expect(query('SELECT source_path, status FROM documents ORDER BY source_path')).toEqual([
      { source_path: 'a.txt', status: 'loaded' },
      { source_path: 'b.txt', status: 'removed' },
    ]);
  });
});
