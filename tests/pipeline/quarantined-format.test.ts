import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { makeScanPdf, makeTruncatedPdf } from '../../scripts/make-fixtures.ts';
import { recognisedFormat } from '../../src/decoders/sniff.ts';
import { testBackend } from '../helpers/backend.ts';
import { testStubReading } from '../helpers/reading.ts';
import { stubPipeline, stubSidecar } from '../helpers/stub-pipeline.ts';
import { makeWorkspace, writeFile } from '../helpers/tmp.ts';

/**
 * A document's format is what its bytes were recognised as, whatever stage stopped it: a PDF without a text
 * layer, quarantined at decoding, is recorded as a PDF, like one quarantined at extraction. Bytes that were
 * never read, or are of a binary format no decoder reads, have none (NULL, not the text fallback's guess).
 */

const backend = await testBackend();

let cleanup = () => {};
afterEach(() => cleanup());

const ten = (line: string): string => Array.from({ length: 10 }, () => line).join('\n');

describe('the format of a document that is not loaded', () => {
  it('is recorded at every stage that had its bytes in hand, and is NULL where it was not recognised', async () => {
    const ws = makeWorkspace('quarantined-format');
    cleanup = ws.cleanup;
    const raw = (name: string, bytes: string | Uint8Array) => writeFile(join(ws.raw, name), bytes);
    const stub = (name: string, body: string) => {
      raw(name, body);
      raw(`${name}.meta.json`, stubSidecar());
    };
    raw('scan.pdf', await makeScanPdf()); // decoded: no text layer
    raw('cut.pdf', await makeTruncatedPdf()); // refused before decoding: no %%EOF
    raw('scripts-only.html', '<!doctype html>\n<html><body><script>render()</script></body></html>\n'); // decoded: nothing to read
    raw('long-page.htm', `<!doctype html>\n<html><body>\n${ten('<p>Paragraphe.</p>')}\n</body></html>\n`); // over the line limit
    raw('long-notes.txt', ten('Notes, page after page.')); // over the line limit
    raw('blank.txt', '   \n\n\t\n'); // nothing to read
    stub('failing.html', '<!doctype html>\n<html><body>\n<p>STUB PROFILE</p>\nTHROW\n</body></html>\n'); // extraction failed
    raw('bundle.txt', gzipSync('STUB PROFILE\n2019 Arys 3\n')); // a gzip file named .txt: refused, no format
    raw('empty.txt', ''); // no bytes to recognise
    stub('good.txt', 'STUB PROFILE\n2019 Arys 3\n');
    const pipeline = stubPipeline();
    await backend.runPipelines({ rawDir: ws.raw, warehousePath: ws.warehouse, pipelines: [pipeline], allPipelines: [pipeline], limits: { maxLines: 8 }, ...testStubReading() });

    const db = new Database(ws.warehouse, { readonly: true });
    try {
      const rows = db.prepare('SELECT d.source_path, d.status, d.format, q.rule FROM documents d LEFT JOIN quality_issues q ON q.document_id = d.document_id AND q.severity = \'error\' ORDER BY d.source_path').all();
      expect(rows).toEqual([
        { source_path: 'blank.txt', status: 'quarantined', format: 'text', rule: 'unreadable-document' },
        { source_path: 'bundle.txt', status: 'quarantined', format: null, rule: 'unreadable-document' },
        { source_path: 'cut.pdf', status: 'quarantined', format: 'pdf', rule: 'unreadable-document' },
        { source_path: 'empty.txt', status: 'quarantined', format: null, rule: 'unreadable-document' },
        { source_path: 'failing.html', status: 'quarantined', format: 'html', rule: 'extraction-failed' },
        { source_path: 'good.txt', status: 'loaded', format: 'text', rule: null },
        { source_path: 'long-notes.txt', status: 'quarantined', format: 'text', rule: 'over-limit' },
        { source_path: 'long-page.htm', status: 'quarantined', format: 'html', rule: 'over-limit' },
        { source_path: 'scan.pdf', status: 'quarantined', format: 'pdf', rule: 'unreadable-document' },
        { source_path: 'scripts-only.html', status: 'quarantined', format: 'html', rule: 'unreadable-document' },
      ]);
    } finally {
      db.close();
    }
  });
});

describe('the format of a file too large to read', () => {
  it('is what its first bytes are recognised as, as a decoder would sniff them; NULL for a binary format no decoder reads', async () => {
    const ws = makeWorkspace('over-size-format');
    cleanup = ws.cleanup;
    const raw = (name: string, bytes: string | Uint8Array) => writeFile(join(ws.raw, name), bytes);
    const big = ten('Paragraph after paragraph, more than the limit allows in one file.'.repeat(20));
    raw('big.html', `<!doctype html>\n<html><body>\n<p>${big}</p>\n</body></html>\n`);
    raw('big-page.txt', `<html><head><title>Report</title></head><body>\n${big}\n</body></html>\n`); // HTML by its bytes, not its name
    raw('big.pdf', Buffer.concat([Buffer.from(await makeScanPdf()), Buffer.from(`\n%${big}\n`)]));
    raw('big-notes.txt', big);
    raw('big-archive.txt', gzipSync(big, { level: 0 }));
    const pipeline = stubPipeline();
    await backend.runPipelines({ rawDir: ws.raw, warehousePath: ws.warehouse, pipelines: [pipeline], allPipelines: [pipeline], limits: { maxBytes: 5_000 }, ...testStubReading() });

    const db = new Database(ws.warehouse, { readonly: true });
    try {
      const rows = db.prepare('SELECT d.source_path, d.status, d.format, q.rule FROM documents d LEFT JOIN quality_issues q ON q.document_id = d.document_id AND q.severity = \'error\' ORDER BY d.source_path').all();
      expect(rows).toEqual([
        { source_path: 'big-archive.txt', status: 'quarantined', format: null, rule: 'over-limit' },
        { source_path: 'big-notes.txt', status: 'quarantined', format: 'text', rule: 'over-limit' },
        { source_path: 'big-page.txt', status: 'quarantined', format: 'html', rule: 'over-limit' },
        { source_path: 'big.html', status: 'quarantined', format: 'html', rule: 'over-limit' },
        { source_path: 'big.pdf', status: 'quarantined', format: 'pdf', rule: 'over-limit' },
      ]);
    } finally {
      db.close();
    }
  });
});

describe('recognisedFormat', () => {
  const bytes = (s: string) => new TextEncoder().encode(s);
  it('names the format the bytes are in, by their content and never their name', () => {
    expect(recognisedFormat(bytes('%PDF-1.4\n'))).toBe('pdf');
    expect(recognisedFormat(bytes('<!DOCTYPE html><title>x</title>'))).toBe('html');
    expect(recognisedFormat(bytes('Отчёт Республики Казахстан, 2010'))).toBe('text');
  });
  it('is null for a binary format no decoder reads, which text would only seem to accept', () => {
    expect(recognisedFormat(gzipSync('text inside'))).toBeNull();
    expect(recognisedFormat(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0]))).toBeNull();
    expect(recognisedFormat(bytes('{\\rtf1\\ansi Report'))).toBeNull();
  });
});
