import { describe, expect, it } from 'vitest';
import { documentsOfListing, UnreadableListing } from '../../src/fetch/listing.ts';
import { type ListingEntry, parseManifest } from '../../src/fetch/manifest.ts';

/** The addresses each sort of listing gives, and the facts each document inherits or brings. */

const PAGE = `<!DOCTYPE html><html><head><title>National reports</title></head><body>
<nav><a href="/">Home</a> <a href="/fr/rapports/">Français</a> <a href="mailto:desk@example.org">Contact</a></nav>
<h1>National reports on the Programme of Action</h1>
<ul>
  <li><a href="files/NGA-2024.pdf">Nigeria 2024</a></li>
  <li><a href="files/NGA-2024.pdf#page=2">Nigeria 2024, annex</a></li>
  <li><a href=" /reports/files/GHA-2022.PDF ">Ghana 2022</a></li>
  <li><a href="https://cdn.example.net/mirror/TGO-2020.pdf">Togo 2020 (mirror)</a></li>
  <li><a href="files/NGA-2024.docx">Nigeria 2024 (Word)</a></li>
  <li><a href="javascript:void(0)">Print</a></li>
</ul></body></html>`;

const entry = (listing: ListingEntry['listing'], facts: Partial<ListingEntry> = {}): ListingEntry => ({ listing, ...facts });

describe('documentsOfListing', () => {
  it('an HTML page: the links whose path matches the glob, resolved against the page, each once, fragments dropped', () => {
    const got = documentsOfListing(entry({ sort: 'html', url: 'https://example.org/reports/', pattern: '**/*.{pdf,PDF}' }, { kind: 'poa_report', language: 'en' }), PAGE, 'https://example.org/reports/');
    expect(got).toEqual({
      documents: [
        { url: 'https://example.org/reports/files/NGA-2024.pdf', kind: 'poa_report', language: 'en' },
        { url: 'https://example.org/reports/files/GHA-2022.PDF', kind: 'poa_report', language: 'en' },
        { url: 'https://cdn.example.net/mirror/TGO-2020.pdf', kind: 'poa_report', language: 'en' },
      ],
      notes: [],
    });
  });

  it('an HTML page with a regex on the whole address, and a <base href> the links resolve against', () => {
    const page = '<html><head><base href="https://archive.example.org/amap/"></head><body><a href="profiles/mli.html">Mali</a><a href="profiles/ner.html">Niger</a><a href="about.html">About</a></body></html>';
    const got = documentsOfListing(entry({ sort: 'html', url: 'https://example.org/amap', regex: /^https:\/\/archive\.example\.org\/amap\/profiles\/[a-z]{3}\.html$/u }, { kind: 'amap_profile' }), page, 'https://example.org/amap');
    expect(got.documents).toEqual([
      { url: 'https://archive.example.org/amap/profiles/mli.html', kind: 'amap_profile' },
      { url: 'https://archive.example.org/amap/profiles/ner.html', kind: 'amap_profile' },
    ]);
  });

  it('a sitemap: its <loc> entries, filtered by the glob when there is one', () => {
    const xml = `<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
  <url><loc>https://example.org/country-profiles/KAZ</loc><lastmod>2026-10-01</lastmod></url>
  <url><loc> https://example.org/country-profiles/UZB </loc></url>
  <url><loc>https://example.org/news/2026-11-01</loc></url>
</urlset>`;
    const all = documentsOfListing(entry({ sort: 'sitemap', url: 'https://example.org/sitemap.xml' }), xml, 'https://example.org/sitemap.xml');
    expect(all.documents.map((d) => d.url)).toEqual(['https://example.org/country-profiles/KAZ', 'https://example.org/country-profiles/UZB', 'https://example.org/news/2026-11-01']);
    const some = documentsOfListing(entry({ sort: 'sitemap', url: 'https://example.org/sitemap.xml', pattern: '/country-profiles/*' }, { kind: 'poa_profile' }), xml, 'https://example.org/sitemap.xml');
    expect(some.documents).toEqual([
      { url: 'https://example.org/country-profiles/KAZ', kind: 'poa_profile' },
      { url: 'https://example.org/country-profiles/UZB', kind: 'poa_profile' },
    ]);
  });

  it('a sitemap index is refused, naming what to do', () => {
    const xml = '<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><sitemap><loc>https://example.org/s1.xml</loc></sitemap><sitemap><loc>https://example.org/s2.xml</loc></sitemap></sitemapindex>';
    expect(() => documentsOfListing(entry({ sort: 'sitemap', url: 'https://example.org/index.xml' }), xml, 'https://example.org/index.xml'))
      .toThrow(new UnreadableListing('https://example.org/index.xml is a sitemap index (of 2 sitemaps), not a sitemap: name one of its sitemaps as the listing'));
  });

  it('a JSON listing of objects: the fields it names give the address and the facts, which win over the entry\'s', () => {
    const json = JSON.stringify({ data: { reports: [
      { href: '/api/files/ken-2024.pdf', iso3: 'ken', year: 2024, lang: 'EN' },
      { href: '/api/files/tza-2022.pdf', iso3: 'TZA', year: '2022' },
      { href: '/api/files/uga-2020.pdf', iso3: 'Uganda', year: 2020, lang: 'en' },
      { title: 'no address' },
      42,
    ] } });
    const listing = { sort: 'json' as const, url: 'https://example.org/api/reports', items: 'data.reports', fields: { url: 'href', country_iso3: 'iso3', report_year: 'year', language: 'lang' } };
    const got = documentsOfListing(entry(listing, { kind: 'poa_report', language: 'sw' }), json, 'https://example.org/api/reports');
    expect(got).toEqual({
      documents: [
        { url: 'https://example.org/api/files/ken-2024.pdf', kind: 'poa_report', language: 'en', country_iso3: 'KEN', report_year: 2024 },
        { url: 'https://example.org/api/files/tza-2022.pdf', kind: 'poa_report', language: 'sw', country_iso3: 'TZA', report_year: 2022 },
        { url: 'https://example.org/api/files/uga-2020.pdf', kind: 'poa_report', language: 'en', report_year: 2020 },
      ],
      notes: [
        'item 3: country_iso3 "Uganda" is not an ISO 3166-1 alpha-3 code; left out',
        'item 4 has no "href" address; left out',
        'item 5 is neither an address nor an object; left out',
      ],
    });
  });

  it('a JSON array of plain addresses at the top level', () => {
    const got = documentsOfListing(entry({ sort: 'json', url: 'https://example.org/list.json' }, { country_iso3: 'PER' }), '["docs/a.pdf", "https://example.org/docs/b.pdf", "ftp://example.org/c.pdf"]', 'https://example.org/list.json');
    expect(got.documents).toEqual([{ url: 'https://example.org/docs/a.pdf', country_iso3: 'PER' }, { url: 'https://example.org/docs/b.pdf', country_iso3: 'PER' }]);
  });

  it.each([
    ['{"data": {}}', 'data.reports', 'https://example.org/r.json has no "data.reports" (the listing\'s items path)'],
    ['{"data": {"reports": {"a": 1}}}', 'data.reports', 'https://example.org/r.json: "data.reports" is not an array'],
    ['<html>maintenance</html>', undefined, 'https://example.org/r.json is not JSON ('],
  ])('a JSON listing that is not as described is refused: %s', (text, items, message) => {
    expect(() => documentsOfListing(entry({ sort: 'json', url: 'https://example.org/r.json', ...(items ? { items } : {}) }), text, 'https://example.org/r.json')).toThrow(message);
  });
});

describe('listings in the manifest', () => {
  it('reads each sort of listing with its pattern, items path and fields, and the facts its documents inherit', () => {
    const text = [
      'sources:',
      '  - listing:',
      '      html: https://example.org/reports/',
      '      pattern: "**/*.pdf"',
      '    kind: poa_report',
      '    language: EN',
      '  - listing:',
      '      sitemap: https://example.org/sitemap.xml',
      '      regex: "/country-profiles/[A-Z]{3}$"',
      '    kind: poa_profile',
      '  - listing:',
      '      json: https://example.org/api/reports',
      '      items: data.reports',
      '      fields: { url: href, country_iso3: iso3 }',
      '  - listing:',
      '      json: https://example.org/off.json',
      '    enabled: false',
    ].join('\n');
    expect(parseManifest(text, 'm.yaml')).toEqual([
      { listing: { sort: 'html', url: 'https://example.org/reports/', pattern: '**/*.pdf' }, kind: 'poa_report', language: 'en' },
      { listing: { sort: 'sitemap', url: 'https://example.org/sitemap.xml', regex: /\/country-profiles\/[A-Z]{3}$/u }, kind: 'poa_profile' },
      { listing: { sort: 'json', url: 'https://example.org/api/reports', items: 'data.reports', fields: { url: 'href', country_iso3: 'iso3' } } },
    ]);
  });

  it.each([
    ['sources:\n  - url: https://example.org/a\n    listing: { sitemap: https://example.org/s.xml }\n', 'm.yaml:2: an entry has a url or a listing, not both'],
    ['sources:\n  - listing: { html: https://example.org/r/, sitemap: https://example.org/s.xml }\n', 'm.yaml:2: a listing has exactly one of html, sitemap, json'],
    ['sources:\n  - listing: { html: https://example.org/r/ }\n', 'm.yaml:2: an html listing needs a pattern (glob on the link\'s path) or a regex (on the link\'s address)'],
    ['sources:\n  - listing: { sitemap: https://example.org/s.xml, regex: "(" }\n', 'm.yaml:2: listing regex "(" is not a regular expression'],
    ['sources:\n  - listing: { sitemap: https://example.org/s.xml, items: a.b }\n', 'm.yaml:2: items and fields are for json listings'],
    ['sources:\n  - listing: { json: https://example.org/r.json, fields: { year: y } }\n', 'm.yaml:2: unknown listing field "year" (expected url, country_iso3, report_year, language)'],
    ['sources:\n  - listing: { json: ftp://example.org/r.json }\n', 'm.yaml:2: listing json "ftp://example.org/r.json" is not http or https'],
    ['sources:\n  - listing: { atom: https://example.org/feed }\n', 'm.yaml:2: unknown listing key "atom" (expected html, sitemap, json, pattern, regex, items, fields)'],
  ])('refuses %j naming the line', (text, message) => {
    expect(() => parseManifest(text, 'm.yaml')).toThrow(message);
  });
});
