import { createHash, randomUUID } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, open, readdir, readFile, rename } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import { sha256OfFile, type WrittenBody } from './body-file.ts';
import { PARTIAL_FOLDER } from './partials.ts';
import type { SourceEntry } from './manifest.ts';

/**
 * Where fetched documents go in raw/: `raw/fetched/<host>/<file name from the address>`, with the sidecar
 * beside. A changed document is a new file next to the old (`<name>.<UTC stamp><ext>`): raw/ is the
 * archive, and the newest `retrieved_at` is the current version by the sidecar rule. Bodies are streamed
 * into `raw/.salw-partial/` (a dot folder, which discovery skips; see body-file.ts) and renamed into
 * place, sidecar first, so a run never sees half a download nor a document without its provenance.
 */

const SIDECAR_SUFFIX = '.meta.json';

/** The sidecar a fetch writes: the keys discovery reads, plus the response's validators. */
export interface FetchedSidecar {
  source_url: string;
  retrieved_at: string;
  kind?: string;
  country_iso3?: string;
  report_year?: number;
  language?: string;
  content_type: string | null;
  etag: string | null;
  last_modified: string | null;
}

/** The newest version of one address kept in raw/. */
export interface KeptVersion {
  path: string;
  sidecar: FetchedSidecar;
  sha256: string;
}

export function folderFor(raw: string, url: string): string {
  const host = new URL(url).host.replace(/[^A-Za-z0-9.-]/g, '_');
  return join(raw, 'fetched', host);
}

/** A file name from the address's last path segment (or its query), made safe; `index.html` for a bare folder. */
export function fileNameFor(url: string): string {
  const parsed = new URL(url);
  let name = decodeURIComponent(basename(parsed.pathname)) || 'index';
  if (parsed.search) name = `${name}_${createHash('sha256').update(parsed.search).digest('hex').slice(0, 8)}`;
  name = name.replace(/[^A-Za-z0-9._-]/g, '_').replace(/^\.+/, '_');
  return extname(name) ? name : `${name}.html`;
}

/** The newest kept version of `url` (by retrieved_at), looked up from the sidecars in its folder. */
export async function newestVersion(raw: string, url: string): Promise<KeptVersion | null> {
  const folder = folderFor(raw, url);
  let names: string[];
  try {
    names = await readdir(folder);
  } catch {
    return null;
  }
  let best: { path: string; sidecar: FetchedSidecar } | null = null;
  for (const name of names) {
    if (!name.endsWith(SIDECAR_SUFFIX)) continue;
    const path = join(folder, name.slice(0, -SIDECAR_SUFFIX.length));
    if (!existsSync(path)) continue;
    let sidecar: FetchedSidecar;
    try {
      sidecar = JSON.parse(await readFile(join(folder, name), 'utf8')) as FetchedSidecar;
    } catch {
      continue;
    }
    if (sidecar.source_url !== url) continue;
    if (!best || sidecar.retrieved_at > best.sidecar.retrieved_at) best = { path, sidecar };
  }
  if (!best) return null;
  return { ...best, sha256: await sha256OfFile(best.path) };
}

async function writeDurably(path: string, text: string): Promise<void> {
  const handle = await open(path, 'wx');
  try {
    await handle.writeFile(text);
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/**
 * Names being written by this process, with the address each is for: two documents stored at once never pick
 * the same free name, and an address whose own name another is taking gets its digest name, as it would once
 * the other's sidecar is on disk (downloads finishing together must name files as they would one by one).
 */
const claimed = new Map<string, string>();

function urlDigest(url: string): string {
  return createHash('sha256').update(url).digest('hex').slice(0, 8);
}

/** Whether `name` in `folder` is taken by a file of another address (or one without a sidecar). */
function heldByOther(folder: string, name: string, url: string): boolean {
  const claimant = claimed.get(join(folder, name));
  if (claimant !== undefined) return claimant !== url;
  if (!existsSync(join(folder, name)) && !existsSync(join(folder, `${name}${SIDECAR_SUFFIX}`))) return false;
  try {
    return (JSON.parse(readFileSync(join(folder, `${name}${SIDECAR_SUFFIX}`), 'utf8')) as FetchedSidecar).source_url !== url;
  } catch {
    return true;
  }
}

/**
 * The file name of a new version: the address's own name; else, when another address of the site holds
 * it (`.../2023/report.pdf` and `.../2024/report.pdf`), that name with a digest of the address; and for a
 * later version the retrieval time added (`ken.20261128T020005Z.txt`, then `-2`... if that is taken too).
 * Synchronous from the first check to the claim: no other download's naming can come in between.
 */
function freeName(folder: string, url: string, retrievedAt: string): string {
  const own = fileNameFor(url);
  const ext = extname(own);
  const base = heldByOther(folder, own, url) ? `${own.slice(0, own.length - ext.length)}_${urlDigest(url)}${ext}` : own;
  const stem = base.slice(0, base.length - ext.length);
  const stamp = retrievedAt.replace(/[-:]/g, '').replace(/\.\d+Z$/, 'Z');
  const candidates = [base, `${stem}.${stamp}${ext}`, ...Array.from({ length: 98 }, (_, i) => `${stem}.${stamp}-${i + 2}${ext}`)];
  for (const candidate of candidates) {
    const path = join(folder, candidate);
    if (claimed.has(path) || existsSync(path) || existsSync(`${path}${SIDECAR_SUFFIX}`)) continue;
    claimed.set(path, url);
    return path;
  }
  throw new Error(`no free file name for ${url} in ${folder} (100 versions retrieved at ${retrievedAt})`);
}

/**
 * Moves a downloaded body (a finished file in raw/.salw-partial/) into place as a new version of
 * `entry`'s document, its sidecar first, under a name no other file has; returns the document's path.
 */
export async function storeVersion(raw: string, entry: SourceEntry, body: WrittenBody, sidecar: FetchedSidecar): Promise<string> {
  const folder = folderFor(raw, entry.url);
  await mkdir(folder, { recursive: true });
  const partMeta = join(raw, PARTIAL_FOLDER, `${randomUUID()}.meta.part`);
  await writeDurably(partMeta, `${JSON.stringify(sidecar, null, 2)}\n`);
  const target = freeName(folder, entry.url, sidecar.retrieved_at);
  try {
    await rename(partMeta, `${target}${SIDECAR_SUFFIX}`);
    await rename(body.path, target);
  } finally {
    claimed.delete(target);
  }
  return target;
}
