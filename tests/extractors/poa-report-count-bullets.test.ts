import { describe, expect, it } from 'vitest';
import { decodePlainText } from '../../src/decoders/text.ts';
import { poaReportExtractor } from '../../src/extractors/poa-report/index.ts';

/**
 * Bullets that each give a count and the weapons it counts (`- 1,850 rifles`, `• 1 120 шт. гладкоствольного оружия;`)
 * under a sentence announcing them with a colon (`destroyed the following ...:`, `изъято:`): one statement, the
 * sentence's year, action and agency, the bullets its parts, no total. They had loaded nothing (the lead-in has no
 * count, each bullet no action).
 */
const report = (heading: string, body: string[]) =>
  ['NATIONAL REPORT ON THE PROGRAMME OF ACTION', 'Date: 14.03.2024', '', heading, ...body, '', '9. Marking', 'All firearms are marked at import.'].join('\n');
const read = (text: string) =>
  poaReportExtractor
    .extract(decodePlainText(text, 'utf-8'), { kind: 'poa_report', countryIso3: null, reportYear: null, language: null, sourcePath: 'x' })
    .count_statements.map((s) => [s.line_start, s.line_end, s.year, s.action, s.agency, s.total, s.components_sum, s.reconciliation, s.counts.map((c) => [c.category, c.quantity])]);

describe('poa-report: count-first bullets under a lead-in', () => {
  it.each([
    [
      'en',
      report('3. Destruction', ['In 2022 the police destroyed the following at the Kaduna burning site:2', '- 1,850 rifles', '- 612 pistols', '- 96 machine guns']),
      [[5, 8, 2022, 'destroyed', 'police', null, 2558, 'no_total', [['rifles', 1850], ['pistols', 612], ['machine_guns', 96]]]],
    ],
    [
      'ru',
      report('2. Изъятие оружия', ['В 2022 году органами внутренних дел изъято:', '• 1 120 шт. гладкоствольного оружия;', '• 684 шт. нарезного оружия;', '• 312 пистолетов и револьверов;', '• 57 ед. самодельного оружия.']),
      [[5, 9, 2022, 'seized', 'police', null, 2173, 'no_total', [['smoothbore', 1120], ['rifled', 684], ['pistols_and_revolvers', 312], ['home_made', 57]]]],
    ],
    [
      'fr',
      report('2. Destruction', ['En 2022, la Police nationale a détruit :', '• 420 fusils ;', '• 135 pistolets.']),
      [[5, 7, 2022, 'destroyed', 'police', null, 555, 'no_total', [['rifles', 420], ['pistols', 135]]]],
    ],
    [
      'es',
      report('2. Destrucción', ['En 2022 la Policía Nacional destruyó las siguientes armas:', '- 420 fusiles', '- 135 pistolas']),
      [[5, 7, 2022, 'destroyed', 'police', null, 555, 'no_total', [['rifles', 420], ['pistols', 135]]]],
    ],
  ])('%s', (_language, text, expected) => {
    expect(read(text)).toEqual(expected);
  });

  it('a run with a bullet that counts no weapons, or a lead-in that announces nothing, is not joined', () => {
    expect(read(report('3. Destruction', ['In 2022 the police destroyed the following:', '- 1,850 rifles', '- 45 officers trained']))).toEqual([]);
    expect(read(report('3. Destruction', ['In 2022 the police destroyed weapons at two sites.', '- 1,850 rifles', '- 612 pistols']))).toEqual([]);
  });
});
