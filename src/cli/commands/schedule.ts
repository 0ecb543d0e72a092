import { resolve } from 'node:path';
import type { Command } from 'commander';
import { PIPELINES } from '../../../pipelines/index.ts';
import { lineageHooks } from '../../ops/lineage-events.ts';
import { combineHooks, notifyHooks } from '../../ops/notify.ts';
import { createLogger } from '../../ops/logging.ts';
import { startScheduler } from '../../ops/scheduler.ts';
import { addOperatorOptions, checkRawFolder, documentReading, DEFAULT_RAW, DEFAULT_WAREHOUSE, type OperatorOptions, refreshAnalystFiles, selectPipelines } from './run.ts';

/**
 * `salw-etl schedule`: stays up and runs the pipelines on their schedules until SIGINT or SIGTERM; then the
 * document in hand is finished or rolled back, the run is closed as interrupted, and the process exits 0.
 */
export function registerScheduleCommand(program: Command): void {
  const command = program
    .command('schedule')
    .description('run the pipelines on their cron schedules (default nightly at 02:00 UTC) until stopped with Ctrl-C or SIGTERM')
    .argument('[pipeline...]', `pipelines to schedule (${PIPELINES.map((p) => p.name).join(', ')}); default: all`)
    .option('--raw <dir>', 'folder of raw documents', DEFAULT_RAW)
    .option('--warehouse <file>', 'SQLite warehouse file', DEFAULT_WAREHOUSE)
    .option('--cron <expression>', 'cron expression for every pipeline, 5 fields or 6 with seconds (env SALW_CRON)')
    .option('--timezone <zone>', 'IANA time zone the expression is read in (env SALW_TZ)')
    .option('--no-catch-up', 'do not run at start when the last scheduled run is older than one period');
  addOperatorOptions(command)
    .action(async (names: string[], opts: OperatorOptions & { cron?: string; timezone?: string; catchUp: boolean }) => {
      const pipelines = selectPipelines(names);
      checkRawFolder(opts.raw);
      const rawDir = resolve(opts.raw);
      const warehousePath = resolve(opts.warehouse);
      const logger = createLogger({ quiet: opts.quiet, verbose: opts.verbose });
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
          lineageHooks({ rawDir, warehousePath, url: opts.openlineageUrl ?? process.env.SALW_OPENLINEAGE_URL ?? null, logger }),
          notifyHooks({ url: opts.notifyUrl ?? process.env.SALW_NOTIFY_URL ?? null, warehousePath, logger }),
        ),
        onRun: () => void refreshAnalystFiles(warehousePath, logger),
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
      });
    });
}
