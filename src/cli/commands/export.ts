import { createWriteStream, lstatSync, realpathSync, renameSync, rmSync, type Stats, statSync } from 'node:fs';
import { finished } from 'node:stream/promises';
import type { Command } from 'commander';
import type { ExportFormat, ExportResult } from '../../analyst/export.ts';
import { UsageError } from '../../model/errors.ts';
import { type CommandIo, processIo, reportFailure, runCommand, WAREHOUSE_OPTION } from './analyst-io.ts';

/** The formats analyst/export.ts writes (named here so `--help` loads none of its code). */
export const EXPORT_FORMATS: readonly ExportFormat[] = ['csv', 'jsonl'];

export interface ExportOptions {
  warehouse: string;
  format: string;
  out?: string;
}

/** Where `--out` writes: stdout (`-`), straight into what the path names, or a regular file replaced whole. */
type ExportTarget = { kind: 'stdout' } | { kind: 'direct'; path: string } | { kind: 'replace'; path: string };

/**
 * Writes through what the path names: `-` is stdout; a symbolic link is followed (its target is written,
 * the link stays); a FIFO, a terminal or a device is written into as it is (never replaced by a regular
 * file); a regular file, or a path that does not exist yet, is written under a temporary name beside it
 * and renamed when complete. A folder is refused.
 */
function exportTarget(out: string): ExportTarget {
  if (out === '-') return { kind: 'stdout' };
  let link: Stats;
  try {
    link = lstatSync(out);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { kind: 'replace', path: out };
    throw error;
  }
  if (link.isSymbolicLink()) {
    let target: string;
    try {
      target = realpathSync(out);
    } catch {
      return { kind: 'direct', path: out }; // A dangling link: writing through it creates its target.
    }
    const stat = statSync(target);
    if (stat.isDirectory()) throw new UsageError(`--out ${out} names a folder; give a file name`);
    return stat.isFile() ? { kind: 'replace', path: target } : { kind: 'direct', path: target };
  }
  if (link.isDirectory()) throw new UsageError(`--out ${out} names a folder; give a file name`);
  return link.isFile() ? { kind: 'replace', path: out } : { kind: 'direct', path: out };
}

/**
 * `salw-etl export <table-or-view>`: CSV or JSON lines to a file or stdout. A regular file is written
 * under a temporary name and renamed when complete, so a failed export never leaves a truncated file
 * behind that looks finished; other things a path can name are written through (see exportTarget).
 */
export async function exportCommand(name: string, options: ExportOptions, io: CommandIo = processIo): Promise<number> {
  if (!(EXPORT_FORMATS as readonly string[]).includes(options.format)) {
    return reportFailure(io, 'export', new UsageError(`unknown format "${options.format}"; use ${EXPORT_FORMATS.join(' or ')}`));
  }
  const format = options.format as ExportFormat;
  try {
    const target: ExportTarget = options.out === undefined ? { kind: 'stdout' } : exportTarget(options.out);
    // Loaded when the command runs, not when the CLI starts (`--help` loads no warehouse code).
    const warehouse = await openExporter(options.warehouse);
    const exportRelation = warehouse.exportRelation;
    try {
      if (target.kind === 'stdout') {
        await exportRelation(name, format, io.stdout, { end: false });
        return 0;
      }
      if (target.kind === 'direct') {
        const stream = createWriteStream(target.path, { flags: 'w' });
        const result = await exportRelation(name, format, stream);
        await finished(stream);
        io.stderr.write(`exported ${result.rows} rows of ${result.relation} to ${options.out}\n`);
        return 0;
      }
      const partial = `${target.path}.partial`;
      const file = createWriteStream(partial);
      try {
        const result = await exportRelation(name, format, file);
        await finished(file);
        renameSync(partial, target.path);
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

type Exporter = (name: string, format: ExportFormat, out: NodeJS.WritableStream, options?: { end?: boolean }) => Promise<ExportResult>;

/** What exports a relation of the warehouse `--warehouse` names: a SQLite file, or a postgres:// URL. */
async function openExporter(location: string): Promise<{ exportRelation: Exporter; close(): Promise<void> }> {
  const { exportRelation, exportRows } = await import('../../analyst/export.ts');
  if (/^postgres(?:ql)?:\/\//iu.test(location)) {
    const { openPostgresWarehouse } = await import('../../warehouse/postgres/warehouse.ts');
    const { postgresRelationRows } = await import('../../warehouse/postgres/relation-rows.ts');
    const warehouse = await openPostgresWarehouse(location, { readonly: true });
    return {
      exportRelation: async (name, format, out, options) => {
        const relation = await postgresRelationRows(warehouse.pool, name);
        try {
          return await exportRows(relation.relation, relation.columns, relation.rows, format, out, options);
        } finally {
          await relation.close();
        }
      },
      close: () => warehouse.close(),
    };
  }
  const { openWarehouse } = await import('../../warehouse/db.ts');
  const warehouse = await openWarehouse(location, { readonly: true });
  return { exportRelation: (name, format, out, options) => exportRelation(warehouse.sqlite, name, format, out, options), close: () => warehouse.close() };
}

export function registerExportCommand(program: Command, io: CommandIo = processIo): Command {
  return program
    .command('export')
    .description('export a table or view as CSV (RFC 4180, UTF-8, header row, NULL as an empty field) or JSON lines')
    .argument('<table-or-view>', 'the table or view to export (see `select * from dictionary where column_name is null`)')
    .option(...WAREHOUSE_OPTION)
    .option('--format <format>', 'csv or jsonl', 'csv')
    .option('--out <file>', 'write to this file instead of stdout (`-` is stdout; a link is written through, a FIFO or device written into)')
    .action(async (name: string, options: ExportOptions) => runCommand(() => exportCommand(name, options, io)));
}
