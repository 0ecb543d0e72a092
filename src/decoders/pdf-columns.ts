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

/** A run made of one piece of text (an item of its own). */
function runOfPieces(pieces: TextRun['pieces'], model: TextRun): TextRun {
  const first = pieces[0] ?? { x0: model.x0 };
  const last = pieces.at(-1) ?? { x1: model.x1 };
  return { ...model, text: pieces.map((p) => p.text).join(' '), x0: first.x0, x1: last.x1, pieces };
}

/**
 * A line's runs set in the columns, with the column of each, or null when a run stands in none or two
 * runs in one. A run set across a column start (cells whose gap was narrow) is split at its items
 * when each item then stands in one column.
 */
function placeInColumns(line: PlacedLine, starts: number[]): { runs: TextRun[]; columns: number[] } | null {
  const tolerance = 0.5 * line.fontSize;
  const runs: TextRun[] = [];
  const columns: number[] = [];
  for (const run of line.runs) {
    const column = columnOf(run, starts, tolerance);
    if (column >= 0) {
      runs.push(run);
      columns.push(column);
      continue;
    }
    const groups = new Map<number, TextRun['pieces']>();
    for (const piece of run.pieces) {
      const at = columnOf({ ...run, x0: piece.x0, x1: piece.x1 }, starts, tolerance);
      if (at < 0) return null;
      groups.set(at, [...(groups.get(at) ?? []), piece]);
    }
    for (const [at, pieces] of groups) {
      runs.push(runOfPieces(pieces, run));
      columns.push(at);
    }
  }
  if (new Set(columns).size !== columns.length) return null;
  return { runs, columns };
}

/** Tries a table whose header (or first row) is line `at`; returns it when two or more lines are set in its columns. */
function tableFrom(lines: PlacedLine[], at: number, evidence: HyphenEvidence, byPieces: boolean): ColumnTable | null {
  const head = lines[at];
  if (!head) return null;
  // The header's cells: its runs, or its items when the writer set the cells closer than a run gap.
  const cells = byPieces ? head.runs.flatMap((r) => r.pieces) : head.runs;
  if (cells.length < 2 || (byPieces && cells.length === head.runs.length)) return null;
  const starts = cells.map((r) => r.x0);
  const rows: ColumnTable['rows'] = [{ cells: cells.map((r) => r.text), first: at, last: at }];
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
    const placed = placeInColumns(line, starts);
    if (placed === null) break;
    const { runs, columns } = placed;
    const firstColumnOnly = columns.length === 1 && columns[0] === 0;
    const inCell = !nextPage && pitch <= IN_CELL_PITCH * line.fontSize;
    // The header repeated at the top of the next page is no row.
    if (nextPage && runs.map((r) => r.text).join('|') === cells.map((r) => r.text).join('|')) continue;
    // A line of first-column words only, set further down than rows are: a heading or a note after the table.
    if (firstColumnOnly && !inCell && rowPitch > 0 && pitch > rowPitch + 0.2 * line.fontSize) break;
    const startsRow = columns.includes(0) && !(firstColumnOnly && inCell);
    if (startsRow) {
      rows.push({ cells: starts.map(() => ''), first: j, last: j });
      if (!inCell) rowPitch = Math.max(rowPitch, pitch);
    }
    const target = rows.at(-1) as ColumnTable['rows'][number];
    runs.forEach((run, k) => {
      const column = columns[k] ?? 0;
      target.cells[column] = joinWrappedLines(target.cells[column] ?? '', run.text, evidence);
    });
    target.last = j;
    if (columns.length >= 2) multiColumnLines++;
  }
  if (multiColumnLines < 2) return null;
  return { first: at, last: j - 1, rows };
}

/**
 * A header set as one line of words just above a table that starts with a data row (`Year Location
 * Description` over `2022 | N/A | …`): taken as the header when it has one word per column and no digit.
 * Where the words and columns do not pair up one to one, the line stays text: no guessing which words
 * make a cell.
 */
function withWordHeader(lines: PlacedLine[], table: ColumnTable, afterLine: number): ColumnTable {
  const above = lines[table.first - 1];
  const first = lines[table.first];
  const columns = table.rows[0]?.cells.length ?? 0;
  if (!above || !first || table.first - 1 <= afterLine || above.page !== first.page || above.runs.length !== 1) return table;
  if (first.y - above.y > MAX_ROW_PITCH * first.fontSize || /\d/u.test(table.rows[0]?.cells[0] ?? '') === false) return table;
  const words = (above.runs[0]?.text ?? '').split(' ');
  if (words.length !== columns || /\d/u.test(above.runs[0]?.text ?? '')) return table;
  return { ...table, first: table.first - 1, rows: [{ cells: words, first: table.first - 1, last: table.first - 1 }, ...table.rows] };
}

/** Every column table of the document's lines (pages in order), none overlapping. */
export function findColumnTables(lines: PlacedLine[], evidence: HyphenEvidence): ColumnTable[] {
  const tables: ColumnTable[] = [];
  for (let i = 0; i < lines.length; i++) {
    // Columns from the first line's runs, or from its items: whichever reads more of the lines as the table
    // (the items on a tie: they tell cells apart that a narrow gap merged).
    const byRuns = tableFrom(lines, i, evidence, false);
    const byPieces = tableFrom(lines, i, evidence, true);
    const found = byPieces && (!byRuns || byPieces.last >= byRuns.last) ? byPieces : byRuns;
    if (found) {
      const table = withWordHeader(lines, found, tables.at(-1)?.last ?? -1);
      tables.push(table);
      i = table.last;
    }
  }
  return tables;
}
