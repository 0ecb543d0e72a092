import { readFile } from 'node:fs/promises';
import { isMap, isSeq, LineCounter, parseDocument } from 'yaml';
import { DOCUMENT_KINDS, type DocumentKind } from '../model/kinds.ts';
import { UsageError } from '../model/errors.ts';

/**
 * The sources manifest (`sources.yaml`): the addresses `salw-etl fetch` reads, and what is known of each
 * document (kind, country, year, language), written into the sidecar. Every error names the line, so a
 * manifest edited by hand is fixed where it is wrong, never half-read.
 */

/** What is known of a document, written into its sidecar. */
export interface DocumentFacts {
  kind?: DocumentKind;
  country_iso3?: string;
  report_year?: number;
  language?: string;
}

/** One document address and what the manifest says of it. */
export interface SourceEntry extends DocumentFacts {
  url: string;
}

/** The three sorts of listing: an HTML page of links, a sitemap.xml, a JSON document holding the addresses. */
export const LISTING_SORTS = ['html', 'sitemap', 'json'] as const;
export type ListingSort = (typeof LISTING_SORTS)[number];

/** Which facts a JSON listing's objects carry, and under which field names. */
export interface ListingFields {
  url: string;
  country_iso3?: string;
  report_year?: string;
  language?: string;
}

/** Where a listing is and how its document addresses are picked out of it. */
export interface Listing {
  sort: ListingSort;
  url: string;
  /** A glob (picomatch) on the path of each address found, e.g. `**\/*.pdf`. */
  pattern?: string;
  /** A regular expression on each whole address found. */
  regex?: RegExp;
  /** JSON: the dotted path to the array of addresses or objects (none: the document is the array). */
  items?: string;
  /** JSON: the field names of the objects. */
  fields?: ListingFields;
}

/** A listing and the facts every document it lists inherits (unless the listing gives its own). */
export interface ListingEntry extends DocumentFacts {
  listing: Listing;
}

export type ManifestEntry = SourceEntry | ListingEntry;

export const isListing = (entry: ManifestEntry): entry is ListingEntry => 'listing' in entry;

const KEYS = new Set(['url', 'listing', 'kind', 'country_iso3', 'report_year', 'language', 'enabled']);
const LISTING_KEYS = new Set([...LISTING_SORTS, 'pattern', 'regex', 'items', 'fields']);
const FIELD_KEYS = new Set(['url', 'country_iso3', 'report_year', 'language']);

/** Parses the manifest text; `name` is the file named in errors. Entries with `enabled: false` are checked, then left out. */
export function parseManifest(text: string, name: string): ManifestEntry[] {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines });
  const lineOf = (offset: number | undefined): number => (offset === undefined ? 1 : lines.linePos(offset).line);
  if (doc.errors.length > 0) {
    const first = doc.errors[0] as (typeof doc.errors)[number];
    throw new UsageError(`${name}:${lineOf(first.pos[0])}: not valid YAML (${first.message.split('\n')[0]})`);
  }
  if (doc.contents === null) return [];
  if (!isMap(doc.contents)) throw new UsageError(`${name}:${lineOf(doc.contents.range?.[0])}: the manifest must be a mapping with a "sources" list`);
  const list = doc.contents.get('sources', true);
  if (list === undefined || list === null) return [];
  if (!isSeq(list)) throw new UsageError(`${name}:${lineOf((list as { range?: number[] }).range?.[0])}: "sources" must be a list of entries`);
  const entries: ManifestEntry[] = [];
  for (const item of list.items) {
    const at = `${name}:${lineOf((item as { range?: number[] }).range?.[0])}`;
    if (!isMap(item)) throw new UsageError(`${at}: each source must be a mapping with a url or a listing`);
    const value = item.toJSON() as Record<string, unknown>;
    for (const key of Object.keys(value)) if (!KEYS.has(key)) throw new UsageError(`${at}: unknown key "${key}" (expected ${[...KEYS].join(', ')})`);
    let entry: ManifestEntry;
    if (value.listing !== undefined) {
      if (value.url !== undefined) throw new UsageError(`${at}: an entry has a url or a listing, not both`);
      entry = { ...checkFacts(value, at), listing: checkListing(value.listing, at) };
    } else {
      entry = checkEntry(value, at);
    }
    // Checked even when disabled: enabling it later must not be when its mistake shows.
    if (value.enabled === false) continue;
    if (value.enabled !== undefined && value.enabled !== true) throw new UsageError(`${at}: enabled must be true or false`);
    entries.push(entry);
  }
  return entries;
}

function checkAddress(url: unknown, at: string, what: string): string {
  if (typeof url !== 'string') throw new UsageError(`${at}: ${what} is missing`);
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new UsageError(`${at}: ${what} "${url}" is not an absolute address`);
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') throw new UsageError(`${at}: ${what} "${url}" is not http or https`);
  return parsed.href;
}

/** Checks a `listing:` mapping: exactly one of html / sitemap / json, and how to pick the addresses. */
function checkListing(value: unknown, at: string): Listing {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new UsageError(`${at}: listing must be a mapping with html, sitemap or json`);
  const fields = value as Record<string, unknown>;
  for (const key of Object.keys(fields)) if (!LISTING_KEYS.has(key)) throw new UsageError(`${at}: unknown listing key "${key}" (expected ${[...LISTING_KEYS].join(', ')})`);
  const sorts = LISTING_SORTS.filter((sort) => fields[sort] !== undefined);
  if (sorts.length !== 1) throw new UsageError(`${at}: a listing has exactly one of html, sitemap, json (the address of the page, sitemap or JSON document)`);
  const sort = sorts[0] as ListingSort;
  const listing: Listing = { sort, url: checkAddress(fields[sort], at, `listing ${sort}`) };
  if (fields.pattern !== undefined) {
    if (typeof fields.pattern !== 'string' || fields.pattern === '') throw new UsageError(`${at}: listing pattern must be a glob on the address's path, e.g. "**/*.pdf"`);
    listing.pattern = fields.pattern;
  }
  if (fields.regex !== undefined) {
    try {
      listing.regex = new RegExp(String(fields.regex), 'u');
    } catch (cause) {
      throw new UsageError(`${at}: listing regex "${String(fields.regex)}" is not a regular expression (${(cause as Error).message})`);
    }
  }
  // An HTML page links to everything (menus, languages, contact): without a pattern every link would be fetched.
  if (sort === 'html' && !listing.pattern && !listing.regex) throw new UsageError(`${at}: an html listing needs a pattern (glob on the link's path) or a regex (on the link's address)`);
  if (sort !== 'json' && (fields.items !== undefined || fields.fields !== undefined)) throw new UsageError(`${at}: items and fields are for json listings`);
  if (fields.items !== undefined) {
    if (typeof fields.items !== 'string') throw new UsageError(`${at}: listing items must be a dotted path to the array, e.g. data.reports`);
    listing.items = fields.items;
  }
  if (fields.fields !== undefined) listing.fields = checkFields(fields.fields, at);
  return listing;
}

function checkFields(value: unknown, at: string): ListingFields {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new UsageError(`${at}: listing fields must map url, country_iso3, report_year, language to the JSON field names`);
  const given = value as Record<string, unknown>;
  for (const [key, field] of Object.entries(given)) {
    if (!FIELD_KEYS.has(key)) throw new UsageError(`${at}: unknown listing field "${key}" (expected ${[...FIELD_KEYS].join(', ')})`);
    if (typeof field !== 'string' || field === '') throw new UsageError(`${at}: listing field ${key} must name a JSON field`);
  }
  return { url: 'url', ...(given as Partial<ListingFields>) } as ListingFields;
}

/** Checks one entry's fields (also used for `--url` with `--kind`, `--country`, `--language`). */
export function checkEntry(value: Record<string, unknown>, at: string): SourceEntry {
  return { url: checkAddress(value.url, at, 'url'), ...checkFacts(value, at) };
}

/** Checks the facts of an entry (kind, country_iso3, report_year, language); also of a JSON listing's items. */
export function checkFacts(value: Record<string, unknown>, at: string): DocumentFacts {
  const entry: DocumentFacts = {};
  if (value.kind !== undefined) {
    if (!(DOCUMENT_KINDS as readonly string[]).includes(String(value.kind))) throw new UsageError(`${at}: kind "${String(value.kind)}" is not one of ${DOCUMENT_KINDS.join(', ')}`);
    entry.kind = value.kind as DocumentKind;
  }
  if (value.country_iso3 !== undefined) {
    if (typeof value.country_iso3 !== 'string' || !/^[A-Za-z]{3}$/.test(value.country_iso3)) throw new UsageError(`${at}: country_iso3 "${String(value.country_iso3)}" is not an ISO 3166-1 alpha-3 code`);
    entry.country_iso3 = value.country_iso3.toUpperCase();
  }
  if (value.report_year !== undefined) {
    if (!Number.isInteger(value.report_year) || (value.report_year as number) < 1990 || (value.report_year as number) > 2100) throw new UsageError(`${at}: report_year "${String(value.report_year)}" is not a year`);
    entry.report_year = value.report_year as number;
  }
  if (value.language !== undefined) {
    if (typeof value.language !== 'string' || !/^[A-Za-z]{2}$/.test(value.language)) throw new UsageError(`${at}: language "${String(value.language)}" is not an ISO 639-1 code`);
    entry.language = value.language.toLowerCase();
  }
  return entry;
}

/** Reads the manifest file; a missing file is an empty manifest only when `optional`. */
export async function readManifest(path: string, optional: boolean): Promise<ManifestEntry[]> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (cause) {
    if (optional && (cause as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw new UsageError(`the sources manifest ${path} cannot be read (${(cause as Error).message})`);
  }
  return parseManifest(text, path);
}
