import { type Kysely, sql } from 'kysely';

/**
 * Claims: the same figure stated by several documents. A PoA page quotes the national report's numbers
 * ("(National Report, 2005)"), a report is loaded in English and in Russian, or as text and as PDF: each
 * document's weapon count is a row of its own, and summing the rows counts one seizure two or three times.
 * A claim is what a weapon count states, whoever states it: the country, the year, the action, the weapon
 * category and the agency; the quantity is what its sources say of it, and they may disagree.
 *
 * Which facts carry claims: `weapon_counts` only. Every number of a count statement is a weapon count
 * (its total too, as the row with is_total = 1), so `count_statements.total` would state each total twice;
 * PoA pages' quoted figures are count statements of their own. Explosions and diversions are incidents
 * (two equal rows are two events, DOMAIN.md) and tallies count incidents over periods: telling the same
 * incident in two documents apart from two incidents is another question, not answered here.
 *
 * A weapon count is linked to others only when its country, year, action and category are known and the
 * category is a named one (`other` is "another category, named in category_raw": two of them need not be
 * the same weapons). No agency named is a value (`-`: two statements naming none state the same claim); an
 * agency named in words the vocabulary has no code for is keyed by those words, lower-cased
 * (`named:state forestry agency`), so it is never taken for "no agency" (the Kenya Forest Service's 96
 * firearms are not the police's 1,530) and links only with the same words. An unknown field is no value:
 * such a count stands alone, as a claim keyed by its own id (`weapon_counts#<id>`), so that summing claims
 * still counts it once and never merges it with a guess.
 *
 * NOTE: computed as views, not stored. A claim is a function of the current facts: a stored copy would
 * have to be kept in step by every change of a document's status (load, supersession, removal, a file
 * coming back, quarantine) and by every interrupted run, in or out of the document's transaction. As views
 * the claims cannot drift from the facts: a document loads all or nothing as before, a re-run gives the same
 * claims because it gives the same facts, and a superseded or removed document's counts drop out of the
 * claims exactly as they drop out of the other current views. The claim's identity is its key, written from
 * the normalised fields (`KAZ|2005|seized|smoothbore|-`), so it is the same in every warehouse built from the
 * same documents, with no surrogate id to hand out. It stays fast: one grouping of the current weapon counts,
 * and the lists of a claim's values and documents read through an index on the key's fields, only for claims
 * whose sources differ (measured: 1.7 s of CPU for the whole view over 100,000 weapon counts in 14,000
 * claims, sqlite3 3.40; tests/warehouse/claims.test.ts checks that the plan reads the lists through the index).
 */

/** True when a weapon count `w` can be linked to others: every field of its claim known, and a named category. */
const LINKABLE = (w: string) =>
  `(${w}.country_iso3 IS NOT NULL AND ${w}.year IS NOT NULL AND ${w}.action IS NOT NULL AND ${w}.category IS NOT NULL AND ${w}.category <> 'other')`;

/**
 * The claim key of weapon count `w` of statement `st`: its normalised fields (the agency's code, else `named:`
 * and the words naming it, else `-` for no agency named), or its own id when it stands alone.
 */
const CLAIM_KEY = (w: string, st: string) =>
  `CASE WHEN ${LINKABLE(w)}
     THEN ${w}.country_iso3 || '|' || ${w}.year || '|' || ${w}.action || '|' || ${w}.category || '|'
          || coalesce(${w}.agency, 'named:' || lower(trim(${st}.agency_raw)), '-')
     ELSE 'weapon_counts#' || ${w}.count_id END`;

/** A weapon count `w` with its statement `st` and its document `d`. */
const COUNT_WITH_STATEMENT = (w: string, st: string, d: string) =>
  `weapon_counts ${w} JOIN count_statements ${st} ON ${st}.statement_id = ${w}.statement_id JOIN documents ${d} ON ${d}.document_id = ${w}.document_id`;

/** Weapon counts `s` of current documents stating the claim of row `c` (the index's fields first, so it is used). */
const SAME_CLAIM = `s.country_iso3 IS c.country_iso3 AND s.year IS c.year AND s.action IS c.action AND s.category IS c.category
       AND s.agency IS c.agency AND ${CLAIM_KEY('s', 'sst')} = c.claim_key AND sd.status = 'loaded'`;

const STATEMENTS = [
  'CREATE INDEX weapon_counts_by_claim ON weapon_counts(country_iso3, year, action, category, agency)',

  `CREATE VIEW claim_sources AS
   SELECT ${CLAIM_KEY('w', 'st')} AS claim_key,
          CASE WHEN ${LINKABLE('w')} THEN 1 ELSE 0 END AS linkable,
          'weapon_counts' AS fact_table, w.count_id AS fact_id,
          w.country_iso3, w.year, w.year_basis, w.action, w.category, w.agency, st.agency_raw, w.quantity, w.approx, w.is_total,
          w.parent_category, w.category_raw, w.reported_in,
          d.source_path, d.kind AS document_kind, d.format AS document_format, d.language AS document_language,
          d.report_year AS document_report_year,
          w.line_start, w.line_end, w.page, w.source_text, w.count_id, w.statement_id, w.document_id
   FROM ${COUNT_WITH_STATEMENT('w', 'st', 'd')}
   WHERE d.status = 'loaded'
   ORDER BY claim_key, w.document_id, w.count_id`,

  // A list is read through the index only when the claim's sources differ in it: most claims have one source.
  `CREATE VIEW claim_view AS
   WITH claims AS (
     SELECT ${CLAIM_KEY('w', 'st')} AS claim_key, w.country_iso3, w.year, w.action, w.category, w.agency,
            min(w.quantity) AS min_quantity, max(w.quantity) AS max_quantity,
            count(*) AS source_count, count(DISTINCT w.document_id) AS document_count,
            min(d.source_path) AS first_path, max(d.source_path) AS last_path,
            min(w.document_id) AS first_document, max(w.document_id) AS last_document,
            min(w.reported_in) AS first_reported_in, max(w.reported_in) AS last_reported_in,
            max(w.approx) AS approx, max(w.is_total) AS is_total,
            max(CASE WHEN w.year_basis = 'inferred' THEN 1 ELSE 0 END) AS year_inferred,
            max(CASE WHEN ${LINKABLE('w')} THEN 1 ELSE 0 END) AS linkable
     FROM ${COUNT_WITH_STATEMENT('w', 'st', 'd')}
     WHERE d.status = 'loaded'
     GROUP BY 1
   )
   SELECT c.claim_key, c.country_iso3, c.year, c.action, c.category, c.agency,
          CASE WHEN c.min_quantity = c.max_quantity THEN c.min_quantity END AS quantity,
          CASE WHEN c.min_quantity = c.max_quantity THEN 0 ELSE 1 END AS sources_disagree,
          CASE WHEN c.min_quantity = c.max_quantity THEN CAST(c.min_quantity AS TEXT) ELSE
            (SELECT group_concat(quantity, ',') FROM (
               SELECT DISTINCT s.quantity FROM ${COUNT_WITH_STATEMENT('s', 'sst', 'sd')}
               WHERE ${SAME_CLAIM} ORDER BY s.quantity)) END AS quantities,
          c.min_quantity, c.max_quantity, c.source_count, c.document_count,
          CASE WHEN c.first_path = c.last_path THEN c.first_path ELSE
            (SELECT group_concat(source_path, ',') FROM (
               SELECT DISTINCT sd.source_path FROM ${COUNT_WITH_STATEMENT('s', 'sst', 'sd')}
               WHERE ${SAME_CLAIM} ORDER BY sd.source_path)) END AS source_paths,
          CASE WHEN c.first_document = c.last_document THEN CAST(c.first_document AS TEXT) ELSE
            (SELECT group_concat(document_id, ',') FROM (
               SELECT DISTINCT s.document_id FROM ${COUNT_WITH_STATEMENT('s', 'sst', 'sd')}
               WHERE ${SAME_CLAIM} ORDER BY s.document_id)) END AS document_ids,
          CASE WHEN c.first_reported_in IS c.last_reported_in THEN CAST(c.first_reported_in AS TEXT) ELSE
            (SELECT group_concat(reported_in, ',') FROM (
               SELECT DISTINCT s.reported_in FROM ${COUNT_WITH_STATEMENT('s', 'sst', 'sd')}
               WHERE ${SAME_CLAIM} AND s.reported_in IS NOT NULL ORDER BY s.reported_in)) END AS reported_in_years,
          c.approx, c.is_total, c.year_inferred, c.linkable
   FROM claims c
   ORDER BY c.country_iso3, c.year, c.action, c.category, c.agency, c.first_document, c.claim_key`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of STATEMENTS) await sql.raw(statement).execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql.raw('DROP VIEW claim_view').execute(db);
  await sql.raw('DROP VIEW claim_sources').execute(db);
  await sql.raw('DROP INDEX weapon_counts_by_claim').execute(db);
}
