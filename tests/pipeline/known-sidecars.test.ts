import { readdir, readFile } from 'node:fs/promises';
import { readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PIPELINES } from '../../pipelines/index.ts';
import { runPipelines } from '../../src/pipeline/run.ts';
import type { DiscoverFs } from '../../src/sources/discover.ts';
import { makeWorkspace, REPO_ROOT } from '../helpers/tmp.ts';

/**
 * A night with nothing new reads no sidecar either: a sidecar whose size and modification time are those the
 * warehouse recorded with its document keeps the keys stored then (`meta_json`) without being read
 * (src/pipeline/known-hashes.ts knownSidecarsFrom); every real change is still seen, and `rehash` reads them all.
 */

const PROFILE = readFileSync(join(REPO_ROOT, 'raw', '000_88da758a976dd473.txt'), 'utf8');
const POA_PAGE = readFileSync(join(REPO_ROOT, 'raw', '003_9c7cc2717d99486b.txt'), 'utf8');
/** Long past: older than any run's start, so neither files nor sidecars are racily clean. */
const PAST = new Date('2024-01-01T00:00:00Z');
const LATER = new Date('2024-06-01T00:00:00Z');

const PROFILE_SIDECAR = JSON.stringify({ source_url: 'https://example.org/kaz/profile', retrieved_at: '2024-03-01T10:00:00Z' });
const PAGE_SIDECAR = JSON.stringify({ source_url: 'https://example.org/kaz/poa', retrieved_at: '2024-03-05T09:30:00Z' });

/** The file system discovery reads through, counting the sidecars it reads (documents aside). */
function countingFs(reads: string[]): DiscoverFs {
  return {
    readdir: (path) => readdir(path, { withFileTypes: true }),
    readFile: (path) => {
      if (path.endsWith('.meta.json')) reads.push(path.split('/').pop() ?? path);
      return readFile(path);
    },
  };
}

describe('sidecars trusted by size and modification time', () => {
  let ws: ReturnType<typeof makeWorkspace>;
  const run = (reads: string[], extra: { rehash?: boolean } = {}) =>
    runPipelines({ rawDir: ws.raw, warehousePath: ws.warehouse, pipelines: PIPELINES, allPipelines: PIPELINES, discoverFs: countingFs(reads), ...extra });
  const outcomes = (summary: Awaited<ReturnType<typeof run>>) => summary.documents.map((d) => `${d.path}: ${d.outcome}${d.reextracted ? ` (${d.reason})` : ''}`);
  const write = (name: string, text: string, when = PAST) => {
    writeFileSync(join(ws.raw, name), text);
    utimesSync(join(ws.raw, name), when, when);
  };
  const stored = () => {
    const db = new Database(ws.warehouse, { readonly: true });
    try {
      return db.prepare("SELECT source_path, meta_json, sidecar_size, sidecar_mtime FROM documents WHERE status = 'loaded' ORDER BY source_path").all();
    } finally {
      db.close();
    }
  };

  beforeEach(async () => {
    ws = makeWorkspace('known-sidecars');
    write('kaz_profile.txt', PROFILE);
    write('kaz_profile.txt.meta.json', PROFILE_SIDECAR);
    write('kaz_page.txt', POA_PAGE);
    write('kaz_page.txt.meta.json', PAGE_SIDECAR);
    const first: string[] = [];
    expect(outcomes(await run(first))).toEqual(['kaz_page.txt: loaded', 'kaz_profile.txt: loaded']);
    expect(first.sort()).toEqual(['kaz_page.txt.meta.json', 'kaz_profile.txt.meta.json']);
  }, 120_000);
  afterEach(() => ws.cleanup());

  it('records each sidecar\'s size and time with its document, and the next run reads none', async () => {
    expect(stored()).toEqual([
      { source_path: 'kaz_page.txt', meta_json: '{"source_url":"https://example.org/kaz/poa","retrieved_at":"2024-03-05T09:30:00.000Z"}', sidecar_size: PAGE_SIDECAR.length, sidecar_mtime: PAST.toISOString() },
      { source_path: 'kaz_profile.txt', meta_json: '{"source_url":"https://example.org/kaz/profile","retrieved_at":"2024-03-01T10:00:00.000Z"}', sidecar_size: PROFILE_SIDECAR.length, sidecar_mtime: PAST.toISOString() },
    ]);
    const reads: string[] = [];
    expect(outcomes(await run(reads))).toEqual(['kaz_page.txt: unchanged', 'kaz_profile.txt: unchanged']);
    expect(reads).toEqual([]);
  });

  it('a sidecar edited keeping its size is read, and its document read again', async () => {
    const edited = PROFILE_SIDECAR.replace('2024-03-01T10', '2024-03-02T10');
    expect(edited.length).toBe(PROFILE_SIDECAR.length);
    write('kaz_profile.txt.meta.json', edited, LATER);
    const reads: string[] = [];
    expect(outcomes(await run(reads))).toEqual(['kaz_page.txt: unchanged', 'kaz_profile.txt: loaded (its sidecar changed)']);
    expect(reads).toEqual(['kaz_profile.txt.meta.json']);
    expect(stored()).toContainEqual({
      source_path: 'kaz_profile.txt', meta_json: '{"source_url":"https://example.org/kaz/profile","retrieved_at":"2024-03-02T10:00:00.000Z"}',
      sidecar_size: PROFILE_SIDECAR.length, sidecar_mtime: LATER.toISOString(),
    });
    const after: string[] = [];
    expect(outcomes(await run(after))).toEqual(['kaz_page.txt: unchanged', 'kaz_profile.txt: unchanged']);
    expect(after).toEqual([]);
  });

  it('a sidecar touched without a change is read, its document is unchanged, and its new time is recorded so the night after reads nothing', async () => {
    utimesSync(join(ws.raw, 'kaz_page.txt.meta.json'), LATER, LATER);
    const touched: string[] = [];
    const summary = await run(touched);
    expect(outcomes(summary)).toEqual(['kaz_page.txt: unchanged', 'kaz_profile.txt: unchanged']);
    expect(touched).toEqual(['kaz_page.txt.meta.json']);
    const db = new Database(ws.warehouse, { readonly: true });
    try {
      expect(db.prepare('SELECT source_path, sidecar_mtime, file_mtime, last_run_id FROM documents ORDER BY source_path').all()).toEqual([
        { source_path: 'kaz_page.txt', sidecar_mtime: LATER.toISOString(), file_mtime: PAST.toISOString(), last_run_id: summary.runId },
        { source_path: 'kaz_profile.txt', sidecar_mtime: PAST.toISOString(), file_mtime: PAST.toISOString(), last_run_id: summary.runId },
      ]);
    } finally {
      db.close();
    }
    const after: string[] = [];
    expect(outcomes(await run(after))).toEqual(['kaz_page.txt: unchanged', 'kaz_profile.txt: unchanged']);
    expect(after).toEqual([]);
  });

  it('a sidecar removed is seen without a read: its document is read again and keeps no sidecar', async () => {
    rmSync(join(ws.raw, 'kaz_page.txt.meta.json'));
    const reads: string[] = [];
    // Without its sidecar's source_url, the page comes after the profile (processing order: source, else path).
    expect(outcomes(await run(reads))).toEqual(['kaz_profile.txt: unchanged', 'kaz_page.txt: loaded (its sidecar changed)']);
    expect(reads).toEqual([]);
    expect(stored()).toContainEqual({ source_path: 'kaz_page.txt', meta_json: null, sidecar_size: null, sidecar_mtime: null });
  });

  it('a sidecar added beside a document that had none is read, and the document read again', async () => {
    write('kaz_page_2.txt', `${POA_PAGE}\n\n`);
    const first: string[] = [];
    expect(outcomes(await run(first))).toContain('kaz_page_2.txt: loaded');
    expect(first).toEqual([]);
    const sidecar = JSON.stringify({ source_url: 'https://example.org/kaz/poa-2', language: 'en' });
    write('kaz_page_2.txt.meta.json', sidecar);
    const reads: string[] = [];
    expect(outcomes(await run(reads))).toContain('kaz_page_2.txt: loaded (its sidecar changed)');
    expect(reads).toEqual(['kaz_page_2.txt.meta.json']);
    expect(stored()).toContainEqual({ source_path: 'kaz_page_2.txt', meta_json: '{"source_url":"https://example.org/kaz/poa-2","language":"en"}', sidecar_size: sidecar.length, sidecar_mtime: PAST.toISOString() });
  });

  it('a sidecar whose time is not older than the run that read it (racily clean) is read again, though nothing changed', async () => {
    const soon = new Date(Date.now() + 60_000);
    utimesSync(join(ws.raw, 'kaz_profile.txt.meta.json'), soon, soon);
    const first: string[] = [];
    expect(outcomes(await run(first))).toEqual(['kaz_page.txt: unchanged', 'kaz_profile.txt: unchanged']);
    expect(first).toEqual(['kaz_profile.txt.meta.json']);
    // Its stat is not kept: bytes written in the instant they were read could differ with the same size and time.
    expect(stored()).toContainEqual(expect.objectContaining({ source_path: 'kaz_profile.txt', sidecar_size: null, sidecar_mtime: null }));
    const again: string[] = [];
    expect(outcomes(await run(again))).toEqual(['kaz_page.txt: unchanged', 'kaz_profile.txt: unchanged']);
    expect(again).toEqual(['kaz_profile.txt.meta.json']);
  });

  it('a sidecar edited with its size and time put back is not seen, until rehash reads every sidecar', async () => {
    const path = join(ws.raw, 'kaz_page.txt.meta.json');
    const { mtime } = statSync(path);
    const edited = PAGE_SIDECAR.replace('09:30', '11:45');
    expect(edited.length).toBe(PAGE_SIDECAR.length);
    write('kaz_page.txt.meta.json', edited, mtime);
    const blind: string[] = [];
    expect(outcomes(await run(blind))).toEqual(['kaz_page.txt: unchanged', 'kaz_profile.txt: unchanged']);
    expect(blind).toEqual([]);
    const reads: string[] = [];
    expect(outcomes(await run(reads, { rehash: true }))).toEqual(['kaz_page.txt: loaded (its sidecar changed)', 'kaz_profile.txt: unchanged']);
    expect(reads.sort()).toEqual(['kaz_page.txt.meta.json', 'kaz_profile.txt.meta.json']);
  });

  it('a broken sidecar keeps no stat: it is read every run, and its warning raised whenever its document is read', async () => {
    write('kaz_page.txt.meta.json', JSON.stringify({ source_url: 'https://example.org/kaz/poa', language: 'Kazakh' }), LATER);
    const first: string[] = [];
    const summary = await run(first);
    expect(outcomes(summary)).toEqual(['kaz_page.txt: loaded (its sidecar changed)', 'kaz_profile.txt: unchanged']);
    expect(first).toEqual(['kaz_page.txt.meta.json']);
    expect(stored()).toContainEqual({ source_path: 'kaz_page.txt', meta_json: '{"source_url":"https://example.org/kaz/poa"}', sidecar_size: null, sidecar_mtime: null });
    const db = new Database(ws.warehouse, { readonly: true });
    try {
      expect(db.prepare("SELECT message FROM quality_issues WHERE rule = 'bad-sidecar' AND run_id = ?").all(summary.runId)).toEqual([
        { message: 'kaz_page.txt: sidecar: language "Kazakh" is not an ISO 639-1 code' },
      ]);
    } finally {
      db.close();
    }
    const again: string[] = [];
    expect(outcomes(await run(again))).toEqual(['kaz_page.txt: unchanged', 'kaz_profile.txt: unchanged']);
    expect(again).toEqual(['kaz_page.txt.meta.json']);
  });

  it('a run of other code than the run that last saw a sidecar reads it (the rules for sidecars may have changed)', async () => {
    const db = new Database(ws.warehouse);
    try {
      db.prepare("UPDATE runs SET code_version = '0.0.9+0000000'").run();
    } finally {
      db.close();
    }
    const reads: string[] = [];
    expect(outcomes(await run(reads))).toEqual(['kaz_page.txt: unchanged', 'kaz_profile.txt: unchanged']);
    expect(reads.sort()).toEqual(['kaz_page.txt.meta.json', 'kaz_profile.txt.meta.json']);
    const after: string[] = [];
    await run(after);
    expect(after).toEqual([]);
  });
});
