import { describe, expect, it } from 'vitest';
import { SalwError } from '../../src/model/errors.ts';
import { switchToWal } from '../../src/warehouse/wal-mode.ts';

function sqliteError(code: string, message: string): Error {
  return Object.assign(new Error(message), { code });
}

/** A connection whose switch to WAL fails with the given errors, in order, then succeeds. */
function connection(failures: Error[]): { pragma: (source: string) => unknown; calls: string[] } {
  const calls: string[] = [];
  return {
    calls,
    pragma(source: string) {
      calls.push(source);
      const failure = failures.shift();
      if (failure) throw failure;
      return 'wal';
    },
  };
}

describe('switchToWal: the switch SQLite refuses at once while another process opens the same new file', () => {
  it('is tried again after a pause until it succeeds', () => {
    const busy = () => sqliteError('SQLITE_BUSY', 'database is locked');
    const sqlite = connection([busy(), busy()]);
    const pauses: number[] = [];
    switchToWal(sqlite, '/w/salw.sqlite', 10_000, (ms) => pauses.push(ms));
    expect(sqlite.calls).toEqual(['journal_mode = WAL', 'journal_mode = WAL', 'journal_mode = WAL']);
    expect(pauses).toEqual([20, 20]);
  });

  it('gives up once busy_timeout has passed, naming the warehouse and saying what to do', () => {
    const sqlite = connection([sqliteError('SQLITE_BUSY_RECOVERY', 'database is locked')]);
    let thrown: unknown;
    try {
      switchToWal(sqlite, '/w/salw.sqlite', 0, () => undefined);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(SalwError);
    expect((thrown as SalwError).message).toBe(
      'config: the warehouse /w/salw.sqlite stayed busy for 0 ms while this process switched it to WAL (another process is opening or writing it): database is locked. Try again when it has finished',
    );
    expect((thrown as SalwError).retryable).toBe(true);
    expect(sqlite.calls).toEqual(['journal_mode = WAL']);
  });

  it('does not retry any other error', () => {
    const ioError = sqliteError('SQLITE_IOERR', 'disk I/O error');
    const sqlite = connection([ioError]);
    expect(() => switchToWal(sqlite, '/w/salw.sqlite', 10_000, () => undefined)).toThrow(ioError);
    expect(sqlite.calls).toEqual(['journal_mode = WAL']);
  });
});
