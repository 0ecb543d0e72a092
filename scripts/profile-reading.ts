/**
 * Reads every document of a folder in this thread (decode, classify, extract: no warehouse) and prints
 * the time per document and per MB: the reading side of a run alone, to profile with
 * `node --cpu-prof bin/run-ts.js scripts/profile-reading.ts <raw dir> [rounds]`.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { PIPELINES } from '../pipelines/index.ts';
import { DEFAULT_LIMITS } from '../src/pipeline/limits.ts';
import { readDocument } from '../src/pipeline/read-document.ts';

const [dir, roundsArg] = process.argv.slice(2);
if (!dir) throw new Error('usage: scripts/profile-reading.ts <raw dir> [rounds]');
const rounds = Number(roundsArg ?? 1);
const names = readdirSync(dir).filter((n) => !n.startsWith('.')).sort();
let bytes = 0;
/** How many readings ended at each stage: a profile of documents that were never read profiles nothing. */
const stages = new Map<string, number>();
const started = performance.now();
for (let round = 0; round < rounds; round++) {
  for (const name of names) {
    const absPath = join(dir, name);
    const size = statSync(absPath).size;
    bytes += size;
    // The reading checks the bytes against the digest the run listed (a file changing under a run is not loaded).
    const sha256 = createHash('sha256').update(readFileSync(absPath)).digest('hex');
    const file = { path: name, absPath, sha256, sizeBytes: size, mtime: '', meta: null, metaProblem: null };
    const reading = await readDocument({ file, selectedPipelines: PIPELINES.map((p) => p.name), currentYear: 2026, limits: DEFAULT_LIMITS }, PIPELINES);
    stages.set(reading.stage, (stages.get(reading.stage) ?? 0) + 1);
  }
}
const seconds = (performance.now() - started) / 1000;
console.log(`${names.length * rounds} documents, ${(bytes / 1e6).toFixed(2)} MB in ${seconds.toFixed(2)} s: ${((seconds * 1000) / (names.length * rounds)).toFixed(1)} ms a document, ${(bytes / 1e6 / seconds).toFixed(2)} MB/s`);
console.log(`stages: ${[...stages].map(([stage, n]) => `${stage} ${n}`).join(', ')}`);
