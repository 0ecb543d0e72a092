import type { CountStatementRecord, IssueDraft } from '../../model/records.ts';
import { isUnknownMarker } from '../../transforms/unknown.ts';
import { type DocLine, isBlank, lineageOf } from '../poa-shared/lines.ts';
import { findActions, type TermMatch } from '../../transforms/categories.ts';
import { categoryColumnsOf, categoryIn, categoryRowStatement, cellCount } from './category-table.ts';
import { agentInLead } from './label-action-table.ts';
import { cellsOf, countOfCell, isTableTitle, rowCells, yearOfCell, type YearTable } from './year-table.ts';

/**
 * Tables of weapon categories by year laid the other way round: the YEARS are the columns and the
 * categories the rows, the action in the caption, often with a Total row:
 *
 *   Table 2: Weapons destroyed, 2014-2018
 *   Category        2014    2015    2017
 *   Pistols          146      98     212
 *   Rifles           530     611     704
 *   Total            676     709     916
 *
 * Each year column is one count statement, read exactly as a year row of a table by category
 * (category-table.ts): its category cells the parts, its Total cell the total. The header's years are
 * never counts. In a report out of a PDF the table may run over a page break: the page furniture is gone
 * from the body already, and what the next page repeats (the header row, the caption's own label with
 * "(continued)" or the like) is passed over, so the rows of both pages stay one table.
 */

/** The label a caption starts with (`Table 2`, `Tableau 3`, `Cuadro 1`): a line starting with it continues the table. */
const CAPTION_LABEL = /^\s*(\p{L}+\.?\s*\d+)\b/u;

interface ColumnRow {
  index: number;
  label: string;
  cells: string[];
}

const sameCells = (a: readonly string[], b: readonly string[]): boolean => a.length === b.length && a.every((cell, i) => cell === b[i]);

/** Where each cell of a space-aligned line starts and ends (its characters), in order. */
function cellSpans(text: string): Array<{ start: number; end: number }> {
  return [...text.matchAll(/\S+(?: \S+)*/gu)].map((m) => ({ start: m.index ?? 0, end: (m.index ?? 0) + m[0].length }));
}

/** A cell that is all one action (`Seized`, `Destroyed`, `Изъято`), and that action; null for any other cell. */
function actionCell(cell: string): TermMatch | null {
  const found = findActions(cell);
  const action = found[0];
  return found.length === 1 && action && action.index === 0 && action.raw.trim().length >= cell.trim().length - 1 ? action : null;
}

type TwoLevelHeader =
  | { kind: 'read'; years: number[]; actions: TermMatch[]; labelled: boolean }
  | { kind: 'unread'; why: string };

/**
 * A header over two lines, the years on the first and the actions under each year on the second:
 *
 *                  2019                  2020
 *   Category   Seized   Destroyed   Seized   Destroyed
 *
 * Null when the two lines are not such a header (the first line is not all years, the second names no action).
 * `unread` when they are, but which year each action column falls under cannot be told for sure: the actions
 * are not the same under every year, their number is not a multiple of the years', or (spaces laying out the
 * columns) a year does not stand over its own group of actions. A cell paired with another column's year or
 * action would be a wrong number: such a table is named, never read.
 */
export function readTwoLevelHeader(top: string, sub: string): TwoLevelHeader | null {
  const yearCells = cellsOf(top);
  if (yearCells.length < 2 || yearCells.some((cell) => yearOfCell(cell) === null)) return null;
  const subCells = cellsOf(sub);
  const actions = subCells.map(actionCell);
  const labelled = actions[0] === null;
  const actionCells = labelled ? actions.slice(1) : actions;
  if (actionCells.length === 0 || actionCells.every((a) => a === null)) return null;
  const years = yearCells.map((cell) => yearOfCell(cell) ?? Number.NaN);
  if (actionCells.some((a) => a === null)) return { kind: 'unread', why: 'a column under the years names no action' };
  const found = actionCells as TermMatch[];
  const per = found.length / years.length;
  if (!Number.isInteger(per) || per < 1) return { kind: 'unread', why: `${found.length} action columns do not divide among ${years.length} years` };
  const group = found.slice(0, per).map((a) => a.code);
  for (let g = 1; g < years.length; g++) {
    if (found.slice(g * per, (g + 1) * per).some((a, i) => a.code !== group[i])) return { kind: 'unread', why: 'the actions are not the same under every year' };
  }
  // Laid out with spaces (a PDF's text): each year must stand nearest its own group of action columns.
  if (!top.includes('|') && !sub.includes('|')) {
    const yearSpans = cellSpans(top);
    const subSpans = cellSpans(sub).slice(labelled ? 1 : 0);
    if (yearSpans.length === years.length && subSpans.length === found.length) {
      const centre = (a: { start: number; end: number }) => (a.start + a.end) / 2;
      const groups = years.map((_, g) => {
        const first = subSpans[g * per] ?? { start: 0, end: 0 };
        const last = subSpans[(g + 1) * per - 1] ?? first;
        return (first.start + last.end) / 2;
      });
      const misplaced = yearSpans.some((span, g) => {
        const distances = groups.map((c) => Math.abs(c - centre(span)));
        return distances.indexOf(Math.min(...distances)) !== g;
      });
      if (misplaced) return { kind: 'unread', why: 'a year does not stand over its own action columns' };
    }
  }
  return { kind: 'read', years, actions: found, labelled };
}

/**
 * A table of categories (rows) under a two-level header (years, then actions under each year): one statement
 * per (year, action) column, in column order, read as a year column of the one-level table is. Null when the
 * lines at `k` are no such header; a table named as not read (no statement, a `table-not-read` warning) when
 * the header or its rows cannot be paired for sure.
 */
function twoLevelTable(lines: readonly DocLine[], filled: readonly number[], k: number, reportedIn: number | null): YearTable | null {
  const topIndex = filled[k] as number;
  const subIndex = filled[k + 1];
  if (subIndex === undefined) return null;
  const header = readTwoLevelHeader(lines[topIndex]?.text ?? '', lines[subIndex]?.text ?? '');
  if (header === null) return null;
  const captionIndex = k > 0 ? (filled[k - 1] as number) : null;
  const above = captionIndex === null ? '' : (lines[captionIndex]?.text.trim() ?? '');
  // The line above is the table's caption (its agency, its weapons) when it is a title, not a sentence.
  const caption = isTableTitle(above) ? above : '';
  const width = header.kind === 'read' ? header.actions.length + 1 : null;
  const rows: ColumnRow[] = [];
  let last = subIndex;
  let ragged = false;
  for (let r = k + 2; r < filled.length; r++) {
    const index = filled[r] as number;
    const text = lines[index]?.text ?? '';
    const cells = cellsOf(text);
    const values = cells.slice(1);
    // A row: a label then counts. A row whose count of cells is not the header's is still the table's (and
    // makes it unread): its cells cannot be put under their columns.
    if (cells.length < 2 || yearOfCell(cells[0] ?? '') !== null || !values.every((cell) => cellCount(cell) !== null || isUnknownMarker(cell))) break;
    if (width !== null && cells.length !== width) ragged = true;
    rows.push({ index, label: cells[0] ?? '', cells: values });
    last = index;
  }
  const from = captionIndex !== null && caption !== '' ? captionIndex : topIndex;
  const line = lines[topIndex]?.no ?? null;
  const unread = (why: string): YearTable => ({
    from,
    to: last,
    statements: [],
    issues: [
      {
        severity: 'warning',
        rule: 'table-not-read',
        message: `Table with years over action columns${caption === '' ? '' : ` '${caption.slice(0, 100)}'`}: ${why}; nothing is loaded from it.`,
        line_start: line,
      },
    ],
  });
  if (rows.length === 0) return header.kind === 'unread' ? unread(header.why) : null;
  if (header.kind === 'unread') return unread(header.why);
  if (ragged) return unread('a row has not one cell per column');
  const statements: CountStatementRecord[] = [];
  const issues: IssueDraft[] = [];
  const lineage = lineageOf(lines, topIndex, last);
  const per = header.actions.length / header.years.length;
  for (const [c, action] of header.actions.entries()) {
    const table = categoryColumnsOf(rows.map((row) => row.label), caption, action);
    if (table === null) return unread('a row names no weapon category');
    const year = header.years[Math.floor(c / per)] as number;
    const read = categoryRowStatement(table, rows.map((row) => row.cells[c] ?? ''), year, reportedIn, lineage, line);
    if (read.statement) statements.push(read.statement);
    issues.push(...read.issues);
  }
  return { from, to: last, statements, issues };
}

/**
 * A table whose rows are ACTIONS and whose columns are years, the weapons (and the agents) in the line above it:
 *
 *   Table 2 shows the firearms handed in to and destroyed by New Zealand Police (in units).
 *   | Action    | 2021  | 2022 | 2023  |
 *   | Handed in | 1,204 | 986  | 1,317 |
 *   | Destroyed | 2,410 | —    | 1,955 |
 *
 * Each count cell is one statement, row by row: its row's action, its column's year (stated), the weapons the
 * caption names (no parts), the agent the caption names after that action (`destroyed by New Zealand Police`; the
 * receiver of weapons handed in `to` a body is no agent). A cell saying not known gives no statement, only an info.
 * Null when a row label is not all one action; a table whose caption names no weapons is named, never read.
 */
function actionRowsTable(
  lines: readonly DocLine[],
  rows: readonly ColumnRow[],
  years: readonly number[],
  caption: string,
  header: string,
  reportedIn: number | null,
): { statements: CountStatementRecord[]; issues: IssueDraft[] } | null {
  const actions = rows.map((row) => actionCell(row.label));
  if (actions.some((action) => action === null)) return null;
  const line = (row: ColumnRow) => lines[row.index]?.no ?? null;
  const category = categoryIn(caption);
  if (category === null) {
    const first = rows[0];
    const message = `Table of actions by year at line ${first ? line(first) : '?'}: the line above it names no weapons, so what was counted cannot be told: nothing is loaded from it.`;
    return { statements: [], issues: [{ severity: 'warning', rule: 'table-not-read', message, line_start: first ? line(first) : null }] };
  }
  const statements: CountStatementRecord[] = [];
  const issues: IssueDraft[] = [];
  for (const [r, row] of rows.entries()) {
    const action = actions[r] as TermMatch;
    const agency = agentInLead(caption, action, {});
    const lineage = lineageOf(lines, row.index, row.index);
    years.forEach((year, c) => {
      const read = countOfCell(row.cells[c] ?? '', `Table of actions by year, row '${row.label}', column ${year}`, line(row));
      if ('issue' in read) {
        issues.push(read.issue);
        return;
      }
      statements.push({
        year,
        year_basis: 'stated',
        // The year stands in the header over the cell's column, not in its row: the step carries the header's words.
        steps: [{ column: 'year', source_words: header, rule: 'table.column-year', lexicon_entry: null, language: null, value: String(year) }],
        action: action.code,
        action_raw: action.raw,
        agency: agency?.code ?? null,
        agency_raw: agency?.raw ?? null,
        total: read.quantity,
        // A lone total: nothing to reconcile.
        components_sum: null,
        reconciliation: 'no_parts',
        reported_in: reportedIn,
        counts: [{ category: category.code, category_raw: category.raw, parent_category: null, quantity: read.quantity, is_total: true, approx: false, approx_qualifier: null, ...lineage }],
        ...lineage,
      });
    });
  }
  return { statements, issues };
}

/** Finds the tables of categories (rows) by year (columns) among `body` (indexes in `lines`), in order. */
export function findYearColumnTables(lines: readonly DocLine[], body: readonly number[], reportedIn: number | null): YearTable[] {
  const tables: YearTable[] = [];
  const filled = body.filter((i) => !isBlank(lines[i]));
  for (let k = 0; k < filled.length; k++) {
    const twoLevel = twoLevelTable(lines, filled, k, reportedIn);
    if (twoLevel !== null) {
      tables.push(twoLevel);
      k = filled.indexOf(twoLevel.to);
      continue;
    }
    if (k === 0) continue;
    const headerIndex = filled[k] as number;
    const header = cellsOf(lines[headerIndex]?.text ?? '');
    const years = header.slice(1).map((cell) => yearOfCell(cell) ?? undefined);
    // A label column then two or more years: `Category  2014  2015  2017`.
    if (header.length < 3 || yearOfCell(header[0] ?? '') !== null || years.some((year) => year === undefined)) continue;
    const captionIndex = filled[k - 1] as number;
    const caption = lines[captionIndex]?.text.trim() ?? '';
    const captionLabel = CAPTION_LABEL.exec(caption)?.[1]?.toLowerCase() ?? null;

    const rows: ColumnRow[] = [];
    let last = headerIndex;
    for (let r = k + 1; r < filled.length; r++) {
      const index = filled[r] as number;
      const text = lines[index]?.text ?? '';
      const cells = rowCells(text, header.length);
      if (sameCells(cells, header)) continue;
      if (captionLabel !== null && text.trim().toLowerCase().startsWith(captionLabel)) continue;
      const values = cells.slice(1);
      // A line of years under a label (`Action | 2021 | 2022`) heads the next table: no row of counts.
      const isRow =
        cells.length === header.length &&
        yearOfCell(cells[0] ?? '') === null &&
        !values.every((cell) => yearOfCell(cell) !== null) &&
        values.every((cell) => cellCount(cell) !== null || isUnknownMarker(cell));
      if (!isRow) break;
      rows.push({ index, label: cells[0] ?? '', cells: values });
      last = index;
    }
    // Rows that are actions (`Handed in`, `Destroyed`): each cell is one statement of its row's action and its column's year.
    const byAction = rows.length === 0 ? null : actionRowsTable(lines, rows, years as number[], caption, lines[headerIndex]?.text.trim() ?? '', reportedIn);
    if (byAction !== null) {
      tables.push({ from: captionIndex, to: last, ...byAction });
      k = filled.indexOf(last);
      continue;
    }
    // The row labels must all be weapon categories or the total, and the caption must name the action.
    const table = rows.length === 0 ? null : categoryColumnsOf(rows.map((row) => row.label), caption);
    if (table === null) continue;

    const statements: CountStatementRecord[] = [];
    const issues: IssueDraft[] = [];
    const lineage = lineageOf(lines, headerIndex, last);
    years.forEach((year, c) => {
      const column = rows.map((row) => row.cells[c] ?? '');
      const read = categoryRowStatement(table, column, Number(year), reportedIn, lineage, lines[headerIndex]?.no ?? null);
      if (read.statement) statements.push(read.statement);
      issues.push(...read.issues);
    });
    tables.push({ from: captionIndex, to: last, statements, issues });
    k = filled.indexOf(last);
  }
  return tables;
}
