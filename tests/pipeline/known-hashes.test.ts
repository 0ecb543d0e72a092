import { readdir, readFile } from 'node:fs/promises';
import { readFileSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PIPELINES } from '../../pipelines/index.ts';
import type { DiscoverFs } from '../../src/sources/discover.ts';
import { testBackend } from '../helpers/backend.ts';
import { makeWorkspace, REPO_ROOT } from '../helpers/tmp.ts';

/**
 * A night with nothing new reads no file: a file whose size and modification time are those the warehouse
 * saw keeps its digest without being read (src/pipeline/known-hashes.ts); a changed one is read, and
 * `rehash` reads them all.
 */

const PROFILE = readFileSync(join(REPO_ROOT, 'raw', '000_88da758a976dd473.txt'), 'utf8');
const POA_PAGE = readFileSync(join(REPO_ROOT, 'raw', '003_9c7cc2717d99486b.txt'), 'utf8');
/** SQLite, or PostgreSQL read through an exact copy (tests/helpers/backend.ts): each backend says its own way what it knows of a path. */
const backend = await testBackend();

/** Long past: older than any run's start, so the files are not racily clean. */
const PAST = new Date('2024-01-01T00:00:00Z');

/** The file system discovery reads through, counting the documents it reads (sidecars aside). */
function countingFs(reads: string[]): DiscoverFs {
  return {
    readdir: (path) => readdir(path, { withFileTypes: true }),
    readFile: (path) => {
      if (!path.endsWith('.meta.json')) reads.push(path.split('/').pop() ?? path);
      return readFile(path);
    },
  };
}

describe('change detection by size and modification time', () => {
  let ws: ReturnType<typeof makeWorkspace>;
  const run = (reads: string[], extra: { rehash?: boolean; fullRefresh?: boolean } = {}) =>
    backend.runPipelines({ rawDir: ws.raw, warehousePath: ws.warehouse, pipelines: PIPELINES, allPipelines: PIPELINES, discoverFs: countingFs(reads), ...extra });
  const outcomes = (summary: Awaited<ReturnType<typeof run>>) => summary.documents.map((d) => `${d.path}: ${d.outcome}`);

  beforeEach(async () => {
    ws = makeWorkspace('known-hashes');
    for (const [name, text] of [['kaz_profile.txt', PROFILE], ['kaz_page.txt', POA_PAGE]] as const) {
      writeFileSync(join(ws.raw, name), text);
      utimesSync(join(ws.raw, name), PAST, PAST);
    }
    const first: string[] = [];
    await run(first);
    expect(first.sort()).toEqual(['kaz_page.txt', 'kaz_profile.txt']);
  }, 120_000);
  afterEach(() => ws.cleanup());

  it('a run with nothing changed reads no document and finds every one unchanged', async () => {
    const reads: string[] = [];
    const summary = await run(reads);
    expect(reads).toEqual([]);
    expect(outcomes(summary)).toEqual(['kaz_page.txt: unchanged', 'kaz_profile.txt: unchanged']);
  });

  it('a file whose bytes changed (and so its size or time) is read and loaded as a new version', async () => {
    writeFileSync(join(ws.raw, 'kaz_page.txt'), `${POA_PAGE}\n`);
    const reads: string[] = [];
    const summary = await run(reads);
    expect(reads).toEqual(['kaz_page.txt']);
    expect(outcomes(summary)).toEqual(['kaz_page.txt: loaded', 'kaz_profile.txt: unchanged']);
  });

  it('a file touched without a change is read, and found unchanged', async () => {
    const later = new Date('2024-06-01T00:00:00Z');
    utimesSync(join(ws.raw, 'kaz_profile.txt'), later, later);
    const reads: string[] = [];
    const summary = await run(reads);
    expect(reads).toEqual(['kaz_profile.txt']);
    expect(outcomes(summary)).toEqual(['kaz_page.txt: unchanged', 'kaz_profile.txt: unchanged']);
  });

  it('a file touched without a change gets its new time recorded, so the night after reads nothing', async () => {
    const later = new Date('2024-06-01T00:00:00Z');
    utimesSync(join(ws.raw, 'kaz_profile.txt'), later, later);
    const touched: string[] = [];
    const summary = await run(touched);
    expect(touched).toEqual(['kaz_profile.txt']);
    const db = new Database(ws.warehouse, { readonly: true });
    try {
      expect(db.prepare('SELECT source_path, file_mtime, last_run_id FROM documents ORDER BY source_path').all()).toEqual([
        { source_path: 'kaz_page.txt', file_mtime: PAST.toISOString(), last_run_id: summary.runId },
        { source_path: 'kaz_profile.txt', file_mtime: later.toISOString(), last_run_id: summary.runId },
      ]);
    } finally {
      db.close();
    }
    const after: string[] = [];
    expect(outcomes(await run(after))).toEqual(['kaz_page.txt: unchanged', 'kaz_profile.txt: unchanged']);
    expect(after).toEqual([]);
  });

  it('bytes changed with the size and time put back are not seen, until rehash reads every file', async () => {
    const path = join(ws.raw, 'kaz_profile.txt');
    const { mtime, size } = statSync(path);
    // The same length, other bytes: a digit changed (as a tool restoring times after an edit would leave it).
    const edited = PROFILE.replace(/\d/u, (d) => String((Number(d) + 1) % 10));
    expect(Buffer.byteLength(edited)).toBe(size);
    writeFileSync(path, edited);
    utimesSync(path, mtime, mtime);
    const blind: string[] = [];
    expect(outcomes(await run(blind))).toEqual(['kaz_page.txt: unchanged', 'kaz_profile.txt: unchanged']);
    expect(blind).toEqual([]);
    const reads: string[] = [];
    const summary = await run(reads, { rehash: true });
    expect(reads.sort()).toEqual(['kaz_page.txt', 'kaz_profile.txt']);
    expect(outcomes(summary)).toEqual(['kaz_page.txt: unchanged', 'kaz_profile.txt: loaded']);
  });

  it('a file whose time is not older than the run that hashed it (racily clean) is read again, though nothing changed', async () => {
    // Loaded by a run that started before its modification time: its size and time will match, and still it is read.
    const path = join(ws.raw, 'kaz_page_2.txt');
    writeFileSync(path, `${POA_PAGE}\n\n`);
    const soon = new Date(Date.now() + 60_000);
    utimesSync(path, soon, soon);
    const first: string[] = [];
    expect(outcomes(await run(first))).toContain('kaz_page_2.txt: loaded');
    expect(first).toEqual(['kaz_page_2.txt']);
    const again: string[] = [];
    expect(outcomes(await run(again))).toContain('kaz_page_2.txt: unchanged');
    expect(again).toEqual(['kaz_page_2.txt']);
  });
});
