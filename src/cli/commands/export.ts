import { createWriteStream, renameSync, rmSync } from 'node:fs';
import { finished } from 'node:stream/promises';
import type { Command } from 'commander';
import { EXPORT_FORMATS, type ExportFormat, exportRelation } from '../../analyst/export.ts';
import { UsageError } from '../../model/errors.ts';
import { openWarehouse } from '../../warehouse/db.ts';
import { type CommandIo, processIo, reportFailure, runCommand, WAREHOUSE_OPTION } from './analyst-io.ts';

export interface ExportOptions {
  warehouse: string;
  format: string;
  out?: string;
}

/**
 * `salw-etl export <table-or-view>`: CSV or JSON lines to a file or stdout. A file is written under a
 * temporary name and renamed when complete, so a failed export never leaves a truncated file behind
 * that looks finished.
 */
export async function exportCommand(name: string, options: ExportOptions, io: CommandIo = processIo): Promise<number> {
  if (!(EXPORT_FORMATS as readonly string[]).includes(options.format)) {
    return reportFailure(io, 'export', new UsageError(`unknown format "${options.format}"; use ${EXPORT_FORMATS.join(' or ')}`));
  }
  const format = options.format as ExportFormat;
  try {
    const warehouse = await openWarehouse(options.warehouse, { readonly: true });
    try {
      if (!options.out) {
        await exportRelation(warehouse.sqlite, name, format, io.stdout, { end: false });
        return 0;
      }
      const partial = `${options.out}.partial`;
      const file = createWriteStream(partial);
      try {
        const result = await exportRelation(warehouse.sqlite, name, format, file);
        await finished(file);
        renameSync(partial, options.out);
        io.stderr.write(`exported ${result.rows} rows of ${result.relation} to ${options.out}\n`);
        return 0;
      } catch (error) {
        file.destroy();
        rmSync(partial, { force: true });
        throw error;
      }
    } finally {
      await warehouse.close();
    }
  } catch (error) {
    return reportFailure(io, 'export', error);
  }
}

export function registerExportCommand(program: Command, io: CommandIo = processIo): Command {
  return program
    .command('export')
    .description('export a table or view as CSV (RFC 4180, UTF-8, header row, NULL as an empty field) or JSON lines')
    .argument('<table-or-view>', 'the table or view to export (see `select * from dictionary where column_name is null`)')
    .option(...WAREHOUSE_OPTION)
    .option('--format <format>', 'csv or jsonl', 'csv')
    .option('--out <file>', 'write to this file instead of stdout')
    .action(async (name: string, options: ExportOptions) => runCommand(() => exportCommand(name, options, io)));
}
