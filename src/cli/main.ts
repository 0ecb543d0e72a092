import { readFileSync } from 'node:fs';
import { Command, CommanderError } from 'commander';
import { SalwError, UsageError } from '../model/errors.ts';
import { refuseUnsupportedBackend } from './backend.ts';
import { dropOutputOnClosedReader } from './closed-readers.ts';
import { registerCopyCommand } from './commands/copy.ts';
import { registerDocsCommand } from './commands/docs.ts';
import { registerExportCommand } from './commands/export.ts';
import { registerFetchCommand } from './commands/fetch.ts';
import { registerLineageCommand } from './commands/lineage.ts';
import { registerRunCommand } from './commands/run.ts';
import { registerScheduleCommand } from './commands/schedule.ts';
import { registerStatusCommand } from './commands/status.ts';
import { registerSqlCommand } from './commands/sql.ts';

const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string; description: string };

export function buildProgram(): Command {
  const program = new Command('salw-etl')
    .description(pkg.description)
    .version(pkg.version)
    .showHelpAfterError('(run with --help for usage)')
    .exitOverride();
  registerRunCommand(program);
  registerFetchCommand(program);
  registerScheduleCommand(program);
  registerStatusCommand(program);
  registerLineageCommand(program);
  registerExportCommand(program);
  registerSqlCommand(program);
  registerDocsCommand(program);
  registerCopyCommand(program);
  return program;
}

/** Runs the CLI; returns the exit code. Errors become one line naming what went wrong, never a stack trace. */
export async function main(argv: readonly string[]): Promise<number> {
  dropOutputOnClosedReader(process.stdout);
  dropOutputOnClosedReader(process.stderr);
  const program = buildProgram();
  try {
    refuseUnsupportedBackend(argv);
    await program.parseAsync([...argv], { from: 'user' });
    return typeof process.exitCode === 'number' ? process.exitCode : 0;
  } catch (error) {
    // Commander has already printed its own usage errors.
    if (error instanceof CommanderError) return error.exitCode === 0 ? 0 : 2;
    if (error instanceof UsageError) {
      process.stderr.write(`error: ${error.message}\n`);
      return 2;
    }
    const message = error instanceof SalwError || error instanceof Error ? error.message : String(error);
    process.stderr.write(`salw-etl: ${message}\n`);
    return 1;
  }
}
