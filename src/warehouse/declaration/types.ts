/**
 * The shape of the warehouse's declaration (tables.ts, views.ts): what every backend builds and every test
 * compares against. Types are the ones analysts see whatever the backend: INTEGER (also 0/1 flags), TEXT
 * (also ISO-8601 timestamps), REAL.
 */

export type SqlType = 'INTEGER' | 'TEXT' | 'REAL';

export interface ColumnDecl {
  type: SqlType;
  notNull: boolean;
  /** The table's key: `generated` hands out ids (SQLite AUTOINCREMENT, a PostgreSQL identity); `given` is written by the caller. */
  primaryKey?: 'generated' | 'given';
  /** A portable SQL literal. */
  default?: string;
  /** `table.column` this column refers to. */
  references?: string;
  /** A portable SQL condition on the column (`x IN (0, 1)`). */
  check?: string;
}

export interface TableDecl {
  name: string;
  columns: ReadonlyArray<readonly [string, ColumnDecl]>;
}

/** An index entry is a column, or an expression written in SQL both backends understand. */
export type IndexPart = string | { expression: string };

export interface IndexDecl {
  name: string;
  table: string;
  parts: readonly IndexPart[];
  unique: boolean;
}

export interface ViewDecl {
  name: string;
  /** Its columns, in order: what an analyst's SELECT * returns. Each backend has its own text (sqlite: migrations; postgres/views.ts). */
  columns: readonly string[];
  /** Its rows come in a stated order (an ORDER BY), the same on every backend; else in no order to rely on. */
  ordered: boolean;
}

/** `INTEGER!` is NOT NULL; `pk` the generated integer key; extra properties as in ColumnDecl. */
export type Shorthand = 'pk' | 'INTEGER' | 'INTEGER!' | 'TEXT' | 'TEXT!' | 'REAL';

export function column(shorthand: Shorthand, extra: Omit<Partial<ColumnDecl>, 'type' | 'notNull'> = {}): ColumnDecl {
  if (shorthand === 'pk') return { type: 'INTEGER', notNull: true, primaryKey: 'generated', ...extra };
  const notNull = shorthand.endsWith('!');
  return { type: shorthand.replace('!', '') as SqlType, notNull, ...extra };
}
