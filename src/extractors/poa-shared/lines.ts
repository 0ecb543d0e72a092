import type { DocumentModel } from '../../model/document.ts';
import type { Lineage } from '../../model/records.ts';

/**
 * The PoA extractors read a document line by line: their structure (a question line, its answer lines,
 * a `Source :` line) is a matter of lines, whatever the format. Text and PDF documents give their
 * decoded lines; an HTML page gives the lines of its blocks (one element may hold several).
 */
export interface DocLine {
  /** 1-based line number in the decoded document. */
  no: number;
  text: string;
  page: number | null;
  /** True for a list item the format marked as such (HTML `<li>`), whose text has no bullet mark. */
  listItem: boolean;
  /** The level of a heading the format marked as such (HTML `<h2>`), absent otherwise. */
  headingLevel?: number;
  /** True for the term of a description list (HTML `<dt>`), whose answer follows it. */
  term?: boolean;
  /**
   * True for a note the format marked as such (an HTML `<ol class="notes">` item, a `[1] ...` paragraph): it explains
   * a marker of the text above, it is neither an answer nor a work cited.
   */
  footnote?: boolean;
  /** True for a line the decoder read as page furniture (a running header, a page number of a PDF's text). */
  furniture?: boolean;
}

export function documentLines(doc: DocumentModel): DocLine[] {
  if (doc.format === 'html') {
    const lines: DocLine[] = [];
    for (const block of doc.blocks) {
      const parts = block.text.split('\n');
      parts.forEach((text, i) => {
        // A table's rows say where each stands (`<tr>` on its own line); other blocks count from their element's start.
        const row = block.kind === 'table' && block.rows.length === parts.length ? block.rows[i] : undefined;
        lines.push({
          no: row ? row.span.lineStart : Math.min(block.span.lineStart + i, block.span.lineEnd),
          text,
          page: block.span.page ?? null,
          listItem: block.kind === 'list_item' && i === 0,
          ...(block.kind === 'heading' && block.level !== undefined ? { headingLevel: block.level } : {}),
          ...(block.kind === 'paragraph' && block.term ? { term: true } : {}),
          ...(block.kind === 'footnote' ? { footnote: true } : {}),
        });
      });
    }
    return lines;
  }
  const pages = new Map<number, number>();
  const mark = (span: DocumentModel['blocks'][number]['span']): void => {
    if (span.page === undefined) return;
    for (let no = span.lineStart; no <= span.lineEnd; no++) pages.set(no, span.page);
  };
  for (const block of doc.blocks) {
    mark(block.span);
    // A table going on over a page break: each row is on its own page, not on the page the table starts on.
    if (block.kind === 'table') for (const row of block.rows) mark(row.span);
  }
  const furniture = new Set(doc.furnitureLines ?? []);
  const marks = (no: number) => (furniture.has(no) ? { furniture: true } : {});
  // A text file set in two columns is read column by column, each part on the line it stands on.
  if (doc.columnLines) return doc.columnLines.map(({ line, text }) => ({ no: line, text, page: pages.get(line) ?? null, listItem: false, ...marks(line) }));
  return doc.lines.map((text, i) => ({ no: i + 1, text, page: pages.get(i + 1) ?? null, listItem: false, ...marks(i + 1) }));
}

/** Lineage of `lines[from..to]` (indexes, inclusive): their numbers, first page and verbatim text. */
export function lineageOf(lines: readonly DocLine[], from: number, to: number): Lineage {
  const slice = lines.slice(from, Math.max(from, to) + 1);
  const first = slice[0];
  // The lines' numbers need not rise in reading order (a two-column text's right column, read after the
  // left one, starts higher up the page; an HTML element's blocks): the span covers them all.
  // A loop, not Math.min(...): a section of a hundred thousand lines would overflow the call stack.
  const lineStart = slice.reduce((least, line) => Math.min(least, line.no), Number.POSITIVE_INFINITY);
  const lineEnd = slice.reduce((most, line) => Math.max(most, line.no), 0);
  return {
    line_start: slice.length === 0 ? 0 : lineStart,
    line_end: lineEnd,
    page: first?.page ?? null,
    source_text: slice.map((line) => line.text).join('\n'),
  };
}

/** A line starting with a bullet mark (`-`, `–`, `—`, `•`, `*`, `·`). */
export const BULLET_LINE = /^\s*[-–—•*·]\s*(?=\S)/u;

/** A bullet: marked so by the format, or starting with a bullet mark. */
export function isBulletLine(line: DocLine | undefined): boolean {
  return line !== undefined && (line.listItem || BULLET_LINE.test(line.text));
}

export function isBlank(line: DocLine | undefined): boolean {
  return line === undefined || line.text.trim() === '';
}

/** Index of the next non-blank line at or after `from`, or -1. */
export function nextFilled(lines: readonly DocLine[], from: number): number {
  for (let i = from; i < lines.length; i++) if (!isBlank(lines[i])) return i;
  return -1;
}
