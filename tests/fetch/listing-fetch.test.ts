import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fetchSources } from '../../src/fetch/fetch-sources.ts';
import type { ManifestEntry } from '../../src/fetch/manifest.ts';
import { makeWorkspace } from '../helpers/tmp.ts';
import { allFiles, type Handler, type LocalSite, serveLocalSite, SMALL } from './local-site.ts';

/** Listings read from a local site: their documents fetched, with the facts they inherit or bring. */
describe('fetch: listings of each sort', () => {
  let site: LocalSite;
  let ws: ReturnType<typeof makeWorkspace>;
  let folder: string;
  serveLocalSite((started, fetchedInto) => {
    [site, folder] = [started, fetchedInto];
  }, () => ws);
  const fetchAll = (entries: ManifestEntry[]) => fetchSources(entries, { raw: ws.raw, ...SMALL });
  const text = (body: string, type = 'text/plain; charset=utf-8'): Handler => (_req, res) => void res.writeHead(200, { 'content-type': type }).end(body);
  const sidecar = (name: string) => JSON.parse(readFileSync(join(ws.raw, folder, `${name}.meta.json`), 'utf8')) as Record<string, unknown>;

  it('an HTML page: the links matching the pattern are fetched with the entry\'s facts; the page itself is not kept', async () => {
    ws = makeWorkspace('listing-html');
    site.routes.set('/reports/', text('<html><body><a href="/">Home</a><a href="files/cmr-2023.txt">Cameroon</a><a href="files/gab-2023.txt">Gabon</a><a href="files/notes.doc">notes</a></body></html>', 'text/html'));
    site.routes.set('/reports/files/cmr-2023.txt', text('Cameroon report\n'));
    site.routes.set('/reports/files/gab-2023.txt', text('Gabon report\n'));
    const results = await fetchAll([{ listing: { sort: 'html', url: `${site.base}/reports/`, pattern: '/reports/files/*.txt' }, kind: 'poa_report', language: 'fr', report_year: 2023 }]);
    expect(results.map((r) => [r.outcome, r.url, r.via ?? null, r.reason])).toEqual([
      ['listed', `${site.base}/reports/`, null, '2 document addresses listed'],
      ['new', `${site.base}/reports/files/cmr-2023.txt`, `${site.base}/reports/`, null],
      ['new', `${site.base}/reports/files/gab-2023.txt`, `${site.base}/reports/`, null],
    ]);
    expect(allFiles(ws.raw)).toEqual([`${folder}/cmr-2023.txt`, `${folder}/cmr-2023.txt.meta.json`, `${folder}/gab-2023.txt`, `${folder}/gab-2023.txt.meta.json`]);
    expect(sidecar('gab-2023.txt')).toMatchObject({ source_url: `${site.base}/reports/files/gab-2023.txt`, kind: 'poa_report', language: 'fr', report_year: 2023 });
    expect(site.requests.filter((r) => r.path === '/reports/files/notes.doc')).toEqual([]);
  });

  it('a sitemap: its matching <loc> entries are fetched; an address also named by the manifest is fetched once', async () => {
    ws = makeWorkspace('listing-sitemap');
    site.routes.set('/sitemap.xml', text(`<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
      <url><loc>${site.base}/profiles/arm.txt</loc></url><url><loc>${site.base}/profiles/geo.txt</loc></url><url><loc>${site.base}/blog/post.txt</loc></url></urlset>`, 'application/xml'));
    site.routes.set('/profiles/arm.txt', text('Armenia profile\n'));
    site.routes.set('/profiles/geo.txt', text('Georgia profile\n'));
    const results = await fetchAll([
      { url: `${site.base}/profiles/geo.txt`, kind: 'amap_profile', country_iso3: 'GEO' },
      { listing: { sort: 'sitemap', url: `${site.base}/sitemap.xml`, pattern: '/profiles/*.txt' }, kind: 'amap_profile' },
    ]);
    expect(results.map((r) => [r.outcome, r.url])).toEqual([
      ['new', `${site.base}/profiles/geo.txt`],
      ['listed', `${site.base}/sitemap.xml`],
      ['new', `${site.base}/profiles/arm.txt`],
    ]);
    expect(site.requests.filter((r) => r.path === '/profiles/geo.txt')).toHaveLength(1);
    expect(sidecar('geo.txt')).toMatchObject({ kind: 'amap_profile', country_iso3: 'GEO' });
  });

  it('a JSON listing: each object brings its country, year and language; a bad value is left out and said', async () => {
    ws = makeWorkspace('listing-json');
    site.routes.set('/api/v1/reports', text(JSON.stringify({ results: [
      { file: `${site.base}/files/col-2022.txt`, country: 'COL', year: 2022, lang: 'es' },
      { file: '/files/bra-2021.txt', country: 'Brasil', year: 2021, lang: 'pt' },
    ] }), 'application/json'));
    site.routes.set('/files/col-2022.txt', text('Colombia informe\n'));
    site.routes.set('/files/bra-2021.txt', text('Brasil relatório\n'));
    const [listing, col, bra] = await fetchAll([{
      listing: { sort: 'json', url: `${site.base}/api/v1/reports`, items: 'results', fields: { url: 'file', country_iso3: 'country', report_year: 'year', language: 'lang' } },
      kind: 'poa_report',
    }]);
    expect(listing).toMatchObject({ outcome: 'listed', listed: 2, reason: '2 document addresses listed; item 2: country_iso3 "Brasil" is not an ISO 3166-1 alpha-3 code; left out' });
    expect([col?.outcome, bra?.outcome]).toEqual(['new', 'new']);
    expect(sidecar('col-2022.txt')).toMatchObject({ kind: 'poa_report', country_iso3: 'COL', report_year: 2022, language: 'es' });
    const brazil = sidecar('bra-2021.txt');
    expect(brazil).toMatchObject({ kind: 'poa_report', report_year: 2021, language: 'pt' });
    expect(brazil.country_iso3).toBeUndefined();
  });

  it('a listing robots.txt forbids, or one that fails, lists nothing and says why', async () => {
    ws = makeWorkspace('listing-refused');
    site.routes.set('/private/list.json', text('["/a.txt"]', 'application/json'));
    site.routes.set('/broken.json', text('<html><body>Down for maintenance</body></html>', 'text/html'));
    const results = await fetchAll([
      { listing: { sort: 'json', url: `${site.base}/private/list.json` } },
      { listing: { sort: 'json', url: `${site.base}/broken.json` } },
      { listing: { sort: 'sitemap', url: `${site.base}/missing.xml` } },
    ]);
    expect(results.map((r) => [r.outcome, r.status, r.reason?.replace(/ \(.*\)$/, '')])).toEqual([
      ['disallowed', null, `robots.txt of ${site.base} disallows it`],
      ['failed', 200, `${site.base}/broken.json is not JSON`],
      ['failed', 404, 'HTTP 404'],
    ]);
    expect(site.requests.map((r) => r.path).filter((p) => p !== '/robots.txt').sort()).toEqual(['/broken.json', '/missing.xml']);
    expect(allFiles(ws.raw)).toEqual([]);
  });

  it('two listed addresses with the same file name are both kept, under different names, and a new version of each beside it', async () => {
    ws = makeWorkspace('listing-same-name');
    let edition = 'first';
    site.routes.set('/years/', text('<a href="2023/report.txt">2023</a> <a href="2024/report.txt">2024</a>', 'text/html'));
    site.routes.set('/years/2023/report.txt', (_req, res) => void res.writeHead(200, { 'content-type': 'text/plain' }).end(`2023 report, ${edition} edition\n`));
    site.routes.set('/years/2024/report.txt', (_req, res) => void res.writeHead(200, { 'content-type': 'text/plain' }).end(`2024 report, ${edition} edition\n`));
    const listing: ManifestEntry = { listing: { sort: 'html', url: `${site.base}/years/`, pattern: '/years/*/report.txt' }, kind: 'poa_report' };
    const first = await fetchSources([listing], { raw: ws.raw, ...SMALL, now: () => new Date('2026-11-27T02:00:00Z') });
    expect(first.map((r) => r.outcome)).toEqual(['listed', 'new', 'new']);
    edition = 'second';
    const second = await fetchSources([listing], { raw: ws.raw, ...SMALL, now: () => new Date('2026-11-28T02:00:00Z') });
    expect(second.map((r) => r.outcome)).toEqual(['listed', 'changed', 'changed']);
    // Which address got the plain name depends on which finished first; each keeps its own name from then on.
    const byUrl = (results: typeof first) => Object.fromEntries(results.slice(1).map((r) => [r.url, r.path?.slice(join(ws.raw, folder).length + 1)]));
    const [a, b] = [`${site.base}/years/2023/report.txt`, `${site.base}/years/2024/report.txt`];
    const names = byUrl(first);
    expect([names[a], names[b]].sort()).toEqual(['report.txt', expect.stringMatching(/^report_[0-9a-f]{8}\.txt$/)]);
    const stem = (name: string | undefined) => name?.replace(/\.txt$/, '');
    expect(byUrl(second)).toEqual({ [a]: `${stem(names[a])}.20261128T020000Z.txt`, [b]: `${stem(names[b])}.20261128T020000Z.txt` });
    for (const [url, name] of Object.entries(byUrl(second))) {
      expect(readFileSync(join(ws.raw, folder, name as string), 'utf8')).toBe(`${url.includes('2023') ? '2023' : '2024'} report, second edition\n`);
      expect(sidecar(name as string).source_url).toBe(url);
    }
    expect(allFiles(ws.raw)).toHaveLength(8);
  });
});
