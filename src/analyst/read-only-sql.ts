import type Database from 'better-sqlite3';
import { SalwError } from '../model/errors.ts';

/**
 * Runs one analyst query on a warehouse opened read-only. Two locks on the door: a statement that
 * would write is refused before it runs (SQLite knows from the compiled statement), and the
 * connection itself is read-only, so anything that slips through fails in SQLite; both end in the
 * same clear message instead of SQLite's "attempt to write a readonly database".
 */

export const READ_ONLY_REFUSAL =
  'sql: refused: this statement would change the warehouse, and `salw-etl sql` only reads (the warehouse is opened read-only). Changes come from runs of the pipeline.';

export interface ReadOnlyQuery {
  columns: string[];
  /** The rows, as arrays in column order, read lazily from SQLite. */
  rows: IterableIterator<unknown[]>;
}

function isReadOnlyError(error: unknown): boolean {
  const code = (error as { code?: unknown }).code;
  return code === 'SQLITE_READONLY' || (typeof code === 'string' && code.startsWith('SQLITE_READONLY_')) || /readonly database/i.test(String((error as Error).message));
}

/**
 * Pragmas that take an argument only to name what they read (`PRAGMA table_info(explosions)`). Any
 * other pragma given a value sets something: on a read-only connection SQLite accepts some of those as
 * silent no-ops (`PRAGMA foreign_keys = OFF`), which would tell the analyst it worked.
 */
const READING_PRAGMAS = new Set([
  'table_info', 'table_xinfo', 'table_list', 'index_list', 'index_info', 'index_xinfo', 'foreign_key_list',
  'foreign_key_check', 'integrity_check', 'quick_check', 'function_list', 'pragma_list', 'collation_list',
]);

/** The statement's text without leading comments and white space. */
function statementStart(query: string): string {
  return query.replace(/^(?:\s+|--[^\n]*(?:\n|$)|\/\*[\s\S]*?\*\/)*/u, '');
}

/**
 * Statements the read-only connection would run but that change the session rather than read:
 * ATTACH/DETACH (SQLite counts them as read-only: they change no file) and pragmas given a value.
 * Null when the statement may run.
 */
function sessionChange(query: string): string | null {
  const start = statementStart(query);
  const attach = /^(ATTACH|DETACH)\b/iu.exec(start);
  if (attach) return `${attach[1]?.toUpperCase()} is refused: \`salw-etl sql\` reads the warehouse alone (open other databases with the sqlite3 shell)`;
  const pragma = /^PRAGMA\s+(?:[\p{L}_][\p{L}\p{N}_]*\s*\.\s*)?([\p{L}_][\p{L}\p{N}_]*)\s*(=|\()/iu.exec(start);
  if (pragma && !READING_PRAGMAS.has((pragma[1] ?? '').toLowerCase())) {
    return `PRAGMA ${pragma[1]} with a value is refused: \`salw-etl sql\` only reads, and settings of its session have no use (read a pragma without a value)`;
  }
  return null;
}

/** Wraps SQLite's errors in SalwErrors that say what to do. */
function explain(error: unknown): SalwError {
  if (error instanceof SalwError) return error;
  if (isReadOnlyError(error)) return new SalwError('config', READ_ONLY_REFUSAL.replace(/^sql: /, ''), { cause: error });
  const message = (error as Error).message ?? String(error);
  if (/more than one statement/i.test(message)) {
    return new SalwError('config', 'give one statement at a time (no `;` between statements)', { cause: error });
  }
  return new SalwError('config', `the query failed: ${message}`, { cause: error });
}

/**
 * Prepares and starts `query`. Throws a SalwError for a statement that writes (before running it), a
 * syntax error, or several statements. A statement that returns no rows (e.g. `PRAGMA foreign_keys`
 * without a value is a reader; `BEGIN` is not) yields no columns.
 */
export function runReadOnlyQuery(sqlite: Database.Database, query: string): ReadOnlyQuery {
  let statement: Database.Statement;
  try {
    statement = sqlite.prepare(query);
  } catch (error) {
    throw explain(error);
  }
  if (!statement.readonly) throw new SalwError('config', READ_ONLY_REFUSAL.replace(/^sql: /, ''));
  const refusal = sessionChange(query);
  if (refusal) throw new SalwError('config', refusal);
  if (!statement.reader) {
    try {
      statement.run();
    } catch (error) {
      throw explain(error);
    }
    return { columns: [], rows: [][Symbol.iterator]() };
  }
  const columns = statement.columns().map((c) => c.name);
  const iterator = statement.raw(true).iterate() as IterableIterator<unknown[]>;
  // Errors can surface while stepping through rows too (e.g. a function failing on row 10 000).
  const rows: IterableIterator<unknown[]> = {
    next() {
      try {
        return iterator.next();
      } catch (error) {
        throw explain(error);
      }
    },
    return(value?: unknown) {
      return iterator.return ? iterator.return(value) : { done: true, value: undefined };
    },
    [Symbol.iterator]() {
      return this;
    },
  };
  return { columns, rows };
}
