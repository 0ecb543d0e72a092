import { faultPoint } from '../model/fault-points.ts';
import { readFile } from 'node:fs/promises';
import { hostname } from 'node:os';
import { countryFromPath, isIso3 } from '../classify/country.ts';
import { type Classified, classify } from '../classify/document.ts';
import { decoderFor, detectFormat } from '../decoders/sniff.ts';
import { type DocumentModel, nothingToReadReason } from '../model/document.ts';
import { SalwError } from '../model/errors.ts';
import type { DocumentKind } from '../model/kinds.ts';
import type { RawFile } from '../model/raw-file.ts';
import type { Extraction, IssueDraft, Severity } from '../model/records.ts';
import { type DiscoverFs, discoverRawFolder, type FolderEntry } from '../sources/discover.ts';
import { namingTheWarehouse, openWarehouse, type Warehouse } from '../warehouse/db.ts';
import { type DocumentVersion, findSameVersion, loadDocument, recordUnloaded } from '../warehouse/loader.ts';
import { applyRemovals, DEFAULT_REMOVAL_LIMITS, type RemovalLimits, reviveReturnedFile } from '../warehouse/removal.ts';
import type { CodeVersions } from './code-digest.ts';
import { codeVersion, codeVersionsFor, extractorId } from './code-version.ts';
import { encodingIssues, guardReplacedNumbers } from './replaced-bytes.ts';
import { recordEntries, setAsideDuplicates } from './entries.ts';
import { countResults, currentRowCounts, recordCountersSoFar, stillQuarantined } from './run-counters.ts';
import { extractorFor, type PipelineDefinition } from './definition.ts';
import { type Logger, silentLogger } from './logger.ts';
import { acquireWarehouseLock, type HeldLock, type LockOptions } from '../warehouse/lock.ts';


export interface RunOptions {
  rawDir: string;
  warehousePath: string;
  /** The pipelines to run (a subset of `allPipelines`). */
  pipelines: readonly PipelineDefinition[];
  /** Every pipeline there is, to tell "not this run's kind" from "no pipeline takes it". */
  allPipelines: readonly PipelineDefinition[];
  trigger?: 'manual' | 'schedule';
  /** Re-extract every document, changed or not. */
  fullRefresh?: boolean;
  /** Globs (relative to rawDir) limiting the run to some files; removed-file detection is off then. */
  only?: readonly string[];
  logger?: Logger;
  /** Checked between documents: when aborted the run stops after the document in hand and is closed as interrupted. */
  signal?: AbortSignal;
  onProgress?: (done: number, total: number, path: string) => void;
  /** How long to wait for the warehouse write lock, and when a holder counts as dead. */
  lock?: Pick<LockOptions, 'timeoutMs' | 'staleMs' | 'heartbeatMs'>;
  /** Observers of the run's start and end (lineage events); a hook that throws is logged, never fails the run. */
  hooks?: RunHooks;
  /** When the run may mark documents removed (the guard against an unmounted share). */
  removalLimits?: Partial<RemovalLimits>;
  /** For tests: the file-system reads discovery makes (fault injection). */
  discoverFs?: DiscoverFs;
  /** For tests: the current time. */
  now?: () => Date;
  /** For tests: the code versions in force (default: derived from src/, see codeVersionsFor). */
  codeVersions?: CodeVersions;
}

export interface RunStart {
  runId: number;
  startedAt: string;
  pipelines: string;
  trigger: 'manual' | 'schedule';
}

export interface RunHooks {
  onStart?(run: RunStart): void | Promise<void>;
  onFinish?(summary: RunSummary): void | Promise<void>;
}

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

export interface RunSummary {
  runId: number;
  status: 'succeeded' | 'partial' | 'failed' | 'interrupted' | 'removal_refused';
  documentsSeen: number;
  documentsLoaded: number;
  documentsSkipped: number;
  documentsQuarantined: number;
  documentsRemoved: number;
  documentsReextracted: number;
  recordsLoaded: number;
  /** Rows of current data (documents with status loaded) per fact table. */
  rowsPerTable: Record<string, number>;
  /** Quality issues raised by this run, per severity. */
  issuesBySeverity: Record<Severity, number>;
  durationMs: number;
  /** Why the run failed or stopped early, if it did. */
  message: string | null;
  documents: DocumentResult[];
  /** Entries of the raw folder that did not become documents (hidden, refused, unreadable, duplicates), with the reason. */
  entries: FolderEntry[];
  /** Documents whose file is gone but that the removal guard kept (0 unless the status is removal_refused). */
  removalsRefused: number;
  /** Every document quarantined now, whichever run quarantined it: listed until its file is fixed. */
  stillQuarantined: { path: string; reason: string }[];
}

function versionOf(file: RawFile, model: DocumentModel | null, classified: Partial<Classified>, extraction: Extraction | null, extractor: string): DocumentVersion {
  const facts = extraction?.document ?? {};
  return {
    file,
    format: model?.format ?? null,
    encoding: model?.encoding ?? null,
    pageCount: model?.pageCount ?? null,
    kind: classified.kind ?? null,
    countryIso3: classified.countryIso3 ?? null,
    title: facts.title ?? model?.title ?? null,
    reportYear: file.meta?.report_year ?? facts.report_year ?? null,
    language: file.meta?.language ?? facts.language ?? model?.declaredLanguage ?? null,
    dateRaw: facts.date_raw ?? null,
    dateIso: facts.date_iso ?? null,
    documentCode: facts.document_code ?? null,
    extractor,
  };
}

function describeError(error: unknown): string {
  if (error instanceof SalwError) return error.message;
  if (error instanceof Error) return `${error.name}: ${error.message}`;
  return String(error);
}

/** Files sharing a source_url are versions of one document: process them oldest retrieval first. */
export function processingOrder(files: RawFile[]): RawFile[] {
  const key = (f: RawFile) => f.meta?.source_url ?? f.path;
  const when = (f: RawFile) => f.meta?.retrieved_at ?? f.mtime;
  return [...files].sort((a, b) => key(a).localeCompare(key(b)) || when(a).localeCompare(when(b)) || a.path.localeCompare(b.path));
}


/**
 * One run: discover raw files, then per document decode -> classify -> extract -> transform -> load, each
 * document in its own transaction. A bad document is quarantined with its reason and the run goes on;
 * the run returns a summary and never throws for a document's sake.
 */
export async function runPipelines(options: RunOptions): Promise<RunSummary> {
  const log = options.logger ?? silentLogger;
  const warehouse = await openWarehouse(options.warehousePath);
  const pipelineNames = options.pipelines.map((p) => p.name).join(',');
  let lock: HeldLock | null = null;
  try {
    // Nothing is written before the lock is ours: a second process waits here, or gives up naming the holder.
    lock = await acquireWarehouseLock(warehouse, {
      ...options.lock,
      command: `${options.trigger === 'schedule' ? 'schedule' : 'run'} ${pipelineNames}`,
      signal: options.signal,
      onWait: (holder) => log.warn({ holder }, `the warehouse is locked by pid ${holder.pid} on ${holder.host} (${holder.command}, since ${holder.startedAt}); waiting`),
      onTakeover: (holder, reason, runsClosed) => log.warn({ holder, runsClosed }, `took over the warehouse lock: ${reason}; ${runsClosed} abandoned run(s) closed as interrupted`),
    });
    return await runLocked(warehouse, options, pipelineNames);
  } finally {
    await lock?.release();
    await warehouse.close();
  }
}

/** The name and version of the code that extracts documents of `kind` now (the classifier's when none does). */
export function expectedExtractor(allPipelines: readonly PipelineDefinition[], kind: DocumentKind | null, versions: CodeVersions = codeVersionsFor({ allPipelines })): string {
  const current = kind ? extractorFor(allPipelines, kind)?.extractor : undefined;
  return current ? extractorId(versions, current) : versions.classifier;
}

async function notify<T>(log: Logger, hook: ((value: T) => void | Promise<void>) | undefined, value: T): Promise<void> {
  if (!hook) return;
  try {
    await hook(value);
  } catch (error) {
    log.warn({ err: describeError(error) }, 'a run hook failed; the run goes on');
  }
}

async function runLocked(warehouse: Warehouse, options: RunOptions, pipelineNames: string): Promise<RunSummary> {
  const log = options.logger ?? silentLogger;
  const clock = options.now ?? (() => new Date());
  const started = clock();
  const { db } = warehouse;
  const run = await db.insertInto('runs').values({
    pipeline: pipelineNames,
    trigger: options.trigger ?? 'manual',
    started_at: started.toISOString(),
    status: 'running',
    code_version: codeVersion(),
    options_json: JSON.stringify({ rawDir: options.rawDir, fullRefresh: options.fullRefresh ?? false, only: options.only ?? null }),
    host: hostname(),
    pid: process.pid,
  }).returning('run_id').executeTakeFirstOrThrow();
  const runId = run.run_id;
  log.info({ runId, pipelines: pipelineNames, rawDir: options.rawDir, warehouse: options.warehousePath }, 'run started');
  await notify(log, options.hooks?.onStart, { runId, startedAt: started.toISOString(), pipelines: pipelineNames, trigger: options.trigger ?? 'manual' });

  const results: DocumentResult[] = [];
  let status: RunSummary['status'] = 'succeeded';
  let removed: number[] = [];
  let removalsRefused = 0;
  let entries: FolderEntry[] = [];
  let message: string | null = null;
  try {
    let discovered: { files: RawFile[]; entries: FolderEntry[] };
    let rawFolderMissing = false;
    try {
      discovered = await discoverRawFolder(options.rawDir, { only: options.only ?? [], fs: options.discoverFs, currentYear: clock().getUTCFullYear() });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
      rawFolderMissing = true;
      discovered = { files: [], entries: [{ path: '.', outcome: 'unreadable', reason: `the raw folder ${options.rawDir} does not exist` }] };
    }
    if ((options.only ?? []).length > 0 && discovered.files.length === 0) {
      message = `--only ${(options.only ?? []).join(' ')} matched no file of ${options.rawDir}`;
      log.warn({ runId, only: options.only }, message);
    }
    const { unique, duplicates } = await setAsideDuplicates(warehouse, discovered.files);
    entries = [...discovered.entries, ...duplicates].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
    await recordEntries(warehouse, runId, entries);
    for (const entry of entries) log.warn({ runId, path: entry.path, outcome: entry.outcome, reason: entry.reason }, `${entry.outcome} ${entry.path}: ${entry.reason}`);
    const files = processingOrder(unique);
    await faultPoint('discovered');
    const runsAll = options.pipelines.length === options.allPipelines.length;
    for (const [index, file] of files.entries()) {
      // A signal's handler runs on a turn of the event loop; give it one before deciding to go on.
      await new Promise((resolve) => setImmediate(resolve));
      if (options.signal?.aborted) {
        status = 'interrupted';
        message = `interrupted after ${index} of ${files.length} documents`;
        break;
      }
      options.onProgress?.(index, files.length, file.path);
      const result = await processFile(warehouse, runId, file, options, clock);
      results.push(result);
      recordCountersSoFar(warehouse, runId, results);
      log.info({ runId, path: file.path, outcome: result.outcome, documentId: result.documentId, kind: result.kind, country: result.countryIso3, records: result.records, reason: result.reason }, `${result.outcome} ${file.path}`);
    }
    options.onProgress?.(files.length, files.length, '');
    await faultPoint('finishing');
    await new Promise((resolve) => setImmediate(resolve));
    if (options.signal?.aborted && status !== 'interrupted') {
      // Stopped after the last document: every document is done, but the run's closing steps (removals) are not taken.
      status = 'interrupted';
      message = `interrupted after ${files.length} of ${files.length} documents, before removals`;
    }
    if (status !== 'interrupted' && (options.only ?? []).length === 0) {
      const kinds = runsAll ? null : options.pipelines.flatMap((p) => p.kinds);
      // Duplicates are present too: their bytes are loaded under another name.
      const present = new Set(discovered.files.map((f) => f.path));
      const outcome = await applyRemovals(db, runId, present, kinds, { filesSeen: discovered.files.length, rawFolderMissing }, { ...DEFAULT_REMOVAL_LIMITS, ...options.removalLimits });
      removed = outcome.removed;
      if (outcome.refusal) {
        [status, removalsRefused, message] = ['removal_refused', outcome.refused, outcome.refusal];
        log.error({ runId, gone: outcome.refused }, outcome.refusal);
      }
      for (const id of removed) log.info({ runId, documentId: id }, 'document removed: its file left the raw folder');
    }
    if (status === 'succeeded' && results.some((r) => r.outcome === 'quarantined')) status = 'partial';
  } catch (error) {
    status = 'failed';
    message = describeError(namingTheWarehouse(error, options.warehousePath));
    log.error({ runId, err: message }, 'run failed');
  }

  const issueRows = await db.selectFrom('quality_issues').select(['severity']).select((eb) => eb.fn.countAll<number>().as('n'))
    .where('run_id', '=', runId).groupBy('severity').execute();
  const issuesBySeverity: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const row of issueRows) issuesBySeverity[row.severity] = Number(row.n);
  const finished = clock();
  const summary: RunSummary = {
    runId,
    status,
    ...countResults(results),
    documentsRemoved: removed.length,
    rowsPerTable: await currentRowCounts(warehouse),
    issuesBySeverity,
    durationMs: finished.getTime() - started.getTime(),
    message,
    documents: results,
    entries,
    removalsRefused,
    stillQuarantined: stillQuarantined(warehouse),
  };
  // Say why documents were re-extracted when nothing more pressing is to be said.
  const reextractReasons = new Map<string, number>();
  for (const r of results) if (r.reextracted && r.reason) reextractReasons.set(r.reason, (reextractReasons.get(r.reason) ?? 0) + 1);
  if (!message && reextractReasons.size > 0) {
    message = `${summary.documentsReextracted} re-extracted: ${[...reextractReasons].map(([why, n]) => `${why} (${n})`).join('; ')}`;
    summary.message = message;
  }
  await db.updateTable('runs').set({
    finished_at: finished.toISOString(),
    status,
    documents_seen: summary.documentsSeen,
    documents_loaded: summary.documentsLoaded,
    documents_skipped: summary.documentsSkipped,
    documents_quarantined: summary.documentsQuarantined,
    documents_removed: summary.documentsRemoved,
    documents_reextracted: summary.documentsReextracted,
    records_loaded: summary.recordsLoaded,
    duration_ms: summary.durationMs,
    message,
  }).where('run_id', '=', runId).execute();
  log.info({ runId, status, durationMs: summary.durationMs }, 'run finished');
  await notify(log, options.hooks?.onFinish, summary);
  return summary;
}

async function processFile(
  warehouse: Warehouse,
  runId: number,
  file: RawFile,
  options: RunOptions,
  clock: () => Date,
): Promise<DocumentResult> {
  const { db } = warehouse;
  const base = { path: file.path, sha256: file.sha256, documentId: null, kind: null, countryIso3: null, records: 0, reextracted: false, reason: null };

  // A file back with the bytes it had when it was removed is that version again (same ids).
  const revived = await reviveReturnedFile(db, runId, file);
  if (revived !== null) options.logger?.info({ runId, path: file.path, documentId: revived }, 'a removed file came back with the same bytes: its document is current again');
  // Unchanged: same bytes at the same path, read by the same code as last time.
  const versions = codeVersionsFor(options);
  const known = await findSameVersion(db, file);
  if (known && !options.fullRefresh) {
    const expected = expectedExtractor(options.allPipelines, known.kind, versions);
    const selected = known.kind === null || options.pipelines.some((p) => p.kinds.includes(known.kind as DocumentKind));
    if (!selected) return { ...base, outcome: 'other_pipeline', documentId: known.document_id, kind: known.kind, reason: 'not a document of the selected pipelines' };
    if (known.extractor === expected) {
      await db.updateTable('documents').set({ last_run_id: runId }).where('document_id', '=', known.document_id).execute();
      return { ...base, outcome: 'unchanged', documentId: known.document_id, kind: known.kind, countryIso3: known.country_iso3, reason: 'unchanged since the last run' };
    }
  }

  const fileIssues: IssueDraft[] = file.metaProblem ? [{ severity: 'warning', rule: 'bad-sidecar', message: `${file.path}: ${file.metaProblem}`, line_start: null }] : [];

  // Decode.
  let model: DocumentModel;
  try {
    const bytes = new Uint8Array(await readFile(file.absPath));
    if (bytes.length === 0) throw new SalwError('decode', 'the file is empty (0 bytes); nothing to load', { documentPath: file.path });
    model = await decoderFor(detectFormat(bytes)).decode(bytes, { sourcePath: file.path });
    const nothingToRead = nothingToReadReason(model);
    if (nothingToRead !== null) throw new SalwError('decode', nothingToRead, { documentPath: file.path });
    await faultPoint('decoded');
  } catch (error) {
    const reason = `could not read ${file.path}: ${describeError(error)}`;
    const documentId = await recordUnloaded(db, runId, versionOf(file, null, {}, null, versions.classifier), 'quarantined', reason, { severity: 'error', rule: 'unreadable-document' });
    return { ...base, outcome: 'quarantined', documentId, reason };
  }

  // Classify.
  const classified = classify(file, model);
  if (!classified.kind) {
    const documentId = await recordUnloaded(db, runId, versionOf(file, model, classified, null, versions.classifier), 'skipped', `${file.path}: ${classified.kindReason}`, { severity: 'info', rule: 'unknown-kind' });
    return { ...base, outcome: 'skipped', documentId, countryIso3: classified.countryIso3, reason: classified.kindReason };
  }
  const kind = classified.kind;
  const chosen = extractorFor(options.allPipelines, kind);
  if (!chosen) {
    const reason = `${file.path}: no pipeline extracts ${kind} documents`;
    const documentId = await recordUnloaded(db, runId, versionOf(file, model, classified, null, versions.classifier), 'skipped', reason, { severity: 'warning', rule: 'no-pipeline' });
    return { ...base, outcome: 'skipped', documentId, kind, reason };
  }
  if (!options.pipelines.includes(chosen.pipeline)) {
    return { ...base, outcome: 'other_pipeline', kind, countryIso3: classified.countryIso3, reason: `a ${chosen.pipeline.name} document; that pipeline is not part of this run` };
  }
  const extractor = extractorId(versions, chosen.extractor);

  // Extract and transform.
  let extraction: Extraction;
  try {
    extraction = chosen.extractor.extract(model, {
      kind,
      countryIso3: classified.countryIso3,
      reportYear: file.meta?.report_year ?? null,
      language: file.meta?.language ?? model.declaredLanguage,
      sourcePath: file.path,
    });
    const ctx = { kind, countryIso3: classified.countryIso3, sourcePath: file.path, currentYear: clock().getUTCFullYear() };
    for (const transform of chosen.pipeline.transforms) extraction = transform.apply(extraction, ctx);
    extraction = guardReplacedNumbers(extraction, file.path);
  } catch (error) {
    const reason = `could not extract ${file.path} as ${kind}: ${describeError(error)}`;
    const line = error instanceof SalwError ? error.line : null;
    const documentId = await recordUnloaded(db, runId, versionOf(file, model, classified, null, extractor), 'quarantined', reason, { severity: 'error', rule: 'extraction-failed', line_start: line });
    return { ...base, outcome: 'quarantined', documentId, kind, countryIso3: classified.countryIso3, reason };
  }
  // The extractor may know the country better than the classifier (a title naming it) when nothing explicit was given.
  if (!file.meta?.country_iso3 && !countryFromPath(file.path) && extraction.document.country_iso3 && isIso3(extraction.document.country_iso3)) {
    classified.countryIso3 = extraction.document.country_iso3;
    classified.issues = classified.issues.filter((i) => i.rule !== 'country-unknown');
  }
  extraction = { ...extraction, issues: [...fileIssues, ...encodingIssues(model, file.path), ...classified.issues, ...extraction.issues] };

  // Load.
  await faultPoint('extracted');
  try {
    const outcome = await loadDocument(db, runId, versionOf(file, model, classified, extraction, extractor), extraction);
    await faultPoint('committed');
    return {
      ...base,
      outcome: outcome.status === 'superseded' ? 'superseded' : 'loaded',
      documentId: outcome.documentId,
      kind,
      countryIso3: classified.countryIso3,
      records: outcome.recordsLoaded,
      reextracted: outcome.reextracted,
      reason: outcome.reextracted ? (options.fullRefresh ? 'full refresh' : `re-extracted: ${known?.extractor ?? 'unknown'} -> ${extractor}`) : outcome.superseded.length > 0 ? `new version; superseded document ${outcome.superseded.join(', ')}` : null,
    };
  } catch (error) {
    // The transaction rolled back: nothing of this document is in the warehouse. Quarantine it with the reason.
    const reason = `could not load ${file.path}: ${describeError(error)}`;
    const documentId = await recordUnloaded(db, runId, versionOf(file, model, classified, null, extractor), 'quarantined', reason, { severity: 'error', rule: 'load-failed' });
    return { ...base, outcome: 'quarantined', documentId, kind, countryIso3: classified.countryIso3, reason };
  }
}
