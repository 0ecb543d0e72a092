import { SalwError, UsageError } from '../../model/errors.ts';

/**
 * What the analyst commands (lineage, export, sql, docs) share: where they write, the default
 * warehouse, and how a failure is told. Commands return an exit code instead of exiting, so tests can
 * run them in-process and output streams flush before the process ends.
 */

export interface CommandIo {
  stdout: NodeJS.WritableStream & { isTTY?: boolean };
  stderr: NodeJS.WritableStream;
}

export const processIo: CommandIo = { stdout: process.stdout, stderr: process.stderr };

export const DEFAULT_WAREHOUSE = './warehouse/salw.sqlite';

export const WAREHOUSE_OPTION = ['--warehouse <file>', 'the warehouse SQLite file', DEFAULT_WAREHOUSE] as const;

/**
 * Tells the failure on stderr (the reason, without a stack: it is the user's to act on) and returns the
 * exit code: 2 for wrong arguments (`UsageError`), as the README documents, 1 for anything else.
 */
export function reportFailure(io: CommandIo, command: string, error: unknown): number {
  // The reader of our output went away (`salw-etl sql ... | head`): nothing is wrong, and nothing to say.
  if ((error as { code?: unknown } | null)?.code === 'EPIPE') return 0;
  const reason = error instanceof UsageError ? error.message : error instanceof SalwError ? error.message.replace(/^[a-z]+: /, '') : (error as Error).message ?? String(error);
  io.stderr.write(`salw-etl ${command}: ${reason}\n`);
  return error instanceof UsageError ? 2 : 1;
}

/** Runs a command body and sets the process exit code from it (never calls process.exit: output must flush). */
export async function runCommand(body: () => Promise<number>): Promise<void> {
  const code = await body();
  if (code !== 0) process.exitCode = code;
}
