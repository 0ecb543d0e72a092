import { describe, expect, it } from 'vitest';
import { decodePlainText } from '../../src/decoders/text.ts';
import { poaProfileExtractor } from '../../src/extractors/poa-profile/index.ts';

/**
 * A block heading of a PoA page with nothing under it before the next heading: the document left that section empty,
 * which WAREHOUSE.md loads as a sections row with answer NULL (an info says so). It had been dropped with no trace.
 */
const extract = (text: string) =>
  poaProfileExtractor.extract(decodePlainText(text, 'utf-8'), { kind: 'poa_profile', countryIso3: null, reportYear: null, language: null, sourcePath: 'page.txt' });

const PAGE = [
  'Guatemala',
  '',
  'National reports',
  '2022 : Español',
  '',
  'International cooperation',
  '',
  'Marking',
  'National marking practices:',
  'Firearms carry the letters GT and a serial number.',
  '',
  'Source : National Report on the implementation of the PoA, 2022',
  'Date : 14/06/2022',
].join('\n');

describe('a block heading with nothing under it', () => {
  it('is a section of its own with answer NULL, and the block after it keeps its question', () => {
    const out = extract(PAGE);
    expect(out.sections.map((s) => [s.heading_raw, s.topic, s.question, s.answer, s.line_start, s.line_end])).toEqual([
      ['International cooperation', 'international_cooperation', null, null, 6, 6],
      ['Marking', 'marking', 'National marking practices', 'Firearms carry the letters GT and a serial number.', 9, 10],
    ]);
    expect(out.issues.filter((i) => i.rule === 'no-response').map((i) => [i.line_start, i.message])).toEqual([
      [6, "Section 'International cooperation' has nothing under it on the page: answer NULL."],
    ]);
  });

  it('a block heading with its questions under it gives no empty row', () => {
    const out = extract(PAGE.replace('International cooperation\n\n', ''));
    expect(out.sections.map((s) => s.heading_raw)).toEqual(['Marking']);
  });
});
