import { spawn } from 'node:child_process';
import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PIPELINES } from '../../pipelines/index.ts';
import { dumpWarehouse } from '../../scripts/canonical-dump.ts';
import { runPipelines } from '../../src/pipeline/run.ts';
import { makeWorkspace, REPO_ROOT } from '../helpers/tmp.ts';

/**
 * Kill points (issue 13): `salw-etl run` stopped at 20 points of a run (SALW_FAULT_AT, see
 * src/model/fault-points.ts) by SIGKILL, Ctrl-C or SIGTERM. After each, the warehouse is sound
 * (integrity and foreign keys), and the next run ends in the same content as a run never stopped.
 */
const DOCUMENTS = [
  ['raw', '000_88da758a976dd473.txt'],
  ['raw', '003_9c7cc2717d99486b.txt'],
  ['tests/fixtures/devset/docs', 'd02_amap_mongolia_no_explosions.txt'],
  ['tests/fixtures/devset/docs', 'd03_amap_peru_newer.html'],
  ['tests/fixtures/devset/docs', 'd07_report_uzbekistan_ru.txt'],
  ['tests/fixtures/devset/docs', 'd08_report_trinidad_questionnaire.txt'],
] as const;

const KILLS: readonly (readonly [string, NodeJS.Signals])[] = [
  ['discovered', 'SIGKILL'],
  ['decoded#1', 'SIGKILL'],
  ['decoded#4', 'SIGKILL'],
  ['extracted#1', 'SIGKILL'],
  ['extracted#3', 'SIGKILL'],
  ['extracted#6', 'SIGKILL'],
  ['in-transaction#1', 'SIGKILL'],
  ['in-transaction#2', 'SIGKILL'],
  ['in-transaction#4', 'SIGKILL'],
  ['in-transaction#6', 'SIGKILL'],
  ['committed#1', 'SIGKILL'],
  ['committed#3', 'SIGKILL'],
  ['committed#6', 'SIGKILL'],
  ['finishing', 'SIGKILL'],
  ['decoded#2', 'SIGINT'],
  ['in-transaction#3', 'SIGINT'],
  ['finishing', 'SIGINT'],
  ['extracted#2', 'SIGTERM'],
  ['in-transaction#5', 'SIGTERM'],
  ['committed#4', 'SIGTERM'],
];

function stage(raw: string): void {
  for (const [folder, name] of DOCUMENTS) copyFileSync(join(REPO_ROOT, folder, name), join(raw, name));
}

function dumpOf(path: string): string[] {
  const db = new Database(path, { readonly: true });
  try {
    return dumpWarehouse(db);
  } finally {
    db.close();
  }
}

function cliRun(raw: string, warehouse: string, env: Record<string, string>): Promise<{ code: number | null; signal: NodeJS.Signals | null }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [join(REPO_ROOT, 'bin', 'salw-etl.js'), 'run', '--raw', raw, '--warehouse', warehouse, '--quiet'], {
      env: { ...process.env, ...env },
      stdio: 'ignore',
    });
    child.on('error', reject);
    child.on('exit', (code, signal) => resolve({ code, signal }));
  });
}

let clean: string[];
const cleanups: (() => void)[] = [];
beforeAll(async () => {
  const ws = makeWorkspace('kill-clean');
  cleanups.push(ws.cleanup);
  stage(ws.raw);
  await runPipelines({ rawDir: ws.raw, warehousePath: ws.warehouse, pipelines: PIPELINES, allPipelines: PIPELINES });
  clean = dumpOf(ws.warehouse);
});
afterAll(() => {
  for (const cleanup of cleanups) cleanup();
});

describe('a run stopped at any point', () => {
  it('has documents to stop in (the clean run loaded them all)', () => {
    expect(clean.filter((line) => line.includes('"table":"documents"') && line.includes('"status":"loaded"'))).toHaveLength(DOCUMENTS.length);
  });

  it.each(KILLS)('%s by %s: a sound warehouse, and the next run ends as a clean run does', async (point, signal) => {
    const ws = makeWorkspace('kill');
    cleanups.push(ws.cleanup);
    stage(ws.raw);
    const stopped = await cliRun(ws.raw, ws.warehouse, { SALW_FAULT_AT: point, SALW_FAULT_SIGNAL: signal });
    if (signal === 'SIGKILL') expect(stopped.signal).toBe('SIGKILL');
    else expect(stopped.code).toBe(130);

    const db = new Database(ws.warehouse);
    try {
      expect(db.pragma('integrity_check')).toEqual([{ integrity_check: 'ok' }]);
      expect(db.pragma('foreign_key_check')).toEqual([]);
      const runs = db.prepare('SELECT status FROM runs').pluck().all();
      expect(runs).toEqual([signal === 'SIGKILL' ? 'running' : 'interrupted']);
    } finally {
      db.close();
    }

    const next = await runPipelines({ rawDir: ws.raw, warehousePath: ws.warehouse, pipelines: PIPELINES, allPipelines: PIPELINES, lock: { timeoutMs: 2_000 } });
    expect(next.status).toBe('succeeded');
    expect(dumpOf(ws.warehouse)).toEqual(clean);
  }, 60_000);
});
