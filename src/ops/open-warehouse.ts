import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { openWarehouse } from '../warehouse/db.ts';
import { displayUrl, isPostgresUrl } from '../warehouse/postgres/url.ts';
import type { RunWarehouse } from '../warehouse/run-warehouse.ts';

/**
 * The warehouse a `--warehouse` value names: a postgres:// (or postgresql://) URL is a PostgreSQL
 * warehouse, anything else a SQLite file. What the run path writes through is the same (run-warehouse.ts).
 */
export async function openRunWarehouse(location: string): Promise<RunWarehouse> {
  // The PostgreSQL client loads only for a PostgreSQL warehouse.
  if (isPostgresUrl(location)) return (await import('../warehouse/postgres/warehouse.ts')).openPostgresWarehouse(location);
  return openWarehouse(location);
}

/**
 * The warehouse a `--warehouse` value names, opened only to read, or null when there is none yet (no such
 * file, an empty PostgreSQL schema): nothing is created, built or written.
 */
export async function openWarehouseToRead(location: string): Promise<RunWarehouse | null> {
  if (isPostgresUrl(location)) return (await import('../warehouse/postgres/warehouse.ts')).openBuiltPostgresWarehouse(location);
  if (location === ':memory:' || !existsSync(location)) return null;
  return openWarehouse(location, { readonly: true });
}

/** The location as a run opens it: a URL as given, a file path made absolute. */
export function warehouseLocation(value: string): string {
  return isPostgresUrl(value) ? value : resolve(value);
}

/** The location for messages and logs: a URL without its password. */
export function warehouseDisplayName(location: string): string {
  return isPostgresUrl(location) ? displayUrl(location) : location;
}

/** The folder the default state folder of a PostgreSQL warehouse is, when none is named: where a SQLite warehouse would be. */
export const DEFAULT_STATE_DIR = './warehouse';

/**
 * Where the files a warehouse keeps beside it go (openlineage.jsonl; metadata.json for a SQLite one): the
 * SQLite file's folder, or, for a PostgreSQL warehouse, the state folder named by `--state-dir` (or
 * SALW_STATE_DIR), ./warehouse by default.
 */
export function stateFolder(location: string, stateDir?: string | null): string {
  if (stateDir) return resolve(stateDir);
  return isPostgresUrl(location) ? resolve(DEFAULT_STATE_DIR) : dirname(resolve(location));
}
