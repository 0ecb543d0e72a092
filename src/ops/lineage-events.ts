import { postJson } from './post-json.ts';
import { randomUUID } from 'node:crypto';
import { appendFileSync, mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { Logger } from '../pipeline/logger.ts';
import type { RunHooks, RunStart, RunSummary } from '../pipeline/run.ts';
import { codeVersion } from '../pipeline/versions-in-force.ts';

/**
 * OpenLineage run events (https://openlineage.io/spec/2-0-2/OpenLineage.json): START when a run begins,
 * COMPLETE / FAIL / ABORT (interrupted) when it ends, with the documents read as input datasets and the
 * warehouse tables as outputs. Appended to `openlineage.jsonl` next to the warehouse, and POSTed to an
 * endpoint (Marquez, DataHub, ...) when one is configured. Emitting never fails a run.
 */

export const OPENLINEAGE_FILE = 'openlineage.jsonl';
export const PRODUCER = 'https://github.com/salw-etl/salw-etl';
const SCHEMA_URL = 'https://openlineage.io/spec/2-0-2/OpenLineage.json#/$defs/RunEvent';
const ERROR_FACET_SCHEMA = 'https://openlineage.io/spec/facets/1-0-1/ErrorMessageRunFacet.json#/$defs/ErrorMessageRunFacet';
const CUSTOM_FACET_SCHEMA = `${PRODUCER}/blob/main/docs/openlineage-facets.md`;
export const JOB_NAMESPACE = 'salw-etl';

/** The tables a run writes: bookkeeping and facts. */
export const OUTPUT_TABLES = [
  'runs', 'documents', 'quality_issues', 'explosions', 'diversions', 'tallies', 'sections', 'citations',
  'count_statements', 'weapon_counts', 'report_submissions', 'meeting_statements',
] as const;

export type LineageEventType = 'START' | 'COMPLETE' | 'FAIL' | 'ABORT';

interface Facet {
  _producer: string;
  _schemaURL: string;
  [key: string]: unknown;
}

export interface LineageDataset {
  namespace: string;
  name: string;
  facets?: Record<string, Facet>;
}

export interface LineageRunEvent {
  eventType: LineageEventType;
  eventTime: string;
  run: { runId: string; facets: Record<string, Facet> };
  job: { namespace: string; name: string; facets: Record<string, Facet> };
  inputs: LineageDataset[];
  outputs: LineageDataset[];
  producer: string;
  schemaURL: string;
}

const custom = (fields: Record<string, unknown>): Facet => ({ _producer: PRODUCER, _schemaURL: CUSTOM_FACET_SCHEMA, ...fields });

export function eventTypeFor(status: RunSummary['status']): LineageEventType {
  if (status === 'failed') return 'FAIL';
  if (status === 'interrupted') return 'ABORT';
  return 'COMPLETE';
}

export function outputDatasets(warehousePath: string): LineageDataset[] {
  if (/^postgres(?:ql)?:\/\//iu.test(warehousePath)) {
    // OpenLineage's naming for PostgreSQL: the server as namespace, `database.schema.table` as name (no user, no password).
    const url = new URL(warehousePath);
    // The schema is the connection's search_path when the URL's options set one (`?options=-c search_path=salw`).
    const schema = /search_path=([^\s,]+)/u.exec(url.searchParams.get('options') ?? '')?.[1] ?? 'public';
    return OUTPUT_TABLES.map((table) => ({ namespace: `postgres://${url.hostname}:${url.port || '5432'}`, name: `${url.pathname.slice(1)}.${schema}.${table}` }));
  }
  return OUTPUT_TABLES.map((table) => ({ namespace: `sqlite://${resolve(warehousePath)}`, name: table }));
}

/** A document read by the run: namespace `file://<raw dir>`, name = its path in the raw folder, and its sha256. */
export function inputDataset(rawDir: string, doc: Pick<RunSummary['documents'][number], 'path' | 'sha256' | 'outcome' | 'documentId' | 'kind'>): LineageDataset {
  return {
    namespace: `file://${resolve(rawDir)}`,
    name: doc.path,
    facets: { salw_document: custom({ sha256: doc.sha256, outcome: doc.outcome, documentId: doc.documentId, kind: doc.kind }) },
  };
}

export interface EventContext {
  olRunId: string;
  rawDir: string;
  warehousePath: string;
}

/** Pure: the START event of a run. */
export function startEvent(ctx: EventContext, run: RunStart): LineageRunEvent {
  return {
    eventType: 'START',
    eventTime: run.startedAt,
    run: { runId: ctx.olRunId, facets: { salw_run: custom({ runId: run.runId, trigger: run.trigger, codeVersion: codeVersion() }) } },
    job: { namespace: JOB_NAMESPACE, name: run.pipelines, facets: {} },
    inputs: [],
    outputs: outputDatasets(ctx.warehousePath),
    producer: PRODUCER,
    schemaURL: SCHEMA_URL,
  };
}

/**
 * Pure: the closing event of a run (COMPLETE, FAIL or ABORT). Its inputs are the documents the run did
 * something with (read, loaded, quarantined, skipped, left to another pipeline); the documents found
 * unchanged were not read, and are only counted (`documentsUnchanged`): a night with nothing new emits an
 * event of a few lines, not one input per document of the corpus.
 */
export function endEvent(ctx: EventContext, pipelines: string, summary: RunSummary, eventTime: string): LineageRunEvent {
  const inputs = summary.documents.filter((doc) => doc.outcome !== 'unchanged');
  const facets: Record<string, Facet> = {
    salw_run: custom({
      runId: summary.runId, status: summary.status, documentsSeen: summary.documentsSeen, documentsUnchanged: summary.documents.length - inputs.length,
      documentsLoaded: summary.documentsLoaded,
      documentsSkipped: summary.documentsSkipped, documentsQuarantined: summary.documentsQuarantined, documentsRemoved: summary.documentsRemoved,
      documentsReextracted: summary.documentsReextracted, recordsLoaded: summary.recordsLoaded, durationMs: summary.durationMs,
    }),
  };
  if (summary.status === 'failed' || summary.status === 'interrupted' || summary.status === 'removal_refused') {
    facets.errorMessage = { _producer: PRODUCER, _schemaURL: ERROR_FACET_SCHEMA, message: summary.message ?? summary.status, programmingLanguage: 'TypeScript' };
  }
  return {
    eventType: eventTypeFor(summary.status),
    eventTime,
    run: { runId: ctx.olRunId, facets },
    job: { namespace: JOB_NAMESPACE, name: pipelines, facets: {} },
    inputs: inputs.map((doc) => inputDataset(ctx.rawDir, doc)),
    outputs: outputDatasets(ctx.warehousePath),
    producer: PRODUCER,
    schemaURL: SCHEMA_URL,
  };
}

export interface LineageEmitterOptions {
  rawDir: string;
  /** A SQLite file or a postgres:// URL (its password is never written out). */
  warehousePath: string;
  /** Where openlineage.jsonl goes: the SQLite warehouse's folder by default; a PostgreSQL warehouse's state folder (ops/open-warehouse.ts stateFolder). */
  stateDir?: string;
  /** OpenLineage HTTP endpoint (e.g. http://localhost:5000/api/v1/lineage); none: the file only. */
  url?: string | null;
  /** How long a POST may take before it is given up (default 2 s). */
  timeoutMs?: number;
  logger: Logger;
  /** For tests. */
  now?: () => Date;
}

/** Where events go: `openlineage.jsonl` in the state folder (by default the SQLite warehouse's folder). */
export function lineageFilePath(warehousePath: string, stateDir?: string): string {
  return join(stateDir ?? dirname(resolve(warehousePath)), OPENLINEAGE_FILE);
}

/** Emits one event: a line in the file (always), a POST (when an endpoint is set). Never throws. */
export async function emitLineageEvent(event: LineageRunEvent, options: Pick<LineageEmitterOptions, 'warehousePath' | 'stateDir' | 'url' | 'timeoutMs' | 'logger'>): Promise<void> {
  try {
    const file = lineageFilePath(options.warehousePath, options.stateDir);
    mkdirSync(dirname(file), { recursive: true });
    appendFileSync(file, `${JSON.stringify(event)}\n`);
  } catch (error) {
    options.logger.warn({ err: (error as Error).message }, 'could not append the OpenLineage event to its file');
  }
  if (options.url) await postJson({ url: options.url, answered: 'OpenLineage endpoint answered', unreachable: 'OpenLineage endpoint unreachable', keptIn: 'the event is in the JSON-lines file' }, event, options.timeoutMs ?? 2_000, options.logger);
}

/**
 * Run hooks that emit the run's OpenLineage events.
 *
 * @example
 * await runPipelines({ ...options, hooks: lineageHooks({ rawDir, warehousePath, url: process.env.SALW_OPENLINEAGE_URL, logger }) });
 */
export function lineageHooks(options: LineageEmitterOptions): RunHooks {
  const clock = options.now ?? (() => new Date());
  let ctx: EventContext | null = null;
  let pipelines = '';
  return {
    async onStart(run) {
      ctx = { olRunId: randomUUID(), rawDir: options.rawDir, warehousePath: options.warehousePath };
      pipelines = run.pipelines;
      await emitLineageEvent(startEvent(ctx, run), options);
    },
    async onFinish(summary) {
      if (!ctx) return;
      await emitLineageEvent(endEvent(ctx, pipelines, summary, clock().toISOString()), options);
      ctx = null;
    },
  };
}
