import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { type Kysely, sql } from 'kysely';
import { SalwError, UsageError } from '../model/errors.ts';
import { dumpDifference, dumpLines, readDumpSource } from '../warehouse/canonical-dump.ts';
import { openWarehouse } from '../warehouse/db.ts';
import { TABLES } from '../warehouse/declaration/tables.ts';
import type { TableDecl } from '../warehouse/declaration/types.ts';
import { acquireWarehouseLock, type HeldLock } from '../warehouse/lock.ts';
import { acquirePostgresLock } from '../warehouse/postgres/lock.ts';
import { isPostgresUrl, openPostgresWarehouse } from '../warehouse/postgres/warehouse.ts';
import type { WarehouseDatabase } from '../warehouse/schema.ts';

/**
 * `salw-etl copy`: moves a whole warehouse from one backend to the other (or to another of the same kind):
 * every row of every table with its id, so lineage, quality issues' records and cited ids stay as they were,
 * and the id counters after (a copy hands out the ids the source would have handed out next).
 *
 * Only into an empty warehouse, under its write lock, in one transaction: before the commit the target is
 * read back and checked against the source (each table's rows, every column, as a multiset digest; and the
 * canonical dump of src/warehouse/canonical-dump.ts); any difference rolls the copy back.
 * Not copied: `warehouse_lock`, `document_leases` and `scheduler_state` (the live state of processes on the source, not data);
 * the dictionary is the source's (the same code describes the same schema).
 */

type Row = Record<string, unknown>;
// biome-ignore lint/suspicious/noExplicitAny: the copy reads and writes every table by name.
type AnyDb = Kysely<any>;

interface Endpoint {
  kind: 'sqlite' | 'postgres';
  name: string;
  db: Kysely<WarehouseDatabase>;
  /** The highest id each table's counter has handed out. */
  lastIds(db: AnyDb): Promise<Map<string, number>>;
  /** Sets each table's counter so that the next id is the one after `last`. */
  setLastIds(db: AnyDb, last: ReadonlyMap<string, number>): Promise<void>;
  /** Foreign keys checked at commit (documents.superseded_by refers to rows copied later). */
  deferForeignKeys(db: AnyDb): Promise<void>;
  lock(command: string): Promise<HeldLock>;
  close(): Promise<void>;
}

const NOT_COPIED = new Set(['warehouse_lock', 'document_leases', 'scheduler_state']);
const COPIED: readonly TableDecl[] = TABLES.filter((t) => !NOT_COPIED.has(t.name));
const keyOf = (table: TableDecl): string | undefined => table.columns.find(([, c]) => c.primaryKey !== undefined)?.[0];
const generated = (table: TableDecl): string | undefined => table.columns.find(([, c]) => c.primaryKey === 'generated')?.[0];

export interface CopyReport {
  from: string;
  to: string;
  rows: Record<string, number>;
  dumpLines: number;
}

export async function copyWarehouse(from: string, to: string, options: { onProgress?: (message: string) => void } = {}): Promise<CopyReport> {
  if (from === to) throw new UsageError('--from and --to name the same warehouse');
  if (!isPostgresUrl(from) && !existsSync(resolve(from))) throw new UsageError(`--from ${from}: no such warehouse file`);
  const source = await openEndpoint(from, true);
  let target: Endpoint | undefined;
  let lock: HeldLock | undefined;
  try {
    target = await openEndpoint(to, false);
    lock = await target.lock('copy');
    const into = target;
    await refuseNonEmpty(into);
    const report: CopyReport = { from: source.name, to: into.name, rows: {}, dumpLines: 0 };
    await into.db.transaction().execute(async (tx) => {
      await into.deferForeignKeys(tx);
      for (const table of COPIED) {
        report.rows[table.name] = await copyTable(source.db, tx, table);
        options.onProgress?.(`${table.name}: ${report.rows[table.name]} rows`);
      }
      await into.setLastIds(tx, await source.lastIds(source.db));
      report.dumpLines = await checkCopy(source.db, tx);
    });
    return report;
  } finally {
    await lock?.release();
    await target?.close();
    await source.close();
  }
}

async function openEndpoint(location: string, readonly: boolean): Promise<Endpoint> {
  if (isPostgresUrl(location)) {
    const warehouse = await openPostgresWarehouse(location, { readonly });
    return {
      kind: 'postgres',
      name: warehouse.name,
      db: warehouse.db,
      async lastIds(db) {
        const last = new Map<string, number>();
        for (const table of COPIED) {
          const column = generated(table);
          if (!column) continue;
          const named = await sql<{ sequence: string }>`SELECT pg_get_serial_sequence(${table.name}, ${column}) AS sequence`.execute(db);
          // The name comes from PostgreSQL itself, quoted where it needs to be.
          const sequence = sql.raw(named.rows[0]?.sequence ?? '');
          const row = await sql<{ last: number }>`SELECT CASE WHEN is_called THEN last_value ELSE 0 END AS last FROM ${sequence}`.execute(db);
          last.set(table.name, Number(row.rows[0]?.last ?? 0));
        }
        return last;
      },
      async setLastIds(db, last) {
        for (const table of COPIED) {
          const column = generated(table);
          if (!column) continue;
          const highest = sql.raw(`(SELECT coalesce(max(${column}), 0) FROM ${table.name})`);
          const value = last.get(table.name) ?? 0;
          await sql`SELECT setval(pg_get_serial_sequence(${table.name}, ${column}), greatest(${value}::bigint, ${highest}, 1), greatest(${value}::bigint, ${highest}) > 0)`.execute(db);
        }
      },
      deferForeignKeys: async (db) => {
        await sql`SET CONSTRAINTS ALL DEFERRED`.execute(db);
      },
      lock: (command) => acquirePostgresLock(warehouse.db, warehouse.name, { command, timeoutMs: 0 }),
      close: () => warehouse.close(),
    };
  }
  const path = resolve(location);
  const warehouse = await openWarehouse(path, { readonly });
  return {
    kind: 'sqlite',
    name: path,
    db: warehouse.db,
    async lastIds(db) {
      const rows = await sql<{ name: string; seq: number }>`SELECT name, seq FROM sqlite_sequence`.execute(db);
      return new Map(rows.rows.map((r) => [r.name, Number(r.seq)]));
    },
    async setLastIds(db, last) {
      for (const table of COPIED) {
        if (!generated(table)) continue;
        const value = last.get(table.name) ?? 0;
        // Inserting ids moved the counter to the highest id copied; the source's may be higher (rows deleted since).
        await sql`DELETE FROM sqlite_sequence WHERE name = ${table.name}`.execute(db);
        const highest = sql.raw(`(SELECT coalesce(max(${generated(table)}), 0) FROM ${table.name})`);
        await sql`INSERT INTO sqlite_sequence (name, seq) SELECT ${table.name}, max(${value}, ${highest}) WHERE max(${value}, ${highest}) > 0`.execute(db);
      }
    },
    deferForeignKeys: async (db) => {
      await sql`PRAGMA defer_foreign_keys = ON`.execute(db);
    },
    lock: (command) => acquireWarehouseLock(warehouse, { command, timeoutMs: 0 }),
    close: () => warehouse.close(),
  };
}

/** A copy goes only into a new warehouse: one holding rows (the dictionary aside, which describes the schema) is refused. */
async function refuseNonEmpty(target: Endpoint): Promise<void> {
  const holding: string[] = [];
  for (const table of COPIED) {
    if (table.name === 'dictionary') continue;
    const row = await (target.db as AnyDb).selectFrom(table.name).select(sql<number>`count(*)`.as('n')).executeTakeFirst();
    const n = Number(row?.n ?? 0);
    if (n > 0) holding.push(`${table.name}: ${n} rows`);
  }
  if (holding.length > 0) {
    throw new SalwError('config', `the warehouse ${target.name} is not empty (${holding.join(', ')}); refused: copy only into a new warehouse, nothing was changed`);
  }
}

/** Rows per INSERT: the statement's parameters stay under both backends' limits. */
const batchSize = (table: TableDecl): number => Math.max(1, Math.min(500, Math.floor(30_000 / table.columns.length)));

/** Reads `table` from the source in key order, a batch at a time, and inserts its rows with their ids; returns the count. */
async function copyTable(source: Kysely<WarehouseDatabase>, target: AnyDb, table: TableDecl): Promise<number> {
  const columns = table.columns.map(([name]) => name);
  const key = keyOf(table);
  const size = batchSize(table);
  if (table.name === 'dictionary') {
    await target.deleteFrom('dictionary').execute();
    const rows = await readAll(source, table);
    for (let i = 0; i < rows.length; i += size) await target.insertInto(table.name).values(rows.slice(i, i + size)).execute();
    return rows.length;
  }
  if (!key) throw new Error(`the table ${table.name} has no key to copy it by`);
  let copied = 0;
  let last: unknown;
  for (;;) {
    let query = (source as AnyDb).selectFrom(table.name).select(columns).orderBy(key).limit(size);
    if (last !== undefined) query = query.where(key, '>', last);
    const rows = (await query.execute()) as Row[];
    if (rows.length === 0) return copied;
    await target.insertInto(table.name).values(rows).execute();
    copied += rows.length;
    last = rows.at(-1)?.[key];
  }
}

/** Every row of a table with no key, in the order the dictionary is written: by relation, then position. */
async function readAll(db: Kysely<WarehouseDatabase>, table: TableDecl): Promise<Row[]> {
  const rows = (await (db as AnyDb).selectFrom(table.name).select(table.columns.map(([name]) => name)).execute()) as Row[];
  const bytes = (value: unknown): Buffer => Buffer.from(String(value ?? ''), 'utf8');
  return rows.sort((a, b) => Buffer.compare(bytes(a.object_name), bytes(b.object_name)) || Number(a.position) - Number(b.position));
}

/**
 * The target, read back inside the copy's transaction, against the source: each table's row count and a digest
 * of its rows (every column, in any order), then the canonical dump. Returns the dump's length.
 */
async function checkCopy(source: Kysely<WarehouseDatabase>, target: AnyDb): Promise<number> {
  for (const table of COPIED) {
    const [was, now] = [await tableDigest(source, table), await tableDigest(target, table)];
    if (was.rows !== now.rows || was.digest !== now.digest) {
      throw new SalwError('load', `the copy of ${table.name} differs from its source (${was.rows} rows there, ${now.rows} here${was.rows === now.rows ? ', values differ' : ''}); rolled back, nothing was changed`);
    }
  }
  const [before, after] = [dumpLines(await readDumpSource(source as Kysely<unknown>)), dumpLines(await readDumpSource(target as Kysely<unknown>))];
  const { removed, added } = dumpDifference(before, after);
  if (removed.length > 0 || added.length > 0) {
    throw new SalwError('load', `the copy's canonical dump differs from its source's (${removed.length} line(s) missing, ${added.length} more, first: ${removed[0] ?? added[0]}); rolled back, nothing was changed`);
  }
  return after.length;
}

/** A table's rows as a multiset: their count and the sum (mod 2^256) of each row's sha256. */
async function tableDigest(db: Kysely<WarehouseDatabase> | AnyDb, table: TableDecl): Promise<{ rows: number; digest: string }> {
  const columns = table.columns.map(([name]) => name);
  const size = 2000;
  const key = keyOf(table);
  let sum = 0n;
  let count = 0;
  const add = (row: Row): void => {
    const hash = createHash('sha256').update(JSON.stringify(columns.map((c) => row[c] ?? null))).digest('hex');
    sum = (sum + BigInt(`0x${hash}`)) % (1n << 256n);
    count += 1;
  };
  if (!key) {
    for (const row of await readAll(db as Kysely<WarehouseDatabase>, table)) add(row);
    return { rows: count, digest: sum.toString(16) };
  }
  let last: unknown;
  for (;;) {
    let query = (db as AnyDb).selectFrom(table.name).select(columns).orderBy(key).limit(size);
    if (last !== undefined) query = query.where(key, '>', last);
    const rows = (await query.execute()) as Row[];
    if (rows.length === 0) return { rows: count, digest: sum.toString(16) };
    for (const row of rows) add(row);
    last = rows.at(-1)?.[key];
  }
}
