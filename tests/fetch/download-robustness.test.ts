import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { retryAfterMs } from '../../src/fetch/download.ts';
import { type FetchOptions, fetchSources } from '../../src/fetch/fetch-sources.ts';
import type { ManifestEntry } from '../../src/fetch/manifest.ts';
import { makeWorkspace } from '../helpers/tmp.ts';
import { allFiles, type LocalSite, serveLocalSite, SMALL, startServer, withEtag } from './local-site.ts';

/** Redirects checked against robots.txt, retries on time-outs and network errors, bodies streamed under the cap. */
describe('fetch: redirects, time-outs, network errors and streamed bodies', () => {
  let site: LocalSite;
  let ws: ReturnType<typeof makeWorkspace>;
  let folder: string;
  serveLocalSite((started, fetchedInto) => {
    [site, folder] = [started, fetchedInto];
  }, () => ws);
  const fetchAll = (entries: ManifestEntry[], extra: Partial<FetchOptions> = {}) => fetchSources(entries, { raw: ws.raw, ...SMALL, ...extra });
  const hits = (path: string) => site.requests.filter((r) => r.path === path).length;

  it('a redirect to a path robots.txt forbids is not followed: nothing is requested there, nothing written, and the reason says so', async () => {
    ws = makeWorkspace('fetch-redirect-forbidden');
    site.routes.set('/pub/bfa.pdf', (_req, res) => void res.writeHead(302, { location: '/private/bfa.pdf' }).end());
    site.routes.set('/private/bfa.pdf', (_req, res) => void res.writeHead(200, { 'content-type': 'application/pdf' }).end('%PDF-1.4\nsecret\n'));
    const [result] = await fetchAll([{ url: `${site.base}/pub/bfa.pdf` }]);
    expect(result).toMatchObject({ outcome: 'disallowed', status: 302, path: null, reason: `redirected to ${site.base}/private/bfa.pdf; robots.txt of ${site.base} disallows it` });
    expect(site.requests.map((r) => r.path)).toEqual(['/robots.txt', '/pub/bfa.pdf']);
    expect(allFiles(ws.raw)).toEqual([]);
  });

  it("a redirect to another site is checked against that site's robots.txt", async () => {
    ws = makeWorkspace('fetch-redirect-other-site');
    const closed = await startServer((_req, res) => void res.writeHead(200, { 'content-type': 'text/plain' }).end('User-agent: salw-etl\nDisallow: /\n'));
    try {
      closed.routes.set('/mirror/tcd.txt', withEtag('Chad\n', '"t"'));
      site.routes.set('/tcd.txt', (_req, res) => void res.writeHead(301, { location: `${closed.base}/mirror/tcd.txt` }).end());
      const [result] = await fetchAll([{ url: `${site.base}/tcd.txt` }]);
      expect(result).toMatchObject({ outcome: 'disallowed', reason: `redirected to ${closed.base}/mirror/tcd.txt; robots.txt of ${closed.base} disallows it` });
      expect(closed.requests.map((r) => r.path)).toEqual(['/robots.txt']);
      expect(allFiles(ws.raw)).toEqual([]);
    } finally {
      await closed.close();
    }
  });

  it('a redirect chain is followed hop by hop, and a loop fails after 5 redirects', async () => {
    ws = makeWorkspace('fetch-redirect-chain');
    site.routes.set('/a/sen.txt', (_req, res) => void res.writeHead(301, { location: '/b/sen.txt' }).end());
    site.routes.set('/b/sen.txt', (_req, res) => void res.writeHead(307, { location: '../c/sen.txt' }).end());
    site.routes.set('/c/sen.txt', withEtag('Senegal\n', '"s1"'));
    site.routes.set('/loop.txt', (_req, res) => void res.writeHead(302, { location: '/loop.txt' }).end());
    const results = await fetchAll([{ url: `${site.base}/a/sen.txt` }, { url: `${site.base}/loop.txt` }]);
    expect(results.map((r) => [r.outcome, r.reason])).toEqual([
      ['new', `redirected to ${site.base}/c/sen.txt`],
      ['failed', `more than 5 redirects (the last to /loop.txt)`],
    ]);
    expect(hits('/loop.txt')).toBe(6);
    expect(readFileSync(join(ws.raw, folder, 'sen.txt'), 'utf8')).toBe('Senegal\n');
  });

  it('a first answer slower than the time-out is retried, and the second, on time, is kept', async () => {
    ws = makeWorkspace('fetch-slow-then-fast');
    let calls = 0;
    site.routes.set('/gin.txt', (_req, res) => {
      calls++;
      const delay = calls === 1 ? 1200 : 0;
      setTimeout(() => res.writeHead(200, { 'content-type': 'text/plain' }).end('Guinea\n'), delay);
    });
    const [result] = await fetchAll([{ url: `${site.base}/gin.txt` }]);
    expect(result?.outcome).toBe('new');
    expect(hits('/gin.txt')).toBe(2);
    expect(allFiles(ws.raw)).toEqual([`${folder}/gin.txt`, `${folder}/gin.txt.meta.json`]);
  });

  it('a body that stalls half-way is cut off at the time-out, its partial file removed, and the retry kept whole', async () => {
    ws = makeWorkspace('fetch-stall');
    let calls = 0;
    const whole = `%PDF-1.6\n${'1'.repeat(3000)}\n%%EOF\n`;
    site.routes.set('/ben.pdf', (_req, res) => {
      calls++;
      res.writeHead(200, { 'content-type': 'application/pdf', 'content-length': String(whole.length) });
      if (calls === 1) return void res.write(whole.slice(0, 1000));
      res.end(whole);
    });
    const [result] = await fetchAll([{ url: `${site.base}/ben.pdf` }]);
    expect(result?.outcome).toBe('new');
    expect(hits('/ben.pdf')).toBe(2);
    expect(readFileSync(join(ws.raw, folder, 'ben.pdf'), 'utf8')).toBe(whole);
    expect(allFiles(ws.raw)).toEqual([`${folder}/ben.pdf`, `${folder}/ben.pdf.meta.json`]);
  });

  it('a connection reset is retried with backoff; reset every time, it fails naming the network error', async () => {
    ws = makeWorkspace('fetch-reset');
    let calls = 0;
    site.routes.set('/lbr.txt', (req, res) => {
      calls++;
      if (calls === 1) return void req.socket.destroy();
      res.writeHead(200, { 'content-type': 'text/plain' }).end('Liberia\n');
    });
    site.routes.set('/sle.txt', (req) => void req.socket.destroy());
    const results = await fetchAll([{ url: `${site.base}/lbr.txt` }, { url: `${site.base}/sle.txt` }]);
    expect(results[0]?.outcome).toBe('new');
    expect(results[1]).toMatchObject({ outcome: 'failed', status: null });
    expect(results[1]?.reason).toMatch(/^network error: .+ after 3 attempts$/);
    expect(hits('/lbr.txt')).toBe(2);
    expect(hits('/sle.txt')).toBe(3);
  });

  it('an endless body is streamed only up to the cap: the download stops, the connection is dropped, nothing is written', async () => {
    ws = makeWorkspace('fetch-endless');
    let sent = 0;
    let dropped = false;
    site.routes.set('/endless.pdf', (_req, res) => {
      res.writeHead(200, { 'content-type': 'application/pdf' });
      res.write('%PDF-1.7\n');
      const timer = setInterval(() => {
        if (res.destroyed) return;
        res.write('z'.repeat(512));
        sent += 512;
      }, 2);
      res.on('close', () => {
        dropped = true;
        clearInterval(timer);
      });
    });
    const [result] = await fetchAll([{ url: `${site.base}/endless.pdf` }], { limits: { ...SMALL.limits!, timeoutMs: 5_000 } });
    expect(result).toMatchObject({ outcome: 'failed', status: 200, reason: 'too large: more than 4096 bytes (the cap); stopped reading' });
    expect(hits('/endless.pdf')).toBe(1);
    await new Promise((r) => setTimeout(r, 50));
    expect(dropped).toBe(true);
    expect(sent).toBeLessThan(64 * 1024);
    expect(allFiles(ws.raw)).toEqual([]);
  });

  it('a PDF link redirected to an HTML login page is refused, and nothing is written', async () => {
    ws = makeWorkspace('fetch-pdf-login');
    site.routes.set('/docs/zmb-2024.pdf', (_req, res) => void res.writeHead(302, { location: '/login?next=/docs/zmb-2024.pdf' }).end());
    site.routes.set('/login?next=/docs/zmb-2024.pdf', (_req, res) => void res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end('<html><head><title>Sign in</title></head><body><form></form></body></html>'));
    const [result] = await fetchAll([{ url: `${site.base}/docs/zmb-2024.pdf` }]);
    expect(result).toMatchObject({ outcome: 'failed', status: 200, reason: 'a PDF was asked for but the body is an HTML page (an error or login page?); not written' });
    expect(allFiles(ws.raw)).toEqual([]);
  });

  it("a site's robots.txt Crawl-delay spaces the requests to it further than the fetch's own interval", async () => {
    ws = makeWorkspace('fetch-crawl-delay');
    const slow = await startServer((_req, res) => void res.writeHead(200, { 'content-type': 'text/plain' }).end('User-agent: *\nCrawl-delay: 5\n\nUser-agent: salw-etl\nCrawl-delay: 0.6\nDisallow: /drafts/\n'));
    try {
      for (const name of ['a', 'b', 'c']) slow.routes.set(`/${name}.txt`, withEtag(`${name}\n`, `"${name}"`));
      const results = await fetchAll(['a', 'b', 'c'].map((n) => ({ url: `${slow.base}/${n}.txt` })));
      expect(results.map((r) => r.outcome)).toEqual(['new', 'new', 'new']);
      const starts = slow.requests.filter((r) => r.path !== '/robots.txt').map((r) => r.at);
      expect(starts).toHaveLength(3);
      // The salw-etl group's 0.6 s, not the * group's 5 s, and not the 0 s interval of these tests.
      for (let i = 1; i < starts.length; i++) {
        expect((starts[i] as number) - (starts[i - 1] as number)).toBeGreaterThanOrEqual(570);
        expect((starts[i] as number) - (starts[i - 1] as number)).toBeLessThan(2_000);
      }
    } finally {
      await slow.close();
    }
  });

  it('a Retry-After longer than the fetch waits fails the source at once, saying so', async () => {
    ws = makeWorkspace('fetch-retry-after-long');
    site.routes.set('/later.txt', (_req, res) => void res.writeHead(503, { 'retry-after': '3600' }).end());
    const [result] = await fetchAll([{ url: `${site.base}/later.txt` }]);
    expect(result).toMatchObject({ outcome: 'failed', status: 503, reason: 'HTTP 503; Retry-After of 3600 s is longer than the fetch waits' });
    expect(hits('/later.txt')).toBe(1);
  });
});

describe('retryAfterMs', () => {
  it('reads delta-seconds and HTTP dates, and nothing else', () => {
    const now = Date.parse('2026-11-28T02:00:00Z');
    expect(retryAfterMs('120', now)).toBe(120_000);
    expect(retryAfterMs(' 7 ', now)).toBe(7_000);
    expect(retryAfterMs('Sat, 28 Nov 2026 02:00:30 GMT', now)).toBe(30_000);
    expect(retryAfterMs('Fri, 27 Nov 2026 23:00:00 GMT', now)).toBe(0);
    expect(retryAfterMs('soon', now)).toBeNull();
    expect(retryAfterMs(null, now)).toBeNull();
  });
});
