import type { Kysely } from 'kysely';
import type { DiscoverOptions } from '../sources/discover.ts';
import type { WarehouseDatabase } from '../warehouse/schema.ts';

/**
 * What the warehouse knows of the files it has read, so that a night with nothing new reads no file: a file
 * whose path, size and modification time are those of the document last loaded from that path has that
 * document's digest, as git's index trusts a file whose stat has not changed.
 *
 * A file modified in the same instant it was hashed could keep its time and size with other bytes, so, as
 * git does with its racily clean entries, a file whose modification time is not older than the start of the
 * run that hashed it is hashed again. `--rehash` (or `rehash`) hashes every file, for a file system whose
 * times cannot be trusted or after bytes were changed with their time put back.
 */
export async function knownHashes(db: Kysely<WarehouseDatabase>, options: { rehash?: boolean } = {}): Promise<NonNullable<DiscoverOptions['knownHash']>> {
  if (options.rehash) return () => null;
  // One query; a later version of a path overwrites an earlier one (ordered by id).
  const rows = await db
    .selectFrom('documents')
    .innerJoin('runs', 'runs.run_id', 'documents.first_run_id')
    .select(['documents.source_path', 'documents.size_bytes', 'documents.file_mtime', 'documents.sha256', 'runs.started_at'])
    .orderBy('documents.document_id')
    .execute();
  const byPath = new Map<string, { size: number; mtime: string; sha256: string; hashedFrom: string }>();
  for (const row of rows) {
    if (row.file_mtime === null) continue;
    byPath.set(row.source_path, { size: row.size_bytes, mtime: row.file_mtime, sha256: row.sha256, hashedFrom: row.started_at });
  }
  return (path, sizeBytes, mtime) => {
    const known = byPath.get(path);
    if (!known || known.size !== sizeBytes || known.mtime !== mtime.toISOString()) return null;
    // Racily clean: changed in the instant it was hashed, it would look the same. Hash it again.
    if (mtime.getTime() >= Date.parse(known.hashedFrom)) return null;
    return known.sha256;
  };
}
