import { describe, expect, it } from 'vitest';
import { decodePlainText } from '../../src/decoders/text.ts';
import { poaReportExtractor } from '../../src/extractors/poa-report/index.ts';

/**
 * A block of keys under a heading naming its year and agency (`Summary for 2023 (Zambia Police Service)` /
 * `Weapons seized (2023): 1 340` / ...): each key is a statement with the heading's agency. Each line had been a unit of
 * its own, so the keys had no agency and the year of the one before.
 */
const extract = (text: string) =>
  poaReportExtractor.extract(decodePlainText(text, 'utf-8'), { kind: 'poa_report', countryIso3: null, reportYear: null, language: null, sourcePath: 'x.txt' });
const rows = (text: string) => extract(text).count_statements.map((s) => [s.year, s.year_basis, s.action, s.agency, s.total, s.source_text, s.line_start]);

describe('a block of keys under its heading', () => {
  it('takes the heading’s agency for every key, each key its own line', () => {
    const text = [
      'NATIONAL REPORT OF ZAMBIA', // 1
      'Date: 8 February 2024', // 2
      '1. Collection and destruction', // 3
      'In 2022 the army destroyed 300 rifles.', // 4
      '', // 5
      'Summary for 2023 (Zambia Police Service)', // 6
      'Weapons seized: 1 340', // 7
      'Weapons destroyed (2023): 0', // 8
    ].join('\n');
    expect(rows(text)).toEqual([
      [2022, 'stated', 'destroyed', 'defence', 300, 'In 2022 the army destroyed 300 rifles.', 4],
      [2023, 'stated', 'seized', 'police', 1340, 'Weapons seized: 1 340', 7],
      [2023, 'stated', 'destroyed', 'police', 0, 'Weapons destroyed (2023): 0', 8],
    ]);
  });

  it('a sentence ending with a stop is no block heading: its keys stay units of their own', () => {
    const text = [
      'NATIONAL REPORT OF ZAMBIA', // 1
      'Date: 8 February 2024', // 2
      '1. Collection and destruction', // 3
      'The figures below are those of the Zambia Police Service (2023).', // 4
      'Weapons seized: 1 340', // 5
    ].join('\n');
    expect(rows(text).map((r) => r[3])).toEqual([null]);
  });
});
