import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import type { Extractor } from '../../src/extractors/extractor.ts';
import type { PipelineDefinition } from '../../src/pipeline/definition.ts';
import type { Logger } from '../../src/pipeline/logger.ts';
import { stubExtractor, stubPipeline, stubSidecar } from '../helpers/stub-pipeline.ts';
import { REPO_ROOT, writeFile } from '../helpers/tmp.ts';

/** Blocks the thread (not the CPU) for `ms`: the extractor interface is synchronous, so the slowness must be too. */
export function blockFor(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

/** The stub pipeline whose extractor takes `delayMs` per document: slowness that lives in the test, not the product. */
export function slowStubPipeline(delayMs: number, version = 1): PipelineDefinition {
  const inner = stubExtractor(version);
  const slow: Extractor = { ...inner, extract: (doc, ctx) => { blockFor(delayMs); return inner.extract(doc, ctx); } };
  return { ...stubPipeline(version), extractors: [slow] };
}

/** Writes a stub document (and its sidecar) into `raw`. */
export function stubDoc(raw: string, name: string, body: string, sidecar: Record<string, string> = {}): void {
  writeFile(join(raw, name), body);
  writeFile(join(raw, `${name}.meta.json`), stubSidecar(sidecar));
}

export function query<T>(warehouse: string, sql: string): T[] {
  const db = new Database(warehouse, { readonly: true });
  try {
    return db.prepare(sql).all() as T[];
  } finally {
    db.close();
  }
}

export interface LogLine {
  level: 'debug' | 'info' | 'warn' | 'error';
  obj: object;
  msg: string;
}

/** A logger that keeps what it is told, for assertions. */
export function captureLogger(): Logger & { lines: LogLine[] } {
  const lines: LogLine[] = [];
  const at = (level: LogLine['level']) => (obj: object, msg?: string) => { lines.push({ level, obj, msg: msg ?? '' }); };
  return { lines, debug: at('debug'), info: at('info'), warn: at('warn'), error: at('error') };
}

export interface ChildRunArgs {
  raw: string;
  warehouse: string;
  delayMs?: number;
  lockTimeoutMs?: number;
  /** Stop forever inside the document transaction at the n-th explosion insert (the SIGKILL test). */
  blockAtExplosionInsert?: number;
  /** `warehouse` is a postgres:// URL: opened by the commands' opener (src/ops/open-warehouse.ts). */
  anyBackend?: boolean;
  /** The lock's and leases' limits: when a silent process counts as dead, how often the living beat, how often a waiter looks. */
  staleMs?: number;
  heartbeatMs?: number;
  pollMs?: number;
  /** Re-extract every document (--full-refresh). */
  fullRefresh?: boolean;
  /** SALW_FAULT_AT for the child (src/model/fault-points.ts), e.g. `in-transaction#2`: it kills itself there. */
  faultAt?: string;
}

/** Starts tests/ops/child-run.ts in its own node process. */
export function spawnChildRun(args: ChildRunArgs): ChildProcess {
  return spawn(process.execPath, [join(REPO_ROOT, 'bin', 'run-ts.js'), join(REPO_ROOT, 'tests', 'ops', 'child-run.ts'), JSON.stringify(args)], {
    cwd: REPO_ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

export interface ChildOutcome {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

export function waitForExit(child: ChildProcess): Promise<ChildOutcome> {
  let stdout = '';
  let stderr = '';
  child.stdout?.on('data', (chunk: Buffer) => { stdout += chunk.toString(); });
  child.stderr?.on('data', (chunk: Buffer) => { stderr += chunk.toString(); });
  return new Promise((resolve) => child.on('exit', (code, signal) => resolve({ code, signal, stdout, stderr })));
}

/** Resolves when the child prints a line containing `marker`. */
export function waitForLine(child: ChildProcess, marker: string, timeoutMs = 30_000): Promise<void> {
  return new Promise((resolve, reject) => {
    let seen = '';
    const timer = setTimeout(() => reject(new Error(`no "${marker}" from the child within ${timeoutMs} ms; it said: ${seen}`)), timeoutMs);
    // Log lines are on stderr, results and markers of the test children on stdout: watch both.
    const watch = (chunk: Buffer) => {
      seen += chunk.toString();
      if (seen.includes(marker)) {
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout?.on('data', watch);
    child.stderr?.on('data', watch);
  });
}
