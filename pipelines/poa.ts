import { poaProfileExtractor } from '../src/extractors/poa-profile/index.ts';
import { poaReportExtractor } from '../src/extractors/poa-report/index.ts';
import type { PipelineDefinition } from '../src/pipeline/definition.ts';
import { plausibleValues } from '../src/transforms/plausibility.ts';

export const poa: PipelineDefinition = {
  name: 'poa',
  description: 'UN Programme of Action country pages and national reports: sections, template answers, report submissions, weapon counts',
  kinds: ['poa_profile', 'poa_report'],
  extractors: [poaProfileExtractor, poaReportExtractor],
  transforms: [plausibleValues],
  schedule: { cron: '0 2 * * *', timezone: 'UTC' },
};
