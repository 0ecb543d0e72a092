/**
 * The explosions and diversion tables of a profile, whatever shape they arrive in: pipe rows (with or
 * without the trailing pipe), HTML rows, space-separated rows, rows whose description wraps onto the
 * next line. Rows become records in table order, never deduplicated. A row that is truncated or holds a
 * value that cannot be what its column says (a year that is not a year, deaths that are not a number)
 * is NOT loaded: it gets an error issue with its line, and its position still counts in row_number.
 * `N/A` and the like are honest unknowns: NULL with an info issue.
 */
import type { DiversionRecord, ExplosionRecord, Extraction, IssueDraft } from '../../model/records.ts';
import { parseYear, yearOfDate } from '../../transforms/dates.ts';
import type { Language } from '../../language/types.ts';
import type { TransformationStep } from '../../model/transformations.ts';
import { findQuantityMentions, readCountCell } from '../../transforms/quantity-mentions.ts';
import { parseIntegerToken } from '../../transforms/quantity.ts';
import { readUnknownMarker, unknownStep } from '../../transforms/unknown.ts';
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
  /** Header labels of columns that are not loaded (`Type of site`, `Source`), reported once. */
  ignored?: string[];
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

/** A cell's words: footnote markers out, and Markdown emphasis around the whole cell (`**Total**`, `_2019_`). */
function cellText(raw: string): string {
  const text = stripMarkers(raw).trim();
  const emphasised = /^(\*\*|__|\*|_)(.+)\1$/su.exec(text);
  return emphasised ? (emphasised[2] ?? '').trim() : text;
}

type CellReading<T> = { ok: true; value: T | null; issue?: Omit<IssueDraft, 'record'>; steps?: TransformationStep[] } | { ok: false; reason: string };

function describeRow(kind: TableKind, rowNumber: number, row: RowDraft): string {
  const lines = row.lineStart === row.lineEnd ? `line ${row.lineStart}` : `lines ${row.lineStart}-${row.lineEnd}`;
  return `${kind} row ${rowNumber} (${lines})`;
}

/** An empty or `N/A`-like cell: NULL, with the issue that says so; undefined when the cell holds a value. */
function blankCell(text: string, column: string, where: string, line: number, language: Language | null, factColumn = column): CellReading<never> | undefined {
  if (text === '') {
    return { ok: true, value: null, issue: { severity: 'warning', rule: 'missing-value', message: `${where}: ${column} cell is empty -> NULL.`, line_start: line } };
  }
  const unknown = readUnknownMarker(text, language);
  if (unknown) {
    return {
      ok: true,
      value: null,
      issue: { severity: 'info', rule: 'unknown-value', message: `${where}: ${column} '${text}' -> NULL (unknown).`, line_start: line },
      steps: [unknownStep(factColumn, unknown)],
    };
  }
  return undefined;
}

function readText(raw: string | undefined, column: string, where: string, line: number, language: Language | null, factColumn = column): CellReading<string> {
  if (raw === undefined) return { ok: true, value: null };
  const text = cellText(raw);
  return blankCell(text, column, where, line, language, factColumn) ?? { ok: true, value: text };
}

function readCount(raw: string | undefined, column: ColumnKey, where: string, line: number, language: Language | null): CellReading<number> {
  if (raw === undefined) return { ok: true, value: null };
  const text = cellText(raw);
  const blank = blankCell(text, column, where, line, language);
  if (blank) return blank;
  const count = readCountCell(text, language, column);
  if (count === null) return { ok: false, reason: `${column} '${text}' is not a number` };
  // `9.607` in an English table: a number was meant, which one is not known; the row stays, the cell is NULL.
  if (count.ambiguous !== undefined) {
    return { ok: true, value: null, issue: { severity: 'warning', rule: 'count-ambiguous-number', message: `${where}: ${column} ${count.ambiguous} -> NULL.`, line_start: line } };
  }
  return { ok: true, value: count.value, ...(count.steps.length > 0 ? { steps: count.steps } : {}) };
}

/**
 * A year cell that names a period or an approximate year (`1997–98`, `1997-1998`, `c. 2005`, `1990s`,
 * `early 2000s`): the incident is real but its year is not one number. Never a guessed year.
 */
const INEXACT_YEAR = /^(?:(?:19|20)\d{2}\s*(?:[-–—/]|to|au|a|à)\s*(?:\d{2}|(?:19|20)\d{2})|(?:c\.|ca\.|circa|approx\.?|about|around|~|vers|hacia|env\.)\s*(?:19|20)\d{2}|(?:(?:early|mid|late)[-\s]+)?(?:19|20)\d0[’']?s|(?:19|20)\d{2}\s*\?)$/iu;

function readYearCell(raw: string | undefined, where: string, line: number, language: Language | null): CellReading<number> {
  if (raw === undefined) return { ok: true, value: null };
  const text = cellText(raw);
  const unknown = readUnknownMarker(text, language);
  if (unknown) {
    return {
      ok: true,
      value: null,
      issue: { severity: 'info', rule: 'unknown-value', message: `${where}: year '${text}' -> NULL (unknown).`, line_start: line },
      steps: [unknownStep('year', unknown)],
    };
  }
  const year = parseYear(text);
  if (year !== null) return { ok: true, value: year };
  // A `Date` column (`12 June 2019`, `2019-06-12`, `12/06/2019`): the year of a date whose four-digit year is written.
  const fourDigit = text.match(/(?<!\d)(?:19|20)\d{2}(?!\d)/g) ?? [];
  const dated = fourDigit.length === 1 ? yearOfDate(text) : null;
  if (dated !== null && String(dated) === fourDigit[0]) {
    return { ok: true, value: dated, issue: { severity: 'info', rule: 'year-from-date', message: `${where}: year ${dated} read from the date '${text}'.`, line_start: line } };
  }
  if (INEXACT_YEAR.test(text)) {
    return {
      ok: true,
      value: null,
      issue: { severity: 'warning', rule: 'year-not-exact', message: `${where}: year '${text}' is a period or an approximate year, not one year -> NULL; the row is loaded.`, line_start: line },
    };
  }
  return { ok: false, reason: `year '${text}' is not a year` };
}

/** A row that sums the table (`Total`, `Totals`, `Total général`): not an incident. */
const TOTAL_LABEL = /^(?:(?:grand\s+)?totals?|sum|total\s+g[ée]n[ée]ral|totaux|suma|total\s+general)\s*:?$/iu;

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

// ---------------------------------------------------------------------------------------------------
// Diversion quantities.

const ITEM_NOUNS =
  'weapons?|firearms?|arms|guns?|rifles?|pistols?|revolvers?|shotguns?|carbines?|machine[-\\s]guns?|submachine[-\\s]guns?|grenades?|rounds?|cartridges?|bullets?|ammunition|shells?|projectiles?|mortars?|rockets?|missiles?|mines?|detonators?|fuzes?|fuses?|explosives?|munitions?|items?|pieces?|units?|boxes|crates?|magazines?|launchers?|devices?|charges?|bombs?' +
  // French and Spanish pages.
  '|armes?|fusils?|pistolets?|cartouches?|obus|explosifs?|d[ée]tonateurs?|caisses?|armas?|fusiles?|pistolas?|rev[óo]lveres?|escopetas?|municiones?|cartuchos?|balas?|proyectiles?|granadas?|explosivos?|detonadores?|cajas?' +
  // Portuguese pages.
  '|espingardas?|carabinas?|fuzis|fuzil|muni[çc][õo]es|proj[ée]teis|caixas?';

/** Within a few words after the number (none of them another number), a word naming items that can be diverted. */
const ITEM_AFTER = new RegExp(`^\\s*(?:(?!\\d)[\\p{L}\\d\\-’'.]+\\s+){0,3}?(?:${ITEM_NOUNS})(?![\\p{L}])`, 'iu');
const WORD_ITEM_AFTER = new RegExp(`^\\s*(?:[\\p{L}\\d\\-’'.]+\\s+){0,1}?(?:${ITEM_NOUNS})(?![\\p{L}])`, 'iu');
/** An uncounted quantity of items (`hundreds of rounds`, `several mortars`, `des centaines de`). */
const VAGUE_ITEMS = new RegExp(
  `\\b(hundreds|thousands|dozens|tens of thousands|several|numerous|many|a number of|large (?:quantities|amounts|numbers) of|quantities of|centaines|milliers|dizaines|plusieurs|cientos|miles|decenas|varios|varias|numerosos|numerosas)(?:\\s+(?:of|de|d['’]))?\\s+(?:[\\p{L}\\-’']+\\s+){0,2}?(?:${ITEM_NOUNS})(?![\\p{L}])`,
  'iu',
);

export interface DiversionQuantity {
  quantity: number | null;
  qualifier: string | null;
  /** Why the quantity is NULL although the description names numbers of items (a range, a scale word, several quantities). */
  unsure?: string;
}

/**
 * The number of items diverted: the one number followed (within a few words) by an item noun, with its
 * qualifier (before or after it). A number of people (`2 officers`), a calibre (`7.62 mm`), a model
 * (`AK-74`), a weight or a year is not the quantity. When the words give no single exact total the
 * quantity is NULL with the reason in `unsure`, never a guess: a range (`200–300 rifles`), a scale word
 * (`1.2 million rounds`), two quantities of items (`15 rifles and 200 rounds`), or a number beside an
 * uncounted quantity (`hundreds of rounds and 15 rifles`). Number words are read in `language` (English
 * when the page's language is not known); the steps say how the quantity was read.
 */
export function readDiversionQuantity(description: string, language: Language | null): DiversionQuantity & { steps: TransformationStep[] } {
  const text = stripMarkers(description);
  const unknown = (unsure: string) => ({ quantity: null, qualifier: null, unsure, steps: [] });
  const candidates: Array<{ raw: string; value: number; qualifier: string | null; steps: TransformationStep[] }> = [];
  for (const mention of findQuantityMentions(text, language, 'quantity', language ?? 'en')) {
    const before = text.slice(0, mention.index);
    const after = text.slice(mention.index + mention.raw.length);
    // A model designation (`AK-74`, `RPG-7`, `M16`) is not a count.
    if (/\p{L}[-‐]?$/u.test(before)) continue;
    const words = mention.steps.some((step) => step.rule === 'quantity.number-words');
    if (mention.notACount?.reason === 'scale' && (mention.raw.includes('.') || mention.raw.includes(',') || ITEM_AFTER.test(after))) {
      return unknown(`'${mention.notACount.words}' is a number with a scale word`);
    }
    if (!(words ? WORD_ITEM_AFTER : ITEM_AFTER).test(after)) continue;
    if (mention.notACount?.reason === 'range') return unknown(`'${mention.notACount.words}' is a range, not one number`);
    if (mention.notACount?.reason === 'ambiguous') return unknown(mention.notACount.why ?? `'${mention.notACount.words}' is not a whole count`);
    if (mention.value === null) continue;
    // The qualifier is the hedging word itself: the article of `an estimated` is not part of it.
    const qualifier = mention.qualifier?.entry.canonical.replace(/^an?\s+/u, '') ?? null;
    candidates.push({ raw: mention.raw, value: mention.value, qualifier, steps: mention.steps });
  }
  const first = candidates[0];
  if (!first) return { quantity: null, qualifier: null, steps: [] };
  if (candidates.length > 1) {
    return unknown(`it names ${candidates.length} quantities of items (${candidates.map((c) => `'${c.raw}'`).join(', ')}) and no single total`);
  }
  const vague = VAGUE_ITEMS.exec(text);
  if (vague) return unknown(`'${vague[0]}' is an uncounted quantity beside '${first.raw}'`);
  return { quantity: first.value, qualifier: first.qualifier, steps: first.steps };
}

/** `readDiversionQuantity` without the steps. */
export function diversionQuantity(description: string, language: Language | null = null): DiversionQuantity {
  const { steps: _steps, ...reading } = readDiversionQuantity(description, language);
  return reading;
}

// ---------------------------------------------------------------------------------------------------

interface RowContext {
  kind: TableKind;
  /** The page's language (number words, unknown markers, the dot as a thousands separator), or null. */
  language: Language | null;
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
  const year = readYearCell(cells.get('year'), where, line, ctx.language);
  const location = readText(cells.get('location'), 'location', where, line, ctx.language);
  const owner = readText(cells.get('owner'), 'owner/manager', where, line, ctx.language, 'owner_raw');
  const deaths = readCount(cells.get('deaths'), 'deaths', where, line, ctx.language);
  const injuries = readCount(cells.get('injuries'), 'injuries', where, line, ctx.language);
  for (const reading of [year, location, owner, deaths, injuries]) if (!reading.ok) return reading.reason;
  if (!year.ok || !location.ok || !owner.ok || !deaths.ok || !injuries.ok) return 'unreadable row';

  const issues = [year, location, owner, deaths, injuries].flatMap((r) => (r.ok && r.issue ? [r.issue] : []));
  const steps = [year, location, owner, deaths, injuries].flatMap((r) => (r.ok && r.steps ? r.steps : []));
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
      ...(steps.length > 0 ? { steps } : {}),
    },
    issues,
  };
}

function diversionOf(ctx: RowContext, cells: Map<ColumnKey, string>): { record: DiversionRecord; issues: Array<Omit<IssueDraft, 'record'>> } | string {
  const where = describeRow('diversions', ctx.rowNumber, ctx.row);
  const line = ctx.row.lineStart;
  const year = readYearCell(cells.get('year'), where, line, ctx.language);
  const location = readText(cells.get('location'), 'location', where, line, ctx.language);
  const rawDescription = cells.get('description');
  if (!year.ok) return year.reason;
  if (!location.ok) return location.reason;
  const issues = [year, location].flatMap((r) => (r.ok && r.issue ? [r.issue] : []));
  const steps = [year, location].flatMap((r) => (r.ok && r.steps ? r.steps : []));

  // The description is kept verbatim (separators such as U+00A0 included); only N/A and blanks are unknown.
  const descriptionText = rawDescription?.trim() ?? '';
  const descriptionUnknown = descriptionText === '' ? null : readUnknownMarker(descriptionText, ctx.language);
  if (descriptionUnknown) steps.push(unknownStep('description', descriptionUnknown));
  const description = descriptionText === '' || descriptionUnknown ? null : descriptionText;
  const reading = description === null ? { quantity: null, qualifier: null, unsure: undefined, steps: [] } : readDiversionQuantity(description, ctx.language);
  const { quantity, qualifier, unsure } = reading;
  steps.push(...reading.steps);
  if (unsure !== undefined) {
    issues.push({
      severity: 'warning',
      rule: 'quantity-not-exact',
      message: `${where}: ${unsure} -> quantity NULL, the description kept.`,
      line_start: line,
    });
  } else if (quantity === null) {
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
      ...(steps.length > 0 ? { steps } : {}),
    },
    issues,
  };
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
  const missing = DEFAULT_COLUMNS[kind].filter((c) => !columns.includes(c));
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
  const merged = table.mode === 'cells' ? mergeSplitRows(table.rows, columns.length) : table.rows;
  const totals = merged.filter((row) => isTotalRow(row.cells));
  const rows = merged.filter((row) => !isTotalRow(row.cells));
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
    const ctx: RowContext = { kind, rowNumber, row, caption: table.caption, language };
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
