import { readFile } from 'node:fs/promises';
import { isMap, isSeq, LineCounter, parseDocument } from 'yaml';
import { DOCUMENT_KINDS, type DocumentKind } from '../model/kinds.ts';
import { UsageError } from '../model/errors.ts';

/**
 * The sources manifest (`sources.yaml`): the addresses `salw-etl fetch` reads, and what is known of each
 * document (kind, country, year, language), written into the sidecar. Every error names the line, so a
 * manifest edited by hand is fixed where it is wrong, never half-read.
 */

/** One document address and what the manifest says of it. */
export interface SourceEntry {
  url: string;
  kind?: DocumentKind;
  country_iso3?: string;
  report_year?: number;
  language?: string;
}

const KEYS = new Set(['url', 'kind', 'country_iso3', 'report_year', 'language', 'enabled']);

/** Parses the manifest text; `name` is the file named in errors. Entries with `enabled: false` are left out. */
export function parseManifest(text: string, name: string): SourceEntry[] {
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
  const entries: SourceEntry[] = [];
  for (const item of list.items) {
    const at = `${name}:${lineOf((item as { range?: number[] }).range?.[0])}`;
    if (!isMap(item)) throw new UsageError(`${at}: each source must be a mapping with a url`);
    const value = item.toJSON() as Record<string, unknown>;
    for (const key of Object.keys(value)) if (!KEYS.has(key)) throw new UsageError(`${at}: unknown key "${key}" (expected ${[...KEYS].join(', ')})`);
    if (value.enabled === false) continue;
    entries.push(checkEntry(value, at));
  }
  return entries;
}

/** Checks one entry's fields (also used for `--url` with `--kind`, `--country`, `--language`). */
export function checkEntry(value: Record<string, unknown>, at: string): SourceEntry {
  const url = value.url;
  if (typeof url !== 'string') throw new UsageError(`${at}: url is missing`);
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new UsageError(`${at}: url "${url}" is not an absolute address`);
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') throw new UsageError(`${at}: url "${url}" is not http or https`);
  const entry: SourceEntry = { url: parsed.href };
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
export async function readManifest(path: string, optional: boolean): Promise<SourceEntry[]> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (cause) {
    if (optional && (cause as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw new UsageError(`the sources manifest ${path} cannot be read (${(cause as Error).message})`);
  }
  return parseManifest(text, path);
}
