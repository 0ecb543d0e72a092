import { load } from 'cheerio';
import { readFileSync } from 'node:fs';
import { decodeHtmlText } from '../../src/decoders/html.ts';
import { decodePlainText } from '../../src/decoders/text.ts';
import type { DocumentModel } from '../../src/model/document.ts';
import type { ExtractContext, Extractor } from '../../src/extractors/extractor.ts';
import type { DocumentKind } from '../../src/model/kinds.ts';
import type { Extraction } from '../../src/model/records.ts';

/**
 * Golden comparison for the PoA extractors under the devset README's rules: only the keys an expected
 * row has are compared, `*_contains` / `*_starts_with` are substrings, `topic_also_ok` lists other
 * accepted topics, rows are in document order and every row of a listed table is there.
 * Returns the mismatches as readable lines (an empty list means the extraction matches).
 */

type Row = Record<string, unknown>;

export interface GoldenExpected {
  document?: Row;
  report_submissions?: Row[];
  meeting_statements?: Row[];
  sections?: Row[];
  count_statements?: Row[];
  weapon_counts?: Row[];
  /** Issues that must be among the extraction's issues (own fixtures): severity, rule, line_start. */
  issues?: Row[];
}

/** A fixture decoded as the pipeline would: an `.html` file as a page, anything else as plain text. */
export function decodeFixture(path: string): DocumentModel {
  const text = readFileSync(path, 'utf8');
  return path.endsWith('.html') ? decodeHtmlText(text, 'utf-8', load) : decodePlainText(text, 'utf-8');
}

export function extractFile(extractor: Extractor, path: string, kind: DocumentKind): Extraction {
  const doc = decodeFixture(path);
  const ctx: ExtractContext = { kind, countryIso3: null, reportYear: null, language: null, sourcePath: path };
  return extractor.extract(doc, ctx);
}

function same(a: unknown, b: unknown): boolean {
  if (typeof a === 'boolean' || typeof b === 'boolean') return Boolean(a) === Boolean(b) && (a === null) === (b === null);
  return a === b;
}

function compareRow(where: string, expected: Row, actual: Row, problems: string[]): void {
  for (const [key, want] of Object.entries(expected)) {
    if (key === 'topic_also_ok' || key === 'notes' || key === 'statement_index') continue;
    if (key.endsWith('_contains') || key.endsWith('_starts_with')) {
      const field = key.replace(/_(contains|starts_with)$/, '');
      const got = actual[field];
      const ok = typeof got === 'string' && (key.endsWith('_contains') ? got.includes(String(want)) : got.startsWith(String(want)));
      if (!ok) problems.push(`${where}.${key}: want ${JSON.stringify(want)}, got ${JSON.stringify(got)}`);
      continue;
    }
    if (key === 'topic' && Array.isArray(expected.topic_also_ok)) {
      const allowed = [want, ...(expected.topic_also_ok as unknown[])];
      if (!allowed.includes(actual.topic)) problems.push(`${where}.topic: want one of ${JSON.stringify(allowed)}, got ${JSON.stringify(actual.topic)}`);
      continue;
    }
    if (!(key in actual)) {
      problems.push(`${where}.${key}: missing`);
      continue;
    }
    if (!same(want, actual[key])) problems.push(`${where}.${key}: want ${JSON.stringify(want)}, got ${JSON.stringify(actual[key])}`);
  }
}

function compareTable(name: string, expected: Row[] | undefined, actual: Row[], problems: string[]): void {
  if (expected === undefined) return;
  if (expected.length !== actual.length) problems.push(`${name}: want ${expected.length} rows, got ${actual.length}`);
  for (const [i, row] of expected.entries()) compareRow(`${name}[${i}]`, row, actual[i] ?? {}, problems);
}

/** Words naming the same thing may be trimmed differently (`the police` / `police`): containment either way. */
function overlaps(want: unknown, got: unknown): boolean {
  if (want === null || got === null) return want === got;
  const a = String(want).toLowerCase();
  const b = String(got).toLowerCase();
  return a !== '' && b !== '' && (a.includes(b) || b.includes(a));
}

/** Count statements and their weapon counts (`weapon_counts` rows point to statements by `statement_index`). */
export function countMismatches(expected: GoldenExpected, actual: Extraction): string[] {
  const problems: string[] = [];
  const statements = expected.count_statements;
  if (statements === undefined) return problems;
  if (statements.length !== actual.count_statements.length) {
    problems.push(`count_statements: want ${statements.length}, got ${actual.count_statements.length}`);
  }
  statements.forEach((want, i) => {
    const got = actual.count_statements[i];
    if (!got) return;
    const { agency_raw: agencyRaw, source_text: sourceText, ...rest } = want;
    compareRow(`count_statements[${i}]`, rest, got as unknown as Row, problems);
    if (agencyRaw !== undefined && !overlaps(agencyRaw, got.agency_raw)) {
      problems.push(`count_statements[${i}].agency_raw: want ${JSON.stringify(agencyRaw)}, got ${JSON.stringify(got.agency_raw)}`);
    }
    if (typeof sourceText === 'string' && !got.source_text.includes(sourceText)) {
      problems.push(`count_statements[${i}].source_text: ${JSON.stringify(got.source_text)} does not contain ${JSON.stringify(sourceText)}`);
    }
    const counts = (expected.weapon_counts ?? []).filter((c) => c.statement_index === i + 1);
    if (counts.length !== got.counts.length) problems.push(`count_statements[${i}].counts: want ${counts.length}, got ${got.counts.length}`);
    counts.forEach((wantCount, k) => {
      const gotCount = got.counts[k];
      if (!gotCount) return;
      const { category, category_raw: categoryRaw, ...other } = wantCount;
      // The generic total may carry another code: compare totals on is_total.
      const rowProblems: string[] = [];
      compareRow(`count_statements[${i}].counts[${k}]`, wantCount.is_total === 1 ? other : { category, ...other }, gotCount as unknown as Row, rowProblems);
      if (!overlaps(categoryRaw, gotCount.category_raw)) rowProblems.push(`count_statements[${i}].counts[${k}].category_raw: want ${JSON.stringify(categoryRaw)}, got ${JSON.stringify(gotCount.category_raw)}`);
      problems.push(...rowProblems);
    });
  });
  return problems;
}

/** Document facts, report submissions, meeting statements, sections and expected issues. */
export function goldenMismatches(expected: GoldenExpected, actual: Extraction): string[] {
  const problems: string[] = [];
  if (expected.document) {
    const { kind: _kind, country_iso3: _country, format: _format, ...facts } = expected.document;
    compareRow('document', facts, actual.document as Row, problems);
  }
  compareTable('report_submissions', expected.report_submissions, actual.report_submissions as unknown as Row[], problems);
  compareTable('meeting_statements', expected.meeting_statements, actual.meeting_statements as unknown as Row[], problems);
  compareTable('sections', expected.sections, actual.sections as unknown as Row[], problems);
  for (const want of expected.issues ?? []) {
    if (!actual.issues.some((issue) => issue.severity === want.severity && issue.rule === want.rule && issue.line_start === want.line_start)) {
      problems.push(`issue missing: ${JSON.stringify(want)}`);
    }
  }
  return problems;
}
