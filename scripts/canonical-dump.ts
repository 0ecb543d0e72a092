import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import Database from 'better-sqlite3';
import { PIPELINES } from '../pipelines/index.ts';
import { runPipelines } from '../src/pipeline/run.ts';
import { makePdfFromText, writeFixtures } from './make-fixtures.ts';

/**
 * A canonical dump of the warehouse built from every fixture document: what the pipeline loads, with
 * everything that changes between two runs of the same code left out (ids, run ids, timestamps, extractor
 * strings, fact keys, hashes of the code) and the references between rows (a weapon count's statement, a
 * citation's section, a quality issue's record) written as the position of the row in its document.
 *
 * It is how a refactor proves it changed only what it meant to: tests/fixtures/canonical/before.jsonl is the
 * dump of the code before the refactor, expected.jsonl what the code must dump now, and every line where the
 * two differ is a fix named in tests/fixtures/canonical/fixes.json (see the README there).
 *
 * Only the columns the warehouse had when before.jsonl was taken are dumped: a column added later is new
 * information, not a change of what was loaded, and would otherwise show as a difference on every row.
 *
 *   node bin/run-ts.js scripts/canonical-dump.ts [out.jsonl]     (stdout when no file is given)
 */

const REPO_ROOT = fileURLToPath(new URL('../', import.meta.url));
const FIXTURES = join(REPO_ROOT, 'tests', 'fixtures');

/** Fixture folders holding whole documents, as the pipeline would meet them in raw/. */
const DOCUMENT_FOLDERS: { folder: string; docs: string; sidecar?: Record<string, unknown> }[] = [
  { folder: 'devset', docs: 'devset/docs' },
  { folder: 'devset-local', docs: 'devset-local/docs' },
  { folder: 'amap_profile', docs: 'amap_profile' },
  { folder: 'poa_profile', docs: 'poa_profile' },
  { folder: 'poa_report', docs: 'poa_report' },
  // Excerpts of national reports; a sidecar says what they are, as an analyst adding them would.
  { folder: 'count_statements', docs: 'count_statements', sidecar: { kind: 'poa_report' } },
  { folder: 'html', docs: 'html' },
  { folder: 'encodings', docs: 'encodings' },
  { folder: 'cross-format', docs: 'cross-format' },
];
const DOCUMENT_SUFFIXES = /\.(?:txt|html|htm|pdf)$/i;

/** National reports come as PDFs: these text documents are also laid out on pages by a real PDF writer. */
const AS_PDF = [
  'devset/d05_poa_armenia_collection.txt',
  'devset/d06_report_jamaica_pdf_prose.txt',
  'devset/d07_report_uzbekistan_ru.txt',
  'devset/d08_report_trinidad_questionnaire.txt',
  'devset-local/h_rep_namibia_pdf_subsections.txt',
  'devset-local/h_rep_tajikistan_ru_questionnaire.txt',
  'devset-local/h_rep_burkina_faso_fr_prose.txt',
];
const PDF_LAYOUT = { runningHeader: 'NATIONAL REPORT ON SMALL ARMS', pageNumbers: true, linesPerPage: 12 };

/** The columns dumped per table, in the order written: the contract and lineage columns, no ids or times. */
const DOCUMENT_COLUMNS = [
  'source_path', 'format', 'encoding', 'page_count', 'kind', 'country_iso3', 'title', 'report_year', 'language', 'date_raw',
  'date_iso', 'document_code', 'source_url', 'version', 'status', 'status_reason',
];
const LINEAGE = ['line_start', 'line_end', 'page', 'source_text'];
const FACT_COLUMNS: Record<string, string[]> = {
  sections: ['country_iso3', 'topic', 'heading_raw', 'question', 'source_tag', 'answer', 'source_report_year', 'source_date_raw', 'source_date_iso'],
  citations: ['section', 'ref', 'ref_inferred', 'text', 'url', 'accessed_on'],
  explosions: ['country_iso3', 'year', 'location', 'owner_raw', 'owner_type', 'owner_sector', 'deaths', 'injuries', 'row_number', 'table_caption'],
  diversions: ['country_iso3', 'year', 'location', 'description', 'quantity', 'quantity_approx', 'quantity_qualifier', 'row_number', 'table_caption'],
  tallies: ['country_iso3', 'topic', 'period_start', 'period_end', 'reported_count', 'reported_raw'],
  count_statements: ['country_iso3', 'year', 'year_basis', 'action', 'action_raw', 'agency', 'agency_raw', 'total', 'components_sum', 'reconciliation', 'reported_in'],
  weapon_counts: [
    'statement', 'country_iso3', 'year', 'year_basis', 'action', 'agency', 'category', 'category_raw', 'parent_category', 'quantity', 'is_total',
    'approx', 'approx_qualifier', 'reported_in',
  ],
  report_submissions: ['country_iso3', 'report_year', 'language', 'language_raw'],
  meeting_statements: ['country_iso3', 'year', 'meeting', 'has_text', 'text'],
};
const ID_COLUMN: Record<string, string> = {
  sections: 'section_id', citations: 'citation_id', explosions: 'explosion_id', diversions: 'diversion_id', tallies: 'tally_id',
  count_statements: 'statement_id', weapon_counts: 'count_id', report_submissions: 'submission_id', meeting_statements: 'meeting_statement_id',
};
/** Quality issues without their message: the wording of a message may change, what it flags may not silently. */
const ISSUE_COLUMNS = ['severity', 'rule', 'table_name', 'record', 'line_start'];

type Row = Record<string, unknown>;

/** Copies every fixture document into `raw` (one folder per fixture set) and adds the generated ones. */
export async function stageFixtureDocuments(raw: string): Promise<string[]> {
  const staged: string[] = [];
  const put = (relPath: string, bytes: Uint8Array | string): void => {
    mkdirSync(dirname(join(raw, relPath)), { recursive: true });
    writeFileSync(join(raw, relPath), bytes);
    staged.push(relPath);
  };
  for (const { folder, docs, sidecar } of DOCUMENT_FOLDERS) {
    const dir = join(FIXTURES, docs);
    for (const name of readdirSync(dir).sort()) {
      if (!DOCUMENT_SUFFIXES.test(name) || !statSync(join(dir, name)).isFile()) continue;
      put(`${folder}/${name}`, readFileSync(join(dir, name)));
      if (sidecar) put(`${folder}/${name}.meta.json`, JSON.stringify(sidecar));
    }
  }
  for (const path of AS_PDF) {
    const lines = readFileSync(join(raw, path), 'utf8').split('\n');
    put(`pdf/${path.replace(/^[^/]+\//, '').replace(/\.txt$/, '.pdf')}`, await makePdfFromText(lines, PDF_LAYOUT));
  }
  // The generated fixtures: PDFs (two pages, a scan, an encrypted and a truncated one) and legacy encodings.
  const generated = mkdtempSync(join(tmpdir(), 'salw-generated-'));
  try {
    const russian = readFileSync(join(FIXTURES, 'encodings', 'ru_report.utf8.txt'), 'utf8');
    for (const path of await writeFixtures(generated, russian)) put(`generated/${path.slice(generated.length + 1)}`, readFileSync(path));
  } finally {
    rmSync(generated, { recursive: true, force: true });
  }
  // The two seeds the project started from.
  for (const name of readdirSync(join(REPO_ROOT, 'raw')).sort()) if (DOCUMENT_SUFFIXES.test(name)) put(`seeds/${name}`, readFileSync(join(REPO_ROOT, 'raw', name)));
  return staged.filter((p) => !p.endsWith('.meta.json'));
}

/** A key that sorts lines by document, table, first line, then content. */
function sortKey(line: Row, json: string): string {
  const lineStart = typeof line.line_start === 'number' ? String(line.line_start).padStart(6, '0') : '~~~~~~';
  return `${String(line.doc)}\u0000${String(line.table)}\u0000${lineStart}\u0000${json}`;
}

function pick(row: Row, columns: readonly string[]): Row {
  const out: Row = {};
  for (const column of columns) out[column] = row[column] ?? null;
  return out;
}

/** Reads the canonical dump out of a warehouse: one JSON object per line, sorted. */
export function dumpWarehouse(db: Database.Database): string[] {
  const documents = db.prepare('SELECT * FROM documents ORDER BY document_id').all() as Row[];
  const pathOf = new Map(documents.map((d) => [Number(d.document_id), String(d.source_path)]));
  const lines: Row[] = [];
  for (const doc of documents) lines.push({ doc: doc.source_path, table: 'documents', ...pick(doc, DOCUMENT_COLUMNS) });

  // Position (1-based, in load order) of each fact row within its document, for references between rows.
  const positions = new Map<string, Map<number, number>>();
  for (const [table, idColumn] of Object.entries(ID_COLUMN)) {
    const byId = new Map<number, number>();
    const counter = new Map<number, number>();
    for (const row of db.prepare(`SELECT ${idColumn} AS id, document_id FROM ${table} ORDER BY ${idColumn}`).all() as { id: number; document_id: number }[]) {
      const next = (counter.get(row.document_id) ?? 0) + 1;
      counter.set(row.document_id, next);
      byId.set(row.id, next);
    }
    positions.set(table, byId);
  }
  const position = (table: string, id: unknown): number | null => (id === null || id === undefined ? null : (positions.get(table)?.get(Number(id)) ?? null));

  for (const [table, columns] of Object.entries(FACT_COLUMNS)) {
    for (const row of db.prepare(`SELECT * FROM ${table} ORDER BY ${ID_COLUMN[table]}`).all() as Row[]) {
      const withRefs: Row = { ...row, statement: position('count_statements', row.statement_id), section: position('sections', row.section_id) };
      lines.push({ doc: pathOf.get(Number(row.document_id)) ?? null, table, ...pick(withRefs, [...columns, ...LINEAGE]) });
    }
  }
  for (const issue of db.prepare('SELECT * FROM quality_issues ORDER BY issue_id').all() as Row[]) {
    const record = typeof issue.table_name === 'string' && ID_COLUMN[issue.table_name] ? position(issue.table_name, issue.record_id) : null;
    lines.push({ doc: pathOf.get(Number(issue.document_id)) ?? null, table: 'quality_issues', ...pick({ ...issue, record }, ISSUE_COLUMNS) });
  }
  return lines
    .map((line) => {
      const json = JSON.stringify(line);
      return { key: sortKey(line, json), json };
    })
    .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
    .map((l) => l.json);
}

/**
 * Loads every fixture document into a fresh warehouse with the real pipelines and returns its canonical dump.
 * With `workerEntry`, documents are read in `workers` worker threads as the CLI reads them (else in this thread).
 */
export async function canonicalDump(options: { workerEntry?: string; workers?: number } = {}): Promise<string[]> {
  const dir = mkdtempSync(join(tmpdir(), 'salw-canonical-'));
  try {
    const raw = join(dir, 'raw');
    mkdirSync(raw);
    await stageFixtureDocuments(raw);
    const warehousePath = join(dir, 'warehouse', 'salw.sqlite');
    await runPipelines({ rawDir: raw, warehousePath, pipelines: PIPELINES, allPipelines: PIPELINES, workerEntry: options.workerEntry, workers: options.workers });
    const db = new Database(warehousePath, { readonly: true });
    try {
      return dumpWarehouse(db);
    } finally {
      db.close();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Lines only in `before` and lines only in `after`, as multisets (a repeated line counts each time). */
export function dumpDifference(before: readonly string[], after: readonly string[]): { removed: string[]; added: string[] } {
  const counts = new Map<string, number>();
  for (const line of before) counts.set(line, (counts.get(line) ?? 0) + 1);
  const added: string[] = [];
  for (const line of after) {
    const n = counts.get(line) ?? 0;
    if (n > 0) counts.set(line, n - 1);
    else added.push(line);
  }
  const removed: string[] = [];
  for (const line of before) {
    const n = counts.get(line) ?? 0;
    if (n > 0) {
      removed.push(line);
      counts.set(line, n - 1);
    }
  }
  return { removed, added };
}

/** Reads a dump file: JSON lines, `#` lines are comments. */
export function readDump(path: string): string[] {
  return readFileSync(path, 'utf8').split('\n').filter((line) => line.trim() !== '' && !line.startsWith('#'));
}

const invokedAs = process.argv[1];
if (invokedAs && import.meta.url === pathToFileURL(resolve(invokedAs)).href) {
  const out = process.argv[2];
  const lines = await canonicalDump();
  const text = `${lines.join('\n')}\n`;
  if (out) {
    mkdirSync(dirname(resolve(out)), { recursive: true });
    writeFileSync(resolve(out), text);
    console.error(`${lines.length} lines written to ${out}`);
  } else process.stdout.write(text);
}
