import { describe, expect, it } from 'vitest';
import { decodePlainText } from '../../src/decoders/text.ts';
import { poaReportExtractor } from '../../src/extractors/poa-report/index.ts';

/**
 * Counts as bullets with colons (`- AK-47 rifles: 3,602`) under the sentence that gives the action, agency, year and
 * total, or under a caption-like line without a total. A model designation before the category (`AK-47`, `G3`, `PKM`,
 * `RPG`) names a model of it: the label is still a weapon category, its digits never a count. Ammunition, equipment and
 * money bullets of the same shape are no parts.
 */
const extract = (body: string[]) =>
  poaReportExtractor.extract(
    decodePlainText(
      ['NATIONAL REPORT ON THE IMPLEMENTATION OF THE PROGRAMME OF ACTION', 'Juba, 20 March 2024', '', '2. Collection and destruction', ...body].join('\n'),
      'utf-8',
    ),
    { kind: 'poa_report', countryIso3: 'SSD', reportYear: null, language: 'en', sourcePath: 'report.txt' },
  );

const read = (body: string[]) =>
  extract(body).count_statements.map((s) => [s.year, s.action, s.total, s.components_sum, s.reconciliation, s.counts.map((c) => [c.quantity, c.category, c.category_raw])]);

describe('bullets with colons under the sentence they break down', () => {
  it('reads model names in the labels as part of the category, and leaves the ammunition bullet out', () => {
    expect(
      read([
        'In 2021, the National Police collected 2,360 weapons in Jonglei, as follows:',
        '- AK-47 rifles: 1,900',
        '- G3 rifles: 300',
        '- PKM machine guns: 110',
        '- RPG-7 launchers: 50',
        '- Ammunition: 12,000 rounds',
      ]),
    ).toEqual([
      [2021, 'collected', 2360, 2360, 'balanced', [
        [2360, 'firearms', 'weapons'],
        [1900, 'rifles', 'AK-47 rifles'],
        [300, 'rifles', 'G3 rifles'],
        [110, 'machine_guns', 'PKM machine guns'],
        [50, 'grenade_launchers', 'RPG-7 launchers'],
      ]],
    ]);
  });

  it('reads a list under a caption-like line without a total as no_total, the tonnes of ammunition left out', () => {
    expect(
      read([
        'Firearms destroyed by the army in 2022 (public burning, 3 June 2022):',
        '- M16 rifles: 400',
        '- Pistols: 85',
        '- Unserviceable ammunition: 1.5 tonnes',
      ]),
    ).toEqual([[2022, 'destroyed', null, 485, 'no_total', [[400, 'rifles', 'M16 rifles'], [85, 'pistols', 'Pistols']]]]);
  });

  it('reads no count from a list of equipment and money of the same shape', () => {
    expect(read(['Needs identified in 2023:', '- Marking machines: 10', '- Storage containers: 25', '- Estimated cost: USD 1,200,000'])).toEqual([]);
  });
});
