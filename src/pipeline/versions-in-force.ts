import { execFileSync } from 'node:child_process';
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

/** `0.1.0+abc1234` (package version plus git commit when known, `-dirty` with uncommitted changes). */
export function codeVersion(): string {
  if (cached) return cached;
  const pkg = JSON.parse(readFileSync(`${ROOT}package.json`, 'utf8')) as { version: string };
  let commit = '';
  try {
    const head = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: ROOT, stdio: ['ignore', 'pipe', 'ignore'] }).toString().trim();
    const dirty = execFileSync('git', ['status', '--porcelain', '--untracked-files=no'], { cwd: ROOT, stdio: ['ignore', 'pipe', 'ignore'] }).toString().trim();
    commit = `+${head}${dirty ? '-dirty' : ''}`;
  } catch {
    // Not a git checkout (an npm install): the package version alone.
  }
  cached = `${pkg.version}${commit}`;
  return cached;
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
