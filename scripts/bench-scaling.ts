import { readFileSync, writeFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PIPELINES } from '../pipelines/index.ts';
import { DEFAULT_LIMITS } from '../src/pipeline/limits.ts';
import { readDocument } from '../src/pipeline/read-document.ts';

/**
 * Does the cost of reading one document grow faster than the document? Reads a PoA page and an A-MAP
 * profile repeated 1x, 2x, 4x, 8x and 16x (numbers varied) and prints the time per MB at each size: a
 * step whose cost grows faster than the document shows as a time per MB that climbs with the size.
 *
 *   node bin/run-ts.js scripts/bench-scaling.ts        (npm run bench:scaling)
 */

const root = fileURLToPath(new URL('../', import.meta.url));
const seeds = { poa: '003_9c7cc2717d99486b.txt', amap: '000_88da758a976dd473.txt' };
const dir = mkdtempSync(join(tmpdir(), 'salw-scaling-'));
try {
  for (const [name, file] of Object.entries(seeds)) {
    const seed = readFileSync(join(root, 'raw', file), 'utf8');
    const base = Array.from({ length: 10 }, (_, i) => seed.replace(/\d+/g, (d) => String(Number(d) + i))).join('\n\n');
    for (const times of [1, 2, 4, 8, 16]) {
      const text = Array.from({ length: times }, () => base).join('\n\n');
      const path = join(dir, `${name}_${times}.txt`);
      writeFileSync(path, text);
      const file = { path: `${name}_${times}.txt`, absPath: path, sha256: '-', sizeBytes: Buffer.byteLength(text), mtime: '', meta: null, metaProblem: null };
      const started = performance.now();
      const reading = await readDocument({ file, selectedPipelines: PIPELINES.map((p) => p.name), currentYear: 2026, limits: DEFAULT_LIMITS }, PIPELINES);
      const ms = performance.now() - started;
      const mb = file.sizeBytes / 1e6;
      console.log(`${name.padEnd(5)} x${String(times).padEnd(3)} ${mb.toFixed(2).padStart(6)} MB ${String(Math.round(ms)).padStart(7)} ms ${String(Math.round(ms / mb)).padStart(7)} ms/MB  ${reading.stage}`);
    }
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
