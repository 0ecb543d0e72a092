/**
 * The document model: what every decoder (text, HTML, PDF) produces and every extractor reads.
 * Extractors never see raw bytes, so a new input format is a new decoder and nothing else.
 */

export type DocumentFormat = 'text' | 'html' | 'pdf';

/** Where a block (or a record) sits in the decoded document. Lines are 1-based and inclusive. */
export interface Span {
  lineStart: number;
  lineEnd: number;
  /** 1-based page, for PDFs. */
  page?: number;
  /** CSS-like element path, for HTML (e.g. `main > article > section#disposal > p:nth-of-type(2)`). */
  path?: string;
  /**
   * The line number of each LF-separated line of the text, when they are not consecutive: a paragraph that
   * goes on past page furniture (a page number, a running header) leaves those lines out.
   */
  lines?: readonly number[];
}

export interface TableRow {
  cells: string[];
  span: Span;
  /** The verbatim text of the row as it stands in the decoded text (e.g. `2019 | Arys | State (military) | 3 | 77 |`). */
  text: string;
  /** True for a header row (`<th>` cells, or the first pipe row of a text table whose cells are all labels). */
  isHeader: boolean;
  /**
   * The lines of each cell where a cell holds more than one (`4<br>11`), set only then. A cell's text joins
   * them with a space (a line break inside one value); a reader whose header says the column holds two
   * values (`Muertos /<br>Heridos`) takes them one a value.
   */
  cellLines?: string[][];
}

interface BlockBase {
  span: Span;
  /**
   * The block's text. Inline footnote markers are normalised by decoders that know them for sure
   * (HTML `<sup>`): they are written `[n]`. Text decoders keep the text verbatim.
   */
  text: string;
}

export interface HeadingBlock extends BlockBase {
  kind: 'heading';
  /** 1-6 when the format says so (HTML), otherwise undefined (text: a guess from the line's shape). */
  level?: number;
}

export interface ParagraphBlock extends BlockBase {
  kind: 'paragraph';
  /** The term of a description list (HTML `<dt>`): a label or question whose answer is the `<dd>` after it. */
  term?: true;
}

export interface ListItemBlock extends BlockBase {
  kind: 'list_item';
}

export interface FootnoteBlock extends BlockBase {
  kind: 'footnote';
  /** The footnote number as written (`1`), or null when the decoder could not read one. */
  ref: string | null;
  /** Link targets found in the footnote (HTML `<a href>`), in order. Text decoders leave this empty. */
  urls: string[];
}

export interface TableBlock extends BlockBase {
  kind: 'table';
  caption: string | null;
  rows: TableRow[];
}

/**
 * The table row a document stops in (a page saved only in part, ending `<td>Non-st`): the end of the document,
 * not a row of its table. Its cells may be cut anywhere (`1` of `12`), so none of its values is read.
 */
export interface CutRow {
  /** Its first line, and its verbatim text as the document holds it. */
  line: number;
  text: string;
  /** The caption of the table it was in, if it has one. */
  caption: string | null;
}

export type Block = HeadingBlock | ParagraphBlock | ListItemBlock | FootnoteBlock | TableBlock;

export interface DocumentModel {
  format: DocumentFormat;
  /** The decoded text, split into lines (LF, NFC). Spans point into it; line n is `lines[n - 1]`. */
  lines: string[];
  blocks: Block[];
  /**
   * A text file set in two columns (`pdftotext -layout`, src/decoders/text-columns.ts): its lines in reading
   * order, left column then right, each part with the number of the line it stands on. Absent otherwise.
   */
  columnLines?: Array<{ line: number; text: string }> | null;
  /** The title the format declares (HTML `<title>`, PDF info), if any. */
  title: string | null;
  /** Language the format declares (`<html lang>`), ISO 639-1, if any. */
  declaredLanguage: string | null;
  /** The character encoding the bytes were decoded from (`utf-8`, `windows-1251`, ...). */
  encoding: string | null;
  pageCount: number | null;
  /**
   * Lines of a text file holding a PDF's text that the decoder read as page furniture (running headers and
   * footers, page numbers, page joiners), 1-based. They stay in `lines` (line numbers point into the file)
   * but belong to no block. Absent when the text has no pages.
   */
  furnitureLines?: number[];
  /**
   * A PDF's running headers and footers, which the decoder leaves out of `lines` (they would cut sentences and
   * tables page after page), each with its page: a report may print its code or date there only.
   */
  runningLines?: Array<{ text: string; page: number }>;
  /**
   * PDF pages that hold no text while others do (a scanned page, an image of a table): seen, not read. Each with
   * the first decoded line after it (null at the document's end), so that the issue says where the gap is.
   */
  pagesWithoutText?: Array<{ page: number; lineAfter: number | null }>;
  /**
   * Set when the file stops before its end (decoders/cut-short.ts): the last line it holds, and why it seems cut;
   * `cutRow` when it stops inside a table row, which is then left out of its table (decoders/cut-short.ts).
   */
  cutShort?: { line: number; why: string; cutRow?: CutRow } | null;
  /**
   * Set when the bytes were not clean Unicode: which encoding was chosen over which (with scores), and
   * the lines holding U+FFFD for bytes that could not be decoded. The pipeline turns it into issues.
   */
  encodingEvidence?: {
    replacedLines: number[];
    replacedSequences: number;
    controlCharacters?: number;
    choice: string;
    /** What in the bytes contradicts itself (a byte-order mark the bytes after it belie): warnings. */
    doubts?: string[];
  } | null;
}

/** The verbatim text of lines `span.lineStart..span.lineEnd`, joined with LF. */
export function textOfSpan(doc: DocumentModel, span: Span): string {
  return doc.lines.slice(span.lineStart - 1, span.lineEnd).join('\n');
}

/**
 * The 1-based line on which character `offset` of a block's text sits. Text blocks join their lines
 * with LF, so this counts the LFs before the offset; blocks from HTML keep their element's line.
 */
export function lineOfOffset(text: string, span: Span, offset: number): number {
  let breaks = 0;
  for (let i = 0; i < offset && i < text.length; i++) if (text[i] === '\n') breaks++;
  const listed = span.lines?.[breaks];
  if (listed !== undefined) return listed;
  return Math.min(span.lineStart + breaks, span.lineEnd);
}

/**
 * The document's text as its blocks read, one block per line: for HTML that is the page's words without
 * markup, scripts or navigation; for text and PDF it is the lines themselves. Table rows read `a | b | c`.
 */
export function blockText(doc: Pick<DocumentModel, 'lines' | 'blocks'>): string[] {
  if (doc.blocks.length === 0) return doc.lines;
  return doc.blocks.flatMap((block) =>
    block.kind === 'table' ? [...(block.caption ? [block.caption] : []), ...block.rows.map((row) => row.cells.join(' | '))] : block.text.split('\n'),
  );
}

/**
 * Why a decoded document holds nothing to read, or null when it holds text. The lines alone do not
 * tell: an HTML page's lines are its source, so a page that is only a `<script>` has lines but no text
 * a reader sees, and classifying it by its source would read the script.
 */
export function nothingToReadReason(doc: Pick<DocumentModel, 'format' | 'lines' | 'blocks'>): string | null {
  if (doc.lines.every((line) => line.trim() === '')) return 'the document holds no text (only whitespace)';
  const readable = doc.blocks.some((block) =>
    block.kind === 'table' ? (block.caption ?? '').trim() !== '' || block.rows.some((row) => row.cells.some((cell) => cell.trim() !== '')) : block.text.trim() !== '',
  );
  if (readable) return null;
  if (doc.format === 'html') {
    return 'the page holds no readable text: its body is empty or only scripts, styles and markup (a browser would show nothing); save the page once it has rendered, or its text';
  }
  return 'the document holds no readable text (only page furniture: running headers, page numbers)';
}
