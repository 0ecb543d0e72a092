import { execFile, execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { CodeVersions, DigestedExtractor } from './code-digest.ts';

/**
 * The versions a run records, without the code that derives them from the sources (code-version.ts, which
 * loads every lexicon): the built CLI carries its table, so a run's thread that reads no document loads
 * neither the lexicons nor the digest code.
 */

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

let cached: string | null = null;
let pending: Promise<string> | null = null;

/**
 * One git command tells both the commit and whether tracked files differ from it (porcelain v2's header and
 * entries). `--no-optional-locks`: a run only reads the checkout; plain `git status` refreshes the index and
 * takes `.git/index.lock` to write it: a `git commit` of the same checkout at that instant would fail on the lock.
 */
export const GIT_STATUS = ['--no-optional-locks', 'status', '--porcelain=v2', '--branch', '--untracked-files=no'];

/** `0.1.0+abc1234` from the package version and `git status --porcelain=v2 --branch` (`-dirty` with changes to tracked files). */
export function codeVersionFrom(packageVersion: string, gitStatus: string | null): string {
  const oid = gitStatus?.match(/^# branch\.oid ([0-9a-f]{7,})$/mu)?.[1];
  if (gitStatus === null || !oid) return packageVersion; // not a git checkout (an npm install), or no commit yet
  const dirty = gitStatus.split('\n').some((line) => line !== '' && !line.startsWith('#'));
  return `${packageVersion}+${oid.slice(0, 7)}${dirty ? '-dirty' : ''}`;
}

function packageVersion(): string {
  return (JSON.parse(readFileSync(`${ROOT}package.json`, 'utf8')) as { version: string }).version;
}

/** `0.1.0+abc1234` (package version plus git commit when known, `-dirty` with uncommitted changes). */
export function codeVersion(): string {
  if (cached) return cached;
  let status: string | null = null;
  try {
    status = execFileSync('git', GIT_STATUS, { cwd: ROOT, stdio: ['ignore', 'pipe', 'ignore'] }).toString();
  } catch {
    // Not a git checkout: the package version alone.
  }
  cached = codeVersionFrom(packageVersion(), status);
  return cached;
}

/**
 * codeVersion without blocking: git runs while the run opens the warehouse and takes its lock (a no-op night
 * would otherwise wait for it), and codeVersion() answers from the cache afterwards.
 */
export function loadCodeVersion(): Promise<string> {
  if (cached) return Promise.resolve(cached);
  pending ??= new Promise<string>((resolve) => {
    execFile('git', GIT_STATUS, { cwd: ROOT }, (error, stdout) => {
      cached ??= codeVersionFrom(packageVersion(), error ? null : stdout);
      resolve(cached);
    });
  });
  return pending;
}

/**
 * The table of versions the CLI build computed from src/ (bin/build-cli.js injects it with esbuild's
 * `define`); absent when the sources run directly (tests, tsx), and then computed from src/ on first use.
 */
declare const __SALW_CODE_VERSIONS__: CodeVersions | undefined;

/** The build's table, when there is one and it knows every extractor given (a test's stub states its own version). */
export function injectedCodeVersions(extractors: readonly DigestedExtractor[]): CodeVersions | undefined {
  const injected = typeof __SALW_CODE_VERSIONS__ === 'undefined' ? undefined : __SALW_CODE_VERSIONS__;
  if (injected && extractors.every((e) => e.fixedVersion === undefined && injected.extractors[e.name] !== undefined)) return injected;
  return undefined;
}

/** `<name>@<digest>` of an extractor in `versions`; an extractor the table does not know is an error, never a guess. */
export function extractorId(versions: CodeVersions, extractor: Pick<DigestedExtractor, 'name'>): string {
  const id = versions.extractors[extractor.name];
  if (!id) throw new Error(`no code version for extractor ${extractor.name}: it is not part of the pipelines the versions were computed for`);
  return id;
}

/** The versions in force for a run (codeVersionsFor): the build's table, else derived from src/ (the digest code loaded then). */
export async function versionsForRun(options: { allPipelines: readonly { extractors: readonly DigestedExtractor[] }[]; codeVersions?: CodeVersions }): Promise<CodeVersions> {
  if (options.codeVersions) return options.codeVersions;
  const extractors = options.allPipelines.flatMap((p) => p.extractors);
  return injectedCodeVersions(extractors) ?? (await import('./code-version.ts')).currentCodeVersions(extractors);
}
