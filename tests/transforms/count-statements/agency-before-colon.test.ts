import { describe, expect, it } from 'vitest';
import type { Language } from '../../../src/language/types.ts';
import { extractCountStatements } from '../../../src/transforms/count-statements/index.ts';

/**
 * A key whose lead-in before a colon names the body its figure is of (`Nigeria Customs Service: firearms seized in
 * 2022: 1,340`): the agency is the lead-in (`Nigeria Customs Service`), the weapons after the colon are no part of its
 * name (they had been read as `Nigeria Customs Service: firearms`).
 */
const read = (text: string, language: Language) =>
  extractCountStatements([{ text, span: { lineStart: 1, lineEnd: 1 } }], { reportedIn: 2024, language }).statements.map((s) => [
    s.year,
    s.action,
    s.agency,
    s.agency_raw,
    s.total,
    s.counts.map((c) => c.category_raw),
  ]);

describe('an agency before a key’s colon', () => {
  it.each([
    ['Nigeria Customs Service: firearms seized in 2022: 1,340', 'en', 'customs', 'Nigeria Customs Service', 'firearms'],
    ['Policía Nacional: armas de fuego incautadas en 2022: 1.340', 'es', 'police', 'Policía Nacional', 'armas de fuego'],
    ['Police nationale : armes à feu saisies en 2022 : 1 340', 'fr', 'police', 'Police nationale', 'armes à feu'],
    ['Polícia Federal: armas de fogo apreendidas em 2022: 1.340', 'pt', 'police', 'Polícia Federal', 'armas de fogo'],
    ['Федеральная таможенная служба: единиц оружия изъято в 2022 году: 1 340', 'ru', 'customs', 'Федеральная таможенная служба', 'единиц оружия'],
  ] as const)('%s', (text, language, agency, raw, weapons) => {
    expect(read(text, language)).toEqual([[2022, 'seized', agency, raw, 1340, [weapons]]]);
  });

  it('words after a colon that name the body are still the subject', () => {
    expect(read('In 2022: the police seized 1,340 firearms.', 'en').map((s) => s.slice(2, 4))).toEqual([['police', 'the police']]);
  });
});
