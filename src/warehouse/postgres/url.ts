/**
 * What a `--warehouse` value that names a PostgreSQL server looks like, and how messages name it: kept apart
 * from warehouse.ts so that a command on a SQLite warehouse never loads the PostgreSQL client (pg and what it
 * pulls in were a tenth of a no-op run's time).
 */

export function isPostgresUrl(location: string): boolean {
  return /^postgres(?:ql)?:\/\//iu.test(location);
}

/** A URL fit for a message or a log: its password replaced by `***`. */
export function displayUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return 'postgres://(an address that does not parse)';
  }
}
