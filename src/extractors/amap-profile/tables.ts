/**
 * The explosions and diversion tables of a profile, whatever shape they arrive in: pipe rows (with or
 * without the trailing pipe), HTML rows, space-separated rows, rows whose description wraps onto the
 * next line. Rows become records in table order, never deduplicated. A row that is truncated or holds a
 * value that cannot be what its column says (a year that is not a year, deaths that are not a number)
 * is NOT loaded: it gets an error issue with its line, and its position still counts in row_number.
 * `N/A` and the like are honest unknowns: NULL with an info issue.
 */
import type { DiversionRecord, ExplosionRecord, Extraction, IssueDraft } from '../../model/records.ts';
import { parseYear } from '../../transforms/dates.ts';
import { findQuantities, isUnknownValue, parseInteger, parseNumberWords } from '../../transforms/numbers.ts';
import { normaliseOwner } from '../../transforms/owner.ts';
import { stripMarkers } from './lines.ts';

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
  /** Topic of the section the table sits in, a hint for tables whose header says nothing. */
  sectionTopic: string | null;
  lineStart: number;
}

const LABELS: ReadonlyArray<[ColumnKey, RegExp]> = [
  ['year', /^(?:year|date|ann[ée]e|a[ñn]o|год)$/iu],
  ['location', /^(?:location|place|site|city|town|locality|region|province|lieu|lugar|localidad|место)$/iu],
  ['owner', /owner|manager|operator|custodian|propri[ée]taire|propietario|gestionnaire/iu],
  ['deaths', /death|fatalit|killed|dead|morts?$|muertos?|fallecidos|погибш/iu],
  ['injuries', /injur|wounded|bless[ée]s|heridos|ранен/iu],
  ['description', /description|details|event|incident|summary|what happened|descripci[óo]n|описание/iu],
];

export function columnOfLabel(label: string): ColumnKey | null {
  const t = stripMarkers(label).trim();
  if (t === '' || /\d/.test(t)) return null;
  for (const [key, pattern] of LABELS) if (pattern.test(t)) return key;
  return null;
}

/** The columns a header row names, or null when the row is not a header (some cell is not a label). */
export function headerColumns(cells: string[]): Array<ColumnKey | null> | null {
  const nonEmpty = cells.filter((c) => c.trim() !== '');
  if (nonEmpty.length < 2) return null;
  const columns = cells.map(columnOfLabel);
  const known = columns.filter((c) => c !== null).length;
  // Every label must be known but one (a column we do not load, e.g. `Source`), and none may hold digits.
  if (cells.some((c) => /\d/.test(c)) || known < Math.max(2, nonEmpty.length - 1)) return null;
  return columns;
}

/** A space-separated header line (`Year Location Owner/manager Deaths Injuries`): its columns, or null. */
export function spaceHeaderColumns(line: string): Array<ColumnKey | null> | null {
  const tokens = line.trim().replace(/\s*\/\s*/g, '/').split(/\s+/);
  if (tokens.length < 2) return null;
  const columns = tokens.map(columnOfLabel);
  return columns.every((c) => c !== null) ? columns : null;
}

const DEFAULT_COLUMNS: Record<TableKind, ColumnKey[]> = {
  explosions: ['year', 'location', 'owner', 'deaths', 'injuries'],
  diversions: ['year', 'location', 'description'],
};

export function tableKind(table: TableDraft): TableKind | null {
  const columns = table.columns ?? [];
  if (columns.some((c) => c === 'deaths' || c === 'injuries' || c === 'owner')) return 'explosions';
  if (columns.includes('description')) return 'diversions';
  const caption = table.caption ?? '';
  if (/explosion/i.test(caption)) return 'explosions';
  if (/diversion|theft|stolen|loss/i.test(caption)) return 'diversions';
  if (table.sectionTopic === 'accidental_explosions') return 'explosions';
  if (table.sectionTopic === 'diversion') return 'diversions';
  return null;
}

/** True when the table's last column is a free-text description, whose cells may wrap onto the next line. */
export function endsWithDescription(table: TableDraft): boolean {
  const columns = table.columns ?? (tableKind(table) ? DEFAULT_COLUMNS[tableKind(table) ?? 'diversions'] : []);
  return columns.at(-1) === 'description';
}

/** A year row of a space-separated table: `2021 Ulaanbaatar`, `2014 Nalaikh District`, `N/A Darkhan`. */
export function readSpaceRowStart(line: string): { year: string; head: string } | null {
  const m = /^\s*((?:1[89]|20)\d{2}|N\/A)(?:\s+(.*))?$/iu.exec(line);
  if (!m) return null;
  return { year: m[1] ?? '', head: (m[2] ?? '').trim() };
}

// ---------------------------------------------------------------------------------------------------

type CellReading<T> = { ok: true; value: T | null; issue?: Omit<IssueDraft, 'record'> } | { ok: false; reason: string };

function describeRow(kind: TableKind, rowNumber: number, row: RowDraft): string {
  const lines = row.lineStart === row.lineEnd ? `line ${row.lineStart}` : `lines ${row.lineStart}-${row.lineEnd}`;
  return `${kind} row ${rowNumber} (${lines})`;
}

function readText(raw: string | undefined, column: string, where: string, line: number): CellReading<string> {
  if (raw === undefined) return { ok: true, value: null };
  const text = stripMarkers(raw).trim();
  if (text === '') {
    return { ok: true, value: null, issue: { severity: 'warning', rule: 'missing-value', message: `${where}: ${column} cell is empty -> NULL.`, line_start: line } };
  }
  if (isUnknownValue(text)) {
    return { ok: true, value: null, issue: { severity: 'info', rule: 'unknown-value', message: `${where}: ${column} '${text}' -> NULL (unknown).`, line_start: line } };
  }
  return { ok: true, value: text };
}

function readCount(raw: string | undefined, column: ColumnKey, where: string, line: number): CellReading<number> {
  if (raw === undefined) return { ok: true, value: null };
  const text = stripMarkers(raw).trim();
  if (text === '') {
    return { ok: true, value: null, issue: { severity: 'warning', rule: 'missing-value', message: `${where}: ${column} cell is empty -> NULL.`, line_start: line } };
  }
  if (isUnknownValue(text)) {
    return { ok: true, value: null, issue: { severity: 'info', rule: 'unknown-value', message: `${where}: ${column} '${text}' -> NULL (unknown).`, line_start: line } };
  }
  const value = parseInteger(text);
  if (value === null) return { ok: false, reason: `${column} '${text}' is not a number` };
  return { ok: true, value };
}

function readYearCell(raw: string | undefined, where: string, line: number): CellReading<number> {
  if (raw === undefined) return { ok: true, value: null };
  const text = stripMarkers(raw).trim();
  if (isUnknownValue(text)) {
    return { ok: true, value: null, issue: { severity: 'info', rule: 'unknown-value', message: `${where}: year '${text}' -> NULL (unknown).`, line_start: line } };
  }
  const year = parseYear(text);
  if (year === null) return { ok: false, reason: `year '${text}' is not a year` };
  return { ok: true, value: year };
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

/** `2021 Taraz State (military) 12 90`: owner words are the anchor between location and the counts. */
const SPACE_EXPLOSION = /^(.+?)\s+((?:non[-\s]?state|state|private|public|government|military|police|company|n\/a|unknown)(?:\s*\([^)]*\))?)\s+(\S+)\s+(\S+)$/iu;

/** Fills `cells` of space-separated rows; returns an error reason for rows that cannot be split safely. */
function splitSpaceRow(
  row: RowDraft,
  kind: TableKind,
): { cells: string[]; columns: ColumnKey[]; issue?: Omit<IssueDraft, 'record'> } | { error: string } {
  const space = row.space;
  const columns = DEFAULT_COLUMNS[kind];
  if (!space) return { cells: row.cells, columns };
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
 * True when a space-separated row needs no more lines: an explosion row whose counts are read, a
 * diversion row whose description ended a sentence, or one whose year line already holds more words
 * than a place name (year, location and description on one line).
 */
export function spaceRowComplete(table: TableDraft, row: RowDraft): boolean {
  const space = row.space;
  if (!space) return true;
  if (tableKind(table) === 'explosions') return SPACE_EXPLOSION.test([space.head, ...space.tail].join(' ').trim());
  const last = space.tail.at(-1);
  if (last === undefined) return space.head.split(/\s+/).length > 4;
  return TERMINAL.test(last.trim());
}

// ---------------------------------------------------------------------------------------------------
// Diversion quantities.

/** Within a few words after the number, a word naming items that can be diverted. */
const ITEM_AFTER = /^\s*(?:[\p{L}\d\-’'.]+\s+){0,3}?(?:weapons?|firearms?|arms|guns?|rifles?|pistols?|revolvers?|shotguns?|carbines?|machine[-\s]guns?|submachine[-\s]guns?|grenades?|rounds?|cartridges?|bullets?|ammunition|shells?|projectiles?|mortars?|rockets?|missiles?|mines?|detonators?|fuzes?|fuses?|explosives?|munitions?|items?|pieces?|units?|boxes|crates?|magazines?|launchers?|devices?|charges?|bombs?)\b/iu;
const WORD_NUMBER = /\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|hundred)\b/giu;
const QUALIFIER_BEFORE = /\b(approximately|about|around|roughly|nearly|almost|some|at least|more than|over|up to|an estimated|estimated)\s+$/iu;

export interface DiversionQuantity {
  quantity: number | null;
  qualifier: string | null;
}

/**
 * The number of items diverted: the first number followed (within a few words) by an item noun, with
 * its qualifier. A number of people (`2 officers`), a calibre (`7.62 mm`), a weight or a year is not
 * the quantity; when nothing qualifies the quantity is unknown (null), never a guess.
 */
export function diversionQuantity(description: string): DiversionQuantity {
  const text = stripMarkers(description);
  const candidates: Array<{ index: number; value: number; qualifier: string | null }> = [];
  for (const q of findQuantities(text)) {
    if (ITEM_AFTER.test(text.slice(q.index + q.raw.length))) candidates.push({ index: q.index, value: q.value, qualifier: q.qualifier });
  }
  for (const m of text.matchAll(WORD_NUMBER)) {
    const index = m.index ?? 0;
    const after = text.slice(index + m[0].length);
    const value = parseNumberWords(m[0]);
    if (value === null || !/^\s*(?:[\p{L}\d\-’'.]+\s+){0,1}?(?:weapons?|firearms?|rifles?|pistols?|revolvers?|guns?|grenades?|shotguns?|carbines?|mines?|rockets?|boxes|crates?)\b/iu.test(after)) continue;
    const qualifier = QUALIFIER_BEFORE.exec(text.slice(0, index))?.[1]?.toLowerCase() ?? null;
    candidates.push({ index, value, qualifier });
  }
  candidates.sort((a, b) => a.index - b.index);
  const first = candidates[0];
  return first ? { quantity: first.value, qualifier: first.qualifier } : { quantity: null, qualifier: null };
}

// ---------------------------------------------------------------------------------------------------

interface RowContext {
  kind: TableKind;
  rowNumber: number;
  row: RowDraft;
  caption: string | null;
}

function rowLineage(row: RowDraft) {
  return { line_start: row.lineStart, line_end: row.lineEnd, page: row.page, source_text: row.texts.join('\n') };
}

/** Cells by column, or an error reason when the row does not have the table's shape. */
function cellsOf(cells: string[], columns: Array<ColumnKey | null>): Map<ColumnKey, string> | string {
  const width = columns.length;
  if (cells.length < width) return `has ${cells.length} cells where the table has ${width} columns (truncated row)`;
  if (cells.slice(width).some((c) => c.trim() !== '')) return `has ${cells.length} cells where the table has ${width} columns`;
  const byColumn = new Map<ColumnKey, string>();
  columns.forEach((column, i) => {
    if (column !== null) byColumn.set(column, cells[i] ?? '');
  });
  return byColumn;
}

function explosionOf(ctx: RowContext, cells: Map<ColumnKey, string>): { record: ExplosionRecord; issues: Array<Omit<IssueDraft, 'record'>> } | string {
  const where = describeRow('explosions', ctx.rowNumber, ctx.row);
  const line = ctx.row.lineStart;
  const year = readYearCell(cells.get('year'), where, line);
  const location = readText(cells.get('location'), 'location', where, line);
  const owner = readText(cells.get('owner'), 'owner/manager', where, line);
  const deaths = readCount(cells.get('deaths'), 'deaths', where, line);
  const injuries = readCount(cells.get('injuries'), 'injuries', where, line);
  for (const reading of [year, location, owner, deaths, injuries]) if (!reading.ok) return reading.reason;
  if (!year.ok || !location.ok || !owner.ok || !deaths.ok || !injuries.ok) return 'unreadable row';

  const issues = [year, location, owner, deaths, injuries].flatMap((r) => (r.ok && r.issue ? [r.issue] : []));
  const ownerRaw = owner.value;
  const reading = ownerRaw === null ? null : normaliseOwner(ownerRaw);
  if (ownerRaw !== null && reading && !reading.recognised) {
    issues.push({
      severity: 'info',
      rule: 'unknown-vocabulary',
      message: `${where}: owner/manager '${ownerRaw}' is not fully in the vocabulary (read as type ${reading.owner_type ?? 'NULL'}, sector ${reading.owner_sector ?? 'NULL'}); raw text kept.`,
      line_start: line,
    });
  }
  return {
    record: {
      year: year.value,
      location: location.value,
      owner_raw: ownerRaw,
      owner_type: reading?.owner_type ?? null,
      owner_sector: reading?.owner_sector ?? null,
      deaths: deaths.value,
      injuries: injuries.value,
      row_number: ctx.rowNumber,
      table_caption: ctx.caption,
      ...rowLineage(ctx.row),
    },
    issues,
  };
}

function diversionOf(ctx: RowContext, cells: Map<ColumnKey, string>): { record: DiversionRecord; issues: Array<Omit<IssueDraft, 'record'>> } | string {
  const where = describeRow('diversions', ctx.rowNumber, ctx.row);
  const line = ctx.row.lineStart;
  const year = readYearCell(cells.get('year'), where, line);
  const location = readText(cells.get('location'), 'location', where, line);
  const rawDescription = cells.get('description');
  if (!year.ok) return year.reason;
  if (!location.ok) return location.reason;
  const issues = [year, location].flatMap((r) => (r.ok && r.issue ? [r.issue] : []));

  // The description is kept verbatim (separators such as U+00A0 included); only N/A and blanks are unknown.
  const descriptionText = rawDescription?.trim() ?? '';
  const description = descriptionText === '' || isUnknownValue(descriptionText) ? null : descriptionText;
  const { quantity, qualifier } = description === null ? { quantity: null, qualifier: null } : diversionQuantity(description);
  if (quantity === null) {
    issues.push({
      severity: 'info',
      rule: 'quantity-unknown',
      message: `${where}: the description names no quantity of diverted items -> quantity NULL.`,
      line_start: line,
    });
  }
  return {
    record: {
      year: year.value,
      location: location.value,
      description,
      quantity,
      quantity_approx: quantity === null ? null : qualifier === null ? 0 : 1,
      quantity_qualifier: qualifier,
      row_number: ctx.rowNumber,
      table_caption: ctx.caption,
      ...rowLineage(ctx.row),
    },
    issues,
  };
}

/**
 * Turns a finished table into explosion or diversion records (appended to `out`, with their issues).
 * Returns the table's kind and the number of data rows it had (loaded or not), for the tally check.
 */
export function loadTable(table: TableDraft, out: Extraction): { kind: TableKind | null; rows: number } {
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
  const missing = DEFAULT_COLUMNS[kind].filter((c) => !columns.includes(c));
  if (table.mode === 'cells' && missing.length > 0) {
    out.issues.push({
      severity: 'warning',
      rule: 'missing-column',
      message: `${kind} table at line ${table.lineStart} has no ${missing.join(', ')} column: those values are NULL for every row.`,
      line_start: table.lineStart,
    });
  }
  const rows = table.mode === 'cells' ? mergeSplitRows(table.rows, columns.length) : table.rows;

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
    const ctx: RowContext = { kind, rowNumber, row, caption: table.caption };
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
  return { kind, rows: rows.length };
}
