import type pg from 'pg';
import type { RowReader } from '../rows.ts';

/** rows.ts's reader on PostgreSQL: the `?` placeholders become `$1`, `$2`... (the SQL given holds no `?` of its own). */
export function postgresRows(pool: pg.Pool): RowReader {
  const numbered = (query: string): string => {
    let n = 0;
    return query.replace(/\?/gu, () => {
      n += 1;
      return `$${n}`;
    });
  };
  const all = async <T>(query: string, params: readonly unknown[] = []): Promise<T[]> => (await pool.query(numbered(query), [...params])).rows as T[];
  return {
    all,
    get: async <T>(query: string, params: readonly unknown[] = []) => (await all<T>(query, params))[0],
    hasTable: async (name) => (await all(`SELECT 1 FROM information_schema.tables WHERE table_schema = current_schema() AND table_name = ?`, [name])).length > 0,
  };
}
