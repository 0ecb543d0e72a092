import { type Kysely, sql } from 'kysely';

/**
 * `template_answers` in a total order: it was ordered by country, topic and line only, so the questions of two
 * documents of one country and topic on the same line came in whatever order the database chose (SQLite's and
 * PostgreSQL's differ). The section id settles it, on both backends (postgres/views.ts has the same order).
 */

const BODY = `SELECT s.country_iso3, s.topic, s.question,
          lower(rtrim(trim(s.question), ': ')) AS question_key,
          s.answer, CASE WHEN s.answer IS NULL THEN 0 ELSE 1 END AS answered,
          s.source_tag, s.source_report_year, s.source_date_raw, s.source_date_iso,
          d.source_path, d.kind AS document_kind, s.line_start, s.line_end, s.page, s.section_id, s.document_id
   FROM sections s JOIN documents d ON d.document_id = s.document_id
   WHERE d.status = 'loaded' AND s.question IS NOT NULL`;

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql.raw('DROP VIEW template_answers').execute(db);
  await sql.raw(`CREATE VIEW template_answers AS\n   ${BODY}\n   ORDER BY s.country_iso3, s.topic, s.line_start, s.section_id`).execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql.raw('DROP VIEW template_answers').execute(db);
  await sql.raw(`CREATE VIEW template_answers AS\n   ${BODY}\n   ORDER BY s.country_iso3, s.topic, s.line_start`).execute(db);
}
