import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { REPO_ROOT } from './tmp.ts';

export interface CliResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs `salw-etl <args>` as a user would (a child process, not a TTY), in `cwd`. */
export function runCli(args: readonly string[], options: { cwd?: string; env?: Record<string, string> } = {}): CliResult {
  const result = spawnSync(process.execPath, [join(REPO_ROOT, 'bin', 'salw-etl.js'), ...args], {
    cwd: options.cwd ?? REPO_ROOT,
    env: { ...process.env, ...options.env },
    encoding: 'utf8',
    timeout: 120_000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}
