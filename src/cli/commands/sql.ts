import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { Command } from 'commander';
import { renderTextTable } from '../text-table.ts';
import { UsageError } from '../../model/errors.ts';
import { type CommandIo, processIo, reportFailure, runCommand, WAREHOUSE_OPTION } from './analyst-io.ts';

export interface SqlOptions {
  warehouse: string;
  /** table, csv or jsonl; default: a table on a terminal, CSV when piped. */
  format?: string;
  maxWidth?: string;
  /** Most rows a table shows (the rest are counted, not shown); CSV and JSON lines stream every row. */
  maxRows?: string;
}

const DEFAULT_TABLE_ROWS = 1000;

const FORMATS = ['table', 'csv', 'jsonl'];

/** `salw-etl sql "<query>"`: one read-only query. Returns the exit code. */
export async function sqlCommand(query: string, options: SqlOptions, io: CommandIo = processIo): Promise<number> {
  const format = options.format ?? (io.stdout.isTTY ? 'table' : 'csv');
  if (!FORMATS.includes(format)) return reportFailure(io, 'sql', new UsageError(`unknown format "${format}"; use ${FORMATS.join(', ')}`));
  const maxWidth = options.maxWidth === undefined ? 60 : Number(options.maxWidth);
  if (!Number.isInteger(maxWidth) || maxWidth < 4) return reportFailure(io, 'sql', new UsageError('--max-width must be a whole number of at least 4'));
  const maxRows = options.maxRows === undefined ? DEFAULT_TABLE_ROWS : Number(options.maxRows);
  if (!Number.isInteger(maxRows) || maxRows < 1) return reportFailure(io, 'sql', new UsageError('--max-rows must be a whole number of at least 1'));
  try {
    // Loaded when the command runs, not when the CLI starts (`--help` loads no warehouse code).
    const { csvStringifier, jsonLinesTransform } = await import('../../analyst/export.ts');
    const warehouse = await openForQuery(options.warehouse, query);
    try {
      const result = warehouse.result;
      if (result.columns.length === 0) return 0;
      if (format === 'table') {
        const shown: unknown[][] = [];
        let more = 0;
        for (const row of result.rows) {
          if (shown.length < maxRows) shown.push(row);
          else more += 1;
        }
        io.stdout.write(renderTextTable(result.columns, shown, { maxWidth }));
        if (more > 0) {
          io.stdout.write(`... and ${more} more row${more === 1 ? '' : 's'} not shown (${shown.length + more} in all): --max-rows to show more, --format csv or jsonl for every row\n`);
        }
        return 0;
      }
      const columns = result.columns;
      const objects = function* () {
        for (const row of result.rows) yield Object.fromEntries(columns.map((c, i) => [c, row[i]]));
      };
      // CSV from arrays keeps duplicate column names (`select 1 a, 2 a`); JSON lines need objects.
      const source = format === 'csv' ? Readable.from(result.rows) : Readable.from(objects());
      await pipeline(source, format === 'csv' ? csvStringifier(columns) : jsonLinesTransform(), io.stdout, { end: false });
      return 0;
    } finally {
      await warehouse.close();
    }
  } catch (error) {
    return reportFailure(io, 'sql', error);
  }
}

/** The query's result on the warehouse `--warehouse` names: a SQLite file, or a postgres:// URL. */
async function openForQuery(location: string, query: string): Promise<{ result: { columns: string[]; rows: Iterable<unknown[]> }; close(): Promise<void> }> {
  if (/^postgres(?:ql)?:\/\//iu.test(location)) {
    const { runPostgresReadOnlyQuery } = await import('../../warehouse/postgres/read-only-query.ts');
    return { result: await runPostgresReadOnlyQuery(location, query), close: async () => undefined };
  }
  const { openWarehouse } = await import('../../warehouse/db.ts');
  const { runReadOnlyQuery } = await import('../../analyst/read-only-sql.ts');
  const warehouse = await openWarehouse(location, { readonly: true });
  try {
    return { result: runReadOnlyQuery(warehouse.sqlite, query), close: () => warehouse.close() };
  } catch (error) {
    await warehouse.close();
    throw error;
  }
}

export function registerSqlCommand(program: Command, io: CommandIo = processIo): Command {
  return program
    .command('sql')
    .description('run one read-only SQL query (SQLite file or postgres:// URL): a table on a terminal, CSV when piped; statements that write are refused')
    .argument('<query>', 'the SQL query, e.g. "select * from weapons_by_country_year_category limit 5"')
    .option(...WAREHOUSE_OPTION)
    .option('--format <format>', 'table, csv or jsonl (default: table on a terminal, csv when piped)')
    .option('--max-width <chars>', 'widest cell in table output', '60')
    .option('--max-rows <rows>', `most rows a table shows (the rest are counted; csv and jsonl write every row)`, String(DEFAULT_TABLE_ROWS))
    .action(async (query: string, options: SqlOptions) => runCommand(() => sqlCommand(query, options, io)));
}
