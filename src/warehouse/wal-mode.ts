import type Database from 'better-sqlite3';
import { SalwError } from '../model/errors.ts';

/** How long to wait between two tries of the switch to WAL. */
const RETRY_PAUSE_MS = 20;

/** Blocks the thread: the switch happens in the synchronous open, before anything else may run. */
function pause(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

/**
 * Puts the warehouse in WAL mode. When two processes open one new file at the same moment, SQLite may answer
 * the second's switch with SQLITE_BUSY at once, without waiting through busy_timeout as other statements do
 * (measured: about 1 pair in 150 of processes opening a new file together). The switch is therefore tried again
 * until `timeoutMs` has passed; then the error names the warehouse and says what to do.
 */
export function switchToWal(sqlite: Pick<Database.Database, 'pragma'>, path: string, timeoutMs: number, wait: (ms: number) => void = pause): void {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      sqlite.pragma('journal_mode = WAL');
      return;
    } catch (cause) {
      const code = (cause as { code?: unknown }).code;
      if (typeof code !== 'string' || !code.startsWith('SQLITE_BUSY')) throw cause;
      if (Date.now() >= deadline) {
        throw new SalwError('config', `the warehouse ${path} stayed busy for ${timeoutMs} ms while this process switched it to WAL (another process is opening or writing it): ${(cause as Error).message}. Try again when it has finished`, { cause, retryable: true });
      }
      wait(RETRY_PAUSE_MS);
    }
  }
}
