import { createHash } from 'node:crypto';
import { readdir, readFile, stat } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import picomatch from 'picomatch';
import { DOCUMENT_KINDS, type DocumentKind, type SidecarMeta } from '../model/kinds.ts';

/** One file under the raw folder, hashed, with its sidecar if it has one. */
export interface RawFile {
  /** Path relative to the raw folder, with `/` separators (stable across machines). */
  path: string;
  absPath: string;
  sha256: string;
  sizeBytes: number;
  /** The file's modification time, ISO 8601 UTC. */
  mtime: string;
  meta: SidecarMeta | null;
  /** Why the sidecar could not be used, if it exists but is broken. */
  metaProblem: string | null;
}

export interface DiscoverOptions {
  /** Glob patterns (relative to the raw folder); when given, only matching files are returned. */
  only?: readonly string[];
}

const SIDECAR_SUFFIX = '.meta.json';

async function walk(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const files: string[] = [];
  for (const entry of entries) {
    if (entry.name.startsWith('.')) continue;
    const full = join(dir, entry.name);
    if (entry.isDirectory()) files.push(...(await walk(full)));
    else if (entry.isFile() && !entry.name.endsWith(SIDECAR_SUFFIX)) files.push(full);
  }
  return files;
}

/** Reads and checks `<file>.meta.json`; unknown keys are ignored, wrong types are reported, not guessed. */
export function parseSidecar(text: string): { meta: SidecarMeta | null; problem: string | null } {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (cause) {
    return { meta: null, problem: `sidecar is not valid JSON (${(cause as Error).message}); provenance ignored` };
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    return { meta: null, problem: 'sidecar is not a JSON object; provenance ignored' };
  }
  const raw = parsed as Record<string, unknown>;
  const meta: SidecarMeta = {};
  const problems: string[] = [];
  const text_ = (key: string): string | undefined => {
    const value = raw[key];
    if (value === undefined || value === null) return undefined;
    if (typeof value === 'string' && value.trim() !== '') return value.trim();
    problems.push(`${key} must be a non-empty string`);
    return undefined;
  };
  const sourceUrl = text_('source_url');
  if (sourceUrl) meta.source_url = sourceUrl;
  const retrievedAt = text_('retrieved_at');
  if (retrievedAt) {
    if (Number.isNaN(Date.parse(retrievedAt))) problems.push(`retrieved_at "${retrievedAt}" is not a date`);
    else meta.retrieved_at = new Date(retrievedAt).toISOString();
  }
  const kind = text_('kind');
  if (kind) {
    if ((DOCUMENT_KINDS as readonly string[]).includes(kind)) meta.kind = kind as DocumentKind;
    else problems.push(`kind "${kind}" is not one of ${DOCUMENT_KINDS.join(', ')}`);
  }
  const country = text_('country_iso3');
  if (country) {
    if (/^[A-Za-z]{3}$/.test(country)) meta.country_iso3 = country.toUpperCase();
    else problems.push(`country_iso3 "${country}" is not an ISO 3166-1 alpha-3 code`);
  }
  if (raw.report_year !== undefined && raw.report_year !== null) {
    const year = Number(raw.report_year);
    if (Number.isInteger(year) && year >= 1990 && year <= 2100) meta.report_year = year;
    else problems.push(`report_year "${String(raw.report_year)}" is not a year`);
  }
  const language = text_('language');
  if (language) {
    if (/^[a-z]{2}$/i.test(language)) meta.language = language.toLowerCase();
    else problems.push(`language "${language}" is not an ISO 639-1 code`);
  }
  return { meta, problem: problems.length > 0 ? `sidecar: ${problems.join('; ')}` : null };
}

/**
 * Lists the documents under `rawDir` (recursively; hidden files and `*.meta.json` sidecars skipped),
 * hashes each, and attaches its sidecar. Sorted by path so runs are deterministic.
 */
export async function discoverRawFiles(rawDir: string, options: DiscoverOptions = {}): Promise<RawFile[]> {
  const matchers = (options.only ?? []).map((glob) => picomatch(glob, { dot: false }));
  const paths = (await walk(rawDir)).sort();
  const files: RawFile[] = [];
  for (const absPath of paths) {
    const path = relative(rawDir, absPath).split(sep).join('/');
    if (matchers.length > 0 && !matchers.some((isMatch) => isMatch(path))) continue;
    const [bytes, info] = await Promise.all([readFile(absPath), stat(absPath)]);
    let meta: SidecarMeta | null = null;
    let metaProblem: string | null = null;
    try {
      ({ meta, problem: metaProblem } = parseSidecar(await readFile(absPath + SIDECAR_SUFFIX, 'utf8')));
    } catch (cause) {
      if ((cause as NodeJS.ErrnoException).code !== 'ENOENT') metaProblem = `sidecar unreadable: ${(cause as Error).message}`;
    }
    files.push({
      path,
      absPath,
      sha256: createHash('sha256').update(bytes).digest('hex'),
      sizeBytes: info.size,
      mtime: info.mtime.toISOString(),
      meta,
      metaProblem,
    });
  }
  return files;
}

/** When a file was retrieved: the sidecar's `retrieved_at`, else the file's modification time. */
export function retrievedAt(file: RawFile): string {
  return file.meta?.retrieved_at ?? file.mtime;
}
