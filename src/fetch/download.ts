import { detectFormat } from '../decoders/sniff.ts';
import type { HostGate } from './politeness.ts';

/**
 * One document's download: a conditional GET (If-None-Match / If-Modified-Since from the version already
 * kept), retried with exponential backoff on 429 and 5xx (Retry-After honoured), cut off after a time-out
 * and past a size cap, and the body checked against what was asked for: an HTML page served for a PDF
 * link (a login or error page) is refused, never written as the report.
 */

export interface DownloadLimits {
  timeoutMs: number;
  maxBytes: number;
  retries: number;
  /** First backoff; doubled at each retry. */
  backoffMs: number;
  /** A Retry-After longer than this is not waited for: the source fails this time. */
  maxRetryAfterMs: number;
}

export const DEFAULT_DOWNLOAD_LIMITS: DownloadLimits = { timeoutMs: 30_000, maxBytes: 100 * 1024 ** 2, retries: 3, backoffMs: 2_000, maxRetryAfterMs: 10 * 60_000 };

export interface Validators {
  etag?: string;
  last_modified?: string;
}

export type DownloadResult =
  | { outcome: 'not-modified'; status: 304; attempts: number }
  | { outcome: 'body'; status: number; finalUrl: string; bytes: Uint8Array; contentType: string | null; etag: string | null; lastModified: string | null; attempts: number }
  | { outcome: 'failed'; status: number | null; reason: string; attempts: number };

const sleep = (ms: number): Promise<void> => new Promise((done) => setTimeout(done, ms));

/** Retry-After as milliseconds: delta-seconds or an HTTP date; null when absent or unreadable. */
export function retryAfterMs(header: string | null, now: number = Date.now()): number | null {
  if (header === null) return null;
  if (/^\d+$/.test(header.trim())) return Number(header.trim()) * 1000;
  const at = Date.parse(header);
  return Number.isNaN(at) ? null : Math.max(0, at - now);
}

class TooLarge extends Error {}

async function readCapped(response: Response, maxBytes: number): Promise<Uint8Array> {
  const declared = Number(response.headers.get('content-length'));
  if (Number.isFinite(declared) && declared > maxBytes) {
    await response.body?.cancel();
    throw new TooLarge(`declared ${declared} bytes, over the ${maxBytes}-byte cap`);
  }
  const chunks: Uint8Array[] = [];
  let total = 0;
  if (response.body) {
    for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) {
      total += chunk.byteLength;
      if (total > maxBytes) throw new TooLarge(`more than ${maxBytes} bytes (the cap); stopped reading`);
      chunks.push(chunk);
    }
  }
  return Buffer.concat(chunks, total);
}

/** Why the body is not the document asked for, or null when it may be. */
export function refuseBody(url: string, contentType: string | null, bytes: Uint8Array): string | null {
  const format = detectFormat(bytes);
  const wantsPdf = /\.pdf$/i.test(new URL(url).pathname) || /application\/pdf/i.test(contentType ?? '');
  if (wantsPdf && format !== 'pdf') return `a PDF was asked for but the body is ${format === 'html' ? 'an HTML page (an error or login page?)' : 'not a PDF'}; not written`;
  if (bytes.byteLength === 0) return 'the body is empty; not written';
  return null;
}

export async function download(url: string, known: Validators, gate: HostGate, limits: DownloadLimits, userAgent: string): Promise<DownloadResult> {
  const host = new URL(url).host;
  const headers: Record<string, string> = { 'user-agent': userAgent };
  if (known.etag) headers['if-none-match'] = known.etag;
  if (known.last_modified) headers['if-modified-since'] = known.last_modified;
  let last: DownloadResult = { outcome: 'failed', status: null, reason: 'not tried', attempts: 0 };
  for (let attempt = 1; attempt <= limits.retries + 1; attempt++) {
    let wait: number | null = null;
    last = await gate.run(host, async (): Promise<DownloadResult> => {
      const signal = AbortSignal.timeout(limits.timeoutMs);
      let response: Response;
      try {
        response = await fetch(url, { headers, redirect: 'follow', signal });
      } catch (cause) {
        return { outcome: 'failed', status: null, reason: describeFailure(cause, limits), attempts: attempt };
      }
      if (response.status === 304) return { outcome: 'not-modified', status: 304, attempts: attempt };
      if (response.status === 429 || response.status >= 500) {
        await response.body?.cancel();
        wait = retryAfterMs(response.headers.get('retry-after')) ?? limits.backoffMs * 2 ** (attempt - 1);
        return { outcome: 'failed', status: response.status, reason: `HTTP ${response.status}`, attempts: attempt };
      }
      if (response.status < 200 || response.status >= 300) {
        await response.body?.cancel();
        return { outcome: 'failed', status: response.status, reason: `HTTP ${response.status}`, attempts: attempt };
      }
      let bytes: Uint8Array;
      try {
        bytes = await readCapped(response, limits.maxBytes);
      } catch (cause) {
        return { outcome: 'failed', status: response.status, reason: describeFailure(cause, limits), attempts: attempt };
      }
      const contentType = response.headers.get('content-type');
      const refused = refuseBody(url, contentType, bytes);
      if (refused) return { outcome: 'failed', status: response.status, reason: refused, attempts: attempt };
      return { outcome: 'body', status: response.status, finalUrl: response.url || url, bytes, contentType, etag: response.headers.get('etag'), lastModified: response.headers.get('last-modified'), attempts: attempt };
    });
    if (wait === null || attempt > limits.retries) break;
    if (wait > limits.maxRetryAfterMs) {
      if (last.outcome === 'failed') last = { ...last, reason: `${last.reason}; Retry-After of ${Math.round(wait / 1000)} s is longer than the fetch waits` };
      break;
    }
    await sleep(wait);
  }
  if (last.outcome === 'failed' && last.attempts > 1) return { ...last, reason: `${last.reason} after ${last.attempts} attempts` };
  return last;
}

function describeFailure(cause: unknown, limits: DownloadLimits): string {
  if (cause instanceof TooLarge) return `too large: ${cause.message}`;
  const name = (cause as Error).name;
  if (name === 'TimeoutError' || name === 'AbortError') return `timed out after ${limits.timeoutMs} ms`;
  const inner = (cause as { cause?: { code?: string; message?: string } }).cause;
  return `network error: ${inner?.code ?? inner?.message ?? (cause as Error).message}`;
}
