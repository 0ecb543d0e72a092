/**
 * A run in its own process, for the tests that need two processes or a kill: the stub pipeline, made
 * slow or stopped mid-transaction by the test's own arguments. Prints JSON log lines, then `RESULT <json>`
 * (exit 0) or `FAILED <message>` (exit 1).
 */
import Database from 'better-sqlite3';
import { createLogger } from '../../src/ops/logging.ts';
import { runPipelines } from '../../src/pipeline/run.ts';
import { blockFor, type ChildRunArgs, slowStubPipeline } from './support.ts';

const args = JSON.parse(process.argv[2] ?? '{}') as ChildRunArgs;

if (args.blockAtExplosionInsert) {
  // Every statement kysely runs goes through prepare(): stop for good at the n-th explosion insert, which
  // is inside the document's transaction, after telling the test so it can kill us there.
  const prepare = Database.prototype.prepare;
  let inserts = 0;
  Database.prototype.prepare = function patched(this: Database.Database, source: string) {
    if (source.startsWith('insert into "explosions"') && ++inserts === args.blockAtExplosionInsert) {
      // NOTE: writes to a pipe are synchronous on Linux, so the line is out before the thread stops.
      process.stdout.write('BLOCKED inside the document transaction\n');
      for (;;) blockFor(60_000);
    }
    return prepare.call(this, source);
  } as typeof prepare;
}

const pipeline = slowStubPipeline(args.delayMs ?? 0);
try {
  const summary = await runPipelines({
    rawDir: args.raw,
    warehousePath: args.warehouse,
    pipelines: [pipeline],
    allPipelines: [pipeline],
    logger: createLogger({ pretty: false }),
    lock: { timeoutMs: args.lockTimeoutMs ?? 30_000 },
  });
  process.stdout.write(`RESULT ${JSON.stringify({ runId: summary.runId, status: summary.status, loaded: summary.documentsLoaded, skipped: summary.documentsSkipped })}\n`);
} catch (error) {
  process.stdout.write(`FAILED ${(error as Error).message}\n`);
  process.exitCode = 1;
}
