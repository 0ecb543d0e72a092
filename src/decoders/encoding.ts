/**
 * Bytes -> text for text and HTML inputs. Text is normalised to NFC with LF line ends so that
 * line numbers and matching do not depend on how a file was saved.
 */

export interface DecodedText {
  text: string;
  encoding: string;
}

export function normaliseText(text: string): string {
  return text.replace(/\r\n?/g, '\n').normalize('NFC');
}

export function decodeTextBytes(bytes: Uint8Array): DecodedText {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: normaliseText(new TextDecoder('utf-8').decode(bytes.subarray(3))), encoding: 'utf-8' };
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { text: normaliseText(new TextDecoder('utf-16le').decode(bytes.subarray(2))), encoding: 'utf-16le' };
  }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { text: normaliseText(new TextDecoder('utf-16be').decode(bytes.subarray(2))), encoding: 'utf-16be' };
  }
  return { text: normaliseText(new TextDecoder('utf-8').decode(bytes)), encoding: 'utf-8' };
}
