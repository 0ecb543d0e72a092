import { spawn } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { testBackend } from '../helpers/backend.ts';
import { makeWorkspace, REPO_ROOT } from '../helpers/tmp.ts';

/**
 * Ctrl-C and SIGTERM on `run` (issue 13 item 7): a document being loaded is finished, one being read is
 * stopped and left for the next run, the run is closed as
 * `interrupted` with its counters, the lock is released and an OpenLineage ABORT event is written; the
 * command exits 130. Every loaded document is whole: its facts are all there.
 */
/** SQLite, or PostgreSQL read through an exact copy (tests/helpers/backend.ts); the lock row is read from the warehouse itself. */
const backend = await testBackend();

let cleanup: (() => void) | undefined;
afterEach(() => cleanup?.());

const DOCUMENTS = 40;

function folderOfDocuments(raw: string): void {
  const profile = readFileSync(join(REPO_ROOT, 'raw', '000_88da758a976dd473.txt'), 'utf8');
  const page = readFileSync(join(REPO_ROOT, 'raw', '003_9c7cc2717d99486b.txt'), 'utf8');
  for (let i = 0; i < DOCUMENTS; i++) {
    // Different bytes each (a trailing line), so none is a duplicate of another.
    writeFileSync(join(raw, `doc_${String(i).padStart(2, '0')}.txt`), `${i % 2 === 0 ? profile : page}\n\nCopy ${i}.\n`);
  }
}

/** Runs `salw-etl run`, sends `signal` once the first document is loaded, and resolves with the exit code. */
function runAndSignal(raw: string, warehouseArgs: readonly string[], signal: NodeJS.Signals): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [join(REPO_ROOT, 'bin', 'salw-etl.js'), 'run', '--raw', raw, ...warehouseArgs], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    let sent = false;
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (chunk: string) => {
      stderr += chunk;
      if (!sent && /"msg":"loaded doc_/u.test(stderr)) {
        sent = true;
        child.kill(signal);
      }
    });
    child.stdout.resume();
    child.on('error', reject);
    child.on('exit', (code) => resolve({ code, stderr }));
  });
}

describe('a signal during run', () => {
  it.each(['SIGINT', 'SIGTERM'] as const)('%s: the run is closed as interrupted with its counters, the lock released, ABORT written, exit 130', async (signal) => {
    const ws = makeWorkspace('signals');
    cleanup = ws.cleanup;
    folderOfDocuments(ws.raw);
    const { code, stderr } = await runAndSignal(ws.raw, await backend.cliArgs(ws.warehouse), signal);
    await backend.mirror(ws.warehouse);
    expect(code).toBe(130);
    expect(stderr).toContain(`salw-etl: ${signal}: stopping after the document in hand (one being read is left as it was, one being loaded is finished)`);
    const db = new Database(ws.warehouse, { readonly: true });
    try {
      const run = db.prepare('SELECT status, documents_seen, documents_loaded, finished_at, message FROM runs').get() as Record<string, unknown>;
      expect(run.status).toBe('interrupted');
      expect(run.finished_at).not.toBeNull();
      const loaded = db.prepare("SELECT count(*) FROM documents WHERE status = 'loaded'").pluck().get() as number;
      expect(loaded).toBeGreaterThan(0);
      expect(loaded).toBeLessThan(DOCUMENTS);
      expect(run.documents_loaded).toBe(loaded);
      // Documents are read in a worker: a signal during a reading stops it at once, and that document is left for the next run.
      expect(run.message).toMatch(new RegExp(`^interrupted after ${loaded} of ${DOCUMENTS} documents(; doc_\\d\\d\\.txt was being read and is left for the next run)?$`, 'u'));
      expect(await backend.serverRows(ws.warehouse, 'SELECT holder_pid FROM warehouse_lock')).toEqual([]);
      // Each loaded document is whole: a profile has its 8 explosions, a PoA page its 62 weapon counts.
      const perDocument = db.prepare(`SELECT d.source_path, (SELECT count(*) FROM explosions e WHERE e.document_id = d.document_id) AS explosions,
        (SELECT count(*) FROM weapon_counts w WHERE w.document_id = d.document_id) AS counts FROM documents d WHERE d.status = 'loaded'`).all() as { source_path: string; explosions: number; counts: number }[];
      for (const d of perDocument) {
        const isProfile = Number(d.source_path.slice(4, 6)) % 2 === 0;
        expect(isProfile ? d.explosions : d.counts).toBe(isProfile ? 8 : 62);
      }
    } finally {
      db.close();
    }
    const events = readFileSync(join(ws.dir, 'warehouse', 'openlineage.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as { eventType: string });
    expect(events.map((e) => e.eventType)).toEqual(['START', 'ABORT']);
  }, 120_000);
});
