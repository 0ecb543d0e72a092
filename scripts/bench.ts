/**
 * The benchmark: `npm run bench [-- --docs 2000 --pdfs 50 --workers N --keep --cold-only]`.
 *
 * On a generated corpus (scripts/bench/corpus.ts: every profile, PoA page and report the repository
 * holds, text, HTML and PDF) it runs the built CLI as a user does and measures, in one process run:
 * - a cold ingest (docs/s, MB/s, rows/s, peak RSS) against its floor (read and sha256 every file, insert
 *   the same number of rows with one prepared statement in one transaction);
 * - a no-op re-run against its floor (start Node, stat every file, one query);
 * - a re-run with one changed document, and a full re-extraction (--full-refresh) against the cold run;
 * - PDF pages/s of the pipeline on the corpus's PDFs against pdf-parse doing the same work on one thread.
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
import { coldFloor, folderBytes, pdfParseFloor } from './bench/floors.ts';
import { type Measured, measure } from './bench/measure.ts';

const root = fileURLToPath(new URL('../', import.meta.url));
const { values: args } = parseArgs({
  options: {
    docs: { type: 'string', default: '2000' },
    pdfs: { type: 'string' },
    workers: { type: 'string', default: String(availableParallelism()) },
    keep: { type: 'boolean', default: false },
    // Cold ingest only (docs/s, peak RSS): to see memory at 20,000 documents without the other figures' time.
    'cold-only': { type: 'boolean', default: false },
  },
});
const documents = Number(args.docs);
const pdfs = Number(args.pdfs ?? Math.max(1, Math.round(documents / 40)));
const workers = Number(args.workers);

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

process.stderr.write(`writing ${documents} documents (${pdfs} PDFs) into ${raw} ...\n`);
const corpus: Corpus = await writeCorpus(root, raw, documents, pdfs);
const mb = corpus.bytes / 1e6;

// The CLI runs its build: make sure it is there and current (as `npm start` would).
measure(process.execPath, [join(root, 'bin/build-cli.js'), '--if-stale'], root);

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
const pdfRaw = join(dir, 'pdf');
mkdirSync(pdfRaw);
for (const name of readdirSync(raw).filter((n) => n.endsWith('.pdf'))) cpSync(join(raw, name), join(pdfRaw, name));
const pdfFiles = readdirSync(pdfRaw).map((n) => join(pdfRaw, n));
const pdfPipeline = measure(process.execPath, [join(root, 'bin/salw-etl.js'), 'run', '--raw', pdfRaw, '--warehouse', join(dir, 'pdf.sqlite'), '--quiet', '--workers', '1'], root);
const pdfFloorSeconds = await pdfParseFloor(pdfFiles);

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
  pdf: {
    files: pdfFiles.length, pages: corpus.pdfPages, mb: round(folderBytes(pdfRaw) / 1e6),
    seconds: round(pdfPipeline.seconds), threads: 1, pages_per_s: round(corpus.pdfPages / pdfPipeline.seconds, 1),
    pdf_parse_seconds: round(pdfFloorSeconds), pdf_parse_threads: 1, pdf_parse_pages_per_s: round(corpus.pdfPages / pdfFloorSeconds, 1),
    ratio: ratio(pdfPipeline.seconds, pdfFloorSeconds),
  },
};

const table: [string, string, string, string][] = [
  ['figure', 'pipeline', 'floor', 'ratio'],
  [`cold ingest (${workers} workers)`, `${figures.cold.seconds} s, ${figures.cold.docs_per_s} docs/s, ${figures.cold.mb_per_s} MB/s, ${figures.cold.rows_per_s} rows/s`, `${figures.cold.floor_seconds} s (1 thread)`, `${figures.cold.ratio}x`],
  ['peak RSS, cold ingest', `${figures.cold.peak_rss_mb ?? '?'} MB`, '', ''],
  ['no-op re-run', `${figures.no_op.seconds} s`, `${figures.no_op.floor_seconds} s`, `${figures.no_op.ratio}x`],
  ['re-run, one document changed', `${figures.one_changed.seconds} s`, '', ''],
  ['full re-extraction', `${figures.full_reextraction.seconds} s`, `cold ${figures.cold.seconds} s`, `${figures.full_reextraction.ratio_to_cold}x`],
  [`PDF (${figures.pdf.files} files, ${figures.pdf.pages} pages, 1 worker)`, `${figures.pdf.seconds} s, ${figures.pdf.pages_per_s} pages/s`, `pdf-parse ${figures.pdf.pdf_parse_seconds} s (1 thread)`, `${figures.pdf.ratio}x`],
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
