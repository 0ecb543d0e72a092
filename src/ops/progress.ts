import { createRequire } from 'node:module';
import type cliProgress from 'cli-progress';

/**
 * A progress bar for runs watched by a person: only on an interactive terminal, never in CI, never when
 * output goes to a file or a pipe, and only for runs long enough to need one.
 */

/** Runs of this many documents or fewer finish before a bar would tell anything. */
export const PROGRESS_MIN_DOCUMENTS = 5;

export interface ProgressContext {
  isTTY: boolean;
  env: Record<string, string | undefined>;
  total: number;
  quiet?: boolean;
}

/** Pure: whether a bar belongs on this output. CI is set (to anything but "false"/"0") by every CI service. */
export function shouldShowProgress(ctx: ProgressContext): boolean {
  const ci = ctx.env.CI;
  const inCi = ci !== undefined && ci !== '' && ci !== 'false' && ci !== '0';
  return ctx.isTTY && !inCi && !ctx.quiet && ctx.total > PROGRESS_MIN_DOCUMENTS;
}

export interface ProgressReporter {
  /** Pass as `onProgress` to runPipelines. */
  update(done: number, total: number, path: string): void;
  /** A destination for log lines: printed above the bar while it shows, on stderr otherwise. */
  logStream: { write(chunk: string): boolean };
  stop(): void;
}

export function createProgressReporter(options: { quiet?: boolean; isTTY?: boolean; env?: Record<string, string | undefined> } = {}): ProgressReporter {
  const isTTY = options.isTTY ?? (process.stderr.isTTY === true && process.stdout.isTTY === true);
  const env = options.env ?? process.env;
  let multibar: cliProgress.MultiBar | null = null;
  let bar: cliProgress.SingleBar | null = null;
  let decided = false;

  return {
    update(done, total, path) {
      if (!decided) {
        decided = true;
        if (shouldShowProgress({ isTTY, env, total, quiet: options.quiet })) {
          // Loaded only when a bar shows: a night run by cron has no terminal.
          const bars = createRequire(import.meta.url)('cli-progress') as typeof cliProgress;
          multibar = new bars.MultiBar({
            format: '{bar} {value}/{total} documents | {duration_formatted} | {path}',
            hideCursor: true,
            clearOnComplete: true,
          }, bars.Presets.shades_classic);
          bar = multibar.create(total, 0, { path: '' });
        }
      }
      bar?.update(done, { path });
    },
    logStream: {
      write(chunk) {
        if (multibar) multibar.log(chunk.endsWith('\n') ? chunk : `${chunk}\n`);
        else process.stderr.write(chunk);
        return true;
      },
    },
    stop() {
      multibar?.stop();
      multibar = null;
      bar = null;
    },
  };
}
