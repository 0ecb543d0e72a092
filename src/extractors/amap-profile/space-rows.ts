/**
 * Tables whose rows are written as plain lines without separators (`2021 Taraz State (military) 12 90`):
 * where a row starts (a year line), when it needs no more lines, and how its words split into cells, by
 * runs of spaces when the columns are aligned, by the owner words of an explosions row otherwise. A row
 * whose words cannot be told apart is an error, never a guess.
 */
import type { IssueDraft } from '../../model/records.ts';
import { type ColumnKey, DEFAULT_COLUMNS, type RowDraft, type TableDraft, type TableKind, tableKind } from './table-drafts.ts';

/** A year row of a space-separated table: `2021 Ulaanbaatar`, `2014 Nalaikh District`, `N/A Darkhan`. */
export function readSpaceRowStart(line: string): { year: string; head: string } | null {
  const m = /^\s*((?:1[89]|20)\d{2}|N\/A)(?:\s+(.*))?$/iu.exec(line);
  if (!m) return null;
  return { year: m[1] ?? '', head: (m[2] ?? '').trim() };
}

/** `2021 Taraz State (military) 12 90`: owner words are the anchor between location and the counts. */
const SPACE_EXPLOSION = /^(.+?)\s+((?:non[-\s]?state|state|private|public|government|military|police|company|n\/a|unknown)(?:\s*\([^)]*\))?)\s+(\S+)\s+(\S+)$/iu;

/** Fills `cells` of space-separated rows; returns an error reason for rows that cannot be split safely. */
export function splitSpaceRow(
  row: RowDraft,
  kind: TableKind,
): { cells: string[]; columns: ColumnKey[]; issue?: Omit<IssueDraft, 'record'> } | { error: string } {
  const space = row.space;
  const columns = DEFAULT_COLUMNS[kind];
  if (!space) return { cells: row.cells, columns };
  const aligned = alignedCells(space.head);
  if (kind === 'explosions' && aligned?.length === 4 && space.tail.length === 0) return { cells: [space.year, ...aligned], columns };
  if (kind === 'diversions' && aligned && aligned.length >= 2) {
    // Column-aligned: the first gap ends the location; the description goes on in the continuation lines.
    return { cells: [space.year, aligned[0] ?? '', [aligned.slice(1).join(' '), ...space.tail].join(' ')], columns };
  }
  if (kind === 'explosions') {
    const rest = [space.head, ...space.tail].join(' ').trim();
    const m = SPACE_EXPLOSION.exec(rest);
    if (!m) return { error: `cannot tell location, owner/manager, deaths and injuries apart in '${rest}'` };
    return { cells: [space.year, m[1] ?? '', m[2] ?? '', m[3] ?? '', m[4] ?? ''], columns };
  }
  if (space.tail.length > 0) return { cells: [space.year, space.head, space.tail.join(' ')], columns };
  // Year, location and description on one line: the words cannot be told apart without guessing.
  return {
    cells: [space.year, space.head],
    columns: ['year', 'description'],
    issue: {
      severity: 'warning',
      rule: 'ambiguous-row',
      message: `diversions row on line ${row.lineStart}: location and description are on one line without separators; location -> NULL, the whole text kept as the description.`,
      line_start: row.lineStart,
    },
  };
}

const TERMINAL = /[.!?…)"”’]$/u;

/**
 * The cells of a column-aligned row (`Kumanovo       Twelve pistols were ...`): columns are set apart by
 * runs of two or more spaces, words within a cell by one. Null when the line has no such run.
 */
function alignedCells(head: string): string[] | null {
  if (!/\S(?: {2,}|\t)\S/u.test(head)) return null;
  return head.trim().split(/ {2,}|\t+/u);
}

/**
 * True when a space-separated row needs no more lines: an explosion row whose counts are read, a
 * diversion row whose description ended a sentence, or one whose year line already holds more words
 * than a place name (year, location and description on one line).
 */
export function spaceRowComplete(table: TableDraft, row: RowDraft): boolean {
  const space = row.space;
  if (!space) return true;
  const aligned = alignedCells(space.head);
  if (tableKind(table) === 'explosions') return aligned?.length === 4 || SPACE_EXPLOSION.test([space.head, ...space.tail].join(' ').trim());
  const last = space.tail.at(-1);
  if (aligned && aligned.length >= 2) return TERMINAL.test((last ?? aligned.at(-1) ?? '').trim());
  if (last === undefined) return space.head.split(/\s+/).length > 4;
  return TERMINAL.test(last.trim());
}
