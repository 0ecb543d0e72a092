/**
 * Benchmark: how long a cold run, an all-unchanged re-run and a --full-refresh take on a generated raw
 * folder. `npm run bench -- [copies]` (default 50 copies of every golden document: seeds + devset).
 * Each copy gets one line appended so its bytes (and sha256) differ: every copy is its own document.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PIPELINES } from '../pipelines/index.ts';
import { runPipelines } from '../src/pipeline/run.ts';

const root = fileURLToPath(new URL('../', import.meta.url));
const copies = Number(process.argv[2] ?? 50);
const sources = [
  ...readdirSync(join(root, 'raw')).filter((f) => !f.startsWith('.')).map((f) => join(root, 'raw', f)),
  ...readdirSync(join(root, 'tests/fixtures/devset/docs')).map((f) => join(root, 'tests/fixtures/devset/docs', f)),
];

const dir = mkdtempSync(join(tmpdir(), 'salw-bench-'));
const raw = join(dir, 'raw');
mkdirSync(raw);
for (let copy = 0; copy < copies; copy++) {
  for (const source of sources) {
    const name = source.split('/').pop() ?? 'doc';
    const text = readFileSync(source, 'utf8');
    const marker = name.endsWith('.html') ? `\n<!-- copy ${copy} -->\n` : `${'\n'.repeat(copy % 2)}\u200b${' '.repeat(copy)}\n`;
    writeFileSync(join(raw, `${String(copy).padStart(4, '0')}_${name}`), text + marker);
  }
}
const documents = copies * sources.length;
const warehousePath = join(dir, 'salw.sqlite');

async function timed(label: string, fullRefresh: boolean): Promise<void> {
  const started = performance.now();
  const summary = await runPipelines({ rawDir: raw, warehousePath, pipelines: PIPELINES, allPipelines: PIPELINES, fullRefresh });
  const seconds = (performance.now() - started) / 1000;
  console.log(
    `${label.padEnd(22)} ${seconds.toFixed(2).padStart(7)} s  ${(documents / seconds).toFixed(1).padStart(7)} docs/s  ` +
      `loaded ${summary.documentsLoaded}, unchanged ${summary.documents.filter((d) => d.outcome === 'unchanged').length}, quarantined ${summary.documentsQuarantined}, records ${summary.recordsLoaded}`,
  );
}

console.log(`${documents} documents (${copies} copies of ${sources.length}) in ${raw}`);
await timed('cold run', false);
await timed('re-run (unchanged)', false);
await timed('full refresh', true);
rmSync(dir, { recursive: true, force: true });
