import { spawn } from 'node:child_process';
import { cpSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.ts';
import { makeWorkspace, REPO_ROOT } from '../helpers/tmp.ts';
import { query, waitForExit, waitForLine } from './support.ts';

/** The "done when", shortened: schedule every 2 s over the seeds, Ctrl-C, then `status`. */
describe('salw-etl schedule and status on the seeds', () => {
  let ws: ReturnType<typeof makeWorkspace>;
  let outcome: Awaited<ReturnType<typeof waitForExit>>;

  beforeAll(async () => {
    ws = makeWorkspace('cli-schedule');
    for (const name of ['000_88da758a976dd473.txt', '003_9c7cc2717d99486b.txt']) cpSync(join(REPO_ROOT, 'raw', name), join(ws.raw, name));
    const child = spawn(process.execPath, [join(REPO_ROOT, 'bin', 'salw-etl.js'), 'schedule', '--cron', '*/2 * * * * *', '--raw', 'raw', '--warehouse', 'warehouse/salw.sqlite'], {
      cwd: ws.dir, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, SALW_CRON: '0 3 * * *' },
    });
    const exited = waitForExit(child);
    // Three ticks after the catch-up run, then Ctrl-C.
    await waitForLine(child, '"scheduled run 4 (tick)', 30_000);
    child.kill('SIGINT');
    outcome = await exited;
  }, 60_000);
  afterAll(() => ws.cleanup());

  it('exits 0 on SIGINT, with a clean last record and nothing left running', () => {
    expect(outcome.code).toBe(0);
    expect(outcome.stdout).toBe('');
    const log = outcome.stderr.trim().split('\n').map((line) => JSON.parse(line) as { msg: string; level: number });
    expect(log.some((l) => l.msg === 'SIGINT: stopping after the document in hand')).toBe(true);
    expect(log.at(-1)?.msg).toBe('scheduler stopped');
    expect(log.some((l) => /^next run of amap-profiles,poa due at \d{4}-\d\d-\d\dT\d\d:\d\d:\d[02468]\.000Z$/.test(l.msg))).toBe(true);
    expect(query(ws.warehouse, "SELECT count(*) AS n FROM runs WHERE status IN ('running', 'failed')")).toEqual([{ n: 0 }]);
    expect(query(ws.warehouse, 'SELECT count(*) AS n FROM warehouse_lock')).toEqual([{ n: 0 }]);
    expect(query(ws.warehouse, 'SELECT count(*) AS n FROM scheduler_state')).toEqual([{ n: 0 }]);
  });

  it('records several scheduled runs; all but the first skip every document', () => {
    const runs = query<{ run_id: number; trigger: string; documents_seen: number; documents_loaded: number; documents_skipped: number }>(
      ws.warehouse, 'SELECT run_id, trigger, documents_seen, documents_loaded, documents_skipped FROM runs ORDER BY run_id');
    expect(runs.length).toBeGreaterThanOrEqual(4);
    expect(runs[0]).toEqual({ run_id: 1, trigger: 'schedule', documents_seen: 2, documents_loaded: 2, documents_skipped: 0 });
    for (const run of runs.slice(1)) expect(run).toMatchObject({ trigger: 'schedule', documents_seen: 2, documents_loaded: 0, documents_skipped: 2 });
    expect(query(ws.warehouse, 'SELECT count(*) AS n FROM explosions')).toEqual([{ n: 8 }]);
  });

  it('status shows the runs, the current documents and issues, and no scheduler once it stopped', () => {
    const status = runCli(['status', '--warehouse', 'warehouse/salw.sqlite', '--limit', '2'], { cwd: ws.dir });
    expect(status.status).toBe(0);
    const lines = status.stdout.split('\n');
    expect(lines[2]).toBe('last runs:');
    expect(lines[3]).toMatch(/^run \| pipeline +\| trigger +\| status +\| started +\| duration \| seen \| loaded \| skipped \| quarantined \| removed \| re-extracted \| records$/);
    expect(lines[5]).toMatch(/^ +\d+ \| amap-profiles,poa \| schedule \| succeeded \| \d{4}-\d\d-\d\dT[\d:.]+Z \| \d+\.\d s +\| +2 \| +0 \| +2 \| +0 \| +0 \| +0 \| +0$/);
    expect(lines[7]).toBe('(2 rows)');
    expect(status.stdout).toContain([
      'current documents (per kind and country):',
      'kind         | country_iso3 | documents',
      '-------------+--------------+----------',
      'amap_profile | KAZ          |         1',
      'poa_profile  | KAZ          |         1',
      '(2 rows)',
    ].join('\n'));
    expect(status.stdout).toMatch(/\nquality issues \(current documents\): \d+ error, \d+ warning, \d+ info\n/);
    expect(status.stdout.trimEnd().split('\n').at(-1)).toBe('scheduler: none running');
  });

  it('status refuses a warehouse that does not exist', () => {
    const status = runCli(['status', '--warehouse', 'nowhere.sqlite'], { cwd: ws.dir });
    expect(status.status).toBe(2);
    expect(status.stderr).toMatch(/^error: there is no warehouse at \S+nowhere\.sqlite; load one with `salw-etl run`\n$/);
  });
});

describe('operator options', () => {
  it('refuses a lock timeout that is not a number of seconds', () => {
    const result = runCli(['run', '--lock-timeout', 'soon']);
    expect(result.status).toBe(2);
    expect(result.stderr.split('\n')[0]).toBe("error: option '--lock-timeout <seconds>' argument 'soon' is invalid. expected a number of seconds (0 or more)");
  });

  it('refuses a bad --cron before starting anything', () => {
    const ws = makeWorkspace('cli-badcron');
    try {
      const result = runCli(['schedule', '--cron', 'nightly', '--raw', 'raw', '--warehouse', 'w.sqlite'], { cwd: ws.dir });
      expect(result.status).toBe(2);
      expect(result.stderr).toBe('error: "nightly" is not a cron expression (5 fields, or 6 with seconds first)\n');
    } finally {
      ws.cleanup();
    }
  });
});
