import { amapProfileExtractor } from '../src/extractors/amap-profile/index.ts';
import type { PipelineDefinition } from '../src/pipeline/definition.ts';
import { plausibleValues } from '../src/transforms/plausibility.ts';

export const amapProfiles: PipelineDefinition = {
  name: 'amap-profiles',
  description: 'A-MAP-style ammunition country profiles: explosions, diversions, tallies, narrative sections and citations',
  kinds: ['amap_profile'],
  extractors: [amapProfileExtractor],
  transforms: [plausibleValues],
  schedule: { cron: '0 2 * * *', timezone: 'UTC' },
};
