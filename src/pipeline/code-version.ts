import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { LEXICONS } from '../language/registry.ts';
import { type CodeVersions, computeCodeVersions, type DigestedExtractor, type LexiconSections, lexiconSections } from './code-digest.ts';
import type { PipelineDefinition } from './definition.ts';

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

/** The project root: two levels above this file, in src/ and in the bundle (dist/bundle/) alike. */
export const PROJECT_ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** The language layer's lexicons, whose sections enter the digests of the code that reads them. */
export const projectLexicon: LexiconSections = lexiconSections(LEXICONS);

const computed = new Map<string, CodeVersions>();

/** The versions of the classifier and of `extractors` as the code stands (injected at build, else computed from src/). */
export function currentCodeVersions(extractors: readonly DigestedExtractor[]): CodeVersions {
  const key = extractors.map((e) => `${e.name}:${e.fixedVersion ?? ''}`).join('|');
  const injected = typeof __SALW_CODE_VERSIONS__ === 'undefined' ? undefined : __SALW_CODE_VERSIONS__;
  if (injected && extractors.every((e) => e.fixedVersion === undefined && injected.extractors[e.name] !== undefined)) return injected;
  let versions = computed.get(key);
  if (!versions) {
    versions = computeCodeVersions({ root: PROJECT_ROOT, extractors, lexicon: projectLexicon });
    computed.set(key, versions);
  }
  return versions;
}

/** `<name>@<digest>` of an extractor in `versions`; an extractor the table does not know is an error, never a guess. */
export function extractorId(versions: CodeVersions, extractor: Pick<DigestedExtractor, 'name'>): string {
  const id = versions.extractors[extractor.name];
  if (!id) throw new Error(`no code version for extractor ${extractor.name}: it is not part of the pipelines the versions were computed for`);
  return id;
}

/**
 * The versions in force for a run: the classifier's (decoding + classification: documents no extractor
 * took are retried when it changes) and every extractor's, derived from the code unless a test gives them.
 */
export function codeVersionsFor(options: { allPipelines: readonly PipelineDefinition[]; codeVersions?: CodeVersions }): CodeVersions {
  return options.codeVersions ?? currentCodeVersions(options.allPipelines.flatMap((p) => p.extractors));
}
