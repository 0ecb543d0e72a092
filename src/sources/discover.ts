import { createHash } from 'node:crypto';
import { type Dirent, readFileSync, type Stats, statSync } from 'node:fs';
import { readdir, realpath, stat } from 'node:fs/promises';
import { normalize, relative, sep } from 'node:path';
import picomatch from 'picomatch';
import { DOCUMENT_KINDS, type DocumentKind, type SidecarMeta } from '../model/kinds.ts';
import { isIso639_1 } from '../model/iso-639-1.ts';
import type { RawFile, SidecarStat } from '../model/raw-file.ts';

export interface DiscoverOptions {
  /** Glob patterns (relative to the raw folder); when given, only matching files are returned. */
  only?: readonly string[];
  /** For tests: the reads to make (fault injection). */
  fs?: DiscoverFs;
  /** The year it is now (a sidecar's report_year after the next year is refused); default: the clock's. */
  currentYear?: number;
  /**
   * The digest a file had when its size and modification time were last seen, if they are the same now
   * (see known-hashes.ts): such a file is not read. Absent, every file is read and hashed.
   */
  knownHash?: (path: string, sizeBytes: number, mtime: Date) => string | null;
  /**
   * The sidecar (`meta_json` as stored) a document's path had when its sidecar's size and modification time were
   * last seen, if they are the same now (see known-hashes.ts): such a sidecar is not read. Absent, every sidecar is read.
   */
  knownSidecar?: (path: string, sizeBytes: number, mtime: Date) => string | null;
  /**
   * The raw folder's own listing, asked for earlier (listRawFolder): a run lists the folder in libuv's threads
   * while it reads what the warehouse knows, instead of waiting for the listing afterwards.
   */
  rootListing?: Promise<Dirent[]>;
}

const SIDECAR_SUFFIX = '.meta.json';

/** An entry of the raw folder that did not become a document, and why (every entry is accounted for). */
export interface FolderEntry {
  /** Path relative to the raw folder, with `/` separators. */
  path: string;
  /** skipped: by policy (hidden, orphan sidecar); refused: unsafe or not a file; unreadable: an error reading it; duplicate: same bytes as a document loaded under another name. */
  outcome: 'skipped' | 'refused' | 'unreadable' | 'duplicate';
  reason: string;
}

/**
 * Starts listing `rawDir` (discoverRawFolder's `rootListing`). A failure is discovery's to report, when it
 * takes the listing: the promise is marked handled here so that it is not an unhandled rejection before then.
 */
export function listRawFolder(rawDir: string, fs: DiscoverFs = nodeFs): Promise<Dirent[]> {
  const listing = fs.readdir(rawDir);
  listing.catch(() => undefined);
  return listing;
}

/** The file-system reads discovery makes, replaceable so tests can inject faults (EACCES, EIO). */
export interface DiscoverFs {
  readdir(path: string): Promise<Dirent[]>;
  readFile(path: string): Promise<Buffer>;
}

const nodeFs: DiscoverFs = {
  readdir: (path) => readdir(path, { withFileTypes: true }),
  // Synchronous under the promise: files are read one after another either way, and fs/promises' readFile
  // (a file handle, then reads through the thread pool) took 3.1 s for 10,000 sidecars that readFileSync reads in 0.2 s.
  readFile: async (path) => readFileSync(path),
};

interface Walk {
  root: string;
  rootReal: string;
  /** Real paths of folders walked, so a link back up the tree is walked once, never looped. */
  visited: Set<string>;
  files: string[];
  /** The root folder's listing when it was asked for before the walk (DiscoverOptions.rootListing). */
  rootListing: Promise<Dirent[]> | undefined;
  /** Files reached through a symbolic link (the link itself, or a linked folder). */
  linked: Set<string>;
  entries: FolderEntry[];
  fs: DiscoverFs;
  /** True once the real folders are walked and the links to folders are. */
  walkingLinks: boolean;
  /** Links to folders, walked after every real folder so that a real folder is never refused in favour of a link to it. */
  folderLinks: string[];
  /** The path in the raw folder (`/`-separated) of each file found, by its full path. */
  paths: Map<string, string>;
  /** Files whose sidecar is in their folder's listing: the others' sidecars are not looked for (a no-op night stats, never fails to open, each file). */
  withSidecar: Set<string>;
}

function describeFsError(cause: unknown): string {
  const error = cause as NodeJS.ErrnoException;
  return error.code ? `${error.code}: ${error.message}` : String(cause);
}

function isInside(root: string, path: string): boolean {
  return path === root || path.startsWith(root.endsWith(sep) ? root : root + sep);
}

/** Walks a folder reached by its path (a real folder, or a link to one inside the raw folder), once. */
async function walkFolder(state: Walk, full: string): Promise<void> {
  const path = relative(state.root, full).split(sep).join('/');
  let real: string;
  try {
    real = await realpath(full);
  } catch (cause) {
    state.entries.push({ path: `${path}/`, outcome: 'unreadable', reason: `folder cannot be resolved (${describeFsError(cause)})` });
    return;
  }
  if (state.visited.has(real)) {
    state.entries.push({ path: `${path}/`, outcome: 'refused', reason: `folder already walked as ${relative(state.rootReal, real).split(sep).join('/') || 'the raw folder itself'} (a symbolic link loop or a second link to it)` });
    return;
  }
  state.visited.add(real);
  await walk(state, full);
}

/**
 * `(name) => join(dir, name)` for the names of `dir`'s listing, with the folder normalised once rather than
 * for every name: a listing's name holds no separator and is never `.` or `..`, so joining it is appending it.
 * (path.join of every name of a 10,000-file folder took 60 ms of a 1 s night, the concatenation 5 ms.)
 */
export function childPathOf(dir: string): (name: string) => string {
  const folder = normalize(dir);
  if (folder === '.' || folder === `.${sep}`) return (name) => name;
  const prefix = folder.endsWith(sep) ? folder : folder + sep;
  return (name) => prefix + name;
}

/**
 * Walks one folder. Policy: hidden entries (name starting with a dot) are skipped; symbolic links are
 * followed when their target stays inside the raw folder and refused when it leaves it or is broken;
 * a folder reached twice (a link to an ancestor) is walked once; sidecars are read with their document,
 * and one whose document is missing is reported; FIFOs, sockets and devices are refused unread.
 */
async function walk(state: Walk, dir: string): Promise<void> {
  const rel = (full: string) => relative(state.root, full).split(sep).join('/');
  // Every entry's path is the folder's plus its name: worked out once per folder, not per entry.
  const base = rel(dir);
  const fullOf = childPathOf(dir);
  let entries: Dirent[];
  try {
    entries = await (dir === state.root && state.rootListing ? state.rootListing : state.fs.readdir(dir));
  } catch (cause) {
    state.entries.push({ path: `${rel(dir) || '.'}/`, outcome: 'unreadable', reason: `folder cannot be listed (${describeFsError(cause)}); its files were not seen` });
    return;
  }
  if (entries.length === 0 && dir !== state.root) state.entries.push({ path: `${rel(dir)}/`, outcome: 'skipped', reason: 'empty folder' });
  const names = new Set(entries.map((e) => e.name));
  for (const entry of [...entries].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    const full = fullOf(entry.name);
    const path = base ? `${base}/${entry.name}` : entry.name;
    if (entry.name.startsWith('.')) {
      const folder = entry.isDirectory();
      state.entries.push({ path: folder ? `${path}/` : path, outcome: 'skipped', reason: `hidden ${folder ? 'folder' : 'file'} (name starts with a dot)` });
      continue;
    }
    let isDir = entry.isDirectory();
    let isFile = entry.isFile();
    if (entry.isSymbolicLink()) {
      let target: string;
      try {
        target = await realpath(full);
      } catch (cause) {
        state.entries.push({ path, outcome: 'refused', reason: `broken symbolic link (${describeFsError(cause)})` });
        continue;
      }
      if (!isInside(state.rootReal, target)) {
        state.entries.push({ path, outcome: 'refused', reason: `symbolic link leads outside the raw folder (to ${target})` });
        continue;
      }
      try {
        const info = await stat(full);
        isDir = info.isDirectory();
        isFile = info.isFile();
      } catch (cause) {
        state.entries.push({ path, outcome: 'unreadable', reason: `symbolic link target cannot be read (${describeFsError(cause)})` });
        continue;
      }
    }
    if (isDir && entry.isSymbolicLink() && !state.walkingLinks) {
      state.folderLinks.push(full);
    } else if (isDir) {
      await walkFolder(state, full);
    } else if (!isFile) {
      state.entries.push({ path, outcome: 'refused', reason: 'not a regular file (FIFO, socket or device); not read' });
    } else if (entry.name.endsWith(SIDECAR_SUFFIX)) {
      if (!names.has(entry.name.slice(0, -SIDECAR_SUFFIX.length))) {
        state.entries.push({ path, outcome: 'skipped', reason: `orphan sidecar: no document ${entry.name.slice(0, -SIDECAR_SUFFIX.length)} beside it` });
      }
    } else {
      state.files.push(full);
      state.paths.set(full, path);
      if (names.has(entry.name + SIDECAR_SUFFIX)) state.withSidecar.add(full);
      if (state.walkingLinks || entry.isSymbolicLink()) state.linked.add(full);
    }
  }
}

/** Reads and checks `<file>.meta.json`; unknown keys are ignored, wrong types are reported, not guessed. */
export function parseSidecar(text: string, currentYear: number = new Date().getUTCFullYear()): { meta: SidecarMeta | null; problem: string | null } {
  let parsed: unknown;
  try {
    // Windows editors (Notepad) save UTF-8 with a byte-order mark, which JSON.parse refuses; it is no content.
    parsed = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (cause) {
    // The parser quotes the bytes it met: control characters (a sidecar of NULs) are shown escaped, not written into the reason.
    const why = (cause as Error).message.replace(/\p{Cc}/gu, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
    return { meta: null, problem: `sidecar is not valid JSON (${why}); provenance ignored` };
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
    // A report is written in or after the year it covers: a year after the next is a typo, not a report.
    if (Number.isInteger(year) && year > currentYear + 1 && year <= 2100) problems.push(`report_year ${year} is in the future (it is ${currentYear} now)`);
    else if (Number.isInteger(year) && year >= 1990 && year <= 2100) meta.report_year = year;
    else problems.push(`report_year "${String(raw.report_year)}" is not a year`);
  }
  const language = text_('language');
  if (language) {
    if (isIso639_1(language.toLowerCase())) meta.language = language.toLowerCase();
    else problems.push(`language "${language}" is not an ISO 639-1 code`);
  }
  return { meta, problem: problems.length > 0 ? `sidecar: ${problems.join('; ')}` : null };
}

/** What a document's sidecar gave: its checked keys, why it could not be used, and its stat when it can be trusted next time. */
interface SidecarReading {
  meta: SidecarMeta | null;
  metaProblem: string | null;
  sidecar: SidecarStat | null;
  /** The stored keys `meta` was parsed from, when the sidecar was trusted (model/raw-file.ts sidecarAsStored). */
  metaJson?: string;
}

const NO_SIDECAR: SidecarReading = { meta: null, metaProblem: null, sidecar: null };

/**
 * The sidecar of the document at `absPath`. One whose size and modification time are those the warehouse
 * last saw (`knownSidecar`) is not read: its stored keys stand for it, as a document's stored digest does.
 * Otherwise it is read and checked; its stat is kept for the next run only when it was usable and modified
 * before this scan began, so that a stored stat always describes bytes that were whole when read (one
 * written in the instant it was read could keep its size and time with other bytes: read again next time).
 */
async function readSidecar(
  fs: DiscoverFs,
  absPath: string,
  path: string,
  options: { currentYear: number; scanStart: number; knownSidecar: DiscoverOptions['knownSidecar'] },
): Promise<SidecarReading> {
  const sidecarPath = absPath + SIDECAR_SUFFIX;
  let info: Stats | null = null;
  try {
    info = statSync(sidecarPath);
  } catch {
    // NOTE: the read below says why (gone since the listing: no sidecar; anything else: unreadable).
  }
  const stat = info?.isFile() ? { sizeBytes: info.size, mtime: info.mtime.toISOString() } : null;
  const stored = info && stat ? (options.knownSidecar?.(path, info.size, info.mtime) ?? null) : null;
  if (stored !== null) return { meta: JSON.parse(stored) as SidecarMeta, metaProblem: null, sidecar: stat, metaJson: stored };
  try {
    const { meta, problem } = parseSidecar((await fs.readFile(sidecarPath)).toString('utf8'), options.currentYear);
    const trusted = info !== null && stat !== null && meta !== null && problem === null && info.mtime.getTime() < options.scanStart;
    return { meta, metaProblem: problem, sidecar: trusted ? stat : null };
  } catch (cause) {
    const code = (cause as NodeJS.ErrnoException).code;
    if (code === 'EISDIR') return { ...NO_SIDECAR, metaProblem: `the sidecar ${path.split('/').pop()}${SIDECAR_SUFFIX} is a folder, not a JSON file; provenance ignored` };
    if (code === 'ENOENT') return NO_SIDECAR;
    return { ...NO_SIDECAR, metaProblem: `sidecar unreadable: ${(cause as Error).message}` };
  }
}

/** What discovery found: the documents to process, and every other entry of the folder with its reason. */
export interface Discovery {
  files: RawFile[];
  entries: FolderEntry[];
}

/**
 * Lists the documents under `rawDir` (recursively, by the policy of `walk`), hashes each, and attaches
 * its sidecar. Sorted by path so runs are deterministic. A file or folder that cannot be read is an
 * entry with its reason, never a failed run.
 */
export async function discoverRawFolder(rawDir: string, options: DiscoverOptions = {}): Promise<Discovery> {
  const fs = options.fs ?? nodeFs;
  const currentYear = options.currentYear ?? new Date().getUTCFullYear();
  const matchers = (options.only ?? []).map((glob) => picomatch(glob, { dot: false }));
  // Before any file is read: a sidecar modified since may have been read half-written (see readSidecar).
  const scanStart = Date.now();
  const rootReal = await realpath(rawDir);
  const state: Walk = { root: rawDir, rootReal, visited: new Set([rootReal]), files: [], rootListing: options.rootListing, linked: new Set(), entries: [], fs, walkingLinks: false, folderLinks: [], paths: new Map(), withSidecar: new Set() };
  await walk(state, rawDir);
  state.walkingLinks = true;
  // Links found while walking the links are walked too; the visited set ends any loop.
  for (let i = 0; i < state.folderLinks.length; i++) await walkFolder(state, state.folderLinks[i] ?? '');
  const files: RawFile[] = [];
  const entries = state.entries;
  for (const absPath of state.files.sort()) {
    const path = state.paths.get(absPath) ?? relative(rawDir, absPath).split(sep).join('/');
    if (matchers.length > 0 && !matchers.some((isMatch) => isMatch(path))) continue;
    let sha256: string;
    let info: Stats;
    try {
      // Synchronous: one stat after another either way, and a night of ten thousand unchanged files is mostly stats.
      info = statSync(absPath);
      // Unchanged size and time: the digest the warehouse holds, without reading the file (as git's index does).
      const known = options.knownHash?.(path, info.size, info.mtime) ?? null;
      sha256 = known ?? createHash('sha256').update(await fs.readFile(absPath)).digest('hex');
    } catch (cause) {
      entries.push({ path, outcome: 'unreadable', reason: `file cannot be read (${describeFsError(cause)})` });
      continue;
    }
    const { meta, metaProblem, sidecar, metaJson } = state.withSidecar.has(absPath)
      ? await readSidecar(fs, absPath, path, { currentYear, scanStart, knownSidecar: options.knownSidecar })
      : NO_SIDECAR;
    files.push({
      path,
      absPath,
      sha256,
      sizeBytes: info.size,
      mtime: info.mtime.toISOString(),
      meta,
      metaProblem,
      sidecar,
      ...(metaJson !== undefined ? { metaJson } : {}),
      ...(state.linked.has(absPath) ? { viaLink: true } : {}),
    });
  }
  entries.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return { files, entries };
}

/** The documents of `discoverRawFolder`, without the other entries. */
export async function discoverRawFiles(rawDir: string, options: DiscoverOptions = {}): Promise<RawFile[]> {
  return (await discoverRawFolder(rawDir, options)).files;
}
