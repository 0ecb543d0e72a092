import { existsSync, readdirSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join, relative } from 'node:path';
import { afterAll, afterEach, beforeAll } from 'vitest';
import type { FetchOptions } from '../../src/fetch/fetch-sources.ts';

/** A local site on 127.0.0.1 for the fetch tests: each test sets its routes; every request is recorded. */

export type Handler = (req: IncomingMessage, res: ServerResponse) => void;

export interface LocalSite {
  server: Server;
  base: string;
  routes: Map<string, Handler>;
  requests: { path: string; at: number; headers: IncomingMessage['headers'] }[];
  close(): Promise<void>;
}

export async function startServer(robots: Handler): Promise<LocalSite> {
  const routes = new Map<string, Handler>();
  const requests: LocalSite['requests'] = [];
  const server = createServer((req, res) => {
    const path = req.url ?? '/';
    requests.push({ path, at: Date.now(), headers: req.headers });
    if (path === '/robots.txt') return robots(req, res);
    const handler = routes.get(path);
    if (!handler) {
      res.writeHead(404, { 'content-type': 'text/html' }).end('<html><body>Not found</body></html>');
      return;
    }
    handler(req, res);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const close = () => new Promise<void>((done) => {
    server.closeAllConnections();
    server.close(() => done());
  });
  return { server, base: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, routes, requests, close };
}

export const ROBOTS: Handler = (_req, res) => {
  res.writeHead(200, { 'content-type': 'text/plain' }).end('User-agent: *\nDisallow: /private/\n');
};

/** Serves `body` with an ETag, answering 304 to a request that already has it. */
export function withEtag(body: string, etag: string, type = 'text/plain; charset=utf-8'): Handler {
  return (req, res) => {
    if (req.headers['if-none-match'] === etag) return void res.writeHead(304, { etag }).end();
    res.writeHead(200, { 'content-type': type, etag, 'last-modified': 'Tue, 03 Nov 2026 10:00:00 GMT' }).end(body);
  };
}

export const SMALL: Omit<FetchOptions, 'raw'> = {
  politeness: { intervalMs: 0, perHost: 2 },
  limits: { timeoutMs: 400, maxBytes: 4096, retries: 2, backoffMs: 10, maxRetryAfterMs: 5_000 },
};

export const filesIn = (dir: string): string[] => (existsSync(dir) ? readdirSync(dir).sort() : []);

/** Every file under `dir`, hidden folders included, as paths relative to it. */
export function allFiles(dir: string): string[] {
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

/**
 * The local site of a describe block: started (with ROBOTS) before its tests and closed after them; after each
 * test its routes and recorded requests are cleared and the test's workspace, if it made one, removed. `use`
 * receives the site and the folder of raw/ its documents are fetched into.
 */
export function serveLocalSite(use: (site: LocalSite, folder: string) => void, workspace: () => { cleanup(): void } | undefined): void {
  let site: LocalSite | undefined;
  beforeAll(async () => {
    site = await startServer(ROBOTS);
    use(site, `fetched/127.0.0.1_${new URL(site.base).port}`);
  });
  afterAll(() => site?.close());
  afterEach(() => {
    workspace()?.cleanup();
    site?.routes.clear();
    if (site) site.requests.length = 0;
  });
}
