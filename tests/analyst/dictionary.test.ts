import { readFileSync } from 'node:fs';
import { sql } from 'kysely';
import type { Kysely } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { renderWarehouseMarkdown, WAREHOUSE_DOC } from '../../src/analyst/docs.ts';
import { openWarehouse, type Warehouse } from '../../src/warehouse/db.ts';
import { DICTIONARY, dictionaryRows, readSchema, syncDictionary, UNDOCUMENTED } from '../../src/warehouse/dictionary.ts';

describe('the data dictionary', () => {
  let warehouse: Warehouse;
  const db = () => warehouse.db as unknown as Kysely<unknown>;
  beforeEach(async () => {
    warehouse = await openWarehouse(':memory:');
  });
  afterEach(async () => {
    await warehouse.close();
  });

  it('describes every table, view and column of the migrated schema (walks PRAGMA table_info)', async () => {
    await syncDictionary(db());
    const schema = await readSchema(db());
    const undocumented: string[] = [];
    for (const relation of schema) {
      const described = warehouse.sqlite.prepare('SELECT meaning FROM dictionary WHERE object_name = ? AND column_name IS NULL').get(relation.name) as { meaning: string } | undefined;
      if (!described || described.meaning === UNDOCUMENTED) undocumented.push(relation.name);
      for (const column of relation.columns) {
        const row = warehouse.sqlite.prepare('SELECT meaning FROM dictionary WHERE object_name = ? AND column_name = ?').get(relation.name, column.name) as { meaning: string } | undefined;
        if (!row || row.meaning === UNDOCUMENTED || row.meaning.trim() === '') undocumented.push(`${relation.name}.${column.name}`);
      }
    }
    expect(undocumented).toEqual([]);
    // The walk saw the contract tables and the analyst views, not an empty schema.
    const names = schema.map((r) => r.name);
    for (const name of ['explosions', 'weapon_counts', 'documents', 'dictionary', 'weapons_by_country_year_category', 'explosions_with_sources', 'template_answers']) {
      expect(names).toContain(name);
    }
  });

  it('has no entries for tables, views or columns that do not exist (stale descriptions)', async () => {
    const schema = await readSchema(db());
    const columnsOf = new Map(schema.map((r) => [r.name, new Set(r.columns.map((c) => c.name))]));
    const stale: string[] = [];
    for (const [name, doc] of Object.entries(DICTIONARY)) {
      const columns = columnsOf.get(name);
      if (!columns) {
        stale.push(name);
        continue;
      }
      if (schema.find((r) => r.name === name)?.type !== doc.type) stale.push(`${name} (type)`);
      for (const column of Object.keys(doc.columns)) if (!columns.has(column)) stale.push(`${name}.${column}`);
    }
    expect(stale).toEqual([]);
  });

  it('flags a new column without a description (the check can fail)', async () => {
    await sql.raw('ALTER TABLE explosions ADD COLUMN blast_radius_m INTEGER').execute(db());
    await syncDictionary(db());
    const row = warehouse.sqlite.prepare("SELECT meaning, data_type, position FROM dictionary WHERE object_name = 'explosions' AND column_name = 'blast_radius_m'").get();
    expect(row).toEqual({ meaning: UNDOCUMENTED, data_type: 'INTEGER', position: 20 });
    // current_explosions selects f.*: the view picks the column up, and so does the dictionary.
    const viewRow = warehouse.sqlite.prepare("SELECT meaning FROM dictionary WHERE object_name = 'current_explosions' AND column_name = 'blast_radius_m'").get();
    expect(viewRow).toEqual({ meaning: UNDOCUMENTED });
  });

  it('gives view columns the description of the column they come from, and their own where computed', async () => {
    await syncDictionary(db());
    const meaning = (object: string, column: string) =>
      (warehouse.sqlite.prepare('SELECT meaning, unit, vocabulary FROM dictionary WHERE object_name = ? AND column_name = ?').get(object, column));
    expect(meaning('current_weapon_counts', 'quantity')).toEqual(meaning('weapon_counts', 'quantity'));
    expect(meaning('weapons_by_country_year_category', 'reconciliation')).toMatchObject({ vocabulary: 'balanced, nested, unbalanced, no_total, no_parts' });
    expect(meaning('explosions_with_sources', 'casualties')).toEqual({ meaning: 'deaths + injuries; NULL when either is unknown.', unit: 'people', vocabulary: null });
  });

  it('keeps one row per table and column, with the SQLite types, after syncing twice', async () => {
    await syncDictionary(db());
    const count = await syncDictionary(db());
    const rows = warehouse.sqlite.prepare('SELECT count(*) AS n FROM dictionary').get() as { n: number };
    expect(rows.n).toBe(count);
    expect(warehouse.sqlite.prepare("SELECT data_type, unit, example FROM dictionary WHERE object_name = 'weapon_counts' AND column_name = 'quantity'").get())
      .toEqual({ data_type: 'INTEGER', unit: 'weapons', example: '3605' });
    expect(dictionaryRows(await readSchema(db())).length).toBe(count);
  });

  it('docs/warehouse.md is the rendering of the dictionary (run scripts/render-docs.ts after a change)', async () => {
    const rendered = await renderWarehouseMarkdown();
    expect(readFileSync(WAREHOUSE_DOC, 'utf8')).toBe(rendered);
    expect(rendered).toContain('### weapons_by_country_year_category');
    expect(rendered).toContain('| deaths | INTEGER | People killed; NULL when unknown (N/A), 0 only when the source says 0. | people |  | 12 |');
  });
});
