/**
 * One cell of a table row read as what its column says: text, a count, or a year. An empty cell is NULL
 * with a warning; `N/A` and the like are honest unknowns (NULL with an info issue); a year that names a
 * period or an approximate year is NULL with a warning; a value that cannot be what its column says is
 * an error reason, and the caller does not load the row.
 */
import { allLexicons } from '../../language/registry.ts';
import type { Language } from '../../language/types.ts';
import type { IssueDraft } from '../../model/records.ts';
import type { TransformationStep } from '../../model/transformations.ts';
import { parseYear, yearOfDate, yearOfDateRange, yearOfYearPart } from '../../transforms/dates.ts';
import { findQuantityMentions, readCountCell } from '../../transforms/quantity-mentions.ts';
import { readUnknownMarker, unknownStep } from '../../transforms/unknown.ts';
import { readVagueQuantity, vagueStep } from '../../transforms/vague-quantities.ts';
import { stripMarkers } from './lines.ts';
import type { ColumnKey, RowDraft, TableKind } from './table-drafts.ts';

/** A cell's words: footnote markers out, and Markdown emphasis around the whole cell (`**Total**`, `_2019_`). */
export function cellText(raw: string): string {
  const text = stripMarkers(raw).trim();
  const emphasised = /^(\*\*|__|\*|_)(.+)\1$/su.exec(text);
  return emphasised ? (emphasised[2] ?? '').trim() : text;
}

export type CellReading<T> = { ok: true; value: T | null; issue?: Omit<IssueDraft, 'record'>; steps?: TransformationStep[] } | { ok: false; reason: string };

export function describeRow(kind: TableKind, rowNumber: number, row: RowDraft): string {
  const lines = row.lineStart === row.lineEnd ? `line ${row.lineStart}` : `lines ${row.lineStart}-${row.lineEnd}`;
  return `${kind} row ${rowNumber} (${lines})`;
}

/** An empty or `N/A`-like cell: NULL, with the issue that says so; undefined when the cell holds a value. */
function blankCell(text: string, column: string, where: string, line: number, language: Language | null, factColumn = column): CellReading<never> | undefined {
  if (text === '') {
    return { ok: true, value: null, issue: { severity: 'warning', rule: 'missing-value', message: `${where}: ${column} cell is empty -> NULL.`, line_start: line } };
  }
  const unknown = readUnknownMarker(text, language);
  if (unknown) {
    return {
      ok: true,
      value: null,
      issue: { severity: 'info', rule: 'unknown-value', message: `${where}: ${column} '${text}' -> NULL (unknown).`, line_start: line },
      steps: [unknownStep(factColumn, unknown)],
    };
  }
  return undefined;
}

export function readText(raw: string | undefined, column: string, where: string, line: number, language: Language | null, factColumn = column): CellReading<string> {
  if (raw === undefined) return { ok: true, value: null };
  const text = cellText(raw);
  return blankCell(text, column, where, line, language, factColumn) ?? { ok: true, value: text };
}

export function readCount(raw: string | undefined, column: ColumnKey, where: string, line: number, language: Language | null): CellReading<number> {
  if (raw === undefined) return { ok: true, value: null };
  const text = cellText(raw);
  const blank = blankCell(text, column, where, line, language);
  if (blank) return blank;
  const count = readCountCell(text, language, column);
  if (count === null) {
    return (
      qualifiedCount(text, column, where, line, language) ??
      notExactCount(text, column, where, line, language) ??
      boundedCount(text, column, where, line, language) ??
      vagueCount(text, column, where, line, language) ?? { ok: false, reason: `${column} '${text}' is not a number` }
    );
  }
  // `9.607` in an English table: a number was meant, which one is not known; the row stays, the cell is NULL.
  if (count.ambiguous !== undefined) {
    return { ok: true, value: null, issue: { severity: 'warning', rule: 'count-ambiguous-number', message: `${where}: ${column} ${count.ambiguous} -> NULL.`, line_start: line } };
  }
  return { ok: true, value: count.value, ...(count.steps.length > 0 ? { steps: count.steps } : {}) };
}

/**
 * A count cell that names a number but not an exact count: a qualified number (`at least 7`, `environ 300`,
 * `plus de 2 300`) or a range (`10-12`). The incident is real and the row loads; the cell is NULL with a
 * warning, since a casualty column has no approximate flag and the number alone would read as exact.
 * Undefined for a cell with no such number (the caller rejects the row: its columns may be shifted).
 */
function notExactCount(text: string, column: string, where: string, line: number, language: Language | null): CellReading<never> | undefined {
  const mentions = findQuantityMentions(text, language, column);
  const [mention] = mentions;
  if (mentions.length !== 1 || mention === undefined) return undefined;
  const why = mention.qualifier ? `a number with the qualifier '${mention.qualifier.written}'` : mention.notACount ? `not one exact number (${mention.notACount.reason})` : null;
  if (why === null) return undefined;
  return { ok: true, value: null, issue: { severity: 'warning', rule: 'quantity-not-exact', message: `${where}: ${column} '${text}' is ${why}, not an exact count -> NULL; the row is loaded.`, line_start: line } };
}

/** A number with a sign that makes it a bound or an estimate: `5+`, `≥10`, `>10`, `~300`, `≈300`, `<5`, `≤5`. */
const SIGNED_BOUND = /^(?:[≥>≈~≤<]\s*(\S.*?)|(\S.*?)\s*\+)$/u;

/**
 * A count cell whose number a sign bounds (`5+`, `≥10`): as a qualified number, the incident is real and the row
 * loads, the cell NULL with a warning (a casualty column has no approximate flag). Undefined for any other cell.
 */
function boundedCount(text: string, column: string, where: string, line: number, language: Language | null): CellReading<never> | undefined {
  const bound = SIGNED_BOUND.exec(text);
  const number = bound?.[1] ?? bound?.[2];
  if (number === undefined) return undefined;
  const count = readCountCell(number, language, column);
  if (count === null || count.value === null) return undefined;
  return { ok: true, value: null, issue: { severity: 'warning', rule: 'quantity-not-exact', message: `${where}: ${column} '${text}' is a bound (${text.replace(number, '').trim()}), not an exact count -> NULL; the row is loaded.`, line_start: line } };
}

/**
 * `12 (incl. 4 civilians)`, `7 (dont 2 enfants)`, `9 (из них 3 военных)`: a count, then a bracket opening with the words
 * that introduce parts (every lexicon's `partIntroducers`). The bracket says what the count
 * includes; the count is the cell's. A bracket opening any other way (`12 (15 according to the press)`) may give another
 * figure for the same thing: that cell is no exact count (the caller's other readings, else the row is refused).
 */
const PART_OPENERS = [...new Set(allLexicons().flatMap((lexicon) => lexicon.partIntroducers))].map((entry) => entry.replaceAll(' ', '\\s+'));
const QUALIFIED_COUNT = new RegExp(`^([^()]+?)\\s*\\(\\s*(?:${PART_OPENERS.join('|')})(?![\\p{L}\\p{M}])[^()]*\\)\\.?$`, 'iu');

function qualifiedCount(text: string, column: string, where: string, line: number, language: Language | null): CellReading<number> | undefined {
  const head = QUALIFIED_COUNT.exec(text)?.[1];
  if (head === undefined) return undefined;
  const count = readCountCell(head, language, column);
  if (count === null || count.value === null || count.ambiguous !== undefined) return undefined;
  return {
    ok: true,
    value: count.value,
    issue: { severity: 'info', rule: 'count-with-breakdown', message: `${where}: ${column} '${text}' -> ${count.value}: the bracket says what the count includes (the words are kept in source_text).`, line_start: line },
    ...(count.steps.length > 0 ? { steps: count.steps } : {}),
  };
}

/**
 * A count cell that speaks of a number without giving it (`dozens`, `several`, `des dizaines`, `десятки`):
 * the incident is real and the row loads; the cell is unknown, NULL with an info issue as `N/A` is.
 */
function vagueCount(text: string, column: string, where: string, line: number, language: Language | null): CellReading<never> | undefined {
  const vague = readVagueQuantity(text, language);
  if (vague === null) return undefined;
  return {
    ok: true,
    value: null,
    issue: { severity: 'info', rule: 'unknown-value', message: `${where}: ${column} '${text}' gives no number (a vague quantity) -> NULL (unknown); the row is loaded.`, line_start: line },
    steps: [vagueStep(column, vague)],
  };
}

/**
 * A year cell that names a period or an approximate year (`1997–98`, `1997-1998`, `c. 2005`, `1990s`,
 * `early 2000s`): the incident is real but its year is not one number. Never a guessed year.
 */
const INEXACT_YEAR = /^(?:(?:19|20)\d{2}\s*(?:[-–—/]|to|au|a|à)\s*(?:\d{2}|(?:19|20)\d{2})|(?:c\.|ca\.|circa|approx\.?|about|around|~|vers|hacia|env\.)\s*(?:19|20)\d{2}|(?:(?:early|mid|late)[-\s]+)?(?:19|20)\d0[’']?s|(?:19|20)\d{2}\s*\?)$/iu;

export function readYearCell(raw: string | undefined, where: string, line: number, language: Language | null): CellReading<number> {
  if (raw === undefined) return { ok: true, value: null };
  const text = cellText(raw);
  const unknown = readUnknownMarker(text, language);
  if (unknown) {
    return {
      ok: true,
      value: null,
      issue: { severity: 'info', rule: 'unknown-value', message: `${where}: year '${text}' -> NULL (unknown).`, line_start: line },
      steps: [unknownStep('year', unknown)],
    };
  }
  const year = parseYear(text);
  if (year !== null) return { ok: true, value: year };
  // A `Date` column (`12 June 2019`, `2019-06-12`, `12/06/2019`): the year of a date whose four-digit year is written.
  const fourDigit = text.match(/(?<!\d)(?:19|20)\d{2}(?!\d)/g) ?? [];
  const dated = fourDigit.length === 1 ? yearOfDate(text) : null;
  if (dated !== null && String(dated) === fourDigit[0]) {
    return { ok: true, value: dated, issue: { severity: 'info', rule: 'year-from-date', message: `${where}: year ${dated} read from the date '${text}'.`, line_start: line } };
  }
  // `mid-2009`, `early 2015`: a part of one year, the year exact.
  const partOf = yearOfYearPart(text);
  if (partOf !== null) return { ok: true, value: partOf, issue: { severity: 'info', rule: 'year-from-date', message: `${where}: year ${partOf} read from '${text}'.`, line_start: line } };
  // `12–14 May 2015`: a range of dates inside one year gives that year; over two years
  // (`December 2011 – January 2012`) it is no one year, NULL (the row still loads).
  const range = yearOfDateRange(text);
  if (range !== null && 'year' in range) {
    return { ok: true, value: range.year, issue: { severity: 'info', rule: 'year-from-date', message: `${where}: year ${range.year} read from the range of dates '${text}'.`, line_start: line } };
  }
  if (range !== null) {
    return {
      ok: true,
      value: null,
      issue: { severity: 'warning', rule: 'year-not-exact', message: `${where}: the dates '${text}' run over ${range.years[0]} and ${range.years[1]}, not one year -> NULL; the row is loaded.`, line_start: line },
    };
  }
  if (INEXACT_YEAR.test(text)) {
    return {
      ok: true,
      value: null,
      issue: { severity: 'warning', rule: 'year-not-exact', message: `${where}: year '${text}' is a period or an approximate year, not one year -> NULL; the row is loaded.`, line_start: line },
    };
  }
  return { ok: false, reason: `year '${text}' is not a year` };
}
