import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildCli } from '../../bin/build-cli.js';
import { PIPELINES } from '../../pipelines/index.ts';
import { currentCodeVersions } from '../../src/pipeline/code-version.ts';
import { REPO_ROOT } from '../helpers/tmp.ts';

describe('the CLI build', () => {
  it('injects the code versions computed from src/ as they stand (a stale table fails here)', async () => {
    const { bundle, versions } = await buildCli(REPO_ROOT);
    expect(versions).toEqual(currentCodeVersions(PIPELINES.flatMap((p) => p.extractors)));
    const code = readFileSync(bundle, 'utf8');
    for (const id of [versions.classifier, ...Object.values(versions.extractors)]) expect(code).toContain(`"${id}"`);
  });
});
