/**
 * The explosions and diversion tables of a profile, whatever shape they arrive in: pipe rows (with or
 * without the trailing pipe), HTML rows, space-separated rows, rows whose description wraps onto the
 * next line. Rows become records in table order, never deduplicated. A row that is truncated or holds a
 * value that cannot be what its column says (a year that is not a year, deaths that are not a number)
 * is NOT loaded: it gets an error issue with its line, and its position still counts in row_number.
 * `N/A` and the like are honest unknowns: NULL with an info issue.
 *
 * This module loads a finished table: its column checks, rows split mid-row put back together, `Total`
 * rows checked and left out. The table's draft and kind are in table-drafts.ts, space-separated rows in
 * space-rows.ts, the cells in table-cells.ts, the records in table-records.ts.
 */
import type { Language } from '../../language/types.ts';
import type { ExplosionRecord, Extraction, IssueDraft } from '../../model/records.ts';
import { parseYear } from '../../transforms/dates.ts';
import { parseIntegerToken } from '../../transforms/quantity.ts';
import { splitSpaceRow } from './space-rows.ts';
import { cellText, describeRow } from './table-cells.ts';
import { type ColumnKey, DEFAULT_COLUMNS, type RowDraft, type TableDraft, type TableKind, tableKind } from './table-drafts.ts';
import { cellsOf, diversionOf, explosionOf, type GroupYear, type RowContext } from './table-records.ts';
import { anyProfileWord } from './words.ts';

/** A row that sums the table (`Total`, `Totals`, `Total général`): not an incident. */
const TOTAL_LABEL = new RegExp(`^(?:${anyProfileWord((words) => words.totalRowLabels)})\\s*:?$`, 'iu');

export function isTotalRow(cells: string[]): boolean {
  const first = cells.find((c) => c.trim() !== '');
  return first !== undefined && TOTAL_LABEL.test(cellText(first));
}

/** Rows split over two lines mid-row (`2009 | Arys | Non-state` + `(company) | 5 | 15`) are put back together. */
function mergeSplitRows(rows: RowDraft[], width: number): RowDraft[] {
  const merged: RowDraft[] = [];
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i];
    if (!row) continue;
    const next = rows[i + 1];
    if (next && row.cells.length < width && next.cells.length < width && parseYear(next.cells[0] ?? '') === null) {
      const joined = [...row.cells.slice(0, -1), `${row.cells.at(-1) ?? ''} ${next.cells[0] ?? ''}`.trim(), ...next.cells.slice(1)];
      if (joined.length === width) {
        merged.push({ ...row, cells: joined, lineEnd: next.lineEnd, texts: [...row.texts, ...next.texts] });
        i++;
        continue;
      }
    }
    merged.push(row);
  }
  return merged;
}

/** The year of a row whose only filled cell is a year (`2016 | | | | |`), else null. */
function yearOnly(row: RowDraft): { year: number; written: string } | null {
  const filled = row.cells.map(cellText).filter((c) => c !== '');
  const [only] = filled;
  if (filled.length !== 1 || only === undefined) return null;
  const year = parseYear(only);
  return year === null ? null : { year, written: only };
}

/**
 * Year group rows: a table may write the year once, on a row of its own, above the incidents of that
 * year (`Month | Location | ...` with `2016 | | | | |` over `June | Salawa | ...`). A row holding only a
 * year is such a group row when the row under it has no year of its own (no year column, or its year
 * cell empty), or is itself a group row: no incident, its year is the year of the rows below it until the
 * next group row. A year-only row over a row with its own year stays a row (nothing says it groups).
 * Returns the incident rows, each with the group it sits in (undefined when none).
 */
function groupRows(rows: RowDraft[], columns: Array<ColumnKey | null>): { rows: RowDraft[]; groups: Array<GroupYear | undefined> } {
  const yearAt = columns.indexOf('year');
  const ownYear = (row: RowDraft) => yearAt >= 0 && cellText(row.cells[yearAt] ?? '') !== '';
  const kept: RowDraft[] = [];
  const groups: Array<GroupYear | undefined> = [];
  let group: GroupYear | undefined;
  rows.forEach((row, i) => {
    const only = yearOnly(row);
    const next = rows[i + 1];
    if (only && next && (yearOnly(next) !== null || !ownYear(next))) {
      group = { year: only.year, written: only.written, line: row.lineStart };
      return;
    }
    kept.push(row);
    groups.push(group);
  });
  return { rows: kept, groups };
}

/**
 * A `Total` row is no incident: it is not loaded. Its deaths and injuries are checked against the sum
 * of the rows when every row was loaded with a known value (a warning when they differ, info otherwise).
 */
function checkTotalRow(kind: TableKind, total: RowDraft, columns: Array<ColumnKey | null>, loaded: ExplosionRecord[], rowCount: number): IssueDraft {
  const where = `${kind} table: 'Total' row (line ${total.lineStart})`;
  const differences: string[] = [];
  if (kind === 'explosions' && loaded.length === rowCount) {
    for (const column of ['deaths', 'injuries'] as const) {
      const at = columns.indexOf(column);
      const stated = at < 0 ? null : parseIntegerToken(cellText(total.cells[at] ?? ''), null);
      const values = loaded.map((e) => e[column]);
      if (stated === null || values.some((v) => v === null)) continue;
      const sum = values.reduce<number>((a, v) => a + (v ?? 0), 0);
      if (sum !== stated) differences.push(`${column} total ${stated} but the rows add up to ${sum}`);
    }
  }
  if (differences.length > 0) {
    return { severity: 'warning', rule: 'total-row-mismatch', message: `${where}: ${differences.join('; ')}; the total row is not loaded.`, line_start: total.lineStart };
  }
  return { severity: 'info', rule: 'total-row', message: `${where} sums the table; it is no incident and is not loaded.`, line_start: total.lineStart };
}

/**
 * Turns a finished table into explosion or diversion records (appended to `out`, with their issues).
 * Returns the table's kind and the number of data rows it had (loaded or not), for the tally check.
 */
export function loadTable(table: TableDraft, out: Extraction, language: Language | null = null): { kind: TableKind | null; rows: number } {
  const kind = tableKind(table);
  if (kind === null) {
    out.issues.push({
      severity: 'warning',
      rule: 'unknown-table',
      message: `table at line ${table.lineStart}${table.caption ? ` ('${table.caption}')` : ''} is neither an explosions nor a diversion table; not loaded.`,
      line_start: table.lineStart,
    });
    return { kind: null, rows: 0 };
  }
  const columns = table.columns ?? DEFAULT_COLUMNS[kind];
  const merged = table.mode === 'cells' ? mergeSplitRows(table.rows, columns.length) : table.rows;
  const totals = merged.filter((row) => isTotalRow(row.cells));
  const grouped = table.mode === 'cells' ? groupRows(merged.filter((row) => !isTotalRow(row.cells)), columns) : null;
  const rows = grouped?.rows ?? merged.filter((row) => !isTotalRow(row.cells));
  // A table with no year column whose rows all sit under year group rows has its years all the same.
  const yearsByGroup = grouped !== null && grouped.rows.length > 0 && grouped.groups.every((g) => g !== undefined);
  const missing = DEFAULT_COLUMNS[kind].filter((c) => !columns.includes(c) && !(c === 'year' && yearsByGroup));
  if (table.mode === 'cells' && missing.length > 0) {
    out.issues.push({
      severity: 'warning',
      rule: 'missing-column',
      message: `${kind} table at line ${table.lineStart} has no ${missing.join(', ')} column: those values are NULL for every row.`,
      line_start: table.lineStart,
    });
  }
  if (table.ignored && table.ignored.length > 0) {
    out.issues.push({
      severity: 'info',
      rule: 'column-not-loaded',
      message: `${kind} table at line ${table.lineStart}: column${table.ignored.length > 1 ? 's' : ''} ${table.ignored.map((l) => `'${l}'`).join(', ')} not loaded (no warehouse column).`,
      line_start: table.lineStart,
    });
  }
  const firstLoaded = { explosions: out.explosions.length, diversions: out.diversions.length };

  rows.forEach((row, i) => {
    const rowNumber = i + 1;
    const where = describeRow(kind, rowNumber, row);
    let cellsRaw = row.cells;
    let rowColumns: Array<ColumnKey | null> = columns;
    let splitIssue: Omit<IssueDraft, 'record'> | undefined;
    if (row.space) {
      const split = splitSpaceRow(row, kind);
      if ('error' in split) {
        out.issues.push({ severity: 'error', rule: 'malformed-row', message: `${where}: ${split.error}; row not loaded.`, line_start: row.lineStart });
        return;
      }
      cellsRaw = split.cells;
      rowColumns = split.columns;
      splitIssue = split.issue;
    }
    const cells = cellsOf(cellsRaw, rowColumns);
    if (typeof cells === 'string') {
      out.issues.push({ severity: 'error', rule: 'malformed-row', message: `${where} ${cells}; row not loaded: '${row.texts.join(' ')}'.`, line_start: row.lineStart });
      return;
    }
    const group = grouped?.groups[i];
    const ctx: RowContext = { kind, rowNumber, row, caption: table.caption, language, ...(group ? { group } : {}) };
    if (kind === 'explosions') {
      const result = explosionOf(ctx, cells);
      if (typeof result === 'string') {
        out.issues.push({ severity: 'error', rule: 'malformed-row', message: `${where}: ${result}; row not loaded: '${row.texts.join(' ')}'.`, line_start: row.lineStart });
        return;
      }
      const index = out.explosions.push(result.record) - 1;
      for (const issue of result.issues) out.issues.push({ ...issue, record: { table: 'explosions', index } });
    } else {
      const result = diversionOf(ctx, cells);
      if (typeof result === 'string') {
        out.issues.push({ severity: 'error', rule: 'malformed-row', message: `${where}: ${result}; row not loaded: '${row.texts.join(' ')}'.`, line_start: row.lineStart });
        return;
      }
      const index = out.diversions.push(result.record) - 1;
      for (const issue of [...(splitIssue ? [splitIssue] : []), ...result.issues]) out.issues.push({ ...issue, record: { table: 'diversions', index } });
    }
  });
  for (const total of totals) {
    const loaded = kind === 'explosions' ? out.explosions.slice(firstLoaded.explosions) : [];
    out.issues.push(checkTotalRow(kind, total, columns, loaded, rows.length));
  }
  return { kind, rows: rows.length };
}
