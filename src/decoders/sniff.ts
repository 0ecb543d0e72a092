/**
 * Which decoder reads a file: decided from its bytes (magic numbers and markup), never from its
 * name, so a `.txt` that is really an HTML page, or a PDF saved without extension, is read right.
 * Adding a format is one decoder and one line in `DECODERS` (most specific first; text last, as the
 * fallback that accepts anything).
 */
import type { DocumentFormat } from '../model/document.ts';
import { binaryFormatReason } from './binary-formats.ts';
import type { Decoder } from './decoder.ts';
import { htmlDecoder } from './html.ts';
import { pdfDecoder } from './pdf.ts';
import { textDecoder } from './text.ts';

const DECODERS: readonly Decoder[] = [pdfDecoder, htmlDecoder, textDecoder];

/**
 * @example detectFormat(new TextEncoder().encode('<!doctype html><p>x')) // 'html'
 */
export function detectFormat(bytes: Uint8Array): DocumentFormat {
  for (const decoder of DECODERS) if (decoder.sniff(bytes)) return decoder.format;
  return 'text';
}

/**
 * The format the bytes are recognised as, for the warehouse to record even when they cannot be read (a PDF
 * without a text layer is still a PDF); null for bytes of a binary format no decoder reads (an archive, an
 * image), which text, the fallback, would only seem to accept.
 * @example recognisedFormat(new TextEncoder().encode('%PDF-1.7')) // 'pdf'
 * @example recognisedFormat(new Uint8Array([0x1f, 0x8b, 8])) // null (gzip)
 */
export function recognisedFormat(bytes: Uint8Array): DocumentFormat | null {
  return binaryFormatReason(bytes) === null ? detectFormat(bytes) : null;
}

export function decoderFor(format: DocumentFormat): Decoder {
  return DECODERS.find((d) => d.format === format) ?? textDecoder;
}
