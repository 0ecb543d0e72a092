import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { encodeText, makePdfFromText } from '../../scripts/make-fixtures.ts';
import { gzipSync } from 'node:zlib';
import { binaryFormatReason } from '../../src/decoders/binary-formats.ts';
import { decoderFor, detectFormat } from '../../src/decoders/sniff.ts';

const bytes = (s: string): Uint8Array => new TextEncoder().encode(s);

describe('format detection from the bytes, never the name', () => {
  it.each([
    ['<!DOCTYPE html><html><body><p>x</p></body></html>', 'html'],
    ['\n\n  <!-- saved from url=(0042)https://example.org -->\n<html lang="en">', 'html'],
    ['<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN">', 'html'],
    ['<p>A fragment saved from a CMS.</p>', 'html'],
    ['<body bgcolor="#fff">Old page', 'html'],
    ['Kazakhstan\nAccidental explosions\n2019 | Arys | State (military) | 3 | 77 |\n', 'text'],
    ['Use <br> tags to break lines, the guide says.', 'text'],
    ['', 'text'],
  ] as const)('%j -> %s', (content, format) => {
    expect(detectFormat(bytes(content))).toBe(format);
  });

  it('finds %PDF- after leading junk within the first KiB', () => {
    expect(detectFormat(bytes(`${'\r\n'.repeat(100)}%PDF-1.7\n`))).toBe('pdf');
    expect(detectFormat(bytes(`${' '.repeat(1100)}%PDF-1.7\n`))).toBe('text');
  });

  it('reads a .txt that is really an HTML page as HTML, and a PDF saved as .html as PDF', async () => {
    const page = readFileSync(join(import.meta.dirname, '..', 'fixtures', 'devset', 'docs', 'd03_amap_peru_newer.html'));
    expect(detectFormat(page)).toBe('html');
    const doc = await decoderFor(detectFormat(page)).decode(page, { sourcePath: 'peru.txt' });
    expect(doc.format).toBe('html');
    expect(doc.blocks[0]?.text).toBe('Peru');
    expect(detectFormat(await makePdfFromText(['<html> in a PDF'])).valueOf()).toBe('pdf');
  });

  it('sees HTML behind a UTF-16 BOM', () => {
    expect(detectFormat(encodeText('<!doctype html><p>Оружие</p>', 'utf-16le-bom'))).toBe('html');
    expect(detectFormat(encodeText('Оружие', 'utf-16be-bom'))).toBe('text');
  });

  it('maps each format to its decoder', () => {
    expect(['text', 'html', 'pdf'].map((f) => decoderFor(f as 'text' | 'html' | 'pdf').format)).toEqual(['text', 'html', 'pdf']);
  });
});

describe('files of a binary format no decoder reads', () => {
  const ctx = { sourcePath: 'raw/report.bin' };
  const zipOfPage = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x0a, 0, 0, 0, ...bytes('index.html<!DOCTYPE html><html><body><p>National report</p></body></html>')]);

  it('are told by their magic number and refused with what to do, by the text and the HTML decoder alike', async () => {
    const gzip = gzipSync(bytes('National report on the implementation of the Programme of Action\n'));
    await expect(decoderFor(detectFormat(gzip)).decode(gzip, ctx)).rejects.toThrow(
      'decode: raw/report.bin: a gzip-compressed file: compressed files and archives are not unpacked; put the document itself (PDF, HTML or text) in the raw folder');
    // A stored ZIP of a web page looks like HTML in its first KiB: the magic number says what it is.
    expect(detectFormat(zipOfPage)).toBe('html');
    await expect(decoderFor('html').decode(zipOfPage, ctx)).rejects.toThrow(/a ZIP archive \(or a \.docx, \.xlsx or \.odt document/);
  });

  it('names the archives, Office files and images, and nothing that starts like text', () => {
    expect(binaryFormatReason(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0]))).toMatch(/^a legacy Microsoft Office document/);
    expect(binaryFormatReason(bytes('{\\rtf1\\ansi National report}'))).toMatch(/^an RTF document/);
    expect(binaryFormatReason(new Uint8Array([0x89, ...bytes('PNG\r\n\x1a\n')]))).toMatch(/^a PNG image: images are not read \(no OCR\)/);
    for (const text of ['PK is a prefix', 'BZh is no bzip2', 'GIF sales', 'Kazakhstan\n', '']) expect(binaryFormatReason(bytes(text))).toBeNull();
  });
});
