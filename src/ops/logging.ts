import { createRequire } from 'node:module';
import pino from 'pino';
import type { prettyFactory as PrettyFactory } from 'pino-pretty';

/**
 * The CLI's logger, on stderr (stdout carries the results: the run summary, query output, exports):
 * JSON lines (pino) when stderr is not a terminal, for log collectors; readable lines (pino-pretty) when
 * it is, for a person. Both synchronous, so log lines and the printed summary keep their order.
 */

export type LogLevel = 'debug' | 'info' | 'warn' | 'error';

export interface LoggingOptions {
  /** Only warnings and errors. */
  quiet?: boolean;
  /** Debug lines too. */
  verbose?: boolean;
  /** Readable lines instead of JSON (default: stderr is a TTY). */
  pretty?: boolean;
  /** Where lines go (default stderr); the progress bar passes a stream that prints above the bar. */
  destination?: { write(chunk: string): unknown };
}

/** --verbose wins over --quiet: asking for more detail is the more deliberate choice. */
export function logLevel(options: Pick<LoggingOptions, 'quiet' | 'verbose'>): LogLevel {
  if (options.verbose) return 'debug';
  if (options.quiet) return 'warn';
  return 'info';
}

export function createLogger(options: LoggingOptions = {}): pino.Logger {
  const level = logLevel(options);
  const pretty = options.pretty ?? process.stderr.isTTY === true;
  if (pretty) {
    // prettyFactory formats in the calling tick (the pino-pretty stream would pipe, i.e. later), so a log
    // line never lands after the summary printed below it.
    // Loaded only for a terminal: a night run by cron logs JSON and does not pay for the formatter.
    const { prettyFactory } = createRequire(import.meta.url)('pino-pretty') as { prettyFactory: typeof PrettyFactory };
    const format = prettyFactory({ colorize: true, translateTime: 'SYS:HH:MM:ss', ignore: 'pid,hostname', singleLine: true });
    const out = options.destination ?? process.stderr;
    return pino({ level, base: undefined }, { write: (line: string) => { out.write(format(line)); } });
  }
  const destination = options.destination ?? pino.destination({ dest: 2, sync: true });
  return pino({ level, base: { pid: process.pid }, timestamp: pino.stdTimeFunctions.isoTime }, destination as pino.DestinationStream);
}
