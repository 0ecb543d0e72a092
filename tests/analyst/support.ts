import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import type { CommandIo } from '../../src/cli/commands/analyst-io.ts';
import type { RunOptions, RunSummary } from '../../src/pipeline/run.ts';
import { openWarehouse, type Warehouse } from '../../src/warehouse/db.ts';
import { POA_PATH, PROFILE_PATH, type SeededIds, type SeedOptions, seedWarehouse } from '../helpers/seed-warehouse.ts';

/** Shared by the analyst tests: captured command output and seeded warehouses on disk. */

export class Capture extends Writable {
  chunks: string[] = [];
  isTTY?: boolean;
  constructor(isTTY = false) {
    super();
    this.isTTY = isTTY;
  }
  override _write(chunk: Buffer | string, _encoding: BufferEncoding, done: () => void): void {
    this.chunks.push(chunk.toString());
    done();
  }
  get text(): string {
    return this.chunks.join('');
  }
}

export function captureIo(isTTY = false): CommandIo & { stdout: Capture; stderr: Capture } {
  return { stdout: new Capture(isTTY), stderr: new Capture() };
}

export interface SeededFile {
  dir: string;
  path: string;
  ids: SeededIds;
  cleanup(): void;
}

/** A warehouse file in a fresh temp folder, filled with the seeds' facts (closed, ready for the CLI to open). */
export async function seededWarehouseFile(options: SeedOptions = {}): Promise<SeededFile> {
  const dir = mkdtempSync(join(tmpdir(), 'salw-analyst-'));
  const path = join(dir, 'salw.sqlite');
  const warehouse = await openWarehouse(path);
  const ids = await seedWarehouse(warehouse.db, options);
  await warehouse.close();
  return { dir, path, ids, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

export async function seededMemoryWarehouse(options: SeedOptions = {}): Promise<{ warehouse: Warehouse; ids: SeededIds }> {
  const warehouse = await openWarehouse(':memory:');
  return { warehouse, ids: await seedWarehouse(warehouse.db, options) };
}

/**
 * A warehouse built by the real pipeline from the two seeds (copied out of raw/ into a temp raw
 * folder, so the run cannot touch the repository). `run` loads it (runPipelines by default; a suite on both
 * backends passes its backend's: tests/helpers/backend.ts).
 */
export async function pipelineWarehouseFile(run?: (options: RunOptions) => Promise<RunSummary>): Promise<{ dir: string; path: string; cleanup(): void }> {
  const { copyFileSync, mkdirSync } = await import('node:fs');
  const { fileURLToPath } = await import('node:url');
  const { runPipelines } = await import('../../src/pipeline/run.ts');
  const { PIPELINES } = await import('../../pipelines/index.ts');
  const dir = mkdtempSync(join(tmpdir(), 'salw-analyst-run-'));
  const raw = join(dir, 'raw');
  mkdirSync(raw);
  for (const seed of [PROFILE_PATH, POA_PATH]) copyFileSync(fileURLToPath(new URL(`../../raw/${seed}`, import.meta.url)), join(raw, seed));
  const path = join(dir, 'salw.sqlite');
  const summary = await (run ?? runPipelines)({ rawDir: raw, warehousePath: path, pipelines: PIPELINES, allPipelines: PIPELINES });
  if (summary.status !== 'succeeded') throw new Error(`the seed run ended ${summary.status}`);
  return { dir, path, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}
