import { fileURLToPath } from 'node:url';
import { LEXICONS } from '../language/registry.ts';
import { type CodeVersions, computeCodeVersions, type DigestedExtractor, type LexiconSections, lexiconSections } from './code-digest.ts';
import type { PipelineDefinition } from './definition.ts';
import { injectedCodeVersions } from './versions-in-force.ts';

export { codeVersion, extractorId } from './versions-in-force.ts';

/** The project root: two levels above this file, in src/ and in the bundle (dist/bundle/) alike. */
export const PROJECT_ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** The language layer's lexicons, whose sections enter the digests of the code that reads them. */
export const projectLexicon: LexiconSections = lexiconSections(LEXICONS);

const computed = new Map<string, CodeVersions>();

/** The versions of the classifier and of `extractors` as the code stands (injected at build, else computed from src/). */
export function currentCodeVersions(extractors: readonly DigestedExtractor[]): CodeVersions {
  const key = extractors.map((e) => `${e.name}:${e.fixedVersion ?? ''}`).join('|');
  const injected = injectedCodeVersions(extractors);
  if (injected) return injected;
  let versions = computed.get(key);
  if (!versions) {
    versions = computeCodeVersions({ root: PROJECT_ROOT, extractors, lexicon: projectLexicon });
    computed.set(key, versions);
  }
  return versions;
}

/**
 * The versions in force for a run: the classifier's (decoding + classification: documents no extractor
 * took are retried when it changes) and every extractor's, derived from the code unless a test gives them.
 */
export function codeVersionsFor(options: { allPipelines: readonly PipelineDefinition[]; codeVersions?: CodeVersions }): CodeVersions {
  return options.codeVersions ?? currentCodeVersions(options.allPipelines.flatMap((p) => p.extractors));
}
