import type { TransformationStep } from '../model/transformations.ts';
import type { Severity } from '../model/records.ts';
import type { Warehouse } from './db.ts';
import type { FactTableName } from './schema.ts';
import { sqliteFactStore } from './sqlite-fact-store.ts';

/** A fact row's values by column, as the loader writes them (fact_key included). */
export type FactValues = Record<string, string | number | null>;

/** A fact already in the warehouse: its id, its document, and every column as stored. */
export interface StoredFact {
  id: number;
  documentId: number;
  row: FactValues;
}

/** A quality issue row as the loader writes it. */
export interface IssueRow {
  run_id: number;
  document_id: number | null;
  severity: Severity;
  rule: string;
  message: string;
  table_name: string | null;
  record_id: number | null;
  line_start: number | null;
}

/**
 * The statements of one document's load that run once per fact or per issue (many per document): the
 * part of the write path whose cost grows with the rows. The per-document bookkeeping (the documents row,
 * supersession) stays with kysely in loader.ts; so do migrations and the analysts' queries.
 *
 * Every method runs inside the document's transaction, which the caller opens (loader.ts) and which covers
 * the store's statements: on SQLite the store writes through the same connection as kysely
 * (tests/warehouse/fact-store.test.ts checks that a rollback takes its rows away); a PostgreSQL store would be
 * made for the transaction's client (factStoreFor). Methods are asynchronous for that backend; the SQLite
 * store does its work synchronously and returns settled promises.
 */
export interface FactStore {
  /** The document ids of a logical document's versions and of `documentId` itself, newest first. */
  documentVersions(logicalKey: string, documentId: number): Promise<number[]>;
  /** Every fact of `table` belonging to one of `documentIds`, by document id, then fact id (one query per table). */
  factsOf(table: FactTableName, documentIds: readonly number[]): Promise<StoredFact[]>;
  /** Inserts a fact (every written column of the table, fact_key included) and its recorded steps; returns its new id. */
  insertFact(table: FactTableName, row: FactValues, steps: readonly TransformationStep[], runId: number): Promise<number>;
  /** Rewrites a fact in place (every written column) and replaces its recorded steps. */
  updateFact(table: FactTableName, id: number, row: FactValues, steps: readonly TransformationStep[], runId: number): Promise<void>;
  /** Ids of the facts of `table` whose `column` holds one of `values` (document_id, statement_id). */
  factIdsWhere(table: FactTableName, column: 'document_id' | 'statement_id', values: readonly number[]): Promise<number[]>;
  /** Clears citations' link to these sections (rows of earlier versions citing a section that goes now). */
  unlinkCitations(sectionIds: readonly number[]): Promise<void>;
  /** Deletes these facts of `table` and their recorded steps (their children are the caller's business). */
  deleteFacts(table: FactTableName, ids: readonly number[]): Promise<void>;
  /** Deletes a document's quality issues (it is being loaded again). */
  deleteIssuesOf(documentId: number): Promise<void>;
  insertIssues(rows: readonly IssueRow[]): Promise<void>;
}

/**
 * The store for a warehouse's write path. SQLite: one per connection, with its prepared statements, reused by
 * every document of the run (any transaction on the connection covers it).
 */
export function factStoreFor(warehouse: Pick<Warehouse, 'sqlite'>): FactStore {
  return sqliteFactStore(warehouse.sqlite);
}
