import { createHash } from 'node:crypto';
import { open, readFile } from 'node:fs/promises';
import { classify } from '../classify/document.ts';
import { decoderFor, detectFormat, recognisedFormat } from '../decoders/sniff.ts';
import { type DocumentFormat, type DocumentModel, nothingToReadReason } from '../model/document.ts';
import { LimitExceededError, SalwError } from '../model/errors.ts';
import type { IssueDraft } from '../model/records.ts';
import { extractorFor, type PipelineDefinition } from './definition.ts';
import { loadExtractors } from './lazy-extractor.ts';
import { type DocumentJob, type DocumentReader, type DocumentReading, describeError, type ModelSummary, overLimit } from './reading.ts';
import { encodingIssues, guardReplacedNumbers } from './replaced-bytes.ts';

/**
 * One document from its bytes to its records, touching no warehouse: decode, classify, extract and
 * transform. This is the part of a run whose cost depends on the document (a pattern backtracking on a
 * pathological page, a PDF of ten thousand pages), so it is the part a worker runs under a deadline
 * (worker-reader.ts); the run loads what it returns. Everything it returns can cross to another thread
 * (no functions, no document lines): what the warehouse records of the decoded document is its summary.
 */

export { type ClassifiedSummary, type DocumentJob, type DocumentReader, type DocumentReading, describeError, type ModelSummary, overLimit } from './reading.ts';

/** The warning that a document stops before its end: what it holds is loaded, no absence is read into the rest. */
function cutShortIssues(model: DocumentModel, path: string): IssueDraft[] {
  if (!model.cutShort) return [];
  const { why, line, cutRow } = model.cutShort;
  // The row it stops in is its end, not a malformed row: named here, once, and not loaded (decoders/cut-short.ts).
  const inRow = cutRow
    ? `; it stops inside a row of the table${cutRow.caption ? ` '${cutRow.caption}'` : ''} (line ${cutRow.line}: '${cutRow.text}'), which is not loaded: its values may be cut`
    : '';
  return [{
    severity: 'warning',
    rule: 'document-truncated',
    message: `${path}: the document seems cut short: ${why}${inRow}. What it holds is loaded; the sections it never reached are missing, not empty`,
    line_start: cutRow?.line ?? line,
  }];
}

/** A warning for each PDF page that holds no text (a scan among text pages): nothing on it is read, and nothing is inferred from its silence. */
function pagesWithoutTextIssues(model: DocumentModel, path: string): IssueDraft[] {
  return (model.pagesWithoutText ?? []).map(({ page, lineAfter }) => ({
    severity: 'warning',
    rule: 'page-without-text',
    message: `${path}: page ${page} of ${model.pageCount ?? '?'} holds no text (an image: a scanned page?); nothing on it was read. OCR the page, or add its text, to load what it says`,
    line_start: lineAfter,
  }));
}

function summarise(model: DocumentModel): ModelSummary {
  return { format: model.format, encoding: model.encoding, pageCount: model.pageCount, title: model.title, declaredLanguage: model.declaredLanguage };
}

/** The reading of a file whose bytes are no longer those the run listed: nothing is loaded, the next run reads it again. */
function changedWhileRead(file: DocumentJob['file'], digest: string): DocumentReading {
  return {
    stage: 'unreadable',
    rule: 'file-changed',
    reason: `${file.path}: the file changed while the run was reading it (sha256 ${file.sha256.slice(0, 12)}… when listed, ${digest.slice(0, 12)}… when read); ` +
      'nothing of it is loaded and the next run reads it again. If it keeps changing, let what writes it finish before the run (or write it elsewhere and move it in)',
    // The bytes in hand are not the version listed: what they are is not recorded for it.
    format: null,
  };
}

/** How many bytes of a file the decoders' sniffing reads at most (html.ts looks at the first 2 KiB, pdf.ts at its magic). */
const SNIFFED_BYTES = 4096;

/** The format a file's first bytes are recognised as, for a file too large to read; null if they cannot be read. */
async function headFormat(absPath: string): Promise<DocumentFormat | null> {
  try {
    const handle = await open(absPath, 'r');
    try {
      const head = new Uint8Array(SNIFFED_BYTES);
      const { bytesRead } = await handle.read(head, 0, SNIFFED_BYTES, 0);
      return bytesRead === 0 ? null : recognisedFormat(head.subarray(0, bytesRead));
    } finally {
      await handle.close();
    }
  } catch {
    // Removed or unreadable since it was listed: the over-limit reason stands, with no format.
    return null;
  }
}

async function decode(job: DocumentJob, onRecognised?: (format: DocumentFormat) => void): Promise<DocumentModel | DocumentReading> {
  const { file, limits } = job;
  // What the bytes were recognised as, once read: a document quarantined after that keeps its format.
  let format: DocumentFormat | null = null;
  try {
    let bytes: Uint8Array;
    try {
      bytes = new Uint8Array(await readFile(file.absPath));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { stage: 'unreadable', rule: 'file-changed', reason: `${file.path}: the file was removed after the run listed it; nothing of it is loaded (the next run finds it gone)`, format: null };
      throw error;
    }
    // The run records the digest discovery made: bytes that are not those (the file rewritten, or still being
    // copied, since it was listed) would load their facts under another version's digest.
    const digest = createHash('sha256').update(bytes).digest('hex');
    if (digest !== file.sha256) return changedWhileRead(file, digest);
    if (bytes.length === 0) throw new SalwError('decode', 'the file is empty (0 bytes); nothing to load', { documentPath: file.path });
    format = recognisedFormat(bytes);
    if (format !== null) onRecognised?.(format);
    // The size discovery saw may be stale (the file grew since): the bytes in hand decide.
    if (bytes.length > limits.maxBytes) return overLimit(file, 'maxBytes', bytes.length, limits, format);
    // Sniffed once: a recognised format is the decoder's; bytes of a format no decoder reads go to the one that refuses them.
    const model = await decoderFor(format ?? detectFormat(bytes)).decode(bytes, { sourcePath: file.path, maxPages: limits.maxPages });
    if (model.lines.length > limits.maxLines) return overLimit(file, 'maxLines', model.lines.length, limits, model.format);
    const nothingToRead = nothingToReadReason(model);
    if (nothingToRead !== null) throw new SalwError('decode', nothingToRead, { documentPath: file.path });
    return model;
  } catch (error) {
    if (error instanceof LimitExceededError) return overLimit(file, error.limit, error.actual, limits, format);
    return { stage: 'unreadable', rule: 'unreadable-document', reason: `could not read ${file.path}: ${describeError(error)}`, format };
  }
}

/**
 * Decodes, classifies, extracts and transforms one document with `pipelines` (every pipeline there is).
 * `onRecognised` is told the bytes' format as soon as it is known: a worker passes it on, so that a document
 * stopped later at a deadline is still recorded with its format.
 */
export async function readDocument(job: DocumentJob, pipelines: readonly PipelineDefinition[], onRecognised?: (format: DocumentFormat) => void): Promise<DocumentReading> {
  const { file, limits } = job;
  await loadExtractors(pipelines);
  // Not read whole: its format is what its first bytes say (a decoder sniffs no further than that).
  if (file.sizeBytes > limits.maxBytes) return overLimit(file, 'maxBytes', file.sizeBytes, limits, await headFormat(file.absPath));
  const decoded = await decode(job, onRecognised);
  if ('stage' in decoded) return decoded;
  const model = decoded;

  const { model: _classifiedModel, ...classified } = classify(file, model);
  const summary = summarise(model);
  if (!classified.kind) return { stage: 'unknown-kind', model: summary, classified };
  const kind = classified.kind;
  const chosen = extractorFor(pipelines, kind);
  if (!chosen) return { stage: 'no-pipeline', model: summary, classified, kind };
  if (!job.selectedPipelines.includes(chosen.pipeline.name)) return { stage: 'other-pipeline', model: summary, classified, kind, pipeline: chosen.pipeline.name };

  try {
    let extraction = chosen.extractor.extract(model, {
      kind,
      countryIso3: classified.countryIso3,
      reportYear: file.meta?.report_year ?? null,
      language: file.meta?.language ?? model.declaredLanguage,
      sourcePath: file.path,
    });
    const ctx = { kind, countryIso3: classified.countryIso3, sourcePath: file.path, currentYear: job.currentYear };
    for (const transform of chosen.pipeline.transforms) extraction = transform.apply(extraction, ctx);
    extraction = guardReplacedNumbers(extraction, file.path);
    return { stage: 'extracted', model: summary, classified, kind, extraction, encodingIssues: [...encodingIssues(model, file.path), ...cutShortIssues(model, file.path), ...pagesWithoutTextIssues(model, file.path)] };
  } catch (error) {
    const reason = `could not extract ${file.path} as ${kind}: ${describeError(error)}`;
    return { stage: 'extraction-failed', model: summary, classified, kind, reason, line: error instanceof SalwError ? error.line : null };
  }
}

/** Reads in the calling thread: no deadline can stop it (for tests and embedding; the CLI reads in a worker). */
export function inlineReader(pipelines: readonly PipelineDefinition[]): DocumentReader {
  return {
    read: (job) => readDocument(job, pipelines),
    close: async () => undefined,
  };
}
