import type { Command } from 'commander';
import { type CommandIo, processIo, reportFailure, runCommand } from './analyst-io.ts';

export interface CopyOptions {
  from: string;
  to: string;
}

/** `salw-etl copy --from <sqlite file|postgres URL> --to <postgres URL|sqlite file>`: a whole warehouse, ids and lineage included. */
export async function copyCommand(options: CopyOptions, io: CommandIo = processIo): Promise<number> {
  try {
    // Loaded when the command runs: `--help` loads no warehouse code, and no PostgreSQL client.
    const { copyWarehouse } = await import('../../ops/copy-warehouse.ts');
    const report = await copyWarehouse(options.from, options.to);
    const rows = Object.values(report.rows).reduce((sum, n) => sum + n, 0);
    const documents = report.rows.documents ?? 0;
    io.stderr.write(`copied ${report.from} to ${report.to}: ${rows} rows in ${Object.keys(report.rows).length} tables (${documents} documents); checked: every table's rows, and the canonical dump (${report.dumpLines} lines) equal the source's\n`);
    return 0;
  } catch (error) {
    return reportFailure(io, 'copy', error);
  }
}

export function registerCopyCommand(program: Command, io: CommandIo = processIo): Command {
  return program
    .command('copy')
    .description('copy a whole warehouse (ids, lineage, runs, issues) into a new one: SQLite to PostgreSQL or back; checked against the source')
    .requiredOption('--from <warehouse>', 'the warehouse to copy: a SQLite file or a postgres:// URL (read only)')
    .requiredOption('--to <warehouse>', 'the new warehouse: a postgres:// URL of an empty database, or a SQLite file that does not exist or is empty')
    .action(async (options: CopyOptions) => runCommand(() => copyCommand(options, io)));
}
