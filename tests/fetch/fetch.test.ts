import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PIPELINES } from '../../pipelines/index.ts';
import { fetchSources, type FetchOptions } from '../../src/fetch/fetch-sources.ts';
import type { SourceEntry } from '../../src/fetch/manifest.ts';
import { runPipelines } from '../../src/pipeline/run.ts';
import { REPO_ROOT, makeWorkspace, writeFile } from '../helpers/tmp.ts';
import { filesIn, serveLocalSite, SMALL, startServer, withEtag } from './local-site.ts';

describe('salw-etl fetch against a local server', () => {
  let site: Awaited<ReturnType<typeof startServer>>;
  let ws: ReturnType<typeof makeWorkspace>;
  let folder: string;
  serveLocalSite((started, fetchedInto) => {
    [site, folder] = [started, fetchedInto];
  }, () => ws);
  const fetchAll = (entries: SourceEntry[], extra: Partial<FetchOptions> = {}) => fetchSources(entries, { raw: ws.raw, ...SMALL, ...extra });

  it('a new document is written with its sidecar; the same again is a 304 that writes nothing', async () => {
    ws = makeWorkspace('fetch-new');
    site.routes.set('/reports/ken.txt', withEtag('Kenya report v1\n', '"v1"'));
    const url = `${site.base}/reports/ken.txt`;
    const [first] = await fetchAll([{ url, kind: 'poa_report', country_iso3: 'KEN', report_year: 2024, language: 'en' }]);
    expect(first?.outcome).toBe('new');
    expect(filesIn(join(ws.raw, folder))).toEqual(['ken.txt', 'ken.txt.meta.json']);
    expect(readFileSync(join(ws.raw, folder, 'ken.txt'), 'utf8')).toBe('Kenya report v1\n');
    const sidecar = JSON.parse(readFileSync(join(ws.raw, folder, 'ken.txt.meta.json'), 'utf8'));
    expect(Object.keys(sidecar).sort()).toEqual(['content_type', 'country_iso3', 'etag', 'kind', 'language', 'last_modified', 'report_year', 'retrieved_at', 'source_url']);
    expect(sidecar).toMatchObject({ source_url: url, kind: 'poa_report', country_iso3: 'KEN', report_year: 2024, language: 'en', content_type: 'text/plain; charset=utf-8', etag: '"v1"', last_modified: 'Tue, 03 Nov 2026 10:00:00 GMT' });
    expect(site.requests.find((r) => r.path === '/reports/ken.txt')?.headers['user-agent']).toMatch(/^salw-etl\/\S+ \(.*robots\.txt/);

    site.requests.length = 0;
    const [second] = await fetchAll([{ url }]);
    expect(second?.outcome).toBe('not-modified');
    const request = site.requests.find((r) => r.path === '/reports/ken.txt');
    expect(request?.headers['if-none-match']).toBe('"v1"');
    expect(request?.headers['if-modified-since']).toBe('Tue, 03 Nov 2026 10:00:00 GMT');
    expect(filesIn(join(ws.raw, folder))).toEqual(['ken.txt', 'ken.txt.meta.json']);
  });

  it('the same bytes without validators write nothing; changed bytes are a new file beside the old', async () => {
    ws = makeWorkspace('fetch-changed');
    let body = 'Ghana profile, first edition\n';
    site.routes.set('/gha.txt', (_req, res) => void res.writeHead(200, { 'content-type': 'text/plain' }).end(body));
    const url = `${site.base}/gha.txt`;
    expect((await fetchAll([{ url }]))[0]?.outcome).toBe('new');
    expect((await fetchAll([{ url }]))[0]?.outcome).toBe('unchanged');
    expect(filesIn(join(ws.raw, folder))).toEqual(['gha.txt', 'gha.txt.meta.json']);
    body = 'Ghana profile, second edition\n';
    const [changed] = await fetchAll([{ url }], { now: () => new Date('2026-11-28T02:00:05.123Z') });
    expect(changed?.outcome).toBe('changed');
    expect(filesIn(join(ws.raw, folder))).toEqual(['gha.20261128T020005Z.txt', 'gha.20261128T020005Z.txt.meta.json', 'gha.txt', 'gha.txt.meta.json']);
    expect(readFileSync(join(ws.raw, folder, 'gha.20261128T020005Z.txt'), 'utf8')).toBe('Ghana profile, second edition\n');
    expect(readFileSync(join(ws.raw, folder, 'gha.txt'), 'utf8')).toBe('Ghana profile, first edition\n');
  });

  it('a redirect is followed and the document kept under the address asked for', async () => {
    ws = makeWorkspace('fetch-redirect');
    site.routes.set('/old/mli.txt', (_req, res) => void res.writeHead(301, { location: '/new/mli.txt' }).end());
    site.routes.set('/new/mli.txt', withEtag('Mali\n', '"m1"'));
    const [result] = await fetchAll([{ url: `${site.base}/old/mli.txt` }]);
    expect(result).toMatchObject({ outcome: 'new', status: 200, reason: `redirected to ${site.base}/new/mli.txt` });
    expect(JSON.parse(readFileSync(join(ws.raw, folder, 'mli.txt.meta.json'), 'utf8')).source_url).toBe(`${site.base}/old/mli.txt`);
  });

  it('a 404 fails the source and writes nothing, without retrying', async () => {
    ws = makeWorkspace('fetch-404');
    const [result] = await fetchAll([{ url: `${site.base}/gone.pdf` }]);
    expect(result).toMatchObject({ outcome: 'failed', status: 404, reason: 'HTTP 404' });
    expect(site.requests.filter((r) => r.path === '/gone.pdf')).toHaveLength(1);
    expect(filesIn(ws.raw)).toEqual([]);
  });

  it('a 429 with Retry-After is retried after the time it asks', async () => {
    ws = makeWorkspace('fetch-429');
    let calls = 0;
    site.routes.set('/busy.txt', (_req, res) => {
      calls++;
      if (calls === 1) return void res.writeHead(429, { 'retry-after': '1' }).end();
      res.writeHead(200, { 'content-type': 'text/plain' }).end('finally\n');
    });
    const [result] = await fetchAll([{ url: `${site.base}/busy.txt` }]);
    expect(result?.outcome).toBe('new');
    const times = site.requests.filter((r) => r.path === '/busy.txt').map((r) => r.at);
    expect(times).toHaveLength(2);
    expect((times[1] as number) - (times[0] as number)).toBeGreaterThanOrEqual(950);
  });

  it('a 503 every time fails after the retries', async () => {
    ws = makeWorkspace('fetch-503');
    site.routes.set('/down.txt', (_req, res) => void res.writeHead(503).end());
    const [result] = await fetchAll([{ url: `${site.base}/down.txt` }]);
    expect(result).toMatchObject({ outcome: 'failed', status: 503, reason: 'HTTP 503 after 3 attempts' });
  });

  it('a response slower than the time-out is retried, and fails after the retries when it stays slow', async () => {
    ws = makeWorkspace('fetch-slow');
    site.routes.set('/slow.txt', (_req, res) => void setTimeout(() => res.writeHead(200).end('late\n'), 1500));
    const [result] = await fetchAll([{ url: `${site.base}/slow.txt` }]);
    expect(result).toMatchObject({ outcome: 'failed', status: null, reason: 'timed out (400 ms per request) after 3 attempts' });
    expect(site.requests.filter((r) => r.path === '/slow.txt')).toHaveLength(3);
    expect(filesIn(ws.raw)).toEqual([]);
  });

  it('a body over the size cap is refused, declared or streamed', async () => {
    ws = makeWorkspace('fetch-big');
    site.routes.set('/big.txt', (_req, res) => void res.writeHead(200, { 'content-type': 'text/plain', 'content-length': '5000' }).end('x'.repeat(5000)));
    site.routes.set('/big-chunked.txt', (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/plain' });
      for (let i = 0; i < 5; i++) res.write('y'.repeat(1000));
      res.end();
    });
    const results = await fetchAll([{ url: `${site.base}/big.txt` }, { url: `${site.base}/big-chunked.txt` }]);
    expect(results.map((r) => [r.outcome, r.reason])).toEqual([
      ['failed', 'too large: declared 5000 bytes, over the 4096-byte cap'],
      ['failed', 'too large: more than 4096 bytes (the cap); stopped reading'],
    ]);
    expect(filesIn(ws.raw)).toEqual([]);
  });

  it('an HTML error page served for a PDF link is refused', async () => {
    ws = makeWorkspace('fetch-html-for-pdf');
    site.routes.set('/report.pdf', (_req, res) => void res.writeHead(200, { 'content-type': 'application/pdf' }).end('<!DOCTYPE html><html><body><h1>Session expired</h1></body></html>'));
    const [result] = await fetchAll([{ url: `${site.base}/report.pdf` }]);
    expect(result).toMatchObject({ outcome: 'failed', status: 200, reason: 'a PDF was asked for but the body is an HTML page (an error or login page?); not written' });
    expect(filesIn(ws.raw)).toEqual([]);
  });

  it('a path robots.txt forbids is not requested', async () => {
    ws = makeWorkspace('fetch-robots');
    site.routes.set('/private/secret.txt', withEtag('secret\n', '"s"'));
    const [result] = await fetchAll([{ url: `${site.base}/private/secret.txt` }]);
    expect(result).toMatchObject({ outcome: 'disallowed', reason: `robots.txt of ${site.base} disallows it` });
    expect(site.requests.map((r) => r.path)).toEqual(['/robots.txt']);
  });

  it('robots.txt answering 5xx disallows the site; answering 404 allows it', async () => {
    ws = makeWorkspace('fetch-robots-codes');
    const broken = await startServer((_req, res) => void res.writeHead(500).end());
    const missing = await startServer((_req, res) => void res.writeHead(404).end());
    try {
      broken.routes.set('/a.txt', withEtag('a\n', '"a"'));
      missing.routes.set('/b.txt', withEtag('b\n', '"b"'));
      const results = await fetchAll([{ url: `${broken.base}/a.txt` }, { url: `${missing.base}/b.txt` }]);
      expect(results.map((r) => [r.outcome, r.reason])).toEqual([
        ['disallowed', 'robots.txt answered 500: the site is treated as disallowed'],
        ['new', null],
      ]);
    } finally {
      await broken.close();
      await missing.close();
    }
  });

  it('requests to one host start the interval apart, never more at once than the cap', async () => {
    ws = makeWorkspace('fetch-polite');
    let active = 0;
    let most = 0;
    for (const name of ['a', 'b', 'c', 'd']) {
      site.routes.set(`/${name}.txt`, (_req, res) => {
        active++;
        most = Math.max(most, active);
        setTimeout(() => {
          active--;
          res.writeHead(200, { 'content-type': 'text/plain' }).end(`${name}\n`);
        }, 250);
      });
    }
    const results = await fetchAll(['a', 'b', 'c', 'd'].map((n) => ({ url: `${site.base}/${n}.txt` })), { politeness: { intervalMs: 100, perHost: 2 } });
    expect(results.map((r) => r.outcome)).toEqual(['new', 'new', 'new', 'new']);
    expect(most).toBe(2);
    const starts = site.requests.map((r) => r.at);
    for (let i = 1; i < starts.length; i++) expect((starts[i] as number) - (starts[i - 1] as number)).toBeGreaterThanOrEqual(95);
  });

  it('empties raw/.salw-partial/ at the start', async () => {
    ws = makeWorkspace('fetch-partial');
    writeFile(join(ws.raw, '.salw-partial', 'left-by-a-kill.part'), 'half a docu');
    await fetchAll([]);
    expect(existsSync(join(ws.raw, '.salw-partial'))).toBe(false);
  });

  it('the run after a fetch loads the fetched document, and after a change exactly the new version', async () => {
    ws = makeWorkspace('fetch-then-run');
    let body = readFileSync(join(REPO_ROOT, 'tests/fixtures/amap_profile/civ_french.txt'), 'utf8');
    site.routes.set('/amap/civ.txt', (_req, res) => void res.writeHead(200, { 'content-type': 'text/plain; charset=utf-8' }).end(body));
    const entry: SourceEntry = { url: `${site.base}/amap/civ.txt`, kind: 'amap_profile', country_iso3: 'CIV', language: 'fr' };
    await fetchAll([entry], { limits: { ...SMALL.limits!, maxBytes: 1024 ** 2 }, now: () => new Date('2026-11-27T02:00:00Z') });
    const first = await runPipelines({ rawDir: ws.raw, warehousePath: ws.warehouse, pipelines: PIPELINES, allPipelines: PIPELINES });
    expect(first.documents.map((d) => [d.path, d.outcome, d.kind, d.countryIso3])).toEqual([[`${folder}/civ.txt`, 'loaded', 'amap_profile', 'CIV']]);
    body = `${body}\n`.replace('2011', '2010');
    const [changed] = await fetchAll([entry], { limits: { ...SMALL.limits!, maxBytes: 1024 ** 2 }, now: () => new Date('2026-11-28T02:00:00Z') });
    expect(changed?.outcome).toBe('changed');
    const second = await runPipelines({ rawDir: ws.raw, warehousePath: ws.warehouse, pipelines: PIPELINES, allPipelines: PIPELINES });
    expect(second.documents.filter((d) => d.outcome === 'loaded').map((d) => d.path)).toEqual([`${folder}/civ.20261128T020000Z.txt`]);
    expect(second.documentsLoaded).toBe(1);
  }, 60_000);
});
