import type { RunSummary } from '../pipeline/run.ts';

/** The few lines a run ends with: what happened to the documents, what is in the warehouse, what needs a look. */
export function formatSummary(summary: RunSummary, warehousePath: string): string {
  const count = (outcome: string) => summary.documents.filter((d) => d.outcome === outcome).length;
  const unchanged = count('unchanged');
  const unknown = count('skipped');
  const otherPipeline = count('other_pipeline');
  const lines = [
    `run ${summary.runId} ${summary.status} in ${(summary.durationMs / 1000).toFixed(1)} s -> ${warehousePath}`,
    // The parts add up to "seen": documents of pipelines not in this run are counted too.
    `documents: ${summary.documentsSeen} seen, ${summary.documentsLoaded} loaded${summary.documentsReextracted ? ` (${summary.documentsReextracted} re-extracted)` : ''}, ` +
      `${unchanged} skipped (unchanged), ${unknown} skipped (unknown kind), ${otherPipeline > 0 ? `${otherPipeline} left to other pipelines, ` : ''}` +
      `${summary.documentsQuarantined} quarantined, ${summary.documentsRemoved} removed`,
    `rows (current data): ${Object.entries(summary.rowsPerTable).map(([table, n]) => `${table} ${n}`).join(', ')}`,
    `quality issues (this run): ${summary.issuesBySeverity.error} error, ${summary.issuesBySeverity.warning} warning, ${summary.issuesBySeverity.info} info`,
  ];
  if (summary.entries.length > 0) lines.push(`other entries of the raw folder: ${summary.entries.length} (not documents; see run_entries)`);
  for (const entry of summary.entries) lines.push(`  ${entry.outcome} ${entry.path}: ${entry.reason}`);
  for (const doc of summary.documents) {
    if (doc.outcome === 'quarantined' || doc.outcome === 'skipped') lines.push(`  ${doc.outcome} ${doc.path}: ${withoutPath(doc.reason ?? '', doc.path)}`);
  }
  const earlier = summary.stillQuarantined.filter((q) => !summary.documents.some((d) => d.path === q.path && d.outcome === 'quarantined'));
  if (earlier.length > 0) lines.push(`still quarantined from earlier runs (until their file is fixed): ${earlier.length}`);
  for (const q of earlier) lines.push(`  quarantined ${q.path}: ${withoutPath(q.reason, q.path)}`);
  if (summary.status === 'removal_refused') lines.push(`REMOVAL REFUSED: ${summary.message ?? ''}`);
  else if (summary.message && summary.status !== 'failed') lines.push(`note: ${summary.message}`);
  return lines.join('\n');
}

/** Reasons often start with the path already printed before them. */
function withoutPath(reason: string, path: string): string {
  for (const prefix of [`${path}: `, `could not read ${path}: `]) if (reason.startsWith(prefix)) return reason.slice(prefix.length);
  return reason;
}
