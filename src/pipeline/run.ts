import { hostname } from 'node:os';
import { faultPoint } from '../model/fault-points.ts';
import type { RawFile } from '../model/raw-file.ts';
import type { Severity } from '../model/records.ts';
import { type DiscoverFs, discoverRawFolder, type FolderEntry, listRawFolder } from '../sources/discover.ts';
import { namingTheWarehouse, openWarehouse } from '../warehouse/db.ts';
import { DEFAULT_HEARTBEAT_MS, DEFAULT_STALE_MS, type HeldLock, type LockOptions } from '../warehouse/lock.ts';
import { applyRemovals } from '../warehouse/removal.ts';
import { DEFAULT_REMOVAL_LIMITS, type RemovalLimits } from '../warehouse/removal-limits.ts';
import { SalwError } from '../model/errors.ts';
import type { DocumentLeases, RunWarehouse } from '../warehouse/run-warehouse.ts';
import { type CodeVersions, codeDigestOf } from './code-digest.ts';

import type { PipelineDefinition } from './definition.ts';
import { recordEntries, setAsideDuplicates } from './entries.ts';
import { type KnownDocuments, loadKnownDocuments } from './known-documents.ts';
import { knownHashesFrom, knownSidecarsFrom } from './known-hashes.ts';
import { type DocumentLimits, limitsWith } from './limits.ts';
import { type Logger, silentLogger } from './logger.ts';
import { type Decision, type DocumentContext, type DocumentResult, decide, decideFromSnapshot, finish } from './process-document.ts';
import { KeptResults } from './kept-results.ts';
import { ReaderPool } from './reader-pool.ts';
import { type DocumentReader, type DocumentReading, describeError } from './reading.ts';
import { currentRowCounts, RunTally, stillQuarantined } from './run-counters.ts';
import { SeenDocuments } from './seen-documents.ts';
import { loadCodeVersion, versionsForRun } from './versions-in-force.ts';
import { WorkerReader } from './worker-reader.ts';


export interface RunOptions {
  rawDir: string;
  /** A SQLite file, or what `openWarehouse` opens (a postgres:// URL). */
  warehousePath: string;
  /** Opens `warehousePath`; SQLite's openWarehouse by default (the commands pass one that also opens PostgreSQL: ops/open-warehouse.ts). */
  openWarehouse?: (location: string) => Promise<RunWarehouse>;
  /** The pipelines to run (a subset of `allPipelines`). */
  pipelines: readonly PipelineDefinition[];
  /** Every pipeline there is, to tell "not this run's kind" from "no pipeline takes it". */
  allPipelines: readonly PipelineDefinition[];
  trigger?: 'manual' | 'schedule';
  /** Re-extract every document, changed or not (every file is hashed again too). */
  fullRefresh?: boolean;
  /** Hash every file, also those whose size and modification time are as the warehouse last saw them (known-hashes.ts). */
  rehash?: boolean;
  /** Globs (relative to rawDir) limiting the run to some files; removed-file detection is off then. */
  only?: readonly string[];
  logger?: Logger;
  /** Checked between documents: when aborted the run stops after the document in hand and is closed as interrupted. */
  signal?: AbortSignal;
  onProgress?: (done: number, total: number, path: string) => void;
  /**
   * How long to wait for the warehouse write lock, when a holder counts as dead, and how often the living beat.
   * On a shared (PostgreSQL) warehouse the same limits say when another run's leases are dead, and `pollMs` how
   * often a run looks again at documents other processes are reading.
   */
  lock?: Pick<LockOptions, 'timeoutMs' | 'staleMs' | 'heartbeatMs' | 'pollMs'>;
  /**
   * On a shared warehouse: ingest even though the last run used other extraction code (a new build taking over
   * from an old one; without it such a process refuses, so that two builds never re-extract each other's documents).
   */
  takeover?: boolean;
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
  /** What one document may cost (size, pages, lines, time, memory); the defaults of limits.ts otherwise. */
  limits?: Partial<DocumentLimits>;
  /**
   * The worker module that reads documents (src/cli/document-worker.ts or its bundle). Set, each document
   * is read in a worker thread under the deadline and memory limit; unset, in this thread, where nothing
   * can stop a stuck document (tests and embedding; the CLI always sets it).
   */
  workerEntry?: string;
  /** How many workers read documents at once (with workerEntry; default 1). Loading stays in discovery order. */
  workers?: number;
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

export type { DocumentOutcome, DocumentResult } from './process-document.ts';
export { expectedExtractor } from './process-document.ts';

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

/** How often a run on a shared warehouse looks again at documents other processes are reading (lock.pollMs sets it). */
const LEASE_POLL_MS = 1_000;

/** The run's sign of life on a shared warehouse, every `everyMs`: its leases live while it beats. */
function heartbeat(leases: DocumentLeases, runId: number, everyMs: number): NodeJS.Timeout {
  const timer = setInterval(() => {
    leases.beat(runId, new Date().toISOString()).catch(() => {
      // NOTE: a missed beat only matters after the stale limit; the next one tries again.
    });
  }, everyMs);
  timer.unref();
  return timer;
}

/** Documents decided and queued for reading per worker, ahead of the one being loaded. */
const READ_AHEAD_PER_WORKER = 2;

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
  // Started now, awaited when the run's row is written: git answers while the warehouse opens.
  void loadCodeVersion();
  const warehouse = await (options.openWarehouse ?? openWarehouse)(options.warehousePath);
  const pipelineNames = options.pipelines.map((p) => p.name).join(',');
  const held: { lock: HeldLock | null } = { lock: null };
  const takeLock = async (command: string): Promise<void> => {
    held.lock = await warehouse.statements.acquireLock({
      ...options.lock,
      command,
      signal: options.signal,
      onWait: (holder) => log.warn({ holder }, `the warehouse is locked by pid ${holder.pid} on ${holder.host} (${holder.command}, since ${holder.startedAt}); waiting`),
      onTakeover: (holder, reason, runsClosed) => log.warn({ holder, runsClosed }, `took over the warehouse lock: ${reason}; ${runsClosed} abandoned run(s) closed as interrupted`),
    });
  };
  try {
    // Worked out once for the run, not for each file decided.
    const codeVersions = await versionsForRun(options);
    if (warehouse.statements.leases) {
      // A shared warehouse: other processes may be ingesting now; the lock is taken for the closing steps only.
      await refuseOtherBuild(warehouse, codeVersions, options.takeover ?? false);
    } else {
      // Nothing is written before the lock is ours: a second process waits here, or gives up naming the holder.
      await takeLock(`${options.trigger === 'schedule' ? 'schedule' : 'run'} ${pipelineNames}`);
    }
    return await runLocked(warehouse, options, pipelineNames, codeVersions, takeLock);
  } finally {
    await held.lock?.release();
    await warehouse.close();
  }
}

/**
 * On a shared warehouse, a process whose extraction code differs from that of the last run refuses to ingest
 * unless told to take over: two builds at once would each re-extract what the other loaded, night after night.
 */
async function refuseOtherBuild(warehouse: RunWarehouse, versions: CodeVersions, takeover: boolean): Promise<void> {
  const mine = codeDigestOf(versions);
  const last = await warehouse.db.selectFrom('runs').select(['run_id', 'code_digest', 'host', 'pid']).where('pipeline', '!=', 'fetch')
    .where('code_digest', 'is not', null).orderBy('run_id', 'desc').limit(1).executeTakeFirst();
  if (!last || last.code_digest === mine || takeover) return;
  throw new SalwError(
    'config',
    `the warehouse ${warehouse.name} was last loaded by other extraction code (run ${last.run_id}, pid ${last.pid ?? '?'} on ${last.host ?? '?'}, code digest ${last.code_digest}; this process's is ${mine}). ` +
      'Two builds loading one warehouse would re-extract each other\'s documents in turn: stop the processes of the other build, then start this one with --takeover (it re-extracts what its code reads differently)',
  );
}

async function notify<T>(log: Logger, hook: ((value: T) => void | Promise<void>) | undefined, value: T): Promise<void> {
  if (!hook) return;
  try {
    await hook(value);
  } catch (error) {
    log.warn({ err: describeError(error) }, 'a run hook failed; the run goes on');
  }
}

async function runLocked(warehouse: RunWarehouse, options: RunOptions, pipelineNames: string, codeVersions: CodeVersions, takeLock: (command: string) => Promise<void>): Promise<RunSummary> {
  const log = options.logger ?? silentLogger;
  const clock = options.now ?? (() => new Date());
  const started = clock();
  const { db } = warehouse;
  const leases = warehouse.statements.leases;
  const staleMs = options.lock?.staleMs ?? DEFAULT_STALE_MS;
  // Liveness is judged on the machines' clocks, whatever clock the run's own times come from (options.now).
  const staleBefore = (): string => new Date(Date.now() - staleMs).toISOString();
  const beganAt = new Date().toISOString();
  if (leases) {
    const closed = await leases.closeAbandoned(new Date().toISOString(), staleBefore());
    if (closed > 0) log.warn({ runsClosed: closed }, `${closed} abandoned run(s) closed as interrupted: their processes stopped beating more than ${Math.round(staleMs / 1000)} s ago; their documents are free again`);
  }
  const run = await db.insertInto('runs').values({
    pipeline: pipelineNames,
    trigger: options.trigger ?? 'manual',
    started_at: started.toISOString(),
    status: 'running',
    code_version: await loadCodeVersion(),
    options_json: JSON.stringify({ rawDir: options.rawDir, fullRefresh: options.fullRefresh ?? false, only: options.only ?? null, limits: limitsWith(options.limits) }),
    host: hostname(),
    pid: process.pid,
    code_digest: codeDigestOf(codeVersions),
    heartbeat_at: leases ? new Date().toISOString() : null,
  }).returning('run_id').executeTakeFirstOrThrow();
  const runId = run.run_id;
  const beating = leases ? heartbeat(leases, runId, options.lock?.heartbeatMs ?? DEFAULT_HEARTBEAT_MS) : null;
  log.info({ runId, pipelines: pipelineNames, rawDir: options.rawDir, warehouse: warehouse.name }, 'run started');
  await notify(log, options.hooks?.onStart, { runId, startedAt: started.toISOString(), pipelines: pipelineNames, trigger: options.trigger ?? 'manual' });

  const results = new KeptResults();
  let status: RunSummary['status'] = 'succeeded';
  let removed: number[] = [];
  let removalsRefused = 0;
  let entries: FolderEntry[] = [];
  let message: string | null = null;
  let reader: DocumentReader | null = null;
  const tally = new RunTally();
  const seen = new SeenDocuments(warehouse, runId);
  let unchanged = 0;
  try {
    let discovered: { files: RawFile[]; entries: FolderEntry[] };
    let rawFolderMissing = false;
    // The raw folder is listed in libuv's threads while this thread reads what the warehouse knows (one query:
    // every document, for change detection and for deciding each file).
    const rootListing = listRawFolder(options.rawDir, options.discoverFs);
    const known: KnownDocuments = await loadKnownDocuments(warehouse);
    try {
      const rehash = options.rehash === true || options.fullRefresh === true;
      const [knownHash, knownSidecar] = [knownHashesFrom(known, { rehash }), knownSidecarsFrom(known, { rehash, codeVersion: await loadCodeVersion() })];
      discovered = await discoverRawFolder(options.rawDir, { only: options.only ?? [], fs: options.discoverFs, currentYear: clock().getUTCFullYear(), knownHash, knownSidecar, rootListing });
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
    const limits = limitsWith(options.limits);
    const workerEntry = options.workerEntry;
    // Inline reading cannot overlap: one document at a time. Workers read ahead of the loading, in parallel.
    const readers = workerEntry ? Math.max(1, options.workers ?? 1) : 1;
    // Each worker has a document waiting for it while this thread writes the one before: a bounded queue, so
    // at most this many readings wait in memory.
    const lookahead = workerEntry ? readers * READ_AHEAD_PER_WORKER : 1;
    // Workers start on the first document to read; the inline reader's code (decoders, classifier) loads only when it is the reader.
    reader = workerEntry
      ? new ReaderPool(Array.from({ length: readers }, () => new WorkerReader({ entry: workerEntry, limits })))
      : (await import('./read-document.ts')).inlineReader(options.allPipelines);
    const documents: DocumentContext = {
      warehouse,
      runId,
      pipelines: options.pipelines,
      allPipelines: options.allPipelines,
      fullRefresh: options.fullRefresh ?? false,
      codeVersions,
      reader,
      known,
      limits,
      currentYear: clock().getUTCFullYear(),
      logger: options.logger,
      signal: options.signal,
    };
    const ahead: { file: RawFile; decision: Decision; reading: Promise<DocumentReading> | null }[] = [];
    let decided = 0;
    let done = 0;
    // Documents another live process was reading when this run came to them: taken when it has loaded them (then
    // they are found unchanged), or when its lease goes stale (it died: this run reads them).
    let deferred: RawFile[] = [];
    /**
     * Decides `file` and starts its reading when it must be read; false when another live process holds its lease.
     * A file decided from the run's snapshot without reading (unchanged, another pipeline's) is queued at once,
     * without a promise: on a night with nothing new that is every file.
     */
    const enqueue = (file: RawFile): boolean | Promise<boolean> => {
      const quick = decideFromSnapshot(documents, file);
      if (quick !== null && 'outcome' in quick) {
        ahead.push({ file, decision: quick, reading: null });
        return true;
      }
      return enqueueToRead(file, quick);
    };
    const enqueueToRead = async (file: RawFile, decided: Decision | null): Promise<boolean> => {
      let decision = decided ?? (await decide(documents, file));
      if ('job' in decision && leases) {
        if (!(await leases.take(file.path, runId, new Date().toISOString(), staleBefore()))) return false;
        // Another process may have loaded it since this run's snapshot: decide again on what the warehouse holds now.
        known.refresh(file.path, file.sha256, await warehouse.statements.knownDocuments(file.path));
        // A full refresh re-extracts each document once, whichever process does it: one written since this run
        // began was re-extracted by another process of the same code (a process of other code is refused).
        const refreshedByAnother = documents.fullRefresh && (await leases.writtenSince(file.path, file.sha256, beganAt));
        decision = await decide(refreshedByAnother ? { ...documents, fullRefresh: false } : documents, file);
        if ('outcome' in decision) await leases.give(file.path, runId);
      }
      const reading = 'job' in decision ? documents.reader.read(decision.job, options.signal) : null;
      // A reading nobody awaits (the run stopped first) must not become an unhandled rejection.
      reading?.catch(() => undefined);
      ahead.push({ file, decision, reading });
      return true;
    };
    for (;;) {
      // A signal's handler runs on a turn of the event loop; give it one before deciding to go on (every
      // document read gives it turns; a stretch of unchanged ones, decided in memory, every 64 documents).
      if (done % 64 === 0 || ahead.some((next) => next.reading !== null)) await new Promise((resolve) => setImmediate(resolve));
      if (options.signal?.aborted) {
        status = 'interrupted';
        message = `interrupted after ${done} of ${files.length} documents`;
        break;
      }
      // Files are decided (and their reading started) up to `lookahead` ahead, at fixed points of the loop, and
      // loaded in discovery order: the warehouse's writes, ids included, do not depend on the readers' speed.
      while (ahead.length < lookahead && decided < files.length) {
        const next = files[decided++] as RawFile;
        let queued = enqueue(next);
        if (typeof queued !== 'boolean') queued = await queued;
        if (!queued) deferred.push(next);
      }
      if (ahead.length === 0) {
        if (deferred.length === 0) break;
        // Only documents other processes are reading are left: look again after a while.
        await new Promise((resolve) => setTimeout(resolve, options.lock?.pollMs ?? LEASE_POLL_MS));
        const waiting = deferred;
        deferred = [];
        for (const file of waiting) if (options.signal?.aborted || !(await enqueue(file))) deferred.push(file);
        continue;
      }
      const { file, decision, reading } = ahead.shift() as (typeof ahead)[number];
      options.onProgress?.(done, files.length, file.path);
      const result = 'outcome' in decision ? decision.outcome : await finish(documents, file, decision.known, reading as NonNullable<typeof reading>);
      if (result === null) {
        status = 'interrupted';
        message = `interrupted after ${done} of ${files.length} documents; ${file.path} was being read and is left for the next run`;
        break;
      }
      done++;
      if (leases && 'job' in decision) await leases.give(file.path, runId);
      results.add(result);
      tally.add(result);
      if ('outcome' in decision) {
        // Decided without reading or writing anything: recorded with the next write, counted in the log at the end.
        if (decision.seen) {
          seen.add(decision.seen);
          unchanged++;
          continue;
        }
      } else {
        await seen.flush(tally.counters);
      }
      log.info({ runId, path: file.path, outcome: result.outcome, documentId: result.documentId, kind: result.kind, country: result.countryIso3, records: result.records, reason: result.reason }, `${result.outcome} ${file.path}`);
    }
    await seen.flush(tally.counters);
    if (unchanged > 0) log.info({ runId, unchanged }, `${unchanged} document(s) unchanged since the last run`);
    options.onProgress?.(files.length, files.length, '');
    await faultPoint('finishing');
    await new Promise((resolve) => setImmediate(resolve));
    if (options.signal?.aborted && status !== 'interrupted') {
      // Stopped after the last document: every document is done, but the run's closing steps (removals) are not taken.
      status = 'interrupted';
      message = `interrupted after ${files.length} of ${files.length} documents, before removals`;
    }
    // On a shared warehouse the steps done once per run are the last process's: under the lock, which this run
    // keeps until its row says it has finished, so that of two processes ending together one sees the other done.
    let othersStillLoading = false;
    if (leases && status !== 'interrupted') {
      await takeLock(`closing run ${runId} (${pipelineNames})`);
      const others = await leases.othersRunning(runId, staleBefore());
      if (others.length > 0) {
        othersStillLoading = true;
        log.info({ runId, others }, `removals left to the last process: ${others.map((o) => `run ${o.runId} (pid ${o.pid ?? '?'} on ${o.host ?? '?'})`).join(', ')} still loading`);
      }
    }
    if (status !== 'interrupted' && (options.only ?? []).length === 0 && !othersStillLoading) {
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
    if (status === 'succeeded' && tally.counters.documentsQuarantined > 0) status = 'partial';
  } catch (error) {
    status = 'failed';
    message = describeError(namingTheWarehouse(error, options.warehousePath));
    log.error({ runId, err: message }, 'run failed');
  } finally {
    await reader?.close();
    if (beating) clearInterval(beating);
    await leases?.giveAll(runId).catch((error: unknown) => log.warn({ runId, err: describeError(error) }, 'could not give back the run\'s document leases; they go stale with the run'));
    try {
      // A run that failed still saw the unchanged documents it decided before.
      if (seen.size > 0) await seen.flush(tally.counters);
    } catch (error) {
      log.warn({ runId, err: describeError(error) }, 'could not record the unchanged documents the run saw');
    }
  }

  const issueRows = await db.selectFrom('quality_issues').select(['severity']).select((eb) => eb.fn.countAll<number>().as('n'))
    .where('run_id', '=', runId).groupBy('severity').execute();
  const issuesBySeverity: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const row of issueRows) issuesBySeverity[row.severity] = Number(row.n);
  const finished = clock();
  const summary: RunSummary = {
    runId,
    status,
    ...tally.counters,
    documentsRemoved: removed.length,
    rowsPerTable: await currentRowCounts(warehouse),
    issuesBySeverity,
    durationMs: finished.getTime() - started.getTime(),
    message,
    documents: results.documents,
    entries,
    removalsRefused,
    stillQuarantined: await stillQuarantined(warehouse),
  };
  // Say why documents were re-extracted when nothing more pressing is to be said.
  const reextractReasons = new Map<string, number>();
  for (const r of results.documents) if (r.reextracted && r.reason) reextractReasons.set(r.reason, (reextractReasons.get(r.reason) ?? 0) + 1);
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
