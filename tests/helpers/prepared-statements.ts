import type Database from 'better-sqlite3';

/** Records the text of every statement prepared on `sqlite` from now on (tests that count prepares). */
export function recordPrepares(sqlite: Database.Database): string[] {
  const prepared: string[] = [];
  const prepare = sqlite.prepare.bind(sqlite);
  sqlite.prepare = ((source: string) => {
    prepared.push(source);
    return prepare(source);
  }) as typeof sqlite.prepare;
  return prepared;
}
