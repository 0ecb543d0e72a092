import { randomUUID } from 'node:crypto';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { detectFormat } from '../decoders/sniff.ts';
import { TooLarge, type WrittenBody, writeBodyToFile } from './body-file.ts';
import type { HostGate } from './politeness.ts';
import type { RobotsVerdict } from './robots.ts';

/**
 * One document's download: a conditional GET (If-None-Match / If-Modified-Since from the version already
 * kept), its redirects followed one by one so robots.txt is asked about each target before it is
 * requested, retried with exponential backoff on 429, 5xx, time-outs and network errors (Retry-After
 * honoured), and the body streamed to a file in raw/.salw-partial/ under the size cap. The body is then
 * checked against what was asked for: an HTML page served for a PDF link (a login or error page) is
 * refused and its file removed, never kept as the report.
 */

export interface DownloadLimits {
  /** Time-out of one request (each redirect hop is one), body included. */
  timeoutMs: number;
  maxBytes: number;
  retries: number;
  /** First backoff; doubled at each retry. */
  backoffMs: number;
  /** A Retry-After longer than this is not waited for: the source fails this time. */
  maxRetryAfterMs: number;
}

export const DEFAULT_DOWNLOAD_LIMITS: DownloadLimits = { timeoutMs: 30_000, maxBytes: 100 * 1024 ** 2, retries: 3, backoffMs: 2_000, maxRetryAfterMs: 10 * 60_000 };

/** Redirects followed for one request before it fails (browsers follow 20; a report is rarely more than 2 away). */
export const MAX_REDIRECTS = 5;

export interface Validators {
  etag?: string;
  last_modified?: string;
}

/** What a download needs besides the address: the shared pacing, limits, identity, robots.txt and where bodies go. */
export interface DownloadContext {
  gate: HostGate;
  limits: DownloadLimits;
  userAgent: string;
  /** robots.txt's verdict on an address; asked for every redirect target before it is requested. */
  robots: (url: string) => Promise<RobotsVerdict>;
  /** The folder bodies are streamed into (raw/.salw-partial/). */
  partialDir: string;
  /** Stops the downloads in hand and every retry (the scheduler stopping); they end failed, "stopped". */
  signal?: AbortSignal;
}

export const STOPPED = 'stopped: the fetch was told to stop';

export type DownloadResult =
  | { outcome: 'not-modified'; status: 304; finalUrl: string; attempts: number }
  | { outcome: 'body'; status: number; finalUrl: string; body: WrittenBody; contentType: string | null; etag: string | null; lastModified: string | null; attempts: number }
  | { outcome: 'disallowed'; status: number; finalUrl: string; reason: string; attempts: number }
  | { outcome: 'failed'; status: number | null; reason: string; attempts: number };

/** One attempt's result, and how long to wait before the next (null: not worth retrying). */
interface Attempt {
  result: DownloadResult;
  retryInMs: number | null;
}

type Hop = { kind: 'redirect'; status: number; location: string } | { kind: 'done'; attempt: Attempt };

/** Waits `ms`, or less when `signal` is aborted (the caller then looks at the signal). */
const sleep = (ms: number, signal?: AbortSignal): Promise<void> =>
  new Promise((done) => {
    const timer = setTimeout(finish, ms);
    function finish() {
      clearTimeout(timer);
      signal?.removeEventListener('abort', finish);
      done();
    }
    signal?.addEventListener('abort', finish, { once: true });
  });
const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);

/** Retry-After as milliseconds: delta-seconds or an HTTP date; null when absent or unreadable. */
export function retryAfterMs(header: string | null, now: number = Date.now()): number | null {
  if (header === null) return null;
  if (/^\d+$/.test(header.trim())) return Number(header.trim()) * 1000;
  const at = Date.parse(header);
  return Number.isNaN(at) ? null : Math.max(0, at - now);
}

/** Why the body is not the document asked for, or null when it may be. `head` is its first bytes. */
export function refuseBody(url: string, contentType: string | null, head: Uint8Array, size: number): string | null {
  const format = detectFormat(head);
  const wantsPdf = /\.pdf$/i.test(new URL(url).pathname) || /application\/pdf/i.test(contentType ?? '');
  if (wantsPdf && format !== 'pdf') return `a PDF was asked for but the body is ${format === 'html' ? 'an HTML page (an error or login page?)' : 'not a PDF'}; not written`;
  if (size === 0) return 'the body is empty; not written';
  return null;
}

export async function download(url: string, known: Validators, ctx: DownloadContext): Promise<DownloadResult> {
  const headers: Record<string, string> = { 'user-agent': ctx.userAgent };
  if (known.etag) headers['if-none-match'] = known.etag;
  if (known.last_modified) headers['if-modified-since'] = known.last_modified;
  const { limits } = ctx;
  let last: DownloadResult = { outcome: 'failed', status: null, reason: 'not tried', attempts: 0 };
  for (let attempt = 1; attempt <= limits.retries + 1; attempt++) {
    if (ctx.signal?.aborted) return { outcome: 'failed', status: null, reason: STOPPED, attempts: attempt - 1 };
    const { result, retryInMs } = await attemptOnce(url, headers, ctx, attempt);
    last = result;
    if (retryInMs === null || attempt > limits.retries || ctx.signal?.aborted) break;
    if (retryInMs > limits.maxRetryAfterMs) {
      if (last.outcome === 'failed') last = { ...last, reason: `${last.reason}; Retry-After of ${Math.round(retryInMs / 1000)} s is longer than the fetch waits` };
      break;
    }
    await sleep(retryInMs, ctx.signal);
  }
  if (last.outcome === 'failed' && last.attempts > 1) return { ...last, reason: `${last.reason} after ${last.attempts} attempts` };
  return last;
}

/** One attempt: the address, then each redirect target robots.txt allows, each through the host gate. */
async function attemptOnce(url: string, headers: Record<string, string>, ctx: DownloadContext, attempt: number): Promise<Attempt> {
  const fail = (status: number | null, reason: string): Attempt => ({ result: { outcome: 'failed', status, reason, attempts: attempt }, retryInMs: null });
  let current = url;
  for (let hop = 0; ; hop++) {
    const at = current;
    const step = await ctx.gate.run(new URL(at).host, () => request(url, at, headers, ctx, attempt), ctx.signal);
    if (step.kind === 'done') return step.attempt;
    if (hop >= MAX_REDIRECTS) return fail(step.status, `more than ${MAX_REDIRECTS} redirects (the last to ${step.location})`);
    let next: URL;
    try {
      next = new URL(step.location, at);
    } catch {
      return fail(step.status, `redirected to "${step.location}", which is not an address`);
    }
    if (next.protocol !== 'http:' && next.protocol !== 'https:') return fail(step.status, `redirected to ${next.href}, which is not http or https`);
    // Asked before the target is requested: a site may move a public address under a path it forbids.
    const verdict = await ctx.robots(next.href);
    if (!verdict.allowed) return { result: { outcome: 'disallowed', status: step.status, finalUrl: next.href, reason: `redirected to ${next.href}; ${verdict.reason}`, attempts: attempt }, retryInMs: null };
    current = next.href;
  }
}

/** One request to `at` (the address asked for, `asked`, or a redirect target), its body streamed to a partial file. */
async function request(asked: string, at: string, headers: Record<string, string>, ctx: DownloadContext, attempt: number): Promise<Hop> {
  const { limits } = ctx;
  const backoff = limits.backoffMs * 2 ** (attempt - 1);
  const done = (result: DownloadResult, retryInMs: number | null = null): Hop => ({ kind: 'done', attempt: { result, retryInMs } });
  const failed = (status: number | null, reason: string, retryInMs: number | null = null): Hop => done({ outcome: 'failed', status, reason, attempts: attempt }, retryInMs);
  let response: Response;
  try {
    response = await fetch(at, { headers, redirect: 'manual', signal: requestSignal(ctx) });
  } catch (cause) {
    if (ctx.signal?.aborted) return failed(null, STOPPED);
    // A time-out or a connection refused or reset: maybe passing, so retried like a 5xx.
    return failed(null, describeFailure(cause, limits), backoff);
  }
  const location = response.headers.get('location');
  if (REDIRECT_STATUSES.has(response.status) && location) {
    await response.body?.cancel();
    return { kind: 'redirect', status: response.status, location };
  }
  if (response.status === 304) return done({ outcome: 'not-modified', status: 304, finalUrl: at, attempts: attempt });
  if (response.status === 429 || response.status >= 500) {
    await response.body?.cancel();
    return failed(response.status, `HTTP ${response.status}`, retryAfterMs(response.headers.get('retry-after')) ?? backoff);
  }
  if (response.status < 200 || response.status >= 300) {
    await response.body?.cancel();
    return failed(response.status, `HTTP ${response.status}`);
  }
  const declared = Number(response.headers.get('content-length'));
  if (response.headers.has('content-length') && Number.isFinite(declared) && declared > limits.maxBytes) {
    await response.body?.cancel();
    return failed(response.status, `too large: declared ${declared} bytes, over the ${limits.maxBytes}-byte cap`);
  }
  let body: WrittenBody;
  try {
    body = await writeBodyToFile(response.body as AsyncIterable<Uint8Array> | null, join(ctx.partialDir, `${randomUUID()}.part`), limits.maxBytes);
  } catch (cause) {
    if (ctx.signal?.aborted) return failed(response.status, STOPPED);
    // Too large is the document's nature, not a passing fault: not retried.
    return failed(response.status, describeFailure(cause, limits), cause instanceof TooLarge ? null : backoff);
  }
  const contentType = response.headers.get('content-type');
  const refused = refuseBody(asked, contentType, body.head, body.size) ?? (at === asked ? null : refuseBody(at, contentType, body.head, body.size));
  if (refused) {
    await rm(body.path, { force: true });
    return failed(response.status, refused);
  }
  return done({ outcome: 'body', status: response.status, finalUrl: at, body, contentType, etag: response.headers.get('etag'), lastModified: response.headers.get('last-modified'), attempts: attempt });
}

/** The request's signal: its time-out, and the fetch's stop when there is one. */
function requestSignal(ctx: DownloadContext): AbortSignal {
  const timeout = AbortSignal.timeout(ctx.limits.timeoutMs);
  return ctx.signal ? AbortSignal.any([timeout, ctx.signal]) : timeout;
}

function describeFailure(cause: unknown, limits: DownloadLimits): string {
  if (cause instanceof TooLarge) return `too large: ${cause.message}`;
  const name = (cause as Error).name;
  if (name === 'TimeoutError' || name === 'AbortError') return `timed out (${limits.timeoutMs} ms per request)`;
  const inner = (cause as { cause?: { code?: string; message?: string } }).cause;
  return `network error: ${inner?.code ?? inner?.message ?? (cause as Error).message}`;
}
