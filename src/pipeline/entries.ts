import type { RawFile } from '../model/raw-file.ts';
import type { FolderEntry } from '../sources/discover.ts';
import type { RunWarehouse } from '../warehouse/run-warehouse.ts';

/** The entries of the raw folder that do not become documents: duplicates set aside, and their record in `run_entries`. */

/**
 * The same bytes under two names are one document: it is loaded once, under the name that already holds
 * it in the warehouse (else the first real path, not through a link, in path order); the other names are recorded as duplicates of it.
 * Rule for two different sidecars on the same bytes: the loaded name's sidecar is used, and the
 * duplicate's entry says that its own sidecar was ignored.
 */
export async function setAsideDuplicates(warehouse: Pick<RunWarehouse, 'statements'>, files: RawFile[]): Promise<{ unique: RawFile[]; duplicates: FolderEntry[] }> {
  // The first file of each digest, and the groups of those that have more than one (usually none: a group
  // is made only when a second file comes, not an array for every file).
  const firstBySha = new Map<string, RawFile>();
  const groups = new Map<string, RawFile[]>();
  for (const file of files) {
    const first = firstBySha.get(file.sha256);
    if (first === undefined) firstBySha.set(file.sha256, file);
    else {
      const group = groups.get(file.sha256);
      if (group) group.push(file);
      else groups.set(file.sha256, [first, file]);
    }
  }
  const duplicates: FolderEntry[] = [];
  if (groups.size === 0) return { unique: files, duplicates };
  const dropped = new Set<RawFile>();
  for (const [sha, group] of groups) {
    const heldPaths = new Set(await warehouse.statements.pathsHoldingBytes(sha));
    const keep = group.find((f) => heldPaths.has(f.path)) ?? group.find((f) => !f.viaLink) ?? group[0];
    if (!keep) continue;
    for (const file of group) {
      if (file === keep) continue;
      dropped.add(file);
      const sidecarNote = JSON.stringify(file.meta) !== JSON.stringify(keep.meta) ? `; its sidecar differs from that of ${keep.path} and is ignored` : '';
      duplicates.push({ path: file.path, outcome: 'duplicate', reason: `same bytes (sha256 ${sha.slice(0, 12)}…) as ${keep.path}, which is loaded once${sidecarNote}` });
    }
  }
  return { unique: files.filter((f) => !dropped.has(f)), duplicates };
}

export async function recordEntries(warehouse: Pick<RunWarehouse, 'db'>, runId: number, entries: readonly FolderEntry[]): Promise<void> {
  if (entries.length === 0) return;
  await warehouse.db.transaction().execute(async (trx) => {
    for (const entry of entries) await trx.insertInto('run_entries').values({ run_id: runId, path: entry.path, outcome: entry.outcome, reason: entry.reason }).execute();
  });
}

