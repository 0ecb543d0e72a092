import type { DocumentModel } from '../model/document.ts';
import type { Extraction, FactTable, IssueDraft } from '../model/records.ts';
import { GROUP_SPACES } from '../transforms/digits.ts';

/**
 * Bytes a decoder could not read become U+FFFD. A number written across one (`9\uFFFD607`) cannot be
 * known: the byte may have been a digit, a separator or a letter. Whatever a parser made of it, such a
 * number is never loaded. This check runs after the extractor and the transforms, on every record, so it
 * holds whatever parser read the number: a nullable number is set to NULL, a record that cannot exist
 * without its number (a weapon count, a submission year) is dropped, and an error issue names the line.
 */

const REPLACEMENT = '\uFFFD';

/** The issues telling what the decoder could not read and how it chose the encoding. */
export function encodingIssues(model: DocumentModel, path: string): IssueDraft[] {
  const evidence = model.encodingEvidence;
  if (!evidence) return [];
  const issues: IssueDraft[] = [
    { severity: 'info', rule: 'encoding-choice', message: `${path}: bytes not clean Unicode; read as ${evidence.choice}`, line_start: null },
    ...(evidence.doubts ?? []).map((doubt): IssueDraft => ({ severity: 'warning', rule: 'encoding-doubt', message: `${path}: ${doubt}`, line_start: null })),
  ];
  const controls = evidence.controlCharacters ?? 0;
  if (evidence.replacedSequences > 0 || controls > 0) {
    const lines = evidence.replacedLines;
    const shown = lines.slice(0, 20).join(', ') + (lines.length > 20 ? ` and ${lines.length - 20} more` : '');
    const what = [
      ...(evidence.replacedSequences > 0 ? [`${evidence.replacedSequences} invalid byte sequence(s)`] : []),
      ...(controls > 0 ? [`${controls} control character(s) (NUL, ESC, ...: never text)`] : []),
    ].join(' and ');
    issues.push({
      severity: 'warning',
      rule: 'replaced-bytes',
      message: `${path}: ${what} read as U+FFFD on line(s) ${shown}; numbers touching them are not loaded`,
      line_start: lines[0] ?? null,
    });
  }
  return issues;
}

// A number as written: digits, with thousands groups after a separator (`9,607`, `9 607`, `9’607`).
// Beside the unreadable byte a group may be cut short (`9,60\uFFFD`): the byte may be its missing digit.
const GROUPS = String.raw`(?:[.,'’ ${GROUP_SPACES}]\d{3})*`;
const SHORT = String.raw`[.,'’${GROUP_SPACES}]\d{1,2}`;
const BEFORE = String.raw`\d+${GROUPS}(?:${SHORT})?`;
const AFTER = String.raw`(?:\d{1,2}[.,'’${GROUP_SPACES}])?\d+${GROUPS}`;
const TOUCHING = new RegExp(`(${BEFORE})?[.,'’ ${GROUP_SPACES}]?\uFFFD+[.,'’ ${GROUP_SPACES}]?(${AFTER})?`, 'g');

/** The digits a number touching a U+FFFD could have been read as (`9\uFFFD607` -> `9607`), one string per place. */
export function taintedDigits(sourceText: string): string[] {
  if (!sourceText.includes(REPLACEMENT)) return [];
  const out: string[] = [];
  for (const match of sourceText.matchAll(TOUCHING)) {
    const digits = `${match[1] ?? ''}${match[2] ?? ''}`.replace(/\D/g, '');
    if (digits !== '') out.push(digits);
  }
  return out;
}

function isTainted(value: number | null, tainted: readonly string[]): boolean {
  if (value === null || tainted.length === 0) return false;
  const digits = String(Math.abs(Math.trunc(value)));
  return tainted.some((run) => run.includes(digits));
}

interface Dropped {
  table: FactTable;
  /** Old index -> new index (or null when dropped). */
  remap: (number | null)[];
}

function remapOf(kept: boolean[]): (number | null)[] {
  let next = 0;
  return kept.map((keep) => (keep ? next++ : null));
}

/** Applies the rule above to an extraction; returns the guarded extraction (records unchanged when nothing touches a U+FFFD). */
export function guardReplacedNumbers(extraction: Extraction, path: string): Extraction {
  const issues: IssueDraft[] = [];
  const flag = (line: number, what: string, source: string, action: string) =>
    issues.push({
      severity: 'error',
      rule: 'number-on-replaced-byte',
      message: `${path}:${line}: ${what} is written across an unreadable byte ("${source.slice(0, 120)}"); ${action}`,
      line_start: line,
    });
  const remaps: Dropped[] = [];
  const nullable = <T extends { line_start: number; source_text: string }>(table: FactTable, records: T[], fields: (keyof T & string)[]): T[] =>
    records.map((record) => {
      const tainted = taintedDigits(record.source_text);
      let out = record;
      for (const field of fields) {
        const value = out[field] as unknown;
        if (typeof value === 'number' && isTainted(value, tainted)) {
          flag(record.line_start, `${table}.${field} ${value}`, record.source_text, 'stored as NULL');
          out = { ...out, [field]: null };
        }
      }
      return out;
    });
  const required = <T extends { line_start: number; source_text: string }>(table: FactTable, records: T[], fields: (keyof T & string)[]): T[] => {
    const kept = records.map((record) => {
      const tainted = taintedDigits(record.source_text);
      const field = fields.find((f) => typeof record[f] === 'number' && isTainted(record[f] as number, tainted));
      if (field) flag(record.line_start, `${table}.${field} ${String(record[field])}`, record.source_text, 'the record is not loaded');
      return field === undefined;
    });
    if (kept.some((k) => !k)) remaps.push({ table, remap: remapOf(kept) });
    return records.filter((_, i) => kept[i]);
  };

  const explosions = nullable('explosions', extraction.explosions, ['year', 'deaths', 'injuries']);
  const diversions = nullable('diversions', extraction.diversions, ['year', 'quantity']).map((d) =>
    d.quantity === null && d.quantity_approx !== null ? { ...d, quantity_approx: null, quantity_qualifier: null } : d,
  );
  const tallies = nullable('tallies', extraction.tallies, ['period_start', 'period_end', 'reported_count']);
  const sections = nullable('sections', extraction.sections, ['source_report_year']);
  const report_submissions = required('report_submissions', extraction.report_submissions, ['report_year']);
  const meeting_statements = required('meeting_statements', extraction.meeting_statements, ['year']);

  // Count statements: a tainted part makes the breakdown unknowable (the statement is dropped with its
  // counts); a tainted total alone is dropped and the statement kept without a total.
  const statementKept: boolean[] = [];
  const countKept: boolean[] = [];
  const count_statements = extraction.count_statements.flatMap((statement) => {
    const tainted = taintedDigits(statement.source_text);
    const partTainted = statement.counts.some((c) => !c.is_total && isTainted(c.quantity, [...tainted, ...taintedDigits(c.source_text)]));
    if (partTainted) {
      flag(statement.line_start, 'a weapon count of this statement', statement.source_text, 'the statement and its counts are not loaded');
      statementKept.push(false);
      for (const _ of statement.counts) countKept.push(false);
      return [];
    }
    statementKept.push(true);
    let out = statement;
    if (isTainted(statement.total, tainted) || statement.counts.some((c) => c.is_total && isTainted(c.quantity, [...tainted, ...taintedDigits(c.source_text)]))) {
      flag(statement.line_start, `the total ${String(statement.total)}`, statement.source_text, 'the statement is loaded without a total');
      out = { ...out, total: null, reconciliation: 'no_total', counts: out.counts.filter((c) => !c.is_total) };
      for (const c of statement.counts) countKept.push(!c.is_total);
    } else {
      for (const _ of statement.counts) countKept.push(true);
    }
    if (isTainted(out.year, tainted)) {
      flag(statement.line_start, `the year ${String(out.year)}`, statement.source_text, 'stored as NULL');
      out = { ...out, year: null, year_basis: null };
    }
    return [out];
  });
  if (statementKept.some((k) => !k)) remaps.push({ table: 'count_statements', remap: remapOf(statementKept) });
  if (countKept.some((k) => !k)) remaps.push({ table: 'weapon_counts', remap: remapOf(countKept) });

  if (issues.length === 0) return extraction;
  // Issues that pointed at a record keep pointing at it (or at nothing when it was dropped).
  const previous = extraction.issues.flatMap((issue): IssueDraft[] => {
    const dropped = issue.record ? remaps.find((r) => r.table === issue.record?.table) : undefined;
    if (!issue.record || !dropped) return [issue];
    const index = dropped.remap[issue.record.index] ?? null;
    if (index === null) {
      const { record: _, ...rest } = issue;
      return [rest];
    }
    return [{ ...issue, record: { table: issue.record.table, index } }];
  });
  return {
    ...extraction,
    explosions, diversions, tallies, sections, report_submissions, meeting_statements, count_statements,
    issues: [...previous, ...issues],
  };
}
