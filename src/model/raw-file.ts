import type { SidecarMeta } from './kinds.ts';

/**
 * One file under the raw folder, hashed, with its sidecar if it has one. Sources find them
 * (src/sources/discover.ts); classification and the warehouse read them, so the type lives here.
 */
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
  /**
   * The sidecar's size and modification time when `meta` was taken from it; absent or null without a usable
   * sidecar (none, or a broken one: read again every run). Stored with the document so that the next run
   * trusts an unchanged sidecar without reading it (sources/discover.ts).
   */
  sidecar?: SidecarStat | null;
  /** `meta` as the warehouse stores it, when discovery took it from there (a trusted sidecar): not stringified again per file. */
  metaJson?: string;
  /** True when the path goes through a symbolic link (the same bytes have a real path too, preferred). */
  viaLink?: boolean;
}

/** A sidecar's size in bytes and modification time (ISO 8601 UTC), as `documents.sidecar_size` and `sidecar_mtime` keep them. */
export interface SidecarStat {
  sizeBytes: number;
  mtime: string;
}

/** When a file was retrieved: the sidecar's `retrieved_at`, else the file's modification time. */
export function retrievedAt(file: RawFile): string {
  return file.meta?.retrieved_at ?? file.mtime;
}

/** The sidecar as the warehouse stores it (`documents.meta_json`): its checked keys as JSON, or null without one. */
export function sidecarAsStored(file: Pick<RawFile, 'meta' | 'metaJson'>): string | null {
  if (file.metaJson !== undefined) return file.metaJson;
  return file.meta ? JSON.stringify(file.meta) : null;
}

/**
 * Whether a file's sidecar says something else than when its version was loaded (`meta_json`): the same bytes
 * are then read again, since the sidecar decides the kind, the country, the report year and the version order
 * (an operator fixing a sidecar's country expects the next run to follow it).
 */
export function sidecarChanged(file: Pick<RawFile, 'meta' | 'metaJson'>, storedMetaJson: string | null): boolean {
  return sidecarAsStored(file) !== storedMetaJson;
}
