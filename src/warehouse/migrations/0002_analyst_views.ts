import { type Kysely, sql } from 'kysely';

/**
 * The analyst's side of the warehouse: the `dictionary` table and views over current data (documents
 * with status 'loaded': superseded, removed, quarantined and skipped versions left out).
 *
 * The views use only SQL that old SQLite builds understand (no `->>`, no ORDER BY inside aggregates),
 * because analysts open the file with whatever sqlite3 shell, Python or R they have.
 * The dictionary rows are written by `syncDictionary` after every upgrade (see openWarehouse), since the
 * dictionary is documentation of the live schema, not part of it.
 */

const CURRENT_FACT_TABLES = [
  'explosions', 'diversions', 'tallies', 'sections', 'citations', 'count_statements', 'weapon_counts',
  'report_submissions', 'meeting_statements',
] as const;

const STATEMENTS = [
  `CREATE TABLE dictionary (
    object_name  TEXT    NOT NULL,
    object_type  TEXT    NOT NULL CHECK (object_type IN ('table', 'view')),
    column_name  TEXT,
    position     INTEGER NOT NULL,
    data_type    TEXT,
    meaning      TEXT    NOT NULL,
    unit         TEXT,
    vocabulary   TEXT,
    example      TEXT
  )`,
  `CREATE UNIQUE INDEX dictionary_by_name ON dictionary(object_name, ifnull(column_name, ''))`,

  `CREATE VIEW current_documents AS
   SELECT document_id, source_path, logical_key, version, sha256, size_bytes, format, encoding, page_count, kind,
          country_iso3, title, report_year, language, date_raw, date_iso, document_code, source_url, retrieved_at,
          file_mtime, meta_json, status, status_reason, extractor, first_run_id, last_run_id, superseded_by, loaded_at
   FROM documents
   WHERE status = 'loaded'`,

  ...CURRENT_FACT_TABLES.map(
    (table) => `CREATE VIEW current_${table} AS
   SELECT f.*, d.source_path
   FROM ${table} f JOIN documents d ON d.document_id = f.document_id
   WHERE d.status = 'loaded'`,
  ),

  `CREATE VIEW weapons_by_country_year_category AS
   SELECT w.country_iso3, w.year, w.year_basis, w.action, w.category, w.category_raw, w.parent_category, w.is_total,
          w.quantity, w.approx, w.approx_qualifier, w.agency, w.reported_in, s.reconciliation,
          d.source_path, d.kind AS document_kind, w.line_start, w.line_end, w.page, w.source_text,
          w.count_id, w.statement_id, w.document_id
   FROM weapon_counts w
   JOIN count_statements s ON s.statement_id = w.statement_id
   JOIN documents d ON d.document_id = w.document_id
   WHERE d.status = 'loaded'
   ORDER BY w.country_iso3, w.year, w.action, w.count_id`,

  // The Source line of a table is the first work cited with no footnote number after the row, with no
  // section heading in between (a later section's Source line belongs to that section's table).
  `CREATE VIEW explosions_with_sources AS
   WITH located AS (
     SELECT e.*,
       (SELECT min(c.line_start) FROM citations c
        WHERE c.document_id = e.document_id AND c.ref IS NULL AND c.line_start > ifnull(e.line_end, e.line_start)
          AND NOT EXISTS (
            SELECT 1 FROM sections s
            WHERE s.document_id = e.document_id AND s.heading_raw IS NOT NULL
              AND s.line_start > ifnull(e.line_end, e.line_start) AND s.line_start <= c.line_start)) AS source_line
     FROM explosions e
   )
   SELECT l.country_iso3, l.year, l.location, l.owner_raw, l.owner_type, l.owner_sector, l.deaths, l.injuries,
          l.deaths + l.injuries AS casualties, l.table_caption, l.row_number,
          l.source_line,
          (SELECT group_concat(text, ' || ') FROM (
             SELECT c.text FROM citations c
             WHERE c.document_id = l.document_id AND c.ref IS NULL AND c.line_start = l.source_line
             ORDER BY c.citation_id)) AS source_citation,
          (SELECT group_concat(url, ' || ') FROM (
             SELECT c.url FROM citations c
             WHERE c.document_id = l.document_id AND c.ref IS NULL AND c.line_start = l.source_line AND c.url IS NOT NULL
             ORDER BY c.citation_id)) AS source_urls,
          d.source_path, l.line_start, l.line_end, l.page, l.source_text, l.explosion_id, l.document_id
   FROM located l JOIN documents d ON d.document_id = l.document_id
   WHERE d.status = 'loaded'
   ORDER BY l.country_iso3, l.document_id, l.row_number`,

  `CREATE VIEW latest_report_submissions AS
   WITH current_submissions AS (
     SELECT r.*, d.source_path FROM report_submissions r JOIN documents d ON d.document_id = r.document_id
     WHERE d.status = 'loaded'
   ),
   latest AS (
     SELECT country_iso3, max(report_year) AS latest_report_year, min(report_year) AS first_report_year,
            count(DISTINCT report_year) AS report_years_listed
     FROM current_submissions GROUP BY country_iso3
   )
   SELECT l.country_iso3, l.latest_report_year,
          (SELECT group_concat(language, ',') FROM (
             SELECT DISTINCT c.language FROM current_submissions c
             WHERE c.country_iso3 IS l.country_iso3 AND c.report_year = l.latest_report_year ORDER BY c.language)) AS languages,
          l.first_report_year, l.report_years_listed,
          (SELECT group_concat(source_path, ',') FROM (
             SELECT DISTINCT c.source_path FROM current_submissions c
             WHERE c.country_iso3 IS l.country_iso3 AND c.report_year = l.latest_report_year ORDER BY c.source_path)) AS source_path,
          (SELECT min(c.line_start) FROM current_submissions c
           WHERE c.country_iso3 IS l.country_iso3 AND c.report_year = l.latest_report_year) AS line_start,
          (SELECT c.source_text FROM current_submissions c
           WHERE c.country_iso3 IS l.country_iso3 AND c.report_year = l.latest_report_year
           ORDER BY c.line_start, c.submission_id LIMIT 1) AS source_text
   FROM latest l
   ORDER BY l.country_iso3`,

  `CREATE VIEW template_answers AS
   SELECT s.country_iso3, s.topic, s.question,
          lower(rtrim(trim(s.question), ': ')) AS question_key,
          s.answer, CASE WHEN s.answer IS NULL THEN 0 ELSE 1 END AS answered,
          s.source_tag, s.source_report_year, s.source_date_raw, s.source_date_iso,
          d.source_path, d.kind AS document_kind, s.line_start, s.line_end, s.page, s.section_id, s.document_id
   FROM sections s JOIN documents d ON d.document_id = s.document_id
   WHERE d.status = 'loaded' AND s.question IS NOT NULL
   ORDER BY s.country_iso3, s.topic, s.line_start`,

  `CREATE VIEW open_quality_issues AS
   SELECT q.issue_id, q.severity, q.rule, q.message, q.table_name, q.record_id, q.line_start,
          q.document_id, d.source_path, d.status AS document_status, d.country_iso3, d.kind AS document_kind, q.run_id
   FROM quality_issues q LEFT JOIN documents d ON d.document_id = q.document_id
   WHERE d.status IN ('loaded', 'quarantined', 'skipped')
      OR (q.document_id IS NULL AND q.run_id = (SELECT max(run_id) FROM runs))
   ORDER BY CASE q.severity WHEN 'error' THEN 0 WHEN 'warning' THEN 1 ELSE 2 END, d.source_path, q.line_start, q.issue_id`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of STATEMENTS) await sql.raw(statement).execute(db);
}
