import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Kysely } from 'kysely';
import { type DictionaryRow, DICTIONARY } from '../warehouse/dictionary.ts';
import { openWarehouse, type Warehouse } from '../warehouse/db.ts';
import { parseQueriesDoc } from './queries-doc.ts';

/**
 * Writes a Datasette metadata.json next to the warehouse: titles, descriptions of every table, view
 * and column (from the data dictionary), source and licence notes, internal tables hidden, and the
 * example questions of docs/queries.md as canned queries.
 */

const QUERIES_DOC = fileURLToPath(new URL('../../docs/queries.md', import.meta.url));

interface DatasetteTable {
  title?: string;
  description: string;
  columns: Record<string, string>;
  hidden?: boolean;
}

export interface DatasetteMetadata {
  title: string;
  description: string;
  license: string;
  source: string;
  about: string;
  databases: Record<string, {
    description: string;
    tables: Record<string, DatasetteTable>;
    queries: Record<string, { title: string; sql: string }>;
  }>;
}

function columnDescription(row: DictionaryRow): string {
  return [row.meaning, row.unit ? `Unit: ${row.unit}.` : '', row.vocabulary ? `Codes: ${row.vocabulary}.` : '', row.example ? `Example: ${row.example}` : '']
    .filter(Boolean).join(' ');
}

/** A URL-safe name for a canned query from its question. */
function querySlug(question: string, taken: Set<string>): string {
  const base = question.toLowerCase().replace(/[^a-z0-9]+/g, '_').replace(/^_|_$/g, '').slice(0, 60) || 'query';
  let slug = base;
  for (let i = 2; taken.has(slug); i++) slug = `${base}_${i}`;
  taken.add(slug);
  return slug;
}

export function buildDatasetteMetadata(databaseName: string, rows: readonly DictionaryRow[], queriesMarkdown: string | null): DatasetteMetadata {
  const tables: Record<string, DatasetteTable> = {};
  for (const row of rows) {
    if (row.column_name === null) {
      tables[row.object_name] = {
        description: row.meaning,
        columns: {},
        ...(DICTIONARY[row.object_name]?.internal ? { hidden: true } : {}),
      };
    }
  }
  for (const row of rows) {
    const table = tables[row.object_name];
    if (row.column_name !== null && table) table.columns[row.column_name] = columnDescription(row);
  }
  const queries: Record<string, { title: string; sql: string }> = {};
  const taken = new Set<string>();
  for (const query of queriesMarkdown ? parseQueriesDoc(queriesMarkdown) : []) {
    queries[querySlug(query.question, taken)] = { title: query.question, sql: query.sql };
  }
  return {
    title: 'salw-etl: small arms, light weapons and ammunition',
    description:
      'Facts read from public documents on small arms and ammunition (PoA national reports and country pages, ammunition country profiles): weapons seized, surrendered and destroyed, unplanned explosions at munitions sites, diversions, template answers. Every row carries its lineage (document, lines, verbatim source_text). Start with the `dictionary` table and the views; unknown values are NULL.',
    license: 'Facts extracted from public documents: cite the source document of each value (documents.source_path, source_url), whose terms apply. salw-etl code: MIT.',
    source: 'UN Programme of Action national reports and country pages; A-MAP-style ammunition country profiles (see documents.source_url)',
    about: 'salw-etl',
    databases: { [databaseName]: { description: 'The salw-etl warehouse. Only documents with status `loaded` are current.', tables, queries } },
  };
}

/** The dictionary of the warehouse, refreshed from the live schema first. */
/** The dictionary rows (synced with the schema whenever the warehouse is opened for writing). */
export async function dictionaryRowsOf(db: Kysely<unknown>): Promise<DictionaryRow[]> {
  return (db as unknown as Kysely<{ dictionary: DictionaryRow }>)
    .selectFrom('dictionary').selectAll().orderBy('object_name').orderBy('position').execute();
}

/** The metadata.json of `warehouse` as it would be written now (from its dictionary, the canned queries, its name). */
async function metadataText(warehouse: Warehouse): Promise<string> {
  const rows = await dictionaryRowsOf(warehouse.db as unknown as Kysely<unknown>);
  const databaseName = basename(warehouse.path, extname(warehouse.path));
  const queries = existsSync(QUERIES_DOC) ? readFileSync(QUERIES_DOC, 'utf8') : null;
  return `${JSON.stringify(buildDatasetteMetadata(databaseName, rows, queries), null, 2)}\n`;
}

const digest = (text: string): string => createHash('sha256').update(text).digest('hex');

/**
 * Writes `metadata.json` in the warehouse's folder and returns its path. Pass an open Warehouse (a
 * read-only one will do) to reuse its connection, or a path to open one (which also syncs the dictionary).
 */
export async function writeDatasetteMetadata(target: string | Warehouse): Promise<string> {
  const warehouse = typeof target === 'string' ? await openWarehouse(target) : target;
  try {
    const out = metadataPath(warehouse);
    writeFileSync(out, await metadataText(warehouse));
    return out;
  } finally {
    if (typeof target === 'string') await warehouse.close();
  }
}

/**
 * After a run: rewrites `metadata.json` only when what it is made of (the dictionary, which follows the
 * schema, the canned queries, the database's name) changed, its digest compared with that of the file in
 * place. A night that changed neither leaves the file (and its time) as it was, and whoever serves it need
 * not reload it.
 */
export async function refreshDatasetteMetadata(warehouse: Warehouse): Promise<{ path: string; written: boolean }> {
  const out = metadataPath(warehouse);
  const text = await metadataText(warehouse);
  let current: string | null = null;
  try {
    current = readFileSync(out, 'utf8');
  } catch {
    // None yet (or unreadable): written below.
  }
  if (current !== null && digest(current) === digest(text)) return { path: out, written: false };
  writeFileSync(out, text);
  return { path: out, written: true };
}

function metadataPath(warehouse: Warehouse): string {
  return join(dirname(warehouse.path), 'metadata.json');
}
