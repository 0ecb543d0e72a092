/**
 * The benchmark: `npm run bench [-- --docs 2000 --pdfs 50 --workers N --keep --cold-only]`, or
 * `npm run bench -- --pdf-only --pdfs 50 --rounds 5` for the PDF figure alone.
 *
 * On a generated corpus (scripts/bench/corpus.ts: every profile, PoA page and report the repository
 * holds, text, HTML and PDF) it runs the built CLI as a user does and measures, in one process run:
 * - a cold ingest (docs/s, MB/s, rows/s, peak RSS) against its floor (read and sha256 every file, insert
 *   the same number of rows with one prepared statement in one transaction);
 * - a no-op re-run against its floor (start Node, stat every file, one query);
 * - a re-run with one changed document, and a full re-extraction (--full-refresh) against the cold run;
 * - PDF pages/s of the pipeline on the corpus's PDFs against pdf-parse doing the same work on one thread,
 *   wall and CPU time, the median of `--rounds` turns (scripts/bench/pdf.ts).
 * It prints a table and a last line of JSON, and writes the figures to bench/results/. Nothing in
 * `npm test` asserts a time.
 */
import { appendFileSync, cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import Database from 'better-sqlite3';
import { type Corpus, writeCorpus } from './bench/corpus.ts';
import { coldFloor, folderBytes } from './bench/floors.ts';
import { type Measured, measure } from './bench/measure.ts';
import { measurePdf } from './bench/pdf.ts';

const root = fileURLToPath(new URL('../', import.meta.url));
const { values: args } = parseArgs({
  options: {
    docs: { type: 'string', default: '2000' },
    pdfs: { type: 'string' },
    workers: { type: 'string', default: String(availableParallelism()) },
    keep: { type: 'boolean', default: false },
    // Cold ingest only (docs/s, peak RSS): to see memory at 20,000 documents without the other figures' time.
    'cold-only': { type: 'boolean', default: false },
    // The PDF figure alone, on a corpus of --pdfs PDFs: its rounds take turns with the floor's.
    'pdf-only': { type: 'boolean', default: false },
    rounds: { type: 'string' },
  },
});
const documents = Number(args.docs);
const pdfs = Number(args.pdfs ?? Math.max(1, Math.round(documents / 40)));
const workers = Number(args.workers);
const rounds = Number(args.rounds ?? (args['pdf-only'] ? 5 : 1));

const dir = mkdtempSync(join(tmpdir(), 'salw-bench-'));
const raw = join(dir, 'raw');
const warehouse = join(dir, 'salw.sqlite');
const cli = (extra: string[], rawDir = raw, warehousePath = warehouse): Measured =>
  measure(process.execPath, [join(root, 'bin/salw-etl.js'), 'run', '--raw', rawDir, '--warehouse', warehousePath, '--quiet', '--workers', String(workers), ...extra], root);

/** Every row the pipeline wrote, in every table (documents, facts, lineage steps, issues, runs, ...). */
function rowsIn(path: string): number {
  const db = new Database(path, { readonly: true });
  const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'").pluck().all() as string[];
  const rows = tables.reduce((sum, t) => sum + Number(db.prepare(`SELECT count(*) FROM "${t}"`).pluck().get()), 0);
  db.close();
  return rows;
}

function documentsLoaded(path: string): number {
  const db = new Database(path, { readonly: true });
  const n = Number(db.prepare("SELECT count(*) FROM documents WHERE status IN ('loaded', 'superseded')").pluck().get());
  db.close();
  return n;
}

process.stderr.write(`writing ${args['pdf-only'] ? pdfs : documents} documents (${pdfs} PDFs) into ${raw} ...\n`);
const corpus: Corpus = await writeCorpus(root, raw, args['pdf-only'] ? pdfs : documents, pdfs);
const mb = corpus.bytes / 1e6;

// The CLI runs its build: make sure it is there and current (as `npm start` would).
measure(process.execPath, [join(root, 'bin/build-cli.js'), '--if-stale'], root);

/** The PDF figure over the corpus's PDFs (copied into a folder of their own). */
function pdfFigures() {
  const pdfRaw = join(dir, 'pdf');
  mkdirSync(pdfRaw);
  for (const name of readdirSync(raw).filter((n) => n.endsWith('.pdf'))) cpSync(join(raw, name), join(pdfRaw, name));
  const pdfFiles = readdirSync(pdfRaw).sort().map((n) => join(pdfRaw, n));
  return { ...measurePdf({ root, pdfDir: pdfRaw, files: pdfFiles, pages: corpus.pdfPages, rounds, scratch: dir }), mb: Math.round((folderBytes(pdfRaw) / 1e6) * 100) / 100 };
}

if (args['pdf-only']) {
  process.stderr.write(`PDF, ${rounds} rounds ...\n`);
  const pdf = pdfFigures();
  const figures = { measured_at: new Date().toISOString(), machine: { cores: availableParallelism(), cpu: cpus()[0]?.model ?? 'unknown', node: process.version }, pdf };
  console.log(`PDF (${pdf.files} files, ${pdf.pages} pages, 1 worker), median of ${rounds}: ${pdf.seconds} s wall, ${pdf.cpu_seconds ?? '?'} s CPU; pdf-parse ${pdf.pdf_parse_seconds} s wall, ${pdf.pdf_parse_cpu_seconds} s CPU: ${pdf.ratio}x wall, ${pdf.cpu_ratio ?? '?'}x CPU (pdf-parse's public calls: ${pdf.pdf_parse_public_seconds} s, ${pdf.pdf_parse_public_cpu_seconds} s CPU)`);
  mkdirSync(join(root, 'bench/results'), { recursive: true });
  writeFileSync(join(root, 'bench/results', `${figures.measured_at.replace(/[:.]/g, '-')}-${pdfs}-pdfs.json`), `${JSON.stringify(figures, null, 2)}\n`);
  if (!args.keep) rmSync(dir, { recursive: true, force: true });
  console.log(JSON.stringify(figures));
  process.exit(0);
}

process.stderr.write('cold ingest ...\n');
const cold = cli([]);
const rows = rowsIn(warehouse);
const loaded = documentsLoaded(warehouse);
const coldFloorSeconds = coldFloor(raw, rows, join(dir, 'floor.sqlite'));

if (args['cold-only']) {
  const figures = { measured_at: new Date().toISOString(), documents, mb: Math.round(mb * 100) / 100, loaded, rows, workers, seconds: Math.round(cold.seconds * 100) / 100, docs_per_s: Math.round((documents / cold.seconds) * 10) / 10, peak_rss_mb: cold.peakRssMb === null ? null : Math.round(cold.peakRssMb) };
  console.log(`cold ingest of ${documents} documents (${workers} workers): ${figures.seconds} s, ${figures.docs_per_s} docs/s, peak RSS ${figures.peak_rss_mb ?? '?'} MB`);
  mkdirSync(join(root, 'bench/results'), { recursive: true });
  writeFileSync(join(root, 'bench/results', `${figures.measured_at.replace(/[:.]/g, '-')}-${documents}-docs-cold.json`), `${JSON.stringify(figures, null, 2)}\n`);
  if (!args.keep) rmSync(dir, { recursive: true, force: true });
  console.log(JSON.stringify(figures));
  process.exit(0);
}

process.stderr.write('no-op re-run ...\n');
const noOp = cli([]);
const noOpFloor = measure(process.execPath, [join(root, 'scripts/bench/no-op-floor.mjs'), raw, warehouse], root);

process.stderr.write('one changed document ...\n');
const changed = readdirSync(raw).find((name) => name.endsWith('.txt')) as string;
appendFileSync(join(raw, changed), '\n');
const oneChanged = cli([]);

process.stderr.write('full re-extraction ...\n');
const fullRefresh = cli(['--full-refresh']);

process.stderr.write('PDF ...\n');
const pdf = pdfFigures();

const ratio = (a: number, b: number) => Math.round((a / b) * 100) / 100;
const round = (n: number, digits = 2) => Math.round(n * 10 ** digits) / 10 ** digits;
const figures = {
  measured_at: new Date().toISOString(),
  machine: { cores: availableParallelism(), cpu: cpus()[0]?.model ?? 'unknown', memory_gb: round(totalmem() / 2 ** 30, 1), node: process.version },
  corpus: { documents: corpus.documents, mb: round(mb), formats: corpus.formats, pdf_pages: corpus.pdfPages, sources: corpus.sources, documents_loaded: loaded, rows },
  cold: {
    seconds: round(cold.seconds), threads: workers, docs_per_s: round(documents / cold.seconds, 1), mb_per_s: round(mb / cold.seconds),
    rows_per_s: Math.round(rows / cold.seconds), peak_rss_mb: cold.peakRssMb === null ? null : Math.round(cold.peakRssMb),
    floor_seconds: round(coldFloorSeconds), floor_threads: 1, ratio: ratio(cold.seconds, coldFloorSeconds),
  },
  no_op: { seconds: round(noOp.seconds), floor_seconds: round(noOpFloor.seconds), ratio: ratio(noOp.seconds, noOpFloor.seconds), peak_rss_mb: noOp.peakRssMb === null ? null : Math.round(noOp.peakRssMb) },
  one_changed: { seconds: round(oneChanged.seconds) },
  full_reextraction: { seconds: round(fullRefresh.seconds), ratio_to_cold: ratio(fullRefresh.seconds, cold.seconds), peak_rss_mb: fullRefresh.peakRssMb === null ? null : Math.round(fullRefresh.peakRssMb) },
  pdf,
};

const table: [string, string, string, string][] = [
  ['figure', 'pipeline', 'floor', 'ratio'],
  [`cold ingest (${workers} workers)`, `${figures.cold.seconds} s, ${figures.cold.docs_per_s} docs/s, ${figures.cold.mb_per_s} MB/s, ${figures.cold.rows_per_s} rows/s`, `${figures.cold.floor_seconds} s (1 thread)`, `${figures.cold.ratio}x`],
  ['peak RSS, cold ingest', `${figures.cold.peak_rss_mb ?? '?'} MB`, '', ''],
  ['no-op re-run', `${figures.no_op.seconds} s`, `${figures.no_op.floor_seconds} s`, `${figures.no_op.ratio}x`],
  ['re-run, one document changed', `${figures.one_changed.seconds} s`, '', ''],
  ['full re-extraction', `${figures.full_reextraction.seconds} s`, `cold ${figures.cold.seconds} s`, `${figures.full_reextraction.ratio_to_cold}x`],
  [`PDF (${pdf.files} files, ${pdf.pages} pages, 1 worker)`, `${pdf.seconds} s, ${pdf.pages_per_s} pages/s, ${pdf.cpu_seconds ?? '?'} s CPU`, `pdf-parse ${pdf.pdf_parse_seconds} s, ${pdf.pdf_parse_cpu_seconds} s CPU (1 thread)`, `${pdf.ratio}x (CPU ${pdf.cpu_ratio ?? '?'}x)`],
];
const widths = [0, 1, 2, 3].map((c) => Math.max(...table.map((r) => r[c]?.length ?? 0)));
console.log(`${documents} documents, ${figures.corpus.mb} MB (${corpus.formats.text.documents} text, ${corpus.formats.html.documents} HTML, ${corpus.formats.pdf.documents} PDF); ${loaded} loaded, ${rows} rows; ${figures.machine.cores} cores`);
for (const row of table) console.log(row.map((cell, c) => cell.padEnd(widths[c] ?? 0)).join('  ').trimEnd());

const results = join(root, 'bench/results');
mkdirSync(results, { recursive: true });
writeFileSync(join(results, `${figures.measured_at.replace(/[:.]/g, '-')}-${documents}-docs.json`), `${JSON.stringify(figures, null, 2)}\n`);
if (args.keep) process.stderr.write(`kept ${dir}\n`);
else rmSync(dir, { recursive: true, force: true });
console.log(JSON.stringify(figures));
