/**
 * A table as a PDF-to-text tool lays it out, its columns set apart by runs of spaces, cells wrapping onto
 * the lines below their row:
 *
 *   Category of weapon         Recovered      Destroyed      Remarks
 *   Pistols and                214            190            includes 12 converted
 *   revolvers                                                starting pistols
 *   Shotguns (locally          1,318          1,102
 *   manufactured)
 *   Total                      1,621          1,292
 *
 * The header's cells say where each column starts; every piece of text of a line below (text between runs of
 * two spaces or more) falls in the column it starts in. A line with a count or an unknown marker (`n/a`, `..`)
 * in an action column opens a row; a line with text in the label or remark columns only is the wrapped rest of
 * the row above (`revolvers`, `manufactured)`, `productions`), never a row or a heading of its own.
 *
 * Only where that is safe: a piece running across a column's start, a count outside the action columns, a
 * label-only line that may as well open a row of its own (`Revolvers` under `Pistols`: a row whose counts
 * stand on its second line, or the rest of the label above?) make the table unread, with the line named.
 */
import type { DocLine } from '../poa-shared/lines.ts';
import { isBlank } from '../poa-shared/lines.ts';
import { cellCount } from './category-table.ts';
import { isUnknownMarker } from '../../transforms/unknown.ts';

export interface SpacedColumn {
  /** The header's words. */
  raw: string;
  /** Where the column starts in the line (the header cell's first character). */
  start: number;
}

export interface SpacedRow {
  /** Index of the row's first line (its counts stand on it) and of its last wrapped line. */
  index: number;
  to: number;
  /** The label with its wrapped lines joined by a space. */
  label: string;
  /** One cell per column after the label ('' where the row has nothing). */
  cells: string[];
}

export type SpacedTable =
  | { kind: 'table'; header: SpacedColumn[]; rows: SpacedRow[]; last: number }
  /** A table laid out with spaces whose line `index` cannot be read safely: nothing of it is read. */
  | { kind: 'unsafe'; header: SpacedColumn[]; index: number; last: number; why: string };

interface Piece {
  start: number;
  end: number;
  text: string;
}

/** The pieces of a line: text between runs of two spaces or more (a tab counts as such a run), with where they stand. */
function piecesOf(text: string): Piece[] {
  const line = text.replace(/\t/gu, '    ');
  return [...line.matchAll(/\S+(?: \S+)*/gu)].map((m) => ({ start: m.index ?? 0, end: (m.index ?? 0) + m[0].length, text: m[0] }));
}

/** A piece may start this far left of its column's start (a count set right, a cell nudged by the tool). */
const SLACK = 2;

/** The column a piece falls in (0 is the label's), or null when it runs across a column's start. */
function columnOf(piece: Piece, header: readonly SpacedColumn[]): number | null {
  let column = 0;
  for (let c = 1; c < header.length; c++) if (piece.start >= (header[c]?.start ?? 0) - SLACK) column = c;
  const next = header[column + 1];
  return next === undefined || piece.end <= next.start - 1 ? column : null;
}

/** `3. Marking`, `2.1 Stockpiles`, `IV. Assistance`, `B) Tracing`: a numbered heading's shape. */
const NUMBERED_HEADING = /^(?:\d{1,2}(?:\.\d{1,2})*\.?|[IVX]{1,5}\.|[A-H][.)])\s+\p{Lu}/u;

const isValue = (cell: string): boolean => cellCount(cell) !== null || isUnknownMarker(cell);

/** A wrapped label's rest reads as such: it opens in lower case or with a bracket's or a word's inside, or the label above leaves a bracket open. */
function continuesLabel(label: string, rest: string): boolean {
  if (/^[\p{Ll}(),&/-]/u.test(rest)) return true;
  const opened = (label.match(/\(/gu) ?? []).length > (label.match(/\)/gu) ?? []).length;
  return opened || /(?:[,&/-]|\b(?:and|or|of|et|ou|de|y|o|и|или))$/iu.test(label.trim());
}

/**
 * The table whose header is `filled[k]`: `isAction(c)` tells the header's columns after the label that name an
 * action (the others are remarks, read for nothing). Null when the line is no such header (pipes, digits,
 * fewer than three cells, no action column) or no row follows it.
 */
export function readSpacedTable(
  lines: readonly DocLine[],
  filled: readonly number[],
  k: number,
  isAction: (raw: string) => boolean,
): SpacedTable | null {
  const headerIndex = filled[k] as number;
  const headerText = lines[headerIndex]?.text ?? '';
  if (/[|]/u.test(headerText) || /\d/u.test(headerText)) return null;
  const headerPieces = piecesOf(headerText);
  const header: SpacedColumn[] = headerPieces.map((p) => ({ raw: p.text, start: p.start }));
  if (header.length < 3) return null;
  // Columns stand well apart: a justified line of prose (`The  police  seized  ...`) has gaps of two spaces.
  if (headerPieces.some((p, c) => c > 0 && p.start - (headerPieces[c - 1]?.end ?? 0) < 3)) return null;
  const actionColumns = header.map((column, c) => c > 0 && isAction(column.raw));
  if (!actionColumns.some(Boolean) || isAction(header[0]?.raw ?? '')) return null;

  const rows: SpacedRow[] = [];
  let last = headerIndex;
  // The table unread goes on to its last line (a blank line, a line across the columns or a pipe row ends it):
  // none of its rows is read as prose either.
  const unsafe = (index: number, why: string): SpacedTable => {
    let end = index;
    for (let r = filled.indexOf(index) + 1; r < filled.length; r++) {
      const next = filled[r] as number;
      const text = lines[next]?.text ?? '';
      if (next !== end + 1 || text.includes('|') || piecesOf(text).some((p) => columnOf(p, header) === null)) break;
      end = next;
    }
    return { kind: 'unsafe', header, index, last: end, why };
  };
  for (let r = k + 1; r < filled.length; r++) {
    const index = filled[r] as number;
    // A blank line ends the table (filled lines are consecutive only where no blank line parts them).
    if (index !== (filled[r - 1] as number) + 1 && lines.slice((filled[r - 1] as number) + 1, index).some((line) => isBlank(line))) break;
    const text = lines[index]?.text ?? '';
    if (text.includes('|')) break;
    const pieces = piecesOf(text);
    const columns = pieces.map((p) => columnOf(p, header));
    // A line running across the columns (prose after the table) ends it, before any row it would be a wrap of.
    if (columns.some((c) => c === null)) {
      if (rows.length === 0) return null;
      // Right under a row: the rest of its cells or the text after the table, which cannot be told.
      if (pieces.length > 1) return unsafe(index, 'a piece of text runs across a column');
      break;
    }
    const cells = header.map(() => '');
    pieces.forEach((p, i) => {
      const c = columns[i] as number;
      cells[c] = cells[c] === '' ? p.text : `${cells[c]} ${p.text}`;
    });
    const valued = cells.some((cell, c) => actionColumns[c] && cell !== '');
    if (valued) {
      // Every action cell a count or an unknown marker; a count in a remark column is another reading of the table.
      const bad = cells.findIndex((cell, c) => c > 0 && cell !== '' && (actionColumns[c] ? !isValue(cell) : cellCount(cell) !== null));
      if (bad >= 0 || cells[0] === '') {
        if (rows.length === 0) return null;
        return unsafe(index, cells[0] === '' ? 'counts with no row label' : `'${cells[bad] ?? ''}' in column '${header[bad]?.raw ?? ''}'`);
      }
      rows.push({ index, to: index, label: cells[0] as string, cells: cells.slice(1) });
      last = index;
      continue;
    }
    // A line of label or remark text only: the wrapped rest of the row above.
    const row = rows[rows.length - 1];
    if (!row) return null;
    const rest = cells[0] as string;
    // A numbered heading right under the table (`3. Marking`) ends it: it is no wrapped label.
    if (pieces.length === 1 && NUMBERED_HEADING.test(rest)) break;
    if (rest !== '' && !continuesLabel(row.label, rest)) return unsafe(index, `'${rest}' may be a row of its own or the rest of the label '${row.label}'`);
    if (rest !== '') row.label = `${row.label} ${rest}`;
    cells.slice(1).forEach((cell, c) => {
      if (cell !== '') row.cells[c] = row.cells[c] === '' ? cell : `${row.cells[c]} ${cell}`;
    });
    row.to = index;
    last = index;
  }
  if (rows.length === 0) return null;
  return { kind: 'table', header, rows, last };
}

/**
 * The lines below the header of every table laid out with spaces in the document (its rows and their wrapped
 * cells): none of them is a heading or a question, whatever its words (`manufactured)`, `productions`).
 */
export function spacedTableLines(lines: readonly DocLine[], isAction: (raw: string) => boolean): Set<number> {
  const inside = new Set<number>();
  const filled = lines.flatMap((line, i) => (isBlank(line) ? [] : [i]));
  for (let k = 0; k < filled.length; k++) {
    const table = readSpacedTable(lines, filled, k, isAction);
    if (table === null) continue;
    for (let i = (filled[k] as number) + 1; i <= table.last; i++) inside.add(i);
    k = filled.indexOf(table.last);
  }
  return inside;
}
