/**
 * Tables a PDF sets in columns without rules or separators (`Year   Location   Description`): found
 * by where their words stand, not by what they say. A run of lines is a table when at least two of
 * its lines have words in two or more of the same columns; a line with words only in the later
 * columns (a description that wrapped inside its cell) goes on with the row above; a line whose first
 * column holds words starts a row. Each row comes out as one `a | b | c` line, which the text logic
 * reads as a table row, with every wrapped cell joined back (URLs and hyphenated words as in prose).
 */
import type { PlacedLine, TextRun } from './pdf-geometry.ts';
import { type HyphenEvidence, joinWrappedLines } from './line-joins.ts';

/** A table found on a page: the lines it spans (indices into the page's lines) and its rows. */
export interface ColumnTable {
  first: number;
  last: number;
  rows: Array<{ cells: string[]; first: number; last: number }>;
}

/** A table line may stand this many font sizes below the one before; a wider gap ends the table. */
const MAX_ROW_PITCH = 3;
/** Lines of one wrapped cell stand at most this many font sizes apart. */
const IN_CELL_PITCH = 1.4;

/** The column a run stands in: it starts in the column's span and does not reach into the next column. */
function columnOf(run: TextRun, starts: number[], tolerance: number): number {
  for (let k = starts.length - 1; k >= 0; k--) {
    const start = starts[k] ?? 0;
    if (run.x0 < start - tolerance) continue;
    const next = starts[k + 1];
    if (next !== undefined && run.x1 > next + tolerance) return -1;
    return k;
  }
  return -1;
}

/** The columns of every run of a line, or null when a run stands in none or two runs in one. */
function columnsOfLine(line: PlacedLine, starts: number[]): number[] | null {
  const tolerance = 0.5 * line.fontSize;
  const columns = line.runs.map((run) => columnOf(run, starts, tolerance));
  if (columns.some((c) => c < 0)) return null;
  if (new Set(columns).size !== columns.length) return null;
  return columns;
}

/** Tries a table whose header (or first row) is line `at`; returns it when two or more lines are set in its columns. */
function tableFrom(lines: PlacedLine[], at: number, evidence: HyphenEvidence): ColumnTable | null {
  const head = lines[at];
  if (!head || head.runs.length < 2) return null;
  const starts = head.runs.map((r) => r.x0);
  const rows: ColumnTable['rows'] = [{ cells: head.runs.map((r) => r.text), first: at, last: at }];
  let multiColumnLines = 1;
  let rowPitch = 0;
  let j = at + 1;
  for (; j < lines.length; j++) {
    const line = lines[j] as PlacedLine;
    const above = lines[j - 1] as PlacedLine;
    // Over a page break the table goes on at the top of the next page; the distance says nothing there.
    const nextPage = line.page === above.page + 1;
    const pitch = nextPage ? 0 : line.y - above.y;
    if (line.page !== above.page && !nextPage) break;
    if ((!nextPage && (pitch <= 0 || pitch > MAX_ROW_PITCH * line.fontSize)) || Math.abs(line.fontSize - head.fontSize) > 0.6) break;
    const columns = columnsOfLine(line, starts);
    if (columns === null) break;
    const firstColumnOnly = columns.length === 1 && columns[0] === 0;
    const inCell = !nextPage && pitch <= IN_CELL_PITCH * line.fontSize;
    // The header repeated at the top of the next page is no row.
    if (nextPage && line.runs.map((r) => r.text).join('|') === head.runs.map((r) => r.text).join('|')) continue;
    // A line of first-column words only, set further down than rows are: a heading or a note after the table.
    if (firstColumnOnly && !inCell && rowPitch > 0 && pitch > rowPitch + 0.2 * line.fontSize) break;
    const startsRow = columns.includes(0) && !(firstColumnOnly && inCell);
    if (startsRow) {
      rows.push({ cells: starts.map(() => ''), first: j, last: j });
      if (!inCell) rowPitch = Math.max(rowPitch, pitch);
    }
    const target = rows.at(-1) as ColumnTable['rows'][number];
    line.runs.forEach((run, k) => {
      const column = columns[k] ?? 0;
      target.cells[column] = joinWrappedLines(target.cells[column] ?? '', run.text, evidence);
    });
    target.last = j;
    if (columns.length >= 2) multiColumnLines++;
  }
  if (multiColumnLines < 2) return null;
  return { first: at, last: j - 1, rows };
}

/** Every column table of the document's lines (pages in order), none overlapping. */
export function findColumnTables(lines: PlacedLine[], evidence: HyphenEvidence): ColumnTable[] {
  const tables: ColumnTable[] = [];
  for (let i = 0; i < lines.length; i++) {
    const table = tableFrom(lines, i, evidence);
    if (table) {
      tables.push(table);
      i = table.last;
    }
  }
  return tables;
}
