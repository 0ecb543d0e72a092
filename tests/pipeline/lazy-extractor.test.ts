import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { PIPELINES } from '../../pipelines/index.ts';
import type { Extractor } from '../../src/extractors/extractor.ts';
import { lazyExtractor, loadExtractors } from '../../src/pipeline/lazy-extractor.ts';
import { runPipelines } from '../../src/pipeline/run.ts';
import { stubExtractor, stubPipeline, stubSidecar } from '../helpers/stub-pipeline.ts';
import { makeWorkspace, writeFile } from '../helpers/tmp.ts';

let cleanup = () => {};
afterEach(() => cleanup());

const model = { lines: ['STUB PROFILE', '2019 Arys 3'] } as unknown as Parameters<Extractor['extract']>[0];
const ctx = { kind: 'amap_profile' as const, countryIso3: 'KAZ', reportYear: null, language: null, sourcePath: 'a.txt' };

describe('extractors loaded when a document is read', () => {
  it('the pipelines declare their extractors as their code names them', async () => {
    await loadExtractors(PIPELINES);
    expect(PIPELINES.flatMap((p) => p.extractors.map((e) => `${e.name}: ${e.kinds.join(', ')}`))).toEqual([
      'amap-profile: amap_profile', 'poa-profile: poa_profile', 'poa-report: poa_report',
    ]);
  });

  it('refuses to extract before it is loaded, and to load code that is another extractor', async () => {
    const lazy = lazyExtractor({ name: 'stub', kinds: ['amap_profile'] }, async () => stubExtractor());
    expect(() => lazy.extract(model, ctx)).toThrow('the extractor stub is not loaded: call loadExtractors(pipelines) before reading');
    await lazy.load();
    expect(lazy.extract(model, ctx).explosions.map((e) => [e.year, e.location, e.deaths])).toEqual([[2019, 'Arys', 3]]);
    const wrong = lazyExtractor({ name: 'stub', kinds: ['poa_report'] }, async () => stubExtractor());
    await expect(wrong.load()).rejects.toThrow('the extractor declared as stub (poa_report) is stub (amap_profile) in its code');
  });

  it('a run that reads no document loads no extractor', async () => {
    const ws = makeWorkspace('lazy-extractor');
    cleanup = ws.cleanup;
    writeFile(join(ws.raw, 'kaz.txt'), 'STUB PROFILE\n2019 Arys 3\n');
    writeFile(join(ws.raw, 'kaz.txt.meta.json'), stubSidecar());
    const loads: string[] = [];
    const pipeline = (night: string) => ({
      ...stubPipeline(),
      extractors: [lazyExtractor({ name: 'stub', kinds: ['amap_profile'] }, async () => {
        loads.push(night);
        return stubExtractor();
      })],
    });
    const run = async (night: string) => {
      const p = pipeline(night);
      return (await runPipelines({ rawDir: ws.raw, warehousePath: ws.warehouse, pipelines: [p], allPipelines: [p], codeVersions: { classifier: 'classifier@1', extractors: { stub: 'stub@1' } } })).documents.map((d) => d.outcome);
    };
    expect(await run('first')).toEqual(['loaded']);
    expect(await run('second')).toEqual(['unchanged']);
    expect(loads).toEqual(['first']);
  });
});
