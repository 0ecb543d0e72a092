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
 * The same document as text, HTML and PDF must give the same facts (lineage aside): the decoders differ,
 * the extractors do not. The HTML versions are hand-written in the shapes the real sites use; the PDF is
 * made from the text by a real PDF writer at test time.
 */

const FIXTURES = join(REPO_ROOT, 'tests', 'fixtures', 'cross-format');
const LINEAGE_AND_KEYS = new Set([
  'document_id', 'run_id', 'line_start', 'line_end', 'page', 'source_text', 'explosion_id', 'diversion_id', 'tally_id',
  'section_id', 'citation_id', 'statement_id', 'count_id', 'submission_id', 'meeting_statement_id',
  // The fact key names the logical document, and each format is a different file: keys differ by design.
  'fact_key',
]);
const TABLES = ['explosions', 'diversions', 'tallies', 'sections', 'citations', 'count_statements', 'weapon_counts', 'report_submissions', 'meeting_statements'];

const PDF_REPORTS = ['d05_poa_armenia_collection', 'd06_report_jamaica_pdf_prose', 'd07_report_uzbekistan_ru', 'd08_report_trinidad_questionnaire'];

let ws: ReturnType<typeof makeWorkspace>;
let db: Database.Database;

beforeAll(async () => {
  ws = makeWorkspace('cross');
  const profile = join(REPO_ROOT, 'raw', '000_88da758a976dd473.txt');
  const poa = join(REPO_ROOT, 'raw', '003_9c7cc2717d99486b.txt');
  copyFileSync(profile, join(ws.raw, 'kaz_profile.txt'));
  copyFileSync(join(FIXTURES, 'kaz_amap_profile.html'), join(ws.raw, 'kaz_profile.html'));
  writeFileSync(join(ws.raw, 'kaz_profile.pdf'), await makePdfFromText(readFileSync(profile, 'utf8').split('\n')));
  copyFileSync(poa, join(ws.raw, 'kaz_poa.txt'));
  copyFileSync(join(FIXTURES, 'kaz_poa_profile.html'), join(ws.raw, 'kaz_poa.html'));
  // National reports come as PDFs: the devset reports (and a PoA page) laid out on pages with a running header.
  for (const name of PDF_REPORTS) {
    const text = join(REPO_ROOT, 'tests', 'fixtures', 'devset', 'docs', `${name}.txt`);
    copyFileSync(text, join(ws.raw, `${name}.txt`));
    writeFileSync(join(ws.raw, `${name}.pdf`), await makePdfFromText(readFileSync(text, 'utf8').split('\n'), { runningHeader: 'NATIONAL REPORT ON SMALL ARMS', pageNumbers: true, linesPerPage: 12 }));
  }
  await backend.runPipelines({ rawDir: ws.raw, warehousePath: ws.warehouse, pipelines: PIPELINES, allPipelines: PIPELINES, ...testReading() });
  db = new Database(ws.warehouse, { readonly: true });
});

afterAll(() => {
  db?.close();
  ws?.cleanup();
});

function facts(path: string): Record<string, Record<string, unknown>[]> {
  const doc = db.prepare('SELECT document_id FROM documents WHERE source_path = ?').get(path) as { document_id: number } | undefined;
  const result: Record<string, Record<string, unknown>[]> = {};
  for (const table of TABLES) {
    const rows = db.prepare(`SELECT * FROM ${table} WHERE document_id = ? ORDER BY rowid`).all(doc?.document_id) as Record<string, unknown>[];
    // NOTE: the PDF writer of the fixtures turns no-break spaces into spaces, so text is compared with them folded.
    result[table] = rows.map((row) =>
      Object.fromEntries(
        Object.entries(row)
          .filter(([key]) => !LINEAGE_AND_KEYS.has(key))
          .map(([key, value]) => [key, typeof value === 'string' ? value.replace(/[\u00a0\u202f]/g, ' ') : value]),
      ),
    );
  }
  return result;
}

describe('the same facts from every format', () => {
  it('loads the profile three times and the PoA page twice, as five documents', () => {
    expect(db.prepare("SELECT source_path, format, kind, country_iso3, status FROM documents WHERE source_path LIKE 'kaz%' ORDER BY source_path").all()).toEqual([
      { source_path: 'kaz_poa.html', format: 'html', kind: 'poa_profile', country_iso3: 'KAZ', status: 'loaded' },
      { source_path: 'kaz_poa.txt', format: 'text', kind: 'poa_profile', country_iso3: 'KAZ', status: 'loaded' },
      { source_path: 'kaz_profile.html', format: 'html', kind: 'amap_profile', country_iso3: 'KAZ', status: 'loaded' },
      { source_path: 'kaz_profile.pdf', format: 'pdf', kind: 'amap_profile', country_iso3: 'KAZ', status: 'loaded' },
      { source_path: 'kaz_profile.txt', format: 'text', kind: 'amap_profile', country_iso3: 'KAZ', status: 'loaded' },
    ]);
  });

  it('profile: HTML facts equal text facts', () => {
    const text = facts('kaz_profile.txt');
    expect(text.explosions).toHaveLength(8);
    expect(facts('kaz_profile.html')).toEqual(text);
  });

  it('profile: PDF facts equal text facts, with the page in the lineage', () => {
    expect(facts('kaz_profile.pdf')).toEqual(facts('kaz_profile.txt'));
    const pages = db.prepare("SELECT DISTINCT page FROM explosions JOIN documents USING (document_id) WHERE source_path = 'kaz_profile.pdf'").all();
    expect(pages.length).toBeGreaterThan(0);
    expect(pages.every((p) => typeof (p as { page: unknown }).page === 'number')).toBe(true);
  });

  it('PoA page: HTML facts equal text facts', () => {
    const text = facts('kaz_poa.txt');
    expect(text.report_submissions).toHaveLength(9);
    expect(facts('kaz_poa.html')).toEqual(text);
  });

  it.each(PDF_REPORTS)('%s: PDF facts (over several pages, header and page numbers dropped) equal text facts', (name) => {
    const text = facts(`${name}.txt`);
    expect(text.sections?.length ?? 0).toBeGreaterThan(2);
    expect(facts(`${name}.pdf`)).toEqual(text);
    const pdf = db.prepare('SELECT format, kind, country_iso3, report_year, language, page_count FROM documents WHERE source_path = ?').get(`${name}.pdf`) as Record<string, unknown>;
    const txt = db.prepare('SELECT kind, country_iso3, report_year, language FROM documents WHERE source_path = ?').get(`${name}.txt`) as Record<string, unknown>;
    expect({ ...pdf, page_count: undefined, format: undefined }).toEqual({ ...txt, page_count: undefined, format: undefined });
    expect(pdf.format).toBe('pdf');
    expect(Number(pdf.page_count)).toBeGreaterThan(0);
  });

  it.each(PDF_REPORTS)('%s: the PDF matches the devset expected file, lines aside', (name) => {
    const doc = readGoldenSet(join(REPO_ROOT, 'tests', 'fixtures', 'devset'), 'devset').find((d) => d.name === `${name}.txt`);
    expect(doc).toBeDefined();
    if (!doc) return;
    const compared = compareDocument(db, doc, { sourcePath: `${name}.pdf`, ignoreKeys: ['line_start', 'line_end'], documentOverrides: { format: 'pdf' } });
    expect([...compared.documentProblems, ...compared.tables.flatMap((t) => t.problems.map((p) => `${t.table} ${p}`)), ...(compared.issues?.problems ?? [])]).toEqual([]);
  });
});
