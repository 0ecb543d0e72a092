import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { DocumentFormat } from '../model/document.ts';
import type { DocumentLimits } from './limits.ts';
import { type DocumentJob, type DocumentReader, type DocumentReading, describeError, overLimit } from './reading.ts';

/**
 * Reads documents in a worker thread that can be stopped. A regular expression that backtracks on a
 * pathological page cannot be interrupted on the thread running it; a worker can be terminated from
 * outside. So each document is read under a deadline and a heap limit: past either, the worker is
 * terminated, the document is quarantined with the limit named, and the next document gets a fresh
 * worker. A worker that crashes costs its document only. One worker reads one document at a time and
 * is kept between documents (starting one loads the decoders: about a tenth of a second).
 *
 * The worker's script is src/cli/document-worker.ts (it knows the pipeline definitions); the built CLI
 * runs its bundle, tests run the TypeScript through tsx.
 */

/** The reading was stopped because the run was interrupted (Ctrl-C, SIGTERM): the document is not done. */
export class ReadingAborted extends Error {
  constructor(path: string) {
    super(`reading ${path} was stopped: the run was interrupted`);
    this.name = 'ReadingAborted';
  }
}

export interface WorkerReaderOptions {
  /** The worker's module: a built .mjs/.js file, or a .ts file (run through tsx, for tests). */
  entry: string;
  limits: Pick<DocumentLimits, 'maxMemoryMb'>;
}

/** How long a worker may take to load its modules (the first start under tsx compiles the sources). */
const START_TIMEOUT_MS = 120_000;

/** The worker's messages about a document: its format once recognised (serve-readings.ts), then its reading. */
type Reply = { id: number; reading: DocumentReading } | { id: number; format: DocumentFormat };

/** The young generation of a reading worker's heap, in MB. */
const WORKER_YOUNG_GENERATION_MB = 8;

function spawn(entry: string, maxMemoryMb: number): Worker {
  // A small young generation: a document's short-lived strings die young either way, and each worker's
  // default (tens of MB of semi-spaces) was a fifth of a run's resident memory (measured: 360 -> 320 MB, same time).
  const resourceLimits = { maxOldGenerationSizeMb: maxMemoryMb, maxYoungGenerationSizeMb: WORKER_YOUNG_GENERATION_MB };
  if (!entry.endsWith('.ts')) return new Worker(entry, { resourceLimits });
  // NOTE: a worker cannot be given a TypeScript file; tsx's loader is registered in it first.
  // tsx's ESM entry (require.resolve would give its CommonJS one, which cannot register the ESM loader).
  const tsx = pathToFileURL(join(dirname(createRequire(import.meta.url).resolve('tsx/package.json')), 'dist', 'esm', 'api', 'index.mjs')).href;
  const code = `import(${JSON.stringify(tsx)}).then((m) => { m.register(); return import(${JSON.stringify(pathToFileURL(entry).href)}); });`;
  return new Worker(code, { eval: true, resourceLimits });
}

export class WorkerReader implements DocumentReader {
  private worker: Worker | null = null;
  private nextId = 1;
  private readonly options: WorkerReaderOptions;

  constructor(options: WorkerReaderOptions) {
    this.options = options;
  }

  async read(job: DocumentJob, signal?: AbortSignal): Promise<DocumentReading> {
    if (signal?.aborted) throw new ReadingAborted(job.file.path);
    const worker = await this.started(job, signal);
    if (!(worker instanceof Worker)) return worker;
    const id = this.nextId++;
    // What the worker recognised the bytes as before it was stopped, if it got that far.
    let format: DocumentFormat | null = null;
    const unreadable = (why: string): DocumentReading => ({ stage: 'unreadable', rule: 'unreadable-document', reason: `could not read ${job.file.path}: ${why}`, format });
    const reading = this.until<DocumentReading, Reply>(worker, job, signal, {
      timeoutMs: job.limits.deadlineMs,
      timedOut: () => overLimit(job.file, 'deadlineMs', job.limits.deadlineMs, job.limits, format),
      message: (reply: Reply) => {
        if (reply.id !== id) return undefined;
        if ('reading' in reply) return reply.reading;
        format = reply.format;
        return undefined;
      },
      error: (error) =>
        error.code === 'ERR_WORKER_OUT_OF_MEMORY' ? overLimit(job.file, 'maxMemoryMb', this.options.limits.maxMemoryMb, job.limits, format) : unreadable(`the reader failed (${describeError(error)})`),
      exit: (code) => unreadable(`the reader stopped with exit code ${code}`),
    });
    worker.postMessage({ id, job });
    return reading;
  }

  /**
   * The worker, started if need be and ready (its modules loaded): the deadline counts the reading only, not
   * the start, which under tsx compiles the sources first. A worker that cannot start is the document's
   * reason (and the next document tries a fresh one).
   */
  private started(job: DocumentJob, signal?: AbortSignal): Promise<Worker | DocumentReading> {
    if (this.worker) return Promise.resolve(this.worker);
    const worker = spawn(this.options.entry, this.options.limits.maxMemoryMb);
    // An idle worker must not keep the process alive; while a document is read, its deadline timer does.
    worker.unref();
    this.worker = worker;
    const failed = (why: string): DocumentReading => ({ stage: 'unreadable', rule: 'unreadable-document', reason: `could not read ${job.file.path}: the reader did not start (${why})`, format: null });
    return this.until<Worker | DocumentReading, { ready?: boolean }>(worker, job, signal, {
      timeoutMs: START_TIMEOUT_MS,
      timedOut: () => failed(`not ready after ${START_TIMEOUT_MS / 1000} s`),
      message: (message: { ready?: boolean }) => (message.ready ? worker : undefined),
      error: (error) => failed(describeError(error)),
      exit: (code) => failed(`exit code ${code}`),
    });
  }

  /**
   * Waits for the first of: a message the handler answers, an error or exit of the worker, the time-out,
   * or the run's interruption (rejected as ReadingAborted). Listeners and the timer are removed then; the
   * worker is kept only when a message answered (a reading done, a worker ready), else terminated.
   */
  private until<T, M>(
    worker: Worker,
    job: DocumentJob,
    signal: AbortSignal | undefined,
    on: {
      timeoutMs: number;
      timedOut: () => T;
      /** The outcome a message of the worker's entry gives, or undefined for one that is not the answer. */
      message: (message: M) => T | undefined;
      error: (error: Error & { code?: string }) => T;
      exit: (code: number) => T;
    },
  ): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      let settled = false;
      const settle = (outcome: T | ReadingAborted, keepWorker = false): void => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        worker.off('message', onMessage);
        worker.off('error', onError);
        worker.off('exit', onExit);
        signal?.removeEventListener('abort', onAbort);
        if (!keepWorker) this.stop(worker);
        if (outcome instanceof ReadingAborted) reject(outcome);
        else resolve(outcome);
      };
      const onMessage = (message: M): void => {
        const outcome = on.message(message);
        if (outcome !== undefined) settle(outcome, true);
      };
      const onError = (error: Error & { code?: string }): void => settle(on.error(error));
      const onExit = (code: number): void => settle(on.exit(code));
      const onAbort = (): void => settle(new ReadingAborted(job.file.path));
      const timer = setTimeout(() => settle(on.timedOut()), on.timeoutMs);
      worker.on('message', onMessage);
      worker.on('error', onError);
      worker.on('exit', onExit);
      signal?.addEventListener('abort', onAbort, { once: true });
    });
  }

  /** Terminates `worker` (the next document starts a fresh one). */
  private stop(worker: Worker): void {
    if (this.worker === worker) this.worker = null;
    void worker.terminate();
  }

  async close(): Promise<void> {
    const worker = this.worker;
    this.worker = null;
    if (worker) await worker.terminate();
  }
}
