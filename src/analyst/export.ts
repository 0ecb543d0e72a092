import { Readable, Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type Database from 'better-sqlite3';
import { stringify } from 'csv-stringify';
import { quoteIdentifier, resolveRelation } from './relations.ts';

/**
 * Exports a table or view as CSV or JSON lines, streaming: rows come from SQLite one at a time
 * (`iterate()`) through the writer, so a large table never sits in memory.
 */

/** `csv` or `jsonl`; the command line lists them in cli/commands/export.ts, which loads none of this module until it exports. */
export type ExportFormat = 'csv' | 'jsonl';

/**
 * CSV as RFC 4180 has it: CRLF line ends, fields with commas, quotes or line breaks quoted, quotes
 * doubled, a header row. NULL is an empty field; an empty string is `""`, so the two stay distinct.
 */
export function csvStringifier(columns: readonly string[]) {
  return stringify({
    header: true,
    columns: [...columns],
    record_delimiter: '\r\n',
    // NULL stays an empty field; an empty string is quoted, so a reader can tell them apart.
    cast: { string: (value: string) => (value === '' ? { value: '', quoted_empty: true } : value) },
  });
}

/** One JSON object per line; NULL stays null. */
export function jsonLinesTransform(): Transform {
  return new Transform({
    writableObjectMode: true,
    transform(row: unknown, _encoding, done) {
      done(null, `${JSON.stringify(row)}\n`);
    },
  });
}

export interface ExportResult {
  relation: string;
  rows: number;
  columns: string[];
}

/**
 * Writes every row of the table or view `name` to `out`. Refuses (SalwError) a name that is not a
 * table or view. `end: false` leaves `out` open (for stdout).
 */
export async function exportRelation(
  sqlite: Database.Database,
  name: string,
  format: ExportFormat,
  out: NodeJS.WritableStream,
  options: { end?: boolean } = {},
): Promise<ExportResult> {
  const relation = resolveRelation(sqlite, name);
  const statement = sqlite.prepare(`SELECT * FROM ${quoteIdentifier(relation.name)}`);
  const columns = statement.columns().map((c) => c.name);
  return exportRows(relation.name, columns, statement.iterate() as Iterable<unknown>, format, out, options);
}

/** Writes rows (objects by column) read from any backend to `out`, as exportRelation does. */
export async function exportRows(
  relation: string,
  columns: string[],
  source: Iterable<unknown> | AsyncIterable<unknown>,
  format: ExportFormat,
  out: NodeJS.WritableStream,
  options: { end?: boolean } = {},
): Promise<ExportResult> {
  let rows = 0;
  async function* each(): AsyncGenerator<unknown> {
    for await (const row of source) {
      rows += 1;
      yield row;
    }
  }
  const writer = format === 'csv' ? csvStringifier(columns) : jsonLinesTransform();
  await pipeline(Readable.from(each()), writer, out, { end: options.end ?? true });
  return { relation, rows, columns };
}
