import type { Block, DocumentModel, Span, TableBlock, TableRow } from '../model/document.ts';
import { refuseBinaryFormat } from './binary-formats.ts';
import { cutShortText, setApartCutRow } from './cut-short.ts';
import type { Decoder } from './decoder.ts';
import { decodeTextBytesWithEvidence } from './encoding.ts';
import { readMarkdown } from './markdown.ts';
import { joinHyphenatedWords, pageStartsFromRunningLines, runningLineFlags } from './page-furniture.ts';
import { BRACKETED_REF } from '../transforms/footnote-refs.ts';
import { isPageJoinerLine } from '../transforms/page-furniture.ts';
import { isNumberedCaption } from '../transforms/table-captions.ts';
import { readTextColumns } from './text-columns.ts';

/**
 * Plain text (scraped web pages, text out of PDFs) -> blocks. A text file says nothing about its
 * structure, so block kinds here are guesses from each line's shape; extractors treat them as hints.
 *
 * - runs of lines holding `|` cell separators -> one table block (caption: the line before, if it
 *   starts with `Table`);
 * - `[1] text`, `[ii] text` -> footnote with ref `1`, `ii`;
 * - lines starting with a bullet (`-`, `–`, `•`, `*`) -> list items;
 * - short lines without sentence punctuation -> headings;
 * - everything else -> paragraphs. A line that ends mid-sentence (`,` `;` or a word) and is followed
 *   by one starting in lower case or with a digit is joined with it into one paragraph: PDFs break
 *   sentences over lines.
 */

const PIPE_ROW = /\S\s*\|\s*\S/;
const BRACKET_FOOTNOTE = new RegExp(String.raw`^\[(${BRACKETED_REF})\]\s*(.+)$`, 'u');
const BULLET = /^\s*(?:[-–—•*])\s+/;

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

/** pdftotext opens each page after the first with a form feed, at the start of the page's first line. */
const FORM_FEED_START = /^\f/u;

interface PrintedText {
  /** The lines to read: running headers, footers, page numbers and joiners blanked, hyphenated words joined. */
  work: string[];
  /** Lines blanked as page furniture (a table goes on across them). */
  furniture: boolean[];
  /** The 1-based page of each line. */
  pageOfLine: number[];
  pageCount: number;
}

/**
 * A text file holding a PDF's text as pdf-parse writes it keeps the PDF's page furniture. It is read
 * as the PDF decoder reads a PDF, without moving any line: line numbers still point into the file.
 */
function readPrintedText(lines: string[]): PrintedText | null {
  // A text exported without page breaks may still say where its pages start: a running line with the page number.
  const hasPageBreaks = lines.some((line) => isPageJoinerLine(line) || FORM_FEED_START.test(line));
  const runningStarts = hasPageBreaks ? null : pageStartsFromRunningLines(lines);
  if (runningStarts === null && !hasPageBreaks) return null;
  const opensPage = new Set(runningStarts ?? []);
  const work = [...lines];
  const furniture = lines.map(() => false);
  const pageOfLine: number[] = [];
  const pages: number[][] = [[]];
  lines.forEach((line, i) => {
    if (i > 0 && opensPage.has(i)) pages.push([]);
    if (isPageJoinerLine(line)) {
      furniture[i] = true;
      work[i] = '';
      pages.push([]);
      // The line a form feed opens is the new page's first (a form feed before any text opens no page).
    } else if (FORM_FEED_START.test(line) && pages.some((page) => page.length > 0)) {
      pages.push(line.trim() === '' ? [] : [i]);
      work[i] = line.replace(FORM_FEED_START, '');
    }
    else if (line.trim() !== '') pages[pages.length - 1]?.push(i);
    pageOfLine.push(Math.max(1, pages.length - (isPageJoinerLine(line) ? 1 : 0)));
  });
  // The joiner after the last page opens no page.
  if (pages.length > 1 && pages[pages.length - 1]?.length === 0) pages.pop();
  const flags = runningLineFlags(pages.map((page) => page.map((i) => (lines[i] ?? '').trim())));
  for (const [p, page] of pages.entries()) {
    for (const [k, i] of page.entries()) {
      if (flags[p]?.[k]) {
        furniture[i] = true;
        work[i] = '';
      }
    }
  }
  // A table header repeated at the top of the next page is no row.
  const seen = new Set<string>();
  for (const page of pages) {
    const first = page.find((i) => !furniture[i]);
    const text = first === undefined ? '' : (work[first] ?? '').trim();
    if (first !== undefined && seen.has(text) && /[|\t]/.test(text) && !/\d/.test(text)) {
      furniture[first] = true;
      work[first] = '';
    }
    for (const i of page) if (!furniture[i]) seen.add((work[i] ?? '').trim());
  }
  // Words hyphenated at line ends, across furniture too; both lines keep their place.
  const kept = work.map((text, i) => ({ text, page: pageOfLine[i] ?? 1, i })).filter((l) => !furniture[l.i] && l.text.trim() !== '');
  const joined = joinHyphenatedWords(kept.map(({ text, page }) => ({ text, page })));
  kept.forEach((l, k) => {
    work[l.i] = joined[k]?.text ?? l.text;
  });
  return { work, furniture, pageOfLine, pageCount: pages.length };
}

export function decodePlainText(text: string, encoding: string | null): DocumentModel {
  const written = text.split('\n');
  // A trailing newline does not make an extra line.
  if (written.length > 0 && written[written.length - 1] === '') written.pop();
  // A Markdown export is read without its marks (`## `, `**`), each line on its line (decoders/markdown.ts).
  const markdown = readMarkdown(written);
  const original = markdown?.lines ?? written;
  const printed = readPrintedText(original);
  const lines = printed?.work ?? original;
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
      const skippable = (k: number) => printed !== null && (printed.furniture[k] || (lines[k] ?? '').trim() === '');
      while (j < lines.length && (PIPE_ROW.test(lines[j] ?? '') || (skippable(j) && continuesAfterFurniture(lines, printed?.furniture ?? [], j)))) {
        if (skippable(j)) {
          j++;
          continue;
        }
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
      if (previous && previous.kind !== 'table' && isNumberedCaption(previous.text) && previous.span.lineEnd === lineNo - 1) {
        caption = previous.text.trim();
      }
      const table: TableBlock = {
        kind: 'table',
        caption,
        rows,
        text: lines.slice(i, j).join('\n'),
        span: { lineStart: lineNo, lineEnd: rows.at(-1)?.span.lineEnd ?? j },
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

    // Paragraph, possibly continued on following lines, also past a page break (its furniture and margin).
    let end = i;
    const taken = [i];
    for (;;) {
      const next = printed === null ? end + 1 : acrossPageBreak(lines, printed.furniture, end + 1);
      if (
        next < lines.length &&
        endsMidSentence(lines[end] ?? '') &&
        (lines[next] ?? '').trim() !== '' &&
        startsAsContinuation(lines[next] ?? '') &&
        !PIPE_ROW.test(lines[next] ?? '') &&
        !markdown?.headingLevels.has(next)
      ) {
        end = next;
        taken.push(next);
      } else break;
    }
    const markdownLevel = markdown?.headingLevels.get(i);
    if (markdownLevel !== undefined) {
      // A Markdown heading says it is one, and its level, as an HTML `<h2>` does.
      blocks.push({ kind: 'heading', level: markdownLevel, text: line, span: { lineStart: lineNo, lineEnd: lineNo } });
      i++;
      continue;
    }
    if (end === i && looksLikeHeading(line)) {
      blocks.push({ kind: 'heading', text: line, span: { lineStart: lineNo, lineEnd: lineNo } });
    } else {
      // Lines left out (a page's furniture) are named line by line, so that offsets still find their line.
      const gapped = taken.length !== end - i + 1;
      blocks.push({ kind: 'paragraph', text: taken.map((k) => lines[k] ?? '').join('\n'), span: { lineStart: lineNo, lineEnd: end + 1, ...(gapped ? { lines: taken.map((k) => k + 1) } : {}) } });
    }
    i = end + 1;
  }

  const columnLines = readTextColumns(lines);
  const columns = columnLines === null ? {} : { columnLines };
  if (!printed) return { format: 'text', lines, blocks, title: null, declaredLanguage: null, encoding, pageCount: null, ...columns };
  const withPage = <T extends { span: Span }>(item: T): T => ({ ...item, span: { ...item.span, page: printed.pageOfLine[item.span.lineStart - 1] ?? 1 } });
  const paged = blocks.map((block) => (block.kind === 'table' ? { ...withPage(block), rows: block.rows.map(withPage) } : withPage(block)));
  const furnitureLines = printed.furniture.flatMap((isFurniture, i) => (isFurniture ? [i + 1] : []));
  return { format: 'text', lines: original, blocks: paged, title: null, declaredLanguage: null, encoding, pageCount: printed.pageCount, furnitureLines, ...columns };
}

/**
 * The index of the line after a page break starting at `from`: blank lines and furniture (running header,
 * page number, joiner), at least one furniture line among them. `from` itself when no page breaks there.
 */
function acrossPageBreak(lines: readonly string[], furniture: readonly boolean[], from: number): number {
  let k = from;
  let sawFurniture = false;
  while (k < lines.length && (furniture[k] || (lines[k] ?? '').trim() === '')) {
    sawFurniture ||= furniture[k] === true;
    k++;
  }
  return sawFurniture ? k : from;
}

/** True when the lines after a run of page furniture go on with the table (its next row is a pipe row). */
function continuesAfterFurniture(lines: string[], furniture: boolean[], from: number): boolean {
  let k = from;
  while (k < lines.length && (furniture[k] || (lines[k] ?? '').trim() === '')) k++;
  return k < lines.length && PIPE_ROW.test(lines[k] ?? '');
}

export const textDecoder: Decoder = {
  format: 'text',
  // Text is the fallback: anything that is not HTML or PDF and decodes as text.
  sniff: () => true,
  async decode(bytes, ctx) {
    refuseBinaryFormat(bytes, ctx.sourcePath);
    const { text, encoding, evidence } = decodeTextBytesWithEvidence(bytes);
    const model = decodePlainText(text, encoding);
    return setApartCutRow({ ...model, encodingEvidence: evidence, cutShort: cutShortText(model.lines) });
  },
};
