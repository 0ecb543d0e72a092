import { resolve } from 'node:path';
import { type Command, InvalidArgumentError } from 'commander';
import { formatStatus } from '../format-status.ts';
import { DEFAULT_WAREHOUSE } from './run.ts';

function parseLimit(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError('expected a whole number of runs (1 or more)');
  return n;
}

/** `salw-etl status`: the last runs, current documents, quality issues and the next scheduled run. Reads only. */
export function registerStatusCommand(program: Command): void {
  program
    .command('status')
    .description('show the last runs, current documents per kind and country, quality issues, and the next scheduled run')
    .option('--warehouse <file|url>', 'SQLite warehouse file or postgres:// URL', DEFAULT_WAREHOUSE)
    .option('--limit <n>', 'how many runs to show', parseLimit, 10)
    .option('--json', 'print the status as JSON', false)
    .action(async (opts: { warehouse: string; limit: number; json: boolean }) => {
      const { readStatus } = await import('../../ops/status.ts');
      // A postgres:// URL is no path: resolved, it would become one under the working folder.
      const location = /^postgres(?:ql)?:\/\//iu.test(opts.warehouse) ? opts.warehouse : resolve(opts.warehouse);
      const status = await readStatus(location, { limit: opts.limit });
      process.stdout.write(opts.json ? `${JSON.stringify(status, null, 2)}\n` : `${formatStatus(status)}\n`);
    });
}
