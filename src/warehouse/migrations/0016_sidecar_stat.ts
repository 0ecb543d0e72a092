import { type Kysely, sql } from 'kysely';

/**
 * `documents.sidecar_size` and `documents.sidecar_mtime`: the size and modification time of the file's
 * `.meta.json` sidecar when a run last read it (or trusted it), NULL without a sidecar or with one that could
 * not be used. A night with nothing new then trusts a sidecar whose stat has not changed, as it trusts the
 * file's own (size_bytes, file_mtime), and takes `meta_json` instead of reading and parsing it again
 * (pipeline/known-hashes.ts, sources/discover.ts).
 */

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql.raw('ALTER TABLE documents ADD COLUMN sidecar_size INTEGER').execute(db);
  await sql.raw('ALTER TABLE documents ADD COLUMN sidecar_mtime TEXT').execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql.raw('ALTER TABLE documents DROP COLUMN sidecar_mtime').execute(db);
  await sql.raw('ALTER TABLE documents DROP COLUMN sidecar_size').execute(db);
}
