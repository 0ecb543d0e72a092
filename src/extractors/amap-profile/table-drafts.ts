/**
 * A table of a profile while it is being read: the drafts of the table and its rows, the columns its
 * header names (`Year | Location | Owner/manager | Deaths | Injuries`, in English, French, Spanish or
 * Russian), and which kind of table it is (explosions or diversions) from its columns, its caption or the
 * section it sits in.
 */
import { stripMarkers } from './lines.ts';
import { anyProfileWord } from './words.ts';

export type ColumnKey = 'year' | 'location' | 'owner' | 'deaths' | 'injuries' | 'description';
export type TableKind = 'explosions' | 'diversions';

export interface RowDraft {
  /** Cells of a pipe or HTML row; for a space-separated row, filled when the table closes. */
  cells: string[];
  /** Space-separated rows: the year, the rest of the year line, and the lines that follow it. */
  space?: { year: string; head: string; tail: string[] };
  lineStart: number;
  lineEnd: number;
  page: number | null;
  /** Verbatim lines of the row. */
  texts: string[];
}

export interface TableDraft {
  caption: string | null;
  columns: Array<ColumnKey | null> | null;
  rows: RowDraft[];
  mode: 'cells' | 'space';
  /** Header labels of columns that are not loaded (`Type of site`, `Source`), reported once. */
  ignored?: string[];
  /** Topic of the section the table sits in, a hint for tables whose header says nothing. */
  sectionTopic: string | null;
  lineStart: number;
}

/** The header labels of each column, of every language: a year or location label is the whole cell, the others part of it. */
const LABELS: ReadonlyArray<[ColumnKey, RegExp]> = [
  ['year', new RegExp(`^(?:${anyProfileWord((words) => words.columnLabels.year)})$`, 'iu')],
  ['location', new RegExp(`^(?:${anyProfileWord((words) => words.columnLabels.location)})$`, 'iu')],
  ['owner', new RegExp(anyProfileWord((words) => words.columnLabels.owner), 'iu')],
  ['deaths', new RegExp(anyProfileWord((words) => words.columnLabels.deaths), 'iu')],
  ['injuries', new RegExp(anyProfileWord((words) => words.columnLabels.injuries), 'iu')],
  ['description', new RegExp(anyProfileWord((words) => words.columnLabels.description), 'iu')],
];

/** Caption words that tell a table's kind (`Accidental explosions ...`, `Thefts ...`). */
const CAPTION_EXPLOSIONS = new RegExp(anyProfileWord((words) => words.tableCaptionNouns.explosions), 'i');
const CAPTION_DIVERSIONS = new RegExp(anyProfileWord((words) => words.tableCaptionNouns.diversions), 'i');

export function columnOfLabel(label: string): ColumnKey | null {
  const t = stripMarkers(label).trim();
  if (t === '' || /\d/.test(t)) return null;
  for (const [key, pattern] of LABELS) if (pattern.test(t)) return key;
  return null;
}

/**
 * The columns a header row names, or null when the row is not a header. Every cell must be a short
 * label without digits; at least two must be known, and at least half (columns we do not load, such as
 * `Type of site` or `Source`, are kept as null columns and reported by the caller).
 */
export function headerColumns(cells: string[]): Array<ColumnKey | null> | null {
  const nonEmpty = cells.filter((c) => c.trim() !== '');
  if (nonEmpty.length < 2) return null;
  if (cells.some((c) => /\d/.test(c) || c.trim().length > 40)) return null;
  const columns = cells.map(columnOfLabel);
  const known = columns.filter((c) => c !== null).length;
  if (known < 2 || known * 2 < nonEmpty.length) return null;
  // A column named twice cannot be told apart: not a header we can trust.
  const keys = columns.filter((c) => c !== null);
  if (new Set(keys).size !== keys.length) return null;
  return columns;
}

/**
 * The columns of a header written in several rows: each column keeps what the upper rows named, and a
 * column they left unnamed (under a label spanning several, `Casualties` over `Deaths | Injuries`) takes
 * the name the lower row gives it, unless that name is taken already (a column named twice is not trusted).
 */
export function mergeHeaderColumns(upper: ReadonlyArray<ColumnKey | null>, lower: ReadonlyArray<ColumnKey | null>): Array<ColumnKey | null> {
  const width = Math.max(upper.length, lower.length);
  const merged: Array<ColumnKey | null> = [];
  for (let i = 0; i < width; i++) merged.push(upper[i] ?? null);
  for (let i = 0; i < width; i++) {
    const named = lower[i] ?? null;
    if (merged[i] === null && named !== null && !merged.includes(named)) merged[i] = named;
  }
  return merged;
}

/** The labels of a header row that name no column we load (`Type of site`, `Source`). */
export function ignoredLabels(cells: string[], columns: Array<ColumnKey | null>): string[] {
  return cells.filter((c, i) => columns[i] === null && c.trim() !== '').map((c) => c.trim());
}

/** A space-separated header line (`Year Location Owner/manager Deaths Injuries`): its columns, or null. */
export function spaceHeaderColumns(line: string): Array<ColumnKey | null> | null {
  const tokens = line.trim().replace(/\s*\/\s*/g, '/').split(/\s+/);
  if (tokens.length < 2) return null;
  const columns = tokens.map(columnOfLabel);
  return columns.every((c) => c !== null) ? columns : null;
}

export const DEFAULT_COLUMNS: Record<TableKind, ColumnKey[]> = {
  explosions: ['year', 'location', 'owner', 'deaths', 'injuries'],
  diversions: ['year', 'location', 'description'],
};

export function tableKind(table: TableDraft): TableKind | null {
  const columns = table.columns ?? [];
  if (columns.some((c) => c === 'deaths' || c === 'injuries' || c === 'owner')) return 'explosions';
  if (columns.includes('description')) return 'diversions';
  const caption = table.caption ?? '';
  if (CAPTION_EXPLOSIONS.test(caption)) return 'explosions';
  if (CAPTION_DIVERSIONS.test(caption)) return 'diversions';
  if (table.sectionTopic === 'accidental_explosions') return 'explosions';
  if (table.sectionTopic === 'diversion') return 'diversions';
  return null;
}

/** True when the table's last column is a free-text description, whose cells may wrap onto the next line. */
export function endsWithDescription(table: TableDraft): boolean {
  const columns = table.columns ?? (tableKind(table) ? DEFAULT_COLUMNS[tableKind(table) ?? 'diversions'] : []);
  return columns.at(-1) === 'description';
}
