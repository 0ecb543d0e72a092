import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PIPELINES } from '../../pipelines/index.ts';
import { decodeTextBytes } from '../../src/decoders/encoding.ts';
import { htmlDecoder } from '../../src/decoders/html.ts';
import { runPipelines } from '../../src/pipeline/run.ts';
import { testReading } from '../helpers/reading.ts';
import { makeWorkspace, REPO_ROOT, writeFile } from '../helpers/tmp.ts';

/**
 * Characters no reader sees (a byte-order mark left inside the text where two files were joined, a word joiner,
 * a soft hyphen, bidirectional marks, a zero-width space) used to cut the number they sat in: `9,<U+FEFF>607`
 * loaded 607 seized weapons, with nothing but an unbalanced-count warning (and nothing at all in a statement
 * without parts). They are taken out when the text is decoded, so the number reads as the reader sees it.
 */

const POA = readFileSync(join(REPO_ROOT, 'raw', '003_9c7cc2717d99486b.txt'), 'utf8');

describe('invisible marks inside a number', () => {
  const ws = makeWorkspace('invisible-marks');
  afterAll(() => ws.cleanup());
  let firstStatements: { source_path: string; total: number | null; year: number | null; quoted: string }[] = [];

  beforeAll(async () => {
    writeFile(join(ws.raw, 'bom_in_number.txt'), POA.replace('9,607', '9,\uFEFF607'));
    writeFile(join(ws.raw, 'joiner_and_marks.txt'), POA.replace('9,607', '\u200F9\u2060,\u00AD607\u200E'));
    writeFile(join(ws.raw, 'zero_width_space.txt'), POA.replace('9,607', '9\u200B,\u200B607'));
    const page = `<!DOCTYPE html>\n<html lang="en"><body>\n${POA.split('\n').map((l) => `<p>${l.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace('9,607', '9,&#8203;6&shy;07')}</p>`).join('\n')}\n</body></html>\n`;
    writeFile(join(ws.raw, 'entities.html'), page);
    const summary = await runPipelines({ rawDir: ws.raw, warehousePath: ws.warehouse, pipelines: PIPELINES, allPipelines: PIPELINES, ...testReading() });
    expect([summary.status, summary.documentsLoaded]).toEqual(['succeeded', 4]);
    const db = new Database(ws.warehouse, { readonly: true });
    firstStatements = db.prepare(`SELECT d.source_path, c.total, c.year, substr(c.source_text, 1, 40) AS quoted FROM documents d
      JOIN count_statements c ON c.statement_id = (SELECT min(statement_id) FROM count_statements WHERE document_id = d.document_id) ORDER BY d.source_path`).all() as typeof firstStatements;
    db.close();
  }, 60_000);

  it('reads the seizure total as 9,607, its words quoted without the marks', () => {
    const statement = { total: 9607, year: 2005, quoted: 'In 2005, 9,607 weapons were seized: 7,19' };
    expect(firstStatements).toEqual(['bom_in_number.txt', 'entities.html', 'joiner_and_marks.txt', 'zero_width_space.txt'].map((source_path) => ({ source_path, ...statement })));
  });

  it('keeps a zero-width space that parts two words, and takes out the marks elsewhere', () => {
    expect(decodeTextBytes(new TextEncoder().encode('weapons\u200Bwere seized in\u00A02005\u200B, \uFEFFthe re\u00ADport\n')).text).toBe('weapons\u200Bwere seized in\u00A02005, the report\n');
  });

  it('takes marks written as HTML entities out of the page\'s text', async () => {
    const model = await htmlDecoder.decode(new TextEncoder().encode('<html><body><p>Seized: 1&#8288;&nbsp;&#8203;245 pistols&lrm;</p></body></html>'), { sourcePath: 'page.html' });
    expect(model.blocks.map((b) => b.text)).toEqual(['Seized: 1\u00A0245 pistols']);
  });
});
