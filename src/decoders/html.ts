/**
 * HTML pages (A-MAP profiles, PoA pages) -> the same blocks the text decoder produces, so extractors
 * read a page and its scraped text alike. The page is parsed (parse5, through cheerio) and never
 * executed: scripts, styles and templates are dropped unread.
 *
 * - h1-h6 -> headings (with their level); p, dt, dd and loose text -> paragraphs, one per `<br>` line
 *   (old pages lay out lists with `<br>`, and their text versions have one line per item);
 * - li -> list items; ul/ol/div/aside holding notes (`ol.footnotes`, `li id="fn1"`, `aside`) ->
 *   footnotes with the number a reader sees (list position, or the marker the note starts with);
 * - table -> a table block (caption from `<caption>` or a `Table n` paragraph just before);
 * - `<sup>1</sup>` and `<a href="#fn1">1</a>` -> `[1]` in the block text;
 * - navigation, page header and footer, cookie banners, hidden elements and skip links are left out.
 *
 * Lineage: a block's span holds the lines of its element in the source file (the model's `lines`
 * are the file's lines, so an analyst can open the page at that line) and a CSS-like element path.
 */
import { load } from 'cheerio';
import type { AnyNode, Element } from 'domhandler';
import type { Block, DocumentModel, Span, TableBlock, TableRow } from '../model/document.ts';
import { isIso639_1 } from '../model/iso-639-1.ts';
import { refuseBinaryFormat } from './binary-formats.ts';
import type { Decoder } from './decoder.ts';
import { decodeHtmlBytes, decodeHtmlBytesWithEvidence } from './encoding.ts';

/** True when the bytes start like an HTML page (after a BOM, whitespace, an XML declaration or comments). */
export function looksLikeHtml(text: string): boolean {
  const head = text.slice(0, 1024).replace(/^\uFEFF/, '');
  const start = head.replace(/^(?:\s+|<\?xml[^>]*\?>|<!--[\s\S]*?-->)*/i, '');
  if (/^<(?:!doctype\s+html|html|head|body|meta|title|link|base|p|div|table|h[1-6]|ul|ol|section|article|main|nav|header|script|style|span|a|br)\b/i.test(start)) {
    return true;
  }
  return /<!doctype\s+html|<html[\s>]|<body[\s>]/i.test(head);
}

const LEFT_OUT_TAGS = new Set([
  'head', 'script', 'style', 'noscript', 'template', 'nav', 'iframe', 'object', 'embed', 'svg', 'canvas', 'math',
  'button', 'select', 'input', 'textarea', 'option', 'dialog', 'map', 'audio', 'video', 'img', 'picture',
]);
const LEFT_OUT_ROLES = new Set(['navigation', 'banner', 'contentinfo', 'search', 'dialog', 'alertdialog', 'menu', 'menubar']);
// NOTE: class/id words of site chrome. `banner` also hits hero banners; a page's content never sits in one.
const CHROME_CLASS = /cookie|consent|banner|gdpr|breadcrumb|sr-only|visually-hidden|screen-reader|skip[-_]?(?:link|to|nav)/i;
const CHROME_NAME = /^(?:site-?|page-?|global-?|main-?|top-?)?(?:header|footer|menu|nav|navbar|navigation|masthead|topbar|sidebar)$/i;
const NEVER_CHROME = new Set(['html', 'body', 'main', 'article']);
const SKIP_LINK_TEXT = /^\s*(?:skip to|skip navigation|jump to|back to top)\b/i;

const BLOCK_TAGS = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'center', 'dd', 'details', 'div', 'dl', 'dt', 'fieldset', 'figcaption',
  'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hgroup', 'hr', 'li', 'main', 'nav', 'ol', 'p',
  'pre', 'section', 'summary', 'table', 'ul', 'caption', 'tbody', 'thead', 'tfoot', 'tr', 'td', 'th', 'menu',
]);
const SECTIONING = new Set(['article', 'main', 'section', 'aside']);
const NOTES_CLASS = /foot-?notes?|end-?notes?|^notes$|^fn-?list$/i;
const NOTE_ID = /^(?:fn|footnote|note|endnote|ftn|_ftn|en)[-_:]?.*\d+$/i;
// `#fn1`, `#fn-disposal-1`, `#needs-fn1`, `#_ftn1`, `#footnote-12-1`, `#cite_note-3`, `#en2`.
const NOTE_HREF = /#(?:[\w-]*?(?:fn|ftn|footnote|note|endnote)|_?en)(?:ref)?[\w:-]*?\d+$/i;
const MARKER_TEXT = /^[[(]?(\d{1,3}(?:\s*[,–-]\s*\d{1,3})*)[\])]?$/;
// A back-link is arrows (↩ may carry the text-presentation selector U+FE0E), a caret or the word `back`.
const BACKLINK_TEXT = /^(?:[\s↩↑^⤴]|\u{FE0E})+$|^back$/iu;
const BR = '\u2028';
const HTML_WHITESPACE = /[ \t\n\r\f]+/g;
const BRACKET_FOOTNOTE = /^\[(\d{1,3})\]\s*([\s\S]*)$/;
const BULLET = /^\s*(?:[-–—•*])\s+/;
const TABLE_CAPTION = /^\s*Table\.?\s*\d+/i;

function isElement(node: AnyNode): node is Element {
  return node.nodeType === 1;
}

function tagOf(el: Element): string {
  return el.name.toLowerCase();
}

function attr(el: Element, name: string): string {
  return el.attribs[name] ?? '';
}

/** Site chrome and hidden content: never read. */
function isLeftOut(el: Element): boolean {
  const tag = tagOf(el);
  if (LEFT_OUT_TAGS.has(tag)) return true;
  if ('hidden' in el.attribs) return true;
  if (attr(el, 'aria-hidden').toLowerCase() === 'true') return true;
  if (/display\s*:\s*none|visibility\s*:\s*hidden/i.test(attr(el, 'style'))) return true;
  if (LEFT_OUT_ROLES.has(attr(el, 'role').toLowerCase())) return true;
  if (!NEVER_CHROME.has(tag) && (CHROME_CLASS.test(attr(el, 'class')) || CHROME_CLASS.test(attr(el, 'id')))) return true;
  // Pages older than `<header>`/`<nav>` name their chrome by id or class (`div#header`, `div.menu`).
  // NOTE: a Bootstrap `div.page-header` holds the page's h1; only whole-word names count, and never a block with an h1.
  const names = [...attr(el, 'class').split(/\s+/), attr(el, 'id')];
  if (!NEVER_CHROME.has(tag) && names.some((n) => CHROME_NAME.test(n)) && !containsH1(el)) return true;
  // A page's header and footer are chrome; an article's own header (its h1) or footer (its notes) is not.
  if ((tag === 'header' || tag === 'footer') && !hasAncestor(el, (a) => SECTIONING.has(tagOf(a)))) return true;
  if (tag === 'a' && attr(el, 'href').startsWith('#') && SKIP_LINK_TEXT.test(textOf(el))) return true;
  return false;
}

function containsH1(el: Element): boolean {
  return elementChildren(el).some((c) => tagOf(c) === 'h1' || containsH1(c));
}

function hasAncestor(el: Element, test: (a: Element) => boolean): boolean {
  for (let p = el.parent; p && isElement(p); p = p.parent) if (test(p)) return true;
  return false;
}

function textOf(node: AnyNode): string {
  if (node.nodeType === 3 && 'data' in node) return node.data;
  if (!isElement(node)) return '';
  return node.children.map(textOf).join('');
}

function elementChildren(el: Element): Element[] {
  return el.children.filter(isElement);
}

/** `main#main > article > section#disposal > p:nth-of-type(2)`: from below `<body>` down to the element. */
function pathOf(el: Element): string {
  const parts: string[] = [];
  for (let node: Element | null = el; node; node = node.parent && isElement(node.parent) ? node.parent : null) {
    const tag = tagOf(node);
    if (tag === 'body' || tag === 'html') break;
    const id = attr(node, 'id');
    let part = id ? `${tag}#${id}` : tag;
    const parent = node.parent;
    if (!id && parent && isElement(parent)) {
      const sameTag = elementChildren(parent).filter((s) => tagOf(s) === tag);
      if (sameTag.length > 1) part += `:nth-of-type(${sameTag.indexOf(node) + 1})`;
    }
    parts.unshift(part);
  }
  return parts.join(' > ');
}

function elementLines(el: Element): { start: number; end: number } | null {
  const loc = el.sourceCodeLocation;
  if (loc) return { start: loc.startLine, end: loc.endLine };
  // Elements the parser implied (`<tbody>`) have no location: use their children's.
  let start = Infinity;
  let end = -Infinity;
  for (const child of el.children) {
    const l = child.sourceCodeLocation;
    if (!l) continue;
    start = Math.min(start, l.startLine);
    end = Math.max(end, l.endLine);
  }
  return Number.isFinite(start) ? { start, end } : null;
}

/** A run of inline content, flattened: text with the line it sits on, and `<br>` breaks. */
interface Piece {
  text: string;
  bold: boolean;
  lineStart: number;
  lineEnd: number;
}

function noteMarker(el: Element): string | null {
  const tag = tagOf(el);
  const text = textOf(el).trim();
  const m = MARKER_TEXT.exec(text);
  const isNoteLink = tag === 'a' && NOTE_HREF.test(attr(el, 'href'));
  if (!m?.[1]) return null;
  if (tag !== 'sup' && !isNoteLink) return null;
  return m[1]
    .split(/\s*[,–-]\s*/)
    .map((n) => `[${n}]`)
    .join('');
}

function isBacklink(el: Element): boolean {
  if (tagOf(el) !== 'a') return false;
  const href = attr(el, 'href');
  const text = textOf(el).trim();
  if (!href.startsWith('#') || MARKER_TEXT.test(text)) return false;
  return BACKLINK_TEXT.test(text) || /back-?ref|backlink/i.test(attr(el, 'class'));
}

function flattenInline(node: AnyNode, bold: boolean, out: Piece[]): void {
  if (node.nodeType === 3 && 'data' in node) {
    const loc = node.sourceCodeLocation;
    const data = node.data;
    if (data.trim() === '') {
      out.push({ text: data, bold, lineStart: 0, lineEnd: 0 });
      return;
    }
    const startLine = loc ? loc.startLine + countLf(data.slice(0, data.length - data.trimStart().length)) : 0;
    const endLine = loc ? loc.endLine - countLf(data.slice(data.trimEnd().length)) : 0;
    out.push({ text: data, bold, lineStart: startLine, lineEnd: endLine });
    return;
  }
  if (!isElement(node) || isLeftOut(node)) return;
  const tag = tagOf(node);
  const line = node.sourceCodeLocation?.startLine ?? 0;
  if (tag === 'br') {
    out.push({ text: BR, bold, lineStart: 0, lineEnd: 0 });
    return;
  }
  const marker = noteMarker(node);
  if (marker) {
    out.push({ text: marker, bold, lineStart: line, lineEnd: line });
    return;
  }
  if (isBacklink(node)) return;
  const childBold = bold || tag === 'b' || tag === 'strong' || (/^h[1-6]$/.test(tag));
  // A block element inside inline content (a `<div>` in a `<td>`) still starts a new line.
  const isBlock = BLOCK_TAGS.has(tag);
  if (isBlock) out.push({ text: BR, bold, lineStart: 0, lineEnd: 0 });
  for (const child of node.children) flattenInline(child, childBold, out);
  if (isBlock) out.push({ text: BR, bold, lineStart: 0, lineEnd: 0 });
}

function countLf(s: string): number {
  let n = 0;
  for (const ch of s) if (ch === '\n') n++;
  return n;
}

function collapse(text: string): string {
  return text.replace(HTML_WHITESPACE, ' ').trim();
}

interface Segment {
  text: string;
  allBold: boolean;
  lineStart: number;
  lineEnd: number;
}

/** Splits flattened inline content at `<br>`s into lines of text. */
function segmentsOf(pieces: Piece[]): Segment[] {
  const segments: Segment[] = [];
  let current: Piece[] = [];
  const flush = (): void => {
    const text = collapse(current.map((p) => p.text).join(''));
    if (text !== '') {
      const located = current.filter((p) => p.lineStart > 0 && p.text.trim() !== '');
      segments.push({
        text,
        allBold: current.every((p) => p.bold || p.text.trim() === ''),
        lineStart: Math.min(...located.map((p) => p.lineStart)),
        lineEnd: Math.max(...located.map((p) => p.lineEnd)),
      });
    }
    current = [];
  };
  for (const piece of pieces) {
    if (piece.text === BR) flush();
    else current.push(piece);
  }
  flush();
  return segments;
}

function inlineTextOf(nodes: AnyNode[], joinLines: string): string {
  const pieces: Piece[] = [];
  for (const n of nodes) flattenInline(n, false, pieces);
  return segmentsOf(pieces)
    .map((s) => s.text)
    .join(joinLines);
}

function looksLikeBoldHeading(text: string): boolean {
  return text.length <= 90 && !/[.;,!?:]$/.test(text) && /\p{L}/u.test(text);
}

/** The footnote number a reader sees: the marker the note starts with, its `<ol>` position, a leading number, or its id. */
function noteRef(el: Element, text: string, position: number | null): { ref: string | null; text: string } {
  const bracket = BRACKET_FOOTNOTE.exec(text);
  if (bracket?.[1]) return { ref: bracket[1], text: bracket[2] ?? '' };
  if (position !== null) return { ref: String(position), text };
  const lead = /^(\d{1,3})[.)]?\s+(\S[\s\S]*)$/.exec(text);
  if (lead?.[1]) return { ref: lead[1], text: lead[2] ?? '' };
  const id = /(\d+)$/.exec(attr(el, 'id'));
  return { ref: id?.[1] ?? null, text };
}

function urlsOf(el: Element): string[] {
  const urls: string[] = [];
  const visit = (node: AnyNode): void => {
    if (!isElement(node) || isLeftOut(node)) return;
    const href = attr(node, 'href').trim();
    if (tagOf(node) === 'a' && href !== '' && !href.startsWith('#') && !/^javascript:/i.test(href)) urls.push(href);
    node.children.forEach(visit);
  };
  visit(el);
  return urls;
}

function isNotesContainer(el: Element): boolean {
  const tag = tagOf(el);
  if (tag === 'aside') return true;
  if (NOTES_CLASS.test(attr(el, 'class').split(/\s+/).find((c) => NOTES_CLASS.test(c)) ?? '') || NOTES_CLASS.test(attr(el, 'id'))) return true;
  const role = attr(el, 'role');
  if (role === 'doc-endnotes' || role === 'doc-footnotes') return true;
  if (tag === 'ol' || tag === 'ul') {
    const items = elementChildren(el).filter((c) => tagOf(c) === 'li');
    return items.length > 0 && items.every((li) => NOTE_ID.test(attr(li, 'id')) || attr(li, 'role') === 'doc-endnote');
  }
  return false;
}

interface Walk {
  blocks: Block[];
  inNotes: boolean;
}

function span(lineStart: number, lineEnd: number, el: Element): Span {
  return { lineStart, lineEnd: Math.max(lineStart, lineEnd), path: pathOf(el) };
}

function pushSegmentBlock(walk: Walk, seg: Segment, owner: Element): void {
  const s = span(seg.lineStart, seg.lineEnd, owner);
  if (walk.inNotes) {
    const { ref, text } = noteRef(owner, seg.text, null);
    walk.blocks.push({ kind: 'footnote', ref, text, urls: urlsOf(owner), span: s });
    return;
  }
  const footnote = BRACKET_FOOTNOTE.exec(seg.text);
  if (footnote) {
    walk.blocks.push({ kind: 'footnote', ref: footnote[1] ?? null, text: seg.text, urls: urlsOf(owner), span: s });
  } else if (BULLET.test(seg.text)) {
    walk.blocks.push({ kind: 'list_item', text: seg.text, span: s });
  } else if (seg.allBold && looksLikeBoldHeading(seg.text)) {
    walk.blocks.push({ kind: 'heading', text: seg.text, span: s });
  } else {
    walk.blocks.push({ kind: 'paragraph', text: seg.text, span: s });
  }
}

/** Inline content (text, links, `<b>`, ...) of a container, one block per `<br>` line. */
function flushRun(walk: Walk, run: AnyNode[], owner: Element): void {
  if (run.length === 0) return;
  const pieces: Piece[] = [];
  for (const n of run) flattenInline(n, false, pieces);
  const fallback = elementLines(owner);
  for (const seg of segmentsOf(pieces)) {
    if (!Number.isFinite(seg.lineStart)) {
      seg.lineStart = fallback?.start ?? 1;
      seg.lineEnd = fallback?.end ?? seg.lineStart;
    }
    pushSegmentBlock(walk, seg, owner);
  }
}

function walkContainer(walk: Walk, el: Element): void {
  let run: AnyNode[] = [];
  for (const child of el.children) {
    if (isElement(child) && BLOCK_TAGS.has(tagOf(child))) {
      flushRun(walk, run, el);
      run = [];
      if (!isLeftOut(child)) walkBlock(walk, child);
    } else {
      run.push(child);
    }
  }
  flushRun(walk, run, el);
}

function walkBlock(walk: Walk, el: Element): void {
  const tag = tagOf(el);
  if (/^h[1-6]$/.test(tag)) {
    const text = inlineTextOf(el.children, ' ');
    const lines = elementLines(el);
    if (text !== '' && lines) walk.blocks.push({ kind: 'heading', level: Number(tag.slice(1)), text, span: span(lines.start, lines.end, el) });
    return;
  }
  if (tag === 'table') {
    walkTable(walk, el);
    return;
  }
  if (ARIA_TABLE_ROLES.has(attr(el, 'role')) && walkAriaTable(walk, el)) return;
  if (tag === 'ul' || tag === 'ol') {
    walkList(walk, el);
    return;
  }
  if (tag === 'hr') return;
  const notes = !walk.inNotes && isNotesContainer(el);
  if (notes) walk.inNotes = true;
  if (tag === 'li') walkListItem(walk, el, null);
  else walkContainer(walk, el);
  if (notes) walk.inNotes = false;
}

function walkList(walk: Walk, list: Element): void {
  const notes = !walk.inNotes && isNotesContainer(list);
  if (notes) walk.inNotes = true;
  const start = Number.parseInt(attr(list, 'start'), 10);
  let position = Number.isFinite(start) ? start : 1;
  for (const child of list.children) {
    if (!isElement(child)) continue;
    if (isLeftOut(child)) continue;
    if (tagOf(child) === 'li') {
      const value = Number.parseInt(attr(child, 'value'), 10);
      if (Number.isFinite(value)) position = value;
      walkListItem(walk, child, tagOf(list) === 'ol' ? position : null);
      position++;
    } else {
      walkBlock(walk, child);
    }
  }
  if (notes) walk.inNotes = false;
}

/** A list item: its own inline text is one block; nested lists and paragraphs follow as their own blocks. */
function walkListItem(walk: Walk, li: Element, position: number | null): void {
  const own: AnyNode[] = [];
  const nested: Element[] = [];
  for (const child of li.children) {
    if (isElement(child) && BLOCK_TAGS.has(tagOf(child)) && !['p', 'div', 'span'].includes(tagOf(child))) nested.push(child);
    else own.push(child);
  }
  const text = inlineTextOf(own, ' ');
  const lines = elementLines(li);
  if (text !== '' && lines) {
    // A nested list ends the item's own lines.
    const firstNested = nested[0] ? elementLines(nested[0]) : null;
    const end = firstNested ? Math.max(lines.start, firstNested.start) : lines.end;
    const s = span(lines.start, end, li);
    if (walk.inNotes) {
      const note = noteRef(li, text, position);
      walk.blocks.push({ kind: 'footnote', ref: note.ref, text: note.text, urls: urlsOf(li), span: s });
    } else {
      walk.blocks.push({ kind: 'list_item', text, span: s });
    }
  }
  for (const n of nested) if (!isLeftOut(n)) walkBlock(walk, n);
}

function rowsOf(table: Element): Element[] {
  const rows: Element[] = [];
  for (const child of elementChildren(table)) {
    const tag = tagOf(child);
    if (tag === 'tr') rows.push(child);
    else if (tag === 'thead' || tag === 'tbody' || tag === 'tfoot') rows.push(...elementChildren(child).filter((r) => tagOf(r) === 'tr'));
  }
  return rows;
}

function isLayoutTable(table: Element, rows: Element[]): boolean {
  if (attr(table, 'role') === 'presentation') return true;
  const cells = rows.flatMap((r) => elementChildren(r).filter((c) => tagOf(c) === 'td' || tagOf(c) === 'th'));
  if (cells.length <= 1) return true;
  const nestedTable = (el: Element): boolean => elementChildren(el).some((c) => tagOf(c) === 'table' || nestedTable(c));
  return cells.some(nestedTable);
}

function isHeaderLike(cells: string[]): boolean {
  return cells.some((c) => c !== '') && cells.every((c) => c === '' || !/\d/.test(c));
}

function walkTable(walk: Walk, table: Element): void {
  const rowEls = rowsOf(table);
  if (isLayoutTable(table, rowEls)) {
    // Old pages lay out whole pages in tables: read the cells as containers, row by row.
    for (const row of rowEls) {
      for (const cell of elementChildren(row)) if (!isLeftOut(cell)) walkContainer(walk, cell);
    }
    return;
  }
  const captionEl = elementChildren(table).find((c) => tagOf(c) === 'caption');
  let caption: string | null = null;
  if (captionEl) {
    caption = inlineTextOf(captionEl.children, ' ') || null;
    const lines = elementLines(captionEl);
    // The text version of a page has the caption on its own line before the table, which the text
    // decoder reads as a heading: so does this, so that extractors see the same sequence.
    if (caption && lines) walk.blocks.push({ kind: 'heading', text: caption, span: span(lines.start, lines.end, captionEl) });
  } else {
    const previous = walk.blocks[walk.blocks.length - 1];
    if (previous && (previous.kind === 'paragraph' || previous.kind === 'heading') && TABLE_CAPTION.test(previous.text)) caption = previous.text;
  }

  const hasExplicitHeader = rowEls.some((r) => isInThead(r) || rowIsAllTh(r));
  const pending: Array<{ text: string; left: number } | undefined> = [];
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
    let col = 0;
    const fillPending = (): void => {
      let carried = pending[col];
      while (carried) {
        cells.push(carried.text);
        carried.left--;
        if (carried.left <= 0) pending[col] = undefined;
        col++;
        carried = pending[col];
      }
    };
    for (const cellEl of cellEls) {
      fillPending();
      const text = inlineTextOf(cellEl.children, ' ');
      const colspan = clampSpan(attr(cellEl, 'colspan'), 50);
      const rowspanRaw = Number.parseInt(attr(cellEl, 'rowspan'), 10);
      const rowspan = rowspanRaw === 0 ? rowEls.length - rowIndex : clampSpan(attr(cellEl, 'rowspan'), rowEls.length - rowIndex);
      for (let k = 0; k < colspan; k++) {
        // A header spanning columns names each of them; a data value spanning columns is not known
        // to belong to each (a `3` across Deaths and Injuries is not 3 and 3): pad instead.
        const value = k === 0 || header ? text : '';
        cells.push(value);
        if (rowspan > 1) pending[col] = { text: value, left: rowspan - 1 };
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
  walk.blocks.push(block);
}

const ARIA_TABLE_ROLES = new Set(['table', 'grid', 'treegrid']);
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
function walkAriaTable(walk: Walk, table: Element): boolean {
  const rowEls = ariaRowsOf(table);
  const cellsOf = (row: Element): Element[] => elementChildren(row).filter((c) => ARIA_CELL_ROLES.has(attr(c, 'role')) && !isLeftOut(c));
  if (rowEls.length === 0 || rowEls.flatMap(cellsOf).length <= 1) return false;
  const captionEl = elementChildren(table).find((c) => attr(c, 'role') === '' && !isLeftOut(c) && ariaRowsOf(c).length === 0 && inlineTextOf(c.children, ' ') !== '');
  let caption: string | null = captionEl ? inlineTextOf(captionEl.children, ' ') : attr(table, 'aria-label') || null;
  const captionLines = captionEl ? elementLines(captionEl) : null;
  if (caption && captionEl && captionLines) walk.blocks.push({ kind: 'heading', text: caption, span: span(captionLines.start, captionLines.end, captionEl) });
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
  walk.blocks.push({ kind: 'table', caption, rows, text: rows.map((r) => r.text).join('\n'), span: span(lines.start, lines.end, table) });
  return true;
}

function isInThead(row: Element): boolean {
  return row.parent !== null && isElement(row.parent) && tagOf(row.parent) === 'thead';
}

function rowIsAllTh(row: Element): boolean {
  const cells = elementChildren(row).filter((c) => tagOf(c) === 'td' || tagOf(c) === 'th');
  return cells.length > 0 && cells.every((c) => tagOf(c) === 'th');
}

function inlineBold(cell: Element): boolean {
  const pieces: Piece[] = [];
  for (const n of cell.children) flattenInline(n, false, pieces);
  const text = pieces.filter((p) => p.text !== BR && p.text.trim() !== '');
  return text.length > 0 && text.every((p) => p.bold);
}

function clampSpan(raw: string, max: number): number {
  const n = Number.parseInt(raw, 10);
  if (!Number.isFinite(n) || n < 1) return 1;
  return Math.min(n, Math.max(1, max));
}

function primaryLanguage(lang: string | undefined): string | null {
  const primary = (lang ?? '').trim().toLowerCase().split(/[-_]/)[0] ?? '';
  return isIso639_1(primary) ? primary : null;
}

/** Decodes an HTML page that is already text. `encoding` is recorded as given. */
export function decodeHtmlText(text: string, encoding: string | null): DocumentModel {
  const $ = load(text, { sourceCodeLocationInfo: true });
  const lines = text.split('\n');
  if (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
  const walk: Walk = { blocks: [], inNotes: false };
  const body = $('body')[0];
  if (body) walkContainer(walk, body);
  const titleEl = $('title')[0];
  const title = titleEl ? collapse(textOf(titleEl)) || null : null;
  return {
    format: 'html',
    lines,
    blocks: walk.blocks,
    title,
    declaredLanguage: primaryLanguage($('html').attr('lang')),
    encoding,
    pageCount: null,
  };
}

export const htmlDecoder: Decoder = {
  format: 'html',
  sniff(bytes) {
    return looksLikeHtml(decodeHtmlBytes(bytes.subarray(0, 2048)).text);
  },
  async decode(bytes, ctx) {
    // A stored ZIP of a web page holds `<html` in its first KiB: the magic number says what the file is.
    refuseBinaryFormat(bytes, ctx.sourcePath);
    const { text, encoding, evidence } = decodeHtmlBytesWithEvidence(bytes);
    return { ...decodeHtmlText(text, encoding), encodingEvidence: evidence };
  },
};
