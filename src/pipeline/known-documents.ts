import type { KnownDocument, RunWarehouse } from '../warehouse/run-warehouse.ts';

/**
 * What the warehouse knows of every document version, loaded with one query at the start of a run, so
 * that a night with nothing new decides each file in memory (process-document.ts `decide`) instead of
 * asking the warehouse three or four questions per file.
 *
 * The snapshot stays true while the run goes on for what it is used for: the row of a (path, bytes) is
 * only changed by processing that path, which the run does once, and a superseded or revived row keeps
 * the kind and extractor the decision reads. Whatever the snapshot cannot settle (a removed file back,
 * a file never seen) is decided by the warehouse itself, as before.
 */
export type { KnownDocument };

export class KnownDocuments {
  /** The latest row of each path, whatever its status (a removed file coming back is recognised by it). */
  readonly latestByPath = new Map<string, KnownDocument>();
  /**
   * The latest row that is not removed, per path and then digest (what `findSameVersion` answers). Keyed by the
   * path itself, not a string made of path and digest: a string's hash is worked out once and kept, and a key
   * built for each lookup is a new string to hash (a fifth of a no-op night's deciding over 10,000 files).
   */
  private readonly current = new Map<string, KnownDocument | Map<string, KnownDocument>>();

  constructor(rows: readonly KnownDocument[]) {
    // Ordered by id: a later version overwrites an earlier one.
    for (const row of rows) this.add(row);
  }

  private add(row: KnownDocument): void {
    this.latestByPath.set(row.source_path, row);
    if (row.status === 'removed') return;
    const held = this.current.get(row.source_path);
    if (held === undefined || (!(held instanceof Map) && held.sha256 === row.sha256)) this.current.set(row.source_path, row);
    else if (held instanceof Map) held.set(row.sha256, row);
    else this.current.set(row.source_path, new Map([[held.sha256, held], [row.sha256, row]]));
  }

  /**
   * What the warehouse holds now for `path` (`rows`, in id order), in place of what the run's snapshot held, for
   * deciding the file with these bytes again: on a shared warehouse another process may have loaded it since.
   */
  refresh(path: string, sha256: string, rows: readonly KnownDocument[]): void {
    const held = this.current.get(path);
    if (held instanceof Map) held.delete(sha256);
    else if (held?.sha256 === sha256) this.current.delete(path);
    this.latestByPath.delete(path);
    for (const row of rows) this.add(row);
  }

  /** The version of `path` with these bytes, unless it is removed (the latest one). */
  sameVersion(path: string, sha256: string): KnownDocument | undefined {
    const held = this.current.get(path);
    if (held instanceof Map) return held.get(sha256);
    return held?.sha256 === sha256 ? held : undefined;
  }

  get size(): number {
    return this.latestByPath.size;
  }
}

/** The one query: every document version with what deciding a file needs of it. */
export async function loadKnownDocuments(warehouse: Pick<RunWarehouse, 'statements'>): Promise<KnownDocuments> {
  return new KnownDocuments(await warehouse.statements.knownDocuments());
}
