import { resolve } from 'node:path';
import { type Command, InvalidArgumentError } from 'commander';
import { DEFAULT_LOCK_TIMEOUT_MS } from '../../warehouse/lock.ts';
import { DEFAULT_RAW, DEFAULT_WAREHOUSE, parseByteSize, parseSeconds } from './run.ts';

/** The options of `salw-etl fetch`. */
export interface FetchCommandOptions {
  raw: string;
  warehouse: string;
  manifest?: string;
  url: string[];
  kind?: string;
  country?: string;
  language?: string;
  interval: number;
  perHost: number;
  timeout: number;
  maxBytes: number;
  retries: number;
  json: boolean;
  lockTimeout: number;
  stateDir?: string;
  openlineageUrl?: string;
  quiet: boolean;
  verbose: boolean;
}

function parseWhole(value: string): number {
  if (!/^\d+$/.test(value.trim())) throw new InvalidArgumentError('expected a whole number (0 or more)');
  return Number(value);
}

const collect = (value: string, previous: string[]): string[] => [...previous, value];

/**
 * `salw-etl fetch`: downloads what is new or changed at the sources' addresses into raw/. The only
 * command that opens network connections; what it does is in src/fetch/, loaded only when it runs.
 */
export function registerFetchCommand(program: Command): void {
  program
    .command('fetch')
    .description('download new or changed documents from the sources manifest (or --url) into the raw folder, politely')
    .option('--raw <dir>', 'folder of raw documents', DEFAULT_RAW)
    .option('--warehouse <file|url>', 'SQLite warehouse file, or a postgres:// URL (the fetch state goes in its fetches table; env SALW_WAREHOUSE)', process.env.SALW_WAREHOUSE ?? DEFAULT_WAREHOUSE)
    .option('--manifest <file>', 'sources manifest (default ./sources.yaml; ignored with --url)')
    .option('--url <address>', 'fetch this address instead of the manifest (repeatable)', collect, [])
    .option('--kind <kind>', 'kind of the --url documents')
    .option('--country <iso3>', 'country (ISO 3166-1 alpha-3) of the --url documents')
    .option('--language <code>', 'language (ISO 639-1) of the --url documents')
    .option('--interval <seconds>', 'least time between two requests to one site', parseSeconds, 1000)
    .option('--per-host <n>', 'most requests at once to one site', parseWhole, 2)
    .option('--timeout <seconds>', 'time-out of one request', parseSeconds, 30_000)
    .option('--max-bytes <size>', 'size cap of one document (bytes, or with KB, MB, GB)', parseByteSize, 100 * 1024 ** 2)
    .option('--retries <n>', 'retries on 429, 5xx, time-outs and network errors', parseWhole, 3)
    .option('--json', 'print the result of each source as JSON', false)
    .option('--lock-timeout <seconds>', 'how long to wait for another process writing the warehouse, to record the fetch', parseSeconds, DEFAULT_LOCK_TIMEOUT_MS)
    .option('--state-dir <folder>', 'for a PostgreSQL warehouse: the folder of the files kept beside a SQLite one (openlineage.jsonl); default ./warehouse (env SALW_STATE_DIR)')
    .option('--openlineage-url <url>', 'also POST the OpenLineage events of the fetch to this endpoint (env SALW_OPENLINEAGE_URL)')
    .option('-q, --quiet', 'log warnings and errors only', false)
    .option('-v, --verbose', 'log debug lines too', false)
    .action(async (opts: FetchCommandOptions) => {
      const { fetchCommandAction } = await import('./fetch-action.ts');
      process.exitCode = await fetchCommandAction({ ...opts, raw: resolve(opts.raw) });
    });
}
