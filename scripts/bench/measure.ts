/**
 * Runs a command as a user would and measures it: wall time, and the process's peak resident memory
 * and CPU time (its worker threads included) read by GNU time when the machine has it. On a machine
 * shared with other work, CPU time is the steadier figure: wall time counts the waits for a core.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';

export interface Measured {
  seconds: number;
  /** Peak resident set size in MB, or null where /usr/bin/time is missing. */
  peakRssMb: number | null;
  /** User and system CPU seconds of the process and its threads, or null where /usr/bin/time is missing. */
  cpuSeconds: number | null;
  stdout: string;
}

const GNU_TIME = '/usr/bin/time';

export function measure(command: string, args: readonly string[], cwd: string): Measured {
  const rssFile = join(tmpdir(), `salw-bench-rss-${process.pid}`);
  const withTime = existsSync(GNU_TIME);
  const started = performance.now();
  const result = withTime
    ? spawnSync(GNU_TIME, ['-f', '%M %U %S', '-o', rssFile, command, ...args], { cwd, encoding: 'utf8', maxBuffer: 1 << 28 })
    : spawnSync(command, args, { cwd, encoding: 'utf8', maxBuffer: 1 << 28 });
  const seconds = (performance.now() - started) / 1000;
  if (result.status !== 0) {
    throw new Error(`${command} ${args.join(' ')} exited with ${result.status}: ${result.stderr.slice(-2000)}`);
  }
  let peakRssMb: number | null = null;
  let cpuSeconds: number | null = null;
  if (withTime && existsSync(rssFile)) {
    // The last line is ours (GNU time puts a note about a signal or exit status before it).
    const [kb, user, system] = (readFileSync(rssFile, 'utf8').trim().split('\n').pop() ?? '').split(' ').map(Number);
    peakRssMb = kb !== undefined && Number.isFinite(kb) ? kb / 1024 : null;
    cpuSeconds = user !== undefined && system !== undefined && Number.isFinite(user + system) ? user + system : null;
    rmSync(rssFile, { force: true });
  }
  return { seconds, peakRssMb, cpuSeconds, stdout: result.stdout };
}
