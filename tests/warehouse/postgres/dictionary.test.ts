import { join } from 'node:path';
import { type Kysely, sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openWarehouse } from '../../../src/warehouse/db.ts';
import type { DictionaryRow } from '../../../src/warehouse/dictionary.ts';
import { postgresDictionaryRows, syncPostgresDictionary } from '../../../src/warehouse/postgres/dictionary.ts';
import { openPostgresWarehouse } from '../../../src/warehouse/postgres/warehouse.ts';
import { testPostgres } from '../../helpers/postgres.ts';
import { makeWorkspace } from '../../helpers/tmp.ts';

/**
 * A PostgreSQL warehouse carries the data dictionary from the moment its schema is built, the same rows as a
 * SQLite warehouse built by the same code; a process that opens it to write puts it right when it says
 * something else (an edited description, a row missing, a row too many), one process at a time; a reader
 * never writes it.
 */

const server = await testPostgres();

describe.skipIf(!server.available)('the data dictionary of a PostgreSQL warehouse', () => {
  const ws = makeWorkspace('pg-dictionary');
  let sqliteRows: DictionaryRow[] = [];
  beforeAll(async () => {
    const sqlite = await openWarehouse(join(ws.dir, 'fresh.sqlite'));
    try {
      sqliteRows = (await sql<DictionaryRow>`SELECT object_name, object_type, column_name, position, data_type, meaning, unit, vocabulary, example
        FROM dictionary ORDER BY rowid`.execute(sqlite.db)).rows;
    } finally {
      await sqlite.close();
    }
  });
  afterAll(() => ws.cleanup());

  /** A new database, with a warehouse built in it by a writer's open. */
  async function freshWarehouse() {
    if (!server.available) throw new Error('no server');
    const url = await server.database();
    await (await openPostgresWarehouse(url)).close();
    return url;
  }

  it('is there as soon as the schema is built: the rows of a fresh SQLite warehouse, in the same order', async () => {
    const url = await freshWarehouse();
    const pg = await openPostgresWarehouse(url, { readonly: true });
    try {
      expect(sqliteRows.length).toBeGreaterThan(600);
      expect(await postgresDictionaryRows(pg.db)).toEqual(sqliteRows);
      const deaths = await (pg.db as unknown as Kysely<{ dictionary: DictionaryRow }>).selectFrom('dictionary').select(['object_type', 'position', 'data_type', 'unit']).where('object_name', '=', 'explosions').where('column_name', '=', 'deaths').execute();
      expect(deaths).toEqual(sqliteRows.filter((r) => r.object_name === 'explosions' && r.column_name === 'deaths').map((r) => ({ object_type: r.object_type, position: r.position, data_type: r.data_type, unit: r.unit })));
      expect(deaths).toEqual([{ object_type: 'table', position: expect.any(Number), data_type: 'INTEGER', unit: 'people' }]);
    } finally {
      await pg.close();
    }
  });

  it('is put right by the next open for writing when it says something else, and left alone by a reader', async () => {
    const url = await freshWarehouse();
    const edit = await openPostgresWarehouse(url, { readonly: true });
    try {
      await sql`UPDATE dictionary SET meaning = 'an older description' WHERE object_name = 'runs' AND column_name IS NULL`.execute(edit.db);
      await sql`DELETE FROM dictionary WHERE object_name = 'documents' AND column_name = 'sha256'`.execute(edit.db);
      await sql`INSERT INTO dictionary (object_name, object_type, column_name, position, meaning) VALUES ('dropped_table', 'table', NULL, 0, 'gone since')`.execute(edit.db);
      const edited = await postgresDictionaryRows(edit.db);
      expect(edited.length).toBe(sqliteRows.length);
      expect(edited).not.toEqual(sqliteRows);

      const reader = await openPostgresWarehouse(url, { readonly: true });
      await reader.close();
      expect(await postgresDictionaryRows(edit.db)).toEqual(edited);

      const writer = await openPostgresWarehouse(url);
      await writer.close();
      expect(await postgresDictionaryRows(edit.db)).toEqual(sqliteRows);
    } finally {
      await edit.close();
    }
  });

  it('is rewritten by one of several processes syncing at once; the others find it current', async () => {
    const url = await freshWarehouse();
    const opens = await Promise.all([1, 2, 3, 4].map(() => openPostgresWarehouse(url)));
    try {
      await sql`UPDATE dictionary SET example = 'stale' WHERE object_name = 'weapon_counts' AND column_name = 'quantity'`.execute(opens[0]!.db);
      const wrote = await Promise.all(opens.map((w) => syncPostgresDictionary(w.db)));
      expect(wrote.filter(Boolean).length).toBe(1);
      expect(await postgresDictionaryRows(opens[0]!.db)).toEqual(sqliteRows);
    } finally {
      for (const w of opens) await w.close();
    }
  });

  it('is built once when several processes open an empty database at once', async () => {
    if (!server.available) return;
    const url = await server.database();
    const opens = await Promise.all([1, 2, 3].map(() => openPostgresWarehouse(url)));
    try {
      expect(await postgresDictionaryRows(opens[2]!.db)).toEqual(sqliteRows);
    } finally {
      for (const w of opens) await w.close();
    }
  });
});
