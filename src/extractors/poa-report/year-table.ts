import { asciiDigits } from '../../transforms/digits.ts';
import { splitGluedMarker, withoutNoteMarker } from '../../transforms/footnote-refs.ts';
import { gregorianOfPair } from '../../transforms/era-years.ts';
import { allLexicons } from '../../language/registry.ts';
import type { CountStatementRecord, IssueDraft } from '../../model/records.ts';
import { GENERIC_CATEGORY } from '../../model/vocabulary.ts';
import { findActions } from '../../transforms/categories.ts';
import { captionNumber, isNumberedCaption } from '../../transforms/table-captions.ts';
import { captionAgency } from '../poa-shared/caption-agency.ts';
import { isUnknownMarker } from '../../transforms/unknown.ts';
import { type DocLine, isBlank, lineageOf } from '../poa-shared/lines.ts';
import { type CategoryColumns, categoryColumnsOf, categoryHeaderColumns, categoryIn, categoryRowStatement, cellAction, cellCount } from './category-table.ts';
import { isAlignmentRow } from '../../transforms/alignment-row.ts';
import { TOTAL_LABEL } from '../../transforms/count-statements/compile.ts';

/**
 * Multi-year tables of counts, common in national reports:
 *
 *   Table 3: Weapons seized and destroyed, 2016-2018
 *   Year        Seized        Destroyed
 *   2016        1,204         3,310
 *   2018        1,530         n/a
 *
 * Each numeric cell is a count statement of its own: the year from its row (stated), the action from its
 * column header, the weapons from the column header or else the caption, lineage on its row. A cell that
 * says it is not known (`n/a`, `-`) yields no statement (a 0 would be a wrong number) and an info issue; a
 * row that is not a year (`Total`, a sum over years) is no statement of any one year.
 */

export interface YearTable {
  /** Indexes in `lines` of the caption (or header) and of the last row. */
  from: number;
  to: number;
  statements: CountStatementRecord[];
  issues: IssueDraft[];
}

/** The header of a table's year column: every lexicon's `yearColumnLabels` (`Year`, `Année`, `Год`, `السنة`). */
// A note in brackets may say which calendar the years are in (`Year (B.E.)`, `Année (calendrier grégorien)`).
const YEAR_HEADER = new RegExp(`^(?:${allLexicons().flatMap((lexicon) => lexicon.yearColumnLabels).join('|')})(?:\\s*\\([^()]{1,30}\\))?$`, 'iu');

function isYearHeader(cell: string): boolean {
  return YEAR_HEADER.test(cell.trim());
}
/** The header of a column naming each row's action: every lexicon's `actionColumnLabels` (`Action`, `Acción`, `Mesure`, `Действие`). */
const ACTION_HEADER = new RegExp(`^(?:${allLexicons().flatMap((lexicon) => lexicon.actionColumnLabels).join('|')})$`, 'iu');
export const YEAR_CELL = /^((?:19|20)\d{2})$/u;
/**
 * The year a table cell holds (`2019`, `٢٠١٩`, `2019²`, `2019*`: a footnote marker glued to the year names a note
 * below the table, the cell is still that year's; `2564 (2021)`: a Buddhist-era or Hijri year with the Gregorian one
 * in brackets, which is the year), or null.
 */
export function yearOfCell(cell: string): number | null {
  const year = YEAR_CELL.exec(asciiDigits(splitGluedMarker(cell).head))?.[1];
  return year === undefined ? (gregorianOfPair(cell)?.year ?? null) : Number(year);
}
/** Things counted that are not weapons: a generic "weapons" word beside them does not make the cells weapons. */
const NOT_WEAPONS = /(?<!\p{L})(?:ammunition|munitions?|rounds|cartridges|explosives|grenades|mines|munici[oó]n(?:es)?|cartouches|боеприпас\p{L}*|патрон\p{L}*)(?!\p{L})/iu;

/** Cells of a table line: split on pipes, tabs or runs of two or more spaces. */
export function cellsOf(text: string): string[] {
  return text
    .trim()
    .replace(/^\||\|$/gu, '')
    .split(/\s*\|\s*|\t+|\s{2,}/u)
    .map((cell) => cell.trim())
    .filter((cell) => cell !== '');
}

/**
 * The cells of a pipe row with their places kept (`      |     | chasse b/ | (toutes armes)` gives
 * `['', '', 'chasse b/', '(toutes armes)']`), or null for a line without pipes.
 */
function placedPipeCells(text: string, bordered: boolean): string[] | null {
  if (!text.includes('|')) return null;
  // Without a border pipe, a line opening with spaces then `|` has an empty first cell (the year column's).
  const body = bordered ? text.trim().replace(/^\|/u, '').replace(/\|$/u, '') : text.trimEnd().replace(/\|$/u, '');
  return body.split('|').map((cell) => cell.trim());
}

/**
 * The header of a table as a PDF wraps it over two lines (`Fusils de` / `chasse b/`, `Total` / `(toutes
 * armes)`): the second line has cells in the header's places, some of them empty, none holding a digit (a
 * row of counts or a year is no header). Its cells go on the header cells above them; null when `next`
 * is no such line.
 */
export function wrappedHeader(header: readonly string[], headerText: string, next: string): string[] | null {
  const cells = placedPipeCells(next, headerText.trim().startsWith('|'));
  if (cells === null || cells.length !== header.length) return null;
  const filled = cells.filter((cell) => cell !== '');
  if (filled.length === 0 || filled.length === cells.length) return null;
  if (filled.some((cell) => /\d/u.test(cell) || cell.length > 30 || isUnknownMarker(cell))) return null;
  return header.map((cell, c) => `${cell} ${cells[c] ?? ''}`.trim());
}

/** Cells of a row, falling back on single spaces when the PDF kept one space between columns. */
export function rowCells(text: string, width: number): string[] {
  const cells = cellsOf(text);
  if (cells.length === width) return cells;
  const tokens = text.trim().split(/\s+/u);
  // A single-space split is only trusted when it gives exactly one token per column: "1 204" could be
  // one number with a space separator or two cells.
  return tokens.length === width ? tokens : cells;
}

/** A line above a table that titles it: a title ends with no sentence stop; a numbered caption is one whatever ends it (`... 2012–2017 гг.`, `... (2019).`). */
export function isTableTitle(text: string): boolean {
  return text !== '' && (!/[.;:!?]$/u.test(text) || isNumberedCaption(text));
}

/**
 * A count cell of a table read as one statement's total: its whole number (0 for a word saying none, `néant`), or the issue saying why it gives none
 * (`n/a`, `-`: not known, info; anything else is no count, warning). `where` names the table, row and column.
 */
export function countOfCell(cell: string, where: string, line: number | null): { quantity: number } | { issue: IssueDraft } {
  const quantity = cellCount(cell);
  if (quantity !== null) return { quantity };
  const unknown = isUnknownMarker(cell);
  return {
    issue: {
      severity: unknown ? 'info' : 'warning',
      rule: unknown ? 'unknown-value' : 'unreadable-count',
      message: `${where}: '${cell}' ${unknown ? 'means not known' : 'is not a count'}: no statement loaded.`,
      line_start: line,
    },
  };
}

/**
 * What a row of a table by year is, by its first cell: a year (in digits of any script, read by the one digit
 * reader), a total over the years (`Total  3,721  5,355`: every other cell a count or unknown, no statement of any
 * one year), or the end of the table. Both readers of tables by year (one header row, or actions over categories).
 */
function yearOfRow(cells: readonly string[]): number | 'total' | 'end' {
  const year = yearOfCell(cells[0] ?? '');
  if (year !== null) return year;
  // A year of another calendar alone (`2564` under `Year (B.E.)`) is no total, and its Gregorian year is not written:
  // the table ends there, its rows left to the unread-table warning.
  if (/^\d{4}$/u.test(asciiDigits(cells[0]?.trim() ?? ''))) return 'end';
  return cells.slice(1).every((cell) => cellCount(cell) !== null || isUnknownMarker(cell)) ? 'total' : 'end';
}

/**
 * The rows of a table by year, from the first line under its header (`rows`, indexes into `lines`), each with its
 * year, for as long as a row holds `width` cells and a year; a total row over the years is passed over with an info
 * in `issues`. `taken.last` follows the last row taken (a total row included): where the table ends.
 */
function* yearRows(
  lines: readonly DocLine[],
  rows: readonly number[],
  width: number,
  issues: IssueDraft[],
  taken: { last: number | null },
): Generator<{ rowIndex: number; line: DocLine | undefined; cells: string[]; year: number }> {
  for (const rowIndex of rows) {
    const line = lines[rowIndex];
    const cells = rowCells(line?.text ?? '', width);
    if (cells.length !== width) return;
    const year = yearOfRow(cells);
    if (year === 'end') return;
    taken.last = rowIndex;
    if (year === 'total') issues.push(totalRowIssue(cells, line?.no ?? null));
    else yield { rowIndex, line, cells, year };
  }
}

function totalRowIssue(cells: readonly string[], line: number | null): IssueDraft {
  return { severity: 'info', rule: 'table-total-row', message: `Row '${cells[0] ?? ''}' of a table by year is not a count of one year: not loaded as a statement.`, line_start: line };
}

/**
 * The header of a table whose top row spans some columns with one label (`Type of firearm` over `Pistols |
 * Revolvers | Rifles`, repeated as the decoders spread a `colspan`) and whose other cells span both rows (`Year`,
 * `Total`, repeated under themselves as a `rowspan` is spread): the row under it, which names each column. Null for
 * any other pair of lines: a spanning label naming an action (read as action groups), a row under it holding a
 * number (a row of the table), or no spanning label.
 */
function spannedHeader(top: readonly string[], under: readonly string[]): string[] | null {
  if (under.length !== top.length || under.some((cell) => /\d/u.test(cell))) return null;
  let spanned = false;
  for (const [c, cell] of top.entries()) {
    if (cell === under[c]) continue;
    const run = top[c - 1] === cell || top[c + 1] === cell;
    if (!run || findActions(cell).length > 0) return null;
    spanned = true;
  }
  return spanned ? [...under] : null;
}

/**
 * A table by year with a column naming each row's action beside the year column, its other columns weapon
 * categories and a total (the actions as rows, one year over two rows or more):
 *
 *   Year | Action    | Pistols | Revolvers | Total
 *   2020 | Recovered | 4 512   | 1 208     | 5 720
 *        | Destroyed | 9 870   | n/a       | 9 870
 *
 * The column's header is a lexicon's `actionColumnLabels` word or empty (then the rows, one cell more than the
 * header, say it: a row's second cell names an action). A year written once for its rows (a `rowspan`, spread by the
 * HTML decoder; in a text table the next rows' year cell left empty) holds for the rows under it. Each row is one
 * statement read as a table of categories is (category-table.ts), the row's action its action, the caption's agency
 * its agency. A row whose action cell names no action (or several) leaves the whole table unread with a
 * `table-not-read` warning: which action its counts are cannot be told, and no action is guessed. Null when
 * `header` and the rows under it are not this shape.
 */
function readActionColumnTable(
  lines: readonly DocLine[],
  rowIndexes: readonly number[],
  header: readonly string[],
  caption: string,
  reportedIn: number | null,
  aliases: Readonly<Record<string, string>>,
): { statements: CountStatementRecord[]; issues: IssueDraft[]; last: number } | null {
  const labelled = ACTION_HEADER.test(header[1]?.trim() ?? '');
  const countHeader = header.slice(labelled ? 2 : 1);
  if (categoryHeaderColumns(countHeader) === null) return null;
  const width = countHeader.length + 2;
  const issues: IssueDraft[] = [];
  const rows: Array<{ rowIndex: number; year: number; yearRow: number; actionCell: string; cells: string[] }> = [];
  let last: number | null = null;
  let current: { year: number; row: number } | null = null;
  for (const [r, rowIndex] of rowIndexes.entries()) {
    const text = lines[rowIndex]?.text ?? '';
    if (r === 0 && isAlignmentRow(text)) {
      last = rowIndex;
      continue;
    }
    const cells = cellsOf(text);
    const counts = (from: number) => cells.slice(from).every((cell) => cellCount(cell) !== null || isUnknownMarker(cell));
    if (TOTAL_LABEL.test(cells[0] ?? '') && counts(1)) {
      issues.push(totalRowIssue(cells, lines[rowIndex]?.no ?? null));
      last = rowIndex;
      continue;
    }
    const year = cells.length === width ? yearOfCell(cells[0] ?? '') : null;
    if (year !== null) {
      current = { year, row: rowIndex };
      rows.push({ rowIndex, year, yearRow: rowIndex, actionCell: cells[1] ?? '', cells: cells.slice(2) });
    } else if (current !== null && cells.length === width - 1 && cellCount(cells[0] ?? '') === null && yearOfCell(cells[0] ?? '') === null && counts(1)) {
      // The year cell left empty: the year written above holds for this row (`|      | Destroyed | 9 870 |`).
      rows.push({ rowIndex, year: current.year, yearRow: current.row, actionCell: cells[0] ?? '', cells: cells.slice(1) });
    } else break;
    last = rowIndex;
  }
  if (rows.length === 0 || last === null) return null;
  const actions = rows.map((row) => cellAction(row.actionCell));
  // An unlabelled column is an action column only when its cells say so.
  if (!labelled && actions.every((action) => action === null)) return null;
  const unnamed = rows.filter((_, i) => actions[i] === null);
  if (unnamed.length > 0) {
    const first = lines[rows[0]?.rowIndex ?? last]?.no ?? null;
    issues.push({
      severity: 'warning',
      rule: 'table-not-read',
      message: `Table by year and action at line ${first ?? '?'}: ${unnamed.map((row) => `'${row.actionCell}' (line ${lines[row.rowIndex]?.no ?? '?'})`).join(', ')} names no action the vocabulary knows (or several): which action its counts are cannot be told; nothing is loaded from the table.`,
      line_start: first,
    });
    return { statements: [], issues, last };
  }
  const agency = caption === '' ? null : captionAgency(caption, aliases);
  const statements: CountStatementRecord[] = [];
  rows.forEach((row, i) => {
    const action = actions[i];
    const table = action ? categoryColumnsOf(countHeader, caption, action) : null;
    if (!table) return;
    const line = lines[row.rowIndex]?.no ?? null;
    const read = categoryRowStatement(agency ? { ...table, agency: agency.code, agencyRaw: agency.raw } : table, row.cells, row.year, reportedIn, lineageOf(lines, row.rowIndex, row.rowIndex), line);
    issues.push(...read.issues);
    if (!read.statement) return;
    // The year written on a row above (its cell spans this row): the step names the words it was read from.
    const yearAbove = row.yearRow === row.rowIndex ? [] : [{ column: 'year', source_words: lines[row.yearRow]?.text.trim() ?? '', rule: 'table.year-of-rows-below', lexicon_entry: null, language: null, value: String(row.year) }];
    statements.push(yearAbove.length === 0 ? read.statement : { ...read.statement, steps: [...(read.statement.steps ?? []), ...yearAbove] });
  });
  return { statements, issues, last };
}

/** Finds the year-by-action tables among `body` (indexes in `lines`), in order. `aliases`: the acronyms the document defines for agencies. */
export function findYearTables(lines: readonly DocLine[], body: readonly number[], reportedIn: number | null, aliases: Readonly<Record<string, string>> = {}): YearTable[] {
  const tables: YearTable[] = [];
  const filled = body.filter((i) => !isBlank(lines[i]));
  // The captions read so far by table number, with their header's cells: a table continued on the next page repeats
  // its number (`Table 1 (continued)`, `Tableau 1 (suite)`) and its header, and keeps the first caption's words.
  const captions = new Map<string, { caption: string; header: string }>();
  for (let k = 0; k < filled.length; k++) {
    const headerIndex = filled[k] as number;
    const headerText = lines[headerIndex]?.text ?? '';
    let header = cellsOf(headerText);
    // `Year Seized Destroyed` with one space between columns: one-word headers, each an action.
    if (header.length < 2) {
      const words = headerText.trim().split(/\s+/u);
      if (words.slice(1).every((word) => findActions(word).length > 0)) header = words;
    }
    if (header.length < 2 || !isYearHeader(header[0] ?? '')) continue;
    // A header wrapped over two lines: its second line is part of the header, no row.
    const nextIndex = filled[k + 1];
    const wrapped = nextIndex === undefined ? null : wrappedHeader(header, headerText, lines[nextIndex]?.text ?? '');
    const spanned = wrapped !== null || nextIndex === undefined ? null : spannedHeader(header, cellsOf(lines[nextIndex]?.text ?? ''));
    const headerEnd = wrapped === null && spanned === null ? k : k + 1;
    header = (wrapped ?? spanned ?? header).map(withoutNoteMarker);
    const columns = header.slice(1).map((cell) => ({ raw: cell, action: findActions(cell)[0] ?? null }));

    const captionIndex = k > 0 ? (filled[k - 1] as number) : null;
    const ownCaption = captionIndex === null ? '' : (lines[captionIndex]?.text.trim() ?? '');
    const captionIsTitle = isTableTitle(ownCaption);
    const caption = captionIsTitle ? continuedCaption(captions, ownCaption, cellsOf(headerText)) : ownCaption;
    // A header of two rows, the actions over the weapon categories under each (`Seized` spanning `Pistols | Rifles | Total`).
    // Its second row, when it leaves the year cell empty, is also a wrapped header's shape: read as groups, never as
    // `Seized Pistols` and `Seized Total` columns, which would load the total and its parts as separate statements.
    const groups = nextIndex === undefined ? null : actionGroups(cellsOf(headerText).map(withoutNoteMarker), lines[nextIndex]?.text ?? '', captionIsTitle ? caption : '');
    if (groups !== null) {
      const read = readGroupedRows(lines, filled, k + 1, header.length, groups, reportedIn);
      if (read.last === null) continue;
      tables.push({ from: captionIsTitle && captionIndex !== null ? captionIndex : headerIndex, to: read.last, statements: read.statements, issues: read.issues });
      k = filled.indexOf(read.last);
      continue;
    }
    const byAction = readActionColumnTable(lines, filled.slice(headerEnd + 1), header, captionIsTitle ? caption : '', reportedIn, aliases);
    if (byAction !== null) {
      tables.push({ from: captionIsTitle && captionIndex !== null ? captionIndex : headerIndex, to: byAction.last, statements: byAction.statements, issues: byAction.issues });
      k = filled.indexOf(byAction.last);
      continue;
    }
    // No column names an action: a table of weapon categories by year, its action in the caption.
    const noActionColumn = columns.every((column) => column.action === null);
    const byCategory = noActionColumn ? categoryColumnsOf(header.slice(1), captionIsTitle ? caption : '') : null;
    if (noActionColumn && byCategory === null) continue;
    const captionCategory = captionIsTitle ? categoryIn(caption) : null;
    // The caption's agency governs every row ("... уничтоженное органами внутренних дел в 2019–2021 гг.").
    const agency = captionIsTitle ? captionAgency(caption, aliases) : null;
    const issues: IssueDraft[] = [];
    const statements: CountStatementRecord[] = [];
    const taken = { last: filled[headerEnd] as number };
    for (const { rowIndex, line, cells, year } of yearRows(lines, filled.slice(headerEnd + 1), header.length, issues, taken)) {
      if (byCategory) {
        const read = categoryRowStatement(byCategory, cells.slice(1), year, reportedIn, lineageOf(lines, rowIndex, rowIndex), line?.no ?? null);
        if (read.statement) statements.push(read.statement);
        issues.push(...read.issues);
        continue;
      }
      columns.forEach((column, c) => {
        const cell = cells[c + 1] ?? '';
        const where = `Table by year, row ${year}, column '${column.raw}'`;
        if (column.action === null) {
          issues.push({ severity: 'info', rule: 'table-column-unread', message: `${where}: the header names no action: cell not loaded.`, line_start: line?.no ?? null });
          return;
        }
        const read = countOfCell(cell, where, line?.no ?? null);
        if ('issue' in read) {
          issues.push(read.issue);
          return;
        }
        const quantity = read.quantity;
        // The weapons: the column's own words ("Firearms seized"), else the caption's ("Weapons seized ...").
        const category = categoryIn(column.raw) ?? captionCategory;
        if (category === null || (category.code === GENERIC_CATEGORY && NOT_WEAPONS.test(`${column.raw} ${caption}`) && categoryIn(column.raw) === null)) {
          issues.push({ severity: 'warning', rule: 'unknown-category', message: `${where}: the table does not say what was counted: ${quantity} not loaded.`, line_start: line?.no ?? null });
          return;
        }
        const lineage = lineageOf(lines, rowIndex, rowIndex);
        statements.push({
          year,
          year_basis: 'stated',
          action: column.action?.code ?? null,
          action_raw: column.action?.raw ?? null,
          agency: agency?.code ?? null,
          agency_raw: agency?.raw ?? null,
          total: quantity,
          // A lone total: nothing to reconcile.
          components_sum: null,
          reconciliation: 'no_parts',
          reported_in: reportedIn,
          counts: [{ category: category.code, category_raw: category.raw, parent_category: null, quantity, is_total: true, approx: false, approx_qualifier: null, ...lineage }],
          ...lineage,
        });
      });
    }
    const last = taken.last;
    if (last === filled[headerEnd]) continue;
    tables.push({ from: captionIsTitle && captionIndex !== null ? captionIndex : headerIndex, to: last, statements, issues });
    k = filled.indexOf(last);
  }
  return tables;
}

/**
 * The caption a table is read under: its own, or, when it names the number of a table read before with the same
 * header (`Table 1 (continued)` over the header of Table 1 repeated), that table's first caption, whose action, weapons
 * and agency its rows share. A caption naming a new number is recorded for the tables after it.
 */
function continuedCaption(captions: Map<string, { caption: string; header: string }>, caption: string, header: readonly string[]): string {
  const number = captionNumber(caption);
  if (number === null) return caption;
  const key = header.map((cell) => cell.toLowerCase()).join('|');
  const earlier = captions.get(number);
  if (earlier === undefined) {
    captions.set(number, { caption, header: key });
    return caption;
  }
  return earlier.header === key ? earlier.caption : caption;
}

/** The columns under one action of a two-row header: their places after the year column, and how they are read. */
interface ActionGroup {
  from: number;
  /** Exclusive. */
  to: number;
  table: CategoryColumns;
}

/**
 * The groups of a two-row header: the top row names an action over each column (a spanning cell repeated, as the
 * decoders spread `colspan`), the row under it a weapon category or the total in each; the year column heads both
 * (`rowspan`), or the row under it leaves that cell empty. Null for any other header: a top cell naming no action,
 * a cell under it naming no weapons, a row under it holding a count or a year (a row of the table, not its header).
 */
function actionGroups(top: readonly string[], underText: string, caption: string): ActionGroup[] | null {
  let under = cellsOf(underText).map(withoutNoteMarker);
  if (under.length === top.length - 1) under = ['', ...under];
  if (under.length !== top.length || (under[0] !== '' && !YEAR_HEADER.test(under[0] ?? ''))) return null;
  if (under.some((cell) => /\d/u.test(cell))) return null;
  const groups: ActionGroup[] = [];
  for (let c = 1; c < top.length; ) {
    const label = top[c] ?? '';
    const action = findActions(label)[0];
    if (!action || findActions(label).length > 1) return null;
    let end = c;
    while (end < top.length && top[end] === label) end++;
    const table = categoryColumnsOf(under.slice(c, end), caption, action);
    if (table === null) return null;
    groups.push({ from: c - 1, to: end - 1, table });
    c = end;
  }
  // One action over categories without a total reads as well column by column (each its own statement); with a
  // total it must be read as one row statement, or the total and its parts would be loaded side by side.
  const [only] = groups;
  return groups.length >= 2 || only?.table.columns.some((column) => column.total) ? groups : null;
}

/**
 * The year rows under a two-row header (`filled[under]` is the header's second row): one statement per (year,
 * action), row order then column order, each group's cells read as a table of categories under that action is
 * (category-table.ts: the Total cell the total, the others the parts; a group all `n/a` no statement).
 */
function readGroupedRows(
  lines: readonly DocLine[],
  filled: readonly number[],
  under: number,
  width: number,
  groups: readonly ActionGroup[],
  reportedIn: number | null,
): { statements: CountStatementRecord[]; issues: IssueDraft[]; last: number | null } {
  const statements: CountStatementRecord[] = [];
  const issues: IssueDraft[] = [];
  const taken: { last: number | null } = { last: null };
  for (const { rowIndex, line, cells, year } of yearRows(lines, filled.slice(under + 1), width, issues, taken)) {
    for (const group of groups) {
      const read = categoryRowStatement(group.table, cells.slice(1 + group.from, 1 + group.to), year, reportedIn, lineageOf(lines, rowIndex, rowIndex), line?.no ?? null);
      if (read.statement) statements.push(read.statement);
      issues.push(...read.issues);
    }
  }
  return { statements, issues, last: taken.last };
}
