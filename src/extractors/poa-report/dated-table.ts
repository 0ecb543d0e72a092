import { foldKey } from '../../language/matchers.ts';
import { allLexicons } from '../../language/registry.ts';
import type { CountStatementRecord, IssueDraft } from '../../model/records.ts';
import { findActions, type TermMatch } from '../../transforms/categories.ts';
import { TOTAL_LABEL } from '../../transforms/count-statements/compile.ts';
import { captionAgency } from '../poa-shared/caption-agency.ts';
import { parseYear, yearOfDate } from '../../transforms/dates.ts';
import { type DocLine, isBlank, lineageOf } from '../poa-shared/lines.ts';
import { categoryIn } from './category-table.ts';
import { cellsOf, countOfCell, isTableTitle, type YearTable } from './year-table.ts';

/**
 * Tables of dated events, one row each, that national reports give for destructions and seizures:
 *
 *   Table 1. Destruction of firearms by the National Police, 2020
 *   Date             | Place     | Firearms destroyed | Method and remarks
 *   14 February 2020 | Jayapura  | 412                | Cut with hydraulic shears
 *   9 July 2020      | Makassar  | 286                | Crushed, then burned
 *
 * Each count cell is a count statement: its year from the row's date (stated), the action and the weapons
 * from its column's header or else the caption, the agency from the caption's "by ..." phrase. In a PDF a
 * row's cells wrap over lines (`14 February` / `2020`): a line whose count cells are empty continues the row
 * above it. A date that says no year gives no statement and a warning: the count is not loaded under a
 * guessed year.
 */

/** The word for "date" of every language (lexicons' `sourceLines.dateLabels`, the one-word labels): a date column's header. */
let dateHeaders: ReadonlySet<string> | null = null;
function isDateHeader(cell: string): boolean {
  dateHeaders ??= new Set(allLexicons().flatMap((lexicon) => lexicon.sourceLines.dateLabels.map(foldKey)));
  return dateHeaders.has(foldKey(cell.trim()));
}

/** A table line's cells in their columns: empty cells kept when the line has pipes (a wrapped row leaves some empty). */
function columnCells(text: string): string[] {
  if (!text.includes('|')) return cellsOf(text);
  let row = text.trim();
  // `| a | b |` is framed by pipes; in `a | b |` the last pipe opens an empty cell.
  if (row.startsWith('|')) row = row.slice(1).replace(/\|$/u, '');
  return row.split('|').map((cell) => cell.trim());
}

interface CountColumn {
  index: number;
  raw: string;
  action: TermMatch;
  category: { code: string; raw: string };
}

interface DatedRow {
  cells: string[];
  from: number;
  to: number;
}

/** Finds the tables of dated events among `body` (indexes in `lines`), in order. */
export function findDatedTables(lines: readonly DocLine[], body: readonly number[], reportedIn: number | null): YearTable[] {
  const tables: YearTable[] = [];
  const filled = body.filter((i) => !isBlank(lines[i]));
  for (let k = 0; k < filled.length; k++) {
    const headerIndex = filled[k] as number;
    const header = columnCells(lines[headerIndex]?.text ?? '');
    const dateColumn = header.findIndex(isDateHeader);
    if (header.length < 2 || dateColumn < 0) continue;
    const captionIndex = k > 0 ? (filled[k - 1] as number) : null;
    const caption = captionIndex === null ? '' : (lines[captionIndex]?.text.trim() ?? '');
    const captionIsTitle = isTableTitle(caption);
    const title = captionIsTitle ? caption : '';
    const captionAction = findActions(title)[0] ?? null;
    const captionCategory = categoryIn(title);
    // A count column names what it counts or what was done (`Firearms destroyed`, `Armas incautadas`, `Quantity`
    // under a caption naming both): its own words first, the caption's for what they leave out.
    const columns: CountColumn[] = [];
    header.forEach((raw, index) => {
      if (index === dateColumn) return;
      const action = findActions(raw)[0] ?? null;
      const category = categoryIn(raw);
      if (action === null && category === null) return;
      const chosenAction = action ?? captionAction;
      const chosenCategory = category ?? captionCategory;
      if (chosenAction && chosenCategory) columns.push({ index, raw, action: chosenAction, category: chosenCategory });
    });
    if (columns.length === 0) continue;

    const rows: DatedRow[] = [];
    let last = headerIndex;
    for (let r = k + 1; r < filled.length; r++) {
      const rowIndex = filled[r] as number;
      const cells = columnCells(lines[rowIndex]?.text ?? '');
      if (cells.length !== header.length) break;
      const countsEmpty = columns.every((column) => (cells[column.index] ?? '') === '');
      const previous = rows[rows.length - 1];
      if (previous && countsEmpty && yearOfDate(cells[dateColumn] ?? '') === null) {
        // A wrapped row: its cells' words go on in the row above (`14 February` + `2020`).
        previous.cells = previous.cells.map((cell, c) => [cell, cells[c] ?? ''].filter((part) => part !== '').join(' '));
        previous.to = rowIndex;
      } else {
        rows.push({ cells, from: rowIndex, to: rowIndex });
      }
      last = rowIndex;
    }
    if (rows.length === 0) continue;

    const agency = captionAgency(title);
    const statements: CountStatementRecord[] = [];
    const issues: IssueDraft[] = [];
    for (const row of rows) {
      const line = lines[row.from]?.no ?? null;
      const dateText = row.cells[dateColumn] ?? '';
      if (TOTAL_LABEL.test(dateText)) {
        issues.push({ severity: 'info', rule: 'table-total-row', message: `Row '${dateText}' of a table of dated events sums its rows: not loaded as a statement.`, line_start: line });
        continue;
      }
      // A date, or a year alone (`Date | Weapons seized` over `2016 | 310`): a bare year only counts here, where the
      // row has its counts; on a line whose counts are empty it is a wrapped date's tail (above).
      const year = yearOfDate(dateText) ?? parseYear(dateText);
      const lineage = lineageOf(lines, row.from, row.to);
      for (const column of columns) {
        const cell = row.cells[column.index] ?? '';
        if (cell === '') continue;
        const where = `Table of dated events, row '${dateText}', column '${column.raw}'`;
        const read = countOfCell(cell, where, line);
        if ('issue' in read) {
          issues.push(read.issue);
          continue;
        }
        const quantity = read.quantity;
        if (year === null) {
          issues.push({ severity: 'warning', rule: 'unreadable-date', message: `${where}: the date '${dateText}' gives no year: ${quantity} not loaded.`, line_start: line });
          continue;
        }
        statements.push({
          year,
          year_basis: 'stated',
          action: column.action.code,
          action_raw: column.action.raw,
          agency: agency?.code ?? null,
          agency_raw: agency?.raw ?? null,
          total: quantity,
          // A lone total: nothing to reconcile.
          components_sum: null,
          reconciliation: 'no_parts',
          reported_in: reportedIn,
          counts: [{ category: column.category.code, category_raw: column.category.raw, parent_category: null, quantity, is_total: true, approx: false, approx_qualifier: null, ...lineage }],
          ...lineage,
        });
      }
    }
    tables.push({ from: captionIsTitle && captionIndex !== null ? captionIndex : headerIndex, to: last, statements, issues });
    k = filled.indexOf(last);
  }
  return tables;
}
