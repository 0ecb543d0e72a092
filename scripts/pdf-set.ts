/**
 * The PDF set (tests/fixtures/pdfset): text sources rendered as PDFs laid out the way real national reports and
 * printed profiles are, so that the pipeline is measured on what it loads from real PDF files. The renderer sets
 * every line itself (its own word wrapper), so the layout is known and the bytes are the same on every run:
 * running headers and `Page n of N` footers, headings in a bigger font, two text columns, tables set in columns
 * without rules whose long cells wrap (continued on the next page, header repeated or not), notes at the page
 * foot, words hyphenated at line ends, landscape pages, Yes/No check boxes drawn as boxes, and scanned pages
 * (an image, no text layer).
 *
 * Source format (one paragraph a line; blank lines are ignored):
 * - `@doc key=value ...` on the first line: `header="..."`, `footer="Page {n} of {N}"`, `size=10.5`, `margin=68`.
 * - `# Heading` (size + 4, bold), `## Heading` (size + 1.5, bold).
 * - `@page`, `@page landscape`: a new page. `@scan`: a page holding only an image (what a scanner makes).
 * - `@cols 2` ... `@cols 1`: text set in two columns; `@colbreak` goes on at the top of the next column.
 * - `@table [repeat-header] [widths=60,*,70]` then `a | b | c` rows (the first is the header) then `@end`.
 * - `@figure 180`: a figure (a map) 180 pt high, an image without text.
 * - `@note text`: a note set at the foot of the current page, in a smaller font.
 * - `[x] Yes [ ] No`: check boxes drawn as squares, a ticked one with an `X` in it.
 * - `~` inside a word: where the word may be hyphenated at a line end (dropped elsewhere).
 *
 * `npm run pdfset -- [outDir]` (node bin/run-ts.js scripts/pdf-set.ts) writes `pdfset/docs/*.pdf` and `pdfset/expected/*.json`
 * into outDir (default tests/.tmp), for `npm run eval -- <outDir>/pdfset`; `--pages` prints the page of each
 * source line, to write the expected files.
 */
import { copyFileSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import PDFDocument from 'pdfkit';
import { makeGreyPng } from './make-fixtures.ts';
import { collect, FIXED_DATE, isWinAnsi, unicodeFontPath } from './pdf-writing.ts';

const A4_PORTRAIT: [number, number] = [595.28, 841.89];
const A4_LANDSCAPE: [number, number] = [841.89, 595.28];
const COLUMN_GAP = 18;
const NOTE_SIZE = 8;

export interface RenderedPdf {
  pdf: Uint8Array;
  /** The page (1-based) on which each source line (1-based) starts; directives and blank lines are left out. */
  pageOfLine: Map<number, number>;
  pages: number;
}

interface DocOptions {
  header?: string;
  footer?: string;
  size: number;
  margin: number;
  /** Hyphenate long words at line ends where the source marks no point (`hyphenate=auto`). */
  autoHyphens?: boolean;
}

function parseDocLine(line: string): DocOptions {
  const opts: DocOptions = { size: 10.5, margin: 68 };
  for (const m of line.matchAll(/(\w+)=(?:"([^"]*)"|(\S+))/gu)) {
    const [, key, quoted, bare] = m;
    const value = quoted ?? bare ?? '';
    if (key === 'header') opts.header = value;
    else if (key === 'footer') opts.footer = value;
    else if (key === 'size') opts.size = Number(value);
    else if (key === 'margin') opts.margin = Number(value);
    else if (key === 'hyphenate') opts.autoHyphens = value === 'auto';
  }
  return opts;
}

/**
 * Hyphenation points for a long word, as a typesetter without a dictionary would put them: between a vowel and
 * the consonant after it, at least three letters from either end (`implementation` -> `im~ple~men~ta~tion`).
 */
export function autoHyphenate(word: string): string {
  if (word.includes('~') || !/^[\p{L}]{9,}[,.;:)]?$/u.test(word)) return word;
  const vowel = /[aeiouyàâéèêëîïôûüáíóúаеёиоуыэюя]/iu;
  let out = '';
  for (let k = 0; k < word.length; k++) {
    const ch = word[k] ?? '';
    const next = word[k + 1] ?? '';
    out += ch;
    const letters = word.replace(/[^\p{L}]/gu, '').length;
    if (k >= 2 && k < letters - 4 && vowel.test(ch) && /\p{L}/u.test(next) && !vowel.test(next)) out += '~';
  }
  return out;
}

/** The words of a paragraph wrapped to a width; `~` marks where a word may be hyphenated at a line end. */
export function wrapWords(text: string, width: number, measure: (s: string) => number, hyphenate = false): string[] {
  const words = text
    .split(/\s+/u)
    .filter((w) => w !== '')
    .map((w) => (hyphenate ? autoHyphenate(w) : w));
  const lines: string[] = [];
  let current = '';
  const plain = (w: string): string => w.replaceAll('~', '');
  for (const word of words) {
    const candidate = current === '' ? plain(word) : `${current} ${plain(word)}`;
    if (measure(candidate) <= width || current === '') {
      current = candidate;
      continue;
    }
    // The longest hyphenation point whose first part and its hyphen still fit on this line.
    const points = [...word.matchAll(/~/gu)].map((m) => m.index ?? 0).reverse();
    const fitting = points.find((at) => measure(`${current} ${plain(word.slice(0, at))}-`) <= width);
    if (fitting !== undefined) {
      lines.push(`${current} ${plain(word.slice(0, fitting))}-`);
      current = plain(word.slice(fitting + 1));
    } else {
      lines.push(current);
      current = plain(word);
    }
  }
  if (current !== '') lines.push(current);
  return lines;
}

class Layout {
  readonly doc: PDFKit.PDFDocument;
  private readonly opts: DocOptions;
  private readonly regular: string;
  private readonly bold: string;
  readonly sizes: [number, number][] = [];
  /** Pages holding only an image: no running header or footer is set on them (a scan has no text layer). */
  private readonly scanned = new Set<number>();
  private notes: string[][] = [];
  private bottom = 0;
  private columns = 1;
  private column = 0;
  private columnTop = 0;
  private columnLowest = 0;
  y = 0;
  /** The page on which the last paragraph, heading or line of boxes started. */
  firstPageOfLast = 0;

  constructor(doc: PDFKit.PDFDocument, opts: DocOptions, fonts: { regular: string; bold: string }) {
    this.doc = doc;
    this.opts = opts;
    this.regular = fonts.regular;
    this.bold = fonts.bold;
  }

  get lineHeight(): number {
    return this.opts.size * 1.3;
  }

  private get size(): [number, number] {
    return this.sizes[this.sizes.length - 1] ?? A4_PORTRAIT;
  }

  get pageNumber(): number {
    return this.sizes.length;
  }

  get textWidth(): number {
    return this.size[0] - 2 * this.opts.margin;
  }

  private get columnWidth(): number {
    return this.columns === 1 ? this.textWidth : (this.textWidth - COLUMN_GAP) / 2;
  }

  private get columnX(): number {
    return this.opts.margin + this.column * (this.columnWidth + COLUMN_GAP);
  }

  /** The size of the page to open before the next content (pages are opened lazily: no blank pages). */
  private pending: [number, number] | null = A4_PORTRAIT;

  /** Opens the pending page, if any, before content is drawn. */
  private open(): void {
    if (this.pending) this.newPage(this.pending);
  }

  /** The next content starts on a new page (of another size when given). */
  breakPage(size: [number, number] = this.size): void {
    this.pending = size;
  }

  newPage(size: [number, number] = this.size): void {
    this.pending = null;
    this.flushNotes();
    this.doc.addPage({ size, margin: 0 });
    this.sizes.push(size);
    this.notes.push([]);
    this.y = this.opts.margin;
    this.bottom = size[1] - this.opts.margin;
    this.column = 0;
    this.columnTop = this.y;
    this.columnLowest = this.y;
  }

  /** Room for `height` more points in the current column, else the next column or page. */
  private ensure(height: number): void {
    if (this.y + height <= this.bottom) return;
    if (this.columns === 2 && this.column === 0) {
      this.columnLowest = Math.max(this.columnLowest, this.y);
      this.column = 1;
      this.y = this.columnTop;
      return;
    }
    this.newPage();
  }

  /** The next content starts at the top of the next column (a column break a typesetter would put in). */
  columnBreak(): void {
    this.ensure(Number.POSITIVE_INFINITY);
  }

  setColumns(count: number): void {
    if (count === this.columns) return;
    if (count === 2) {
      this.columnTop = this.y;
      this.columnLowest = this.y;
      this.column = 0;
    } else {
      this.y = Math.max(this.columnLowest, this.y) + this.lineHeight / 2;
      this.column = 0;
    }
    this.columns = count;
  }

  paragraph(text: string, fontSize = this.opts.size, bold = false): void {
    this.open();
    this.doc.font(bold ? this.bold : this.regular).fontSize(fontSize);
    const lineHeight = fontSize * 1.3;
    const lines = wrapWords(text, this.columnWidth, (s) => this.doc.widthOfString(s), this.opts.autoHyphens === true && !bold);
    for (const [k, line] of lines.entries()) {
      this.ensure(lineHeight);
      if (k === 0) this.firstPageOfLast = this.pageNumber;
      // A page break sets the notes of the page left in their own size: the paragraph goes on in its own.
      this.doc.font(bold ? this.bold : this.regular).fontSize(fontSize);
      this.doc.text(line, this.columnX, this.y, { lineBreak: false });
      this.y += lineHeight;
    }
    this.y += fontSize * 0.45;
  }

  heading(text: string, level: number): void {
    this.open();
    const fontSize = this.opts.size + (level === 1 ? 4 : 1.5);
    this.ensure(fontSize * 1.3 * 3);
    this.y += fontSize * 0.3;
    this.paragraph(text, fontSize, true);
  }

  /** Check boxes drawn as squares (vector art, no text), an `X` set inside the ticked ones, their labels after them. */
  checkBoxes(line: string): void {
    this.open();
    const size = this.opts.size;
    this.doc.font(this.regular).fontSize(size);
    this.ensure(this.lineHeight);
    this.doc.font(this.regular).fontSize(size);
    this.firstPageOfLast = this.pageNumber;
    let x = this.columnX;
    const lead = /^([^[]*)/u.exec(line)?.[1]?.trim() ?? '';
    if (lead !== '') {
      this.doc.text(lead, x, this.y, { lineBreak: false });
      x += this.doc.widthOfString(lead) + 8;
    }
    for (const m of line.matchAll(/\[( |x|X)\]\s*([^[]*)/gu)) {
      const box = size * 0.8;
      this.doc.rect(x, this.y + 1, box, box).lineWidth(0.6).stroke();
      if (m[1] !== ' ') this.doc.text('X', x + box * 0.18, this.y + 0.5, { lineBreak: false });
      x += box + 4;
      const label = (m[2] ?? '').trim();
      this.doc.text(label, x, this.y, { lineBreak: false });
      x += this.doc.widthOfString(label) + 14;
    }
    this.y += this.lineHeight + size * 0.45;
  }

  /** A table set in columns without rules; cells wrap inside their column; rows never split across pages. */
  table(rows: string[][], widthSpec: string | undefined, repeatHeader: boolean): number[] {
    this.open();
    const pages: number[] = [];
    const size = this.opts.size;
    this.doc.font(this.regular).fontSize(size);
    const gap = 12;
    const columns = Math.max(...rows.map((r) => r.length));
    const spec = widthSpec?.split(',') ?? [];
    const natural = Array.from({ length: columns }, (_, c) => Math.max(24, ...rows.map((r) => this.doc.widthOfString(r[c] ?? ''))) + gap);
    const fixed = natural.map((w, c) => (spec[c] === '*' ? 0 : spec[c] ? Number(spec[c]) : w));
    const star = spec.indexOf('*');
    if (star >= 0) fixed[star] = Math.max(60, this.textWidth - fixed.reduce((a, b) => a + b, 0));
    const widths = fixed;
    const header = rows[0] ?? [];
    const drawRow = (row: string[], bold: boolean): void => {
      this.doc.font(bold ? this.bold : this.regular).fontSize(size);
      const cellLines = row.map((cell, c) => wrapWords(cell, (widths[c] ?? 40) - gap, (s) => this.doc.widthOfString(s)));
      const height = Math.max(1, ...cellLines.map((l) => l.length)) * this.lineHeight;
      if (this.y + height > this.bottom) {
        this.newPage();
        if (repeatHeader && row !== header) drawRow(header, true);
        this.doc.font(bold ? this.bold : this.regular).fontSize(size);
      }
      if (row !== header || pages.length === 0) pages.push(this.pageNumber);
      let x = this.opts.margin;
      cellLines.forEach((lines, c) => {
        for (const [k, l] of lines.entries()) this.doc.text(l, x, this.y + k * this.lineHeight, { lineBreak: false });
        x += widths[c] ?? 40;
      });
      this.y += height + 3;
    };
    drawRow(header, true);
    for (const row of rows.slice(1)) drawRow(row, false);
    this.y += size * 0.6;
    return pages;
  }

  note(text: string): void {
    this.open();
    this.doc.font(this.regular).fontSize(NOTE_SIZE);
    const lines = wrapWords(text, this.textWidth, (s) => this.doc.widthOfString(s));
    this.notes[this.notes.length - 1]?.push(...lines);
    this.bottom -= lines.length * NOTE_SIZE * 1.25 + (this.notes[this.notes.length - 1]?.length === lines.length ? 10 : 0);
  }

  /** Sets the notes of the page being left at its foot, above the footer, with a short rule over them. */
  flushNotes(): void {
    const notes = this.notes[this.notes.length - 1];
    if (!notes || notes.length === 0) return;
    const [, height] = this.size;
    let y = height - this.opts.margin - notes.length * NOTE_SIZE * 1.25 + 2;
    this.doc.moveTo(this.opts.margin, y - 5).lineTo(this.opts.margin + 120, y - 5).lineWidth(0.5).stroke();
    this.doc.font(this.regular).fontSize(NOTE_SIZE);
    for (const line of notes) {
      this.doc.text(line, this.opts.margin, y, { lineBreak: false });
      y += NOTE_SIZE * 1.25;
    }
  }

  /** A figure (a map, a photograph): an image of the given height across the text width, no text. */
  figure(height: number): void {
    this.open();
    this.ensure(height);
    this.doc.image(Buffer.from(makeGreyPng(120, 80)), this.columnX, this.y, { width: this.columnWidth, height });
    this.y += height + this.opts.size;
  }

  /** A page holding only an image; the content after it starts on a new page. */
  scanPage(): void {
    this.newPage(this.pending ?? this.size);
    const [width, height] = this.size;
    this.doc.image(Buffer.from(makeGreyPng(150, 210)), 20, 20, { width: width - 40, height: height - 40 });
    this.scanned.add(this.pageNumber);
    this.breakPage();
  }

  /** Running headers and footers, drawn once every page exists (the footer names the page count). */
  furniture(): void {
    const pages = this.sizes.length;
    this.sizes.forEach(([width, height], p) => {
      if (this.scanned.has(p + 1)) return;
      this.doc.switchToPage(p);
      this.doc.font(this.regular).fontSize(8);
      if (this.opts.header) this.doc.text(this.opts.header, this.opts.margin, this.opts.margin / 2, { lineBreak: false });
      if (this.opts.footer) {
        const footer = this.opts.footer.replace('{n}', String(p + 1)).replace('{N}', String(pages));
        this.doc.text(footer, width / 2 - this.doc.widthOfString(footer) / 2, height - this.opts.margin / 2, { lineBreak: false });
      }
    });
  }
}

const CHECK_BOX = /\[( |x|X)\]/u;

/**
 * Renders one source of the set.
 *
 * @example const { pdf, pageOfLine } = await renderPdfSetSource(readFileSync('tests/fixtures/pdfset/sources/p1.txt', 'utf8'));
 */
export async function renderPdfSetSource(source: string): Promise<RenderedPdf> {
  const lines = source.split('\n');
  const opts = lines[0]?.startsWith('@doc') ? parseDocLine(lines[0]) : { size: 10.5, margin: 68 };
  const unicode = !lines.every(isWinAnsi);
  const doc = new PDFDocument({ autoFirstPage: false, bufferPages: true, info: { Title: '', CreationDate: FIXED_DATE, ModDate: FIXED_DATE } });
  const done = collect(doc);
  if (unicode) {
    doc.registerFont('body', unicodeFontPath());
    doc.registerFont('body-bold', join(dirname(unicodeFontPath()), 'LiberationSans-Bold.ttf'));
  }
  const layout = new Layout(doc, opts, unicode ? { regular: 'body', bold: 'body-bold' } : { regular: 'Helvetica', bold: 'Helvetica-Bold' });
  const pageOfLine = new Map<number, number>();
  let i = lines[0]?.startsWith('@doc') ? 1 : 0;
  while (i < lines.length) {
    const line = (lines[i] ?? '').trim();
    const lineNumber = i + 1;
    i++;
    if (line === '') continue;
    if (line.startsWith('@page')) {
      layout.breakPage(line.includes('landscape') ? A4_LANDSCAPE : line.includes('portrait') ? A4_PORTRAIT : undefined);
      continue;
    }
    if (line === '@scan') {
      layout.scanPage();
      pageOfLine.set(lineNumber, layout.pageNumber);
      continue;
    }
    if (line.startsWith('@figure')) {
      layout.figure(Number(line.split(/\s+/u)[1] ?? 120));
      continue;
    }
    if (line === '@colbreak') {
      layout.columnBreak();
      continue;
    }
    if (line.startsWith('@cols')) {
      layout.setColumns(Number(line.split(/\s+/u)[1] ?? 1));
      continue;
    }
    if (line.startsWith('@note ')) {
      layout.note(line.slice(6).trim());
      pageOfLine.set(lineNumber, layout.pageNumber);
      continue;
    }
    if (line.startsWith('@table')) {
      const rows: string[][] = [];
      const rowLines: number[] = [];
      while (i < lines.length && (lines[i] ?? '').trim() !== '@end') {
        if ((lines[i] ?? '').trim() !== '') {
          rows.push((lines[i] ?? '').split('|').map((c) => c.trim()));
          rowLines.push(i + 1);
        }
        i++;
      }
      i++;
      const widths = /widths=(\S+)/u.exec(line)?.[1];
      // Pages of rows are known only as they are drawn: each row's page is read back from the layout.
      const rowPages = layout.table(rows, widths, line.includes('repeat-header'));
      for (const [k, n] of rowLines.entries()) pageOfLine.set(n, rowPages[k] ?? -1);
      continue;
    }
    if (line.startsWith('## ')) layout.heading(line.slice(3), 2);
    else if (line.startsWith('# ')) layout.heading(line.slice(2), 1);
    else if (CHECK_BOX.test(line)) layout.checkBoxes(line);
    else layout.paragraph(line);
    pageOfLine.set(lineNumber, layout.firstPageOfLast);
  }
  layout.flushNotes();
  layout.furniture();
  doc.end();
  return { pdf: await done, pageOfLine, pages: layout.sizes.length };
}

const REPO_ROOT = fileURLToPath(new URL('../', import.meta.url));
export const PDF_SET_DIR = join(REPO_ROOT, 'tests', 'fixtures', 'pdfset');

/** The names of the set's documents (their sources' file names without `.txt`), in order. */
export function pdfSetNames(setDir = PDF_SET_DIR): string[] {
  return readdirSync(join(setDir, 'sources')).filter((f) => f.endsWith('.txt')).sort().map((f) => f.replace(/\.txt$/u, ''));
}

/** Renders every source of the set into `dir/<name>.pdf` (a raw folder for a run). */
export async function renderPdfSet(dir: string, setDir = PDF_SET_DIR): Promise<string[]> {
  mkdirSync(dir, { recursive: true });
  const names = pdfSetNames(setDir);
  for (const name of names) {
    const { pdf } = await renderPdfSetSource(readFileSync(join(setDir, 'sources', `${name}.txt`), 'utf8'));
    writeFileSync(join(dir, `${name}.pdf`), pdf);
  }
  return names;
}

/** Renders the set into `outDir/docs/<name>.pdf`, with `outDir/expected/<name>.json` beside: a golden set folder for `npm run eval`. */
export async function writePdfSet(outDir: string, setDir = PDF_SET_DIR): Promise<string[]> {
  const names = await renderPdfSet(join(outDir, 'docs'), setDir);
  mkdirSync(join(outDir, 'expected'), { recursive: true });
  for (const name of names) copyFileSync(join(setDir, 'expected', `${name}.json`), join(outDir, 'expected', `${name}.json`));
  return names;
}

const invokedAs = process.argv[1];
if (invokedAs && import.meta.url === pathToFileURL(resolve(invokedAs)).href) {
  const args = process.argv.slice(2);
  if (args[0] === '--pages') {
    for (const file of args.slice(1)) {
      const { pageOfLine, pages } = await renderPdfSetSource(readFileSync(file, 'utf8'));
      console.log(`${file}: ${pages} pages`);
      for (const [line, page] of pageOfLine) console.log(`  line ${line}: page ${page}`);
    }
  } else {
    const out = join(resolve(args[0] ?? join(REPO_ROOT, 'tests', '.tmp')), 'pdfset');
    const names = await writePdfSet(out);
    console.log(`${names.length} PDFs in ${out}/docs`);
  }
}
