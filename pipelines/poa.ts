import type { PipelineDefinition } from '../src/pipeline/definition.ts';
import { lazyExtractor } from '../src/pipeline/lazy-extractor.ts';
import { plausibleValues } from '../src/transforms/plausibility.ts';

export const poa: PipelineDefinition = {
  name: 'poa',
  description: 'UN Programme of Action country pages and national reports: sections, template answers, report submissions, weapon counts',
  kinds: ['poa_profile', 'poa_report'],
  // Loaded when a document is read (lazy-extractor.ts); the names and kinds are checked against the code then.
  extractors: [
    lazyExtractor({ name: 'poa-profile', kinds: ['poa_profile'] }, async () => (await import('../src/extractors/poa-profile/index.ts')).poaProfileExtractor),
    lazyExtractor({ name: 'poa-report', kinds: ['poa_report'] }, async () => (await import('../src/extractors/poa-report/index.ts')).poaReportExtractor),
  ],
  transforms: [plausibleValues],
  schedule: { cron: '0 2 * * *', timezone: 'UTC' },
};
