// What a no-op run cannot avoid, run by the benchmark in a process of its own: start Node, stat every
// file of the raw folder, open the warehouse and read what it knows in one query.
//   node scripts/bench/no-op-floor.mjs <raw dir> <warehouse>
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';

const [rawDir, warehouse] = process.argv.slice(2);
const stats = readdirSync(rawDir).map((name) => statSync(join(rawDir, name)));
const db = new Database(warehouse, { readonly: true });
const known = db.prepare('SELECT source_path, sha256, size_bytes, file_mtime, extractor FROM documents').all();
db.close();
if (known.length === 0 || stats.length === 0) process.exit(1);
