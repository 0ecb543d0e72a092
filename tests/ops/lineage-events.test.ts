import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { type LineageRunEvent, lineageHooks, OUTPUT_TABLES } from '../../src/ops/lineage-events.ts';
import { testBackend } from '../helpers/backend.ts';
import { testStubReading } from '../helpers/reading.ts';
import { stubPipeline } from '../helpers/stub-pipeline.ts';
import { makeWorkspace } from '../helpers/tmp.ts';
import { captureLogger, stubDoc } from './support.ts';

/** SQLite, or PostgreSQL read through an exact copy (tests/helpers/backend.ts). */
const backend = await testBackend();

let cleanups: (() => void | Promise<void>)[] = [];
afterEach(async () => {
  for (const c of cleanups) await c();
  cleanups = [];
});

/** A workspace with two documents; `location` is what runs load and events name, `stateDir` where the events file goes. */
async function setup() {
  const ws = makeWorkspace('lineage');
  cleanups.push(ws.cleanup);
  stubDoc(ws.raw, 'kaz/profile.txt', 'STUB PROFILE\n2019 Arys 3\n');
  stubDoc(ws.raw, 'empty.txt', '');
  return { ...ws, location: await backend.location(ws.warehouse), stateDir: backend.stateDir(ws.warehouse) };
}

/** The output datasets' namespace and names: the SQLite file, or the server and `database.schema.table` (OpenLineage's naming). */
function expectedOutputs(ws: Awaited<ReturnType<typeof setup>>): { namespace: string; names: string[] } {
  if (backend.kind === 'sqlite') return { namespace: `sqlite://${ws.warehouse}`, names: [...OUTPUT_TABLES] };
  const url = new URL(ws.location);
  return { namespace: `postgres://127.0.0.1:${url.port}`, names: OUTPUT_TABLES.map((table) => `${url.pathname.slice(1)}.public.${table}`) };
}

const readEvents = (warehouse: string): LineageRunEvent[] =>
  readFileSync(join(warehouse, '..', 'openlineage.jsonl'), 'utf8').trim().split('\n').map((line) => JSON.parse(line) as LineageRunEvent);

async function receiver(status = 201): Promise<{ url: string; events: LineageRunEvent[] }> {
  const events: LineageRunEvent[] = [];
  const server = createServer((req: IncomingMessage, res) => {
    let body = '';
    req.on('data', (chunk: Buffer) => { body += chunk.toString(); });
    req.on('end', () => {
      events.push(JSON.parse(body) as LineageRunEvent);
      res.writeHead(status).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  cleanups.push(() => new Promise<void>((resolve) => server.close(() => resolve())));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/v1/lineage`, events };
}

describe('OpenLineage run events', () => {
  it('appends START and COMPLETE next to the warehouse, with documents as inputs and tables as outputs, and POSTs them', async () => {
    const ws = await setup();
    const endpoint = await receiver();
    const pipeline = stubPipeline();
    const logger = captureLogger();
    const summary = await backend.runPipelines({
      rawDir: ws.raw, warehousePath: ws.warehouse, pipelines: [pipeline], allPipelines: [pipeline], logger, ...testStubReading(),
      hooks: lineageHooks({ rawDir: ws.raw, warehousePath: ws.location, stateDir: ws.stateDir, url: endpoint.url, logger }),
    });
    const events = readEvents(ws.warehouse);
    expect(events.map((e) => e.eventType)).toEqual(['START', 'COMPLETE']);
    expect(endpoint.events).toEqual(events);
    const [start, complete] = events as [LineageRunEvent, LineageRunEvent];
    expect(start.run.runId).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(complete.run.runId).toBe(start.run.runId);
    expect(start.job).toEqual({ namespace: 'salw-etl', name: 'stub', facets: {} });
    expect(start.inputs).toEqual([]);
    expect(complete.outputs.map((o) => o.name)).toEqual(expectedOutputs(ws).names);
    expect(complete.outputs[0]?.namespace).toBe(expectedOutputs(ws).namespace);
    expect(complete.inputs.map((i) => ({ namespace: i.namespace, name: i.name, sha256: i.facets?.salw_document?.sha256, outcome: i.facets?.salw_document?.outcome }))).toEqual([
      { namespace: `file://${ws.raw}`, name: 'empty.txt', sha256: 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855', outcome: 'quarantined' },
      { namespace: `file://${ws.raw}`, name: 'kaz/profile.txt', sha256: summary.documents[1]?.sha256, outcome: 'loaded' },
    ]);
    expect(complete.run.facets.salw_run).toMatchObject({ runId: summary.runId, status: 'partial', documentsSeen: 2, documentsLoaded: 1, documentsQuarantined: 1 });
    expect(complete.schemaURL).toBe('https://openlineage.io/spec/2-0-2/OpenLineage.json#/$defs/RunEvent');
  });

  it('lists as inputs only the documents a run read or changed, and counts the unchanged ones', async () => {
    const ws = await setup();
    const pipeline = stubPipeline();
    const logger = captureLogger();
    const run = () => backend.runPipelines({
      rawDir: ws.raw, warehousePath: ws.warehouse, pipelines: [pipeline], allPipelines: [pipeline], logger, ...testStubReading(),
      hooks: lineageHooks({ rawDir: ws.raw, warehousePath: ws.location, stateDir: ws.stateDir, logger }),
    });
    await run();
    stubDoc(ws.raw, 'uzb/profile.txt', 'STUB PROFILE\n2020 Termez 1\n');
    const summary = await run();
    const complete = readEvents(ws.warehouse).at(-1)!;
    // empty.txt stays quarantined, unchanged: counted, as kaz/profile.txt; the new document is the one input.
    expect(summary.documents.map((d) => `${d.path}: ${d.outcome}`)).toEqual(['empty.txt: unchanged', 'kaz/profile.txt: unchanged', 'uzb/profile.txt: loaded']);
    expect(complete.inputs.map((i) => ({ name: i.name, outcome: i.facets?.salw_document?.outcome }))).toEqual([{ name: 'uzb/profile.txt', outcome: 'loaded' }]);
    expect(complete.run.facets.salw_run).toMatchObject({ documentsSeen: 3, documentsUnchanged: 2, documentsLoaded: 1 });
    await run();
    const quiet = readEvents(ws.warehouse).at(-1)!;
    expect(quiet.inputs).toEqual([]);
    expect(quiet.run.facets.salw_run).toMatchObject({ status: 'succeeded', documentsSeen: 3, documentsUnchanged: 3, documentsLoaded: 0 });
  });

  it('never fails the run when the endpoint is down or refuses', async () => {
    const ws = await setup();
    const refusing = await receiver(500);
    const pipeline = stubPipeline();
    for (const url of ['http://127.0.0.1:9/api/v1/lineage', refusing.url]) {
      const logger = captureLogger();
      const summary = await backend.runPipelines({
        rawDir: ws.raw, warehousePath: ws.warehouse, pipelines: [pipeline], allPipelines: [pipeline], logger, ...testStubReading(),
        hooks: lineageHooks({ rawDir: ws.raw, warehousePath: ws.location, stateDir: ws.stateDir, url, timeoutMs: 500, logger }),
      });
      expect(summary.status).not.toBe('failed');
      expect(logger.lines.filter((l) => l.level === 'warn').map((l) => l.msg)).toEqual(
        url === refusing.url
          ? ['OpenLineage endpoint answered 500; the event is in the JSON-lines file', 'OpenLineage endpoint answered 500; the event is in the JSON-lines file']
          : ['OpenLineage endpoint unreachable; the event is in the JSON-lines file', 'OpenLineage endpoint unreachable; the event is in the JSON-lines file'],
      );
    }
    expect(readEvents(ws.warehouse).map((e) => e.eventType)).toEqual(['START', 'COMPLETE', 'START', 'COMPLETE']);
  });

  it('ends an interrupted run with ABORT and the reason', async () => {
    const ws = await setup();
    const pipeline = stubPipeline();
    const logger = captureLogger();
    const aborted = new AbortController();
    const summary = await backend.runPipelines({
      rawDir: ws.raw, warehousePath: ws.warehouse, pipelines: [pipeline], allPipelines: [pipeline], logger, ...testStubReading(), fullRefresh: true, signal: aborted.signal,
      onProgress: (done) => { if (done === 0) aborted.abort(); },
      hooks: lineageHooks({ rawDir: ws.raw, warehousePath: ws.location, stateDir: ws.stateDir, logger }),
    });
    expect(summary.status).toBe('interrupted');
    const last = readEvents(ws.warehouse).at(-1)!;
    expect(last.eventType).toBe('ABORT');
    // Read in the run's thread, the first document is finished before the stop is seen; a worker's reading is stopped at once.
    const message = testStubReading().workers ? 'interrupted after 0 of 2 documents; empty.txt was being read and is left for the next run' : 'interrupted after 1 of 2 documents';
    expect(last.run.facets.errorMessage).toMatchObject({ message, programmingLanguage: 'TypeScript' });
  });
});
