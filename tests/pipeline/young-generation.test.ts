import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../helpers/tmp.ts';

/**
 * Once a reading worker is ready, the run's thread keeps its young generation at the size it has
 * (src/pipeline/young-generation.ts): about 30 MB less resident memory in a run. Each case is a process
 * of its own, since what is measured is a process-wide setting of V8.
 */
function probe(mode: 'worker' | 'alone'): { before: number; after: number } {
  const result = spawnSync(process.execPath, [join(REPO_ROOT, 'bin', 'run-ts.js'), join(REPO_ROOT, 'tests', 'pipeline', 'fixtures', 'young-generation-probe.ts'), mode], { encoding: 'utf8' });
  expect(result.stderr).toBe('');
  return JSON.parse(result.stdout);
}

describe("the run's thread's young generation", () => {
  it('grows under allocation when no worker was started (what the other case is measured against)', () => {
    const { before, after } = probe('alone');
    expect(after).toBeGreaterThan(before);
  }, 60_000);

  it('keeps its size under the same allocation once a reading worker is ready', () => {
    const { before, after } = probe('worker');
    expect(after).toBe(before);
  }, 60_000);
});
