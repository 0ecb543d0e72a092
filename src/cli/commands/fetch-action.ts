import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { DEFAULT_DOWNLOAD_LIMITS } from '../../fetch/download.ts';
import { fetchSources, type SourceResult } from '../../fetch/fetch-sources.ts';
import { checkEntry, type ManifestEntry, readManifest } from '../../fetch/manifest.ts';
import { recordFetches } from '../../fetch/state.ts';
import { UsageError } from '../../model/errors.ts';
import { openWarehouse } from '../../warehouse/db.ts';
import type { FetchCommandOptions } from './fetch.ts';

/** The sources of this fetch: the --url addresses, or the manifest's entries. */
async function sourcesOf(opts: FetchCommandOptions): Promise<ManifestEntry[]> {
  if (opts.url.length > 0) {
    return opts.url.map((url, i) => checkEntry({ url, kind: opts.kind, country_iso3: opts.country, language: opts.language }, `--url #${i + 1}`));
  }
  if (opts.kind || opts.country || opts.language) throw new UsageError('--kind, --country and --language describe --url addresses; the manifest says them per entry');
  return readManifest(resolve(opts.manifest ?? 'sources.yaml'), opts.manifest === undefined);
}

/** Runs the fetch; exit code 0 when no source failed, 1 otherwise (a disallowed source is not a failure). */
export async function fetchCommandAction(opts: FetchCommandOptions): Promise<number> {
  const entries = await sourcesOf(opts);
  mkdirSync(opts.raw, { recursive: true });
  const results = await fetchSources(entries, {
    raw: opts.raw,
    politeness: { intervalMs: opts.interval, perHost: Math.max(1, opts.perHost) },
    limits: { ...DEFAULT_DOWNLOAD_LIMITS, timeoutMs: opts.timeout, maxBytes: opts.maxBytes, retries: opts.retries, backoffMs: Math.max(opts.interval, 1) * 2 },
  });
  const warehouse = await openWarehouse(opts.warehouse);
  try {
    recordFetches(warehouse.sqlite, results);
  } finally {
    await warehouse.close();
  }
  process.stdout.write(opts.json ? `${JSON.stringify(results, null, 2)}\n` : `${formatResults(results)}\n`);
  return results.some((r) => r.outcome === 'failed') ? 1 : 0;
}

export function formatResults(results: readonly SourceResult[]): string {
  if (results.length === 0) return 'fetch: no sources (the manifest has no enabled entry)';
  const lines = results.map((r) => `${r.outcome.padEnd(12)} ${r.url}${r.path && (r.outcome === 'new' || r.outcome === 'changed') ? ` -> ${r.path}` : ''}${r.reason ? ` (${r.reason})` : ''}`);
  const count = (o: string): number => results.filter((r) => r.outcome === o).length;
  lines.push(`fetch: ${count('new')} new, ${count('changed')} changed, ${count('unchanged') + count('not-modified')} unchanged, ${count('disallowed')} disallowed by robots.txt, ${count('failed')} failed`);
  return lines.join('\n');
}
