import type { Kysely } from 'kysely';

/**
 * A canonical dump of a warehouse: what the pipeline loaded, with everything that changes between two runs of
 * the same code left out (ids, run ids, timestamps, extractor strings, fact keys, hashes of the code) and the
 * references between rows (a weapon count's statement, a citation's section, a quality issue's record)
 * written as the position of the row in its document. One JSON object per line, sorted.
 *
 * Read through kysely, so it reads a SQLite and a PostgreSQL warehouse alike: scripts/canonical-dump.ts
 * compares the code with its expected dump, `salw-etl copy` checks a copy against its source with it.
 *
 * Only the columns the warehouse had when tests/fixtures/canonical/before.jsonl was taken are dumped: a column
 * added later is new information, not a change of what was loaded.
 */

type Row = Record<string, unknown>;

/** The columns dumped per table, in the order written: the contract and lineage columns, no ids or times. */
const DOCUMENT_COLUMNS = [
  'source_path', 'format', 'encoding', 'page_count', 'kind', 'country_iso3', 'title', 'report_year', 'language', 'date_raw',
  'date_iso', 'document_code', 'source_url', 'version', 'status', 'status_reason',
];
const LINEAGE = ['line_start', 'line_end', 'page', 'source_text'];
const FACT_COLUMNS: Record<string, string[]> = {
  sections: ['country_iso3', 'topic', 'heading_raw', 'question', 'source_tag', 'answer', 'source_report_year', 'source_date_raw', 'source_date_iso'],
  citations: ['section', 'ref', 'ref_inferred', 'text', 'url', 'accessed_on'],
  explosions: ['country_iso3', 'year', 'location', 'owner_raw', 'owner_type', 'owner_sector', 'deaths', 'injuries', 'row_number', 'table_caption'],
  diversions: ['country_iso3', 'year', 'location', 'description', 'quantity', 'quantity_approx', 'quantity_qualifier', 'row_number', 'table_caption'],
  tallies: ['country_iso3', 'topic', 'period_start', 'period_end', 'reported_count', 'reported_raw'],
  count_statements: ['country_iso3', 'year', 'year_basis', 'action', 'action_raw', 'agency', 'agency_raw', 'total', 'components_sum', 'reconciliation', 'reported_in'],
  weapon_counts: [
    'statement', 'country_iso3', 'year', 'year_basis', 'action', 'agency', 'category', 'category_raw', 'parent_category', 'quantity', 'is_total',
    'approx', 'approx_qualifier', 'reported_in',
  ],
  report_submissions: ['country_iso3', 'report_year', 'language', 'language_raw'],
  meeting_statements: ['country_iso3', 'year', 'meeting', 'has_text', 'text'],
};
const ID_COLUMN: Record<string, string> = {
  sections: 'section_id', citations: 'citation_id', explosions: 'explosion_id', diversions: 'diversion_id', tallies: 'tally_id',
  count_statements: 'statement_id', weapon_counts: 'count_id', report_submissions: 'submission_id', meeting_statements: 'meeting_statement_id',
};
/** Quality issues without their message: the wording of a message may change, what it flags may not silently. */
const ISSUE_COLUMNS = ['severity', 'rule', 'table_name', 'record', 'line_start'];

/** The rows a dump is made of, each table's in id order. */
export interface DumpSource {
  documents: Row[];
  facts: Record<string, Row[]>;
  issues: Row[];
}

/** The tables a dump reads (and the id each is ordered by). */
export const DUMPED_TABLES: Readonly<Record<string, string>> = { documents: 'document_id', ...ID_COLUMN, quality_issues: 'issue_id' };

/** Reads a dump's rows from a warehouse of either backend (or a transaction on one). */
export async function readDumpSource(db: Kysely<unknown>): Promise<DumpSource> {
  // biome-ignore lint/suspicious/noExplicitAny: the dump reads tables by name, whatever the schema's type says.
  const any = db as Kysely<any>;
  const rows = (table: string): Promise<Row[]> => any.selectFrom(table).selectAll().orderBy(DUMPED_TABLES[table] as string).execute();
  const facts: Record<string, Row[]> = {};
  for (const table of Object.keys(FACT_COLUMNS)) facts[table] = await rows(table);
  return { documents: await rows('documents'), facts, issues: await rows('quality_issues') };
}

/** A key that sorts lines by document, table, first line, then content. */
function sortKey(line: Row, json: string): string {
  const lineStart = typeof line.line_start === 'number' ? String(line.line_start).padStart(6, '0') : '~~~~~~';
  return `${String(line.doc)}\u0000${String(line.table)}\u0000${lineStart}\u0000${json}`;
}

function pick(row: Row, columns: readonly string[]): Row {
  const out: Row = {};
  for (const column of columns) out[column] = row[column] ?? null;
  return out;
}

/** The canonical dump of these rows: one JSON object per line, sorted. */
export function dumpLines(source: DumpSource): string[] {
  const pathOf = new Map(source.documents.map((d) => [Number(d.document_id), String(d.source_path)]));
  const lines: Row[] = [];
  for (const doc of source.documents) lines.push({ doc: doc.source_path, table: 'documents', ...pick(doc, DOCUMENT_COLUMNS) });

  // Position (1-based, in load order) of each fact row within its document, for references between rows.
  const positions = new Map<string, Map<number, number>>();
  for (const [table, idColumn] of Object.entries(ID_COLUMN)) {
    const byId = new Map<number, number>();
    const counter = new Map<number, number>();
    for (const row of source.facts[table] ?? []) {
      const documentId = Number(row.document_id);
      const next = (counter.get(documentId) ?? 0) + 1;
      counter.set(documentId, next);
      byId.set(Number(row[idColumn]), next);
    }
    positions.set(table, byId);
  }
  const position = (table: string, id: unknown): number | null => (id === null || id === undefined ? null : (positions.get(table)?.get(Number(id)) ?? null));

  for (const [table, columns] of Object.entries(FACT_COLUMNS)) {
    for (const row of source.facts[table] ?? []) {
      const withRefs: Row = { ...row, statement: position('count_statements', row.statement_id), section: position('sections', row.section_id) };
      lines.push({ doc: pathOf.get(Number(row.document_id)) ?? null, table, ...pick(withRefs, [...columns, ...LINEAGE]) });
    }
  }
  for (const issue of source.issues) {
    const record = typeof issue.table_name === 'string' && ID_COLUMN[issue.table_name] ? position(issue.table_name, issue.record_id) : null;
    lines.push({ doc: pathOf.get(Number(issue.document_id)) ?? null, table: 'quality_issues', ...pick({ ...issue, record }, ISSUE_COLUMNS) });
  }
  return lines
    .map((line) => {
      const json = JSON.stringify(line);
      return { key: sortKey(line, json), json };
    })
    .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
    .map((l) => l.json);
}

/** Lines only in `before` and lines only in `after`, as multisets (a repeated line counts each time). */
export function dumpDifference(before: readonly string[], after: readonly string[]): { removed: string[]; added: string[] } {
  const counts = new Map<string, number>();
  for (const line of before) counts.set(line, (counts.get(line) ?? 0) + 1);
  const added: string[] = [];
  for (const line of after) {
    const n = counts.get(line) ?? 0;
    if (n > 0) counts.set(line, n - 1);
    else added.push(line);
  }
  const removed: string[] = [];
  for (const line of before) {
    const n = counts.get(line) ?? 0;
    if (n > 0) {
      removed.push(line);
      counts.set(line, n - 1);
    }
  }
  return { removed, added };
}
