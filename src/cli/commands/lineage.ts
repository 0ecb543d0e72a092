import type { Command } from 'commander';
import { UsageError } from '../../model/errors.ts';
import type { RowReader } from '../../warehouse/rows.ts';
import { type CommandIo, processIo, reportFailure, runCommand, WAREHOUSE_OPTION } from './analyst-io.ts';

export interface LineageOptions {
  warehouse: string;
  json?: boolean;
}

/** `salw-etl lineage <table> <id>`: where a value came from. Returns the exit code. */
export async function lineageCommand(table: string, id: string, options: LineageOptions, io: CommandIo = processIo): Promise<number> {
  if (!/^\d+$/.test(id)) return reportFailure(io, 'lineage', new UsageError(`the id must be a whole number (the row's <table>_id), not "${id}"`));
  try {
    // Loaded when the command runs, not when the CLI starts (`--help` loads no warehouse code).
    const { formatLineage, lookupLineage } = await import('../../analyst/lineage.ts');
    const warehouse = await openReader(options.warehouse);
    try {
      const report = await lookupLineage(warehouse.reader, table, Number(id));
      io.stdout.write(options.json ? `${JSON.stringify(report, null, 2)}\n` : formatLineage(report));
      return 0;
    } finally {
      await warehouse.close();
    }
  } catch (error) {
    return reportFailure(io, 'lineage', error);
  }
}

/** A reader of the warehouse `--warehouse` names: a SQLite file, or a postgres:// URL. */
async function openReader(location: string): Promise<{ reader: RowReader; close(): Promise<void> }> {
  if (/^postgres(?:ql)?:\/\//iu.test(location)) {
    const { openPostgresWarehouse } = await import('../../warehouse/postgres/warehouse.ts');
    const { postgresRows } = await import('../../warehouse/postgres/rows.ts');
    const warehouse = await openPostgresWarehouse(location, { readonly: true });
    return { reader: postgresRows(warehouse.pool), close: () => warehouse.close() };
  }
  const { openWarehouse } = await import('../../warehouse/db.ts');
  const { sqliteRows } = await import('../../warehouse/rows.ts');
  const warehouse = await openWarehouse(location, { readonly: true });
  return { reader: sqliteRows(warehouse.sqlite), close: () => warehouse.close() };
}

export function registerLineageCommand(program: Command, io: CommandIo = processIo): Command {
  return program
    .command('lineage')
    .description('show where a value came from: document, version, lines, verbatim text, extractor, run and the transformations applied')
    .argument('<table>', 'a fact table (explosions, weapon_counts, ...) or a view with one row per fact (weapons_by_country_year_category, ...)')
    .argument('<id>', 'the row id (explosion_id, count_id, ...)')
    .option(...WAREHOUSE_OPTION)
    .option('--json', 'print JSON for machines')
    .action(async (table: string, id: string, options: LineageOptions) => runCommand(() => lineageCommand(table, id, options, io)));
}
