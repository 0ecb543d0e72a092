import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import Database from 'better-sqlite3';
import { PIPELINES } from '../pipelines/index.ts';
import { type RunOptions, runPipelines } from '../src/pipeline/run.ts';
import { DUMPED_TABLES, dumpLines } from '../src/warehouse/canonical-dump.ts';
import { makePdfFromText, writeFixtures } from './make-fixtures.ts';

export { dumpDifference } from '../src/warehouse/canonical-dump.ts';

/**
 * A canonical dump (src/warehouse/canonical-dump.ts) of the warehouse built from every fixture document.
 *
 * It is how a refactor proves it changed only what it meant to: tests/fixtures/canonical/before.jsonl is the
 * dump of the code before the refactor, expected.jsonl what the code must dump now, and every line where the
 * two differ is a fix named in tests/fixtures/canonical/fixes.json (see the README there).
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

/** Reads the canonical dump out of a SQLite warehouse file (src/warehouse/canonical-dump.ts says what it holds). */
export function dumpWarehouse(db: Database.Database): string[] {
  const rows = (table: string): Record<string, unknown>[] => db.prepare(`SELECT * FROM ${table} ORDER BY ${DUMPED_TABLES[table]}`).all() as Record<string, unknown>[];
  const facts = Object.fromEntries(Object.keys(DUMPED_TABLES).filter((t) => t !== 'documents' && t !== 'quality_issues').map((t) => [t, rows(t)]));
  return dumpLines({ documents: rows('documents'), facts, issues: rows('quality_issues') });
}

/**
 * Loads every fixture document into a fresh warehouse with the real pipelines and returns its canonical dump.
 * With `workerEntry`, documents are read in `workers` worker threads as the CLI reads them (else in this thread).
 * `run` loads the warehouse file (runPipelines by default); the tests pass one that loads a PostgreSQL
 * warehouse standing for that file and leaves its exact copy there (tests/helpers/backend.ts).
 */
export async function canonicalDump(options: { workerEntry?: string; workers?: number; run?: (options: RunOptions) => Promise<unknown> } = {}): Promise<string[]> {
  const dir = mkdtempSync(join(tmpdir(), 'salw-canonical-'));
  try {
    const raw = join(dir, 'raw');
    mkdirSync(raw);
    await stageFixtureDocuments(raw);
    const warehousePath = join(dir, 'warehouse', 'salw.sqlite');
    await (options.run ?? runPipelines)({ rawDir: raw, warehousePath, pipelines: PIPELINES, allPipelines: PIPELINES, workerEntry: options.workerEntry, workers: options.workers });
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
