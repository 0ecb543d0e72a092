import type { Block, DocumentModel, TableBlock, TableRow } from '../model/document.ts';
import type { Decoder } from './decoder.ts';
import { decodeTextBytes } from './encoding.ts';

/**
 * Plain text (scraped web pages, text out of PDFs) -> blocks. A text file says nothing about its
 * structure, so block kinds here are guesses from each line's shape; extractors treat them as hints.
 *
 * - runs of lines holding `|` cell separators -> one table block (caption: the line before, if it
 *   starts with `Table`);
 * - `[1] text` -> footnote with ref `1`;
 * - lines starting with a bullet (`-`, `–`, `•`, `*`) -> list items;
 * - short lines without sentence punctuation -> headings;
 * - everything else -> paragraphs. A line that ends mid-sentence (`,` `;` or a word) and is followed
 *   by one starting in lower case or with a digit is joined with it into one paragraph: PDFs break
 *   sentences over lines.
 */

const PIPE_ROW = /\S\s*\|\s*\S/;
const BRACKET_FOOTNOTE = /^\[(\d{1,3})\]\s*(.+)$/;
const BULLET = /^\s*(?:[-–—•*])\s+/;
const TABLE_CAPTION = /^\s*Table\.?\s*\d+/i;

export function splitPipeRow(line: string): string[] {
  let body = line.trim();
  if (body.startsWith('|')) body = body.slice(1);
  if (body.endsWith('|')) body = body.slice(0, -1);
  return body.split('|').map((cell) => cell.trim());
}

function looksLikeHeading(line: string): boolean {
  const t = line.trim();
  if (t.length === 0 || t.length > 90) return false;
  if (/[.;,!?]$/.test(t) && !/^\d+(\.\d+)*\.?\s+\S/.test(t)) return false;
  if (/:$/.test(t)) return false;
  if (/^\d+$/.test(t)) return false;
  return /\p{L}/u.test(t);
}

function endsMidSentence(line: string): boolean {
  return /[,;\p{Ll}]$/u.test(line.trimEnd());
}

// `1. National coordination`, `2.3 Marking`: a numbered heading, not the rest of the line before.
const NUMBERED_HEADING = /^\s*\d{1,2}\.(?:\d{1,2}\.?)*\s+\p{Lu}/u;

function startsAsContinuation(line: string): boolean {
  return /^\s*[\p{Ll}\d]/u.test(line) && !BULLET.test(line) && !NUMBERED_HEADING.test(line);
}

function isHeaderRow(cells: string[]): boolean {
  return cells.every((c) => c === '' || !/\d/.test(c));
}

export function decodePlainText(text: string, encoding: string | null): DocumentModel {
  const lines = text.split('\n');
  // A trailing newline does not make an extra line.
  if (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
  const blocks: Block[] = [];

  let i = 0;
  while (i < lines.length) {
    const line = lines[i] ?? '';
    const lineNo = i + 1;
    if (line.trim() === '') {
      i++;
      continue;
    }

    if (PIPE_ROW.test(line) && !BULLET.test(line)) {
      const rows: TableRow[] = [];
      let j = i;
      while (j < lines.length && PIPE_ROW.test(lines[j] ?? '')) {
        const rowText = lines[j] ?? '';
        const cells = splitPipeRow(rowText);
        // A Markdown alignment row (`|---|:---:|`) only draws the table: it is no row of it.
        if (cells.every((cell) => /^:?-{2,}:?$/.test(cell))) {
          j++;
          continue;
        }
        rows.push({
          cells,
          text: rowText,
          span: { lineStart: j + 1, lineEnd: j + 1 },
          isHeader: rows.length === 0 && isHeaderRow(cells),
        });
        j++;
      }
      const previous = blocks[blocks.length - 1];
      let caption: string | null = null;
      if (previous && previous.kind !== 'table' && TABLE_CAPTION.test(previous.text) && previous.span.lineEnd === lineNo - 1) {
        caption = previous.text.trim();
      }
      const table: TableBlock = {
        kind: 'table',
        caption,
        rows,
        text: lines.slice(i, j).join('\n'),
        span: { lineStart: lineNo, lineEnd: j },
      };
      blocks.push(table);
      i = j;
      continue;
    }

    const footnote = BRACKET_FOOTNOTE.exec(line.trim());
    if (footnote) {
      blocks.push({ kind: 'footnote', ref: footnote[1] ?? null, text: line, urls: [], span: { lineStart: lineNo, lineEnd: lineNo } });
      i++;
      continue;
    }

    if (BULLET.test(line)) {
      blocks.push({ kind: 'list_item', text: line, span: { lineStart: lineNo, lineEnd: lineNo } });
      i++;
      continue;
    }

    // Paragraph, possibly continued on following lines.
    let end = i;
    while (
      end + 1 < lines.length &&
      endsMidSentence(lines[end] ?? '') &&
      (lines[end + 1] ?? '').trim() !== '' &&
      startsAsContinuation(lines[end + 1] ?? '') &&
      !PIPE_ROW.test(lines[end + 1] ?? '')
    ) {
      end++;
    }
    if (end === i && looksLikeHeading(line)) {
      blocks.push({ kind: 'heading', text: line, span: { lineStart: lineNo, lineEnd: lineNo } });
    } else {
      blocks.push({ kind: 'paragraph', text: lines.slice(i, end + 1).join('\n'), span: { lineStart: lineNo, lineEnd: end + 1 } });
    }
    i = end + 1;
  }

  return { format: 'text', lines, blocks, title: null, declaredLanguage: null, encoding, pageCount: null };
}

export const textDecoder: Decoder = {
  format: 'text',
  // Text is the fallback: anything that is not HTML or PDF and decodes as text.
  sniff: () => true,
  async decode(bytes) {
    const { text, encoding } = decodeTextBytes(bytes);
    return decodePlainText(text, encoding);
  },
};
