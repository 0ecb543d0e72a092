import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { PIPELINES } from '../../pipelines/index.ts';
import { DEFAULT_LIMITS } from '../../src/pipeline/limits.ts';
import { type DocumentReading, readDocument } from '../../src/pipeline/read-document.ts';
import { makeWorkspace, writeFile } from '../helpers/tmp.ts';

/**
 * A page saved only in part ends inside a row of its table: that row is reported once, by the truncation
 * warning that names it, and none of its numbers is loaded (a cut `1` may be `12`). A row malformed in a whole
 * page is still a malformed row.
 */

const ws = makeWorkspace('cut-row');
afterAll(() => ws.cleanup());

async function read(name: string, body: string): Promise<Extract<DocumentReading, { stage: 'extracted' }>> {
  const absPath = join(ws.dir, name);
  writeFile(absPath, body);
  const sha256 = createHash('sha256').update(body).digest('hex');
  const file = { path: name, absPath, sha256, sizeBytes: Buffer.byteLength(body), mtime: '2026-01-01T00:00:00.000Z', meta: { kind: 'amap_profile' as const, country_iso3: 'GHA' }, metaProblem: null };
  const reading = await readDocument({ file, selectedPipelines: PIPELINES.map((p) => p.name), currentYear: 2026, limits: DEFAULT_LIMITS }, PIPELINES);
  if (reading.stage !== 'extracted') throw new Error(`not extracted: ${JSON.stringify(reading)}`);
  return reading;
}

const profile = (rows: string, end: string) =>
  `<!DOCTYPE html>\n<html lang="en"><head><title>Ghana – Ammunition profile</title></head><body>\n<main>\n<h1>Ghana</h1>\n<h2>Accidental explosions</h2>\n` +
  `<p>Three accidental explosions were reported in Ghana since 1979 (Table 1).</p>\n<table>\n<caption>Table 1. Accidental explosions in Ghana</caption>\n` +
  `<tr><th>Year</th><th>Location</th><th>Owner/manager</th><th>Deaths</th><th>Injuries</th></tr>\n` +
  `<tr><td>2014</td><td>Accra (Burma Camp)</td><td>State (military)</td><td>0</td><td>4</td></tr>\n${rows}${end}`;

describe('the row a truncated page stops in', () => {
  it('is not loaded, not reported as malformed, and named in the one truncation warning', async () => {
    const reading = await read('gha_cut.html', profile('<tr><td>2009</td><td>Kumasi</td><td>Non-state (com', ''));
    expect(reading.extraction.explosions.map((e) => [e.year, e.location, e.deaths, e.injuries])).toEqual([[2014, 'Accra (Burma Camp)', 0, 4]]);
    expect(reading.extraction.issues.filter((i) => i.rule === 'malformed-row')).toEqual([]);
    expect(reading.encodingIssues.filter((i) => i.rule === 'document-truncated')).toEqual([{
      severity: 'warning',
      rule: 'document-truncated',
      message: "gha_cut.html: the document seems cut short: the page never closes its <body> or <html>; it stops inside a row of the table 'Table 1. Accidental explosions in Ghana' (line 11: '2009 | Kumasi | Non-state (com'), which is not loaded: its values may be cut. What it holds is loaded; the sections it never reached are missing, not empty",
      line_start: 11,
    }]);
  });

  it('is not loaded even when every cell is there: its last number may be cut (injuries 1 of 12)', async () => {
    const reading = await read('gha_cut_number.html', profile('<tr><td>2009</td><td>Kumasi</td><td>State (police)</td><td>2</td><td>1', ''));
    expect(reading.extraction.explosions.map((e) => e.year)).toEqual([2014]);
    expect(reading.extraction.issues.filter((i) => i.rule === 'malformed-row')).toEqual([]);
    expect(reading.encodingIssues.find((i) => i.rule === 'document-truncated')?.message).toContain("(line 11: '2009 | Kumasi | State (police) | 2 | 1'), which is not loaded");
  });

  it('is loaded when the page ends on its closing tag: the row is whole, only the page after it is missing', async () => {
    const reading = await read('gha_cut_after_row.html', profile('<tr><td>2009</td><td>Kumasi</td><td>State (police)</td><td>2</td><td>12</td></tr>\n', ''));
    expect(reading.extraction.explosions.map((e) => [e.year, e.injuries])).toEqual([[2014, 4], [2009, 12]]);
    const warning = reading.encodingIssues.find((i) => i.rule === 'document-truncated');
    expect(warning?.message).toBe('gha_cut_after_row.html: the document seems cut short: the page never closes its <body> or <html>. What it holds is loaded; the sections it never reached are missing, not empty');
  });

  it('a row malformed in a whole page is still a malformed row (error), and no truncation is reported', async () => {
    const reading = await read('gha_whole.html', profile('<tr><td>2009</td><td>Kumasi</td><td>Non-state (com</td></tr>\n', '</table>\n</main>\n</body></html>\n'));
    expect(reading.extraction.explosions.map((e) => e.year)).toEqual([2014]);
    expect(reading.extraction.issues.filter((i) => i.rule === 'malformed-row').map((i) => [i.severity, i.line_start])).toEqual([['error', 11]]);
    expect(reading.encodingIssues.filter((i) => i.rule === 'document-truncated')).toEqual([]);
  });
});
