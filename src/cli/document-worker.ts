/**
 * The worker thread that reads documents for a run (src/pipeline/worker-reader.ts): it receives a
 * document job, decodes, classifies, extracts and transforms it with the pipeline definitions, and
 * posts back the reading. It lives in cli/ because it is a program's entry point that knows pipelines/.
 * It never throws: whatever goes wrong is a reading that quarantines the document with the reason.
 */
import { parentPort } from 'node:worker_threads';
import { PIPELINES } from '../../pipelines/index.ts';
import { loadExtractors } from '../pipeline/lazy-extractor.ts';
import { type DocumentJob, type DocumentReading, describeError, readDocument } from '../pipeline/read-document.ts';

const port = parentPort;
if (!port) throw new Error('document-worker.ts runs as a worker thread (see src/pipeline/worker-reader.ts)');

port.on('message', async ({ id, job }: { id: number; job: DocumentJob }) => {
  let reading: DocumentReading;
  try {
    reading = await readDocument(job, PIPELINES);
  } catch (error) {
    reading = { stage: 'unreadable', rule: 'unreadable-document', reason: `could not read ${job.file.path}: ${describeError(error)}` };
  }
  port.postMessage({ id, reading });
});

// Modules loaded (the extractors too, which pipelines/ declares lazily): the reader starts the deadline of the first document from here.
await loadExtractors(PIPELINES);
port.postMessage({ ready: true });
