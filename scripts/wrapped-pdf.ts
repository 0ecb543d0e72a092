/**
 * Text laid out as real PDFs are: A4, 10-11 pt, paragraphs wrapped at the margin by pdfkit's line
 * breaker (which breaks URLs after `://`, `/` and `-`), tables set in columns without rules or
 * separators, their long cells wrapping inside the column, page breaks where the page is full.
 * Tests make these PDFs at test time from text fixtures; nothing binary is committed.
 */
import PDFDocument from 'pdfkit';
import { collect, FIXED_DATE, isWinAnsi, PIPE_ROW, pipeCells, unicodeFontPath } from './pdf-writing.ts';

export interface WrappedPdfOptions {
  title?: string;
  /** Font size in points (default 10.5). */
  fontSize?: number;
  /** Page margins in points (default 72). */
  margin?: number;
  /** Extra space after a paragraph, in points (default 4; 0 sets paragraphs line under line). */
  paragraphGap?: number;
  /** Space between two columns of a table, in points (default 12). */
  columnGap?: number;
  /** Notes (`[1] …`) with their wrapped lines indented under the text (default false). */
  hangingNotes?: boolean;
  /** A line drawn at the top of every page (a running header the decoder must drop). */
  runningHeader?: string;
  /** Draw `Page n of N` at the bottom of every page (default false). */
  pageNumbers?: boolean;
  /** Set a table's header as one line of words, `Year Location Description`, not in the columns (default false). */
  headerAsText?: boolean;
  /** The widest share of the text width a column other than the widest may take (default 0.3). */
  narrowColumnShare?: number;
  fontPath?: string;
}

const A4: [number, number] = [595.28, 841.89];

/** Short lines without sentence punctuation are set as headings, in bold. */
function isHeadingLike(line: string): boolean {
  const t = line.trim();
  return t.length <= 60 && !/[.;,:!?)\]]$/u.test(t) && !/^\[\d+\]/u.test(t) && !PIPE_ROW.test(t);
}

/** Column widths that fill at most the text width: narrow columns as wide as their cells, the widest takes the rest. */
function columnWidths(doc: PDFKit.PDFDocument, rows: string[][], textWidth: number, gap: number, narrowShare: number): number[] {
  const columns = Math.max(...rows.map((r) => r.length));
  const natural = Array.from({ length: columns }, (_, c) => Math.max(20, ...rows.map((r) => doc.widthOfString(r[c] ?? ''))) + gap);
  const widths = natural.map((w) => Math.min(w, textWidth * narrowShare));
  const widest = natural.indexOf(Math.max(...natural));
  const others = widths.reduce((sum, w, c) => (c === widest ? sum : sum + w), 0);
  widths[widest] = Math.min(natural[widest] ?? 0, Math.max(80, textWidth - others));
  return widths;
}

/**
 * Lays out text lines on A4 pages: each non-blank line a paragraph (wrapped), each run of `a | b | c`
 * lines a table set in columns (its header the first row).
 *
 * @example const pdf = await makeWrappedPdf(readFileSync('raw/000.txt', 'utf8').split('\n'), { pageNumbers: true });
 */
export async function makeWrappedPdf(lines: string[], opts: WrappedPdfOptions = {}): Promise<Uint8Array> {
  const fontSize = opts.fontSize ?? 10.5;
  const margin = opts.margin ?? 72;
  const gap = opts.columnGap ?? 12;
  const paragraphGap = opts.paragraphGap ?? 4;
  const fontPath = opts.fontPath ?? (lines.every(isWinAnsi) ? undefined : unicodeFontPath());
  const doc = new PDFDocument({
    size: A4,
    margins: { top: margin, bottom: margin, left: margin, right: margin },
    bufferPages: true,
    info: { Title: opts.title ?? '', CreationDate: FIXED_DATE, ModDate: FIXED_DATE },
  });
  const done = collect(doc);
  if (fontPath) doc.registerFont('body', fontPath);
  const regular = fontPath ? 'body' : 'Helvetica';
  const bold = fontPath ? 'body' : 'Helvetica-Bold';
  const textWidth = A4[0] - 2 * margin;
  const bottom = A4[1] - margin;
  const header = (): void => {
    if (!opts.runningHeader) return;
    const { x, y } = doc;
    doc.font(regular).fontSize(8).text(opts.runningHeader, margin, margin / 2, { lineBreak: false });
    doc.fontSize(fontSize);
    doc.x = x;
    doc.y = y;
  };
  header();
  doc.on('pageAdded', header);
  doc.font(regular).fontSize(fontSize);

  const content = lines.map((l) => l.trim()).filter((l) => l !== '');
  let i = 0;
  while (i < content.length) {
    const line = content[i] ?? '';
    if (PIPE_ROW.test(line)) {
      const rows: string[][] = [];
      while (i < content.length && PIPE_ROW.test(content[i] ?? '')) rows.push(pipeCells(content[i++] ?? '').filter((c, k, all) => c !== '' || k < all.length - 1));
      doc.font(regular).fontSize(fontSize);
      const widths = columnWidths(doc, rows, textWidth, gap, opts.narrowColumnShare ?? 0.3);
      if (opts.headerAsText) {
        doc.text((rows.shift() ?? []).join(' '), margin, doc.y, { width: textWidth, lineGap: 1 });
        doc.y += 3;
      }
      for (const row of rows) {
        const height = Math.max(...row.map((cell, c) => doc.heightOfString(cell, { width: (widths[c] ?? 40) - gap, lineGap: 1 })));
        if (doc.y + height > bottom) doc.addPage();
        const top = doc.y;
        let x = margin;
        row.forEach((cell, c) => {
          doc.text(cell, x, top, { width: (widths[c] ?? 40) - gap, lineGap: 1 });
          x += widths[c] ?? 40;
        });
        doc.x = margin;
        doc.y = top + height + 3;
      }
      doc.y += paragraphGap;
      continue;
    }
    const heading = isHeadingLike(line);
    doc.font(heading ? bold : regular).fontSize(fontSize);
    const hanging = opts.hangingNotes ? /^\[\d+\]\s/u.exec(line) : null;
    if (hanging) {
      // The marker stands at the margin; the note's lines, the first included, start after it.
      const indent = doc.widthOfString(hanging[0]);
      doc.text(line, margin + indent, doc.y, { width: textWidth - indent, lineGap: 1, indent: -indent });
    } else {
      doc.text(line, margin, doc.y, { width: textWidth, lineGap: 1 });
    }
    doc.y += paragraphGap;
    i++;
  }

  if (opts.pageNumbers) {
    const range = doc.bufferedPageRange();
    for (let p = range.start; p < range.start + range.count; p++) {
      doc.switchToPage(p);
      doc.page.margins.bottom = 0;
      doc.font(regular).fontSize(8).text(`Page ${p + 1} of ${range.count}`, A4[0] / 2 - 20, A4[1] - margin / 2, { lineBreak: false });
    }
  }
  doc.end();
  return done;
}
