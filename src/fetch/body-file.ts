import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { open, rm } from 'node:fs/promises';

/**
 * A response body written straight to a file in raw/.salw-partial/ as it arrives: never held whole in
 * memory, its sha256 computed on the way, and the size cap enforced chunk by chunk (the download stops
 * at the first byte past it and the file is removed). The first bytes are kept to sniff the format.
 */

/** How much of the start of a body is kept to tell a PDF from an HTML page (the sniffers read 1-2 KiB). */
const HEAD_BYTES = 8 * 1024;

export class TooLarge extends Error {}

export interface WrittenBody {
  path: string;
  size: number;
  sha256: string;
  /** The first bytes, for format sniffing. */
  head: Uint8Array;
}

/** Streams `body` into `path` (created, never overwritten); on any failure the file is removed and the error rethrown. */
export async function writeBodyToFile(body: AsyncIterable<Uint8Array> | null, path: string, maxBytes: number): Promise<WrittenBody> {
  const handle = await open(path, 'wx');
  const hash = createHash('sha256');
  const head: Uint8Array[] = [];
  let headSize = 0;
  let size = 0;
  try {
    // Leaving the loop by a throw cancels the stream: the rest of an oversized body is never read.
    for await (const chunk of body ?? []) {
      size += chunk.byteLength;
      if (size > maxBytes) throw new TooLarge(`more than ${maxBytes} bytes (the cap); stopped reading`);
      hash.update(chunk);
      if (headSize < HEAD_BYTES) {
        head.push(chunk.subarray(0, HEAD_BYTES - headSize));
        headSize += Math.min(chunk.byteLength, HEAD_BYTES - headSize);
      }
      await handle.write(chunk);
    }
    await handle.sync();
  } catch (error) {
    await handle.close();
    await rm(path, { force: true });
    throw error;
  }
  await handle.close();
  return { path, size, sha256: hash.digest('hex'), head: Buffer.concat(head, headSize) };
}

/** The sha256 of a file, read as a stream (a kept version may be as large as the cap). */
export function sha256OfFile(path: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const hash = createHash('sha256');
    createReadStream(path)
      .on('data', (chunk) => hash.update(chunk))
      .on('error', reject)
      .on('end', () => resolve(hash.digest('hex')));
  });
}
