import { type Kysely, sql } from 'kysely';

/**
 * The index a document's load needs and did not have: `citations(section_id)`. Deleting a section (a fact
 * the new extraction of its document no longer reads) makes SQLite check the foreign key from citations, and
 * the loader first unlinks the citations of earlier versions pointing at it: without the index both scan
 * every citation of the warehouse, once per deleted section, so a full re-extraction grew with the square of
 * the corpus. The other statements of the write path already read through an index (EXPLAIN QUERY PLAN in
 * tests/warehouse/write-path-plans.test.ts): transformations by (fact_table, fact_id), weapon counts by
 * statement_id, facts and quality issues by document_id, documents by path and by logical key.
 */

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql.raw('CREATE INDEX citations_by_section ON citations(section_id)').execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql.raw('DROP INDEX citations_by_section').execute(db);
}
