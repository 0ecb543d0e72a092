import { describe, expect, it } from 'vitest';
import type { Language } from '../../../src/language/types.ts';
import { extractCountStatements } from '../../../src/transforms/count-statements/index.ts';

/** Every statement of one sentence, as [year, action, agency, total, counts]. */
function read(text: string, language: Language): unknown[] {
  return extractCountStatements([{ text, span: { lineStart: 1, lineEnd: 1 } }], { reportedIn: 2023, language }).statements.map((s) => [
    s.year,
    s.action,
    s.agency,
    s.total,
    s.counts.map((c) => `${c.category} ${c.quantity}`),
  ]);
}

// Spanish police write `intervenir` for seizing weapons ("la Policía Nacional intervino doce fusiles"): it had loaded
// nothing (an info said no action word was read), the counts in words as well as in digits.
describe('intervenir is a seized action in Spanish', () => {
  it.each([
    ['En 2022, la Policía Nacional intervino doce fusiles y tres pistolas en un contenedor del puerto de Algeciras.', [[2022, 'seized', 'police', null, ['rifles 12', 'pistols 3']]]],
    ['En 2022, la Guardia Civil intervino 340 armas de fuego.', [[2022, 'seized', 'police', 340, ['firearms 340']]]],
    ['En 2021 los Mossos intervinieron doscientas treinta y ocho armas largas.', [[2021, 'seized', null, 238, ['long_guns 238']]]],
    ['En 2021 fueron intervenidas 45 pistolas.', [[2021, 'seized', null, 45, ['pistols 45']]]],
    ['En 2021 se intervinieron once escopetas.', [[2021, 'seized', null, 11, ['shotguns 11']]]],
  ] as const)('%s', (text, expected) => {
    expect(read(text, 'es')).toEqual(expected);
  });

  it('the noun intervención and intervening in operations are no seizure', () => {
    expect(read('En 2021 la Policía ha intervenido en 30 operaciones.', 'es')).toEqual([]);
    expect(read('La intervención de 2021 permitió destruir 300 armas.', 'es').map((s) => (s as unknown[])[1])).not.toContain('seized');
  });
});
