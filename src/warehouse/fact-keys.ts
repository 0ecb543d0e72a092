import { createHash } from 'node:crypto';
import type { FactTableName } from './schema.ts';

/**
 * Stable fact ids. Re-extraction is routine (every change to an extractor's code re-extracts its
 * documents), so a fact re-extracted unchanged must keep the id an analyst cited. Its `fact_key` says
 * which fact it is, independently of where it was read: the logical document, the table, the contract
 * values, the source text with whitespace and case folded, and its occurrence among facts with all of
 * these equal (a table repeating a row). Line numbers, pages, run ids and the extractor are left out: a
 * decoder fix that shifts lines keeps every id.
 */

/** The primary key column of each fact table. */
export const FACT_ID_COLUMN: Record<FactTableName, string> = {
  sections: 'section_id',
  citations: 'citation_id',
  explosions: 'explosion_id',
  diversions: 'diversion_id',
  tallies: 'tally_id',
  count_statements: 'statement_id',
  weapon_counts: 'count_id',
  report_submissions: 'submission_id',
  meeting_statements: 'meeting_statement_id',
};

/** Columns that say where and by what a fact was read, or link it to other rows: not part of what the fact is. */
const NOT_CONTRACT = new Set([
  ...Object.values(FACT_ID_COLUMN),
  'fact_key', 'document_id', 'run_id', 'extractor', 'line_start', 'line_end', 'page', 'source_text',
]);

/**
 * Source text as the key reads it: Unicode NFC, whitespace runs as one space, lower case. Lower case is
 * Unicode's default mapping (`toLowerCase`), which is what the root locale's (`toLocaleLowerCase('und')`,
 * used until 2026-11-28) gives for every string (a property test holds them equal): the same keys, at a
 * fiftieth of the cost, once per fact loaded.
 */
export function foldSourceText(text: string): string {
  return text.normalize('NFC').replace(/\s+/gu, ' ').trim().toLowerCase();
}

/** The contract columns of a row of a table, sorted, per shape of row (its keys in order): worked out once a shape. */
const CONTRACT_COLUMNS = new Map<string, readonly string[]>();

function contractColumns(table: FactTableName, row: Readonly<Record<string, unknown>>): readonly string[] {
  const keys = Object.keys(row);
  const shape = `${table}:${keys.join(',')}`;
  let columns = CONTRACT_COLUMNS.get(shape);
  if (!columns) {
    columns = keys.filter((c) => !NOT_CONTRACT.has(c)).sort();
    CONTRACT_COLUMNS.set(shape, columns);
  }
  return columns;
}

function identity(logicalKey: string, table: FactTableName, row: Readonly<Record<string, unknown>>): string {
  const contract = contractColumns(table, row).map((c) => [c, row[c] ?? null]);
  return JSON.stringify([logicalKey, table, contract, foldSourceText(String(row.source_text ?? ''))]);
}

/**
 * Hands out fact keys for one document's facts in reading order: equal facts get occurrence 0, 1, 2...
 * Use one keyer per document (and the same order as the rows were written) for keys to match.
 */
export class FactKeyer {
  private readonly seen = new Map<string, number>();

  constructor(private readonly logicalKey: string) {}

  next(table: FactTableName, row: Readonly<Record<string, unknown>>): string {
    const id = identity(this.logicalKey, table, row);
    const occurrence = this.seen.get(id) ?? 0;
    this.seen.set(id, occurrence + 1);
    return createHash('sha256').update(`${id}#${occurrence}`).digest('hex').slice(0, 32);
  }
}
