import type { Command } from 'commander';
import { type CommandIo, processIo, reportFailure, runCommand, WAREHOUSE_OPTION } from './analyst-io.ts';

export interface DocsOptions {
  warehouse: string;
  /** Also write the data dictionary as markdown to this file. */
  markdown?: string;
}

/** `salw-etl docs`: refreshes the dictionary table and writes metadata.json next to the warehouse (and the markdown dictionary). */
export async function docsCommand(options: DocsOptions, io: CommandIo = processIo): Promise<number> {
  try {
    // Loaded when the command runs, not when the CLI starts (`--help` loads no warehouse code).
    const { writeDatasetteMetadata } = await import('../../analyst/datasette.ts');
    const { writeWarehouseDoc } = await import('../../analyst/docs.ts');
    const metadata = await writeDatasetteMetadata(options.warehouse);
    io.stderr.write(`wrote ${metadata}\n`);
    if (options.markdown) io.stderr.write(`wrote ${await writeWarehouseDoc(options.markdown)}\n`);
    return 0;
  } catch (error) {
    return reportFailure(io, 'docs', error);
  }
}

export function registerDocsCommand(program: Command, io: CommandIo = processIo): Command {
  return program
    .command('docs')
    .description('refresh the dictionary table and write a Datasette metadata.json next to the warehouse')
    .option(...WAREHOUSE_OPTION)
    .option('--markdown <file>', 'also write the data dictionary as markdown (e.g. docs/warehouse.md)')
    .action(async (options: DocsOptions) => runCommand(() => docsCommand(options, io)));
}
