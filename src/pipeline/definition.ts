import type { Extractor } from '../extractors/extractor.ts';
import type { DocumentKind } from '../model/kinds.ts';
import type { RecordTransform } from '../model/record-transform.ts';

export type { RecordTransform, TransformContext } from '../model/record-transform.ts';

export interface Schedule {
  /** node-cron expression (5 or 6 fields). */
  cron: string;
  /** IANA time zone the expression is read in. */
  timezone: string;
}

/**
 * A pipeline, as data: which documents it takes, the extractors that read them, the transforms applied
 * to what they extract, and when the scheduler runs it. Definitions live in pipelines/.
 */
export interface PipelineDefinition {
  name: string;
  description: string;
  kinds: readonly DocumentKind[];
  extractors: readonly Extractor[];
  transforms: readonly RecordTransform[];
  schedule: Schedule;
}

export function extractorFor(pipelines: readonly PipelineDefinition[], kind: DocumentKind): { pipeline: PipelineDefinition; extractor: Extractor } | null {
  for (const pipeline of pipelines) {
    if (!pipeline.kinds.includes(kind)) continue;
    const extractor = pipeline.extractors.find((e) => e.kinds.includes(kind));
    if (extractor) return { pipeline, extractor };
  }
  return null;
}
