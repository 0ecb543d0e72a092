import type { DocumentModel } from '../model/document.ts';
import type { DocumentKind } from '../model/kinds.ts';
import type { Extraction } from '../model/records.ts';

/** What the pipeline knows about a document before extraction (from classification and the sidecar). */
export interface ExtractContext {
  kind: DocumentKind;
  countryIso3: string | null;
  reportYear: number | null;
  language: string | null;
  /** Path relative to the raw folder, for messages. */
  sourcePath: string;
}

/**
 * An extractor turns one kind of document into records. It is pure: no I/O, no clock, no network,
 * so the same document and code give the same records. It never throws on odd content: what it
 * cannot read becomes a quality issue. (It may throw `ExtractionError` when the document as a whole
 * cannot be read; the pipeline then quarantines it.)
 */
export interface Extractor {
  /** e.g. `amap-profile` */
  name: string;
  /** Bump when the extractor's output changes: documents loaded by an older version are re-extracted. */
  version: number;
  kinds: readonly DocumentKind[];
  extract(doc: DocumentModel, ctx: ExtractContext): Extraction;
}

export function extractorId(extractor: Pick<Extractor, 'name' | 'version'>): string {
  return `${extractor.name}@${extractor.version}`;
}
