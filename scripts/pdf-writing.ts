/**
 * What the PDF fixture writers share: a fixed date (the same bytes every run), the fonts, pipe rows.
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import iconv from 'iconv-lite';

// A fixed creation date keeps the bytes the same from run to run.
export const FIXED_DATE = new Date(Date.UTC(2024, 0, 1));

export function collect(doc: PDFKit.PDFDocument): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  return new Promise((resolvePromise, reject) => {
    doc.on('end', () => resolvePromise(new Uint8Array(Buffer.concat(chunks))));
    doc.on('error', reject);
  });
}

export function pipeCells(line: string): string[] {
  let body = line.trim();
  if (body.startsWith('|')) body = body.slice(1);
  if (body.endsWith('|')) body = body.slice(0, -1);
  return body.split('|').map((c) => c.trim());
}

export const PIPE_ROW = /\S\s*\|\s*\S/;

export function isWinAnsi(line: string): boolean {
  return iconv.decode(iconv.encode(line, 'windows-1252'), 'windows-1252') === line;
}

/** Liberation Sans, shipped with pdfjs-dist (pdf-parse's dependency): a Unicode font on any machine. */
export function unicodeFontPath(): string {
  const require = createRequire(import.meta.url);
  return join(dirname(require.resolve('pdfjs-dist/package.json')), 'standard_fonts', 'LiberationSans-Regular.ttf');
}

