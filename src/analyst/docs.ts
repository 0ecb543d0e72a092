import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Kysely } from 'kysely';
import { openWarehouse } from '../warehouse/db.ts';
import { dictionaryRowsOf } from './datasette.ts';
import { renderWarehouseDoc } from './dictionary-doc.ts';

/** docs/warehouse.md in the repository. */
export const WAREHOUSE_DOC = fileURLToPath(new URL('../../docs/warehouse.md', import.meta.url));

/**
 * docs/warehouse.md as the current code would render it: the schema of a fresh warehouse (all
 * migrations applied, in memory) described by the data dictionary.
 */
export async function renderWarehouseMarkdown(): Promise<string> {
  const warehouse = await openWarehouse(':memory:');
  try {
    return renderWarehouseDoc(await dictionaryRowsOf(warehouse.db as unknown as Kysely<unknown>));
  } finally {
    await warehouse.close();
  }
}

/** Writes the rendered dictionary to `out` (default docs/warehouse.md); returns the path. */
export async function writeWarehouseDoc(out: string = WAREHOUSE_DOC): Promise<string> {
  writeFileSync(out, await renderWarehouseMarkdown());
  return out;
}
