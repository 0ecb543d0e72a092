import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { canonicalDump, dumpDifference, readDump } from '../../scripts/canonical-dump.ts';
import { testBackend } from '../helpers/backend.ts';
import { REPO_ROOT } from '../helpers/tmp.ts';

/**
 * Before/after: the canonical dump of the warehouse over every fixture document (scripts/canonical-dump.ts)
 * must equal tests/fixtures/canonical/expected.jsonl, and every line where expected.jsonl differs from
 * before.jsonl (the dump of the code before the extraction-core refactor, never edited) must be a fix listed
 * in fixes.json that names the test proving it. See tests/fixtures/canonical/README.md.
 */

const DIR = join(REPO_ROOT, 'tests', 'fixtures', 'canonical');

/** SQLite, or PostgreSQL dumped from an exact copy (tests/helpers/backend.ts): both must dump expected.jsonl. */
const backend = await testBackend();

interface Fix {
  /** What the fix changes, in the domain's words. */
  fix: string;
  /** The test file that proves it, and (a substring of) the name of the test. */
  test: string;
  name: string;
  removed: string[];
  added: string[];
}

type Row = Record<string, unknown>;

/** Lines grouped by document, table and first line, so a changed row prints as the columns that changed. */
function readableDiff(removed: readonly string[], added: readonly string[], limit = 60): string {
  const keyOf = (line: string): string => {
    const row = JSON.parse(line) as Row;
    return `${String(row.doc)} ${String(row.table)} line ${String(row.line_start ?? '-')}`;
  };
  const addedByKey = new Map<string, string[]>();
  for (const line of added) addedByKey.set(keyOf(line), [...(addedByKey.get(keyOf(line)) ?? []), line]);
  const out: string[] = [];
  for (const line of removed) {
    const key = keyOf(line);
    const partner = addedByKey.get(key)?.shift();
    if (partner === undefined) {
      out.push(`- ${key}: row gone: ${line}`);
      continue;
    }
    const was = JSON.parse(line) as Row;
    const now = JSON.parse(partner) as Row;
    const changes = [...new Set([...Object.keys(was), ...Object.keys(now)])]
      .filter((column) => JSON.stringify(was[column]) !== JSON.stringify(now[column]))
      .map((column) => `${column}: ${JSON.stringify(was[column])} -> ${JSON.stringify(now[column])}`);
    out.push(`~ ${key}: ${changes.join('; ')}`);
  }
  for (const lines of addedByKey.values()) for (const line of lines) out.push(`+ ${keyOf(line)}: new row: ${line}`);
  const shown = out.slice(0, limit);
  if (out.length > limit) shown.push(`... and ${out.length - limit} more`);
  return shown.join('\n');
}

describe('canonical dump of the warehouse over every fixture', () => {
  let now: string[];
  const before = readDump(join(DIR, 'before.jsonl'));
  const expected = readDump(join(DIR, 'expected.jsonl'));
  const fixes = JSON.parse(readFileSync(join(DIR, 'fixes.json'), 'utf8')) as Fix[];

  beforeAll(async () => {
    now = await canonicalDump({ run: backend.runPipelines });
  }, 180_000);

  it('covers every family, the generated PDFs and encodings, and the seeds', () => {
    const documents = before.map((line) => JSON.parse(line) as Row).filter((row) => row.table === 'documents');
    const kinds = new Set(documents.map((d) => String(d.kind)));
    expect([...kinds].sort()).toEqual(['amap_profile', 'null', 'poa_profile', 'poa_report']);
    expect(documents.filter((d) => d.format === 'pdf' && d.status === 'loaded').length).toBeGreaterThanOrEqual(8);
    expect(documents.filter((d) => String(d.doc).startsWith('generated/ru_report.')).length).toBe(5);
    expect(documents.filter((d) => String(d.doc).startsWith('seeds/')).length).toBe(2);
  });

  it('the code dumps exactly expected.jsonl', () => {
    const { removed, added } = dumpDifference(expected, now);
    const diff = readableDiff(removed, added);
    expect(diff, `the dump differs from tests/fixtures/canonical/expected.jsonl (- expected, + now):\n${diff}\n`).toBe('');
  });

  it('every difference between before.jsonl and expected.jsonl is a fix named in fixes.json', () => {
    const { removed, added } = dumpDifference(before, expected);
    // removed lines must be some fix's `removed`, added lines some fix's `added`, and nothing listed that is not a difference.
    const unexplained = dumpDifference(removed.slice().sort(), fixes.flatMap((f) => f.removed).sort());
    const unexplainedAdded = dumpDifference(added.slice().sort(), fixes.flatMap((f) => f.added).sort());
    const report = [
      ...unexplained.removed.map((l) => `removed without a fix: ${l}`),
      ...unexplained.added.map((l) => `fix lists a removal that is not a difference: ${l}`),
      ...unexplainedAdded.removed.map((l) => `added without a fix: ${l}`),
      ...unexplainedAdded.added.map((l) => `fix lists an addition that is not a difference: ${l}`),
    ];
    expect(report).toEqual([]);
  });

  it('each fix names an existing test that proves it', () => {
    const problems: string[] = [];
    for (const fix of fixes) {
      if (!fix.fix || fix.removed.length + fix.added.length === 0) problems.push(`a fix with no description or no lines: ${JSON.stringify(fix).slice(0, 120)}`);
      const path = join(REPO_ROOT, fix.test);
      if (!fix.test.startsWith('tests/') || !fix.test.endsWith('.test.ts') || !existsSync(path)) problems.push(`${fix.fix}: no test file ${fix.test}`);
      else if (!fix.name || !readFileSync(path, 'utf8').includes(fix.name)) problems.push(`${fix.fix}: ${fix.test} has no test named ${JSON.stringify(fix.name)}`);
    }
    expect(problems).toEqual([]);
  });
});
