import type { Classified } from '../classify/document.ts';
import type { DocumentFormat, DocumentModel } from '../model/document.ts';
import { SalwError } from '../model/errors.ts';
import type { DocumentKind } from '../model/kinds.ts';
import type { RawFile } from '../model/raw-file.ts';
import type { Extraction, IssueDraft } from '../model/records.ts';
import { type DocumentLimits, overLimitReason } from './limits.ts';

/**
 * What reading a document takes and gives, without the code that reads (read-document.ts): the run's
 * thread, which only hands documents to workers, loads no decoder, classifier or extractor for them.
 */

/** What the warehouse records of a decoded document. */
export type ModelSummary = Pick<DocumentModel, 'format' | 'encoding' | 'pageCount' | 'title' | 'declaredLanguage'>;

export type ClassifiedSummary = Omit<Classified, 'model'>;

/** One document to read: the file, the run's pipelines by name, and what the reading may cost. */
export interface DocumentJob {
  file: RawFile;
  /** The pipelines of this run, by name (the others only tell "another pipeline's document" from "no pipeline's"). */
  selectedPipelines: readonly string[];
  /** The year "last year" is counted from. */
  currentYear: number;
  limits: DocumentLimits;
}

export type DocumentReading =
  /**
   * Not decoded, or refused after decoding. `format` is what the bytes were recognised as (sniffed, or decoded)
   * before the reading stopped, so that a quarantined PDF is recorded as a PDF; null when no bytes were in hand
   * (not read, changed, stopped in a worker) or they are of a binary format no decoder reads.
   */
  | { stage: 'unreadable'; rule: 'unreadable-document' | 'over-limit' | 'file-changed'; reason: string; format: DocumentFormat | null }
  | { stage: 'unknown-kind'; model: ModelSummary; classified: ClassifiedSummary }
  | { stage: 'no-pipeline'; model: ModelSummary; classified: ClassifiedSummary; kind: DocumentKind }
  | { stage: 'other-pipeline'; model: ModelSummary; classified: ClassifiedSummary; kind: DocumentKind; pipeline: string }
  | { stage: 'extraction-failed'; model: ModelSummary; classified: ClassifiedSummary; kind: DocumentKind; reason: string; line: number | null }
  | { stage: 'extracted'; model: ModelSummary; classified: ClassifiedSummary; kind: DocumentKind; extraction: Extraction; encodingIssues: IssueDraft[] };

/** Reads documents: in this thread (inline), or in a worker that a deadline can stop (worker-reader.ts). */
export interface DocumentReader {
  read(job: DocumentJob, signal?: AbortSignal): Promise<DocumentReading>;
  close(): Promise<void>;
}

export function describeError(error: unknown): string {
  if (error instanceof SalwError) return error.message;
  if (error instanceof Error) return `${error.name}: ${error.message}`;
  return String(error);
}

/** The reading of a document over a limit: quarantined, the limit and how to raise it named (with its format when it was recognised before). */
export function overLimit(file: RawFile, limit: keyof DocumentLimits, actual: number, limits: DocumentLimits, format: DocumentFormat | null): DocumentReading {
  return { stage: 'unreadable', rule: 'over-limit', reason: `${file.path}: ${overLimitReason(limit, actual, limits)}`, format };
}
