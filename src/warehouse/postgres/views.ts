import { FACT_OWN_COLUMNS } from '../fact-columns.ts';
import { VIEWS } from '../declaration/views.ts';

/**
 * The analysts' views in PostgreSQL's SQL: the same rows, columns and order as SQLite's (migrations 0002 and
 * 0010), which use what only SQLite says. The differences, all here:
 * - `ifnull` is `coalesce`; `a IS b` on values is `a IS NOT DISTINCT FROM b`;
 * - `group_concat` over an ordered subquery is `string_agg(... ORDER BY ...)`;
 * - SQLite's lower() folds ASCII letters only ('États' stays 'États'), PostgreSQL's every letter: the views
 *   fold ASCII only here too, so a question_key or a claim_key is the same string on both;
 * - ORDER BY: SQLite sorts NULLs first and text by its bytes; PostgreSQL NULLs last and text by the
 *   database's locale. The views' ORDER BY says NULLS FIRST and COLLATE "C" (byte order for UTF-8) so an
 *   analyst gets the rows in the same order from both.
 */

/** An ORDER BY key on text, sorted as SQLite sorts it. */
const text = (expression: string): string => `${expression} COLLATE "C" NULLS FIRST`;
/** An ORDER BY key on a number. */
const num = (expression: string): string => `${expression} NULLS FIRST`;
/** lower() as SQLite has it: A-Z only. */
const asciiLower = (expression: string): string => `translate(${expression}, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', 'abcdefghijklmnopqrstuvwxyz')`;
const same = (a: string, b: string): string => `${a} IS NOT DISTINCT FROM ${b}`;

/** The distinct values of `value` in `from` (a FROM ... WHERE ... clause), sorted and joined by `separator`. */
const distinctList = (value: string, from: string, separator: string, kind: 'text' | 'number'): string =>
  `(SELECT string_agg(CAST(listed.v AS TEXT), '${separator}' ORDER BY ${kind === 'text' ? text('listed.v') : num('listed.v')})
      FROM (SELECT DISTINCT ${value} AS v ${from}) AS listed)`;

const currentFacts = Object.keys(FACT_OWN_COLUMNS).map((table) => [
  `current_${table}`,
  `SELECT f.*, d.source_path FROM ${table} f JOIN documents d ON d.document_id = f.document_id WHERE d.status = 'loaded'`,
]);

const LINKABLE = (w: string) =>
  `(${w}.country_iso3 IS NOT NULL AND ${w}.year IS NOT NULL AND ${w}.action IS NOT NULL AND ${w}.category IS NOT NULL AND ${w}.category <> 'other')`;
const CLAIM_KEY = (w: string, st: string) =>
  `CASE WHEN ${LINKABLE(w)}
     THEN ${w}.country_iso3 || '|' || ${w}.year || '|' || ${w}.action || '|' || ${w}.category || '|'
          || coalesce(${w}.agency, 'named:' || ${asciiLower(`trim(${st}.agency_raw)`)}, '-')
     ELSE 'weapon_counts#' || ${w}.count_id END`;
const COUNT_WITH_STATEMENT = (w: string, st: string, d: string) =>
  `weapon_counts ${w} JOIN count_statements ${st} ON ${st}.statement_id = ${w}.statement_id JOIN documents ${d} ON ${d}.document_id = ${w}.document_id`;
const SAME_CLAIM = `${same('s.country_iso3', 'c.country_iso3')} AND ${same('s.year', 'c.year')} AND ${same('s.action', 'c.action')}
       AND ${same('s.category', 'c.category')} AND ${same('s.agency', 'c.agency')} AND ${CLAIM_KEY('s', 'sst')} = c.claim_key AND sd.status = 'loaded'`;
const CLAIM_SOURCES_OF_C = `FROM ${COUNT_WITH_STATEMENT('s', 'sst', 'sd')} WHERE ${SAME_CLAIM}`;
const SUBMISSIONS_OF_L = `FROM current_submissions c WHERE ${same('c.country_iso3', 'l.country_iso3')} AND c.report_year = l.latest_report_year`;

const BODIES: Record<string, string> = {
  current_documents: `SELECT document_id, source_path, logical_key, version, sha256, size_bytes, format, encoding, page_count, kind,
      country_iso3, title, report_year, language, date_raw, date_iso, document_code, source_url, retrieved_at,
      file_mtime, meta_json, status, status_reason, extractor, first_run_id, last_run_id, superseded_by, loaded_at
    FROM documents WHERE status = 'loaded'`,
  ...Object.fromEntries(currentFacts),
  weapons_by_country_year_category: `SELECT w.country_iso3, w.year, w.year_basis, w.action, w.category, w.category_raw, w.parent_category, w.is_total,
      w.quantity, w.approx, w.approx_qualifier, w.agency, w.reported_in, s.reconciliation,
      d.source_path, d.kind AS document_kind, w.line_start, w.line_end, w.page, w.source_text,
      w.count_id, w.statement_id, w.document_id
    FROM weapon_counts w
    JOIN count_statements s ON s.statement_id = w.statement_id
    JOIN documents d ON d.document_id = w.document_id
    WHERE d.status = 'loaded'
    ORDER BY ${text('w.country_iso3')}, ${num('w.year')}, ${text('w.action')}, ${num('w.count_id')}`,
  explosions_with_sources: `WITH located AS (
      SELECT e.*,
        (SELECT min(c.line_start) FROM citations c
         WHERE c.document_id = e.document_id AND c.ref IS NULL AND c.line_start > coalesce(e.line_end, e.line_start)
           AND NOT EXISTS (
             SELECT 1 FROM sections s
             WHERE s.document_id = e.document_id AND s.heading_raw IS NOT NULL
               AND s.line_start > coalesce(e.line_end, e.line_start) AND s.line_start <= c.line_start)) AS source_line
      FROM explosions e
    )
    SELECT l.country_iso3, l.year, l.location, l.owner_raw, l.owner_type, l.owner_sector, l.deaths, l.injuries,
      l.deaths + l.injuries AS casualties, l.table_caption, l.row_number, l.source_line,
      (SELECT string_agg(c.text, ' || ' ORDER BY c.citation_id) FROM citations c
       WHERE c.document_id = l.document_id AND c.ref IS NULL AND c.line_start = l.source_line) AS source_citation,
      (SELECT string_agg(c.url, ' || ' ORDER BY c.citation_id) FROM citations c
       WHERE c.document_id = l.document_id AND c.ref IS NULL AND c.line_start = l.source_line AND c.url IS NOT NULL) AS source_urls,
      d.source_path, l.line_start, l.line_end, l.page, l.source_text, l.explosion_id, l.document_id
    FROM located l JOIN documents d ON d.document_id = l.document_id
    WHERE d.status = 'loaded'
    ORDER BY ${text('l.country_iso3')}, ${num('l.document_id')}, ${num('l.row_number')}`,
  latest_report_submissions: `WITH current_submissions AS (
      SELECT r.*, d.source_path FROM report_submissions r JOIN documents d ON d.document_id = r.document_id
      WHERE d.status = 'loaded'
    ),
    latest AS (
      SELECT country_iso3, max(report_year) AS latest_report_year, min(report_year) AS first_report_year,
             count(DISTINCT report_year) AS report_years_listed
      FROM current_submissions GROUP BY country_iso3
    )
    SELECT l.country_iso3, l.latest_report_year,
      ${distinctList('c.language', SUBMISSIONS_OF_L, ',', 'text')} AS languages,
      l.first_report_year, l.report_years_listed,
      ${distinctList('c.source_path', SUBMISSIONS_OF_L, ',', 'text')} AS source_path,
      (SELECT min(c.line_start) ${SUBMISSIONS_OF_L}) AS line_start,
      (SELECT c.source_text ${SUBMISSIONS_OF_L} ORDER BY ${num('c.line_start')}, c.submission_id LIMIT 1) AS source_text
    FROM latest l
    ORDER BY ${text('l.country_iso3')}`,
  template_answers: `SELECT s.country_iso3, s.topic, s.question,
      ${asciiLower("rtrim(trim(s.question), ': ')")} AS question_key,
      s.answer, CASE WHEN s.answer IS NULL THEN 0 ELSE 1 END AS answered,
      s.source_tag, s.source_report_year, s.source_date_raw, s.source_date_iso,
      d.source_path, d.kind AS document_kind, s.line_start, s.line_end, s.page, s.section_id, s.document_id
    FROM sections s JOIN documents d ON d.document_id = s.document_id
    WHERE d.status = 'loaded' AND s.question IS NOT NULL
    ORDER BY ${text('s.country_iso3')}, ${text('s.topic')}, ${num('s.line_start')}, s.section_id`,
  open_quality_issues: `SELECT q.issue_id, q.severity, q.rule, q.message, q.table_name, q.record_id, q.line_start,
      q.document_id, d.source_path, d.status AS document_status, d.country_iso3, d.kind AS document_kind, q.run_id
    FROM quality_issues q LEFT JOIN documents d ON d.document_id = q.document_id
    WHERE d.status IN ('loaded', 'quarantined', 'skipped')
       OR (q.document_id IS NULL AND q.run_id = (SELECT max(run_id) FROM runs WHERE pipeline <> 'fetch'))
    ORDER BY CASE q.severity WHEN 'error' THEN 0 WHEN 'warning' THEN 1 ELSE 2 END, ${text('d.source_path')}, ${num('q.line_start')}, q.issue_id`,
  claim_sources: `SELECT ${CLAIM_KEY('w', 'st')} AS claim_key,
      CASE WHEN ${LINKABLE('w')} THEN 1 ELSE 0 END AS linkable,
      'weapon_counts' AS fact_table, w.count_id AS fact_id,
      w.country_iso3, w.year, w.year_basis, w.action, w.category, w.agency, st.agency_raw, w.quantity, w.approx, w.is_total,
      w.parent_category, w.category_raw, w.reported_in,
      d.source_path, d.kind AS document_kind, d.format AS document_format, d.language AS document_language,
      d.report_year AS document_report_year,
      w.line_start, w.line_end, w.page, w.source_text, w.count_id, w.statement_id, w.document_id
    FROM ${COUNT_WITH_STATEMENT('w', 'st', 'd')}
    WHERE d.status = 'loaded'
    ORDER BY ${text(`(${CLAIM_KEY('w', 'st')})`)}, w.document_id, w.count_id`,
  claim_view: `WITH claims AS (
      SELECT ${CLAIM_KEY('w', 'st')} AS claim_key, w.country_iso3, w.year, w.action, w.category, w.agency,
        min(w.quantity) AS min_quantity, max(w.quantity) AS max_quantity,
        count(*) AS source_count, count(DISTINCT w.document_id) AS document_count,
        min(d.source_path COLLATE "C") AS first_path, max(d.source_path COLLATE "C") AS last_path,
        min(w.document_id) AS first_document, max(w.document_id) AS last_document,
        min(w.reported_in) AS first_reported_in, max(w.reported_in) AS last_reported_in,
        max(w.approx) AS approx, max(w.is_total) AS is_total,
        max(CASE WHEN w.year_basis = 'inferred' THEN 1 ELSE 0 END) AS year_inferred,
        max(CASE WHEN ${LINKABLE('w')} THEN 1 ELSE 0 END) AS linkable
      FROM ${COUNT_WITH_STATEMENT('w', 'st', 'd')}
      WHERE d.status = 'loaded'
      GROUP BY 1, 2, 3, 4, 5, 6
    )
    SELECT c.claim_key, c.country_iso3, c.year, c.action, c.category, c.agency,
      CASE WHEN c.min_quantity = c.max_quantity THEN c.min_quantity END AS quantity,
      CASE WHEN c.min_quantity = c.max_quantity THEN 0 ELSE 1 END AS sources_disagree,
      CASE WHEN c.min_quantity = c.max_quantity THEN CAST(c.min_quantity AS TEXT) ELSE
        ${distinctList('s.quantity', CLAIM_SOURCES_OF_C, ',', 'number')} END AS quantities,
      c.min_quantity, c.max_quantity, c.source_count, c.document_count,
      CASE WHEN c.first_path = c.last_path THEN c.first_path ELSE
        ${distinctList('sd.source_path', CLAIM_SOURCES_OF_C, ',', 'text')} END AS source_paths,
      CASE WHEN c.first_document = c.last_document THEN CAST(c.first_document AS TEXT) ELSE
        ${distinctList('s.document_id', CLAIM_SOURCES_OF_C, ',', 'number')} END AS document_ids,
      CASE WHEN c.first_reported_in IS NOT DISTINCT FROM c.last_reported_in THEN CAST(c.first_reported_in AS TEXT) ELSE
        ${distinctList('s.reported_in', `${CLAIM_SOURCES_OF_C} AND s.reported_in IS NOT NULL`, ',', 'number')} END AS reported_in_years,
      c.approx, c.is_total, c.year_inferred, c.linkable
    FROM claims c
    ORDER BY ${text('c.country_iso3')}, ${num('c.year')}, ${text('c.action')}, ${text('c.category')}, ${text('c.agency')}, c.first_document, ${text('c.claim_key')}`,
};

/** `CREATE VIEW` statements for every declared view, in declaration order (none reads another view). */
export function postgresViewStatements(): string[] {
  return VIEWS.map((view) => {
    const body = BODIES[view.name];
    if (!body) throw new Error(`no PostgreSQL text for the view ${view.name}`);
    return `CREATE VIEW ${view.name} AS\n${body}`;
  });
}
