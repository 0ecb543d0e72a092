import type { WarehouseStatus } from '../ops/status.ts';
import { renderTextTable } from './text-table.ts';

/** `salw-etl status` as a person reads it on a terminal (the command's `--json` prints the data itself). */

function seconds(ms: number | null): string | null {
  return ms === null ? null : `${(ms / 1000).toFixed(1)} s`;
}

export function formatStatus(status: WarehouseStatus): string {
  const out: string[] = [`warehouse ${status.warehousePath}`, ''];
  out.push('last runs:');
  if (status.runs.length === 0) out.push('  none yet');
  else {
    out.push(renderTextTable(
      ['run', 'pipeline', 'trigger', 'status', 'started', 'duration', 'seen', 'loaded', 'skipped', 'quarantined', 'removed', 're-extracted', 'records'],
      status.runs.map((r) => [r.run_id, r.pipeline, r.trigger, r.status, r.started_at, seconds(r.duration_ms), r.documents_seen, r.documents_loaded,
        r.documents_skipped, r.documents_quarantined, r.documents_removed, r.documents_reextracted, r.records_loaded]),
    ).trimEnd());
    for (const r of status.runs) if (r.message) out.push(`  run ${r.run_id}: ${r.message}`);
  }
  out.push('', 'current documents (per kind and country):');
  if (status.documents.length === 0) out.push('  none');
  else out.push(renderTextTable(['kind', 'country_iso3', 'documents'], status.documents.map((d) => [d.kind, d.country_iso3, d.documents])).trimEnd());
  out.push('', `quality issues (current documents): ${status.issues.error} error, ${status.issues.warning} warning, ${status.issues.info} info`);
  if (status.quarantined.length > 0) out.push('', `quarantined documents (until their file is fixed): ${status.quarantined.length}`);
  for (const q of status.quarantined) out.push(`  ${q.path}: ${q.reason ?? 'no reason recorded'}`);
  if (status.fetches.length > 0) {
    const failing = status.fetches.filter((f) => f.consecutive_failures > 0).length;
    out.push('', `last fetch per source (${status.fetches.length} sources, ${failing} failing):`);
    out.push(renderTextTable(['source', 'checked', 'outcome', 'http', 'failures in a row', 'last new version', 'why'],
      status.fetches.map((f) => [f.source_url, f.checked_at, f.outcome, f.http_status ?? '', f.consecutive_failures, f.last_changed_at ?? '', f.failure ?? ''])).trimEnd());
  }
  for (const r of status.ingesting) {
    out.push(`ingesting: run ${r.runId}, pid ${r.pid ?? '?'} on ${r.host ?? '?'}, since ${r.startedAt}, last heartbeat ${r.heartbeatAt}, ${r.leased} document(s) being read`);
  }
  if (status.lock) out.push(`write lock: held by pid ${status.lock.pid} on ${status.lock.host} (${status.lock.command}) since ${status.lock.startedAt}, last heartbeat ${status.lock.heartbeatAt}`);
  if (status.schedulers.length === 0) out.push('scheduler: none running');
  for (const s of status.schedulers) {
    out.push(`scheduler: pid ${s.pid} on ${s.host}; next run of ${s.pipelines} due ${s.nextDueAt ?? 'unknown'} (cron "${s.cron}", ${s.timezone})`);
  }
  return out.join('\n');
}
