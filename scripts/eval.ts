import { copyFileSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import Database from 'better-sqlite3';
import { PIPELINES } from '../pipelines/index.ts';
import { runPipelines } from '../src/pipeline/run.ts';
import { compareDocument, type DocumentComparison, GOLDEN_SETS, type GoldenDocument, readGoldenSet } from '../tests/helpers/golden.ts';

/**
 * `npm run eval [-- [--problems] <golden set folder>...]`: fact-level precision and recall of the warehouse against the
 * golden sets, per set, per document family and per table, from the same comparator as the golden tests
 * (tests/helpers/golden.ts). A fact is a row of a fact table; a loaded row is correct when it is aligned with
 * an expected row and every asserted key holds (a `todo` key that does not hold makes it wrong here).
 * Precision = correct / loaded, recall = correct / expected, over the tables each expected file lists.
 *
 * With no argument it runs every golden set (GOLDEN_SETS in tests/helpers/golden.ts: the devsets and the blind
 * sets written since, all development sets now). Any folder in the devset layout (docs/, expected/) can be given, e.g. tests/fixtures/portuguese or tests/fixtures/pending.
 */

const REPO_ROOT = fileURLToPath(new URL('../', import.meta.url));

export interface Tally {
  documents: number;
  /** Documents whose document row (status, kind, country, year, language, dates) does not match. */
  documentsWrong: number;
  expected: number;
  loaded: number;
  correct: number;
}

export interface Evaluation {
  bySet: Map<string, Tally>;
  byFamily: Map<string, Tally>;
  byTable: Map<string, Tally>;
  total: Tally;
}

const emptyTally = (): Tally => ({ documents: 0, documentsWrong: 0, expected: 0, loaded: 0, correct: 0 });

/** Adds up the comparisons of every golden document, per set, per family and per table. */
export function evaluate(comparisons: readonly DocumentComparison[]): Evaluation {
  const evaluation: Evaluation = { bySet: new Map(), byFamily: new Map(), byTable: new Map(), total: emptyTally() };
  const tallyOf = (map: Map<string, Tally>, key: string): Tally => {
    const existing = map.get(key);
    if (existing) return existing;
    const fresh = emptyTally();
    map.set(key, fresh);
    return fresh;
  };
  for (const c of comparisons) {
    const family = typeof c.doc.expected.document.kind === 'string' ? c.doc.expected.document.kind : 'unknown';
    const perDocument = [tallyOf(evaluation.bySet, c.doc.set), tallyOf(evaluation.byFamily, family), evaluation.total];
    for (const t of perDocument) {
      t.documents++;
      // A known gap (todo) in the document row still makes it wrong here.
      if (c.documentProblems.length + (c.documentTodos?.length ?? 0) > 0) t.documentsWrong++;
    }
    for (const table of c.tables) {
      for (const t of [...perDocument, tallyOf(evaluation.byTable, table.table)]) {
        t.expected += table.expected;
        t.loaded += table.actual;
        t.correct += table.matched;
      }
    }
  }
  return evaluation;
}

const ratio = (part: number, whole: number): string => (whole === 0 ? '   -  ' : `${((100 * part) / whole).toFixed(1).padStart(5)}%`);

/** The evaluation as a text table. */
export function formatEvaluation(evaluation: Evaluation, setNames: readonly string[]): string {
  const development = setNames.filter((name) => (GOLDEN_SETS as readonly string[]).includes(name));
  const others = setNames.filter((name) => !development.includes(name));
  const lines: string[] = [`Fact-level precision and recall on ${setNames.join(', ')}.`];
  if (development.length > 0) {
    lines.push(
      `${development.join(' and ')}: DEVELOPMENT sets, the extractors were tuned on them (devset-local was once called a holdout).`,
      'Their figures say how well the code fits what it was shown, not how it does on documents nobody has seen.',
    );
  }
  if (others.length > 0) lines.push(`${others.join(' and ')}: not tuned on when written; once a fix is made for them they are development sets too.`);
  lines.push('');
  const header = `${'group'.padEnd(28)} ${'docs'.padStart(5)} ${'doc row wrong'.padStart(14)} ${'expected'.padStart(9)} ${'loaded'.padStart(7)} ${'correct'.padStart(8)} ${'precision'.padStart(10)} ${'recall'.padStart(7)}`;
  const row = (name: string, t: Tally, withDocuments = true): string =>
    `${name.padEnd(28)} ${(withDocuments ? String(t.documents) : '').padStart(5)} ${(withDocuments ? String(t.documentsWrong) : '').padStart(14)} ${String(t.expected).padStart(9)} ${String(t.loaded).padStart(7)} ${String(t.correct).padStart(8)} ${ratio(t.correct, t.loaded).padStart(10)} ${ratio(t.correct, t.expected).padStart(7)}`;
  const section = (title: string, map: Map<string, Tally>, withDocuments = true): void => {
    lines.push(title, header);
    for (const [name, t] of [...map.entries()].sort(([a], [b]) => a.localeCompare(b))) lines.push(row(name, t, withDocuments));
    lines.push('');
  };
  section('Per golden set', evaluation.bySet);
  section('Per family', evaluation.byFamily);
  section('Per fact table', evaluation.byTable, false);
  lines.push(row('all', evaluation.total));
  return lines.join('\n');
}

/** Loads the golden documents into a fresh warehouse with the real pipelines and compares each one. */
export async function compareGoldenSets(documents: readonly GoldenDocument[]): Promise<DocumentComparison[]> {
  const dir = mkdtempSync(join(tmpdir(), 'salw-eval-'));
  try {
    const raw = join(dir, 'raw');
    mkdirSync(raw);
    // One folder per set: two sets may hold documents with the same file name.
    for (const doc of documents) {
      mkdirSync(join(raw, doc.set), { recursive: true });
      copyFileSync(doc.path, join(raw, doc.set, doc.name));
    }
    const warehousePath = join(dir, 'warehouse', 'salw.sqlite');
    await runPipelines({ rawDir: raw, warehousePath, pipelines: PIPELINES, allPipelines: PIPELINES });
    const db = new Database(warehousePath, { readonly: true });
    try {
      return documents.map((doc) => compareDocument(db, doc, { sourcePath: `${doc.set}/${doc.name}` }));
    } finally {
      db.close();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const invokedAs = process.argv[1];
if (invokedAs && import.meta.url === pathToFileURL(resolve(invokedAs)).href) {
  const args = process.argv.slice(2);
  const showProblems = args.includes('--problems');
  const given = args.filter((a) => a !== '--problems');
  const folders = given.length > 0 ? given.map((f) => resolve(f)) : GOLDEN_SETS.map((set) => join(REPO_ROOT, 'tests', 'fixtures', set));
  const documents = folders.flatMap((folder) => readGoldenSet(folder, basename(folder)));
  if (documents.length === 0) {
    console.error(`no golden documents (docs/ and expected/) under ${folders.join(', ')}`);
    process.exit(2);
  }
  const comparisons = await compareGoldenSets(documents);
  console.log(formatEvaluation(evaluate(comparisons), folders.map((f) => basename(f))));
  if (showProblems) {
    for (const c of comparisons) {
      const problems = [...c.documentProblems, ...c.tables.flatMap((t) => t.problems.map((p) => `${t.table} ${p}`)), ...(c.issues?.problems ?? [])];
      if (problems.length > 0) console.log(`\n${c.doc.set}/${c.doc.name}\n  ${problems.join('\n  ')}`);
    }
  }
}
