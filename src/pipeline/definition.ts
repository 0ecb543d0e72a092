import type { Extractor } from '../extractors/extractor.ts';
import type { DocumentKind } from '../model/kinds.ts';
import type { Extraction } from '../model/records.ts';

/** Context a record transform may use: what the pipeline decided about the document. */
export interface TransformContext {
  kind: DocumentKind;
  countryIso3: string | null;
  sourcePath: string;
  /** The year the run happens in, for plausibility checks (passed in so transforms stay pure). */
  currentYear: number;
}

/** A pure step applied to every extraction of a pipeline, after the extractor: checks and normalisations. */
export interface RecordTransform {
  name: string;
  apply(extraction: Extraction, ctx: TransformContext): Extraction;
}

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
