import { resolve } from 'node:path';
import { PIPELINES } from '../../../pipelines/index.ts';
import { refreshDatasetteMetadata } from '../../analyst/datasette.ts';
import { SalwError, UsageError } from '../../model/errors.ts';
import { lineageHooks } from '../../ops/lineage-events.ts';
import { createLogger } from '../../ops/logging.ts';
import { combineHooks, notifyHooks } from '../../ops/notify.ts';
import { createProgressReporter } from '../../ops/progress.ts';
import type { PipelineDefinition } from '../../pipeline/definition.ts';
import type { Logger } from '../../pipeline/logger.ts';
import { type RunSummary, runPipelines } from '../../pipeline/run.ts';
import { openRunWarehouse, stateFolder, warehouseDisplayName, warehouseLocation } from '../../ops/open-warehouse.ts';
import { openWarehouse } from '../../warehouse/db.ts';
import { formatSummary } from '../summary.ts';
import { checkRawFolder, documentReading, type RunOptions } from './run.ts';

/** What `salw-etl run` and `schedule` do once their options are read; loaded only when they run (see run.ts). */

/** Exit code of a run that loaded what it found but refused to remove documents (see README). */
export const EXIT_REMOVAL_REFUSED = 3;

export function selectPipelines(names: readonly string[]): PipelineDefinition[] {
  if (names.length === 0) return [...PIPELINES];
  return names.map((name) => {
    const pipeline = PIPELINES.find((p) => p.name === name);
    if (!pipeline) throw new UsageError(`unknown pipeline "${name}"; known: ${PIPELINES.map((p) => p.name).join(', ')}`);
    return pipeline;
  });
}

/** `salw-etl run [pipeline...]`: a dry run's plan, or a run with its progress, log and summary; sets the exit code. */
export async function runCommandAction(names: string[], opts: RunOptions): Promise<void> {
      const pipelines = selectPipelines(names);
      checkRawFolder(opts.raw);
      const rawDir = resolve(opts.raw);
      const warehousePath = warehouseLocation(opts.warehouse);
      const onPostgres = warehousePath !== resolve(opts.warehouse);
      const stateDir = stateFolder(warehousePath, opts.stateDir ?? process.env.SALW_STATE_DIR);
      if (opts.dryRun) {
        // The plan decodes and classifies what the warehouse does not know: its code loads only for a dry run.
        const { formatPlan, planRun } = await import('../../ops/plan.ts');
        const plan = await planRun({ rawDir, warehousePath, pipelines, allPipelines: PIPELINES, fullRefresh: opts.fullRefresh, rehash: opts.rehash, only: opts.only ?? [],
          removalLimits: { allowRemovals: opts.allowRemovals, maxRemovals: opts.maxRemovals, maxRemovalShare: opts.maxRemovalShare } });
        process.stdout.write(`${formatPlan(plan)}\n`);
        return;
      }
      const progress = createProgressReporter({ quiet: opts.quiet });
      const pretty = process.stderr.isTTY === true;
      const logger = createLogger({ quiet: opts.quiet, verbose: opts.verbose, pretty, destination: pretty ? progress.logStream : undefined });
      let summary: RunSummary;
      const interruption = interruptOnSignals();
      try {
        summary = await runPipelines({
          rawDir,
          warehousePath,
          openWarehouse: openRunWarehouse,
          pipelines,
          allPipelines: PIPELINES,
          trigger: opts.trigger,
          fullRefresh: opts.fullRefresh, rehash: opts.rehash, takeover: opts.takeover,
          only: opts.only ?? [],
          logger,
          onProgress: progress.update,
          lock: { timeoutMs: opts.lockTimeout },
          ...documentReading(opts),
          removalLimits: { allowRemovals: opts.allowRemovals, maxRemovals: opts.maxRemovals, maxRemovalShare: opts.maxRemovalShare },
          hooks: combineHooks(
          lineageHooks({ rawDir, warehousePath, stateDir, url: opts.openlineageUrl ?? process.env.SALW_OPENLINEAGE_URL ?? null, logger }),
          notifyHooks({ url: opts.notifyUrl ?? process.env.SALW_NOTIFY_URL ?? null, warehousePath: warehouseDisplayName(warehousePath), logger }),
        ),
          signal: interruption.signal,
        });
      } finally {
        interruption.dispose();
        progress.stop();
      }
      // Datasette reads SQLite files: a PostgreSQL warehouse has no metadata.json.
      if (!onPostgres) await refreshAnalystFiles(warehousePath, logger);
      if (!opts.quiet || summary.status !== 'succeeded') process.stdout.write(`${formatSummary(summary, warehouseDisplayName(onPostgres ? warehousePath : opts.warehouse))}\n`);
      if (summary.status === 'failed') {
        process.stderr.write(`salw-etl: run ${summary.runId} failed: ${summary.message ?? 'see the log'}\n`);
        process.exitCode = 1;
      } else if (summary.status === 'interrupted') {
        process.stderr.write(`salw-etl: run ${summary.runId} interrupted: ${summary.message ?? ''}\n`);
        process.exitCode = EXIT_INTERRUPTED;
      } else if (summary.status === 'removal_refused') {
        process.stderr.write(`salw-etl: run ${summary.runId} refused to remove documents: ${summary.message ?? ''}\n`);
        process.exitCode = EXIT_REMOVAL_REFUSED;
      }
}

/**
 * After a run, the Datasette metadata.json next to the warehouse describes its tables as they now are
 * (rewritten only when the dictionary or the canned queries changed). A failure here is logged, never a failed run: the data is loaded either way.
 */
export async function refreshAnalystFiles(warehousePath: string, logger: Logger): Promise<void> {
  try {
    // Read-only: the run has just synced the dictionary, and a reader never waits on (or blocks) a writer,
    // such as the scheduler's own bookkeeping in this process.
    const warehouse = await openWarehouse(warehousePath, { readonly: true });
    try {
      const { path, written } = await refreshDatasetteMetadata(warehouse);
      logger.debug({ path }, written ? 'Datasette metadata written' : 'Datasette metadata unchanged: the dictionary and the canned queries are as they were');
    } finally {
      await warehouse.close();
    }
  } catch (error) {
    logger.warn({ err: (error as Error).message }, 'could not write the Datasette metadata.json next to the warehouse');
  }
}

/** Exit code of a run stopped by Ctrl-C or SIGTERM (128 + SIGINT, as shells report it). */
export const EXIT_INTERRUPTED = 130;

/**
 * Ctrl-C and SIGTERM during `run`: the first one lets the document in hand finish (its transaction
 * commits or rolls back as a whole), then the run is closed as `interrupted` with its counters and an
 * OpenLineage ABORT event, the lock released. A second one stops at once: the open transaction is rolled
 * back by SQLite, and the next run takes over the lock of this dead process.
 */
function interruptOnSignals(): { signal: AbortSignal; dispose(): void } {
  const controller = new AbortController();
  const onSignal = (signal: NodeJS.Signals): void => {
    if (controller.signal.aborted) {
      process.stderr.write(`salw-etl: ${signal} again: stopping now; the document in hand is rolled back\n`);
      process.exit(EXIT_INTERRUPTED);
    }
    process.stderr.write(`salw-etl: ${signal}: stopping after the document in hand (one being read is left as it was, one being loaded is finished), then closing the run as interrupted (${signal} again stops at once)\n`);
    controller.abort(new SalwError('run', `${signal} received`));
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  return {
    signal: controller.signal,
    dispose() {
      process.off('SIGINT', onSignal);
      process.off('SIGTERM', onSignal);
    },
  };
}

