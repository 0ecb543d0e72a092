import type { RunCounters } from './run-warehouse.ts';

/**
 * The run's questions both backends ask in the same words (sqlite-run-statements.ts and
 * postgres/run-statements.ts add their placeholders, lists and orders to them).
 */

/** The one query of known-documents.ts: every document version with what deciding a file needs of it. */
export const KNOWN_DOCUMENTS = `
    SELECT d.document_id, d.source_path, d.sha256, d.size_bytes, d.file_mtime, d.status, d.kind, d.country_iso3, d.extractor,
           d.logical_key, d.meta_json, d.sidecar_size, d.sidecar_mtime, r.started_at AS seen_from,
           r.code_version AS seen_by_code,
           CASE WHEN d.status = 'quarantined' THEN (
             SELECT coalesce(qr.options_json, '{}') FROM quality_issues q JOIN runs qr ON qr.run_id = q.run_id
              WHERE q.document_id = d.document_id AND q.rule = 'over-limit' ORDER BY q.issue_id DESC LIMIT 1
           ) END AS over_limit_options
      FROM documents d JOIN runs r ON r.run_id = d.last_run_id`;

/**
 * KNOWN_DOCUMENTS less its join: the run that last saw each version as its id, for a backend that looks the
 * runs up with a query of their own (sqlite-run-statements.ts). On SQLite the join gave every row two strings
 * of its own, the same few over and over, all kept to the run's end.
 */
export const KNOWN_DOCUMENT_ROWS = `
    SELECT d.document_id, d.source_path, d.sha256, d.size_bytes, d.file_mtime, d.status, d.kind, d.country_iso3, d.extractor,
           d.logical_key, d.meta_json, d.sidecar_size, d.sidecar_mtime, d.last_run_id,
           CASE WHEN d.status = 'quarantined' THEN (
             SELECT coalesce(qr.options_json, '{}') FROM quality_issues q JOIN runs qr ON qr.run_id = q.run_id
              WHERE q.document_id = d.document_id AND q.rule = 'over-limit' ORDER BY q.issue_id DESC LIMIT 1
           ) END AS over_limit_options
      FROM documents d`;

/** A table's current rows: all rows less those of documents not loaded (usually few), each counted through the document_id index. */
export const currentRowsSql = (table: string): string =>
  `SELECT (SELECT count(*) FROM ${table}) - (SELECT count(*) FROM ${table} WHERE document_id IN (SELECT document_id FROM documents WHERE status != 'loaded')) AS n`;

export const counterValues = (c: RunCounters): number[] => [c.documentsSeen, c.documentsLoaded, c.documentsSkipped, c.documentsQuarantined, c.documentsReextracted, c.recordsLoaded];
