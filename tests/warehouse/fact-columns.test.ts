import { describe, expect, it } from 'vitest';
import type { FactTable, Extraction } from '../../src/model/records.ts';
import { DICTIONARY } from '../../src/warehouse/dictionary.ts';
import { openWarehouse } from '../../src/warehouse/db.ts';
import { type DeclaredFactTable, declaredColumns, FACT_OWN_COLUMNS } from '../../src/warehouse/fact-columns.ts';
import { FACT_TABLES } from '../../src/warehouse/schema.ts';
import { makeWorkspace } from '../helpers/tmp.ts';

// Compile-time: the declared tables are the fact tables of the model and of the loader, no more, no fewer.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const modelTables: Same<DeclaredFactTable, FactTable> = true;
// Weapon counts come nested in their count statements.
const extractionTables: Same<DeclaredFactTable, Exclude<keyof Extraction, 'document' | 'issues'> | 'weapon_counts'> = true;
const loaderTables: Same<DeclaredFactTable, (typeof FACT_TABLES)[number]> = true;

describe('the fact tables stated once (warehouse/fact-columns.ts)', () => {
  it('cover every fact table of the model, the extraction and the loader', () => {
    expect([modelTables, extractionTables, loaderTables]).toEqual([true, true, true]);
    expect(Object.keys(FACT_OWN_COLUMNS).sort()).toEqual([...FACT_TABLES].sort());
  });

  it('match a migrated warehouse column for column: name, order, type and NOT NULL', async () => {
    const ws = makeWorkspace('fact-columns');
    try {
      const warehouse = await openWarehouse(ws.warehouse);
      const mismatches: string[] = [];
      for (const table of FACT_TABLES) {
        const live = warehouse.sqlite.prepare('SELECT name, type, "notnull" AS not_null, pk FROM pragma_table_info(?) ORDER BY cid').all(table) as Array<{ name: string; type: string; not_null: number; pk: number }>;
        const asDeclared = live.map((c) => [c.name, c.pk === 1 ? 'pk' : `${c.type}${c.not_null ? '!' : ''}`]);
        if (JSON.stringify(asDeclared) !== JSON.stringify(declaredColumns(table))) mismatches.push(`${table}: live ${JSON.stringify(asDeclared)}`);
      }
      await warehouse.close();
      expect(mismatches).toEqual([]);
    } finally {
      ws.cleanup();
    }
  });

  it('are the columns the dictionary describes', () => {
    const disagreements = FACT_TABLES.flatMap((table) => {
      const declared = declaredColumns(table).map(([c]) => c).sort();
      const documented = Object.keys(DICTIONARY[table]?.columns ?? {}).sort();
      return JSON.stringify(declared) === JSON.stringify(documented) ? [] : [`${table}: declared ${declared.join(',')} / documented ${documented.join(',')}`];
    });
    expect(disagreements).toEqual([]);
  });
});
