import type { Kysely } from 'kysely';
import type { DocumentKind } from '../model/kinds.ts';
import type { RawFile } from '../model/raw-file.ts';
import { markRemoved } from './loader.ts';
import type { RemovalLimits } from './removal-limits.ts';
import type { WarehouseDatabase } from './schema.ts';

/**
 * The removal guard and the return of removed files. A share that is not mounted looks like an empty
 * raw folder: without a guard the nightly run would mark every document removed and empty the views.
 */

/** A current document whose file is gone from the raw folder. */
export interface GoneDocument {
  document_id: number;
  source_path: string;
}

/** Documents the run would mark removed (their file is gone), and how many are current: one scan of the current documents. */
export async function removalCandidates(
  db: Kysely<WarehouseDatabase>,
  presentPaths: ReadonlySet<string>,
  kinds: readonly (DocumentKind | null)[] | null,
): Promise<{ gone: GoneDocument[]; current: number }> {
  const candidates = (await db.selectFrom('documents').select(['document_id', 'source_path', 'kind']).where('status', 'in', ['loaded', 'quarantined', 'skipped']).execute())
    .filter((d) => kinds === null || kinds.includes(d.kind));
  const gone = candidates.filter((d) => !presentPaths.has(d.source_path)).map(({ document_id, source_path }) => ({ document_id, source_path }));
  return { gone, current: candidates.length };
}

/**
 * Why the removals must wait for the operator's confirmation, or null when they may go ahead: the raw
 * folder is missing or empty while documents are current, or the removals exceed both limits.
 */
export function removalRefusal(gone: number, current: number, filesSeen: number, rawFolderMissing: boolean, limits: RemovalLimits): string | null {
  if (gone === 0 || limits.allowRemovals) return null;
  const confirm = 'nothing was removed; if the files were really taken away, run again with --allow-removals (limits: --max-removals, --max-removal-share)';
  if (rawFolderMissing) return `the raw folder is missing while ${current} document(s) are current (a share not mounted?); ${confirm}`;
  if (filesSeen === 0) return `the raw folder is empty while ${current} document(s) are current (a share not mounted?); ${confirm}`;
  if (gone > limits.maxRemovals && gone > current * limits.maxRemovalShare) {
    return `the run would remove ${gone} of ${current} current documents (more than ${limits.maxRemovals} and more than ${Math.round(limits.maxRemovalShare * 100)}%); ${confirm}`;
  }
  return null;
}

/**
 * A file that comes back with the bytes it had when it was removed is the same version again: its row
 * goes back to `loaded`, with its ids, so citations of its facts work again. Only a loaded version
 * (one with a logical document) comes back, and only when no other version of it has become current.
 * Returns the document id revived, or null.
 */
export async function reviveReturnedFile(db: Kysely<WarehouseDatabase>, runId: number, file: RawFile): Promise<number | null> {
  return db.transaction().execute(async (trx) => {
    const latest = await trx.selectFrom('documents').select(['document_id', 'status', 'sha256', 'logical_key'])
      .where('source_path', '=', file.path).orderBy('document_id', 'desc').executeTakeFirst();
    if (latest?.status !== 'removed' || latest.sha256 !== file.sha256 || latest.logical_key === null) return null;
    const current = await trx.selectFrom('documents').select(['document_id']).where('logical_key', '=', latest.logical_key)
      .where('status', '=', 'loaded').executeTakeFirst();
    if (current) return null;
    await trx.updateTable('documents').set({ status: 'loaded', status_reason: `its file came back with the same bytes in run ${runId}`, last_run_id: runId })
      .where('document_id', '=', latest.document_id).execute();
    return latest.document_id;
  });
}

/** Marks the documents whose file is gone removed, unless the guard refuses: then none is, and the refusal says why. */
export async function applyRemovals(
  db: Kysely<WarehouseDatabase>,
  runId: number,
  presentPaths: ReadonlySet<string>,
  kinds: readonly (DocumentKind | null)[] | null,
  folder: { filesSeen: number; rawFolderMissing: boolean },
  limits: RemovalLimits,
): Promise<{ removed: number[]; refused: number; refusal: string | null }> {
  const { gone, current } = await removalCandidates(db, presentPaths, kinds);
  const refusal = removalRefusal(gone.length, current, folder.filesSeen, folder.rawFolderMissing, limits);
  if (refusal) return { removed: [], refused: gone.length, refusal };
  return { removed: await markRemoved(db, runId, gone), refused: 0, refusal: null };
}
