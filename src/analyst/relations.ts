import type Database from 'better-sqlite3';
import { UsageError } from '../model/errors.ts';

/** The tables and views an analyst may read, and how to name one safely in SQL. */

export interface Relation {
  name: string;
  type: 'table' | 'view';
}

export function listRelations(sqlite: Database.Database): Relation[] {
  return sqlite.prepare(`SELECT name, type FROM sqlite_master WHERE type IN ('table', 'view') AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY type, name`)
    .all() as Relation[];
}

/**
 * The table or view called `name` (SQLite names are case-insensitive), or a SalwError listing what
 * exists. Anything else (a query, an index, a name with a typo) is refused, so the name can be quoted
 * into SQL without letting a query in.
 */
export function resolveRelation(sqlite: Database.Database, name: string): Relation {
  const found = sqlite.prepare(`SELECT name, type FROM sqlite_master WHERE type IN ('table', 'view') AND name = ? COLLATE NOCASE`)
    .get(name) as Relation | undefined;
  if (found) return found;
  const names = listRelations(sqlite).map((r) => r.name).join(', ');
  throw new UsageError(`"${name}" is not a table or view of the warehouse; choose one of: ${names}`);
}

export function quoteIdentifier(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}
