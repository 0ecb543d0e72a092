import { PIPELINES } from '../pipelines/index.ts';
import { type CodeVersions, computeCodeVersions } from '../src/pipeline/code-digest.ts';
import { PROJECT_ROOT, projectLexicon } from '../src/pipeline/code-version.ts';

/**
 * The versions of the classifier and of every registered extractor as the sources stand: what
 * bin/build-cli.js injects into the CLI bundle. `node bin/run-ts.js scripts/code-versions.ts` prints them.
 */
export function codeVersionsNow(): CodeVersions {
  return computeCodeVersions({ root: PROJECT_ROOT, extractors: PIPELINES.flatMap((p) => p.extractors), lexicon: projectLexicon });
}

if (process.argv[1]?.endsWith('code-versions.ts')) console.log(JSON.stringify(codeVersionsNow(), null, 2));
