import pino from 'pino';
import pinoPretty from 'pino-pretty';

/**
 * The CLI's logger: JSON lines (pino) when stdout is not a terminal, for log collectors; readable lines
 * (pino-pretty) when it is, for a person. Both synchronous, so log lines and the printed summary keep
 * their order.
 */

export type LogLevel = 'debug' | 'info' | 'warn' | 'error';

export interface LoggingOptions {
  /** Only warnings and errors. */
  quiet?: boolean;
  /** Debug lines too. */
  verbose?: boolean;
  /** Readable lines instead of JSON (default: stdout is a TTY). */
  pretty?: boolean;
  /** Where lines go (default stdout); the progress bar passes a stream that prints above the bar. */
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
  const pretty = options.pretty ?? process.stdout.isTTY === true;
  if (pretty) {
    const stream = pinoPretty({
      colorize: true,
      sync: true,
      translateTime: 'SYS:HH:MM:ss',
      ignore: 'pid,hostname',
      destination: options.destination ?? process.stdout,
    });
    return pino({ level, base: undefined }, stream);
  }
  const destination = options.destination ?? pino.destination({ dest: 1, sync: true });
  return pino({ level, base: { pid: process.pid }, timestamp: pino.stdTimeFunctions.isoTime }, destination as pino.DestinationStream);
}
