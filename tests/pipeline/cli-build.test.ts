import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, symlinkSync, utimesSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCli } from '../../bin/build-cli.js';
import { staleReason } from '../../bin/dist-state.js';
import { PIPELINES } from '../../pipelines/index.ts';
import { PIPELINE_NAMES } from '../../pipelines/names.ts';
import { currentCodeVersions } from '../../src/pipeline/code-version.ts';
import { REPO_ROOT } from '../helpers/tmp.ts';

describe('the CLI build', () => {
  it('injects the code versions computed from src/ as they stand (a stale table fails here)', async () => {
    const { bundle, versions } = await buildCli(REPO_ROOT, { ifStale: true });
    expect(versions).toEqual(currentCodeVersions(PIPELINES.flatMap((p) => p.extractors)));
    // The build's code: the CLI and every chunk it imports, now or when a command runs.
    const code = [bundle, ...[...reachable(bundle)].map((chunk) => join(bundle, '..', chunk))].map((file) => readFileSync(file, 'utf8')).join('\n');
    for (const id of [versions.classifier, ...Object.values(versions.extractors)]) expect(code).toContain(`"${id}"`);
  });
});

/** The chunks a bundle file imports, statically or by `import()`, followed through the chunks. */
function reachable(file: string, seen = new Set<string>()): Set<string> {
  for (const match of readFileSync(file, 'utf8').matchAll(/(?:from\s+|import\s*\(\s*|^import\s+)["'](\.\/[^"']+)["']/gmu)) {
    const chunk = match[1] ?? '';
    if (seen.has(chunk)) continue;
    seen.add(chunk);
    reachable(join(file, '..', chunk), seen);
  }
  return seen;
}

/** The modules a bundle file loads when it is imported (static imports, followed through the chunks), not those it may import later. */
function staticallyLoaded(file: string, seen = new Set<string>()): Set<string> {
  const code = readFileSync(file, 'utf8');
  for (const match of code.matchAll(/^import\s+(?:[^'"]*?\s+from\s+)?["']([^"']+)["'];?$/gmu)) {
    const spec = match[1] ?? '';
    if (seen.has(spec)) continue;
    seen.add(spec);
    if (spec.startsWith('./')) staticallyLoaded(join(file, '..', spec), seen);
  }
  return seen;
}

describe('the CLI starts light', () => {
  it('the built CLI loads no pipeline, parser or database code until a command runs (so --help is fast)', async () => {
    const { bundle } = await buildCli(REPO_ROOT, { ifStale: true });
    const loaded = [...staticallyLoaded(bundle)].filter((spec) => !spec.startsWith('./') && !spec.startsWith('node:'));
    expect(loaded.sort()).toEqual(['commander']);
  });

  it('the pipelines the command line lists without loading them are the pipelines', () => {
    expect(PIPELINES.map((p) => p.name)).toEqual([...PIPELINE_NAMES]);
  });
});

/** Every file under `dir` with its size and mtime, to tell that nothing was written. */
function snapshot(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (path: string): void => {
    for (const entry of readdirSync(path, { withFileTypes: true })) {
      const full = join(path, entry.name);
      if (entry.name === 'node_modules') continue;
      if (entry.isDirectory()) walk(full);
      else out[relative(dir, full)] = `${statSync(full).size}:${statSync(full).mtimeMs}`;
    }
  };
  walk(dir);
  return out;
}

describe('bin/salw-etl.js runs dist/ and never builds', () => {
  let pkg: string;
  const cli = (args: string[]) => spawnSync(process.execPath, [join(pkg, 'bin', 'salw-etl.js'), ...args], { cwd: pkg, encoding: 'utf8', timeout: 60_000 });

  beforeAll(async () => {
    // A copy of the package (its sources, docs, bin and manifest; node_modules linked) built once.
    pkg = mkdtempSync(join(tmpdir(), 'salw-package-'));
    for (const part of ['src', 'pipelines', 'bin', 'docs', join('scripts', 'code-versions.ts'), 'package.json']) cpSync(join(REPO_ROOT, part), join(pkg, part), { recursive: true });
    symlinkSync(join(REPO_ROOT, 'node_modules'), join(pkg, 'node_modules'));
    await buildCli(pkg);
  }, 120_000);
  afterAll(() => rmSync(pkg, { recursive: true, force: true }));

  it('answers --help from the build, writing nothing into the package', () => {
    const before = snapshot(pkg);
    const result = cli(['--help']);
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^Usage: salw-etl \[options\] \[command\]/u);
    expect(snapshot(pkg)).toEqual(before);
  });

  it('refuses a dist/ older than a source it was built from, naming the file and the command that rebuilds', () => {
    const file = join(pkg, 'src', 'cli', 'main.ts');
    const later = new Date(statSync(file).mtimeMs + 5_000);
    utimesSync(file, later, later);
    expect(staleReason(pkg)).toBe('src/cli/main.ts changed since dist/ was built');
    const result = cli(['--help']);
    expect(result.status).toBe(2);
    expect(result.stderr).toBe(`salw-etl: src/cli/main.ts changed since dist/ was built; run \`npm run build\` (in ${pkg}) to build the CLI from src/\n`);
  });

  it('a build with --if-stale builds a stale dist/ and keeps a fresh one; afterwards the CLI runs again', async () => {
    expect((await buildCli(pkg, { ifStale: true })).built).toBe(true);
    expect((await buildCli(pkg, { ifStale: true })).built).toBe(false);
    expect(staleReason(pkg)).toBeNull();
    expect(cli(['--version']).stdout).toBe(`${JSON.parse(readFileSync(join(pkg, 'package.json'), 'utf8')).version}\n`);
  });

  it('a source added or removed since the build makes it stale', () => {
    cpSync(join(pkg, 'src', 'cli', 'summary.ts'), join(pkg, 'src', 'cli', 'extra.ts'));
    expect(staleReason(pkg)).toBe('src/cli/extra.ts is new since dist/ was built');
    rmSync(join(pkg, 'src', 'cli', 'extra.ts'));
    expect(staleReason(pkg)).toBeNull();
    rmSync(join(pkg, 'pipelines', 'index.ts'));
    expect(staleReason(pkg)).toBe('pipelines/index.ts was removed since dist/ was built');
  });
});
