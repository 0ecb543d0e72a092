import type { DiscoverOptions } from '../sources/discover.ts';
import type { RunWarehouse } from '../warehouse/run-warehouse.ts';
import { type KnownDocuments, loadKnownDocuments } from './known-documents.ts';

/**
 * What the warehouse knows of the files it has read, so that a night with nothing new reads no file: a file
 * whose path, size and modification time are those of the document last loaded from that path has that
 * document's digest, as git's index trusts a file whose stat has not changed.
 *
 * A file modified in the same instant it was hashed could keep its time and size with other bytes, so, as
 * git does with its racily clean entries, a file whose modification time is not older than the start of the
 * last run that saw it is hashed again. That run hashed the file, or trusted its stat because the time was
 * older than the start of the run before, and so on back to the run that hashed it: a time older than the
 * start of the last run is older than that of the run that hashed it. (The last run, not the first: a file
 * touched without a change of bytes gets its new time recorded by the run that hashed it, see
 * process-document.ts, and must not be racily clean for ever after.) `--rehash` (or `rehash`) hashes every
 * file, for a file system whose times cannot be trusted or after bytes were changed with their time put back.
 */
export function knownHashesFrom(known: KnownDocuments, options: { rehash?: boolean } = {}): NonNullable<DiscoverOptions['knownHash']> {
  if (options.rehash) return () => null;
  return (path, sizeBytes, mtime) => {
    const latest = known.latestByPath.get(path);
    if (!latest || latest.file_mtime === null || latest.size_bytes !== sizeBytes || latest.file_mtime !== mtime.toISOString()) return null;
    // Racily clean: changed in the instant it was hashed, it would look the same. Hash it again.
    if (mtime.getTime() >= Date.parse(latest.seen_from)) return null;
    return latest.sha256;
  };
}

/**
 * A document's sidecar as the warehouse keeps it (`meta_json`), when the sidecar's size and modification time are
 * those recorded with the latest version of its path: it is then not read, by the rule a document's digest is
 * trusted by (racily clean: a time not older than the start of the last run that saw it is read again). Discovery
 * records a sidecar's stat only when it was usable (a broken one is read every run, so its issue is raised
 * whenever its document is read). The stored keys are what the code of the run that last saw the sidecar made of
 * it: a run of other code (`codeVersion`: a new release or commit, whose rules for sidecars may differ) reads every
 * sidecar once. `--rehash` reads every sidecar.
 */
export function knownSidecarsFrom(known: KnownDocuments, options: { codeVersion: string; rehash?: boolean }): NonNullable<DiscoverOptions['knownSidecar']> {
  if (options.rehash) return () => null;
  return (path, sizeBytes, mtime) => {
    const latest = known.latestByPath.get(path);
    if (!latest || latest.seen_by_code !== options.codeVersion || latest.meta_json === null || latest.sidecar_mtime === null || latest.sidecar_size !== sizeBytes || latest.sidecar_mtime !== mtime.toISOString()) return null;
    if (mtime.getTime() >= Date.parse(latest.seen_from)) return null;
    return latest.meta_json;
  };
}

/** knownHashesFrom over what the warehouse knows now (one query). */
export async function knownHashes(warehouse: Pick<RunWarehouse, 'statements'>, options: { rehash?: boolean } = {}): Promise<NonNullable<DiscoverOptions['knownHash']>> {
  if (options.rehash) return () => null;
  return knownHashesFrom(await loadKnownDocuments(warehouse), options);
}
