/**
 * HTML tables -> table blocks: `<table>` (with `<thead>`/`<th>` or bold top rows as the header,
 * colspan and rowspan spread over the cells, the caption from `<caption>` or a `Table n` paragraph just
 * before) and ARIA tables built of `role="table"`/`row`/`cell` elements. A table that only lays out a
 * page (one cell, nested tables, `role="presentation"`) is no data table: its cells are read as
 * containers by the block walker.
 */
import type { Element } from 'domhandler';
import type { Block, TableBlock, TableRow } from '../model/document.ts';
import { isLeftOut } from './html-chrome.ts';
import { attr, elementChildren, elementLines, isElement, span, tagOf } from './html-elements.ts';
import { inlineBold, inlineLinesOf, inlineTextOf } from './html-inline.ts';
import { isNumberedCaption } from '../transforms/table-captions.ts';


/** The `<tr>` rows of a table, directly or inside `<thead>`/`<tbody>`/`<tfoot>`, in order. */
export function rowsOf(table: Element): Element[] {
  const rows: Element[] = [];
  for (const child of elementChildren(table)) {
    const tag = tagOf(child);
    if (tag === 'tr') rows.push(child);
    // One push a row, not push(...rows): a table of a hundred thousand rows would overflow the call stack.
    else if (tag === 'thead' || tag === 'tbody' || tag === 'tfoot') for (const row of elementChildren(child)) if (tagOf(row) === 'tr') rows.push(row);
  }
  return rows;
}

/** A table that lays out a page rather than holding data: `role="presentation"`, one cell, or cells holding tables. */
export function isLayoutTable(table: Element, rows: Element[]): boolean {
  if (attr(table, 'role') === 'presentation') return true;
  const cells = rows.flatMap((r) => elementChildren(r).filter((c) => tagOf(c) === 'td' || tagOf(c) === 'th'));
  if (cells.length <= 1) return true;
  const nestedTable = (el: Element): boolean => elementChildren(el).some((c) => tagOf(c) === 'table' || nestedTable(c));
  return cells.some(nestedTable);
}

function isHeaderLike(cells: string[]): boolean {
  return cells.some((c) => c !== '') && cells.every((c) => c === '' || !/\d/.test(c));
}

/** `<figcaption>` elements that a table of their `<figure>` took as its caption: not read again as text after it. */
const takenFigureCaptions = new WeakSet<Element>();

/**
 * The `<figcaption>` after a table in its `<figure>` (`<figure><table>...</table><figcaption>Table 1. ...</figcaption></figure>`,
 * as WordPress's table block writes it): the table's caption, though it comes after the rows. Null without one.
 */
function figureCaptionAfter(table: Element): string | null {
  const figure = table.parent;
  if (!figure || !isElement(figure) || tagOf(figure) !== 'figure') return null;
  const siblings = elementChildren(figure);
  const after = siblings.slice(siblings.indexOf(table) + 1).find((el) => tagOf(el) === 'figcaption');
  const text = after ? inlineTextOf(after.children, ' ') : '';
  if (!after || text === '') return null;
  takenFigureCaptions.add(after);
  return text;
}

/** True for a `<figcaption>` its figure's table took as caption (figureCaptionAfter). */
export function isTakenFigureCaption(el: Element): boolean {
  return takenFigureCaptions.has(el);
}

/**
 * A data table -> a table block (and its `<caption>` as a heading before it), appended to `blocks`.
 * `rowEls` are the table's rows (`rowsOf`); the caller has checked that it is no layout table.
 */
export function readTable(blocks: Block[], table: Element, rowEls: Element[]): void {
  const captionEl = elementChildren(table).find((c) => tagOf(c) === 'caption');
  let caption: string | null = null;
  if (captionEl) {
    caption = inlineTextOf(captionEl.children, ' ') || null;
    const lines = elementLines(captionEl);
    // The text version of a page has the caption on its own line before the table, which the text
    // decoder reads as a heading: so does this, so that extractors see the same sequence.
    if (caption && lines) blocks.push({ kind: 'heading', text: caption, span: span(lines.start, lines.end, captionEl) });
  } else {
    const previous = blocks[blocks.length - 1];
    if (previous && (previous.kind === 'paragraph' || previous.kind === 'heading') && isNumberedCaption(previous.text)) caption = previous.text;
    else caption = figureCaptionAfter(table);
  }

  const hasExplicitHeader = rowEls.some((r) => isInThead(r) || rowIsAllTh(r));
  const pending: Array<{ text: string; lines: string[]; left: number } | undefined> = [];
  let boldTop = true;
  const rows: TableRow[] = [];
  rowEls.forEach((rowEl, rowIndex) => {
    const cellEls = elementChildren(rowEl).filter((c) => (tagOf(c) === 'td' || tagOf(c) === 'th') && !isLeftOut(c));
    const inThead = isInThead(rowEl);
    const allTh = rowIsAllTh(rowEl);
    const allBold = cellEls.length > 0 && cellEls.every((c) => inlineBold(c));
    // Without <thead>/<th>, the bold rows at the top (two of them under a spanning `Casualties`) are the header.
    const header = inThead || allTh || (!hasExplicitHeader && boldTop && rowIndex < rowEls.length - 1 && allBold);
    if (!header) boldTop = false;
    const cells: string[] = [];
    const cellLines: string[][] = [];
    let col = 0;
    const fillPending = (): void => {
      let carried = pending[col];
      while (carried) {
        cells.push(carried.text);
        cellLines.push(carried.lines);
        carried.left--;
        if (carried.left <= 0) pending[col] = undefined;
        col++;
        carried = pending[col];
      }
    };
    for (const cellEl of cellEls) {
      fillPending();
      const lines = inlineLinesOf(cellEl.children);
      const text = lines.join(' ');
      const colspan = clampSpan(attr(cellEl, 'colspan'), 50);
      const rowspanRaw = Number.parseInt(attr(cellEl, 'rowspan'), 10);
      const rowspan = rowspanRaw === 0 ? rowEls.length - rowIndex : clampSpan(attr(cellEl, 'rowspan'), rowEls.length - rowIndex);
      for (let k = 0; k < colspan; k++) {
        // A header spanning columns names each of them; a data value spanning columns is not known
        // to belong to each (a `3` across Deaths and Injuries is not 3 and 3): pad instead.
        const value = k === 0 || header ? text : '';
        const valueLines = k === 0 || header ? lines : [];
        cells.push(value);
        cellLines.push(valueLines);
        if (rowspan > 1) pending[col] = { text: value, lines: valueLines, left: rowspan - 1 };
        col++;
      }
    }
    fillPending();
    if (cells.every((c) => c === '')) return;
    const lines = elementLines(rowEl);
    if (!lines) return;
    rows.push({
      cells,
      text: cells.join(' | '),
      isHeader: header || (!hasExplicitHeader && rowIndex === 0 && rowEls.length > 1 && isHeaderLike(cells)),
      span: span(lines.start, lines.end, rowEl),
      ...(cellLines.some((l) => l.length > 1) ? { cellLines } : {}),
    });
  });
  if (rows.length === 0) return;
  const lines = elementLines(table);
  const first = rows[0];
  const last = rows[rows.length - 1];
  if (!lines || !first || !last) return;
  const block: TableBlock = {
    kind: 'table',
    caption,
    rows,
    text: rows.map((r) => r.text).join('\n'),
    span: span(lines.start, lines.end, table),
  };
  blocks.push(block);
}

export const ARIA_TABLE_ROLES = new Set(['table', 'grid', 'treegrid']);
const ARIA_CELL_ROLES = new Set(['cell', 'gridcell', 'columnheader', 'rowheader']);

/** The `role="row"` elements of an ARIA table, directly or inside `role="rowgroup"` wrappers, in order. */
function ariaRowsOf(table: Element): Element[] {
  const rows: Element[] = [];
  for (const child of elementChildren(table)) {
    if (isLeftOut(child)) continue;
    const role = attr(child, 'role');
    if (role === 'row') rows.push(child);
    else if (role === 'rowgroup' || role === '') rows.push(...ariaRowsOf(child));
  }
  return rows;
}

/**
 * A table built of `<div role="table">` / `role="row"` / `role="cell"` (CSS grid layouts): the same table
 * block as a `<table>`. The caption is an element of the table that is no row (its text goes before the
 * table as a heading, as for `<caption>`), else `aria-label`. Returns false (read as a container) when it
 * has no rows of cells.
 */
export function readAriaTable(blocks: Block[], table: Element): boolean {
  const rowEls = ariaRowsOf(table);
  const cellsOf = (row: Element): Element[] => elementChildren(row).filter((c) => ARIA_CELL_ROLES.has(attr(c, 'role')) && !isLeftOut(c));
  if (rowEls.length === 0 || rowEls.flatMap(cellsOf).length <= 1) return false;
  const captionEl = elementChildren(table).find((c) => attr(c, 'role') === '' && !isLeftOut(c) && ariaRowsOf(c).length === 0 && inlineTextOf(c.children, ' ') !== '');
  let caption: string | null = captionEl ? inlineTextOf(captionEl.children, ' ') : attr(table, 'aria-label') || null;
  const captionLines = captionEl ? elementLines(captionEl) : null;
  if (caption && captionEl && captionLines) blocks.push({ kind: 'heading', text: caption, span: span(captionLines.start, captionLines.end, captionEl) });
  if (caption === '') caption = null;
  const rows: TableRow[] = [];
  for (const rowEl of rowEls) {
    const cellEls = cellsOf(rowEl);
    const cells = cellEls.map((c) => inlineTextOf(c.children, ' '));
    const lines = elementLines(rowEl);
    if (cells.every((c) => c === '') || !lines) continue;
    const header = cellEls.every((c) => attr(c, 'role') === 'columnheader');
    rows.push({ cells, text: cells.join(' | '), isHeader: header, span: span(lines.start, lines.end, rowEl) });
  }
  const lines = elementLines(table);
  if (rows.length === 0 || !lines) return false;
  blocks.push({ kind: 'table', caption, rows, text: rows.map((r) => r.text).join('\n'), span: span(lines.start, lines.end, table) });
  return true;
}

function isInThead(row: Element): boolean {
  return row.parent !== null && isElement(row.parent) && tagOf(row.parent) === 'thead';
}

function rowIsAllTh(row: Element): boolean {
  const cells = elementChildren(row).filter((c) => tagOf(c) === 'td' || tagOf(c) === 'th');
  return cells.length > 0 && cells.every((c) => tagOf(c) === 'th');
}

function clampSpan(raw: string, max: number): number {
  const n = Number.parseInt(raw, 10);
  if (!Number.isFinite(n) || n < 1) return 1;
  return Math.min(n, Math.max(1, max));
}
