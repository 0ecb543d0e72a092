import { describe, expect, it } from 'vitest';
import { decodePlainText } from '../../src/decoders/text.ts';
import { extractAmapProfile } from '../../src/extractors/amap-profile/index.ts';

/**
 * A profile exported from a PDF as text, without page breaks: the running header (or footer) with the page
 * number is page furniture, and a table it cuts goes on after it, its rows numbered on.
 */
const profile = (furniture: (page: number) => string[], at: 'header' | 'footer'): string => {
  const pages = [
    ['Kenya', '', 'Accidental explosions', 'Three unplanned explosions at munitions sites have been recorded in Kenya since 1990.', '', 'Year | Location | Owner/manager | Deaths | Injuries |', '2003 | Kahawa | State (military) | 4 | 12 |'],
    ['2011 | Embakasi | State (police) | 0 | 3 |', '2015 | Gilgil | State (military) | 2 | 0 |', '', 'Cases of diversion', 'No case of diversion has been recorded in Kenya.'],
  ];
  return pages.flatMap((lines, p) => (at === 'header' ? [...furniture(p + 1), '', ...lines, ''] : [...lines, '', ...furniture(p + 1), ''])).join('\n');
};

describe('amap-profile: a table cut by page furniture of a text export', () => {
  const cases: Array<[string, (page: number) => string[], 'header' | 'footer']> = [
    ['a two-line running header', (p) => [`A-MAP | Ammunition Country Profile: Kenya            ${p}/2`, 'https://a-map.example/profiles/ken      Printed 1 June 2025'], 'header'],
    ['a running footer', (p) => [`Small Arms Survey — Kenya profile            Page ${p} of 2`], 'footer'],
  ];
  it.each(cases)('%s is no row: the rows after it continue the table', (_, furniture, at) => {
    const out = extractAmapProfile(decodePlainText(profile(furniture, at), 'utf-8'));
    expect(out.explosions.map((e) => [e.row_number, e.year, e.location, e.deaths, e.injuries])).toEqual([
      [1, 2003, 'Kahawa', 4, 12],
      [2, 2011, 'Embakasi', 0, 3],
      [3, 2015, 'Gilgil', 2, 0],
    ]);
    expect(out.issues.filter((i) => i.severity !== 'info').map((i) => i.rule)).toEqual([]);
    expect(out.tallies.map((t) => [t.topic, t.reported_count])).toEqual([
      ['explosions', 3],
      ['diversions', 0],
    ]);
  });
});
