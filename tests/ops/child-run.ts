/**
 * A run in its own process, for the tests that need two processes or a kill: the stub pipeline, made
 * slow or stopped mid-transaction by the test's own arguments. Prints JSON log lines, then `RESULT <json>`
 * (exit 0) or `FAILED <message>` (exit 1).
 */
import Database from 'better-sqlite3';
import { createLogger } from '../../src/ops/logging.ts';
import { openRunWarehouse } from '../../src/ops/open-warehouse.ts';
import { runPipelines } from '../../src/pipeline/run.ts';
import { blockFor, type ChildRunArgs, slowStubPipeline } from './support.ts';

const args = JSON.parse(process.argv[2] ?? '{}') as ChildRunArgs;

if (args.blockAtExplosionInsert) {
  // Statements are prepared once and run many times (src/warehouse/sqlite-fact-store.ts), so the hook is on
  // running one: stop for good at the n-th run of an explosion insert, which is inside the document's
  // transaction, after telling the test so it can kill us there.
  const probe = new Database(':memory:');
  const statement = Object.getPrototypeOf(probe.prepare('SELECT 1')) as Record<'run' | 'get' | 'all', (...params: unknown[]) => unknown>;
  probe.close();
  let inserts = 0;
  for (const method of ['run', 'get', 'all'] as const) {
    const original = statement[method];
    statement[method] = function patched(this: Database.Statement, ...params: unknown[]) {
      if (this.source.startsWith('insert into "explosions"') && ++inserts === args.blockAtExplosionInsert) {
        // NOTE: writes to a pipe are synchronous on Linux, so the line is out before the thread stops.
        process.stdout.write('BLOCKED inside the document transaction\n');
        for (;;) blockFor(60_000);
      }
      return original.apply(this, params);
    };
  }
}

if (args.faultAt) process.env.SALW_FAULT_AT = args.faultAt;

const pipeline = slowStubPipeline(args.delayMs ?? 0);
try {
  const summary = await runPipelines({
    rawDir: args.raw,
    warehousePath: args.warehouse,
    pipelines: [pipeline],
    allPipelines: [pipeline],
    logger: createLogger({ pretty: false }),
    fullRefresh: args.fullRefresh ?? false,
    lock: { timeoutMs: args.lockTimeoutMs ?? 30_000, staleMs: args.staleMs, heartbeatMs: args.heartbeatMs, pollMs: args.pollMs },
    ...(args.anyBackend ? { openWarehouse: openRunWarehouse } : {}),
  });
  const result = { runId: summary.runId, status: summary.status, loaded: summary.documentsLoaded, skipped: summary.documentsSkipped };
  // Which documents this process read and loaded (a shared warehouse splits them between processes).
  const read = args.anyBackend ? { loadedPaths: summary.documents.filter((d) => d.outcome === 'loaded').map((d) => d.path), removed: summary.documentsRemoved } : {};
  process.stdout.write(`RESULT ${JSON.stringify({ ...result, ...read })}\n`);
} catch (error) {
  process.stdout.write(`FAILED ${(error as Error).message}\n`);
  process.exitCode = 1;
}
