import type { Command } from 'commander';
import { PIPELINE_NAMES } from '../../../pipelines/names.ts';
import { addOperatorOptions, DEFAULT_RAW, DEFAULT_WAREHOUSE, type OperatorOptions } from './run.ts';

/** The options of `salw-etl schedule`. */
export interface ScheduleOptions extends OperatorOptions {
  cron?: string;
  timezone?: string;
  catchUp: boolean;
  fetch: boolean;
  manifest?: string;
}

/**
 * `salw-etl schedule`: stays up and runs the pipelines on their schedules until SIGINT or SIGTERM; then the
 * document in hand is finished or rolled back, the run is closed as interrupted, and the process exits 0.
 * What it does is in schedule-action.ts, loaded only when it starts.
 */
export function registerScheduleCommand(program: Command): void {
  const command = program
    .command('schedule')
    .description('run the pipelines on their cron schedules (default nightly at 02:00 UTC) until stopped with Ctrl-C or SIGTERM')
    .argument('[pipeline...]', `pipelines to schedule (${PIPELINE_NAMES.join(', ')}); default: all`)
    .option('--raw <dir>', 'folder of raw documents', DEFAULT_RAW)
    .option('--warehouse <file|url>', 'SQLite warehouse file, or a postgres:// URL (env SALW_WAREHOUSE)', process.env.SALW_WAREHOUSE ?? DEFAULT_WAREHOUSE)
    .option('--cron <expression>', 'cron expression for every pipeline, 5 fields or 6 with seconds (env SALW_CRON)')
    .option('--timezone <zone>', 'IANA time zone the expression is read in (env SALW_TZ)')
    .option('--no-catch-up', 'do not run at start when the last scheduled run is older than one period')
    .option('--fetch', 'before each run, fetch what is new at the sources of the manifest into the raw folder (as `salw-etl fetch` does, with its defaults)', false)
    .option('--manifest <file>', 'sources manifest of --fetch (default ./sources.yaml)');
  addOperatorOptions(command)
    .action(async (names: string[], opts: ScheduleOptions) => {
      const { scheduleCommandAction } = await import('./schedule-action.ts');
      await scheduleCommandAction(names, opts);
    });
}
