import type { DocumentFormat } from '../model/document.ts';
import type { Decoder } from './decoder.ts';
import { textDecoder } from './text.ts';

// NOTE: provisional registry (text only) until the HTML and PDF decoders land.
export function detectFormat(_bytes: Uint8Array): DocumentFormat {
  return 'text';
}

export function decoderFor(_format: DocumentFormat): Decoder {
  return textDecoder;
}
