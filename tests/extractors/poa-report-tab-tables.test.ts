import { describe, expect, it } from 'vitest';
import { decodePlainText } from '../../src/decoders/text.ts';
import { poaReportExtractor } from '../../src/extractors/poa-report/index.ts';

/**
 * A two-column tab-separated table under a title naming its action, year and agency (`Armas incautadas por el Servicio
 * de Vigilancia Aduanera en 2022` / `Tipo<TAB>Incautadas` / `Pistolas<TAB>146` / ... / `Total<TAB>245`): one statement,
 * the Total row its total, the type rows its parts. It had loaded nothing and said nothing.
 */
const extract = (text: string) =>
  poaReportExtractor.extract(decodePlainText(text, 'utf-8'), { kind: 'poa_report', countryIso3: null, reportYear: null, language: null, sourcePath: 'x.txt' });
const report = (heading: string, table: string[]) => ['INFORME NACIONAL SOBRE EL PROGRAMA DE ACCIÓN', 'Fecha: 30/06/2023', '', heading, ...table, '', '9. Marking', 'Firearms are marked at import.'].join('\n');
const read = (text: string) =>
  extract(text).count_statements.map((s) => [s.line_start, s.line_end, s.year, s.action, s.agency, s.total, s.components_sum, s.reconciliation, s.counts.map((c) => [c.category, c.quantity, c.is_total])]);

describe('poa-report: a tab-separated table under a title', () => {
  it.each([
    [
      'es',
      report('2. Incautaciones', ['Armas incautadas por el Servicio de Vigilancia Aduanera en 2022', 'Tipo\tIncautadas', 'Pistolas\t146', 'Revólveres\t38', 'Escopetas\t61', 'Total\t245']),
      [[5, 10, 2022, 'seized', 'customs', 245, 245, 'balanced', [['pistols', 146, false], ['revolvers', 38, false], ['shotguns', 61, false], ['firearms', 245, true]]]],
    ],
    [
      'en',
      report('2. Destruction', ['Firearms destroyed by the Police in 2021', 'Type\tDestroyed', 'Rifles\t120', 'Pistols\t80', 'Total\t200']),
      [[5, 9, 2021, 'destroyed', 'police', 200, 200, 'balanced', [['rifles', 120, false], ['pistols', 80, false], ['firearms', 200, true]]]],
    ],
  ])('%s', (_language, text, expected) => {
    expect(read(text)).toEqual(expected);
  });
});
