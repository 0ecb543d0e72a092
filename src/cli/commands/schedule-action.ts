import { resolve } from 'node:path';
import { PIPELINES } from '../../../pipelines/index.ts';
import { readManifest } from '../../fetch/manifest.ts';
import { UsageError } from '../../model/errors.ts';
import { runFetchStep } from '../../ops/fetch-step.ts';
import { lineageHooks } from '../../ops/lineage-events.ts';
import { createLogger } from '../../ops/logging.ts';
import { combineHooks, notifyHooks } from '../../ops/notify.ts';
import { stateFolder, warehouseDisplayName, warehouseLocation } from '../../ops/open-warehouse.ts';
import { startScheduler } from '../../ops/scheduler.ts';
import { isPostgresUrl } from '../../warehouse/postgres/warehouse.ts';
import { refreshAnalystFiles, selectPipelines } from './run-action.ts';
import { checkRawFolder, documentReading } from './run.ts';
import type { ScheduleOptions } from './schedule.ts';

/** `salw-etl schedule [pipeline...]` once its options are read: the scheduler, until Ctrl-C or SIGTERM (see schedule.ts). */
export async function scheduleCommandAction(names: string[], opts: ScheduleOptions): Promise<void> {
      const pipelines = selectPipelines(names);
      checkRawFolder(opts.raw);
      const rawDir = resolve(opts.raw);
      const warehousePath = warehouseLocation(opts.warehouse);
      const onPostgres = isPostgresUrl(warehousePath);
      const stateDir = stateFolder(warehousePath, opts.stateDir ?? process.env.SALW_STATE_DIR);
      const logger = createLogger({ quiet: opts.quiet, verbose: opts.verbose });
      const openlineageUrl = opts.openlineageUrl ?? process.env.SALW_OPENLINEAGE_URL ?? null;
      if (opts.manifest && !opts.fetch) throw new UsageError('--manifest names the sources of --fetch; add --fetch');
      const manifestPath = resolve(opts.manifest ?? 'sources.yaml');
      // Read now so a mistake stops the start (exit 2, the line named); read again at each firing, so an
      // edit of the manifest applies from the next night on without a restart.
      if (opts.fetch) await readManifest(manifestPath, false);
      const fetchStep = opts.fetch
        ? async (signal: AbortSignal) => {
            const entries = await readManifest(manifestPath, false);
            await runFetchStep({ rawDir, warehousePath, stateDir, entries, trigger: 'schedule', logger, lock: { timeoutMs: opts.lockTimeout }, signal, lineage: { url: openlineageUrl } });
          }
        : undefined;
      const scheduler = await startScheduler({
        rawDir,
        warehousePath,
        pipelines,
        allPipelines: PIPELINES,
        overrides: { cron: opts.cron ?? null, timezone: opts.timezone ?? null },
        env: process.env,
        catchUp: opts.catchUp,
        logger,
        lock: { timeoutMs: opts.lockTimeout },
        ...documentReading(opts),
        hooks: combineHooks(
          lineageHooks({ rawDir, warehousePath, stateDir, url: openlineageUrl, logger }),
          notifyHooks({ url: opts.notifyUrl ?? process.env.SALW_NOTIFY_URL ?? null, warehousePath: warehouseDisplayName(warehousePath), logger }),
        ),
        // Datasette reads SQLite files: a PostgreSQL warehouse has no metadata.json.
        onRun: onPostgres ? undefined : () => void refreshAnalystFiles(warehousePath, logger),
        fetchStep,
      });
      logger.info({ schedules: scheduler.groups.map((g) => ({ pipelines: g.key, cron: g.cron, timezone: g.timezone })) }, 'scheduler started; Ctrl-C or SIGTERM stops it');

      await new Promise<void>((done) => {
        let signals = 0;
        const onSignal = (signal: NodeJS.Signals) => {
          signals++;
          if (signals > 1) {
            logger.error({ signal }, 'second signal: exiting now; the open document transaction is rolled back by SQLite');
            process.exit(130);
          }
          logger.info({ signal }, `${signal}: stopping after the document in hand`);
          scheduler.stop().then(() => {
            process.off('SIGINT', onSignal);
            process.off('SIGTERM', onSignal);
            done();
          }, (error: unknown) => {
            logger.error({ err: (error as Error).message }, 'the scheduler did not stop cleanly');
            process.exitCode = 1;
            done();
          });
        };
        process.on('SIGINT', onSignal);
        process.on('SIGTERM', onSignal);
        // Stopped by itself (another scheduler holds the warehouse now): a failure a supervisor should see.
        void scheduler.stoodDown.then(() => {
          process.off('SIGINT', onSignal);
          process.off('SIGTERM', onSignal);
          process.exitCode = 1;
          done();
        });
      });
}
