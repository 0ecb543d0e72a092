import { describe, expect, it } from 'vitest';
import { KnownDocuments } from '../../src/pipeline/known-documents.ts';
import type { KnownDocument } from '../../src/warehouse/run-warehouse.ts';

let nextId = 1;
function row(source_path: string, sha256: string, status: KnownDocument['status'] = 'loaded'): KnownDocument {
  return {
    document_id: nextId++, source_path, sha256, size_bytes: 10, file_mtime: null, status, kind: 'poa_report', country_iso3: 'KEN',
    extractor: 'poa-report@1', logical_key: `poa_report:KEN:${source_path}`, meta_json: null, sidecar_size: null, sidecar_mtime: null,
    seen_from: '2026-01-01T00:00:00.000Z', seen_by_code: '0.1.0', over_limit_options: null,
  };
}

describe('KnownDocuments', () => {
  it('finds the latest version of a path with the given bytes, whichever versions the path had', () => {
    const first = row('a.txt', 'aaa', 'superseded');
    const second = row('a.txt', 'bbb');
    const again = row('a.txt', 'aaa');
    const known = new KnownDocuments([first, second, again, row('b.txt', 'ccc')]);
    expect(known.sameVersion('a.txt', 'aaa')).toBe(again);
    expect(known.sameVersion('a.txt', 'bbb')).toBe(second);
    expect(known.sameVersion('a.txt', 'ccc')).toBeUndefined();
    expect(known.sameVersion('b.txt', 'ccc')?.source_path).toBe('b.txt');
    expect(known.sameVersion('c.txt', 'ccc')).toBeUndefined();
    expect(known.latestByPath.get('a.txt')).toBe(again);
    expect(known.size).toBe(2);
  });

  it('does not answer with a removed version, and keeps the removed one as the path\'s latest', () => {
    const loaded = row('a.txt', 'aaa');
    const removed = row('a.txt', 'bbb', 'removed');
    const known = new KnownDocuments([loaded, removed]);
    expect(known.sameVersion('a.txt', 'bbb')).toBeUndefined();
    expect(known.sameVersion('a.txt', 'aaa')).toBe(loaded);
    expect(known.latestByPath.get('a.txt')).toBe(removed);
  });

  it('takes what the warehouse holds now for a path in place of its snapshot', () => {
    const old = row('a.txt', 'aaa');
    const known = new KnownDocuments([old, row('b.txt', 'bbb')]);
    const loadedByAnother = row('a.txt', 'zzz');
    known.refresh('a.txt', 'zzz', [old, loadedByAnother]);
    expect(known.sameVersion('a.txt', 'zzz')).toBe(loadedByAnother);
    expect(known.sameVersion('a.txt', 'aaa')).toBe(old);
    expect(known.latestByPath.get('a.txt')).toBe(loadedByAnother);
    // Nothing held now for those bytes: the snapshot's answer goes.
    known.refresh('a.txt', 'zzz', [old]);
    expect(known.sameVersion('a.txt', 'zzz')).toBeUndefined();
    expect(known.sameVersion('b.txt', 'bbb')?.source_path).toBe('b.txt');
  });
});
