import { existsSync, readFileSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type DatasetteMetadata, refreshDatasetteMetadata, writeDatasetteMetadata } from '../../src/analyst/datasette.ts';
import { docsCommand } from '../../src/cli/commands/docs.ts';
import { openWarehouse } from '../../src/warehouse/db.ts';
import { captureIo, type SeededFile, seededWarehouseFile } from './support.ts';

describe('Datasette metadata', () => {
  let seeded: SeededFile;
  beforeAll(async () => {
    seeded = await seededWarehouseFile();
  });
  afterAll(() => seeded.cleanup());

  it('is written next to the warehouse with a description of every table, view and column', async () => {
    const path = await writeDatasetteMetadata(seeded.path);
    expect(path).toBe(join(seeded.dir, 'metadata.json'));
    const metadata = JSON.parse(readFileSync(path, 'utf8')) as DatasetteMetadata;
    const database = metadata.databases.salw;
    expect(database).toBeDefined();
    const tables = database?.tables ?? {};
    expect(Object.keys(tables)).toContain('weapons_by_country_year_category');
    expect(tables.explosions?.columns.deaths).toBe('People killed; NULL when unknown (N/A), 0 only when the source says 0. Unit: people. Example: 12');
    expect(tables.weapon_counts?.columns.year_basis).toMatch(/Codes: stated, inferred\./);
    expect(tables.warehouse_lock?.hidden).toBe(true);
    expect(tables.explosions?.hidden).toBeUndefined();
    for (const [name, table] of Object.entries(tables)) {
      expect(table.description, name).not.toMatch(/UNDOCUMENTED/);
      for (const [column, text] of Object.entries(table.columns)) expect(text, `${name}.${column}`).not.toMatch(/UNDOCUMENTED/);
    }
    expect(metadata.license).toMatch(/cite the source document/);
    expect(metadata.source).toMatch(/Programme of Action/);
  });

  it('offers the questions of docs/queries.md as canned queries', async () => {
    const metadata = JSON.parse(readFileSync(await writeDatasetteMetadata(seeded.path), 'utf8')) as DatasetteMetadata;
    const queries = Object.values(metadata.databases.salw?.queries ?? {});
    expect(queries).toHaveLength(11);
    expect(queries[0]?.title).toBe('How many smoothbore weapons did Kazakhstan destroy in 2005, and where does it say so?');
    expect(queries[0]?.sql).toContain("category = 'smoothbore'");
  });

  it('salw-etl docs writes it, and the markdown dictionary when asked', async () => {
    const io = captureIo();
    const markdown = join(seeded.dir, 'warehouse.md');
    expect(await docsCommand({ warehouse: seeded.path, markdown }, io)).toBe(0);
    expect(io.stderr.text).toBe(`wrote ${join(seeded.dir, 'metadata.json')}\nwrote ${markdown}\n`);
    expect(existsSync(markdown)).toBe(true);
    expect(readFileSync(markdown, 'utf8')).toMatch(/^# The warehouse: data dictionary\n/);
  });
});

describe('Datasette metadata after a run', () => {
  let seeded: SeededFile;
  beforeAll(async () => {
    seeded = await seededWarehouseFile();
  });
  afterAll(() => seeded.cleanup());

  it('is rewritten only when the dictionary it is made of changed', async () => {
    const path = await writeDatasetteMetadata(seeded.path);
    const past = new Date('2024-01-01T00:00:00Z');
    utimesSync(path, past, past);
    const warehouse = await openWarehouse(seeded.path);
    try {
      expect(await refreshDatasetteMetadata(warehouse)).toEqual({ path, written: false });
      expect(statSync(path).mtime).toEqual(past);
      warehouse.sqlite.prepare("UPDATE dictionary SET meaning = 'People killed, as the source counts them.' WHERE object_name = 'explosions' AND column_name = 'deaths'").run();
      expect(await refreshDatasetteMetadata(warehouse)).toEqual({ path, written: true });
      const metadata = JSON.parse(readFileSync(path, 'utf8')) as DatasetteMetadata;
      expect(metadata.databases.salw?.tables.explosions?.columns.deaths).toBe('People killed, as the source counts them. Unit: people. Example: 12');
      // A file edited by hand (or left by an older version) is put back too.
      writeFileSync(path, '{}\n');
      expect(await refreshDatasetteMetadata(warehouse)).toEqual({ path, written: true });
      expect(await refreshDatasetteMetadata(warehouse)).toEqual({ path, written: false });
    } finally {
      await warehouse.close();
    }
  });
});
