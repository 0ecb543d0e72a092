import { UsageError } from '../model/errors.ts';

/**
 * Which backend a command's `--warehouse` selects: a postgres:// (or postgresql://) URL selects PostgreSQL,
 * anything else is a SQLite file. Commands that do not run on PostgreSQL yet refuse such a URL here, before
 * it could be taken for a file name (`resolve('postgres://h/db')` is a path under the working folder).
 */

/** Commands that take `--warehouse postgres://...` (copy names its warehouses with --from and --to). */
const ON_POSTGRES: ReadonlySet<string> = new Set(['sql', 'lineage', 'export', 'status', 'run', 'schedule', 'fetch']);

const POSTGRES_URL = /^postgres(?:ql)?:\/\//iu;

/** The `--warehouse` value of an argument list (`--warehouse X` or `--warehouse=X`), if any. */
export function warehouseArgument(argv: readonly string[]): string | undefined {
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i] ?? '';
    if (arg === '--warehouse') return argv[i + 1];
    if (arg.startsWith('--warehouse=')) return arg.slice('--warehouse='.length);
  }
  return undefined;
}

/** Throws a UsageError (exit 2) when `argv` points a command that runs only on SQLite at a PostgreSQL warehouse. */
export function refuseUnsupportedBackend(argv: readonly string[]): void {
  const warehouse = warehouseArgument(argv);
  if (warehouse === undefined || !POSTGRES_URL.test(warehouse)) return;
  const command = argv.find((arg) => !arg.startsWith('-')) ?? '';
  if (ON_POSTGRES.has(command)) return;
  const now = [...ON_POSTGRES].map((c) => `\`${c}\``).join(', ');
  throw new UsageError(
    `\`${command}\` does not run on a PostgreSQL warehouse yet (not yet: load into SQLite and copy it with \`salw-etl copy --from <file> --to <postgres URL>\`; on PostgreSQL now: ${now})`,
  );
}
