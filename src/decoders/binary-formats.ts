/**
 * Files of a binary format no decoder reads (archives, compressed files, Office documents, images),
 * told by the magic number they start with. Read as text they would be noise whose reason says
 * "unknown kind; add a sidecar" (and, with a sidecar naming a kind, load as an empty document); told
 * by name, the reason says what to put in the raw folder instead.
 */
import { DecodeError } from '../model/errors.ts';

interface BinaryFormat {
  /** The bytes the format starts with. */
  magic: readonly number[];
  /** What the file is and what to do with it, for a person. */
  reason: string;
}

const ascii = (s: string): number[] => [...s].map((ch) => ch.charCodeAt(0));
const UNPACK = 'compressed files and archives are not unpacked; put the document itself (PDF, HTML or text) in the raw folder';
const NOT_READ = 'save it as PDF or text and put that in the raw folder';
const NO_OCR = 'images are not read (no OCR); OCR it and add the text version';

const BINARY_FORMATS: readonly BinaryFormat[] = [
  { magic: [0x1f, 0x8b], reason: `a gzip-compressed file: ${UNPACK}` },
  { magic: [0x50, 0x4b, 0x03, 0x04], reason: `a ZIP archive (or a .docx, .xlsx or .odt document, which are ZIP files): ${UNPACK}; save Office documents as PDF or text` },
  { magic: [0x50, 0x4b, 0x05, 0x06], reason: `an empty ZIP archive: ${UNPACK}` },
  { magic: [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c], reason: `a 7-Zip archive: ${UNPACK}` },
  { magic: ascii('Rar!\x1a\x07'), reason: `a RAR archive: ${UNPACK}` },
  { magic: [0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00], reason: `an xz-compressed file: ${UNPACK}` },
  // bzip2 at its default block size (`BZh9`) and the block magic after it: a text starting `BZh` is not one.
  { magic: ascii('BZh91AY&SY'), reason: `a bzip2-compressed file: ${UNPACK}` },
  { magic: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], reason: `a legacy Microsoft Office document (.doc, .xls or .ppt): not read; ${NOT_READ}` },
  { magic: ascii('{\\rtf'), reason: `an RTF document: its markup is not read; ${NOT_READ}` },
  { magic: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], reason: `a PNG image: ${NO_OCR}` },
  { magic: [0xff, 0xd8, 0xff], reason: `a JPEG image: ${NO_OCR}` },
  { magic: ascii('GIF8'), reason: `a GIF image: ${NO_OCR}` },
  { magic: ascii('II*\x00'), reason: `a TIFF image: ${NO_OCR}` },
  { magic: ascii('MM\x00*'), reason: `a TIFF image: ${NO_OCR}` },
];

/**
 * What binary format the bytes are in, as a reason, or null when they start like none of them.
 * @example binaryFormatReason(new Uint8Array([0x1f, 0x8b, 8])) // 'a gzip-compressed file: ...'
 */
export function binaryFormatReason(bytes: Uint8Array): string | null {
  const format = BINARY_FORMATS.find((f) => f.magic.length <= bytes.length && f.magic.every((b, i) => bytes[i] === b));
  return format?.reason ?? null;
}

/** Throws the DecodeError that quarantines a file of a binary format with its reason (text and HTML decoders call it first). */
export function refuseBinaryFormat(bytes: Uint8Array, sourcePath: string): void {
  const reason = binaryFormatReason(bytes);
  if (reason !== null) throw new DecodeError(reason, { documentPath: sourcePath });
}
