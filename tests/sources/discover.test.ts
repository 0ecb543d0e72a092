import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { discoverRawFiles, parseSidecar } from '../../src/sources/discover.ts';
import { makeWorkspace, writeFile } from '../helpers/tmp.ts';

let cleanup = () => {};
afterEach(() => cleanup());

describe('discoverRawFiles', () => {
  it('walks the raw folder recursively, skipping hidden files and sidecars, sorted by path, with sha256 and sidecar', async () => {
    const ws = makeWorkspace('discover');
    cleanup = ws.cleanup;
    writeFile(join(ws.raw, 'b.txt'), 'abc');
    writeFile(join(ws.raw, 'KAZ', 'a.html'), '<html></html>');
    writeFile(join(ws.raw, 'KAZ', 'a.html.meta.json'), JSON.stringify({ source_url: 'https://example.org/kaz', retrieved_at: '2024-03-01T10:00:00Z', country_iso3: 'kaz' }));
    writeFile(join(ws.raw, '.hidden.txt'), 'secret');
    writeFile(join(ws.raw, '.git', 'x.txt'), 'x');
    const files = await discoverRawFiles(ws.raw);
    expect(files.map((f) => f.path)).toEqual(['KAZ/a.html', 'b.txt']);
    expect(files[1]?.sha256).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    expect(files[1]?.sizeBytes).toBe(3);
    expect(files[0]?.meta).toEqual({ source_url: 'https://example.org/kaz', retrieved_at: '2024-03-01T10:00:00.000Z', country_iso3: 'KAZ' });
    expect(files[0]?.metaProblem).toBeNull();
  });

  it('limits to --only globs', async () => {
    const ws = makeWorkspace('discover');
    cleanup = ws.cleanup;
    writeFile(join(ws.raw, 'profiles', 'kaz.txt'), 'a');
    writeFile(join(ws.raw, 'reports', 'kaz.pdf'), 'b');
    const files = await discoverRawFiles(ws.raw, { only: ['profiles/**'] });
    expect(files.map((f) => f.path)).toEqual(['profiles/kaz.txt']);
  });
});

describe('parseSidecar', () => {
  it('reports broken JSON instead of guessing', () => {
    expect(parseSidecar('{nope')).toEqual({ meta: null, problem: expect.stringContaining('not valid JSON') });
  });

  it('keeps the valid keys and names each invalid one', () => {
    const { meta, problem } = parseSidecar(JSON.stringify({ kind: 'poa_report', report_year: 'twenty', language: 'English', country_iso3: 'KZ' }));
    expect(meta).toEqual({ kind: 'poa_report' });
    expect(problem).toBe('sidecar: country_iso3 "KZ" is not an ISO 3166-1 alpha-3 code; report_year "twenty" is not a year; language "English" is not an ISO 639-1 code');
  });
});
