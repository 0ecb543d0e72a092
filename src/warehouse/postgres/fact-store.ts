import { CompiledQuery, type Transaction } from 'kysely';
import type { TransformationStep } from '../../model/transformations.ts';
import { writtenColumns } from '../fact-columns.ts';
import { FACT_ID_COLUMN } from '../fact-keys.ts';
import type { FactStore, FactValues, IssueRow, StoredFact } from '../fact-store.ts';
import type { FactTableName, WarehouseDatabase } from '../schema.ts';

/**
 * The fact store on PostgreSQL (fact-store.ts), made for one document's transaction: every statement runs
 * on the transaction's connection, so a rollback takes its rows back. Lists of ids are bound as one array
 * (`= ANY($1)`); the steps of a fact and the issues of a document go in one multi-row INSERT each, since
 * each statement is a round trip to the server.
 */

const quote = (name: string): string => `"${name}"`;
/** Placeholders `$from, $from+1, ...` for `count` values. */
const placeholders = (count: number, from = 1): string => Array.from({ length: count }, (_, i) => `$${from + i}`).join(', ');

interface TableSql {
  columns: readonly string[];
  insert: string;
  update: string;
  ofDocuments: string;
  idsByDocument: string;
  idsByStatement: string;
  delete: string;
  /** The INSERT, and the fact's steps inserted from the id it returns (parameters: the columns, the table, the run, then stepArrays). */
  insertWithSteps: string;
}

/**
 * A fact's steps as one array per column (parameters of insertWithSteps), so that the fact and its steps go in
 * one statement whatever their number. The steps keep their order (WITH ORDINALITY), and so their ids.
 */
function stepArrays(steps: readonly TransformationStep[]): unknown[][] {
  return [
    steps.map((step) => step.column), steps.map((step) => step.source_words), steps.map((step) => step.rule),
    steps.map((step) => step.lexicon_entry ?? null), steps.map((step) => step.language ?? null), steps.map((step) => step.value),
  ];
}

const TABLE_SQL = new Map<FactTableName, TableSql>();

function tableSql(table: FactTableName): TableSql {
  let text = TABLE_SQL.get(table);
  if (!text) {
    const columns = writtenColumns(table);
    const id = quote(FACT_ID_COLUMN[table]);
    text = {
      columns,
      insert: `insert into ${quote(table)} (${columns.map(quote).join(', ')}) values (${placeholders(columns.length)}) returning ${id} as id`,
      update: `update ${quote(table)} set ${columns.map((c, i) => `${quote(c)} = $${i + 1}`).join(', ')} where ${id} = $${columns.length + 1}`,
      ofDocuments: `select * from ${quote(table)} where "document_id" = ANY($1::bigint[]) order by "document_id", ${id}`,
      idsByDocument: `select ${id} as id from ${quote(table)} where "document_id" = ANY($1::bigint[])`,
      idsByStatement: `select ${id} as id from ${quote(table)} where "statement_id" = ANY($1::bigint[])`,
      delete: `delete from ${quote(table)} where ${id} = ANY($1::bigint[])`,
      insertWithSteps: insertWithStepsSql(table, columns),
    };
    TABLE_SQL.set(table, text);
  }
  return text;
}

function insertWithStepsSql(table: FactTableName, columns: readonly string[]): string {
  const n = columns.length;
  const id = quote(FACT_ID_COLUMN[table]);
  return `with fact as (insert into ${quote(table)} (${columns.map(quote).join(', ')}) values (${placeholders(n)}) returning ${id} as id),
    steps as (insert into "transformations" ("fact_table", "fact_id", "step_index", "column_name", "source_words", "rule", "lexicon_entry", "language", "value", "run_id")
      select $${n + 1}, fact.id, s.n - 1, s.column_name, s.source_words, s.rule, s.lexicon_entry, s.language, s.value, $${n + 2}
      from fact, unnest($${n + 3}::text[], $${n + 4}::text[], $${n + 5}::text[], $${n + 6}::text[], $${n + 7}::text[], $${n + 8}::text[])
        with ordinality as s(column_name, source_words, rule, lexicon_entry, language, value, n)
      order by s.n)
    select id from fact`;
}

const STEP_COLUMNS = ['fact_table', 'fact_id', 'step_index', 'column_name', 'source_words', 'rule', 'lexicon_entry', 'language', 'value', 'run_id'];
const ISSUE_COLUMNS = ['run_id', 'document_id', 'severity', 'rule', 'message', 'table_name', 'record_id', 'line_start'];
/** Rows per multi-row INSERT: PostgreSQL takes at most 65,535 parameters a statement. */
const ROWS_PER_INSERT = 1000;

type Row = Record<string, string | number | null>;

export class PostgresFactStore implements FactStore {
  constructor(private readonly trx: Transaction<WarehouseDatabase>) {}

  private async query<R>(text: string, parameters: readonly unknown[]): Promise<R[]> {
    return (await this.trx.executeQuery<R>(CompiledQuery.raw(text, [...parameters]))).rows;
  }

  /** One INSERT of many rows of `columns` into `table`, in chunks the server accepts. */
  private async insertRows(table: string, columns: readonly string[], rows: readonly unknown[][]): Promise<void> {
    for (let start = 0; start < rows.length; start += ROWS_PER_INSERT) {
      const chunk = rows.slice(start, start + ROWS_PER_INSERT);
      const values = chunk.map((_, i) => `(${placeholders(columns.length, i * columns.length + 1)})`).join(', ');
      await this.query(`insert into ${quote(table)} (${columns.map(quote).join(', ')}) values ${values}`, chunk.flat());
    }
  }

  async documentVersions(logicalKey: string, documentId: number): Promise<number[]> {
    const rows = await this.query<{ document_id: number }>('select "document_id" from "documents" where "logical_key" = $1 or "document_id" = $2 order by "document_id" desc', [logicalKey, documentId]);
    return rows.map((d) => d.document_id);
  }

  async factsOf(table: FactTableName, documentIds: readonly number[]): Promise<StoredFact[]> {
    const idColumn = FACT_ID_COLUMN[table];
    const rows = await this.query<Row>(tableSql(table).ofDocuments, [documentIds]);
    return rows.map((row) => ({ id: Number(row[idColumn]), documentId: Number(row.document_id), row }));
  }

  async insertFact(table: FactTableName, row: FactValues, steps: readonly TransformationStep[], runId: number): Promise<number> {
    const text = tableSql(table);
    const values = text.columns.map((c) => row[c] ?? null);
    // The fact and its steps in one statement: a round trip is most of what a fact costs on PostgreSQL.
    const [inserted] = steps.length === 0
      ? await this.query<{ id: number }>(text.insert, values)
      : await this.query<{ id: number }>(text.insertWithSteps, [...values, table, runId, ...stepArrays(steps)]);
    return Number(inserted?.id);
  }

  async updateFact(table: FactTableName, id: number, row: FactValues, steps: readonly TransformationStep[], runId: number): Promise<void> {
    const text = tableSql(table);
    await this.query(text.update, [...text.columns.map((c) => row[c] ?? null), id]);
    await this.query('delete from "transformations" where "fact_table" = $1 and "fact_id" = $2', [table, id]);
    await this.insertSteps(table, id, steps, runId);
  }

  private async insertSteps(table: FactTableName, id: number, steps: readonly TransformationStep[], runId: number): Promise<void> {
    const rows = steps.map((step, index) => [table, id, index, step.column, step.source_words, step.rule, step.lexicon_entry ?? null, step.language ?? null, step.value, runId]);
    await this.insertRows('transformations', STEP_COLUMNS, rows);
  }

  async factIdsWhere(table: FactTableName, column: 'document_id' | 'statement_id', values: readonly number[]): Promise<number[]> {
    const text = tableSql(table);
    const rows = await this.query<{ id: number }>(column === 'document_id' ? text.idsByDocument : text.idsByStatement, [values]);
    return rows.map((r) => Number(r.id));
  }

  async unlinkCitations(sectionIds: readonly number[]): Promise<void> {
    await this.query('update "citations" set "section_id" = null where "section_id" = ANY($1::bigint[])', [sectionIds]);
  }

  async deleteFacts(table: FactTableName, ids: readonly number[]): Promise<void> {
    await this.query('delete from "transformations" where "fact_table" = $1 and "fact_id" = ANY($2::bigint[])', [table, ids]);
    await this.query(tableSql(table).delete, [ids]);
  }

  async deleteIssuesOf(documentId: number): Promise<void> {
    await this.query('delete from "quality_issues" where "document_id" = $1', [documentId]);
  }

  async insertIssues(rows: readonly IssueRow[]): Promise<void> {
    await this.insertRows('quality_issues', ISSUE_COLUMNS, rows.map((r) => [
      r.run_id, r.document_id ?? null, r.severity, r.rule, r.message, r.table_name ?? null, r.record_id ?? null, r.line_start ?? null,
    ]));
  }
}
