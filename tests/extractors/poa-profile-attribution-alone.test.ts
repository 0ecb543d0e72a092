import { describe, expect, it } from 'vitest';
import { decodePlainText } from '../../src/decoders/text.ts';
import { poaProfileExtractor } from '../../src/extractors/poa-profile/index.ts';

const extract = (lines: string[]) =>
  poaProfileExtractor.extract(decodePlainText(lines.join('\n'), 'utf-8'), { kind: 'poa_profile', countryIso3: null, reportYear: null, language: null, sourcePath: 'page.txt' });

describe('an attribution on a line of its own, below sub-bullets', () => {
  it('closes the group above it, whose statement is reported in its year; it heads no section', () => {
    const out = extract([
      'Mali',
      'Collection and destruction',
      '  - In 2019, the national police seized the following weapons:',
      '      • 120 pistols',
      '      • 45 rifles',
      '    (National Report, 2020)',
      '  - In 2016, the army destroyed 900 weapons. (National Report, 2018)',
      'Stockpile management',
      '  - Armouries were inspected twice a year. (Rapport national, 2018)',
    ]);
    expect(out.sections.map((s) => [s.heading_raw, s.line_start, s.line_end, s.source_report_year])).toEqual([
      ['Collection and destruction', 2, 6, 2020],
      ['Collection and destruction', 2, 7, 2018],
      ['Stockpile management', 8, 9, 2018],
    ]);
    expect(out.count_statements.map((s) => [s.year, s.action, s.total, s.components_sum, s.reported_in])).toEqual([
      [2019, 'seized', null, 165, 2020],
      [2016, 'destroyed', 900, null, 2018],
    ]);
  });
});
