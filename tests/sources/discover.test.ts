import { mkdirSync, statSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { type DiscoverFs, discoverRawFiles, discoverRawFolder, listRawFolder, parseSidecar } from '../../src/sources/discover.ts';
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

  it('says a sidecar that is a folder is a folder, and keeps its document', async () => {
    const ws = makeWorkspace('discover');
    cleanup = ws.cleanup;
    writeFile(join(ws.raw, 'kaz.txt'), 'a');
    mkdirSync(join(ws.raw, 'kaz.txt.meta.json'));
    const [file] = await discoverRawFiles(ws.raw);
    expect([file?.path, file?.meta, file?.metaProblem]).toEqual(['kaz.txt', null, 'the sidecar kaz.txt.meta.json is a folder, not a JSON file; provenance ignored']);
  });
});

describe('a sidecar whose size and time the warehouse knows', () => {
  const PAST = new Date('2024-01-01T00:00:00Z');
  /** Discovery's reads of sidecars, by file name. */
  const sidecarReads = (reads: string[]): DiscoverFs => ({
    readdir: (path) => readdir(path, { withFileTypes: true }),
    readFile: (path) => {
      if (path.endsWith('.meta.json')) reads.push(path.split('/').pop() ?? path);
      return readFile(path);
    },
  });

  it('is not read: the stored keys stand for it, with its stat, and a sidecar of another stat is read', async () => {
    const ws = makeWorkspace('discover');
    cleanup = ws.cleanup;
    writeFile(join(ws.raw, 'mli.txt'), 'a');
    writeFile(join(ws.raw, 'mli.txt.meta.json'), JSON.stringify({ country_iso3: 'MLI' }), PAST);
    writeFile(join(ws.raw, 'ner.txt'), 'b');
    writeFile(join(ws.raw, 'ner.txt.meta.json'), JSON.stringify({ country_iso3: 'NER' }), PAST);
    const asked: string[] = [];
    const reads: string[] = [];
    const files = await discoverRawFiles(ws.raw, {
      fs: sidecarReads(reads),
      knownSidecar: (path, size, mtime) => {
        asked.push(`${path} ${size} ${mtime.toISOString()}`);
        return path === 'mli.txt' ? '{"country_iso3":"MLI","language":"fr"}' : null;
      },
    });
    expect(asked).toEqual(['mli.txt 22 2024-01-01T00:00:00.000Z', 'ner.txt 22 2024-01-01T00:00:00.000Z']);
    expect(reads).toEqual(['ner.txt.meta.json']);
    expect(files.map((f) => [f.path, f.meta, f.metaProblem, f.sidecar, f.metaJson])).toEqual([
      ['mli.txt', { country_iso3: 'MLI', language: 'fr' }, null, { sizeBytes: 22, mtime: PAST.toISOString() }, '{"country_iso3":"MLI","language":"fr"}'],
      ['ner.txt', { country_iso3: 'NER' }, null, { sizeBytes: 22, mtime: PAST.toISOString() }, undefined],
    ]);
  });

  it('keeps no stat of a sidecar it cannot use or that was modified once the scan began, so the next run reads it again', async () => {
    const ws = makeWorkspace('discover');
    cleanup = ws.cleanup;
    writeFile(join(ws.raw, 'bad.txt'), 'a');
    writeFile(join(ws.raw, 'bad.txt.meta.json'), '{"country_iso3": "Chad"}', PAST);
    writeFile(join(ws.raw, 'broken.txt'), 'b');
    writeFile(join(ws.raw, 'broken.txt.meta.json'), '{"country_iso3": ', PAST);
    writeFile(join(ws.raw, 'fresh.txt'), 'c');
    // Modified after the scan began (as one written while it is read): its bytes may not be those its stat names.
    writeFile(join(ws.raw, 'fresh.txt.meta.json'), '{"country_iso3": "TCD"}', new Date(Date.now() + 60_000));
    writeFile(join(ws.raw, 'none.txt'), 'd');
    const files = await discoverRawFiles(ws.raw, { knownSidecar: () => null });
    expect(files.map((f) => [f.path, f.meta, f.metaProblem === null, f.sidecar])).toEqual([
      ['bad.txt', {}, false, null],
      ['broken.txt', null, false, null],
      ['fresh.txt', { country_iso3: 'TCD' }, true, null],
      ['none.txt', null, true, null],
    ]);
    expect(statSync(join(ws.raw, 'fresh.txt.meta.json')).mtimeMs).toBeGreaterThan(Date.now());
  });
});

describe('parseSidecar', () => {
  it('reports broken JSON instead of guessing', () => {
    expect(parseSidecar('{nope')).toEqual({ meta: null, problem: expect.stringContaining('not valid JSON') });
  });

  it('reads a sidecar saved with a UTF-8 byte-order mark (Notepad), and shows the control characters of a broken one escaped', () => {
    expect(parseSidecar('\uFEFF{"kind": "poa_report", "country_iso3": "NER"}')).toEqual({ meta: { kind: 'poa_report', country_iso3: 'NER' }, problem: null });
    const { meta, problem } = parseSidecar('\u0000\u0000{');
    expect(meta).toBeNull();
    expect(problem).toMatch(/^sidecar is not valid JSON \(Unexpected token '\\u0000', "\\u0000\\u0000\{" is not valid JSON\); provenance ignored$/);
  });

  it('keeps the valid keys and names each invalid one', () => {
    const { meta, problem } = parseSidecar(JSON.stringify({ kind: 'poa_report', report_year: 'twenty', language: 'English', country_iso3: 'KZ' }));
    expect(meta).toEqual({ kind: 'poa_report' });
    expect(problem).toBe('sidecar: country_iso3 "KZ" is not an ISO 3166-1 alpha-3 code; report_year "twenty" is not a year; language "English" is not an ISO 639-1 code');
  });

  it('refuses two letters that are no language, and takes a real code in any case', () => {
    expect(parseSidecar(JSON.stringify({ language: 'xx' }))).toEqual({ meta: {}, problem: 'sidecar: language "xx" is not an ISO 639-1 code' });
    expect(parseSidecar(JSON.stringify({ language: 'KK' }))).toEqual({ meta: { language: 'kk' }, problem: null });
  });

  it('refuses a report_year after the next year, and one before 1990', () => {
    expect(parseSidecar(JSON.stringify({ report_year: 2090 }), 2025)).toEqual({ meta: {}, problem: 'sidecar: report_year 2090 is in the future (it is 2025 now)' });
    expect(parseSidecar(JSON.stringify({ report_year: 2026 }), 2025)).toEqual({ meta: { report_year: 2026 }, problem: null });
    expect(parseSidecar(JSON.stringify({ report_year: 1850 }), 2025).problem).toBe('sidecar: report_year "1850" is not a year');
  });
});

describe('a listing asked for before the walk (listRawFolder)', () => {
  it('is the listing the walk takes for the raw folder itself, and its subfolders are listed as they are reached', async () => {
    const ws = makeWorkspace('discover');
    cleanup = ws.cleanup;
    writeFile(join(ws.raw, 'a.txt'), 'a');
    writeFile(join(ws.raw, 'KAZ', 'b.txt'), 'b');
    const listed: string[] = [];
    const fs: DiscoverFs = { readdir: (path) => { listed.push(path); return readdir(path, { withFileTypes: true }); }, readFile: (path) => readFile(path) };
    const rootListing = listRawFolder(ws.raw, fs);
    await rootListing;
    // A file written after the listing was taken is not part of this discovery: the early listing is the one used.
    writeFile(join(ws.raw, 'c.txt'), 'c');
    const { files } = await discoverRawFolder(ws.raw, { fs, rootListing });
    expect(files.map((f) => f.path)).toEqual(['KAZ/b.txt', 'a.txt']);
    expect(listed).toEqual([ws.raw, join(ws.raw, 'KAZ')]);
  });

  it('that failed is an entry saying why, never a failed discovery or an unhandled rejection', async () => {
    const ws = makeWorkspace('discover');
    cleanup = ws.cleanup;
    writeFile(join(ws.raw, 'a.txt'), 'a');
    const fs: DiscoverFs = { readdir: async () => { throw Object.assign(new Error('permission denied'), { code: 'EACCES' }); }, readFile: (path) => readFile(path) };
    const rootListing = listRawFolder(ws.raw, fs);
    // The rejection settles before discovery takes it: marked handled, it is not reported as unhandled.
    await new Promise((resolve) => setImmediate(resolve));
    const { files, entries } = await discoverRawFolder(ws.raw, { fs, rootListing });
    expect(files).toEqual([]);
    expect(entries).toEqual([{ path: './', outcome: 'unreadable', reason: 'folder cannot be listed (EACCES: permission denied); its files were not seen' }]);
  });
});
