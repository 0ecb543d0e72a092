import type { DocumentKind } from './kinds.ts';
import type { Extraction } from './records.ts';

/** Context a record transform may use: what the pipeline decided about the document. */
export interface TransformContext {
  kind: DocumentKind;
  countryIso3: string | null;
  sourcePath: string;
  /** The year the run happens in, for plausibility checks (passed in so transforms stay pure). */
  currentYear: number;
}

/**
 * A pure step applied to every extraction of a pipeline, after the extractor: checks and normalisations.
 * Declared in the model so the transforms that implement it need not import the pipeline above them.
 */
export interface RecordTransform {
  name: string;
  apply(extraction: Extraction, ctx: TransformContext): Extraction;
}
