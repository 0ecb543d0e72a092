import { spawn } from 'node:child_process';
import { copyFileSync } from 'node:fs';
import { EventEmitter } from 'node:events';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { dropOutputOnClosedReader } from '../../src/cli/closed-readers.ts';
import { makeWorkspace, REPO_ROOT } from '../helpers/tmp.ts';

/**
 * `salw-etl run | head`: the reader of stdout (or stderr) goes away before the run is over. The run goes on
 * to the end, its exit code is the run's, and no stack trace is printed about a pipe nobody reads.
 */

let cleanup: (() => void) | undefined;
afterEach(() => cleanup?.());

class FakeStream extends EventEmitter {
  written: string[] = [];
  write(chunk: string): boolean {
    this.written.push(chunk);
    return true;
  }
}

function pipeError(code: string): NodeJS.ErrnoException {
  return Object.assign(new Error(`write ${code}`), { code, syscall: 'write' });
}

describe('dropOutputOnClosedReader', () => {
  it('drops every later write once the stream reports EPIPE', () => {
    const stream = new FakeStream();
    dropOutputOnClosedReader(stream as unknown as NodeJS.WriteStream);
    stream.write('before\n');
    stream.emit('error', pipeError('EPIPE'));
    expect(stream.write('after\n')).toBe(true);
    expect(stream.written).toEqual(['before\n']);
  });

  it('throws any other write error, as an unwatched stream would', () => {
    const stream = new FakeStream();
    dropOutputOnClosedReader(stream as unknown as NodeJS.WriteStream);
    expect(() => stream.emit('error', pipeError('EIO'))).toThrow('write EIO');
  });

  it('watches a stream once, however often it is asked', () => {
    const stream = new FakeStream();
    dropOutputOnClosedReader(stream as unknown as NodeJS.WriteStream);
    dropOutputOnClosedReader(stream as unknown as NodeJS.WriteStream);
    expect(stream.listenerCount('error')).toBe(1);
  });
});

/** Runs `salw-etl run` over the two seeds with the read ends of `closed` shut at once; resolves with the exit code and the stderr it could read. */
function runWithClosedReaders(raw: string, warehouse: string, closed: readonly ('stdout' | 'stderr')[]): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [join(REPO_ROOT, 'bin', 'salw-etl.js'), 'run', '--raw', raw, '--warehouse', warehouse, '--workers', '1'], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    for (const name of ['stdout', 'stderr'] as const) {
      if (closed.includes(name)) child[name].destroy();
      else {
        child[name].setEncoding('utf8');
        child[name].on('data', (chunk: string) => { if (name === 'stderr') stderr += chunk; });
      }
    }
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stderr }));
  });
}

describe('a run whose reader goes away', () => {
  it.each([
    ['stdout', ['stdout'] as const],
    ['stdout and stderr', ['stdout', 'stderr'] as const],
  ])('with %s closed, the run succeeds, loads both seeds and exits 0', async (_label, closed) => {
    const ws = makeWorkspace('closed-readers');
    cleanup = ws.cleanup;
    for (const name of ['000_88da758a976dd473.txt', '003_9c7cc2717d99486b.txt']) copyFileSync(join(REPO_ROOT, 'raw', name), join(ws.raw, name));
    const { code, stderr } = await runWithClosedReaders(ws.raw, ws.warehouse, closed);
    expect(stderr).not.toContain('EPIPE');
    expect(code).toBe(0);
    const db = new Database(ws.warehouse, { readonly: true });
    try {
      expect(db.prepare('SELECT status, documents_seen, documents_loaded FROM runs').all()).toEqual([{ status: 'succeeded', documents_seen: 2, documents_loaded: 2 }]);
    } finally {
      db.close();
    }
  });
});
