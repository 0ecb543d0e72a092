import { describe, expect, it } from 'vitest';
import { type PageGeometry, type PlacedItem, placeLines } from '../../src/decoders/pdf-geometry.ts';
import { layoutLines, pageFootNotes } from '../../src/decoders/pdf-layout.ts';

/**
 * The layout rules on pages written by hand: 10 pt text, an A4 page (595 pt wide) with 72 pt margins
 * (right edge 523), lines 12 pt apart, paragraphs 18 pt apart. Widths are 5 pt per character.
 */
const FONT = 10;
const item = (text: string, x: number, y: number, font = 'F1'): PlacedItem => ({ text, x, y, width: text.length * 5, fontSize: FONT, font });

function page(items: PlacedItem[], n = 1): PageGeometry {
  return { page: n, width: 595, height: 842, lines: placeLines(items, n) };
}

// 88 characters: 440 pt, ending at 512, so a next word of three letters or more would not have fitted (523).
const FULL = 'The national commission destroyed surplus ammunition at two sites near the capital in the';

describe('paragraphs the page wrapped', () => {
  it('joins a line whose next word would not have fitted, at line spacing and the same left edge', () => {
    const lines = layoutLines([page([item(FULL, 72, 100), item('spring of 2019 and again in 2021.', 72, 112), item('Needs', 72, 140, 'F2')])]);
    expect(lines).toEqual([
      { text: `${FULL} spring of 2019 and again in 2021.`, page: 1 },
      { text: 'Needs', page: 1 },
    ]);
  });

  it('keeps a short line apart: its writer ended it (the next word would have fitted)', () => {
    const lines = layoutLines([page([item('Accidental explosions', 72, 100), item('Since the beginning of data collection in 1979,', 72, 112)])]);
    expect(lines.map((l) => l.text)).toEqual(['Accidental explosions', 'Since the beginning of data collection in 1979,']);
  });

  it('keeps apart lines set a paragraph gap below, or in another face', () => {
    // A paragraph of three lines 12 pt apart tells the line spacing; the next one stands 18 pt below.
    const gap = layoutLines([page([item(FULL, 72, 64), item(FULL, 72, 76), item(FULL, 72, 88), item('Next paragraph here.', 72, 106)])]);
    expect(gap.map((l) => l.text)).toEqual([`${FULL} ${FULL} ${FULL}`, 'Next paragraph here.']);
    const bold = layoutLines([page([item(FULL, 72, 100), item('Cases of diversion', 72, 112, 'F2'), item('Some cases were reported.', 72, 124)])]);
    expect(bold.map((l) => l.text)).toEqual([FULL, 'Cases of diversion', 'Some cases were reported.']);
  });

  it('goes on over a page break, the page kept from the first line', () => {
    const lines = layoutLines([page([item('Para one.', 72, 88), item(FULL, 72, 100)], 1), page([item('spring of 2019.', 72, 80)], 2)]);
    expect(lines).toEqual([
      { text: 'Para one.', page: 1 },
      { text: `${FULL} spring of 2019.`, page: 1 },
    ]);
  });

  it('does not carry a paragraph into a caption or a Source line after a page break', () => {
    const lines = layoutLines([page([item('x', 72, 88), item(FULL, 72, 100)], 1), page([item('Table 2. Cases of diversion in Examplestan', 72, 80)], 2)]);
    expect(lines.map((l) => l.text)).toEqual(['x', FULL, 'Table 2. Cases of diversion in Examplestan']);
  });

  it('joins a note URL cut after https:// even where the rest would have fitted, and keeps the hyphens', () => {
    const lines = layoutLines([
      page([item('[1] “Behind the Unrest.” Crisis Group, 2022. https://', 72, 100), item('www.crisisgroup.org/europe-central-asia/behind-', 72, 112), item('unrest-kazakhstan.', 72, 124)]),
    ]);
    expect(lines.map((l) => l.text)).toEqual(['[1] “Behind the Unrest.” Crisis Group, 2022. https://www.crisisgroup.org/europe-central-asia/behind-unrest-kazakhstan.']);
  });

  it('joins the lines of a note under its hanging indent, and starts a new note at the next marker', () => {
    const lines = layoutLines([
      page([item('[1] Doe, Jane. “Arms and Ammunition in the Border Provinces of Examplestan.” Review of', 72, 100), item('Security Studies 4, 2021.', 90, 112), item('[2] See A-MAP Database.', 72, 124)]),
    ]);
    expect(lines.map((l) => l.text)).toEqual(['[1] Doe, Jane. “Arms and Ammunition in the Border Provinces of Examplestan.” Review of Security Studies 4, 2021.', '[2] See A-MAP Database.']);
  });

  it('glues a note marker the break moved down when it carries on the paragraph’s numbering, not a note list', () => {
    const prose = layoutLines([page([item('Reports state that violations persist.[2] Despite this, the country has low levels of', 72, 100), item('trafficking.', 72, 112)])]);
    expect(prose.map((l) => l.text)).toEqual(['Reports state that violations persist.[2] Despite this, the country has low levels of trafficking.']);
    const moved = layoutLines([page([item('Reports state that violations persist.[2] Despite this, the country has very low levels.', 72, 100), item('[3] The exact levels are unclear.', 72, 112)])]);
    expect(moved.map((l) => l.text)).toEqual(['Reports state that violations persist.[2] Despite this, the country has very low levels.[3] The exact levels are unclear.']);
    const notes = layoutLines([page([item('Reports state that violations persist.[2] Despite this, the country has very low levels.', 72, 100), item('[1] Doe, Jane. 2020.', 72, 112)])]);
    expect(notes.map((l) => l.text)).toEqual(['Reports state that violations persist.[2] Despite this, the country has very low levels.', '[1] Doe, Jane. 2020.']);
  });
});

describe('tables set in columns', () => {
  const header = [item('Year', 72, 200), item('Location', 110, 200), item('Description', 180, 200)];

  it('reads the header and rows whose description wraps under its column as whole rows', () => {
    const lines = layoutLines([
      page([
        item('Table 2: Cases of diversion of arms, ammunition, and explosives in Examplestan since', 72, 170),
        item('2000', 72, 182),
        ...header,
        item('2022', 72, 216), item('N/A', 110, 216), item('Approximately 300 service weapons were', 180, 216),
        item('stolen during the protests.', 180, 228),
        item('2001', 72, 244), item('Port Town', 110, 244), item('A police officer was demoted.', 180, 244),
        item('Source: Daily Examplestan News, 2022.', 72, 264),
      ]),
    ]);
    expect(lines.map((l) => l.text)).toEqual([
      'Table 2: Cases of diversion of arms, ammunition, and explosives in Examplestan since 2000',
      'Year | Location | Description',
      '2022 | N/A | Approximately 300 service weapons were stolen during the protests.',
      '2001 | Port Town | A police officer was demoted.',
      'Source: Daily Examplestan News, 2022.',
    ]);
  });

  it('goes on over a page break and leaves out the header the next page repeats', () => {
    const lines = layoutLines([
      page([item('Intro.', 72, 150), ...header, item('2022', 72, 216), item('N/A', 110, 216), item('Stolen rifles.', 180, 216)], 1),
      page([item('Year', 72, 80), item('Location', 110, 80), item('Description', 180, 80), item('2019', 72, 96), item('Port Town', 110, 96), item('Lost pistols.', 180, 96)], 2),
    ]);
    expect(lines).toEqual([
      { text: 'Intro.', page: 1 },
      { text: 'Year | Location | Description', page: 1 },
      { text: '2022 | N/A | Stolen rifles.', page: 1 },
      { text: '2019 | Port Town | Lost pistols.', page: 2 },
    ]);
  });

  it('takes a header set as one line of words when it has one word per column', () => {
    const rows = [item('2022', 72, 216), item('N/A', 110, 216), item('Stolen rifles.', 180, 216), item('2019', 72, 232), item('Port Town', 110, 232), item('Lost pistols.', 180, 232)];
    const words = layoutLines([page([item('Year Location Description', 72, 200), ...rows])]);
    expect(words.map((l) => l.text)).toEqual(['Year | Location | Description', '2022 | N/A | Stolen rifles.', '2019 | Port Town | Lost pistols.']);
    // Four words over three columns: which two make a cell is not guessed; the line stays text.
    const more = layoutLines([page([item('Year Place Incident description', 72, 200), ...rows])]);
    expect(more.map((l) => l.text)).toEqual(['Year Place Incident description', '2022 | N/A | Stolen rifles.', '2019 | Port Town | Lost pistols.']);
  });

  it('is no table when only one line has columns', () => {
    const lines = layoutLines([page([item('Year', 72, 200), item('Location', 110, 200), item('Nothing else follows here.', 72, 230)])]);
    expect(lines.map((l) => l.text)).toEqual(['Year\tLocation', 'Nothing else follows here.']);
  });
});

describe('notes set at a page foot', () => {
  const small = (text: string, x: number, y: number): PlacedItem => ({ text, x, y, width: text.length * 4, fontSize: 8, font: 'F1' });

  it('do not cut the paragraph the page break cut: it goes on past them, and they come after it', () => {
    const lines = layoutLines([
      page([item('Body line that ends a paragraph.', 72, 640), item(FULL, 72, 652), small('¹ The bill is expected to be debated in 2020.', 72, 700)], 1),
      page([item('spring of 2019 and again in 2021.', 72, 80), item('Next paragraph.', 72, 110)], 2),
    ]);
    expect(lines).toEqual([
      { text: 'Body line that ends a paragraph.', page: 1 },
      { text: `${FULL} spring of 2019 and again in 2021.`, page: 1 },
      { text: '¹ The bill is expected to be debated in 2020.', page: 1 },
      { text: 'Next paragraph.', page: 2 },
    ]);
  });

  it('are only small lines under the body that open with a note marker', () => {
    const body = [item('Body line one.', 72, 100), item('Body line two.', 72, 112)];
    expect(pageFootNotes(page([...body, small('¹ A note.', 72, 700)])).size).toBe(1);
    expect(pageFootNotes(page([...body, small('1 A note with a number.', 72, 700), small('and its second line', 72, 710)])).size).toBe(2);
    // A small line without a marker (a caption, a date) is no note; a small line above the body is none either.
    expect(pageFootNotes(page([...body, small('Printed on 14 March 2024', 72, 700)])).size).toBe(0);
    expect(pageFootNotes(page([small('¹ A note.', 72, 60), ...body])).size).toBe(0);
  });
});
