import { describe, expect, it } from 'vitest';
import { decodePlainText } from '../../src/decoders/text.ts';
import { poaReportExtractor } from '../../src/extractors/poa-report/index.ts';

/**
 * Rows laid out as lines (`Pistols 120`) under a sentence ending with a colon that names the action, agency and
 * year: the sentence's parts, as a caption's rows are. Before, such rows were read as nothing and said nothing.
 */
const report = (rows: string[]) =>
  [
    'NATIONAL REPORT OF THE REPUBLIC OF ZAMBIA ON THE IMPLEMENTATION OF THE PROGRAMME OF ACTION',
    'Date of submission: 12 May 2021',
    '',
    '2. Collection and destruction',
    'Weapons seized by the Zambia Police Service in 2020:',
    ...rows,
    '',
    '3. Marking',
    'All imported weapons are marked.',
  ].join('\n');

const read = (rows: string[]) =>
  poaReportExtractor.extract(decodePlainText(report(rows), 'utf-8'), { kind: 'poa_report', countryIso3: 'ZMB', reportYear: 2021, language: 'en', sourcePath: 'r.txt' });

describe('poa-report: rows announced by a sentence ending with a colon', () => {
  it('are the sentence\'s parts, with its year, action and agency, and a total row', () => {
    const out = read(['Pistols 120', 'Shotguns 95', 'Rifles 40', 'Total 255']);
    expect(out.count_statements.map((s) => [s.year, s.action, s.agency, s.total, s.components_sum, s.reconciliation])).toEqual([[2020, 'seized', 'police', 255, 255, 'balanced']]);
    expect(out.count_statements[0]?.counts.map((c) => [c.category, c.quantity, c.is_total])).toEqual([
      ['pistols', 120, false],
      ['shotguns', 95, false],
      ['rifles', 40, false],
      ['firearms', 255, true],
    ]);
  });

  it('keep a row whose label the vocabulary does not know as its own count, category NULL', () => {
    const out = read(['Pistols 120', 'Pump-action shotguns 95', 'Rifles 40']);
    expect(out.count_statements[0]?.counts.map((c) => [c.category, c.category_raw, c.quantity])).toEqual([
      ['pistols', 'Pistols', 120],
      [null, 'Pump-action shotguns', 95],
      ['rifles', 'Rifles', 40],
    ]);
  });
});
