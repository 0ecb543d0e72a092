import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { encodeText, makePdfFromText } from '../../scripts/make-fixtures.ts';
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
