import { faultPoint } from '../model/fault-points.ts';
import type { DocumentKind } from '../model/kinds.ts';
import { type RawFile, type SidecarStat, sidecarChanged } from '../model/raw-file.ts';
import type { Extraction, IssueDraft } from '../model/records.ts';
import { chooseReportYear } from '../model/report-year.ts';
import type { RunWarehouse } from '../warehouse/run-warehouse.ts';
import { type DocumentVersion, findSameVersion, loadDocument, recordUnloaded } from '../warehouse/loader.ts';
import { reviveReturnedFile } from '../warehouse/removal.ts';
import type { CodeVersions } from './code-digest.ts';
import { extractorFor, type PipelineDefinition } from './definition.ts';
import type { KnownDocument, KnownDocuments } from './known-documents.ts';
import type { DocumentLimits } from './limits.ts';
import type { Logger } from './logger.ts';
import { extractorId } from './versions-in-force.ts';
import { type ClassifiedSummary, type DocumentJob, type DocumentReader, type DocumentReading, describeError, type ModelSummary } from './reading.ts';

/**
 * One document of a run, from its file to the warehouse: skip it when the same bytes were read by the
 * same code, else have the reader decode, classify and extract it, then load what it gives in one
 * transaction, or record why it is not loaded (quarantined, skipped) with its reason.
 */

export type DocumentOutcome = 'loaded' | 'superseded' | 'unchanged' | 'skipped' | 'quarantined' | 'other_pipeline';

export interface DocumentResult {
  path: string;
  sha256: string;
  outcome: DocumentOutcome;
  documentId: number | null;
  kind: DocumentKind | null;
  countryIso3: string | null;
  records: number;
  reextracted: boolean;
  reason: string | null;
}

/** What processing a document needs of the run. */
export interface DocumentContext {
  warehouse: RunWarehouse;
  runId: number;
  pipelines: readonly PipelineDefinition[];
  allPipelines: readonly PipelineDefinition[];
  fullRefresh: boolean;
  /** The versions in force (versions-in-force.ts), worked out once for the run. */
  codeVersions: CodeVersions;
  reader: DocumentReader;
  /** What the warehouse knew of every document when the run started (one query). */
  known: KnownDocuments;
  limits: DocumentLimits;
  currentYear: number;
  logger?: Logger;
  signal?: AbortSignal;
}

/** documents.report_year and its basis, by the rule the report extractor applies to its own facts (model/report-year.ts). */
function reportYearOf(sidecarYear: number | null | undefined, facts: Extraction['document']): Pick<DocumentVersion, 'reportYear' | 'reportYearBasis'> {
  const { year, basis } = chooseReportYear(sidecarYear, { year: facts.report_year ?? null, basis: facts.report_year_basis ?? null });
  return { reportYear: year, reportYearBasis: basis };
}

function versionOf(file: RawFile, model: Partial<ModelSummary> | null, classified: Partial<ClassifiedSummary>, extraction: Extraction | null, extractor: string): DocumentVersion {
  const facts = extraction?.document ?? {};
  return {
    file,
    format: model?.format ?? null,
    encoding: model?.encoding ?? null,
    pageCount: model?.pageCount ?? null,
    kind: classified.kind ?? null,
    kindConfidence: classified.kindConfidence ?? null,
    kindSigns: classified.kindSigns ?? null,
    countryIso3: classified.countryIso3 ?? null,
    title: facts.title ?? model?.title ?? null,
    ...reportYearOf(file.meta?.report_year, facts),
    language: file.meta?.language ?? facts.language ?? classified.unreadLanguage?.code ?? model?.declaredLanguage ?? null,
    dateRaw: facts.date_raw ?? null,
    dateIso: facts.date_iso ?? null,
    documentCode: facts.document_code ?? null,
    extractor,
  };
}

/** The name and version of the code that extracts documents of `kind` now (the classifier's when none does). */
export function expectedExtractor(allPipelines: readonly PipelineDefinition[], kind: DocumentKind | null, versions: CodeVersions): string {
  const current = kind ? extractorFor(allPipelines, kind)?.extractor : undefined;
  return current ? extractorId(versions, current) : versions.classifier;
}

/**
 * True when the document was quarantined for a limit and the limits in force differ from those of the run
 * that quarantined it: the operator raised one (`--max-bytes`, `--document-timeout`...) to let it in, so it
 * is read again. Otherwise a document over a limit stays quarantined without being read every night.
 */
function limitsChangedSince(known: Pick<KnownDocument, 'status' | 'over_limit_options'>, limits: DocumentLimits): boolean {
  if (known.status !== 'quarantined' || known.over_limit_options === null) return false;
  const then = (JSON.parse(known.over_limit_options) as { limits?: DocumentLimits }).limits;
  return JSON.stringify(then) !== JSON.stringify(limits);
}

/** What the warehouse already holds for a file's path and bytes (the latest version that is not removed). */
type KnownVersion = Pick<KnownDocument, 'document_id' | 'kind' | 'country_iso3' | 'status' | 'extractor' | 'file_mtime' | 'size_bytes' | 'meta_json' | 'sidecar_size' | 'sidecar_mtime' | 'over_limit_options'> | undefined;

/**
 * An unchanged document the run saw: its `last_run_id` becomes the run's, and, when its file was touched
 * without a change of bytes (hashed because its time or size was new), or its sidecar without a change of
 * what it says, the new times and sizes are recorded so that the next run trusts them instead of reading the
 * file or the sidecar again. Written in batches (seen-documents.ts).
 */
export interface SeenUnchanged {
  documentId: number;
  touched: { mtime: string; sizeBytes: number; sidecar: SidecarStat | null } | null;
}

/** Whether the sidecar's stat differs from the one recorded with the version (none recorded: null). */
function sidecarMoved(known: NonNullable<KnownVersion>, now: SidecarStat | null): boolean {
  return (known.sidecar_size ?? null) !== (now?.sizeBytes ?? null) || (known.sidecar_mtime ?? null) !== (now?.mtime ?? null);
}

/** Before reading: the file's outcome when it needs no reading (unchanged, another pipeline's), else the job to read. */
export type Decision = { outcome: DocumentResult; seen?: SeenUnchanged } | { known: KnownVersion; job: DocumentJob };

/**
 * Decides whether a file must be read: a removed file back with its old bytes is made current again, and
 * the same bytes read by the same code (and under the same limits, if they stopped it) are not read again.
 * Decided from what the run loaded of the warehouse at its start (ctx.known); only a removed file coming
 * back asks the warehouse (and writes).
 */
export async function decide(ctx: DocumentContext, file: RawFile): Promise<Decision> {
  return decideFromSnapshot(ctx, file) ?? decideRevived(ctx, file);
}

/**
 * `decide` without asking the warehouse: null when the file is a removed one back with its old bytes (which
 * decideRevived makes current again). Synchronous because a night with nothing new decides every file this
 * way: an await per file (and its promise) was a tenth of such a night's time on the run's thread.
 */
export function decideFromSnapshot(ctx: DocumentContext, file: RawFile): Decision | null {
  const latest = ctx.known.latestByPath.get(file.path);
  if (latest?.status === 'removed' && latest.sha256 === file.sha256 && latest.logical_key !== null) return null;
  return decideOn(ctx, file, ctx.known.sameVersion(file.path, file.sha256));
}

/** A file back with the bytes it had when it was removed is that version again (same ids). */
async function decideRevived(ctx: DocumentContext, file: RawFile): Promise<Decision> {
  const { db } = ctx.warehouse;
  const revived = await reviveReturnedFile(db, ctx.runId, file);
  if (revived !== null) ctx.logger?.info({ runId: ctx.runId, path: file.path, documentId: revived }, 'a removed file came back with the same bytes: its document is current again');
  const row = await findSameVersion(db, file);
  return decideOn(ctx, file, row ? { ...row, over_limit_options: null } : undefined);
}

/** The decision once the version the warehouse holds for the file's path and bytes (if any) is known. */
function decideOn(ctx: DocumentContext, file: RawFile, known: KnownVersion): Decision {
  // Unchanged: same bytes at the same path, read by the same code as last time.
  const versions = ctx.codeVersions;
  if (known && !ctx.fullRefresh) {
    const expected = expectedExtractor(ctx.allPipelines, known.kind, versions);
    const selected = known.kind === null || ctx.pipelines.some((p) => p.kinds.includes(known.kind as DocumentKind));
    if (!selected) {
      return {
        outcome: {
          path: file.path, sha256: file.sha256, outcome: 'other_pipeline', documentId: known.document_id, kind: known.kind,
          countryIso3: null, records: 0, reextracted: false, reason: 'not a document of the selected pipelines',
        },
      };
    }
    if (known.extractor === expected && !limitsChangedSince(known, ctx.limits) && !sidecarChanged(file, known.meta_json)) {
      const sidecar = file.sidecar ?? null;
      const touched = known.file_mtime !== file.mtime || known.size_bytes !== file.sizeBytes || sidecarMoved(known, sidecar) ? { mtime: file.mtime, sizeBytes: file.sizeBytes, sidecar } : null;
      // Written out rather than spread from a base: on a night with nothing new this runs for every file.
      const outcome: DocumentResult = {
        path: file.path, sha256: file.sha256, outcome: 'unchanged', documentId: known.document_id, kind: known.kind,
        countryIso3: known.country_iso3, records: 0, reextracted: false, reason: 'unchanged since the last run',
      };
      return {
        outcome,
        seen: { documentId: known.document_id, touched },
      };
    }
  }
  return { known, job: { file, selectedPipelines: ctx.pipelines.map((p) => p.name), currentYear: ctx.currentYear, limits: ctx.limits } };
}

/**
 * Loads what the reader made of a file (`reading`, started when the file was decided), or records why it is
 * not loaded. Returns null when the run was interrupted while the file was being read: nothing of it was
 * written, and the next run reads it again.
 */
export async function finish(ctx: DocumentContext, file: RawFile, known: KnownVersion, pending: Promise<DocumentReading>): Promise<DocumentResult | null> {
  const { warehouse, runId } = ctx;
  const base = { path: file.path, sha256: file.sha256, documentId: null, kind: null, countryIso3: null, records: 0, reextracted: false, reason: null };
  const versions = ctx.codeVersions;
  let reading: DocumentReading;
  try {
    reading = await pending;
  } catch (error) {
    if (ctx.signal?.aborted) return null;
    throw error;
  }

  // Decoded (or not).
  if (reading.stage === 'unreadable') {
    // Bytes that changed since the file was listed: its stat no longer stands for a digest the run knows.
    // Its format is kept when the bytes were recognised before the reading stopped (a PDF without a text layer is a PDF).
    const version = { ...versionOf(file, reading.format === null ? null : { format: reading.format }, {}, null, versions.classifier), fileStatUntrusted: reading.rule === 'file-changed' };
    const documentId = await recordUnloaded(warehouse, runId, version, 'quarantined', reading.reason, { severity: 'error', rule: reading.rule });
    return { ...base, outcome: 'quarantined', documentId, reason: reading.reason };
  }
  await faultPoint('decoded');

  // Classified.
  const { model, classified } = reading;
  if (reading.stage === 'unknown-kind') {
    const documentId = await recordUnloaded(warehouse, runId, versionOf(file, model, classified, null, versions.classifier), 'skipped', `${file.path}: ${classified.kindReason}`, classified.unreadLanguage ? { severity: 'warning', rule: 'unsupported-language' } : { severity: 'info', rule: 'unknown-kind' });
    return { ...base, outcome: 'skipped', documentId, countryIso3: classified.countryIso3, reason: classified.kindReason };
  }
  const kind = reading.kind;
  if (reading.stage === 'no-pipeline') {
    const reason = `${file.path}: no pipeline extracts ${kind} documents`;
    const documentId = await recordUnloaded(warehouse, runId, versionOf(file, model, classified, null, versions.classifier), 'skipped', reason, { severity: 'warning', rule: 'no-pipeline' });
    return { ...base, outcome: 'skipped', documentId, kind, reason };
  }
  if (reading.stage === 'other-pipeline') {
    return { ...base, outcome: 'other_pipeline', kind, countryIso3: classified.countryIso3, reason: `a ${reading.pipeline} document; that pipeline is not part of this run` };
  }
  const chosen = extractorFor(ctx.allPipelines, kind);
  if (!chosen) throw new Error(`${file.path}: the reader extracted a ${kind} document that no pipeline of this run extracts`);
  const extractor = extractorId(versions, chosen.extractor);

  // Extracted and transformed (or not).
  if (reading.stage === 'extraction-failed') {
    const documentId = await recordUnloaded(warehouse, runId, versionOf(file, model, classified, null, extractor), 'quarantined', reading.reason, { severity: 'error', rule: 'extraction-failed', line_start: reading.line });
    return { ...base, outcome: 'quarantined', documentId, kind, countryIso3: classified.countryIso3, reason: reading.reason };
  }
  let extraction = reading.extraction;
  // The extractor may know the country better than the classifier (a title naming it) when nothing explicit was given.
  // (The country code's module, with its tables of names, loads on the first document read, not for a night with nothing new.)
  const { countryFromPath, isIso3 } = await import('../classify/country.ts');
  if (!file.meta?.country_iso3 && !countryFromPath(file.path) && extraction.document.country_iso3 && isIso3(extraction.document.country_iso3)) {
    classified.countryIso3 = extraction.document.country_iso3;
    classified.issues = classified.issues.filter((i) => i.rule !== 'country-unknown');
  }
  const fileIssues: IssueDraft[] = file.metaProblem ? [{ severity: 'warning', rule: 'bad-sidecar', message: `${file.path}: ${file.metaProblem}`, line_start: null }] : [];
  extraction = { ...extraction, issues: [...fileIssues, ...reading.encodingIssues, ...classified.issues, ...extraction.issues] };

  // Load.
  await faultPoint('extracted');
  try {
    const outcome = await loadDocument(warehouse, runId, versionOf(file, model, classified, extraction, extractor), extraction);
    await faultPoint('committed');
    return {
      ...base,
      outcome: outcome.status === 'superseded' ? 'superseded' : 'loaded',
      documentId: outcome.documentId,
      kind,
      countryIso3: classified.countryIso3,
      records: outcome.recordsLoaded,
      reextracted: outcome.reextracted,
      reason: outcome.reextracted ? reextractionReason(ctx, file, known, extractor) : outcome.superseded.length > 0 ? `new version; superseded document ${outcome.superseded.join(', ')}` : null,
    };
  } catch (error) {
    // The transaction rolled back: nothing of this document is in the warehouse. Quarantine it with the reason.
    const reason = `could not load ${file.path}: ${describeError(error)}`;
    const documentId = await recordUnloaded(warehouse, runId, versionOf(file, model, classified, null, extractor), 'quarantined', reason, { severity: 'error', rule: 'load-failed' });
    return { ...base, outcome: 'quarantined', documentId, kind, countryIso3: classified.countryIso3, reason };
  }
}

/** Why the same bytes were read again: a full refresh, a new extractor, or a sidecar saying something else. */
function reextractionReason(ctx: DocumentContext, file: RawFile, known: KnownVersion, extractor: string): string {
  if (ctx.fullRefresh) return 'full refresh';
  if (known && sidecarChanged(file, known.meta_json)) return 'its sidecar changed';
  return `re-extracted: ${known?.extractor ?? 'unknown'} -> ${extractor}`;
}
