/**
 * A canonical dump of what the count-statement parser reads from every fixture, for before/after
 * comparisons when the parser is restructured: `node bin/run-ts.js scripts/count-statements-dump.ts out.json`.
 *
 * Two views: (1) extractCountStatements run directly over every text fixture cut into paragraphs and
 * into lines, with and without a report year; (2) the real pipelines over every fixture document, with
 * the count_statements, weapon_counts and issues rows (ids, run ids, timestamps and extractor strings left out).
 * `--without-steps` leaves out the recorded transformation steps (to compare with a dump taken before they were recorded).
 */
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import Database from 'better-sqlite3';
import { PIPELINES } from '../pipelines/index.ts';
import { runPipelines } from '../src/pipeline/run.ts';
import { agencyAliasesFromText } from '../src/transforms/categories.ts';
import { extractCountStatements, type ProseUnit } from '../src/transforms/count-statements/index.ts';

const ROOT = join(import.meta.dirname, '..');
const FIXTURES = join(ROOT, 'tests', 'fixtures');

function files(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const path = join(dir, name);
      return statSync(path).isDirectory() ? files(path) : [path];
    });
}

const documents = files(FIXTURES).filter((p) => /\.(txt|html|md)$/u.test(p));

/** Units the way a caller cuts them: paragraphs (blank-line separated) and, separately, single lines. */
function units(text: string): { paragraphs: ProseUnit[]; lines: ProseUnit[] } {
  const lines = text.split('\n');
  const paragraphs: ProseUnit[] = [];
  let start = -1;
  for (let i = 0; i <= lines.length; i++) {
    const blank = i === lines.length || (lines[i] ?? '').trim() === '';
    if (!blank && start < 0) start = i;
    if (blank && start >= 0) {
      paragraphs.push({ text: lines.slice(start, i).join('\n'), span: { lineStart: start + 1, lineEnd: i } });
      start = -1;
    }
  }
  return {
    paragraphs,
    lines: lines.flatMap((line, i) => (line.trim() === '' ? [] : [{ text: line, span: { lineStart: i + 1, lineEnd: i + 1 } }])),
  };
}

const direct: Record<string, unknown> = {};
for (const path of documents) {
  const text = readFileSync(path, 'utf8');
  const { paragraphs, lines } = units(text);
  const agencyAliases = agencyAliasesFromText(text);
  const key = relative(FIXTURES, path);
  direct[key] = {
    paragraphs2015: extractCountStatements(paragraphs, { reportedIn: 2015, language: null, agencyAliases }),
    paragraphsNoYear: extractCountStatements(paragraphs, { reportedIn: null, language: null }),
    lines2015: extractCountStatements(lines, { reportedIn: 2015, language: null, agencyAliases }),
  };
}

const TMP = join(ROOT, 'tests', '.tmp');
mkdirSync(TMP, { recursive: true });
const dir = mkdtempSync(join(TMP, 'count-dump-'));
const raw = join(dir, 'raw');
mkdirSync(raw);
const pipelineInputs = files(FIXTURES).filter((p) => /\.(txt|html|md|pdf)$/u.test(p));
for (const path of pipelineInputs) copyFileSync(path, join(raw, relative(FIXTURES, path).replaceAll('/', '__')));
const warehouse = join(dir, 'warehouse', 'salw.sqlite');
await runPipelines({ rawDir: raw, warehousePath: warehouse, pipelines: PIPELINES, allPipelines: PIPELINES });
const db = new Database(warehouse, { readonly: true });

const DROP = /(^|_)(id|run|at|extractor|loaded|created|updated)$|_run_id$|_at$/u;
function clean(row: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(row).filter(([k]) => !DROP.test(k)));
}

const pipeline: Record<string, unknown> = {};
const docs = db.prepare('SELECT document_id, source_path FROM documents ORDER BY source_path, document_id').all() as { document_id: number; source_path: string }[];
for (const doc of docs) {
  const statements = db.prepare('SELECT * FROM count_statements WHERE document_id = ? ORDER BY statement_id').all(doc.document_id) as Record<string, unknown>[];
  pipeline[`${basename(doc.source_path)}#${doc.document_id}`] = {
    statements: statements.map((s) => ({
      ...clean(s),
      counts: (db.prepare('SELECT * FROM weapon_counts WHERE statement_id = ? ORDER BY count_id').all(s.statement_id) as Record<string, unknown>[]).map(clean),
    })),
    issues: (db.prepare('SELECT * FROM quality_issues WHERE document_id = ? ORDER BY rowid').all(doc.document_id) as Record<string, unknown>[]).map(clean),
  };
}
db.close();
rmSync(dir, { recursive: true, force: true });

const args = process.argv.slice(2);
const withoutSteps = args.includes('--without-steps');
const out = args.find((a) => !a.startsWith('--')) ?? 'count-statements-dump.json';
const replacer = (key: string, value: unknown): unknown => (withoutSteps && key === 'steps' ? undefined : value);
writeFileSync(out, `${JSON.stringify({ direct, pipeline }, replacer, 1)}\n`);
console.log(`${documents.length} fixture texts, ${docs.length} documents -> ${out}`);
