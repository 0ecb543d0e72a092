/**
 * Inline content of an HTML element flattened into lines of text: `<br>` and nested block elements
 * break lines, `<b>`/`<strong>` and headings mark bold runs (a bold line may be a heading or a table
 * header), note references (`<sup>1</sup>`, `<a href="#fn1">1</a>`) become `[1]`, and back-links to
 * the text are dropped. Each line keeps the source lines it came from.
 */
import type { AnyNode, Element } from 'domhandler';
import { withoutInvisibleMarks } from './encoding.ts';
import { isLeftOut } from './html-chrome.ts';
import { attr, isElement, tagOf, textOf } from './html-elements.ts';

export const BLOCK_TAGS = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'center', 'dd', 'details', 'div', 'dl', 'dt', 'fieldset', 'figcaption',
  'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hgroup', 'hr', 'li', 'main', 'nav', 'ol', 'p',
  'pre', 'section', 'summary', 'table', 'ul', 'caption', 'tbody', 'thead', 'tfoot', 'tr', 'td', 'th', 'menu',
]);
// `#fn1`, `#fn-disposal-1`, `#needs-fn1`, `#_ftn1`, `#footnote-12-1`, `#cite_note-3`, `#en2`.
const NOTE_HREF = /#(?:[\w-]*?(?:fn|ftn|footnote|note|endnote)|_?en)(?:ref)?[\w:-]*?\d+$/i;
export const MARKER_TEXT = /^[[(]?(\d{1,3}(?:\s*[,–-]\s*\d{1,3})*)[\])]?$/;
// A back-link is arrows (↩ may carry the text-presentation selector U+FE0E), a caret or the word `back`.
const BACKLINK_TEXT = /^(?:[\s↩↑^⤴]|\u{FE0E})+$|^back$/iu;
export const BR = '\u2028';
const SUPERSCRIPT = ['⁰', '¹', '²', '³', '⁴', '⁵', '⁶', '⁷', '⁸', '⁹'];
const HTML_WHITESPACE = /[ \t\n\r\f]+/g;

/** A run of inline content, flattened: text with the line it sits on, and `<br>` breaks. */
export interface Piece {
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

export function flattenInline(node: AnyNode, bold: boolean, out: Piece[]): void {
  if (node.nodeType === 3 && 'data' in node) {
    const loc = node.sourceCodeLocation;
    // Marks written as entities (`&shy;`, `&#8203;`, `&lrm;`) are characters only once parsed.
    const data = withoutInvisibleMarks(node.data);
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
  // A `<sup>` holding digits that is no note marker (`<sup>1234</sup>`, `<sup>2a</sup>`): its digits are written as
  // superscript digits, which no number reader takes for digits, so they can never run on into the number before
  // them (`2017<sup>1234</sup>` read as 20171234 would be a wrong number).
  if (tag === 'sup' && /\d/u.test(textOf(node))) {
    out.push({ text: collapse(textOf(node)).replace(/\d/gu, (d) => SUPERSCRIPT[Number(d)] ?? d), bold, lineStart: line, lineEnd: line });
    return;
  }
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

export function collapse(text: string): string {
  return text.replace(HTML_WHITESPACE, ' ').trim();
}

export interface Segment {
  text: string;
  allBold: boolean;
  lineStart: number;
  lineEnd: number;
}

/** Splits flattened inline content at `<br>`s into lines of text. */
export function segmentsOf(pieces: Piece[]): Segment[] {
  const segments: Segment[] = [];
  let current: Piece[] = [];
  const flush = (): void => {
    const text = collapse(current.map((p) => p.text).join(''));
    if (text !== '') {
      // A loop, not Math.min(...pieces): a line of a hundred thousand inline elements would overflow the call stack.
      let lineStart = Number.POSITIVE_INFINITY;
      let lineEnd = Number.NEGATIVE_INFINITY;
      for (const p of current) {
        if (p.lineStart <= 0 || p.text.trim() === '') continue;
        lineStart = Math.min(lineStart, p.lineStart);
        lineEnd = Math.max(lineEnd, p.lineEnd);
      }
      segments.push({ text, allBold: current.every((p) => p.bold || p.text.trim() === ''), lineStart, lineEnd });
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

export function inlineTextOf(nodes: AnyNode[], joinLines: string): string {
  return inlineLinesOf(nodes).join(joinLines);
}

/** The lines of inline content, split at its `<br>`s (a table cell's `Tolemaida,<br>Cundinamarca`: two lines). */
export function inlineLinesOf(nodes: AnyNode[]): string[] {
  const pieces: Piece[] = [];
  for (const n of nodes) flattenInline(n, false, pieces);
  return segmentsOf(pieces).map((s) => s.text);
}

export function inlineBold(cell: Element): boolean {
  const pieces: Piece[] = [];
  for (const n of cell.children) flattenInline(n, false, pieces);
  const text = pieces.filter((p) => p.text !== BR && p.text.trim() !== '');
  return text.length > 0 && text.every((p) => p.bold);
}
