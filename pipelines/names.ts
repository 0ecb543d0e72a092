/**
 * The pipelines' names, in the order `salw-etl run` runs them: apart from their definitions (index.ts)
 * so the command line can list them without loading any extractor. tests/pipeline/cli-build.test.ts checks
 * the two agree.
 */
export const PIPELINE_NAMES = ['amap-profiles', 'poa'] as const;
