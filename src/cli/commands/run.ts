import { resolve } from 'node:path';
import { existsSync, statSync } from 'node:fs';
import { type Command, Option } from 'commander';
import { UsageError } from '../../model/errors.ts';
import { PIPELINES } from '../../../pipelines/index.ts';
import type { PipelineDefinition } from '../../pipeline/definition.ts';
import { runPipelines } from '../../pipeline/run.ts';
import { formatSummary } from '../summary.ts';

export const DEFAULT_RAW = './raw';
export const DEFAULT_WAREHOUSE = './warehouse/salw.sqlite';

export function selectPipelines(names: readonly string[]): PipelineDefinition[] {
  if (names.length === 0) return [...PIPELINES];
  return names.map((name) => {
    const pipeline = PIPELINES.find((p) => p.name === name);
    if (!pipeline) throw new UsageError(`unknown pipeline "${name}"; known: ${PIPELINES.map((p) => p.name).join(', ')}`);
    return pipeline;
  });
}

export function registerRunCommand(program: Command): void {
  program
    .command('run')
    .description('load the documents of the raw folder into the warehouse (all pipelines, or the ones named)')
    .argument('[pipeline...]', `pipelines to run (${PIPELINES.map((p) => p.name).join(', ')}); default: all`)
    .option('--raw <dir>', 'folder of raw documents', DEFAULT_RAW)
    .option('--warehouse <file>', 'SQLite warehouse file', DEFAULT_WAREHOUSE)
    .option('--full-refresh', 're-extract every document, changed or not', false)
    .option('--only <glob...>', 'limit the run to files matching these globs (relative to --raw)')
    .addOption(new Option('--trigger <trigger>', 'what started the run').choices(['manual', 'schedule']).default('manual').hideHelp())
    .action(async (names: string[], opts: { raw: string; warehouse: string; fullRefresh: boolean; only?: string[]; trigger: 'manual' | 'schedule' }) => {
      const pipelines = selectPipelines(names);
      if (!existsSync(opts.raw) || !statSync(opts.raw).isDirectory()) throw new UsageError(`the raw folder ${opts.raw} does not exist or is not a folder`);
      const summary = await runPipelines({
        rawDir: resolve(opts.raw),
        warehousePath: resolve(opts.warehouse),
        pipelines,
        allPipelines: PIPELINES,
        trigger: opts.trigger,
        fullRefresh: opts.fullRefresh,
        only: opts.only ?? [],
      });
      process.stdout.write(`${formatSummary(summary, opts.warehouse)}\n`);
      if (summary.status === 'failed') {
        process.stderr.write(`salw-etl: run ${summary.runId} failed: ${summary.message ?? 'see the log'}\n`);
        process.exitCode = 1;
      }
    });
}
