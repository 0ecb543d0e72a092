import type { PipelineDefinition } from '../src/pipeline/definition.ts';
import { lazyExtractor } from '../src/pipeline/lazy-extractor.ts';
import { plausibleValues } from '../src/transforms/plausibility.ts';

export const amapProfiles: PipelineDefinition = {
  name: 'amap-profiles',
  description: 'A-MAP-style ammunition country profiles: explosions, diversions, tallies, narrative sections and citations',
  kinds: ['amap_profile'],
  // Loaded when a document is read (lazy-extractor.ts); the name and kinds are checked against the code then.
  extractors: [lazyExtractor({ name: 'amap-profile', kinds: ['amap_profile'] }, async () => (await import('../src/extractors/amap-profile/index.ts')).amapProfileExtractor)],
  transforms: [plausibleValues],
  schedule: { cron: '0 2 * * *', timezone: 'UTC' },
};
