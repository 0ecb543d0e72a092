// Regenerates docs/warehouse.md from the data dictionary (src/warehouse/dictionary.ts) and the schema.
// Run after changing either: node bin/run-ts.js scripts/render-docs.ts
import { writeWarehouseDoc } from '../src/analyst/docs.ts';

const written = await writeWarehouseDoc();
console.log(`wrote ${written}`);
