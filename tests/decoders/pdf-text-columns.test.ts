import { describe, expect, it } from 'vitest';
import { lineText, type PageGeometry, type PlacedItem, placeLines } from '../../src/decoders/pdf-geometry.ts';
import { layoutLines } from '../../src/decoders/pdf-layout.ts';
import { findGutter, readTextColumns } from '../../src/decoders/pdf-text-columns.ts';

/**
 * Pages set in two text columns, written by hand: 10 pt text, 5 pt per character, an A4 page (595 pt wide)
 * with 60 pt margins; the left column from 60 to 290, the right one from 305 to 535; lines 13 pt apart.
 */
const FONT = 10;
const item = (text: string, x: number, y: number, font = 'F1', size = FONT): PlacedItem => ({ text, x, y, width: text.length * 0.5 * size, fontSize: size, font });
const page = (items: PlacedItem[]): PageGeometry => ({ page: 1, width: 595, height: 842, lines: placeLines(items, 1) });
const L = 60;
const R = 305;

// 40 to 42 characters: 200 to 210 pt, ending at 260-270 (left) or 505-515 (right): the next words would not have fitted.
const left = ['The national commission meets every second', 'month and reports to the Minister of the', 'Interior on the plan of action it adopted.'];
const right = ['All imported firearms are marked with the', 'word PERU and the year of import, and the', 'register is kept by the police since 2018.'];

describe('a page set in two text columns', () => {
  const items = [
    item('NATIONAL REPORT OF EXAMPLESTAN ON THE PROGRAMME OF ACTION AND ITS TRACING INSTRUMENT', L, 60),
    item('1. Coordination', L, 90, 'F2'),
    item('3. Marking', R, 90, 'F2'),
    ...left.map((t, k) => item(t, L, 103 + 13 * k)),
    ...right.map((t, k) => item(t, R, 103 + 13 * k)),
    item('2. Collection', L, 160, 'F2'),
    item('In 2021 the police seized 3,428 firearms.', L, 173),
    item('Table 1. Weapons destroyed by year, set across the page under both columns', L, 220),
  ];

  it('finds the gutter between the columns', () => {
    expect(findGutter(page(items))).toEqual({ left: 270, right: R, pageLeft: L, pageRight: 515 });
  });

  it('reads the left column to its foot, then the right one; a line across the page ends the columns', () => {
    expect(readTextColumns(page(items)).lines.map(lineText)).toEqual([
      'NATIONAL REPORT OF EXAMPLESTAN ON THE PROGRAMME OF ACTION AND ITS TRACING INSTRUMENT',
      '1. Coordination',
      ...left,
      '2. Collection',
      'In 2021 the police seized 3,428 firearms.',
      '3. Marking',
      ...right,
      'Table 1. Weapons destroyed by year, set across the page under both columns',
    ]);
  });

  it('joins each column\'s wrapped lines at the column\'s own right edge, not the page\'s', () => {
    const lines = layoutLines([readTextColumns(page(items))]).map((l) => l.text);
    expect(lines).toContain(left.join(' '));
    expect(lines).toContain(right.join(' '));
  });

  it('goes on from the foot of the left column to the head of the right one', () => {
    const cut = [left[0] as string, left[1] as string, 'Interior and to the Minister of Justice on'];
    const flowing = [
      ...cut.map((t, k) => item(t, L, 90 + 13 * k)),
      item('the plan it adopted in 2019.', R, 90),
      ...right.map((t, k) => item(t, R, 103 + 13 * k)),
    ];
    // The left column's paragraph is cut at its foot; the right column's first line ends it.
    expect(layoutLines([readTextColumns(page(flowing))]).map((l) => l.text)).toEqual([`${cut.join(' ')} the plan it adopted in 2019.`, right.join(' ')]);
  });

  it('takes a heading set bigger in one column at its own size and baseline, so the other column\'s paragraph still joins', () => {
    const withHeading = [
      ...[left[0] as string, left[1] as string, 'Interior on the plan.'].map((t, k) => item(t, L, 100 + 13 * k)),
      item('word PERU and the year of import, and the', R, 100),
      item('register is kept by the police since 2018.', R, 113),
      item('4. Assistance', R, 130, 'F2', 12),
    ];
    const lines = layoutLines([readTextColumns(page(withHeading))]).map((l) => l.text);
    expect(lines).toEqual([
      'The national commission meets every second month and reports to the Minister of the Interior on the plan.',
      'word PERU and the year of import, and the register is kept by the police since 2018.',
      '4. Assistance',
    ]);
  });

  it('leaves a table of two columns alone: short cells are no prose', () => {
    const table = [
      item('Year', L, 100), item('Weapons destroyed in public ceremonies', R, 100),
      item('2019', L, 113), item('1,204 by smelting at the steel plant', R, 113),
      item('2020', L, 126), item('980 by cutting at the police academy', R, 126),
      item('2021', L, 139), item('2,340 by burning at the border post', R, 139),
    ];
    expect(findGutter(page(table))).toBeNull();
    expect(readTextColumns(page(table)).lines.map(lineText)).toEqual(page(table).lines.map(lineText));
  });

  it('leaves a page of one column alone', () => {
    const single = left.map((t, k) => item(t, L, 100 + 13 * k));
    expect(findGutter(page(single))).toBeNull();
  });
});
