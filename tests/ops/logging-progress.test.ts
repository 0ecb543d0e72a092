import { describe, expect, it } from 'vitest';
import { createLogger, logLevel } from '../../src/ops/logging.ts';
import { createProgressReporter, shouldShowProgress } from '../../src/ops/progress.ts';

function sink() {
  const chunks: string[] = [];
  return { chunks, write: (chunk: string) => { chunks.push(chunk); return true; } };
}

describe('logging', () => {
  it('maps --quiet and --verbose to levels', () => {
    expect(logLevel({})).toBe('info');
    expect(logLevel({ quiet: true })).toBe('warn');
    expect(logLevel({ verbose: true })).toBe('debug');
    expect(logLevel({ quiet: true, verbose: true })).toBe('debug');
  });

  it('writes one JSON object per line when not pretty, honouring the level', () => {
    const out = sink();
    const log = createLogger({ pretty: false, quiet: true, destination: out });
    log.info({ runId: 1 }, 'run started');
    log.warn({ runId: 1, holder: 4242 }, 'the warehouse is locked');
    expect(out.chunks).toHaveLength(1);
    const line = JSON.parse(out.chunks[0]!) as Record<string, unknown>;
    expect(line).toMatchObject({ level: 40, runId: 1, holder: 4242, msg: 'the warehouse is locked', pid: process.pid });
    expect(line.time).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
  });

  it('writes readable lines when pretty', () => {
    const out = sink();
    const log = createLogger({ pretty: true, verbose: true, destination: out });
    log.debug({ path: 'a.txt' }, 'loaded a.txt');
    const text = out.chunks.join('').replace(new RegExp(`${String.fromCharCode(27)}\\[[0-9;]*m`, 'g'), '') // ANSI colour codes;
    expect(text).toMatch(/^\[\d\d:\d\d:\d\d\] DEBUG: loaded a\.txt \{"path":"a\.txt"\}\n$/);
  });
});

describe('progress bar', () => {
  const tty = { isTTY: true, env: {}, total: 20 };
  it('shows only on an interactive terminal, outside CI, for more than a few documents, unless quiet', () => {
    expect(shouldShowProgress(tty)).toBe(true);
    expect(shouldShowProgress({ ...tty, isTTY: false })).toBe(false);
    expect(shouldShowProgress({ ...tty, env: { CI: 'true' } })).toBe(false);
    expect(shouldShowProgress({ ...tty, env: { CI: '1' } })).toBe(false);
    expect(shouldShowProgress({ ...tty, env: { CI: 'false' } })).toBe(true);
    expect(shouldShowProgress({ ...tty, total: 5 })).toBe(false);
    expect(shouldShowProgress({ ...tty, total: 6 })).toBe(true);
    expect(shouldShowProgress({ ...tty, quiet: true })).toBe(false);
  });

  it('without a terminal, draws nothing and passes log lines straight through', () => {
    const reporter = createProgressReporter({ isTTY: false, env: {} });
    const written: string[] = [];
    const original = process.stderr.write.bind(process.stderr);
    process.stderr.write = ((chunk: string) => { written.push(chunk); return true; }) as typeof process.stderr.write;
    try {
      reporter.update(0, 50, 'a.txt');
      reporter.logStream.write('a line\n');
      reporter.stop();
    } finally {
      process.stderr.write = original;
    }
    expect(written).toEqual(['a line\n']);
  });
});
