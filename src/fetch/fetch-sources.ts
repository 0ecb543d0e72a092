import { readFile, rm } from 'node:fs/promises';
import { DEFAULT_DOWNLOAD_LIMITS, type DownloadContext, type DownloadLimits, download, STOPPED } from './download.ts';
import { documentsOfListing, UnreadableListing } from './listing.ts';
import { isListing, type ListingEntry, type ManifestEntry, type SourceEntry } from './manifest.ts';
import { DEFAULT_POLITENESS, HostGate, type Politeness } from './politeness.ts';
import { RobotsCache, type RobotsVerdict } from './robots.ts';
import { claimPartials, releasePartials } from './partials.ts';
import { type FetchedSidecar, newestVersion, storeVersion } from './store.ts';

/**
 * `salw-etl fetch`: each listing read for its document addresses, then each document checked against
 * robots.txt, downloaded conditionally, and kept in raw/ only when its bytes are new. The one part of
 * salw-etl that opens connections; `run` never does.
 */

export const USER_AGENT = 'salw-etl/0.1 (nightly fetch of public small-arms reports; 1 request a second per site; obeys robots.txt)';
/** The product token robots.txt groups are matched against. */
export const ROBOTS_AGENT = 'salw-etl';

export interface FetchOptions {
  raw: string;
  politeness?: Politeness;
  limits?: DownloadLimits;
  userAgent?: string;
  /** Stops the fetch (the scheduler stopping): downloads in hand and those not started end failed with STOPPED. */
  signal?: AbortSignal;
  now?: () => Date;
}

/**
 * What happened to one source. new/changed wrote a file; the others wrote nothing. `listed`: a listing
 * was read (its documents have results of their own).
 */
export type FetchOutcome = 'new' | 'changed' | 'unchanged' | 'not-modified' | 'disallowed' | 'failed' | 'listed';

export interface SourceResult {
  url: string;
  outcome: FetchOutcome;
  status: number | null;
  /** The file written (new, changed) or the current version kept (unchanged, not-modified). */
  path: string | null;
  reason: string | null;
  etag: string | null;
  lastModified: string | null;
  checkedAt: string;
  /** The listing this document's address came from, when it came from one. */
  via?: string;
  /** For a listing: how many document addresses it gave. */
  listed?: number;
  /** For a file written (new, changed): its sha256, computed while it was streamed. */
  sha256?: string;
}

export async function fetchSources(entries: readonly ManifestEntry[], options: FetchOptions): Promise<SourceResult[]> {
  const partialDir = await claimPartials(options.raw);
  const gate = new HostGate(options.politeness ?? DEFAULT_POLITENESS);
  const limits = options.limits ?? DEFAULT_DOWNLOAD_LIMITS;
  const userAgent = options.userAgent ?? USER_AGENT;
  const now = options.now ?? (() => new Date());
  // robots.txt requests are paced, timed out and stopped like the others.
  const robotsSignal = () => (options.signal ? AbortSignal.any([AbortSignal.timeout(limits.timeoutMs), options.signal]) : AbortSignal.timeout(limits.timeoutMs));
  const robots = new RobotsCache(
    (url) => gate.run(new URL(url).host, () => fetch(url, { headers: { 'user-agent': userAgent }, signal: robotsSignal() }), options.signal),
    ROBOTS_AGENT,
  );
  const ctx: DownloadContext = { gate, limits, userAgent, robots: (url) => askRobots(robots, gate, url), partialDir, ...(options.signal ? { signal: options.signal } : {}) };
  try {
    // Listings first: their documents join the manifest's own, each address once (the first mention wins).
    const listed = await Promise.all(entries.map((entry) => (isListing(entry) ? readListing(entry, ctx, now) : null)));
    const seen = new Set<string>();
    const plan: ({ listing: SourceResult } | { document: SourceEntry; via?: string })[] = [];
    for (const [i, entry] of entries.entries()) {
      const fromListing = listed[i];
      const documents = fromListing ? fromListing.documents : [entry as SourceEntry];
      if (fromListing) plan.push({ listing: fromListing.result });
      for (const document of documents) {
        if (seen.has(document.url)) continue;
        seen.add(document.url);
        plan.push({ document, ...(fromListing ? { via: fromListing.result.url } : {}) });
      }
    }
    // Every document at once: the host gate alone decides how many reach one site.
    return await Promise.all(plan.map(async (step) => {
      if ('listing' in step) return step.listing;
      const result = await fetchOne(step.document, options.raw, ctx, now);
      return step.via ? { ...result, via: step.via } : result;
    }));
  } finally {
    // Bodies refused, unchanged or cut off were removed one by one; the folder itself goes too.
    await releasePartials(options.raw);
  }
}

/** robots.txt's verdict on `url`; a Crawl-delay it states slows the requests to that host from now on. */
async function askRobots(robots: RobotsCache, gate: HostGate, url: string): Promise<RobotsVerdict> {
  const verdict = await robots.check(url);
  if (verdict.allowed && verdict.crawlDelayMs !== undefined) gate.slowDown(new URL(url).host, verdict.crawlDelayMs);
  return verdict;
}

/** Reads one listing (politely, like any request) for its document addresses; a listing that fails lists none. */
async function readListing(entry: ListingEntry, ctx: DownloadContext, now: () => Date): Promise<{ result: SourceResult; documents: SourceEntry[] }> {
  const url = entry.listing.url;
  const base = { url, path: null, etag: null, lastModified: null };
  const verdict = await ctx.robots(url);
  if (ctx.signal?.aborted) return { result: { ...base, outcome: 'failed', status: null, reason: STOPPED, checkedAt: now().toISOString(), listed: 0 }, documents: [] };
  if (!verdict.allowed) return { result: { ...base, outcome: 'disallowed', status: null, reason: verdict.reason, checkedAt: now().toISOString(), listed: 0 }, documents: [] };
  const got = await download(url, {}, ctx);
  const checkedAt = now().toISOString();
  if (got.outcome === 'failed' || got.outcome === 'disallowed') return { result: { ...base, outcome: got.outcome, status: got.status, reason: got.reason, checkedAt, listed: 0 }, documents: [] };
  if (got.outcome === 'not-modified') return { result: { ...base, outcome: 'failed', status: 304, reason: 'the listing answered 304 to a request that was not conditional', checkedAt, listed: 0 }, documents: [] };
  let text: string;
  try {
    text = await readFile(got.body.path, 'utf8');
  } finally {
    await rm(got.body.path, { force: true });
  }
  try {
    const { documents, notes } = documentsOfListing(entry, text, got.finalUrl);
    const reason = [`${documents.length} document address${documents.length === 1 ? '' : 'es'} listed`, ...notes].join('; ');
    return { result: { ...base, outcome: 'listed', status: got.status, reason, checkedAt, listed: documents.length }, documents };
  } catch (error) {
    if (!(error instanceof UnreadableListing)) throw error;
    return { result: { ...base, outcome: 'failed', status: got.status, reason: error.message, checkedAt, listed: 0 }, documents: [] };
  }
}

async function fetchOne(entry: SourceEntry, raw: string, ctx: DownloadContext, now: () => Date): Promise<SourceResult> {
  const kept = await newestVersion(raw, entry.url);
  const base = { url: entry.url, etag: kept?.sidecar.etag ?? null, lastModified: kept?.sidecar.last_modified ?? null, path: kept?.path ?? null };
  const verdict = await ctx.robots(entry.url);
  // Stopped while waiting for robots.txt: a verdict then says nothing of the site.
  if (ctx.signal?.aborted) return { ...base, outcome: 'failed', status: null, reason: STOPPED, checkedAt: now().toISOString() };
  if (!verdict.allowed) return { ...base, outcome: 'disallowed', status: null, reason: verdict.reason, checkedAt: now().toISOString() };
  const validators = { ...(kept?.sidecar.etag ? { etag: kept.sidecar.etag } : {}), ...(kept?.sidecar.last_modified ? { last_modified: kept.sidecar.last_modified } : {}) };
  const result = await download(entry.url, validators, ctx);
  const checkedAt = now().toISOString();
  if (result.outcome === 'not-modified') return { ...base, outcome: 'not-modified', status: 304, reason: null, checkedAt };
  if (result.outcome === 'failed' || result.outcome === 'disallowed') return { ...base, outcome: result.outcome, status: result.status, reason: result.reason, checkedAt };
  if (kept && kept.sha256 === result.body.sha256) {
    await rm(result.body.path, { force: true });
    return { ...base, outcome: 'unchanged', status: result.status, reason: null, checkedAt };
  }
  const sidecar: FetchedSidecar = {
    source_url: entry.url,
    retrieved_at: checkedAt,
    ...(entry.kind ? { kind: entry.kind } : {}),
    ...(entry.country_iso3 ? { country_iso3: entry.country_iso3 } : {}),
    ...(entry.report_year ? { report_year: entry.report_year } : {}),
    ...(entry.language ? { language: entry.language } : {}),
    content_type: result.contentType,
    etag: result.etag,
    last_modified: result.lastModified,
  };
  const path = await storeVersion(raw, entry, result.body, sidecar);
  const reason = result.finalUrl !== entry.url ? `redirected to ${result.finalUrl}` : null;
  return { url: entry.url, outcome: kept ? 'changed' : 'new', status: result.status, path, reason, etag: result.etag, lastModified: result.lastModified, checkedAt, sha256: result.body.sha256 };
}
