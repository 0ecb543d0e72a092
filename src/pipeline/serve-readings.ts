import { parentPort } from 'node:worker_threads';
import type { PipelineDefinition } from './definition.ts';
import { loadExtractors } from './lazy-extractor.ts';
import { type DocumentJob, type DocumentReading, describeError, readDocument } from './read-document.ts';

/**
 * The loop of a worker thread that reads documents for a run (worker-reader.ts is the other end): each job
 * is decoded, classified, extracted and transformed with `pipelines`, and its reading posted back. It never
 * throws: whatever goes wrong is a reading that quarantines the document with the reason. The CLI's worker
 * (src/cli/document-worker.ts) serves the project's pipelines; a test's worker may serve its own.
 */
export async function serveReadings(pipelines: readonly PipelineDefinition[]): Promise<void> {
  const port = parentPort;
  if (!port) throw new Error('a document worker runs as a worker thread (see src/pipeline/worker-reader.ts)');
  port.on('message', async ({ id, job }: { id: number; job: DocumentJob }) => {
    let reading: DocumentReading;
    try {
      // The format goes ahead of the reading: a reading stopped at its deadline is recorded with it.
      reading = await readDocument(job, pipelines, (format) => port.postMessage({ id, format }));
    } catch (error) {
      reading = { stage: 'unreadable', rule: 'unreadable-document', reason: `could not read ${job.file.path}: ${describeError(error)}`, format: null };
    }
    port.postMessage({ id, reading });
  });
  // Modules loaded (the extractors too, which pipelines/ declares lazily): the reader starts the deadline of the first document from here.
  await loadExtractors(pipelines);
  port.postMessage({ ready: true });
}
