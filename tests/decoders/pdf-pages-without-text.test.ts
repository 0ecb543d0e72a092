import { describe, expect, it } from 'vitest';
import { decodePdfPages, type PdfPageText } from '../../src/decoders/pdf.ts';

/** Pages given as pdf-parse's text (no geometry): a report whose second page is a scan (an image, no text). */
const page = (n: number, text: string): PdfPageText => ({ page: n, text, tables: [] });

describe('PDF pages that hold no text among pages that do', () => {
  it('are listed with the first decoded line after them', () => {
    const model = decodePdfPages(
      [page(1, '1. Collection and destruction\nIn 2018, the police seized 742 firearms.'), page(2, ''), page(3, '2. Marking\nAll weapons are marked on import.')],
      null,
      'report.pdf',
    );
    expect(model.lines).toEqual(['1. Collection and destruction', 'In 2018, the police seized 742 firearms.', '2. Marking', 'All weapons are marked on import.']);
    expect(model.pagesWithoutText).toEqual([{ page: 2, lineAfter: 3 }]);
  });

  it('at the end of the document have no line after them', () => {
    const model = decodePdfPages([page(1, 'Annex 1 follows.'), page(2, ' \n ')], null, 'report.pdf');
    expect(model.pagesWithoutText).toEqual([{ page: 2, lineAfter: null }]);
  });

  it('are none when every page has text', () => {
    expect(decodePdfPages([page(1, 'One.'), page(2, 'Two.')], null, 'report.pdf').pagesWithoutText).toEqual([]);
  });

  it('make no document when no page has text: it is refused as a scan', () => {
    expect(() => decodePdfPages([page(1, ''), page(2, '')], null, 'scan.pdf')).toThrow(/no text layer/u);
  });
});
