import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PIPELINES } from '../../pipelines/index.ts';
import { type WrappedPdfOptions, makeWrappedPdf } from '../../scripts/wrapped-pdf.ts';
import { readPdfPages } from '../../src/decoders/pdf.ts';
import { lineText } from '../../src/decoders/pdf-geometry.ts';
import { makeWorkspace, REPO_ROOT } from '../helpers/tmp.ts';
import { testReading } from '../helpers/reading.ts';
import { testBackend } from '../helpers/backend.ts';

/** SQLite, or PostgreSQL read through an exact copy (tests/helpers/backend.ts). */
const backend = await testBackend();

/**
 * Documents laid out as real PDFs are (A4, 10-11 pt, paragraphs, notes, captions, table cells and URLs
 * wrapping at the margin, tables in unruled columns, page breaks inside tables) must load what their
 * text version loads: every row of every fact table, source_text included, and the same issues, only
 * the line numbers and pages differ. The seed A-MAP profile and invented documents, each in several
 * layouts, so that the breaks fall in different places.
 */

const FIXTURES = join(REPO_ROOT, 'tests', 'fixtures', 'wrapped-pdf');
const SOURCES: Record<string, string> = {
  kaz_seed_profile: join(REPO_ROOT, 'raw', '000_88da758a976dd473.txt'),
  mng_profile: join(FIXTURES, 'mng_profile.txt'),
  civ_profil: join(FIXTURES, 'civ_profil.txt'),
  tza_report: join(FIXTURES, 'tza_report.txt'),
};
// A4 with margins from 60 to 104 pt (text 387-475 pt wide), 10-11 pt: the breaks fall in different places.
const LAYOUTS: Record<string, WrappedPdfOptions> = {
  a: { fontSize: 10.5 },
  b: { fontSize: 11, margin: 98, hangingNotes: true, runningHeader: 'A-MAP Country Profiles', pageNumbers: true },
  c: { fontSize: 10, margin: 90, paragraphGap: 6 },
  d: { fontSize: 10.5, margin: 104, columnGap: 16 },
  e: { fontSize: 10, margin: 60 },
  // Columns set 5 pt apart, closer than a word gap reads as a column: the cells are told apart by the writer's items.
  f: { fontSize: 10.5, margin: 66, columnGap: 5 },
  // The header set as one line of words (`Year Location Description`) over rows in close columns.
  g: { fontSize: 10, margin: 80, columnGap: 6, headerAsText: true },
};
const LINEAGE_AND_KEYS = new Set([
  'document_id', 'run_id', 'line_start', 'line_end', 'page', 'explosion_id', 'diversion_id', 'tally_id', 'section_id', 'citation_id',
  'statement_id', 'count_id', 'submission_id', 'meeting_statement_id', 'fact_key',
]);
const TABLES = ['explosions', 'diversions', 'tallies', 'sections', 'citations', 'count_statements', 'weapon_counts', 'report_submissions', 'meeting_statements'];

let ws: ReturnType<typeof makeWorkspace>;
let db: Database.Database;
/** The lines of every PDF as pdf.js sets them (before any joining), to check the layouts do wrap. */
const printedLines = new Map<string, string[]>();

beforeAll(async () => {
  ws = makeWorkspace('wrapped');
  for (const [name, path] of Object.entries(SOURCES)) {
    copyFileSync(path, join(ws.raw, `${name}.txt`));
    for (const [layout, opts] of Object.entries(LAYOUTS)) {
      const pdf = await makeWrappedPdf(readFileSync(path, 'utf8').split('\n'), opts);
      writeFileSync(join(ws.raw, `${name}_${layout}.pdf`), pdf);
      const { pages } = await readPdfPages(pdf, `${name}_${layout}.pdf`);
      printedLines.set(`${name}_${layout}`, pages.flatMap((p) => p.geometry?.lines.map(lineText) ?? []));
    }
  }
  await backend.runPipelines({ rawDir: ws.raw, warehousePath: ws.warehouse, pipelines: PIPELINES, allPipelines: PIPELINES, ...testReading() });
  db = new Database(ws.warehouse, { readonly: true });
}, 240_000);

afterAll(() => {
  db?.close();
  ws?.cleanup();
});

function documentOf(path: string): Record<string, unknown> {
  return db.prepare('SELECT document_id, format, kind, country_iso3, report_year, language, status FROM documents WHERE source_path = ?').get(path) as Record<string, unknown>;
}

function facts(path: string): Record<string, unknown> {
  const doc = documentOf(path);
  const out: Record<string, unknown> = { document: { ...doc, document_id: undefined, format: undefined } };
  for (const table of TABLES) {
    const rows = db.prepare(`SELECT * FROM ${table} WHERE document_id = ? ORDER BY rowid`).all(doc.document_id) as Record<string, unknown>[];
    // NOTE: the text writes a row's last separator (`… | 90 |`), which a PDF does not draw: source_text is compared without it.
    out[table] = rows.map((row) =>
      Object.fromEntries(Object.entries(row).filter(([key]) => !LINEAGE_AND_KEYS.has(key)).map(([key, value]) => [key, key === 'source_text' && typeof value === 'string' ? value.replace(/\s*\|\s*$/u, '') : value])),
    );
  }
  // Issues name lines: the line numbers differ (a paragraph is one line in both, but blank lines are not in a PDF).
  const issues = db.prepare('SELECT severity, rule, message, table_name FROM quality_issues WHERE document_id = ? ORDER BY issue_id').all(doc.document_id) as Record<string, unknown>[];
  out.issues = issues.map((i) => ({ ...i, message: String(i.message).replace(/\bline(s?) \d+(?:[-–]\d+)?/gu, 'line$1 #') }));
  return out;
}

const NAMES = Object.keys(SOURCES);
const CASES = NAMES.flatMap((name) => Object.keys(LAYOUTS).map((layout) => [name, layout] as const));

describe('wrapped PDFs load what their text loads', () => {
  it('loads every document: 4 texts and 28 PDFs', () => {
    const rows = db.prepare('SELECT format, status, count(*) AS n FROM documents GROUP BY format, status ORDER BY format').all();
    expect(rows).toEqual([
      { format: 'pdf', status: 'loaded', n: 28 },
      { format: 'text', status: 'loaded', n: 4 },
    ]);
  });

  it.each(CASES)('%s, layout %s: the same rows and issues as the text, lines and pages aside', (name, layout) => {
    const pdf = facts(`${name}_${layout}.pdf`);
    expect(pdf).toEqual(facts(`${name}.txt`));
    expect(documentOf(`${name}_${layout}.pdf`).format).toBe('pdf');
  });
});

describe('the layouts do wrap what the text keeps on one line', () => {
  const anyLayout = (name: string, test: (line: string, next: string) => boolean): string[] =>
    Object.keys(LAYOUTS).filter((layout) => {
      const lines = printedLines.get(`${name}_${layout}`) ?? [];
      return lines.some((line, i) => test(line, lines[i + 1] ?? ''));
    });

  it('a URL is broken after a real hyphen: behind- / unrest-kazakhstan, and europe- / central-asia', () => {
    expect(anyLayout('kaz_seed_profile', (line, next) => line.endsWith('/behind-') && next.startsWith('unrest-kazakhstan.'))).toEqual(['b']);
    expect(anyLayout('kaz_seed_profile', (line, next) => line.endsWith('crisisgroup.org/europe-') && next.startsWith('central-asia/'))).toEqual(['e']);
  });

  it('a note URL is split after https://', () => {
    expect(anyLayout('kaz_seed_profile', (line, next) => line.endsWith('https://') && next.startsWith('www.crisisgroup.org/'))).not.toEqual([]);
  });

  it('a caption wraps: ... in Kazakhstan / since 2000, and in Mongolia', () => {
    expect(anyLayout('kaz_seed_profile', (line, next) => line.startsWith('Table 2:') && line.endsWith('in Kazakhstan') && next === 'since 2000')).toEqual(['b', 'd']);
    expect(anyLayout('mng_profile', (line, next) => line.startsWith('Table 2.') && next.endsWith('since 2005'))).toEqual(Object.keys(LAYOUTS));
  });

  it('a description wraps onto the next line under its column, the other columns empty', () => {
    expect(anyLayout('kaz_seed_profile', (line, next) => line.startsWith('2022\tN/A\tApproximately') && !next.includes('\t') && next.endsWith('protests.'))).not.toEqual([]);
    // Layout f sets the columns too close for a run gap: its rows read as one run each, split at the writer's items.
    expect(anyLayout('mng_profile', (line) => line.startsWith('2019\tErdenet\tAround 4,000 rounds'))).toEqual(['a', 'b', 'c', 'd', 'e']);
    expect(anyLayout('mng_profile', (line) => /^2019 Erdenet[ \t]Around 4,000 rounds/u.test(line))).toEqual(['f', 'g']);
  });

  it('a header is set as one line of words: Year Location Description', () => {
    // In f the header's cells are items of their own, set closer than a run gap; in g the header is one item.
    expect(anyLayout('kaz_seed_profile', (line, next) => line === 'Year Location Description' && next.startsWith('2022 N/A'))).toEqual(['f', 'g']);
  });
});

describe('what the wrapped seed profile loads, exactly', () => {
  it.each(Object.keys(LAYOUTS))('layout %s: both diversion rows, whole', (layout) => {
    const rows = db
      .prepare('SELECT year, location, description FROM diversions JOIN documents USING (document_id) WHERE source_path = ? ORDER BY row_number')
      .all(`kaz_seed_profile_${layout}.pdf`);
    expect(rows).toEqual([
      { year: 2022, location: null, description: 'Approximately 1’300 service weapons were stolen during nationwide protests.' },
      { year: 2000, location: 'Almaty', description: 'A police officer was demoted for stealing firearms from his colleagues.' },
    ]);
  });

  it.each(Object.keys(LAYOUTS))('layout %s: every cited URL whole, real hyphens kept', (layout) => {
    const urls = db.prepare('SELECT url FROM citations JOIN documents USING (document_id) WHERE source_path = ? AND url IS NOT NULL ORDER BY citation_id').all(`kaz_seed_profile_${layout}.pdf`).map((r) => (r as { url: string }).url);
    expect(urls).toEqual([
      'https://www.crisisgroup.org/europe-central-asia/central-asia/kazakhstan/behind-unrest-kazakhstan',
      'https://www.hrw.org/world-report/2022/country-chapters/kazakhstan',
      'https://www.gunpolicy.org/firearms/region/kazakhstan',
      'http://the-monitor.org/en-gb/reports/2020/kazakhstan/view-all.aspx',
      'https://astanatimes.com/2022/08/january-riots-police-discovers-only-one-third-of-stolen-weapons/',
      'https://www.occrp.org/en/daily/5737-kazakhstan-former-cop-headed-massive-car-theft-ring',
      'https://smallarms.un-arm.org/country-profiles/KAZ',
    ]);
  });
});

describe('the invented documents, exactly', () => {
  it.each(Object.keys(LAYOUTS))('Mongolia, layout %s: three diversion rows with their wrapped descriptions', (layout) => {
    const rows = db
      .prepare('SELECT year, location, description FROM diversions JOIN documents USING (document_id) WHERE source_path = ? ORDER BY row_number')
      .all(`mng_profile_${layout}.pdf`);
    expect(rows).toEqual([
      { year: 2019, location: 'Erdenet', description: 'Around 4,000 rounds of 7.62 mm ammunition were taken from a regional police armoury by two officers and sold to hunters over three years.' },
      { year: 2012, location: 'Khovd', description: 'Two service pistols and their magazines went missing during the transfer of a border unit to new barracks.' },
      { year: 2005, location: null, description: 'An army storekeeper was convicted of selling grenades and detonators to a quarrying company.' },
    ]);
  });

  it.each(Object.keys(LAYOUTS))('Mongolia, layout %s: explosions with their owners, N/A as NULL', (layout) => {
    const rows = db
      .prepare('SELECT year, location, deaths, injuries FROM explosions JOIN documents USING (document_id) WHERE source_path = ? ORDER BY row_number')
      .all(`mng_profile_${layout}.pdf`);
    expect(rows).toEqual([
      { year: 2014, location: 'Nalaikh District', deaths: 2, injuries: 11 },
      { year: 2008, location: 'Darkhan', deaths: 0, injuries: 4 },
      { year: 1999, location: 'Ulaanbaatar', deaths: null, injuries: null },
    ]);
  });

  it.each(Object.keys(LAYOUTS))('Côte d’Ivoire, layout %s: the URL with hyphens and the French rows', (layout) => {
    const urls = db.prepare('SELECT url FROM citations JOIN documents USING (document_id) WHERE source_path = ? AND url IS NOT NULL ORDER BY citation_id').all(`civ_profil_${layout}.pdf`).map((r) => (r as { url: string }).url);
    expect(urls).toContain('https://observatoire-securite.example.org/afrique-de-l-ouest/cote-d-ivoire/armes-legeres-dans-l-ouest-ivoirien');
    const rows = db.prepare('SELECT year, location FROM diversions JOIN documents USING (document_id) WHERE source_path = ? ORDER BY row_number').all(`civ_profil_${layout}.pdf`);
    expect(rows).toEqual([
      { year: 2017, location: 'Bouaké' },
      { year: 2012, location: 'Man' },
    ]);
  });
});
