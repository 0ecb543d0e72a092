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
  /** True when the path goes through a symbolic link (the same bytes have a real path too, preferred). */
  viaLink?: boolean;
}

/** When a file was retrieved: the sidecar's `retrieved_at`, else the file's modification time. */
export function retrievedAt(file: RawFile): string {
  return file.meta?.retrieved_at ?? file.mtime;
}
