import type Database from 'better-sqlite3';
import type { DocumentKind } from '../model/kinds.ts';
import type { DocumentStatus } from '../warehouse/schema.ts';

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
export interface KnownDocument {
  document_id: number;
  source_path: string;
  sha256: string;
  size_bytes: number;
  file_mtime: string | null;
  status: DocumentStatus;
  kind: DocumentKind | null;
  country_iso3: string | null;
  extractor: string | null;
  logical_key: string | null;
  /** The sidecar as read when this version was loaded (a changed sidecar means reading the file again). */
  meta_json: string | null;
  /** When the last run that saw this version started: its file was hashed, or its stat trusted, by then (known-hashes.ts). */
  seen_from: string;
  /** For a document quarantined for a limit: the options of the run that raised its latest over-limit issue (limits changed?). */
  over_limit_options: string | null;
}

export class KnownDocuments {
  /** The latest row of each path, whatever its status (a removed file coming back is recognised by it). */
  readonly latestByPath = new Map<string, KnownDocument>();
  /** The latest row that is not removed, per path and digest (what `findSameVersion` answers). */
  private readonly current = new Map<string, KnownDocument>();

  constructor(rows: readonly KnownDocument[]) {
    // Ordered by id: a later version overwrites an earlier one.
    for (const row of rows) {
      this.latestByPath.set(row.source_path, row);
      if (row.status !== 'removed') this.current.set(`${row.sha256}:${row.source_path}`, row);
    }
  }

  /** The version of `path` with these bytes, unless it is removed (the latest one). */
  sameVersion(path: string, sha256: string): KnownDocument | undefined {
    return this.current.get(`${sha256}:${path}`);
  }

  get size(): number {
    return this.latestByPath.size;
  }
}

/** The one query: every document version with what deciding a file needs of it. */
export function loadKnownDocuments(sqlite: Database.Database): KnownDocuments {
  const rows = sqlite.prepare(`
    SELECT d.document_id, d.source_path, d.sha256, d.size_bytes, d.file_mtime, d.status, d.kind, d.country_iso3, d.extractor,
           d.logical_key, d.meta_json, r.started_at AS seen_from,
           CASE WHEN d.status = 'quarantined' THEN (
             SELECT coalesce(qr.options_json, '{}') FROM quality_issues q JOIN runs qr ON qr.run_id = q.run_id
              WHERE q.document_id = d.document_id AND q.rule = 'over-limit' ORDER BY q.issue_id DESC LIMIT 1
           ) END AS over_limit_options
      FROM documents d JOIN runs r ON r.run_id = d.last_run_id
     ORDER BY d.document_id`).all() as KnownDocument[];
  return new KnownDocuments(rows);
}
