import { buildCli } from '../../bin/build-cli.js';
import { REPO_ROOT } from './tmp.ts';

/**
 * The tests that spawn `salw-etl` run the built CLI (bin/salw-etl.js refuses a stale dist/): build it once,
 * before any test, when the sources changed since the last build.
 */
export default async function setup(): Promise<void> {
  await buildCli(REPO_ROOT, { ifStale: true });
}
