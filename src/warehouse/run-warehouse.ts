import type { Kysely, Transaction } from 'kysely';
import type { DocumentKind } from '../model/kinds.ts';
import type { SidecarStat } from '../model/raw-file.ts';
import type { FactStore } from './fact-store.ts';
import type { HeldLock, LockOptions } from './lock.ts';
import type { DocumentStatus, WarehouseDatabase } from './schema.ts';

/**
 * A warehouse as a run writes it, whatever the backend: kysely for the statements both dialects understand,
 * and `statements` for the ones each backend says its own way (SQLite's prepared better-sqlite3 statements
 * and `json_each`, PostgreSQL's `= ANY($1)` and advisory locks): one implementation per backend,
 * sqlite-run-statements.ts and postgres/run-statements.ts.
 */
export interface RunWarehouse {
  readonly backend: 'sqlite' | 'postgres';
  readonly db: Kysely<WarehouseDatabase>;
  /** The file's path, or the URL with its password hidden: what messages name. */
  readonly name: string;
  readonly statements: RunStatements;
  close(): Promise<void>;
}

/** A document version with what deciding a file needs of it (pipeline/known-documents.ts). */
export interface KnownDocument {
  document_id: number;
  source_path: string;
  sha256: string;
  size_bytes: number;
  file_mtime: string | null;
  status: DocumentStatus;
  kind: DocumentKind | null;
  country_iso3: string | null;
  extractor: string | null;
  logical_key: string | null;
  /** The sidecar as read when this version was loaded (a changed sidecar means reading the file again). */
  meta_json: string | null;
  /** The sidecar's size and time when meta_json was read from it (or found unchanged); null without a usable sidecar. */
  sidecar_size: number | null;
  sidecar_mtime: string | null;
  /** When the last run that saw this version started: its file was hashed, or its stat trusted, by then (known-hashes.ts). */
  seen_from: string;
  /** The code_version of that run: a sidecar is trusted only by the code that read it (its rules may have changed since). */
  seen_by_code: string;
  /** For a document quarantined for a limit: the options of the run that raised its latest over-limit issue (limits changed?). */
  over_limit_options: string | null;
}

/** The counters a run keeps on its row while it goes (pipeline/run-counters.ts). */
export interface RunCounters {
  documentsSeen: number;
  documentsLoaded: number;
  documentsSkipped: number;
  documentsQuarantined: number;
  documentsReextracted: number;
  recordsLoaded: number;
}

/** An unchanged document whose file or sidecar was touched (a new time or size, saying the same): its new stats are recorded. */
export interface TouchedDocument {
  documentId: number;
  mtime: string;
  sizeBytes: number;
  /** The sidecar's stat now (null: none, or one not to be trusted: read again next run). */
  sidecar: SidecarStat | null;
}

export interface RunStatements {
  /** Every document version, in id order (`path` given: only that path's), joined to the start of the last run that saw it. */
  knownDocuments(path?: string): Promise<KnownDocument[]>;
  /** In one transaction: the documents a run saw unchanged (their last_run_id, and the new stat of touched ones) and the run's counters. */
  recordSeen(runId: number, untouched: readonly number[], touched: readonly TouchedDocument[], counters: RunCounters): Promise<void>;
  /** The counters so far, on the run's row. */
  recordCounters(runId: number, counters: RunCounters): Promise<void>;
  /** Rows of current data (documents with status loaded) per fact table. */
  currentRowCounts(): Promise<Record<string, number>>;
  /** Every document quarantined now, by path. */
  quarantined(): Promise<{ path: string; reason: string }[]>;
  /** The paths of the documents (not removed) that hold these bytes, oldest first. */
  pathsHoldingBytes(sha256: string): Promise<string[]>;
  /**
   * One document's transaction, with the fact store that writes inside it. `logicalKey`, when known, is held
   * for the transaction: two processes loading versions of one logical document take turns (PostgreSQL; a
   * SQLite warehouse has one writer at a time anyway).
   */
  documentTransaction<T>(logicalKey: string | null, work: (trx: Transaction<WarehouseDatabase>, store: FactStore) => Promise<T>): Promise<T>;
  /** Takes the warehouse write lock (lock.ts), waiting as `options` say. */
  acquireLock(options: LockOptions): Promise<HeldLock>;
  /**
   * Present when several ingest processes may share the warehouse (PostgreSQL): a run then takes the write lock
   * only for its closing steps, and leases each document before reading it. Absent (SQLite), a run holds the
   * write lock from start to end and is the only writer.
   */
  leases?: DocumentLeases;
}

/**
 * The documents the running processes are reading, and the runs' signs of life. A run's leases are alive while
 * the run is `running` and its heartbeat is not older than the stale limit; a lease of a dead run is taken over.
 */
export interface DocumentLeases {
  /** Takes `path` for `runId` unless a live run holds it (one whose heartbeat is not older than `staleBefore`): true when taken. */
  take(path: string, runId: number, at: string, staleBefore: string): Promise<boolean>;
  /**
   * Whether the version of `path` with these bytes was written (loaded, re-extracted) by another process of this
   * wave: at or after `since`, or by a run still running (a process that started first may have re-extracted it
   * before this one began: on a loaded machine a second process starts seconds after the first).
   */
  writtenSince(path: string, sha256: string, since: string): Promise<boolean>;
  /** Gives `path` back (its document is loaded or recorded). */
  give(path: string, runId: number): Promise<void>;
  /** Gives back every lease of the run (it ends). */
  giveAll(runId: number): Promise<void>;
  /** The run's sign of life. */
  beat(runId: number, at: string): Promise<void>;
  /** Runs other than `runId` still going: running, with a heartbeat not older than `staleBefore` (fetches aside). */
  othersRunning(runId: number, staleBefore: string): Promise<{ runId: number; pid: number | null; host: string | null }[]>;
  /** Closes the runs that stopped beating before `staleBefore` as interrupted, freeing their leases; how many. */
  closeAbandoned(at: string, staleBefore: string): Promise<number>;
}
