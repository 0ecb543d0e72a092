import type { RunSummary } from '../pipeline/run.ts';

/** The few lines a run ends with: what happened to the documents, what is in the warehouse, what needs a look. */
export function formatSummary(summary: RunSummary, warehousePath: string): string {
  const unchanged = summary.documents.filter((d) => d.outcome === 'unchanged').length;
  const unknown = summary.documents.filter((d) => d.outcome === 'skipped').length;
  const lines = [
    `run ${summary.runId} ${summary.status} in ${(summary.durationMs / 1000).toFixed(1)} s -> ${warehousePath}`,
    `documents: ${summary.documentsSeen} seen, ${summary.documentsLoaded} loaded${summary.documentsReextracted ? ` (${summary.documentsReextracted} re-extracted)` : ''}, ` +
      `${unchanged} skipped (unchanged), ${unknown} skipped (unknown kind), ${summary.documentsQuarantined} quarantined, ${summary.documentsRemoved} removed`,
    `rows (current data): ${Object.entries(summary.rowsPerTable).map(([table, n]) => `${table} ${n}`).join(', ')}`,
    `quality issues (this run): ${summary.issuesBySeverity.error} error, ${summary.issuesBySeverity.warning} warning, ${summary.issuesBySeverity.info} info`,
  ];
  for (const doc of summary.documents) {
    if (doc.outcome === 'quarantined' || doc.outcome === 'skipped') lines.push(`  ${doc.outcome}: ${doc.reason}`);
  }
  return lines.join('\n');
}
