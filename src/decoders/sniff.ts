/**
 * Which decoder reads a file: decided from its bytes (magic numbers and markup), never from its
 * name, so a `.txt` that is really an HTML page, or a PDF saved without extension, is read right.
 * Adding a format is one decoder and one line in `DECODERS` (most specific first; text last, as the
 * fallback that accepts anything).
 */
import type { DocumentFormat } from '../model/document.ts';
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

export function decoderFor(format: DocumentFormat): Decoder {
  return DECODERS.find((d) => d.format === format) ?? textDecoder;
}
