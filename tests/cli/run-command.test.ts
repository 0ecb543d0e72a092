import { cpSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.ts';
import { makeWorkspace, REPO_ROOT } from '../helpers/tmp.ts';

/** The "done when": one command on the seeds, then the analyst's first query. */
describe('salw-etl run on the seeds', () => {
  let ws: ReturnType<typeof makeWorkspace>;
  let first: ReturnType<typeof runCli>;
  let second: ReturnType<typeof runCli>;

  beforeAll(() => {
    ws = makeWorkspace('cli');
    cpSync(join(REPO_ROOT, 'raw', '000_88da758a976dd473.txt'), join(ws.raw, '000_88da758a976dd473.txt'));
    cpSync(join(REPO_ROOT, 'raw', '003_9c7cc2717d99486b.txt'), join(ws.raw, '003_9c7cc2717d99486b.txt'));
    first = runCli(['run', '--raw', 'raw', '--warehouse', 'warehouse/salw.sqlite'], { cwd: ws.dir });
    second = runCli(['run', '--raw', 'raw', '--warehouse', 'warehouse/salw.sqlite'], { cwd: ws.dir });
  });
  afterAll(() => ws.cleanup());

  it('exits 0 and summarises what it loaded', () => {
    expect(first.status).toBe(0);
    // Logs go to stderr as JSON lines (not a terminal); the summary to stdout.
    const log = first.stderr.trim().split('\n').map((line) => JSON.parse(line) as { msg: string });
    expect(log.at(-1)?.msg).toBe('run finished');
    expect(first.stdout).toContain('documents: 2 seen, 2 loaded, 0 skipped (unchanged), 0 skipped (unknown kind), 0 quarantined, 0 removed');
    expect(first.stdout).toMatch(/rows \(current data\): .*explosions 8, diversions 2, tallies 2/);
    expect(first.stdout).toMatch(/quality issues \(this run\): \d+ error, \d+ warning, \d+ info/);
  });

  it('skips both seeds the second time and adds nothing', () => {
    expect(second.status).toBe(0);
    expect(second.stdout).toContain('documents: 2 seen, 0 loaded, 2 skipped (unchanged)');
    const db = new Database(join(ws.dir, 'warehouse', 'salw.sqlite'), { readonly: true });
    try {
      expect(db.prepare('SELECT count(*) AS n FROM explosions').get()).toEqual({ n: 8 });
      expect(db.prepare('SELECT count(*) AS n FROM documents').get()).toEqual({ n: 2 });
    } finally {
      db.close();
    }
  });

  it('answers the first question: the eight Kazakhstan incidents with their source lines', () => {
    const db = new Database(join(ws.dir, 'warehouse', 'salw.sqlite'), { readonly: true });
    try {
      expect(db.prepare('SELECT year, location, deaths, injuries, line_start FROM explosions ORDER BY explosion_id').all()).toEqual([
        { year: 2021, location: 'Taraz', deaths: 12, injuries: 90, line_start: 14 },
        { year: 2019, location: 'Arys', deaths: 3, injuries: 77, line_start: 15 },
        { year: 2019, location: 'Arys', deaths: 0, injuries: 10, line_start: 16 },
        { year: 2010, location: 'Zhambyl', deaths: 0, injuries: 0, line_start: 17 },
        { year: 2009, location: 'Arys', deaths: 5, injuries: 15, line_start: 18 },
        { year: 2009, location: 'Almaty', deaths: 1, injuries: null, line_start: 19 },
        { year: 2001, location: 'Balkhash', deaths: null, injuries: null, line_start: 20 },
        { year: 2001, location: 'Almaty', deaths: 0, injuries: 0, line_start: 21 },
      ]);
      expect(db.prepare("SELECT kind, country_iso3, format, status FROM documents ORDER BY source_path").all()).toEqual([
        { kind: 'amap_profile', country_iso3: 'KAZ', format: 'text', status: 'loaded' },
        { kind: 'poa_profile', country_iso3: 'KAZ', format: 'text', status: 'loaded' },
      ]);
    } finally {
      db.close();
    }
  });
});

describe('salw-etl arguments', () => {
  it('prints help for the program and for run', () => {
    const help = runCli(['--help']);
    expect(help.status).toBe(0);
    expect(help.stdout).toContain('Usage: salw-etl [options] [command]');
    const runHelp = runCli(['run', '--help']);
    expect(runHelp.status).toBe(0);
    expect(runHelp.stdout).toContain('--full-refresh');
  });

  it('refuses an unknown pipeline with a one-line reason and exit code 2', () => {
    const result = runCli(['run', 'no-such-pipeline', '--raw', 'raw', '--warehouse', 'tests/.tmp/never.sqlite']);
    expect(result.status).toBe(2);
    expect(result.stderr.trim().split('\n')[0]).toBe('error: unknown pipeline "no-such-pipeline"; known: amap-profiles, poa');
  });

  it('refuses a raw folder that does not exist, before creating any warehouse', () => {
    const ws = makeWorkspace('cli-missing');
    try {
      const result = runCli(['run', '--raw', 'nowhere', '--warehouse', 'w.sqlite'], { cwd: ws.dir });
      expect(result.status).toBe(2);
      expect(result.stderr).toBe('error: the raw folder nowhere does not exist or is not a folder\n');
      expect(existsSync(join(ws.dir, 'w.sqlite'))).toBe(false);
    } finally {
      ws.cleanup();
    }
  });
});
