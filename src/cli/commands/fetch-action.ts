import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { DEFAULT_DOWNLOAD_LIMITS, type DownloadLimits } from '../../fetch/download.ts';
import type { SourceResult } from '../../fetch/fetch-sources.ts';
import { checkEntry, type ManifestEntry, readManifest } from '../../fetch/manifest.ts';
import type { Politeness } from '../../fetch/politeness.ts';
import { UsageError } from '../../model/errors.ts';
import { countFetch, describeCounts, runFetchStep } from '../../ops/fetch-step.ts';
import { createLogger } from '../../ops/logging.ts';
import { stateFolder, warehouseLocation } from '../../ops/open-warehouse.ts';
import type { FetchCommandOptions } from './fetch.ts';

/** The sources of this fetch: the --url addresses, or the manifest's entries. */
async function sourcesOf(opts: FetchCommandOptions): Promise<ManifestEntry[]> {
  if (opts.url.length > 0) {
    return opts.url.map((url, i) => checkEntry({ url, kind: opts.kind, country_iso3: opts.country, language: opts.language }, `--url #${i + 1}`));
  }
  if (opts.kind || opts.country || opts.language) throw new UsageError('--kind, --country and --language describe --url addresses; the manifest says them per entry');
  return readManifest(resolve(opts.manifest ?? 'sources.yaml'), opts.manifest === undefined);
}

/** The pacing and limits of the command's options (the defaults are the README's table). */
export function fetchSettings(opts: Pick<FetchCommandOptions, 'interval' | 'perHost' | 'timeout' | 'maxBytes' | 'retries'>): { politeness: Politeness; limits: DownloadLimits } {
  return {
    politeness: { intervalMs: opts.interval, perHost: Math.max(1, opts.perHost) },
    limits: { ...DEFAULT_DOWNLOAD_LIMITS, timeoutMs: opts.timeout, maxBytes: opts.maxBytes, retries: opts.retries, backoffMs: Math.max(opts.interval, 1) * 2 },
  };
}

/**
 * Runs the fetch, records it (fetches table, a `fetch` row in runs, OpenLineage events); exit code 0 when
 * no address failed, 1 otherwise (a disallowed address is not a failure).
 */
export async function fetchCommandAction(opts: FetchCommandOptions): Promise<number> {
  const entries = await sourcesOf(opts);
  mkdirSync(opts.raw, { recursive: true });
  const logger = createLogger({ quiet: opts.quiet, verbose: opts.verbose });
  const warehousePath = warehouseLocation(opts.warehouse);
  const summary = await runFetchStep({
    rawDir: opts.raw,
    warehousePath,
    stateDir: stateFolder(warehousePath, opts.stateDir ?? process.env.SALW_STATE_DIR),
    entries,
    trigger: 'manual',
    logger,
    ...fetchSettings(opts),
    lock: { timeoutMs: opts.lockTimeout },
    lineage: { url: opts.openlineageUrl ?? process.env.SALW_OPENLINEAGE_URL ?? null },
  });
  if (summary.failure) {
    process.stderr.write(`error: ${summary.failure} (recorded as run ${summary.runId})\n`);
    return 1;
  }
  process.stdout.write(opts.json ? `${JSON.stringify(summary.results, null, 2)}\n` : `${formatResults(summary.results)}\n`);
  return summary.status === 'succeeded' ? 0 : 1;
}

export function formatResults(results: readonly SourceResult[]): string {
  if (results.length === 0) return 'fetch: no sources (the manifest has no enabled entry)';
  const written = (r: SourceResult) => r.path && (r.outcome === 'new' || r.outcome === 'changed');
  const lines = results.map((r) => `${r.outcome.padEnd(12)} ${r.url}${written(r) ? ` -> ${r.path}` : ''}${r.reason ? ` (${r.reason})` : ''}`);
  lines.push(describeCounts(countFetch(results)));
  return lines.join('\n');
}
