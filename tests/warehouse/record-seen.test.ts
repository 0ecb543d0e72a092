import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openWarehouse } from '../../src/warehouse/db.ts';
import { openPostgresWarehouse } from '../../src/warehouse/postgres/warehouse.ts';
import type { RunCounters, RunWarehouse } from '../../src/warehouse/run-warehouse.ts';
import { testPostgres } from '../helpers/postgres.ts';
import { makeWorkspace } from '../helpers/tmp.ts';

/**
 * What a run records of the documents it saw unchanged, on both backends: the run as their last_run_id, and for
 * those whose file or sidecar was touched (same bytes, saying the same) the new stats, a sidecar's included, so
 * that the next run trusts them; the one query of known-documents.ts gives the stats back with the run that saw them.
 */

const server = await testPostgres();
const COUNTERS: RunCounters = { documentsSeen: 3, documentsLoaded: 0, documentsSkipped: 0, documentsQuarantined: 0, documentsReextracted: 0, recordsLoaded: 0 };

async function seedAndRecord(warehouse: RunWarehouse): Promise<unknown[]> {
  const { db } = warehouse;
  const run = async (startedAt: string, codeVersion: string) =>
    (await db.insertInto('runs').values({ pipeline: 'amap', trigger: 'manual', started_at: startedAt, status: 'succeeded', code_version: codeVersion }).returning('run_id').executeTakeFirstOrThrow()).run_id;
  const first = await run('2025-02-01T00:00:00.000Z', '0.1.0+aaaaaaa');
  const document = async (path: string, sidecar: { size: number; mtime: string } | null) =>
    (await db.insertInto('documents').values({
      source_path: path, version: 1, sha256: `sha-${path}`, size_bytes: 100, file_mtime: '2025-01-01T00:00:00.000Z', status: 'loaded', first_run_id: first, last_run_id: first,
      loaded_at: '2025-02-01T00:00:01.000Z', meta_json: sidecar ? '{"country_iso3":"BEN"}' : null, sidecar_size: sidecar?.size ?? null, sidecar_mtime: sidecar?.mtime ?? null,
    }).returning('document_id').executeTakeFirstOrThrow()).document_id;
  const untouched = await document('ben.txt', { size: 23, mtime: '2025-01-02T00:00:00.000Z' });
  const touchedSidecar = await document('tgo.txt', { size: 23, mtime: '2025-01-02T00:00:00.000Z' });
  const sidecarGone = await document('gha.txt', { size: 23, mtime: '2025-01-02T00:00:00.000Z' });
  const second = await run('2025-03-01T00:00:00.000Z', '0.1.0+bbbbbbb');
  await warehouse.statements.recordSeen(second, [untouched], [
    { documentId: touchedSidecar, mtime: '2025-01-01T00:00:00.000Z', sizeBytes: 100, sidecar: { sizeBytes: 24, mtime: '2025-02-15T00:00:00.000Z' } },
    { documentId: sidecarGone, mtime: '2025-02-20T00:00:00.000Z', sizeBytes: 101, sidecar: null },
  ], COUNTERS);
  const known = await warehouse.statements.knownDocuments();
  return known.map((k) => [k.source_path, k.size_bytes, k.file_mtime, k.sidecar_size, k.sidecar_mtime, k.seen_from, k.seen_by_code]);
}

const EXPECTED = [
  ['ben.txt', 100, '2025-01-01T00:00:00.000Z', 23, '2025-01-02T00:00:00.000Z', '2025-03-01T00:00:00.000Z', '0.1.0+bbbbbbb'],
  ['tgo.txt', 100, '2025-01-01T00:00:00.000Z', 24, '2025-02-15T00:00:00.000Z', '2025-03-01T00:00:00.000Z', '0.1.0+bbbbbbb'],
  ['gha.txt', 101, '2025-02-20T00:00:00.000Z', null, null, '2025-03-01T00:00:00.000Z', '0.1.0+bbbbbbb'],
];

/** Every column of the first known document after seedAndRecord: the same object on both backends. */
const FIRST_KNOWN = {
  document_id: 1, source_path: 'ben.txt', sha256: 'sha-ben.txt', size_bytes: 100, file_mtime: '2025-01-01T00:00:00.000Z', status: 'loaded',
  kind: null, country_iso3: null, extractor: null, logical_key: null, meta_json: '{"country_iso3":"BEN"}', sidecar_size: 23,
  sidecar_mtime: '2025-01-02T00:00:00.000Z', seen_from: '2025-03-01T00:00:00.000Z', seen_by_code: '0.1.0+bbbbbbb', over_limit_options: null,
};

describe('recordSeen and the known documents on SQLite', () => {
  const ws = makeWorkspace('record-seen');
  afterAll(() => ws.cleanup());

  it('records the run as last_run_id, and the new stats of touched files and sidecars', async () => {
    const warehouse = await openWarehouse(join(ws.dir, 'w.sqlite'));
    try {
      expect(await seedAndRecord(warehouse)).toEqual(EXPECTED);
      expect((await warehouse.statements.knownDocuments())[0]).toStrictEqual(FIRST_KNOWN);
      expect(await warehouse.statements.knownDocuments('ben.txt')).toStrictEqual([FIRST_KNOWN]);
    } finally {
      await warehouse.close();
    }
  });
});

describe.skipIf(!server.available)('recordSeen and the known documents on PostgreSQL', () => {
  let url = '';
  beforeAll(async () => {
    if (server.available) url = await server.database();
  });

  it('records the same as SQLite, every touched document in one statement', async () => {
    const warehouse = await openPostgresWarehouse(url);
    try {
      expect(await seedAndRecord(warehouse)).toEqual(EXPECTED);
      expect((await warehouse.statements.knownDocuments())[0]).toStrictEqual(FIRST_KNOWN);
    } finally {
      await warehouse.close();
    }
  });
});
