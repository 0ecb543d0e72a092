import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PIPELINES } from '../../pipelines/index.ts';
import { type RunSummary, runPipelines } from '../../src/pipeline/run.ts';
import type { DiscoverFs } from '../../src/sources/discover.ts';
import { testReading } from '../helpers/reading.ts';
import { makeWorkspace, REPO_ROOT, writeFile } from '../helpers/tmp.ts';

/**
 * A file rewritten, still being copied, or deleted between the moment the run lists (and hashes) it and the
 * moment it reads it. The run records the digest it listed; facts read from other bytes would stand under that
 * digest (and a removed file coming back with the listed bytes would revive them). So the bytes read are hashed
 * again: a file whose bytes are not those listed is quarantined with the reason, nothing of it loaded, and the
 * next run reads it as it is then.
 */

const AMAP = readFileSync(join(REPO_ROOT, 'raw', '000_88da758a976dd473.txt'), 'utf8');
const POA = readFileSync(join(REPO_ROOT, 'raw', '003_9c7cc2717d99486b.txt'), 'utf8');

/** Discovery's reads, with `afterHash` done to `target` once discovery has read (and hashed) it. */
function changingFs(target: string, afterHash: (path: string) => void): DiscoverFs {
  return {
    readdir: (path) => readdir(path, { withFileTypes: true }),
    readFile: async (path) => {
      const bytes = await readFile(path);
      if (path === target) afterHash(path);
      return bytes;
    },
  };
}

function rows<T>(warehouse: string, sql: string): T[] {
  const db = new Database(warehouse, { readonly: true });
  try {
    return db.prepare(sql).all() as T[];
  } finally {
    db.close();
  }
}

interface DocumentRow {
  source_path: string;
  status: string;
  sha: string;
  status_reason: string | null;
  total: number | null;
}

const DOCUMENTS = `SELECT source_path, status, substr(sha256, 1, 12) AS sha, status_reason,
  (SELECT total FROM count_statements c WHERE c.document_id = d.document_id ORDER BY statement_id LIMIT 1) AS total
  FROM documents d ORDER BY document_id`;

const counted = (s: RunSummary) => [s.status, s.documentsSeen, s.documentsLoaded, s.documentsSkipped, s.documentsQuarantined, s.documentsRemoved];

describe('a file that changes while the run reads it', () => {
  let ws = makeWorkspace('changing-files');
  beforeEach(() => {
    ws = makeWorkspace('changing-files');
  });
  afterEach(() => ws.cleanup());
  const run = (discoverFs?: DiscoverFs) =>
    runPipelines({ rawDir: ws.raw, warehousePath: ws.warehouse, pipelines: PIPELINES, allPipelines: PIPELINES, discoverFs, ...testReading() });

  it('rewritten after it was listed: quarantined naming both digests, none of its facts loaded; the next run loads the new bytes', async () => {
    writeFile(join(ws.raw, 'amap.txt'), AMAP);
    writeFile(join(ws.raw, 'poa.txt'), POA);
    const first = await run(changingFs(join(ws.raw, 'poa.txt'), (path) => writeFileSync(path, POA.replace('9,607', '8,607'))));
    expect(counted(first)).toEqual(['partial', 2, 1, 0, 1, 0]);
    const reason = 'poa.txt: the file changed while the run was reading it (sha256 40d54515fdeb… when listed, f4a8a24fd85e… when read); ' +
      'nothing of it is loaded and the next run reads it again. If it keeps changing, let what writes it finish before the run (or write it elsewhere and move it in)';
    expect(rows<DocumentRow>(ws.warehouse, DOCUMENTS)).toEqual([
      { source_path: 'amap.txt', status: 'loaded', sha: '3f5221e1303f', status_reason: null, total: null },
      { source_path: 'poa.txt', status: 'quarantined', sha: '40d54515fdeb', status_reason: reason, total: null },
    ]);
    expect(rows(ws.warehouse, `SELECT severity, rule, message FROM quality_issues WHERE document_id = 2`)).toEqual([{ severity: 'error', rule: 'file-changed', message: reason }]);
    expect(first.stillQuarantined).toEqual([{ path: 'poa.txt', reason }]);

    // The 8,607 is loaded only under the digest of the bytes that say it.
    const second = await run();
    expect(counted(second)).toEqual(['succeeded', 2, 1, 1, 0, 0]);
    expect(rows<DocumentRow>(ws.warehouse, DOCUMENTS).map((d) => [d.source_path, d.status, d.sha, d.total])).toEqual([
      ['amap.txt', 'loaded', '3f5221e1303f', null],
      ['poa.txt', 'superseded', '40d54515fdeb', null],
      ['poa.txt', 'loaded', 'f4a8a24fd85e', 8607],
    ]);
    expect(counted(await run())).toEqual(['succeeded', 2, 0, 2, 0, 0]);
  }, 60_000);

  it('still being written when listed (it grows after): quarantined, then loaded whole', async () => {
    writeFile(join(ws.raw, 'poa.txt'), POA.slice(0, 3000));
    const first = await run(changingFs(join(ws.raw, 'poa.txt'), (path) => writeFileSync(path, POA)));
    expect(counted(first)).toEqual(['partial', 1, 0, 0, 1, 0]);
    expect(rows<DocumentRow>(ws.warehouse, DOCUMENTS)[0]?.status_reason).toMatch(/^poa\.txt: the file changed while the run was reading it \(sha256 a242b7946593… when listed, 40d54515fdeb… when read\)/);
    const second = await run();
    expect(counted(second)).toEqual(['succeeded', 1, 1, 0, 0, 0]);
    expect(rows<DocumentRow>(ws.warehouse, DOCUMENTS).map((d) => [d.status, d.sha, d.total])).toEqual([
      ['superseded', 'a242b7946593', null],
      ['loaded', '40d54515fdeb', 9607],
    ]);
  }, 60_000);

  it('rewritten with its size and time put back, then read again (its sidecar changed): its new bytes are never loaded under the old digest', async () => {
    const then = new Date('2020-01-01T00:00:00Z');
    writeFile(join(ws.raw, 'poa.txt'), POA, then);
    expect(counted(await run())).toEqual(['succeeded', 1, 1, 0, 0, 0]);
    // Same length, same time: the run trusts the stat and lists the old digest without reading the file.
    writeFile(join(ws.raw, 'poa.txt'), POA.replace('9,607', '8,607'), then);
    writeFile(join(ws.raw, 'poa.txt.meta.json'), JSON.stringify({ country_iso3: 'KAZ' }));
    const reread = await run();
    expect(counted(reread)).toEqual(['partial', 1, 0, 0, 1, 0]);
    expect(rows<DocumentRow>(ws.warehouse, DOCUMENTS).map((d) => [d.status, d.sha, d.total])).toEqual([['quarantined', '40d54515fdeb', null]]);
    expect(rows(ws.warehouse, 'SELECT count(*) AS n FROM weapon_counts WHERE quantity = 8607')).toEqual([{ n: 0 }]);
    // The quarantine keeps no stat to trust: the next run hashes the file and loads what it says now.
    expect(rows(ws.warehouse, 'SELECT file_mtime FROM documents')).toEqual([{ file_mtime: null }]);
    expect(counted(await run())).toEqual(['succeeded', 1, 1, 0, 0, 0]);
    expect(rows<DocumentRow>(ws.warehouse, DOCUMENTS).map((d) => [d.status, d.sha, d.total])).toEqual([
      ['superseded', '40d54515fdeb', null],
      ['loaded', 'f4a8a24fd85e', 8607],
    ]);
  }, 60_000);

  it('deleted after it was listed: quarantined saying so, then marked removed by the next run', async () => {
    writeFile(join(ws.raw, 'amap.txt'), AMAP);
    writeFile(join(ws.raw, 'poa.txt'), POA);
    const first = await run(changingFs(join(ws.raw, 'poa.txt'), (path) => rmSync(path)));
    expect(counted(first)).toEqual(['partial', 2, 1, 0, 1, 0]);
    expect(rows<DocumentRow>(ws.warehouse, DOCUMENTS)[1]).toEqual({
      source_path: 'poa.txt', status: 'quarantined', sha: '40d54515fdeb', total: null,
      status_reason: 'poa.txt: the file was removed after the run listed it; nothing of it is loaded (the next run finds it gone)',
    });
    expect(counted(await run())).toEqual(['succeeded', 1, 0, 1, 0, 1]);
    expect(rows<DocumentRow>(ws.warehouse, DOCUMENTS).map((d) => d.status)).toEqual(['loaded', 'removed']);
  }, 60_000);
});
