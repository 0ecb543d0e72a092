import { relative, resolve } from 'node:path';
import type { SourceResult } from '../fetch/fetch-sources.ts';
import { codeVersion } from '../pipeline/versions-in-force.ts';
import { JOB_NAMESPACE, type LineageDataset, type LineageRunEvent, PRODUCER } from './lineage-events.ts';

/**
 * OpenLineage events of a fetch (job `fetch`): START when it begins, COMPLETE or FAIL when it ends,
 * ABORT when stopped (the scheduler stopping). Its inputs are the addresses that gave something (a new
 * or changed document, a listing read, a failure); those found unchanged are only counted, as the run counts its unchanged documents. Its outputs are the
 * files written into raw/ (namespace `file://<raw dir>`, name = the path in the raw folder, and sha256),
 * the same datasets the next run reads as its inputs, so the two jobs join in a lineage graph.
 */

const SCHEMA_URL = 'https://openlineage.io/spec/2-0-2/OpenLineage.json#/$defs/RunEvent';
const ERROR_FACET_SCHEMA = 'https://openlineage.io/spec/facets/1-0-1/ErrorMessageRunFacet.json#/$defs/ErrorMessageRunFacet';
const CUSTOM_FACET_SCHEMA = `${PRODUCER}/blob/main/docs/openlineage-facets.md`;
export const FETCH_JOB = 'fetch';

const custom = (fields: Record<string, unknown>) => ({ _producer: PRODUCER, _schemaURL: CUSTOM_FACET_SCHEMA, ...fields });

export interface FetchEventContext {
  olRunId: string;
  rawDir: string;
}

/** What the closing event says of a fetch. */
export interface FetchEnd {
  runId: number;
  status: 'succeeded' | 'partial' | 'failed' | 'interrupted';
  message: string | null;
  results: readonly SourceResult[];
  counts: object;
  durationMs: number;
}

/** An address as an OpenLineage dataset: namespace = scheme, host and port; name = path and query. */
export function addressDataset(result: SourceResult): LineageDataset {
  const url = new URL(result.url);
  return {
    namespace: `${url.protocol}//${url.host}`,
    name: `${url.pathname}${url.search}`,
    facets: { salw_fetch: custom({ outcome: result.outcome, httpStatus: result.status, reason: result.reason, ...(result.via ? { via: result.via } : {}) }) },
  };
}

/** A file the fetch wrote, named as the run names the documents it reads (its path in the raw folder). */
export function writtenDataset(rawDir: string, result: SourceResult): LineageDataset {
  return {
    namespace: `file://${resolve(rawDir)}`,
    name: relative(resolve(rawDir), result.path ?? ''),
    facets: { salw_document: custom({ sha256: result.sha256 ?? null, sourceUrl: result.url }) },
  };
}

export function fetchStartEvent(ctx: FetchEventContext, startedAt: string, trigger: 'manual' | 'schedule'): LineageRunEvent {
  return {
    eventType: 'START',
    eventTime: startedAt,
    run: { runId: ctx.olRunId, facets: { salw_run: custom({ trigger, codeVersion: codeVersion() }) } },
    job: { namespace: JOB_NAMESPACE, name: FETCH_JOB, facets: {} },
    inputs: [],
    outputs: [],
    producer: PRODUCER,
    schemaURL: SCHEMA_URL,
  };
}

export function fetchEndEvent(ctx: FetchEventContext, end: FetchEnd, eventTime: string): LineageRunEvent {
  const quiet = new Set(['unchanged', 'not-modified']);
  const written = end.results.filter((r) => (r.outcome === 'new' || r.outcome === 'changed') && r.path);
  const facets: LineageRunEvent['run']['facets'] = { salw_run: custom({ runId: end.runId, status: end.status, ...end.counts, durationMs: end.durationMs }) };
  if (end.status === 'failed' || end.status === 'interrupted') facets.errorMessage = { _producer: PRODUCER, _schemaURL: ERROR_FACET_SCHEMA, message: end.message ?? end.status, programmingLanguage: 'TypeScript' };
  return {
    eventType: end.status === 'failed' ? 'FAIL' : end.status === 'interrupted' ? 'ABORT' : 'COMPLETE',
    eventTime,
    run: { runId: ctx.olRunId, facets },
    job: { namespace: JOB_NAMESPACE, name: FETCH_JOB, facets: {} },
    inputs: end.results.filter((r) => !quiet.has(r.outcome)).map(addressDataset),
    outputs: written.map((r) => writtenDataset(ctx.rawDir, r)),
    producer: PRODUCER,
    schemaURL: SCHEMA_URL,
  };
}
