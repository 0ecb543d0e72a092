import { describe, expect, it } from 'vitest';
import { agencyAliasesFromText } from '../../../src/transforms/categories.ts';
import { extractCountStatements } from '../../../src/transforms/count-statements/index.ts';

/**
 * Subjects the agency binder had passed over: a body before a light verb and an action noun ("a procédé à la
 * destruction de"), adjectives coordinated inside a name ("la Garde nationale et nomade"), a Russian name with a
 * capital on its first word only ("Войсками национальной гвардии"), and a short form in mixed case that the
 * document defines ("the Indonesian National Police (Polri)").
 */
function agencyOf(text: string, language: string | null = null): [string | null, string | null] {
  const aliases = agencyAliasesFromText(text);
  const { statements } = extractCountStatements([{ text, span: { lineStart: 1, lineEnd: 1 } }], { reportedIn: 2021, language, agencyAliases: aliases });
  const last = statements.at(-1);
  expect(last, text).toBeDefined();
  return [last?.agency ?? null, last?.agency_raw ?? null];
}

describe('a light verb before an action noun is not part of the subject', () => {
  it.each([
    ['fr', 'En 2020, la Commission nationale a procédé à la destruction de 1 450 armes à feu.', [null, 'la Commission nationale']],
    ['fr', "En 2018, la Police nationale a procédé à la saisie de 300 armes.", ['police', 'la Police nationale']],
    ['en', 'In 2020 the National Commission carried out the destruction of 1,450 firearms.', [null, 'the National Commission']],
    ['en', 'In 2020 the police conducted the destruction of 200 rifles.', ['police', 'the police']],
    // The body that received weapons surrendered to it: `received in` / `recibió en` is its verb, not its name.
    ['en', 'In 2023, the National Police received through voluntary surrender 300 firearms.', ['police', 'the National Police']],
    ['es', 'En 2023, la Dirección General de Control de Armas y Municiones (DIGECAM) recibió en entrega voluntaria 1.046 armas de fuego.', [null, 'la Dirección General de Control de Armas y Municiones (DIGECAM)']],
    ['es', 'En 2023, la Policía Nacional Civil recibió en entrega voluntaria 1.046 armas de fuego.', ['police', 'la Policía Nacional Civil']],
    ['fr', 'En 2023, la Police nationale a reçu en remise volontaire 300 armes à feu.', ['police', 'la Police nationale']],
    ['pt', 'Em 2023, a Polícia Nacional recebeu em entrega voluntária 300 armas de fogo.', ['police', 'a Polícia Nacional']],
  ] as const)('%s: %s', (language, text, expected) => {
    expect(agencyOf(text, language)).toEqual(expected);
  });
});

describe('adjectives coordinated inside a body name', () => {
  it.each([
    ['fr', 'En 2020, la Garde nationale et nomade a collecté 95 armes.', [null, 'la Garde nationale et nomade']],
    ['es', 'En 2020, la Policía Nacional y Rural incautó 300 armas de fuego.', ['police', 'la Policía Nacional y Rural']],
  ] as const)('%s: %s', (language, text, expected) => {
    expect(agencyOf(text, language)).toEqual(expected);
  });

  it('a link followed by a word that is no adjective still ends the name (nothing invented)', () => {
    expect(agencyOf('En 2020, la Garde nationale et ses partenaires ont collecté 95 armes.', 'fr')[1]).not.toBe('la Garde nationale et ses partenaires');
  });
});

describe('a Russian body named with a capital on its first word only', () => {
  it.each([
    ['Войсками национальной гвардии в 2017 году уничтожено 308 115 единиц оружия.', [null, 'Войсками национальной гвардии']],
    ['Государственной инспекцией в 2016 году изъято 120 единиц оружия.', [null, 'Государственной инспекцией']],
    ['Федеральной таможенной службой в 2019 году изъято 1 200 единиц оружия.', ['customs', 'Федеральной таможенной службой']],
  ] as const)('%s', (text, expected) => {
    expect(agencyOf(text, 'ru')).toEqual(expected);
  });

  it('citizens are no body: no agency', () => {
    expect(agencyOf('В 2018 году гражданами добровольно сдано 86 430 единиц оружия.', 'ru')).toEqual([null, null]);
  });
});

describe('a short form in mixed case the document defines', () => {
  it('Polri -> police, after the document names the Indonesian National Police (Polri)', () => {
    expect(agencyAliasesFromText('In 2019, the Indonesian National Police (Polri) seized 1,087 firearms.')).toEqual({ Polri: 'police' });
    expect(agencyOf('In 2019, the Indonesian National Police (Polri) seized 1,087 firearms. In 2015, Polri destroyed 3,220 weapons.', 'en')).toEqual(['police', 'Polri']);
  });

  it('a capitalised word in parentheses that cannot be the short form of the name is no alias', () => {
    expect(agencyAliasesFromText('In 2019, the Indonesian National Police (Jakarta) seized 1,087 firearms.')).toEqual({});
  });

  it('an alias of upper-case letters still works as before', () => {
    expect(agencyAliasesFromText('the Jamaica Constabulary Force (JCF) seized 40 pistols.')).toEqual({ JCF: 'police' });
  });
});
