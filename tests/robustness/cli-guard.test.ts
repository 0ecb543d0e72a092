import { spawnSync } from 'node:child_process';
import { chmodSync, copyFileSync, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.ts';
import { REPO_ROOT, makeWorkspace } from '../helpers/tmp.ts';

const SEEDS = ['000_88da758a976dd473.txt', '003_9c7cc2717d99486b.txt'];

function query<T>(warehouse: string, sql: string): T[] {
  const db = new Database(warehouse, { readonly: true });
  try {
    return db.prepare(sql).all() as T[];
  } finally {
    db.close();
  }
}

describe('salw-etl run and the removal guard, as an operator sees it', () => {
  it('exits 3 and removes nothing when the raw folder is empty; --allow-removals confirms; --only matching nothing says so', () => {
    const ws = makeWorkspace('cli-guard');
    try {
      for (const seed of SEEDS) copyFileSync(join(REPO_ROOT, 'raw', seed), join(ws.raw, seed));
      const run = (...extra: string[]) => runCli(['run', '--raw', ws.raw, '--warehouse', ws.warehouse, ...extra]);
      expect(run().status).toBe(0);
      const only = run('--only', 'nothing/**');
      expect(only.status).toBe(0);
      expect(only.stdout).toContain(`note: --only nothing/** matched no file of ${ws.raw}`);

      for (const seed of SEEDS) rmSync(join(ws.raw, seed));
      const refused = run();
      expect(refused.status).toBe(3);
      expect(refused.stdout).toContain('REMOVAL REFUSED: the raw folder is empty while 2 document(s) are current');
      expect(refused.stderr).toMatch(/salw-etl: run 3 refused to remove documents: .*run again with --allow-removals/);
      expect(query(ws.warehouse, `SELECT status, count(*) AS n FROM documents GROUP BY status`)).toEqual([{ status: 'loaded', n: 2 }]);

      const confirmed = run('--allow-removals');
      expect(confirmed.status).toBe(0);
      expect(confirmed.stdout).toContain('0 quarantined, 2 removed');
      expect(query(ws.warehouse, 'SELECT run_id, status FROM runs ORDER BY run_id')).toEqual([
        { run_id: 1, status: 'succeeded' }, { run_id: 2, status: 'succeeded' }, { run_id: 3, status: 'removal_refused' }, { run_id: 4, status: 'succeeded' },
      ]);
      expect(run('--max-removal-share', '1.5').status).toBe(2);
    } finally {
      ws.cleanup();
    }
  }, 180_000);
});

const hasNobody = spawnSync('runuser', ['-u', 'nobody', '--', 'true']).status === 0 && process.getuid?.() === 0;
// The user must reach the checkout too: a clone under /root (mode 700) is out of its reach, and then this says so.
const nobodyReachesTheCli = hasNobody && spawnSync('runuser', ['-u', 'nobody', '--', 'test', '-r', join(REPO_ROOT, 'bin', 'salw-etl.js')]).status === 0;
if (hasNobody && !nobodyReachesTheCli) console.warn(`SKIPPED: the user nobody cannot read ${REPO_ROOT}: the unprivileged-run test needs a checkout others may enter`);

describe.skipIf(!nobodyReachesTheCli)('salw-etl run as an unprivileged user (runuser -u nobody)', () => {
  it('accounts for a file and a folder it may not read, and loads every other document', () => {
    const ws = makeWorkspace('nobody');
    try {
      // Build the CLI bundle as root first: nobody may not write dist/.
      expect(runCli(['--version']).status).toBe(0);
      for (const seed of SEEDS) copyFileSync(join(REPO_ROOT, 'raw', seed), join(ws.raw, seed));
      copyFileSync(join(REPO_ROOT, 'raw', SEEDS[0] ?? ''), join(ws.raw, 'secret.txt'));
      mkdirSync(join(ws.raw, 'closed'));
      copyFileSync(join(REPO_ROOT, 'raw', SEEDS[1] ?? ''), join(ws.raw, 'closed', 'inside.txt'));
      chmodSync(join(ws.raw, 'secret.txt'), 0o000);
      chmodSync(join(ws.raw, 'closed'), 0o000);
      chmodSync(ws.dir, 0o777);
      const result = spawnSync('runuser', ['-u', 'nobody', '--', process.execPath, join(REPO_ROOT, 'bin', 'salw-etl.js'), 'run', '--raw', ws.raw, '--warehouse', ws.warehouse],
        { encoding: 'utf8', timeout: 120_000, cwd: ws.dir });
      expect(result.stderr).not.toMatch(/run \d+ failed/);
      expect(result.status).toBe(0);
      expect(result.stdout).toContain('documents: 2 seen, 2 loaded');
      expect(result.stdout).toMatch(/ {2}unreadable closed\/: folder cannot be listed \(EACCES/);
      expect(result.stdout).toMatch(/ {2}unreadable secret\.txt: file cannot be read \(EACCES/);
      expect(query(ws.warehouse, 'SELECT path, outcome FROM run_entries ORDER BY path')).toEqual([
        { path: 'closed/', outcome: 'unreadable' }, { path: 'secret.txt', outcome: 'unreadable' },
      ]);
    } finally {
      chmodSync(join(ws.raw, 'closed'), 0o755);
      ws.cleanup();
    }
  }, 180_000);
});
