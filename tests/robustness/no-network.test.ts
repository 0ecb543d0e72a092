import dns from 'node:dns';
import { copyFileSync, readdirSync } from 'node:fs';
import net from 'node:net';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { PIPELINES } from '../../pipelines/index.ts';
import { combineHooks, notifyHooks } from '../../src/ops/notify.ts';
import { lineageHooks } from '../../src/ops/lineage-events.ts';
import { silentLogger } from '../../src/pipeline/logger.ts';
import { runPipelines } from '../../src/pipeline/run.ts';
import { makeWorkspace, REPO_ROOT } from '../helpers/tmp.ts';

/**
 * A run opens no network connection but to the endpoints it is given (issue 13): decoding (pdf.js's
 * fonts and CMaps), classification and extraction are offline. Every socket connect and DNS lookup the
 * process makes during the run is recorded by hooks on node:net and node:dns, and refused.
 */
const originalConnect = net.Socket.prototype.connect;
const originalLookup = dns.lookup;
let cleanup: (() => void) | undefined;
afterEach(() => {
  net.Socket.prototype.connect = originalConnect;
  dns.lookup = originalLookup;
  cleanup?.();
});

/** Records where the process tries to connect; refuses all but `allowedPorts` on 127.0.0.1. */
function watchConnections(allowedPorts: readonly number[] = []): string[] {
  const attempts: string[] = [];
  net.Socket.prototype.connect = function connect(this: net.Socket, ...args: unknown[]) {
    // net.connect() hands the socket its normalised arguments as one array: [options, callback].
    const given = Array.isArray(args[0]) ? (args[0] as unknown[])[0] : args[0];
    const first = given as { host?: string; port?: number; path?: string } | number | string;
    const where = typeof first === 'object' && first !== null ? (first.path ?? `${first.host ?? 'localhost'}:${first.port}`) : String(first);
    attempts.push(where);
    const port = typeof first === 'object' && first !== null ? Number(first.port) : Number(first);
    if (!allowedPorts.includes(port)) throw new Error(`network connection refused by the test: ${where}`);
    return (originalConnect as (...a: unknown[]) => net.Socket).apply(this, args);
  } as typeof net.Socket.prototype.connect;
  dns.lookup = ((hostname: string, ...rest: unknown[]) => {
    attempts.push(`dns:${hostname}`);
    return (originalLookup as (...a: unknown[]) => void)(hostname, ...rest);
  }) as typeof dns.lookup;
  return attempts;
}

function corpus(): ReturnType<typeof makeWorkspace> {
  const ws = makeWorkspace('no-network');
  cleanup = ws.cleanup;
  for (const name of readdirSync(join(REPO_ROOT, 'raw'))) copyFileSync(join(REPO_ROOT, 'raw', name), join(ws.raw, name));
  for (const set of ['devset', 'devset-local']) {
    const docs = join(REPO_ROOT, 'tests', 'fixtures', set, 'docs');
    for (const name of readdirSync(docs)) copyFileSync(join(docs, name), join(ws.raw, `${set}-${name}`));
  }
  return ws;
}

describe('the network during a run', () => {
  it('a run over every kind and format opens no connection and looks up no host', async () => {
    const ws = corpus();
    const attempts = watchConnections();
    const summary = await runPipelines({ rawDir: ws.raw, warehousePath: ws.warehouse, pipelines: PIPELINES, allPipelines: PIPELINES });
    expect(summary.status).not.toBe('failed');
    expect(summary.documentsLoaded).toBeGreaterThan(20);
    expect(attempts).toEqual([]);
  });

  it('with an OpenLineage endpoint and a notice address, it connects to those alone', async () => {
    const ws = corpus();
    const { createServer } = await import('node:http');
    const seen: string[] = [];
    const server = createServer((request, response) => {
      seen.push(request.url ?? '');
      request.resume().on('end', () => response.writeHead(204).end());
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const port = (server.address() as net.AddressInfo).port;
    try {
      // A quarantined document, so the run calls for a notice.
      const { writeFileSync } = await import('node:fs');
      writeFileSync(join(ws.raw, 'broken.pdf'), '%PDF-1.7\nno body');
      const attempts = watchConnections([port]);
      await runPipelines({
        rawDir: ws.raw, warehousePath: ws.warehouse, pipelines: PIPELINES, allPipelines: PIPELINES,
        hooks: combineHooks(
          lineageHooks({ rawDir: ws.raw, warehousePath: ws.warehouse, url: `http://127.0.0.1:${port}/lineage`, logger: silentLogger }),
          notifyHooks({ url: `http://127.0.0.1:${port}/notice`, warehousePath: ws.warehouse, logger: silentLogger }),
        ),
      });
      expect(new Set(attempts)).toEqual(new Set([`127.0.0.1:${port}`]));
      expect(seen).toEqual(['/lineage', '/lineage', '/notice']);
    } finally {
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
  });
});
