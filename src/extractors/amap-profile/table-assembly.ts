/**
 * Puts together the tables of a profile from the units the reader meets: a table block (a pipe or HTML
 * table, or the rest of one the decoder cut at a wrapped description line), a `Table n` caption over a
 * table, the lines of a space-separated table (header, year lines and their continuations), and pipe-less
 * lines that continue a row's description. A table ends when the reader meets anything else; it is then
 * loaded into records (tables.ts).
 */
import type { Language } from '../../language/types.ts';
import type { Extraction } from '../../model/records.ts';
import { isNumberedCaption } from '../../transforms/table-captions.ts';
import { isSourceLine } from '../../transforms/citations.ts';
import { isChrome, isHeadingShaped, type ProfileTopic, readFootnoteLine, type TextUnit, topicOfHeading, type Unit } from './lines.ts';
import { expandHeader, expandRow } from './combined-columns.ts';
import { readSpaceRowStart, spaceRowComplete } from './space-rows.ts';
import { endsWithDescription, headerColumns, ignoredLabels, mergeHeaderColumns, spaceHeaderColumns, type TableDraft, type TableKind } from './table-drafts.ts';
import { loadTable } from './tables.ts';
import { readUnknownMarker } from '../../transforms/unknown.ts';

const TERMINAL = /[.!?…)"”’]$/u;

/**
 * A line left of a table whose cells were lost: a short label without a sentence's end (`Owner/manager`,
 * `Décès Blessés`), or a row of empty cells (`| |`); never a section heading, a caption or a Source line.
 */
function isTableFragment(text: string): boolean {
  const t = text.trim();
  if (/^[|\s]+$/u.test(t)) return true;
  return isHeadingShaped(t, 6) && topicOfHeading(t) === null && !isNumberedCaption(t) && !isSourceLine(t) && !isChrome(t);
}

/**
 * The header's labels with the words of its wrapped second line added below each. A line with fewer
 * cells lost its leading empty cells (a PDF line that opens with blanks and a pipe): it is aligned on the
 * right, where its last cell sits under the header's last.
 */
function joinHeaderLine(header: readonly string[], line: readonly string[]): string[] {
  const shift = Math.max(0, header.length - line.length);
  return header.map((label, i) => `${label.trim()} ${(line[i - shift] ?? '').trim()}`.trim().replace(/\/ /u, '/'));
}

/** A table once loaded: its kind, how many data rows it had and the line it starts on (for the tally check). */
export interface LoadedTable {
  kind: TableKind | null;
  rows: number;
  line: number;
}

export class TableAssembler {
  private table: TableDraft | null = null;
  /** The previous unit was part of the table (so a pipe-less line may continue its last row). */
  private inTable = false;
  private pendingCaption: string | null = null;
  /** Positions (in the table block's cells) of the columns whose header names two (`Deaths/Injuries`). */
  private combined: number[] = [];
  /** The tables loaded so far, in reading order. */
  readonly loaded: LoadedTable[] = [];

  /**
   * `sectionTopic` gives the topic of the section being read: a hint for a table whose header says
   * nothing. `language` is the page's (number words, unknown markers), null when unclear.
   */
  constructor(
    private readonly units: readonly Unit[],
    private readonly out: Extraction,
    private readonly language: Language | null,
    private readonly sectionTopic: () => ProfileTopic | null,
  ) {}

  /** True while a table is being read: a space-separated one, or one whose last unit was a row. */
  get reading(): boolean {
    return this.table !== null && (this.inTable || this.table.mode === 'space');
  }

  /** A `Table n` caption over a table: the caption of the next table, which starts here when it is space-separated. */
  readCaption(unit: TextUnit, text: string, i: number): void {
    this.close();
    this.pendingCaption = text;
    const next = this.units[i + 1];
    if (next && next.kind !== 'table') this.table = this.newTable('space', text, null, unit.span.lineStart);
  }

  /** A line of the table being read (a space-separated line, or the continuation of a row's last cell). */
  readLine(unit: TextUnit, text: string): boolean {
    if (this.table?.mode === 'space' && this.readSpaceLine(unit, text)) return true;
    if (this.table?.mode === 'cells' && this.inTable && this.isCellContinuation(this.table, text)) {
      this.continueCellRow(this.table, unit, text);
      return true;
    }
    return false;
  }

  private newTable(mode: TableDraft['mode'], caption: string | null, columns: TableDraft['columns'], line: number): TableDraft {
    return { caption, columns, rows: [], mode, sectionTopic: this.sectionTopic(), lineStart: line };
  }

  /**
   * True when no table starts in the `reach` units after a caption at `i`: its cells were lost. A caption
   * wrapped onto a second line (`... in Kazakhstan` / `since 2000`) still has its table one unit later.
   */
  tableLost(i: number, reach = 2): boolean {
    for (let k = i; k < i + reach; k++) if (this.followedByTable(k)) return false;
    return true;
  }

  /** True when the unit after `i` is a table, or a line that starts a space-separated one. */
  followedByTable(i: number): boolean {
    const next = this.units[i + 1];
    if (!next) return false;
    if (next.kind === 'table') return true;
    if (next.kind !== 'text') return false;
    return spaceHeaderColumns(next.text) !== null || readSpaceRowStart(next.text) !== null;
  }

  /** A table block: a new table, or the continuation of the one being read (cut by the decoder at a wrapped line). */
  readTable(unit: Extract<Unit, { kind: 'table' }>): void {
    const block = unit.table;
    let columns: TableDraft['columns'] = null;
    let ignored: string[] = [];
    let headerCells: string[] = [];
    // Combined columns (`Deaths/Injuries`) are read as two: named by the header, else as the table being continued.
    const headers = block.rows.map((row, k) => (row.isHeader || k === 0 ? expandHeader(row.cells, row.cellLines) : null));
    const named = headers.find((header) => header !== null && header.combined.length > 0)?.combined;
    const combined = named ?? (this.table?.mode === 'cells' && this.inTable ? this.combined : []);
    const rows = block.rows.map((row, k) => {
      const header = headers[k];
      return { ...row, cells: header && header.combined.length > 0 ? header.cells : expandRow(row.cells, combined, this.language, row.cellLines) };
    });
    let headerAbove = false;
    const dataRows = rows.filter((row, k) => {
      const header = row.isHeader || k === 0 ? headerColumns(row.cells) : null;
      if (!header && headerAbove && this.isWrappedHeaderLine(row.cells)) {
        // The header's labels wrapped onto a second line (PDF text: `Owner/` over `manager`): their
        // words join the labels above; the line is no data row (it would be counted as row 1).
        headerCells = joinHeaderLine(headerCells, row.cells);
        columns = headerColumns(headerCells) ?? columns;
        if (columns) ignored = ignoredLabels(headerCells, columns);
        return false;
      }
      headerAbove = header !== null;
      if (header) {
        // A header in two rows (`Casualties` spanning `Deaths | Injuries`): the row below names the
        // columns the spanning label above left unnamed.
        columns = columns === null ? header : mergeHeaderColumns(columns, header);
        headerCells = headerCells.length === 0 ? [...row.cells] : headerCells.map((c, i) => (header[i] != null ? (row.cells[i] ?? c) : c));
        ignored = ignoredLabels(headerCells, columns);
      }
      return header === null && !(row.isHeader && row.cells.every((c) => !/\d/.test(c)));
    });
    // A table block that continues the previous one (the decoder cut it at a wrapped description line).
    const continuing = this.table?.mode === 'cells' && this.inTable && columns === null;
    if (!continuing) {
      this.close();
      this.combined = combined;
      this.table = this.newTable('cells', block.caption ?? this.pendingCaption, columns, unit.span.lineStart);
      if (ignored.length > 0) this.table.ignored = ignored;
    }
    this.pendingCaption = null;
    const table = this.table;
    if (!table) return;
    for (const row of dataRows) {
      table.rows.push({
        cells: [...row.cells],
        lineStart: row.span.lineStart,
        lineEnd: row.span.lineEnd,
        page: row.span.page ?? null,
        texts: [row.text],
      });
    }
    this.inTable = true;
  }

  /**
   * A second line of a wrapped header: short words without digits, some cells empty, none of them an
   * unknown marker (a data row of unknowns, `| Kabul | N/A |`, is no header line).
   */
  private isWrappedHeaderLine(cells: string[]): boolean {
    const filled = cells.map((c) => c.trim()).filter((c) => c !== '');
    if (filled.length === 0 || filled.length === cells.length) return false;
    return filled.every((c) => !/\d/.test(c) && c.length <= 30 && readUnknownMarker(c, this.language) === null);
  }

  private isCellContinuation(table: TableDraft, text: string): boolean {
    const lastRow = table.rows.at(-1);
    if (!lastRow) return false;
    if (topicOfHeading(text) !== null || isNumberedCaption(text) || isChrome(text)) return false;
    if (readFootnoteLine(text)?.bracketed) return false;
    if (/\|\s*$/.test(text)) return true;
    if (/^\p{Ll}/u.test(text)) return true;
    return endsWithDescription(table) && !TERMINAL.test((lastRow.cells.at(-1) ?? '').trim());
  }

  private continueCellRow(table: TableDraft, unit: TextUnit, text: string): void {
    const lastRow = table.rows.at(-1);
    if (!lastRow) return;
    const piece = text.replace(/\s*\|\s*$/, '');
    const k = lastRow.cells.length - 1;
    lastRow.cells[k] = `${lastRow.cells[k] ?? ''} ${piece}`.trim();
    lastRow.texts.push(unit.text);
    lastRow.lineEnd = unit.span.lineEnd;
  }

  /** A line of a space-separated table: header, a row's year line, or the rest of a row. */
  private readSpaceLine(unit: TextUnit, text: string): boolean {
    const table = this.table;
    if (!table) return false;
    if (table.columns === null && table.rows.length === 0) {
      const header = spaceHeaderColumns(text);
      if (header) {
        table.columns = header;
        return true;
      }
    }
    const start = readSpaceRowStart(text);
    if (start) {
      table.rows.push({
        cells: [],
        space: { year: start.year, head: start.head, tail: [] },
        lineStart: unit.span.lineStart,
        lineEnd: unit.span.lineEnd,
        page: unit.span.page ?? null,
        texts: [unit.text],
      });
      return true;
    }
    const row = table.rows.at(-1);
    if (!row?.space || spaceRowComplete(table, row)) return false;
    if (topicOfHeading(text) !== null || isChrome(text) || readFootnoteLine(text)?.bracketed) return false;
    row.space.tail.push(text);
    row.texts.push(unit.text);
    row.lineEnd = unit.span.lineEnd;
    return true;
  }

  /**
   * A `Table n` caption with no table under it: the page lost the table's cells (the caption is followed
   * by blank lines and a fragment such as a column label). The short label lines that follow are the
   * fragment; the table is reported as not read, by its caption, and nothing is loaded from it. Returns
   * the index of the last unit read.
   */
  readLostTable(unit: TextUnit, caption: string, i: number): number {
    this.close();
    this.pendingCaption = null;
    let end = i;
    const fragment: string[] = [];
    for (let k = i + 1; k < this.units.length; k++) {
      const next = this.units[k];
      if (next?.kind !== 'text' || !isTableFragment(next.text)) break;
      fragment.push(next.text.trim());
      end = k;
    }
    const what = fragment.length > 0 ? `only ${fragment.map((f) => `'${f}'`).join(', ')} follows its caption` : 'nothing follows its caption';
    this.notRead(caption, unit.span.lineStart, what);
    return end;
  }

  /** A table seen by its caption whose rows are not in the text: a warning naming it. */
  private notRead(caption: string, line: number, what: string): void {
    this.out.issues.push({
      severity: 'warning',
      rule: 'table-not-read',
      message: `table '${caption.trim()}' (line ${line}) has no rows in the document's text (${what}); nothing is loaded from it.`,
      line_start: line,
    });
  }

  /** Ends the table being read, if any, and loads it. */
  close(): void {
    this.inTable = false;
    const table = this.table;
    if (!table) return;
    this.table = null;
    if (table.rows.length === 0) {
      // A caption and a header, and then no row: the cells were lost from the text.
      if (table.caption !== null) this.notRead(table.caption, table.lineStart, table.columns === null ? 'nothing follows its caption' : 'only its header follows its caption');
      return;
    }
    const loaded = loadTable(table, this.out, this.language);
    this.loaded.push({ kind: loaded.kind, rows: loaded.rows, line: table.lineStart });
  }
}
