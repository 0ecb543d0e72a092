/**
 * The walk over an HTML page's body that turns its elements into blocks, in document order: headings,
 * paragraphs (one per `<br>` line), list items, footnotes (inside note containers, or lines starting
 * with `[n]`) and tables. Chrome and hidden elements are skipped (html-chrome.ts).
 */
import type { AnyNode, Element } from 'domhandler';
import type { Block } from '../model/document.ts';
import { isLeftOut } from './html-chrome.ts';
import { attr, elementChildren, elementLines, isElement, span, tagOf } from './html-elements.ts';
import { BLOCK_TAGS, flattenInline, inlineTextOf, type Piece, type Segment, segmentsOf } from './html-inline.ts';
import { BRACKET_FOOTNOTE, isNotesContainer, noteRef, urlsOf } from './html-notes.ts';
import { ARIA_TABLE_ROLES, isLayoutTable, isTakenFigureCaption, readAriaTable, readTable, rowsOf } from './html-tables.ts';

const BULLET = /^\s*(?:[-–—•*])\s+/;

function looksLikeBoldHeading(text: string): boolean {
  return text.length <= 90 && !/[.;,!?:]$/.test(text) && /\p{L}/u.test(text);
}

export interface Walk {
  blocks: Block[];
  inNotes: boolean;
  /** The level of the last `<h1>`-`<h6>` walked: a `<summary>` after it is a heading one level below. */
  headingLevel?: number;
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

export function walkContainer(walk: Walk, el: Element): void {
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
    if (text !== '') walk.headingLevel = Number(tag.slice(1));
    return;
  }
  if (tag === 'summary') {
    // A disclosure's `<summary>` is the heading of what its `<details>` holds (a collapsible section), one level
    // below the heading it stands under (`<h2>Themes</h2>` / `<details><summary>Marking</summary>`: level 3).
    const text = inlineTextOf(el.children, ' ');
    const lines = elementLines(el);
    const level = Math.min(6, (walk.headingLevel ?? 1) + 1);
    if (text !== '' && lines) walk.blocks.push({ kind: 'heading', level, text, span: span(lines.start, lines.end, el) });
    return;
  }
  if (tag === 'table') {
    const rows = rowsOf(el);
    if (isLayoutTable(el, rows)) {
      // Old pages lay out whole pages in tables: read the cells as containers, row by row.
      for (const row of rows) {
        for (const cell of elementChildren(row)) if (!isLeftOut(cell)) walkContainer(walk, cell);
      }
    } else {
      readTable(walk.blocks, el, rows);
    }
    return;
  }
  if (ARIA_TABLE_ROLES.has(attr(el, 'role')) && readAriaTable(walk.blocks, el)) return;
  if (tag === 'ul' || tag === 'ol') {
    walkList(walk, el);
    return;
  }
  if (tag === 'hr' || (tag === 'figcaption' && isTakenFigureCaption(el))) return;
  const notes = !walk.inNotes && isNotesContainer(el);
  if (notes) walk.inNotes = true;
  const before = walk.blocks.length;
  if (tag === 'li') walkListItem(walk, el, null);
  else walkContainer(walk, el);
  // A `<dt>` is the term its `<dd>` answers (a template's question, a label): said so, as a list item is.
  if (tag === 'dt') for (const block of walk.blocks.slice(before)) if (block.kind === 'paragraph') block.term = true;
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

/** True for an element with a heading among its children: a list item that holds a section (`<li><h2>…</h2><p>…`). */
function holdsHeading(el: Element): boolean {
  return elementChildren(el).some((child) => /^h[1-6]$/.test(tagOf(child)));
}

/** A list item: its own inline text is one block; nested lists and paragraphs follow as their own blocks. */
function walkListItem(walk: Walk, li: Element, position: number | null): void {
  // An item holding a heading is a section laid out as a list (a report's sections as `<ol>` items): its heading,
  // paragraphs and lists are read in their order, as a container's, not glued into one item before its heading.
  if (!walk.inNotes && holdsHeading(li)) {
    walkContainer(walk, li);
    return;
  }
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
