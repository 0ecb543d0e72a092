import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PIPELINES } from '../../pipelines/index.ts';
import { makePdfFromText } from '../../scripts/make-fixtures.ts';
import { compareDocument, readGoldenSet } from '../helpers/golden.ts';
import { makeWorkspace, REPO_ROOT } from '../helpers/tmp.ts';
import { testReading } from '../helpers/reading.ts';
import { testBackend } from '../helpers/backend.ts';

/** SQLite, or PostgreSQL read through an exact copy (tests/helpers/backend.ts). */
const backend = await testBackend();

/**
 * The national reports of the local development set (tests/fixtures/devset-local/docs/h_rep_*) laid out as PDFs by a real PDF writer, once
 * over short pages with a running header and page numbers (page breaks fall inside statements and the text
 * table) and once plainly: the facts must equal those of the text, lineage aside.
 */
// fact_key names the logical document, and the PDF and the text are different files: keys differ by design.
const SKIP = new Set(['document_id', 'run_id', 'line_start', 'line_end', 'page', 'source_text', 'section_id', 'citation_id', 'statement_id', 'count_id', 'fact_key']);
const TABLES = ['sections', 'citations', 'count_statements', 'weapon_counts'];
const NAMES = ['h_rep_namibia_pdf_subsections', 'h_rep_tajikistan_ru_questionnaire', 'h_rep_burkina_faso_fr_prose'];
const LAYOUTS = [{ suffix: 'a', opts: { runningHeader: 'NATIONAL REPORT ON SMALL ARMS', pageNumbers: true, linesPerPage: 12 } }, { suffix: 'b', opts: {} }];
let ws: ReturnType<typeof makeWorkspace>;
let db: Database.Database;
beforeAll(async () => {
  ws = makeWorkspace('hrep');
  for (const name of NAMES) {
    const text = join(REPO_ROOT, 'tests', 'fixtures', 'devset-local', 'docs', `${name}.txt`);
    copyFileSync(text, join(ws.raw, `${name}.txt`));
    for (const l of LAYOUTS) writeFileSync(join(ws.raw, `${name}_${l.suffix}.pdf`), await makePdfFromText(readFileSync(text, 'utf8').split('\n'), l.opts));
  }
  await backend.runPipelines({ rawDir: ws.raw, warehousePath: ws.warehouse, pipelines: PIPELINES, allPipelines: PIPELINES, ...testReading() });
  db = new Database(ws.warehouse, { readonly: true });
});
afterAll(() => { db?.close(); ws?.cleanup(); });
function facts(path: string) {
  const doc = db.prepare('SELECT * FROM documents WHERE source_path = ?').get(path) as Record<string, unknown>;
  const out: Record<string, unknown> = { doc: { kind: doc.kind, country_iso3: doc.country_iso3, report_year: doc.report_year, language: doc.language, date_raw: doc.date_raw, date_iso: doc.date_iso } };
  for (const t of TABLES) out[t] = (db.prepare(`SELECT * FROM ${t} WHERE document_id = ? ORDER BY rowid`).all(doc.document_id) as Record<string, unknown>[]).map((r) => Object.fromEntries(Object.entries(r).filter(([k]) => !SKIP.has(k)).map(([k, v]) => [k, typeof v === 'string' ? v.replace(/[\u00a0\u202f]/g, ' ') : v])));
  return out;
}
describe('devset-local national reports as PDFs', () => {
  for (const name of NAMES) for (const l of LAYOUTS) it(`${name} (layout ${l.suffix}): PDF facts equal text facts`, () => { expect(facts(`${name}_${l.suffix}.pdf`)).toEqual(facts(`${name}.txt`)); });
  // The golden comparator on the PDFs themselves: a text result that drifted with its PDF would pass the test above.
  const golden = readGoldenSet(join(REPO_ROOT, 'tests', 'fixtures', 'devset-local'), 'devset-local').filter((d) => NAMES.includes(d.name.replace(/\.txt$/, '')));
  for (const doc of golden) {
    for (const l of LAYOUTS) {
      it(`${doc.name} (layout ${l.suffix}): the PDF matches the golden expected file, lines aside`, () => {
        const sourcePath = doc.name.replace(/\.txt$/, `_${l.suffix}.pdf`);
        const compared = compareDocument(db, doc, { sourcePath, ignoreKeys: ['line_start', 'line_end'], documentOverrides: { format: 'pdf' } });
        expect([...compared.documentProblems, ...compared.tables.flatMap((t) => t.problems.map((p) => `${t.table} ${p}`)), ...(compared.issues?.problems ?? [])]).toEqual([]);
      });
    }
  }
  it('has the three reports', () => expect(golden.length).toBe(3));
});
