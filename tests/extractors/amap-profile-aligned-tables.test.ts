import { describe, expect, it } from 'vitest';
import { decodePlainText } from '../../src/decoders/text.ts';
import { extractAmapProfile } from '../../src/extractors/amap-profile/index.ts';

/**
 * Tables scraped as column-aligned text: columns set apart by runs of spaces, words of a cell by one,
 * a description wrapping onto an indented continuation line.
 */
const PAGE = [
  'Accidental explosions',
  'Since the beginning of data collection in 1979 by the Small Arms Survey, two accidental explosions were reported in Armenia (Table 1).',
  'Table 1 - Accidental explosions in Armenia (1979-2022)',
  'Year    Location          Owner/manager          Deaths    Injuries',
  '2016    Nor Hachn         Armed group            1         N/A',
  '2004    Vanadzor          State (military)       0         7',
  'Source: Small Arms Survey. n.d. Unplanned Explosions at Munitions Sites (UEMS). Database.',
  'Cases of diversion',
  'Two cases of diversion have been reported since 2008 in Armenia (Table 2).',
  'Table 2 - Cases of diversion in Armenia since 2008',
  'Year    Location       Description',
  '2019    Gyumri         Eleven rifles were taken from a border post',
  '                       and sold in the city.',
  '2008    Yerevan City   Some 3,400 rounds went missing from a police depot.',
  'Source: Petrosyan, Ani. “Border post theft.” Gyumri Herald, 2019. https://gyumri-herald.example/theft.',
].join('\n');

describe('column-aligned profile tables', () => {
  const out = extractAmapProfile(decodePlainText(PAGE, 'utf-8'));

  it('splits explosion rows on the column gaps, whatever the owner words', () => {
    expect(out.explosions.map((e) => [e.year, e.location, e.owner_raw, e.deaths, e.injuries, e.line_start])).toEqual([
      [2016, 'Nor Hachn', 'Armed group', 1, null, 5],
      [2004, 'Vanadzor', 'State (military)', 0, 7, 6],
    ]);
  });

  it('keeps multi-word locations whole and joins the wrapped description with one space', () => {
    expect(out.diversions.map((d) => [d.year, d.location, d.description, d.quantity, d.line_start, d.line_end])).toEqual([
      [2019, 'Gyumri', 'Eleven rifles were taken from a border post and sold in the city.', 11, 12, 13],
      [2008, 'Yerevan City', 'Some 3,400 rounds went missing from a police depot.', 3400, 14, 14],
    ]);
  });
});
