import type Database from 'better-sqlite3';
import type { TransformationStep } from '../model/transformations.ts';
import { writtenColumns } from './fact-columns.ts';
import { FACT_ID_COLUMN } from './fact-keys.ts';
import type { FactStore, FactValues, IssueRow, StoredFact } from './fact-store.ts';
import { FACT_TABLES, type FactTableName } from './schema.ts';

/**
 * The fact store on SQLite: raw better-sqlite3 statements on the warehouse's connection, each prepared once
 * per connection and reused for every row of the run. kysely built, compiled and prepared every statement
 * anew, once per row: most of the time a document's load took.
 *
 * Statements that write a fact table start with lower-case `insert into "<table>"`, as kysely's did: the kill
 * tests recognise the statement a document's transaction is in by its text (tests/ops/child-run.ts).
 * Lists of ids are bound as one JSON array (`IN (SELECT value FROM json_each(?))`): one statement whatever
 * the list's length, read through the same index as `IN (?, ?, ...)`.
 */

type Statement = Database.Statement;

/** The statements' text for one fact table, worked out once. */
interface TableSql {
  columns: readonly string[];
  insert: string;
  update: string;
  ofDocuments: string;
  idsByDocument: string;
  idsByStatement: string;
  delete: string;
}

const quote = (name: string): string => `"${name}"`;
const IN_LIST = 'IN (SELECT value FROM json_each(?))';

const TABLE_SQL = new Map<FactTableName, TableSql>();

function tableSql(table: FactTableName): TableSql {
  let text = TABLE_SQL.get(table);
  if (!text) {
    const columns = writtenColumns(table);
    const id = quote(FACT_ID_COLUMN[table]);
    text = {
      columns,
      insert: `insert into ${quote(table)} (${columns.map(quote).join(', ')}) values (${columns.map(() => '?').join(', ')})`,
      update: `update ${quote(table)} set ${columns.map((c) => `${quote(c)} = ?`).join(', ')} where ${id} = ?`,
      ofDocuments: `select * from ${quote(table)} where "document_id" ${IN_LIST} order by "document_id", ${id}`,
      idsByDocument: `select ${id} as id from ${quote(table)} where "document_id" ${IN_LIST}`,
      idsByStatement: `select ${id} as id from ${quote(table)} where "statement_id" ${IN_LIST}`,
      delete: `delete from ${quote(table)} where ${id} ${IN_LIST}`,
    };
    TABLE_SQL.set(table, text);
  }
  return text;
}

const DOCUMENT_VERSIONS = 'select "document_id" from "documents" where "logical_key" = ? or "document_id" = ? order by "document_id" desc';
const INSERT_STEP = `insert into "transformations" ("fact_table", "fact_id", "step_index", "column_name", "source_words", "rule",
  "lexicon_entry", "language", "value", "run_id") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`;
const DELETE_STEPS_OF_FACT = 'delete from "transformations" where "fact_table" = ? and "fact_id" = ?';
const DELETE_STEPS_OF_FACTS = `delete from "transformations" where "fact_table" = ? and "fact_id" ${IN_LIST}`;
const UNLINK_CITATIONS = `update "citations" set "section_id" = null where "section_id" ${IN_LIST}`;
const DELETE_ISSUES = 'delete from "quality_issues" where "document_id" = ?';
const INSERT_ISSUE = `insert into "quality_issues" ("run_id", "document_id", "severity", "rule", "message", "table_name", "record_id",
  "line_start") values (?, ?, ?, ?, ?, ?, ?, ?)`;

/** Every statement the store may run (tests read their query plans). */
export function factStoreStatements(): string[] {
  const perTable = FACT_TABLES.flatMap((table) => {
    const text = tableSql(table);
    return [text.insert, text.update, text.ofDocuments, text.idsByDocument, ...(table === 'weapon_counts' ? [text.idsByStatement] : []), text.delete];
  });
  return [DOCUMENT_VERSIONS, ...perTable, INSERT_STEP, DELETE_STEPS_OF_FACT, DELETE_STEPS_OF_FACTS, UNLINK_CITATIONS, DELETE_ISSUES, INSERT_ISSUE];
}

type Row = Record<string, string | number | null>;

export class SqliteFactStore implements FactStore {
  private readonly statements = new Map<string, Statement>();

  constructor(private readonly sqlite: Database.Database) {}

  /** The statement for `source`, prepared on first use. */
  private statement(source: string): Statement {
    let statement = this.statements.get(source);
    if (!statement) {
      statement = this.sqlite.prepare(source);
      this.statements.set(source, statement);
    }
    return statement;
  }

  async documentVersions(logicalKey: string, documentId: number): Promise<number[]> {
    return (this.statement(DOCUMENT_VERSIONS).all(logicalKey, documentId) as { document_id: number }[]).map((d) => d.document_id);
  }

  async factsOf(table: FactTableName, documentIds: readonly number[]): Promise<StoredFact[]> {
    const idColumn = FACT_ID_COLUMN[table];
    const rows = this.statement(tableSql(table).ofDocuments).all(JSON.stringify(documentIds)) as Row[];
    return rows.map((row) => ({ id: Number(row[idColumn]), documentId: Number(row.document_id), row }));
  }

  async insertFact(table: FactTableName, row: FactValues, steps: readonly TransformationStep[], runId: number): Promise<number> {
    const text = tableSql(table);
    const id = Number(this.statement(text.insert).run(text.columns.map((c) => row[c] ?? null)).lastInsertRowid);
    // NOTE: no steps to delete first: fact ids are AUTOINCREMENT, never handed out again, so a new id has none.
    this.insertSteps(table, id, steps, runId);
    return id;
  }

  async updateFact(table: FactTableName, id: number, row: FactValues, steps: readonly TransformationStep[], runId: number): Promise<void> {
    const text = tableSql(table);
    this.statement(text.update).run(...text.columns.map((c) => row[c] ?? null), id);
    this.statement(DELETE_STEPS_OF_FACT).run(table, id);
    this.insertSteps(table, id, steps, runId);
  }

  private insertSteps(table: FactTableName, id: number, steps: readonly TransformationStep[], runId: number): void {
    if (steps.length === 0) return;
    const insert = this.statement(INSERT_STEP);
    for (const [index, step] of steps.entries()) {
      insert.run(table, id, index, step.column, step.source_words, step.rule, step.lexicon_entry ?? null, step.language ?? null, step.value, runId);
    }
  }

  async factIdsWhere(table: FactTableName, column: 'document_id' | 'statement_id', values: readonly number[]): Promise<number[]> {
    const text = tableSql(table);
    const source = column === 'document_id' ? text.idsByDocument : text.idsByStatement;
    return (this.statement(source).all(JSON.stringify(values)) as { id: number }[]).map((r) => r.id);
  }

  async unlinkCitations(sectionIds: readonly number[]): Promise<void> {
    this.statement(UNLINK_CITATIONS).run(JSON.stringify(sectionIds));
  }

  async deleteFacts(table: FactTableName, ids: readonly number[]): Promise<void> {
    const list = JSON.stringify(ids);
    this.statement(DELETE_STEPS_OF_FACTS).run(table, list);
    this.statement(tableSql(table).delete).run(list);
  }

  async deleteIssuesOf(documentId: number): Promise<void> {
    this.statement(DELETE_ISSUES).run(documentId);
  }

  async insertIssues(rows: readonly IssueRow[]): Promise<void> {
    if (rows.length === 0) return;
    const insert = this.statement(INSERT_ISSUE);
    for (const r of rows) {
      insert.run(r.run_id, r.document_id ?? null, r.severity, r.rule, r.message, r.table_name ?? null, r.record_id ?? null, r.line_start ?? null);
    }
  }
}

const STORES = new WeakMap<Database.Database, SqliteFactStore>();

/** The store of a connection: its statements live as long as the connection. */
export function sqliteFactStore(sqlite: Database.Database): SqliteFactStore {
  let store = STORES.get(sqlite);
  if (!store) {
    store = new SqliteFactStore(sqlite);
    STORES.set(sqlite, store);
  }
  return store;
}
