import type { DocumentJob, DocumentReader, DocumentReading } from './reading.ts';

/**
 * Several readers (worker threads) reading documents at once: a job waits for the first idle reader.
 * Readings complete in any order; the run loads them in discovery order (run.ts), so what is loaded,
 * ids included, does not depend on the number of readers or on which finishes first.
 */
export class ReaderPool implements DocumentReader {
  private readonly idle: DocumentReader[];
  private readonly waiting: ((reader: DocumentReader) => void)[] = [];
  private readonly all: readonly DocumentReader[];

  constructor(readers: readonly DocumentReader[]) {
    if (readers.length === 0) throw new Error('a reader pool needs at least one reader');
    this.all = readers;
    this.idle = [...readers];
  }

  get size(): number {
    return this.all.length;
  }

  async read(job: DocumentJob, signal?: AbortSignal): Promise<DocumentReading> {
    const reader = this.idle.shift() ?? (await new Promise<DocumentReader>((resolve) => this.waiting.push(resolve)));
    try {
      return await reader.read(job, signal);
    } finally {
      const next = this.waiting.shift();
      if (next) next(reader);
      else this.idle.push(reader);
    }
  }

  async close(): Promise<void> {
    await Promise.all(this.all.map((reader) => reader.close()));
  }
}
