import type { DocumentFormat, DocumentModel } from '../model/document.ts';

export interface DecodeContext {
  /** Path relative to the raw folder, for error messages. */
  sourcePath: string;
  /** Most pages a paged format may have; past it the decoder throws LimitExceededError before reading text. */
  maxPages?: number;
}

/** A decoder turns the bytes of one format into the document model. */
export interface Decoder {
  format: DocumentFormat;
  /** True when the bytes are in this decoder's format (magic numbers and markup, never the file name). */
  sniff(bytes: Uint8Array): boolean;
  /** Throws `DecodeError` when the bytes cannot be read (the pipeline quarantines the document). */
  decode(bytes: Uint8Array, ctx: DecodeContext): Promise<DocumentModel>;
}
