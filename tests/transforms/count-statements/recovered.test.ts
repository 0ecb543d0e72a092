import { describe, expect, it } from 'vitest';
import type { Language } from '../../../src/language/types.ts';
import { extractCountStatements } from '../../../src/transforms/count-statements/index.ts';

/** The first statement of one sentence, as [year, action, agency, total, counts]. */
function read(text: string, language: Language): unknown {
  const [first] = extractCountStatements([{ text, span: { lineStart: 1, lineEnd: 1 } }], { reportedIn: 2020, language }).statements;
  return first ? [first.year, first.action, first.agency, first.total, first.counts.map((c) => `${c.approx ? '~' : ''}${c.category} ${c.quantity}`)] : null;
}

// English reads 'recovered' as seized; the Latin languages say it with récupérer, recuperar.
describe('recovered is a seized action in every Latin lexicon', () => {
  it.each([
    ['L’année dernière, la Police nationale a récupéré environ 350 armes lors d’opérations de fouille.', 'fr', [2019, 'seized', 'police', 350, ['~firearms 350']]],
    ['En 2018, 120 pistolets ont été récupérés par la gendarmerie.', 'fr', [2018, 'seized', 'police', 120, ['pistols 120']]],
    ['La douane a récupéré 12 fusils en 2017.', 'fr', [2017, 'seized', 'customs', 12, ['rifles 12']]],
    ['En 2016, 64 armes à feu récupérées ont été remises au parquet.', 'fr', [2016, 'seized', null, 64, ['firearms 64']]],
    ['En 2018, la policía recuperó 300 armas de fuego.', 'es', [2018, 'seized', 'police', 300, ['firearms 300']]],
    ['En 2018 fueron recuperadas 300 armas de fuego.', 'es', [2018, 'seized', null, 300, ['firearms 300']]],
    ['En 2017 se recuperaron 40 pistolas.', 'es', [2017, 'seized', null, 40, ['pistols 40']]],
    ['Em 2018, a polícia recuperou 300 armas de fogo.', 'pt', [2018, 'seized', 'police', 300, ['firearms 300']]],
    ['Em 2018 foram recuperadas 300 armas de fogo.', 'pt', [2018, 'seized', null, 300, ['firearms 300']]],
    ['Em 2019 foram recuperados 25 revólveres.', 'pt', [2019, 'seized', null, 25, ['revolvers 25']]],
    ['In 2018, the police recovered 300 firearms.', 'en', [2018, 'seized', 'police', 300, ['firearms 300']]],
  ] as const)('%s', (text, language, expected) => {
    expect(read(text, language)).toEqual(expected);
  });

  it.each([
    ['La récupération des armes se poursuit.', 'fr'],
    ['En 2018 se inició la recuperación de armas.', 'es'],
  ] as const)('%s: the noun names no count', (text, language) => {
    expect(read(text, language)).toBeNull();
  });
});
