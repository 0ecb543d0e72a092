import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PIPELINES } from '../../pipelines/index.ts';
import { canonicalDump, readDump } from '../../scripts/canonical-dump.ts';
import { documentWorkerEntry } from '../../src/cli/document-worker-entry.ts';
import { DEFAULT_LIMITS } from '../../src/pipeline/limits.ts';
import type { DocumentJob } from '../../src/pipeline/read-document.ts';
import { runPipelines } from '../../src/pipeline/run.ts';
import { ReadingAborted, WorkerReader } from '../../src/pipeline/worker-reader.ts';
import { REPO_ROOT, makeWorkspace, writeFile } from '../helpers/tmp.ts';

/**
 * Documents read in a worker thread (as the CLI reads them) load exactly what reading them in the run's own
 * thread loads; and the worker is what lets a deadline or a heap limit stop one document without the run.
 */

describe('reading documents in a worker thread', () => {
  it('loads exactly the canonical dump of every fixture with three workers reading at once (the same rows as reading inline)', async () => {
    const dump = await canonicalDump({ workerEntry: documentWorkerEntry(), workers: 3 });
    expect(dump).toEqual(readDump(join(REPO_ROOT, 'tests', 'fixtures', 'canonical', 'expected.jsonl')));
  }, 300_000);
});

/** A worker module whose reading never ends on a file named `stuck*` and allocates without end on `hog*`. */
const HOSTILE_WORKER = fileURLToPath(new URL('./fixtures/hostile-document-worker.ts', import.meta.url));

describe('a document that would stall or exhaust the run', () => {
  const ws = makeWorkspace('worker-limits');
  afterAll(() => ws.cleanup());

  const job = (name: string, limits = {}): DocumentJob => {
    const absPath = join(ws.dir, 'jobs', name);
    writeFile(absPath, 'text');
    return { file: { path: name, absPath, sha256: 'x', sizeBytes: 4, mtime: '2026-01-01T00:00:00.000Z', meta: null, metaProblem: null }, selectedPipelines: [], currentYear: 2026, limits: { ...DEFAULT_LIMITS, ...limits } };
  };

  it('is stopped at its deadline and quarantined with the limit named; the next document gets a fresh worker', async () => {
    const reader = new WorkerReader({ entry: HOSTILE_WORKER, limits: DEFAULT_LIMITS });
    try {
      const stuck = await reader.read(job('stuck.txt', { deadlineMs: 1_500 }));
      // The format the worker recognised before it stalled is kept for the documents row.
      expect(stuck).toEqual({ stage: 'unreadable', rule: 'over-limit', reason: 'stuck.txt: reading the document took longer than the limit of 1.5 s and was stopped; raise it with --document-timeout (seconds) or report the file: a pattern may be stuck on it', format: 'text' });
      const next = await reader.read(job('fine.txt'));
      expect(next).toEqual({ stage: 'unreadable', rule: 'unreadable-document', reason: 'fine.txt: read by the hostile test worker', format: null });
      // The format of one document is not carried to the next: one stopped before its bytes were sniffed has none.
      const stuckPdf = await reader.read(job('stuck.pdf', { deadlineMs: 1_500 }));
      expect(stuckPdf).toMatchObject({ stage: 'unreadable', rule: 'over-limit', format: 'pdf' });
      const silent = await reader.read(job('silent-stuck.pdf', { deadlineMs: 1_500 }));
      expect(silent).toMatchObject({ stage: 'unreadable', rule: 'over-limit', format: null });
    } finally {
      await reader.close();
    }
  }, 60_000);

  it('is stopped past the heap limit and quarantined with the limit named', async () => {
    const reader = new WorkerReader({ entry: HOSTILE_WORKER, limits: { maxMemoryMb: 64 } });
    try {
      const hog = await reader.read(job('hog.txt', { maxMemoryMb: 64 }));
      expect(hog).toEqual({ stage: 'unreadable', rule: 'over-limit', reason: 'hog.txt: reading the document needed more than the memory limit of 64 MB and was stopped; raise it with --max-memory (MB) if the file is really one document', format: 'text' });
    } finally {
      await reader.close();
    }
  }, 60_000);

  it('a crash of the reader costs that document only', async () => {
    const reader = new WorkerReader({ entry: HOSTILE_WORKER, limits: DEFAULT_LIMITS });
    try {
      const crash = await reader.read(job('crash.txt'));
      expect(crash).toMatchObject({ stage: 'unreadable', rule: 'unreadable-document' });
      expect(crash.stage === 'unreadable' && crash.reason).toMatch(/^could not read crash\.txt: the reader (failed \(Error: the hostile worker crashed\)|stopped with exit code 1)$/);
      expect(await reader.read(job('fine.txt'))).toEqual({ stage: 'unreadable', rule: 'unreadable-document', reason: 'fine.txt: read by the hostile test worker', format: null });
    } finally {
      await reader.close();
    }
  }, 60_000);

  it('a reader that cannot start is the reason given for the document, not a crash of the run', async () => {
    const reader = new WorkerReader({ entry: join(ws.dir, 'no-such-worker.mjs'), limits: DEFAULT_LIMITS });
    try {
      const reading = await reader.read(job('fine.txt'));
      expect(reading).toMatchObject({ stage: 'unreadable', rule: 'unreadable-document' });
      expect(reading.stage === 'unreadable' && reading.reason).toMatch(/^could not read fine\.txt: the reader did not start \(.*no-such-worker\.mjs/u);
    } finally {
      await reader.close();
    }
  }, 60_000);

  it('an interrupted run stops the reading at once', async () => {
    const reader = new WorkerReader({ entry: HOSTILE_WORKER, limits: DEFAULT_LIMITS });
    const controller = new AbortController();
    try {
      const started = Date.now();
      const reading = reader.read(job('stuck.txt'), controller.signal);
      setTimeout(() => controller.abort(), 300);
      await expect(reading).rejects.toBeInstanceOf(ReadingAborted);
      expect(Date.now() - started).toBeLessThan(DEFAULT_LIMITS.deadlineMs);
    } finally {
      await reader.close();
    }
  }, 60_000);
});

describe('limits in a run', () => {
  const ws = makeWorkspace('run-limits');
  afterAll(() => ws.cleanup());
  let rows: { source_path: string; status: string; status_reason: string }[] = [];
  let issues: { rule: string; message: string }[] = [];

  beforeAll(async () => {
    writeFile(join(ws.raw, 'big.txt'), 'x'.repeat(6000));
    writeFile(join(ws.raw, 'many_lines.txt'), 'l\n'.repeat(600));
    writeFile(join(ws.raw, 'seed.txt'), readFileSync(join(REPO_ROOT, 'raw', '000_88da758a976dd473.txt')));
    await runPipelines({ rawDir: ws.raw, warehousePath: ws.warehouse, pipelines: PIPELINES, allPipelines: PIPELINES, limits: { maxBytes: 5_000, maxLines: 500 } });
    const db = new Database(ws.warehouse, { readonly: true });
    rows = db.prepare('SELECT source_path, status, status_reason FROM documents ORDER BY source_path').all() as typeof rows;
    issues = db.prepare("SELECT rule, message FROM quality_issues WHERE rule = 'over-limit' ORDER BY message").all() as typeof issues;
    db.close();
  });

  it('quarantines a file over the size limit and one over the line limit, naming the limit and its flag', () => {
    expect(rows.filter((r) => r.status === 'quarantined')).toEqual([
      { source_path: 'big.txt', status: 'quarantined', status_reason: 'big.txt: the file is 5.9 KiB, over the size limit of 4.9 KiB; raise it with --max-bytes if the file is really a document' },
      { source_path: 'many_lines.txt', status: 'quarantined', status_reason: 'many_lines.txt: the document has 600 lines of text, over the limit of 500; raise it with --max-lines if the file is really one document' },
    ]);
    expect(issues.map((i) => i.rule)).toEqual(['over-limit', 'over-limit']);
  });

  it('still loads the documents within the limits', () => {
    expect(rows.find((r) => r.source_path === 'seed.txt')?.status).toBe('loaded');
  });

  it('leaves a document over a limit unread while the limits stay, and reads it again once the operator raises them', async () => {
    const run = (limits: { maxBytes: number; maxLines: number }) =>
      runPipelines({ rawDir: ws.raw, warehousePath: ws.warehouse, pipelines: PIPELINES, allPipelines: PIPELINES, limits });
    const same = await run({ maxBytes: 5_000, maxLines: 500 });
    expect(same.documents.map((d) => [d.path, d.outcome])).toEqual([['big.txt', 'unchanged'], ['many_lines.txt', 'unchanged'], ['seed.txt', 'unchanged']]);
    const raised = await run({ maxBytes: 10_000, maxLines: 500 });
    // Raised past it, big.txt is read (a line of x's: no known kind); many_lines.txt is still over its limit.
    expect(raised.documents.map((d) => [d.path, d.outcome])).toEqual([['big.txt', 'skipped'], ['many_lines.txt', 'quarantined'], ['seed.txt', 'unchanged']]);
  });
});
