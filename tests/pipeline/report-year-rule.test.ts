import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { PIPELINES } from '../../pipelines/index.ts';
import { runPipelines } from '../../src/pipeline/run.ts';
import { makeWorkspace } from '../helpers/tmp.ts';

/**
 * documents.report_year and the report's own rows (sections.source_report_year, count_statements.reported_in)
 * follow one rule (src/model/report-year.ts): the sidecar's year overrides the document's, and a document
 * year that disagrees with it is a warning naming both.
 */
const REPORT = [
  'NATIONAL REPORT OF THE REPUBLIC OF GHANA',
  'Source: National Report on the implementation of the PoA, 2010',
  'Date of submission: 6 May 2011',
  '1. Collection and destruction',
  'In 2009, the Ghana Police Service destroyed 640 firearms.',
  '',
].join('\n');

interface Years {
  document: { report_year: number | null; report_year_basis: string | null };
  sections: (number | null)[];
  statements: (number | null)[];
  issues: string[];
}

async function loadWith(meta: Record<string, unknown>): Promise<Years> {
  const ws = makeWorkspace('report-year');
  try {
    writeFileSync(join(ws.raw, 'ghana.txt'), REPORT);
    writeFileSync(join(ws.raw, 'ghana.txt.meta.json'), JSON.stringify({ kind: 'poa_report', ...meta }));
    const result = await runPipelines({ rawDir: ws.raw, warehousePath: ws.warehouse, pipelines: PIPELINES, allPipelines: PIPELINES, fullRefresh: false });
    expect(result.status).toBe('succeeded');
    const db = new Database(ws.warehouse, { readonly: true });
    try {
      return {
        document: db.prepare('SELECT report_year, report_year_basis FROM documents').get() as Years['document'],
        sections: (db.prepare('SELECT source_report_year AS y FROM sections ORDER BY line_start').all() as { y: number | null }[]).map((r) => r.y),
        statements: (db.prepare('SELECT reported_in AS y FROM count_statements ORDER BY line_start').all() as { y: number | null }[]).map((r) => r.y),
        issues: (db.prepare("SELECT rule FROM quality_issues WHERE rule LIKE 'report-year%' ORDER BY issue_id").all() as { rule: string }[]).map((r) => r.rule),
      };
    } finally {
      db.close();
    }
  } finally {
    ws.cleanup();
  }
}

describe('one rule for a report year, in the documents table and in the report rows', () => {

  it('without a sidecar year: the year the Source line names the report by (2010), not its submission date (2011), everywhere', async () => {
    expect(await loadWith({})).toEqual({ document: { report_year: 2010, report_year_basis: 'source_line' }, sections: [2010], statements: [2010], issues: [] });
  });

  it('with a sidecar year that disagrees: the sidecar everywhere, and a warning', async () => {
    expect(await loadWith({ report_year: 2012 })).toEqual({ document: { report_year: 2012, report_year_basis: 'sidecar' }, sections: [2012], statements: [2012], issues: ['report-year-disagrees'] });
  });

  it('with a sidecar year that agrees: the sidecar, and no warning', async () => {
    expect(await loadWith({ report_year: 2010 })).toEqual({ document: { report_year: 2010, report_year_basis: 'sidecar' }, sections: [2010], statements: [2010], issues: [] });
  });
});
