/**
 * Binary fixtures made with real tools at test time (PDFs by pdfkit, legacy code pages by
 * iconv-lite), so the repository holds only their recipes. Tests import the functions; run
 * `npm run fixtures [outDir]` to write them to disk (default `tests/.tmp/fixtures`) and look at them.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { deflateSync } from 'node:zlib';
import iconv from 'iconv-lite';
import PDFDocument from 'pdfkit';
import { collect, FIXED_DATE, isWinAnsi, PIPE_ROW, pipeCells, unicodeFontPath } from './pdf-writing.ts';
import { makeWrappedPdf } from './wrapped-pdf.ts';

export interface PdfLayoutOptions {
  /** Document info title. */
  title?: string;
  /** A line drawn at the top of every page (a running header the decoder must drop). */
  runningHeader?: string;
  /** Draw `Page n of N` at the bottom of every page (default false). */
  pageNumbers?: boolean;
  /** Text lines per page before a page break (default 40). */
  linesPerPage?: number;
  /** Font size in points (default 10). Pages widen to fit the longest line, so no line wraps. */
  fontSize?: number;
  /** Draw runs of `a | b | c` lines as ruled tables (pdf-parse detects them) instead of as text. */
  gridTables?: boolean;
  /**
   * A TrueType font to embed. Default: Helvetica when every character is in WinAnsi, otherwise
   * Liberation Sans from pdfjs-dist (Latin, Greek, Cyrillic; no Arabic or CJK glyphs).
   */
  fontPath?: string;
}

const PAGE_HEIGHT = 842;
const MARGIN = 50;

/**
 * Lays out text lines as a PDF, one text line per PDF line (blank lines are left out: a PDF has no
 * blank lines to give back). The page is made wide enough for the longest line, so the PDF decoder
 * gives back the same non-blank lines (whitespace runs collapsed, as in any PDF text). For pages laid out
 * as real PDFs are, lines wrapping at an A4 width, see makeWrappedPdf (scripts/wrapped-pdf.ts).
 *
 * @example const pdf = await makePdfFromText(readFileSync('raw/000.txt', 'utf8').split('\n'), { runningHeader: 'A-MAP', pageNumbers: true });
 */
export async function makePdfFromText(lines: string[], opts: PdfLayoutOptions = {}): Promise<Uint8Array> {
  const fontSize = opts.fontSize ?? 10;
  const lineHeight = Math.max(12, fontSize * 1.5);
  const linesPerPage = opts.linesPerPage ?? 40;
  const fontPath = opts.fontPath ?? (lines.every(isWinAnsi) ? undefined : unicodeFontPath());
  const measure = new PDFDocument({ autoFirstPage: true });
  if (fontPath) measure.registerFont('body', fontPath);
  measure.font(fontPath ? 'body' : 'Helvetica').fontSize(fontSize);
  const widest = Math.max(0, ...lines.map((l) => measure.widthOfString(l)));
  // Twice the widest line: no line comes near the right margin, so none looks wrapped (the next line's
  // first word would always have fitted after it).
  const pageWidth = Math.min(14_000, Math.max(595, 2 * Math.ceil(widest) + 2 * MARGIN));

  const content = lines.filter((l) => l.trim() !== '');
  const pages: string[][] = [];
  for (let i = 0; i < content.length; i += linesPerPage) pages.push(content.slice(i, i + linesPerPage));
  if (pages.length === 0) pages.push([]);

  const doc = new PDFDocument({
    size: [pageWidth, PAGE_HEIGHT],
    margin: 0,
    autoFirstPage: false,
    info: { Title: opts.title ?? '', CreationDate: FIXED_DATE, ModDate: FIXED_DATE },
  });
  const done = collect(doc);
  if (fontPath) doc.registerFont('body', fontPath);
  const font = fontPath ? 'body' : 'Helvetica';

  pages.forEach((pageLines, p) => {
    doc.addPage({ size: [pageWidth, PAGE_HEIGHT], margin: 0 });
    doc.font(font);
    if (opts.runningHeader) doc.fontSize(8).text(opts.runningHeader, MARGIN, 25, { lineBreak: false });
    doc.fontSize(fontSize);
    let y = 60;
    let i = 0;
    while (i < pageLines.length) {
      const line = pageLines[i] ?? '';
      if (opts.gridTables && PIPE_ROW.test(line)) {
        const run: string[][] = [];
        while (i < pageLines.length && PIPE_ROW.test(pageLines[i] ?? '')) run.push(pipeCells(pageLines[i++] ?? ''));
        y = drawGridTable(doc, run, y, lineHeight);
        continue;
      }
      doc.text(line, MARGIN, y, { lineBreak: false });
      y += lineHeight;
      i++;
    }
    if (opts.pageNumbers) doc.fontSize(8).text(`Page ${p + 1} of ${pages.length}`, pageWidth / 2 - 20, PAGE_HEIGHT - 35, { lineBreak: false });
  });
  doc.end();
  return done;
}

function drawGridTable(doc: PDFKit.PDFDocument, rows: string[][], top: number, rowHeight: number): number {
  const columns = Math.max(...rows.map((r) => r.length));
  const widths = Array.from({ length: columns }, (_, c) => Math.max(30, ...rows.map((r) => doc.widthOfString(r[c] ?? '') + 12)));
  let y = top;
  for (const row of rows) {
    let x = MARGIN;
    for (let c = 0; c < columns; c++) {
      const w = widths[c] ?? 30;
      doc.rect(x, y, w, rowHeight + 4).stroke();
      doc.text(row[c] ?? '', x + 6, y + 4, { lineBreak: false });
      x += w;
    }
    y += rowHeight + 4;
  }
  return y + rowHeight;
}

/**
 * A two-page national report: a running header and `Page n of 2` on both pages, a ruled table, a
 * word hyphenated at a line end (`implemen-` / `tation`) and a real hyphen (`home-made`).
 */
export async function makeReportPdf(): Promise<Uint8Array> {
  const page1 = [
    'National report on the implementation of the Programme of Action',
    '1. Collection and destruction',
    'In 2005, the internal affairs agencies seized 1,462 weapons, including 310 home-made',
    'pistols. The national plan for the implemen-',
    'tation of the marking programme was adopted in 2006.',
    'Table 1. Weapons destroyed by year',
    'Year | Weapons destroyed | Method',
    '2004 | 5,708 | Smelting',
    '2005 | 3,100 | Cutting',
    'Source: Ministry of Internal Affairs.',
  ];
  const page2 = [
    '2. Marking',
    'All weapons manufactured in the country bear a serial number and the year of',
    'manufacture. Imported weapons are marked on entry.',
    '3. Assistance needs',
    'No assistance has been requested.',
  ];
  const lines = [...page1, ...page2];
  return makePdfFromText(lines, {
    title: 'National report 2010',
    runningHeader: 'Republic of Examplestan - National Report 2010',
    pageNumbers: true,
    linesPerPage: page1.length,
    gridTables: true,
  });
}

/** A one-page PDF whose only content is an image: what a scanner produces. */
export async function makeScanPdf(): Promise<Uint8Array> {
  const doc = new PDFDocument({ size: 'A4', margin: 0, info: { CreationDate: FIXED_DATE } });
  const done = collect(doc);
  doc.image(Buffer.from(makeGreyPng(120, 60)), 50, 50, { width: 480 });
  doc.end();
  return done;
}

/** A PDF that opens only with a password. */
export async function makeEncryptedPdf(): Promise<Uint8Array> {
  const doc = new PDFDocument({ size: 'A4', userPassword: 'secret', ownerPassword: 'owner', info: { CreationDate: FIXED_DATE } });
  const done = collect(doc);
  doc.text('Confidential national report.', 72, 72, { lineBreak: false });
  doc.end();
  return done;
}

/** The first half of a valid PDF: a download cut short. */
export async function makeTruncatedPdf(): Promise<Uint8Array> {
  const whole = await makePdfFromText(['A report that will be cut short.', 'Second line.']);
  return whole.slice(0, Math.floor(whole.length / 2));
}

/** A greyscale PNG with a few dark stripes (ink on paper), written by hand: no image library needed. */
export function makeGreyPng(width: number, height: number): Uint8Array {
  const raw = Buffer.alloc((width + 1) * height);
  for (let y = 0; y < height; y++) {
    raw[y * (width + 1)] = 0; // filter: none
    for (let x = 0; x < width; x++) raw[y * (width + 1) + 1 + x] = y % 10 < 2 && x > 10 && x < width - 10 ? 30 : 240;
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bit depth
  header[9] = 0; // colour type: greyscale
  return new Uint8Array(
    Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), pngChunk('IHDR', header), pngChunk('IDAT', deflateSync(raw)), pngChunk('IEND', Buffer.alloc(0))]),
  );
}

function pngChunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length, 0);
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body), 0);
  return Buffer.concat([length, body, crc]);
}

function crc32(bytes: Uint8Array): number {
  let crc = 0xffffffff;
  for (const b of bytes) {
    crc ^= b;
    for (let k = 0; k < 8; k++) crc = crc & 1 ? (crc >>> 1) ^ 0xedb88320 : crc >>> 1;
  }
  return (crc ^ 0xffffffff) >>> 0;
}

export type LegacyEncoding = 'windows-1251' | 'koi8-r' | 'windows-1252' | 'utf-16le-bom' | 'utf-16be-bom' | 'utf-16le' | 'utf-8-bom';

/** Encodes text the way an old word processor or a Windows tool would have saved it. */
export function encodeText(text: string, encoding: LegacyEncoding): Uint8Array {
  switch (encoding) {
    case 'utf-16le-bom':
      return new Uint8Array(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]));
    case 'utf-16be-bom':
      return new Uint8Array(Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(text, 'utf16le').swap16()]));
    case 'utf-16le':
      return new Uint8Array(Buffer.from(text, 'utf16le'));
    case 'utf-8-bom':
      return new Uint8Array(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]));
    default:
      return new Uint8Array(iconv.encode(text, encoding));
  }
}

/** Writes every fixture into `dir`; returns the paths written. */
export async function writeFixtures(dir: string, russianText?: string): Promise<string[]> {
  mkdirSync(dir, { recursive: true });
  const written: string[] = [];
  const put = (name: string, bytes: Uint8Array): void => {
    const path = join(dir, name);
    writeFileSync(path, bytes);
    written.push(path);
  };
  put('report_two_pages.pdf', await makeReportPdf());
  put('scan_image_only.pdf', await makeScanPdf());
  put('encrypted.pdf', await makeEncryptedPdf());
  put('truncated.pdf', await makeTruncatedPdf());
  if (russianText !== undefined) {
    for (const enc of ['windows-1251', 'koi8-r', 'utf-16le-bom', 'utf-16be-bom', 'utf-16le'] as const) put(`ru_report.${enc}.txt`, encodeText(russianText, enc));
  }
  return written;
}

const invokedAs = process.argv[1];
if (invokedAs && import.meta.url === pathToFileURL(resolve(invokedAs)).href) {
  const out = resolve(process.argv[2] ?? 'tests/.tmp/fixtures');
  const ru = readFileSync(resolve('tests/fixtures/encodings/ru_report.utf8.txt'), 'utf8');
  for (const path of await writeFixtures(out, ru)) console.log(path);
  // The seed profile laid out as a real PDF (A4, lines that wrap), to look at; not in writeFixtures, whose
  // documents the canonical dump loads.
  const wrapped = join(out, 'kaz_profile_wrapped_a4.pdf');
  writeFileSync(wrapped, await makeWrappedPdf(readFileSync(resolve('raw/000_88da758a976dd473.txt'), 'utf8').split('\n'), { fontSize: 11, margin: 98, hangingNotes: true, pageNumbers: true }));
  console.log(wrapped);
}
