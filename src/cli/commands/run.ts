import { existsSync, statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { type Command, InvalidArgumentError, Option } from 'commander';
import { PIPELINE_NAMES } from '../../../pipelines/names.ts';
import { UsageError } from '../../model/errors.ts';
import { DEFAULT_LIMITS, type DocumentLimits, formatBytes } from '../../pipeline/limits.ts';
import { DEFAULT_LOCK_TIMEOUT_MS } from '../../warehouse/lock.ts';
import { DEFAULT_REMOVAL_LIMITS } from '../../warehouse/removal-limits.ts';
import { documentWorkerEntry } from '../document-worker-entry.ts';

/**
 * `salw-etl run`: its options and the options it shares with `schedule`. What a run does is in
 * run-action.ts, loaded only when a run starts, so `salw-etl --help` loads none of the pipeline's code.
 */

export const DEFAULT_RAW = './raw';
export const DEFAULT_WAREHOUSE = './warehouse/salw.sqlite';

/** Commander parser for `--lock-timeout <seconds>`: a non-negative number of seconds, returned in ms. */
export function parseSeconds(value: string): number {
  const seconds = Number(value);
  if (value.trim() === '' || !Number.isFinite(seconds) || seconds < 0) throw new InvalidArgumentError('expected a number of seconds (0 or more)');
  return Math.round(seconds * 1000);
}

function parseCount(value: string): number {
  const n = Number(value);
  if (!/^\d+$/.test(value.trim()) || !Number.isSafeInteger(n)) throw new InvalidArgumentError('expected a whole number (0 or more)');
  return n;
}

function parsePositive(value: string): number {
  const n = parseCount(value);
  if (n === 0) throw new InvalidArgumentError('expected a whole number above 0');
  return n;
}

const BYTE_UNITS: Readonly<Record<string, number>> = { '': 1, b: 1, k: 1024, kb: 1024, kib: 1024, m: 1024 ** 2, mb: 1024 ** 2, mib: 1024 ** 2, g: 1024 ** 3, gb: 1024 ** 3, gib: 1024 ** 3 };

/** `--max-bytes 64MB`: a size in bytes, or with a binary unit (KB = KiB = 1024 bytes, as file managers count). */
export function parseByteSize(value: string): number {
  const match = /^(\d+(?:\.\d+)?)\s*([a-z]*)$/iu.exec(value.trim());
  const unit = BYTE_UNITS[(match?.[2] ?? '').toLowerCase()];
  if (!match || unit === undefined || Number(match[1]) <= 0) throw new InvalidArgumentError('expected a size above 0: bytes, or a number with KB, MB or GB');
  return Math.round(Number(match[1]) * unit);
}

function parseShare(value: string): number {
  const n = Number(value);
  if (value.trim() === '' || !Number.isFinite(n) || n < 0 || n > 1) throw new InvalidArgumentError('expected a fraction between 0 and 1 (0.2 = 20%)');
  return n;
}

export function checkRawFolder(raw: string): void {
  if (!existsSync(raw) || !statSync(raw).isDirectory()) throw new UsageError(`the raw folder ${raw} does not exist or is not a folder`);
}

/** The options `run` and `schedule` share: where the output goes and how much of it, the lock wait, lineage. */
export function addOperatorOptions(command: Command): Command {
  return command
    .addOption(
      new Option('--lock-timeout <seconds>', 'how long to wait for another process writing the warehouse')
        .argParser(parseSeconds)
        .default(DEFAULT_LOCK_TIMEOUT_MS, `${DEFAULT_LOCK_TIMEOUT_MS / 1000}`),
    )
    .option('--state-dir <folder>', 'for a PostgreSQL warehouse: the folder of the files kept beside a SQLite one (openlineage.jsonl); default ./warehouse (env SALW_STATE_DIR)')
    .option('--openlineage-url <url>', 'also POST OpenLineage run events to this endpoint (env SALW_OPENLINEAGE_URL)')
    .option('--notify-url <url>', 'POST a JSON notice here when a run fails, refuses removals or quarantines documents (env SALW_NOTIFY_URL)')
    .addOption(new Option('--workers <n>', 'how many documents are read at once, each in its own worker thread (loading stays in order)').argParser(parsePositive).default(availableParallelism()))
    .addOption(new Option('--max-bytes <size>', 'quarantine a file larger than this (bytes, or with KB, MB, GB)').argParser(parseByteSize).default(DEFAULT_LIMITS.maxBytes, formatBytes(DEFAULT_LIMITS.maxBytes)))
    .addOption(new Option('--max-pages <n>', 'quarantine a PDF with more pages').argParser(parsePositive).default(DEFAULT_LIMITS.maxPages))
    .addOption(new Option('--max-lines <n>', 'quarantine a document with more lines of text').argParser(parsePositive).default(DEFAULT_LIMITS.maxLines))
    .addOption(new Option('--document-timeout <seconds>', 'quarantine a document whose reading takes longer (it is stopped)').argParser(parseSeconds).default(DEFAULT_LIMITS.deadlineMs, `${DEFAULT_LIMITS.deadlineMs / 1000}`))
    .addOption(new Option('--max-memory <MB>', 'quarantine a document whose reading needs more heap (it is stopped)').argParser(parsePositive).default(DEFAULT_LIMITS.maxMemoryMb))
    .option('-q, --quiet', 'log warnings and errors only', false)
    .option('-v, --verbose', 'log debug lines too', false);
}

/** The document limits an operator set, and the worker that reads documents under them. */
export function documentReading(opts: OperatorOptions): { limits: DocumentLimits; workerEntry: string; workers: number } {
  return {
    workers: opts.workers,
    limits: { maxBytes: opts.maxBytes, maxPages: opts.maxPages, maxLines: opts.maxLines, deadlineMs: opts.documentTimeout, maxMemoryMb: opts.maxMemory },
    workerEntry: documentWorkerEntry(),
  };
}

export interface OperatorOptions {
  raw: string;
  warehouse: string;
  lockTimeout: number;
  stateDir?: string;
  openlineageUrl?: string;
  notifyUrl?: string;
  quiet: boolean;
  verbose: boolean;
  workers: number;
  maxBytes: number;
  maxPages: number;
  maxLines: number;
  documentTimeout: number;
  maxMemory: number;
}

/** The options of `salw-etl run`. */
export interface RunOptions extends OperatorOptions {
  fullRefresh: boolean;
  rehash: boolean;
  only?: string[];
  dryRun: boolean;
  takeover: boolean;
  trigger: 'manual' | 'schedule';
  allowRemovals: boolean;
  maxRemovals: number;
  maxRemovalShare: number;
}

export function registerRunCommand(program: Command): void {
  const command = program
    .command('run')
    .description('load the documents of the raw folder into the warehouse (all pipelines, or the ones named)')
    .argument('[pipeline...]', `pipelines to run (${PIPELINE_NAMES.join(', ')}); default: all`)
    .option('--raw <dir>', 'folder of raw documents', DEFAULT_RAW)
    .option('--warehouse <file|url>', 'SQLite warehouse file, or a postgres:// URL (env SALW_WAREHOUSE)', process.env.SALW_WAREHOUSE ?? DEFAULT_WAREHOUSE)
    .option('--full-refresh', 're-extract every document, changed or not', false)
    .option('--rehash', 'hash every file, also those whose size and modification time are unchanged since the warehouse saw them', false)
    .option('--only <glob...>', 'limit the run to files matching these globs (relative to --raw)')
    .option('--allow-removals', 'confirm that files gone from the raw folder were really taken away: mark their documents removed whatever their number', false)
    .addOption(new Option('--max-removals <n>', 'refuse a run that would remove more than this many documents (and more than --max-removal-share)').argParser(parseCount).default(DEFAULT_REMOVAL_LIMITS.maxRemovals))
    .addOption(new Option('--max-removal-share <fraction>', 'refuse a run that would remove more than this share of the current documents (and more than --max-removals)').argParser(parseShare).default(DEFAULT_REMOVAL_LIMITS.maxRemovalShare))
    .option('--takeover', 'on a shared (PostgreSQL) warehouse: ingest although the last run used other extraction code (a new build taking over; stop the old build\'s processes first)', false)
    .option('--dry-run', 'print what would be loaded, re-extracted, superseded, skipped and removed; write nothing', false)
    .addOption(new Option('--trigger <trigger>', 'what started the run').choices(['manual', 'schedule']).default('manual').hideHelp());
  addOperatorOptions(command)
    .action(async (names: string[], opts: RunOptions) => {
      // The run's code (pipelines, decoders, the warehouse) loads when a run starts, not for `--help`.
      const { runCommandAction } = await import('./run-action.ts');
      await runCommandAction(names, opts);
    });
}
