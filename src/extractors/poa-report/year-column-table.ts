import type { CountStatementRecord, IssueDraft } from '../../model/records.ts';
import { isUnknownMarker } from '../../transforms/unknown.ts';
import { type DocLine, isBlank, lineageOf } from '../poa-shared/lines.ts';
import { categoryColumnsOf, categoryRowStatement, cellCount } from './category-table.ts';
import { cellsOf, rowCells, YEAR_CELL, type YearTable } from './year-table.ts';

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

/** Finds the tables of categories (rows) by year (columns) among `body` (indexes in `lines`), in order. */
export function findYearColumnTables(lines: readonly DocLine[], body: readonly number[], reportedIn: number | null): YearTable[] {
  const tables: YearTable[] = [];
  const filled = body.filter((i) => !isBlank(lines[i]));
  for (let k = 1; k < filled.length; k++) {
    const headerIndex = filled[k] as number;
    const header = cellsOf(lines[headerIndex]?.text ?? '');
    const years = header.slice(1).map((cell) => YEAR_CELL.exec(cell)?.[1]);
    // A label column then two or more years: `Category  2014  2015  2017`.
    if (header.length < 3 || YEAR_CELL.test(header[0] ?? '') || years.some((year) => year === undefined)) continue;
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
      const isRow =
        cells.length === header.length && !YEAR_CELL.test(cells[0] ?? '') && values.every((cell) => cellCount(cell) !== null || isUnknownMarker(cell));
      if (!isRow) break;
      rows.push({ index, label: cells[0] ?? '', cells: values });
      last = index;
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
