import { spawn } from 'node:child_process';
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { testBackend } from '../helpers/backend.ts';
import { makeWorkspace, REPO_ROOT } from '../helpers/tmp.ts';

/**
 * An operator hears of trouble (issue 13 item 11): a run that quarantines documents, fails or refuses
 * removals POSTs a JSON notice to --notify-url; a run that needs nobody sends none; an endpoint that is
 * down never fails the run. The endpoint is a server on the loopback interface.
 */
/** SQLite or PostgreSQL (tests/helpers/backend.ts): the CLI is given the warehouse's location. */
const backend = await testBackend();

let cleanups: (() => void | Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup();
  cleanups = [];
});

async function noticeServer(): Promise<{ url: string; notices: unknown[] }> {
  const notices: unknown[] = [];
  const server: Server = createServer((request, response) => {
    let body = '';
    request.on('data', (chunk: Buffer) => {
      body += chunk.toString('utf8');
    });
    request.on('end', () => {
      notices.push({ path: request.url, contentType: request.headers['content-type'], body: JSON.parse(body) as unknown });
      response.writeHead(204).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  cleanups.push(() => new Promise<void>((resolve) => server.close(() => resolve())));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/hooks/salw`, notices };
}

function run(args: string[]): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [join(REPO_ROOT, 'bin', 'salw-etl.js'), 'run', ...args], { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
      stderr += chunk;
    });
    child.on('error', reject);
    child.on('exit', (code) => resolve({ code, stderr }));
  });
}

/** A workspace with the seed profile; `warehouse` is the `--warehouse` argument (and `--state-dir` on PostgreSQL). */
async function workspace() {
  const ws = makeWorkspace('notify');
  cleanups.push(ws.cleanup);
  copyFileSync(join(REPO_ROOT, 'raw', '000_88da758a976dd473.txt'), join(ws.raw, 'profile.txt'));
  return { ...ws, args: await backend.cliArgs(ws.warehouse), location: await backend.location(ws.warehouse) };
}

/** How a notice names the warehouse: the file, or the URL with its password hidden. */
function namedInNotices(location: string): string {
  if (backend.kind === 'sqlite') return location;
  const url = new URL(location);
  url.password = '***';
  return url.toString();
}

describe('notices to the operator', () => {
  it('a run that quarantines a document POSTs one JSON notice naming it', async () => {
    const ws = await workspace();
    writeFileSync(join(ws.raw, 'broken.pdf'), '%PDF-1.7\nthis is no PDF body');
    const { url, notices } = await noticeServer();
    const { code } = await run(['--raw', ws.raw, ...ws.args, '--notify-url', url]);
    expect(code).toBe(0);
    expect(notices).toHaveLength(1);
    expect(notices[0]).toMatchObject({
      path: '/hooks/salw',
      contentType: 'application/json',
      body: {
        type: 'salw-etl.run', reasons: ['quarantined'], run_id: 1, status: 'partial', warehouse: namedInNotices(ws.location),
        documents_seen: 2, documents_loaded: 1, documents_quarantined: 1, removals_refused: 0,
        quarantined: [{ path: 'broken.pdf', reason: expect.stringContaining('broken.pdf') }],
      },
    });
    if (backend.kind === 'postgres') expect(JSON.stringify(notices)).not.toContain(new URL(ws.location).password);
  });

  it('a run that needs nobody sends nothing; the guard refusing removals sends a notice (SALW_NOTIFY_URL)', async () => {
    const ws = await workspace();
    const { url, notices } = await noticeServer();
    expect((await run(['--raw', ws.raw, ...ws.args, '--notify-url', url])).code).toBe(0);
    expect(notices).toEqual([]);
    const emptied = join(ws.dir, 'emptied');
    mkdirSync(emptied);
    process.env.SALW_NOTIFY_URL = url;
    try {
      expect((await run(['--raw', emptied, ...ws.args])).code).toBe(3);
    } finally {
      delete process.env.SALW_NOTIFY_URL;
    }
    expect(notices).toHaveLength(1);
    expect(notices[0]).toMatchObject({ body: { reasons: ['removal_refused'], status: 'removal_refused', run_id: 2, removals_refused: 1 } });
  });

  it('an endpoint that is down is logged and never fails the run', async () => {
    const ws = await workspace();
    writeFileSync(join(ws.raw, 'broken.pdf'), '%PDF-1.7\nthis is no PDF body');
    const { url } = await noticeServer();
    await cleanups.pop()?.(); // the server is closed: nothing listens on its port any more
    const { code, stderr } = await run(['--raw', ws.raw, ...ws.args, '--notify-url', url]);
    expect(code).toBe(0);
    expect(stderr).toContain('the notice endpoint is unreachable; the notice is in this log');
    expect(stderr).toContain('run 1 needs attention: quarantined');
  });
});
