import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fetchSources } from '../../src/fetch/fetch-sources.ts';
import { makeWorkspace, writeFile } from '../helpers/tmp.ts';
import { allFiles, type LocalSite, serveLocalSite, SMALL, withEtag } from './local-site.ts';

/** raw/.salw-partial/ belongs to one fetch at a time: a second is refused, a dead one's claim replaced. */
describe('fetch: one fetch at a time per raw folder', () => {
  let site: LocalSite;
  let ws: ReturnType<typeof makeWorkspace>;
  let folder: string;
  serveLocalSite((started, fetchedInto) => {
    [site, folder] = [started, fetchedInto];
  }, () => ws);
  const claim = (pid: number, host: string, startedAt: Date) => writeFile(join(ws.raw, '.salw-partial', 'fetch.pid'), JSON.stringify({ pid, host, startedAt: startedAt.toISOString() }));
  const fetchOne = () => fetchSources([{ url: `${site.base}/mwi.txt` }], { raw: ws.raw, ...SMALL });

  it('a second fetch of this process on the same raw folder is refused while the first runs, and the first finishes untouched', async () => {
    ws = makeWorkspace('partials-same-process');
    let release: () => void = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    site.routes.set('/mwi.txt', (_req, res) => void held.then(() => res.writeHead(200, { 'content-type': 'text/plain' }).end('Malawi\n')));
    const first = fetchOne();
    while (!site.requests.some((r) => r.path === '/mwi.txt')) await new Promise((r) => setTimeout(r, 10));
    await expect(fetchOne()).rejects.toThrow(`lock: a fetch is already running on ${ws.raw} (pid ${process.pid} on ${hostname()}, since `);
    release();
    expect((await first).map((r) => r.outcome)).toEqual(['new']);
    expect(allFiles(ws.raw)).toEqual([`${folder}/mwi.txt`, `${folder}/mwi.txt.meta.json`]);
  });

  it("another live process's claim refuses the fetch and leaves that fetch's partial files alone", async () => {
    ws = makeWorkspace('partials-live');
    site.routes.set('/mwi.txt', withEtag('Malawi\n', '"w"'));
    const since = new Date(Date.now() - 60_000);
    claim(process.ppid, hostname(), since);
    writeFile(join(ws.raw, '.salw-partial', 'in-hand.part'), '%PDF-1.7 half');
    await expect(fetchOne()).rejects.toThrow(`lock: a fetch is already running on ${ws.raw} (pid ${process.ppid} on ${hostname()}, since ${since.toISOString()}); this one fetched nothing`);
    expect(allFiles(ws.raw)).toEqual(['.salw-partial/fetch.pid', '.salw-partial/in-hand.part']);
    expect(site.requests).toEqual([]);
  });

  it("a dead process's claim is replaced, what it left is thrown away, and the folder is gone at the end", async () => {
    ws = makeWorkspace('partials-dead');
    site.routes.set('/mwi.txt', withEtag('Malawi\n', '"w"'));
    const gone = spawnSync(process.execPath, ['-e', '0']).pid as number;
    claim(gone, hostname(), new Date());
    writeFile(join(ws.raw, '.salw-partial', 'left.part'), '%PDF-1.7 half');
    expect((await fetchOne()).map((r) => r.outcome)).toEqual(['new']);
    expect(allFiles(ws.raw)).toEqual([`${folder}/mwi.txt`, `${folder}/mwi.txt.meta.json`]);
    expect(existsSync(join(ws.raw, '.salw-partial'))).toBe(false);
  });

  it("another machine's claim holds for 6 hours (its pid cannot be checked from here), then is replaced", async () => {
    ws = makeWorkspace('partials-foreign');
    site.routes.set('/mwi.txt', withEtag('Malawi\n', '"w"'));
    claim(4242, 'other-host.example', new Date(Date.now() - 3_600_000));
    await expect(fetchOne()).rejects.toThrow(`(pid 4242 on other-host.example, since `);
    expect(JSON.parse(readFileSync(join(ws.raw, '.salw-partial', 'fetch.pid'), 'utf8')).host).toBe('other-host.example');
    claim(4242, 'other-host.example', new Date(Date.now() - 7 * 3_600_000));
    expect((await fetchOne()).map((r) => r.outcome)).toEqual(['new']);
  });
});
