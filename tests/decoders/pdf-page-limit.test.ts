import { describe, expect, it } from 'vitest';
import { makePdfFromText } from '../../scripts/make-fixtures.ts';
import { pdfDecoder } from '../../src/decoders/pdf.ts';
import { LimitExceededError } from '../../src/model/errors.ts';

/** The page limit is checked from the PDF's catalogue, before any page's text is read. */
describe('PDF page limit', () => {
  const lines = Array.from({ length: 30 }, (_, i) => `Line ${i + 1} of a national report.`);

  it('refuses a PDF with more pages than the limit, naming both counts', async () => {
    const bytes = await makePdfFromText(lines, { linesPerPage: 10 });
    const error = await pdfDecoder.decode(bytes, { sourcePath: 'long.pdf', maxPages: 2 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(LimitExceededError);
    expect(error).toMatchObject({ limit: 'maxPages', actual: 3, message: 'decode: long.pdf: the PDF has 3 pages, over the limit of 2' });
  });

  it('reads a PDF with exactly as many pages as the limit', async () => {
    const bytes = await makePdfFromText(lines, { linesPerPage: 10 });
    const model = await pdfDecoder.decode(bytes, { sourcePath: 'ok.pdf', maxPages: 3 });
    expect(model.pageCount).toBe(3);
    expect(model.lines).toContain('Line 15 of a national report.');
  });
});
