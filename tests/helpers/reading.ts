import { fileURLToPath } from 'node:url';
import { documentWorkerEntry } from '../../src/cli/document-worker-entry.ts';

/**
 * How a suite's runs read documents: in the run's own thread by default; with `SALW_TEST_WORKERS=n` (the
 * vitest project `workers-2` sets it) in n worker threads, as the CLI reads them, so the golden suites
 * prove that reading in workers loads the same rows.
 */
export function testReading(): { workerEntry?: string; workers?: number } {
  const workers = Number(process.env.SALW_TEST_WORKERS ?? 0);
  return workers > 0 ? { workerEntry: documentWorkerEntry(), workers } : {};
}

/** testReading for the suites that run the stub pipeline: its workers serve the stub (stub-document-worker.ts). */
export function testStubReading(): { workerEntry?: string; workers?: number } {
  const workers = Number(process.env.SALW_TEST_WORKERS ?? 0);
  return workers > 0 ? { workerEntry: fileURLToPath(new URL('./stub-document-worker.ts', import.meta.url)), workers } : {};
}
