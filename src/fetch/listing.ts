import { load } from 'cheerio';
import picomatch from 'picomatch';
import { checkFacts, type DocumentFacts, type Listing, type ListingEntry, type SourceEntry } from './manifest.ts';

/**
 * The document addresses a listing names: the links of an HTML page (cheerio; resolved against the page
 * address or its <base href>), the <loc> entries of a sitemap, or the array of a JSON document (addresses,
 * or objects with the address and what is known of the document). Only http(s) addresses are kept,
 * fragments dropped, each address once, in the listing's order, filtered by the entry's glob (on the
 * address's path) and regex (on the whole address). Each document inherits the entry's facts unless
 * the JSON item gives its own. Pure: the listing is fetched by fetch-sources.ts.
 */

export interface ListedDocuments {
  documents: SourceEntry[];
  /** What was found but not taken, and why (a bad item, a bad value): said in the listing's result. */
  notes: string[];
}

/** A listing that cannot be read as its sort says (not JSON, no array at the path, a sitemap index). */
export class UnreadableListing extends Error {}

interface Found {
  href: string;
  facts: DocumentFacts;
}

export function documentsOfListing(entry: ListingEntry, text: string, listingUrl: string): ListedDocuments {
  const notes: string[] = [];
  const { listing } = entry;
  const found = listing.sort === 'html' ? linksOfPage(text, listingUrl) : listing.sort === 'sitemap' ? locsOfSitemap(text, listingUrl) : itemsOfJson(listing, text, listingUrl, notes);
  const matches = matcherFor(listing);
  const inherited: DocumentFacts = { kind: entry.kind, country_iso3: entry.country_iso3, report_year: entry.report_year, language: entry.language };
  const seen = new Set<string>();
  const documents: SourceEntry[] = [];
  for (const { href, facts } of found) {
    let url: URL;
    try {
      url = new URL(href, listingUrl);
    } catch {
      continue;
    }
    if (url.protocol !== 'http:' && url.protocol !== 'https:') continue;
    url.hash = '';
    if (seen.has(url.href) || !matches(url)) continue;
    seen.add(url.href);
    const merged = { ...inherited, ...facts };
    documents.push(Object.fromEntries(Object.entries({ url: url.href, ...merged }).filter(([, v]) => v !== undefined)) as unknown as SourceEntry);
  }
  return { documents, notes };
}

function matcherFor(listing: Listing): (url: URL) => boolean {
  const glob = listing.pattern ? picomatch(listing.pattern, { dot: true }) : null;
  return (url) => (glob === null || glob(decodeURIComponent(url.pathname))) && (listing.regex === undefined || listing.regex.test(url.href));
}

function linksOfPage(html: string, pageUrl: string): Found[] {
  const $ = load(html);
  const baseHref = $('base[href]').first().attr('href');
  let base = pageUrl;
  if (baseHref) {
    try {
      base = new URL(baseHref, pageUrl).href;
    } catch {
      // An unreadable <base href> is ignored, as browsers do.
    }
  }
  const found: Found[] = [];
  $('a[href], area[href]').each((_, element) => {
    const href = $(element).attr('href')?.trim();
    if (!href) return;
    try {
      found.push({ href: new URL(href, base).href, facts: {} });
    } catch {
      // Not an address (e.g. "http://[bad"): not a document link.
    }
  });
  return found;
}

function locsOfSitemap(xml: string, sitemapUrl: string): Found[] {
  const $ = load(xml, { xml: true });
  if ($('sitemapindex').length > 0) {
    const count = $('sitemapindex > sitemap > loc').length;
    throw new UnreadableListing(`${sitemapUrl} is a sitemap index (of ${count} sitemaps), not a sitemap: name one of its sitemaps as the listing`);
  }
  if ($('urlset').length === 0) throw new UnreadableListing(`${sitemapUrl} is not a sitemap (no <urlset>)`);
  return $('urlset > url > loc').toArray().map((loc) => ({ href: $(loc).text().trim(), facts: {} }));
}

function itemsOfJson(listing: Listing, text: string, listingUrl: string, notes: string[]): Found[] {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (cause) {
    throw new UnreadableListing(`${listingUrl} is not JSON (${(cause as Error).message})`);
  }
  const path = listing.items ? listing.items.split('.') : [];
  for (const [depth, key] of path.entries()) {
    if (typeof value !== 'object' || value === null || !(key in value)) {
      throw new UnreadableListing(`${listingUrl} has no "${path.slice(0, depth + 1).join('.')}" (the listing's items path)`);
    }
    value = (value as Record<string, unknown>)[key];
  }
  if (!Array.isArray(value)) throw new UnreadableListing(`${listingUrl}: ${listing.items ? `"${listing.items}"` : 'the document'} is not an array`);
  const fields = listing.fields ?? { url: 'url' };
  const found: Found[] = [];
  for (const [index, item] of value.entries()) {
    const at = `item ${index + 1}`;
    if (typeof item === 'string') {
      found.push({ href: item, facts: {} });
      continue;
    }
    if (typeof item !== 'object' || item === null) {
      notes.push(`${at} is neither an address nor an object; left out`);
      continue;
    }
    const record = item as Record<string, unknown>;
    const href = record[fields.url];
    if (typeof href !== 'string' || href === '') {
      notes.push(`${at} has no "${fields.url}" address; left out`);
      continue;
    }
    found.push({ href, facts: factsOfItem(record, fields, at, notes) });
  }
  return found;
}

/** The facts a JSON item gives; a value that is not valid is left out (the entry's own applies) and noted. */
function factsOfItem(record: Record<string, unknown>, fields: NonNullable<Listing['fields']>, at: string, notes: string[]): DocumentFacts {
  const facts: DocumentFacts = {};
  for (const key of ['country_iso3', 'report_year', 'language'] as const) {
    const field = fields[key];
    if (field === undefined || record[field] === undefined || record[field] === null || record[field] === '') continue;
    let value = record[field];
    // A year given as a string ("2024") is still a year; checkFacts wants a number.
    if (key === 'report_year' && typeof value === 'string' && /^\d{4}$/.test(value.trim())) value = Number(value.trim());
    try {
      Object.assign(facts, checkFacts({ [key]: value }, at));
    } catch (cause) {
      notes.push(`${(cause as Error).message}; left out`);
    }
  }
  return facts;
}
