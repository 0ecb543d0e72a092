import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join, relative } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { formatStatus } from '../../src/cli/format-status.ts';
import { readStatus } from '../../src/ops/status.ts';
import { makeWorkspace, REPO_ROOT } from '../helpers/tmp.ts';

/** Every file under `dir`, hidden folders included, as paths relative to it. */
function allFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string): void => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      if (e.isDirectory()) walk(join(d, e.name));
      else out.push(relative(dir, join(d, e.name)));
    }
  };
  if (existsSync(dir)) walk(dir);
  return out.sort();
}

function db2(warehouse: string, sql: string): unknown[] {
  const db = new Database(warehouse, { readonly: true });
  try {
    return db.prepare(sql).all();
  } finally {
    db.close();
  }
}

function runCli(args: string[], cwd: string): { child: ChildProcess; done: Promise<{ code: number | null; stdout: string; stderr: string }> } {
  const child = spawn(process.execPath, [join(REPO_ROOT, 'bin/salw-etl.js'), ...args], { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout?.on('data', (d) => (stdout += d));
  child.stderr?.on('data', (d) => (stderr += d));
  return { child, done: new Promise((resolve) => child.on('close', (code) => resolve({ code, stdout, stderr }))) };
}

describe('salw-etl fetch (the command)', () => {
  let ws: ReturnType<typeof makeWorkspace>;
  let server: Server | null = null;
  afterEach(async () => {
    ws?.cleanup();
    if (server) await new Promise<void>((done) => server?.close(() => done()));
    server = null;
  });

  async function serve(handler: Parameters<typeof createServer>[1]): Promise<string> {
    server = createServer(handler);
    await new Promise<void>((done) => server?.listen(0, '127.0.0.1', done));
    return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  }

  it('fetches --url with --kind, --country and --language into the sidecar, and says what it did', async () => {
    ws = makeWorkspace('fetch-cli');
    const base = await serve((req, res) => {
      if (req.url === '/robots.txt') return void res.writeHead(404).end();
      res.writeHead(200, { 'content-type': 'text/plain' }).end('Togo profile\n');
    });
    const { done } = runCli(['fetch', '--raw', ws.raw, '--warehouse', ws.warehouse, '--url', `${base}/tgo.txt`, '--kind', 'amap_profile', '--country', 'tgo', '--language', 'fr', '--interval', '0'], ws.dir);
    const { code, stdout } = await done;
    expect(code).toBe(0);
    const folder = `fetched/127.0.0.1_${new URL(base).port}`;
    expect(stdout).toBe(`new          ${base}/tgo.txt -> ${join(ws.raw, folder, 'tgo.txt')}\nfetch: 1 new, 0 changed, 0 unchanged, 0 disallowed by robots.txt, 0 failed\n`);
    expect(allFiles(ws.raw)).toEqual([`${folder}/tgo.txt`, `${folder}/tgo.txt.meta.json`]);
  }, 30_000);

  it('records each source\'s last check and its failures in a row in the fetches table', async () => {
    ws = makeWorkspace('fetch-cli-state');
    let up = true;
    const base = await serve((req, res) => {
      if (req.url === '/robots.txt') return void res.writeHead(404).end();
      if (!up) return void res.writeHead(404).end();
      res.writeHead(200, { 'content-type': 'text/plain', etag: '"e1"' }).end('Niger profile\n');
    });
    const args = ['fetch', '--raw', ws.raw, '--warehouse', ws.warehouse, '--url', `${base}/ner.txt`, '--interval', '0'];
    expect((await runCli(args, ws.dir).done).code).toBe(0);
    up = false;
    expect((await runCli(args, ws.dir).done).code).toBe(1);
    expect((await runCli(args, ws.dir).done).code).toBe(1);
    const db = new Database(ws.warehouse, { readonly: true });
    const rows = db.prepare('SELECT source_url, outcome, http_status, raw_path, etag, failure, consecutive_failures, last_changed_at IS NOT NULL AS changed FROM fetches').all();
    db.close();
    expect(rows).toEqual([
      { source_url: `${base}/ner.txt`, outcome: 'failed', http_status: 404, raw_path: join(ws.raw, `fetched/127.0.0.1_${new URL(base).port}`, 'ner.txt'), etag: '"e1"', failure: 'HTTP 404', consecutive_failures: 2, changed: 1 },
    ]);
    expect(db2(ws.warehouse, 'SELECT run_id, pipeline, trigger, status, documents_seen, documents_loaded, documents_quarantined, message FROM runs ORDER BY run_id')).toEqual([
      { run_id: 1, pipeline: 'fetch', trigger: 'manual', status: 'succeeded', documents_seen: 1, documents_loaded: 1, documents_quarantined: 0, message: 'fetch: 1 new, 0 changed, 0 unchanged, 0 disallowed by robots.txt, 0 failed' },
      { run_id: 2, pipeline: 'fetch', trigger: 'manual', status: 'failed', documents_seen: 1, documents_loaded: 0, documents_quarantined: 1, message: 'fetch: 0 new, 0 changed, 0 unchanged, 0 disallowed by robots.txt, 1 failed' },
      { run_id: 3, pipeline: 'fetch', trigger: 'manual', status: 'failed', documents_seen: 1, documents_loaded: 0, documents_quarantined: 1, message: 'fetch: 0 new, 0 changed, 0 unchanged, 0 disallowed by robots.txt, 1 failed' },
    ]);
    const status = await readStatus(ws.warehouse);
    expect(status.fetches.map((f) => [f.source_url, f.outcome, f.consecutive_failures, f.failure])).toEqual([[`${base}/ner.txt`, 'failed', 2, 'HTTP 404']]);
    expect(formatStatus(status)).toContain('last fetch per source (1 sources, 1 failing):');
  }, 30_000);

  it('a manifest error exits 2 naming the line', async () => {
    ws = makeWorkspace('fetch-cli-manifest');
    writeFileSync(join(ws.dir, 'bad.yaml'), 'sources:\n  - url: https://example.org/a\n    kind: brochure\n');
    const { code, stderr } = await runCli(['fetch', '--raw', ws.raw, '--warehouse', ws.warehouse, '--manifest', join(ws.dir, 'bad.yaml')], ws.dir).done;
    expect(code).toBe(2);
    expect(stderr).toBe(`error: ${join(ws.dir, 'bad.yaml')}:2: kind "brochure" is not one of amap_profile, poa_profile, poa_report\n`);
  }, 30_000);

  it('a fetch killed during a download leaves no file in raw/, and the next fetch empties raw/.salw-partial/', async () => {
    ws = makeWorkspace('fetch-cli-kill');
    let bodyStarted: () => void = () => {};
    const started = new Promise<void>((resolve) => (bodyStarted = resolve));
    const base = await serve((req, res) => {
      if (req.url === '/robots.txt') return void res.writeHead(404).end();
      // Half the body, then nothing: the download is in hand when the process is killed.
      res.writeHead(200, { 'content-type': 'application/pdf', 'content-length': '20000' });
      res.write(`%PDF-1.7\n${'0'.repeat(9000)}`);
      bodyStarted();
    });
    const { child, done } = runCli(['fetch', '--raw', ws.raw, '--warehouse', ws.warehouse, '--url', `${base}/stalls.pdf`, '--interval', '0', '--timeout', '60'], ws.dir);
    await started;
    await new Promise((r) => setTimeout(r, 200));
    child.kill('SIGKILL');
    const { code } = await done;
    expect(code).toBeNull();
    expect(allFiles(ws.raw).filter((f) => !f.startsWith('.salw-partial/'))).toEqual([]);
    // The body was being streamed to disk, into the partial folder only.
    const partials = allFiles(ws.raw).filter((f) => f.startsWith('.salw-partial/'));
    expect(partials).toEqual([expect.stringMatching(/^\.salw-partial\/[0-9a-f-]{36}\.part$/), '.salw-partial/fetch.pid']);
    expect(readFileSync(join(ws.raw, partials[0] as string), 'utf8').startsWith('%PDF-1.7\n000')).toBe(true);

    // What a kill between writing and renaming would leave: the next fetch throws it away first.
    mkdirSync(join(ws.raw, '.salw-partial'), { recursive: true });
    writeFileSync(join(ws.raw, '.salw-partial', 'abc.part'), '%PDF-1.7 half');
    writeFileSync(join(ws.dir, 'empty.yaml'), 'sources: []\n');
    const next = await runCli(['fetch', '--raw', ws.raw, '--warehouse', ws.warehouse, '--manifest', join(ws.dir, 'empty.yaml')], ws.dir).done;
    expect(next.code).toBe(0);
    expect(allFiles(ws.raw)).toEqual([]);
  }, 30_000);

  it('schedule --fetch fetches then runs, each recorded as a scheduled run; a manifest error stops it from starting', async () => {
    ws = makeWorkspace('fetch-cli-schedule');
    const base = await serve((req, res) => {
      if (req.url === '/robots.txt') return void res.writeHead(404).end();
      res.writeHead(200, { 'content-type': 'text/plain' }).end('Benin profile\n');
    });
    writeFileSync(join(ws.dir, 'bad.yaml'), 'sources:\n  - listing: { html: https://example.org/r/ }\n');
    const refused = await runCli(['schedule', '--fetch', '--manifest', join(ws.dir, 'bad.yaml'), '--raw', ws.raw, '--warehouse', ws.warehouse], ws.dir).done;
    expect([refused.code, refused.stderr]).toEqual([2, `error: ${join(ws.dir, 'bad.yaml')}:2: an html listing needs a pattern (glob on the link's path) or a regex (on the link's address)\n`]);
    const alone = await runCli(['schedule', '--manifest', join(ws.dir, 'bad.yaml'), '--raw', ws.raw, '--warehouse', ws.warehouse], ws.dir).done;
    expect([alone.code, alone.stderr]).toEqual([2, 'error: --manifest names the sources of --fetch; add --fetch\n']);

    writeFileSync(join(ws.dir, 'sources.yaml'), `sources:\n  - url: ${base}/ben.txt\n    kind: amap_profile\n    country_iso3: BEN\n`);
    // Started with no scheduled run behind it, the scheduler catches up at once: that night is the test.
    const { child, done } = runCli(['schedule', '--fetch', '--raw', ws.raw, '--warehouse', ws.warehouse], ws.dir);
    await new Promise<void>((resolve, reject) => {
      let seen = '';
      const timer = setTimeout(() => reject(new Error(`no scheduled run logged: ${seen}`)), 45_000);
      child.stderr?.on('data', (d) => {
        seen += d;
        if (seen.includes('scheduled run 2 (catch-up)')) {
          clearTimeout(timer);
          resolve();
        }
      });
    });
    child.kill('SIGINT');
    expect((await done).code).toBe(0);
    expect(db2(ws.warehouse, 'SELECT run_id, pipeline, trigger, status, documents_loaded FROM runs ORDER BY run_id')).toEqual([
      { run_id: 1, pipeline: 'fetch', trigger: 'schedule', status: 'succeeded', documents_loaded: 1 },
      { run_id: 2, pipeline: 'amap-profiles,poa', trigger: 'schedule', status: 'succeeded', documents_loaded: 1 },
    ]);
    expect(db2(ws.warehouse, 'SELECT source_path, kind, country_iso3 FROM documents')).toEqual([
      { source_path: `fetched/127.0.0.1_${new URL(base).port}/ben.txt`, kind: 'amap_profile', country_iso3: 'BEN' },
    ]);
    const jobs = readFileSync(join(ws.dir, 'warehouse', 'openlineage.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as { eventType: string; job: { name: string } });
    expect(jobs.map((e) => `${e.eventType} ${e.job.name}`)).toEqual(['START fetch', 'COMPLETE fetch', 'START amap-profiles,poa', 'COMPLETE amap-profiles,poa']);
  }, 60_000);
});
