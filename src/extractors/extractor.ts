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
  /**
   * e.g. `amap-profile`. Its version is a digest of the source files it runs and of the lexicon sections
   * they read, both derived from its code (src/pipeline/code-digest.ts): nothing is declared by hand.
   */
  name: string;
  /**
   * Only for stand-ins defined outside src/extractors (a test's stub extractor): the version as given.
   * A real extractor leaves it out; its version is derived from its code (a test checks none sets it).
   */
  fixedVersion?: string;
  kinds: readonly DocumentKind[];
  extract(doc: DocumentModel, ctx: ExtractContext): Extraction;
}
