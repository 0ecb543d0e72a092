import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { leadingName } from '../../../src/transforms/count-statements/bind-agency.ts';
import { extractCountStatements } from '../../../src/transforms/count-statements/index.ts';

/**
 * agency_raw for bodies outside the agency vocabulary: the subject of the action verb, read as a name
 * (article, capitalised words, the lexicons' links and name adjectives), kept verbatim with its article
 * and code NULL. Where the words before the verb are no name, nothing is invented.
 */

/** The first statement's agency and raw words (report year 2020, language left to the reader). */
function agencyOf(text: string): { agency: string | null; agency_raw: string | null } {
  const { statements } = extractCountStatements([{ text, span: { lineStart: 1, lineEnd: 1 } }], { reportedIn: 2020, language: null });
  const first = statements[0];
  expect(first, text).toBeDefined();
  return { agency: first?.agency ?? null, agency_raw: first?.agency_raw ?? null };
}

describe('a named body outside the vocabulary, as the subject of the action verb', () => {
  it.each([
    // English: links between capitalised words, the article kept as for "the police".
    ['In 2019, the National Commission collected 1,870 weapons.', 'the National Commission'],
    ['In the same year, the Presidential Task Force on Illicit Arms destroyed 3,100 weapons.', 'the Presidential Task Force on Illicit Arms'],
    ['During 2016 the Office for Disarmament and Demobilisation collected 640 rifles.', 'the Office for Disarmament and Demobilisation'],
    ['In 2018, the Government destroyed 2,000 firearms.', 'the Government'],
    ['In 2015, the Wildlife Authority has also seized 35 rifles.', 'the Wildlife Authority'],
    ['Seized in 2017 by the Anti-Poaching Brigade: 48 rifles.', 'the Anti-Poaching Brigade'],
    // French: lower-case adjectives after the noun, elided links, an adverb after the auxiliary.
    ['En 2017, la Garde nationale a collecté 845 armes.', 'la Garde nationale'],
    ['En 2018, la Commission nationale a également détruit 1 200 armes.', 'la Commission nationale'],
    ["En 2016, l'Autorité Nationale d'Haïti a saisi 312 pistolets.", "l'Autorité Nationale d'Haïti"],
    ['En 2019, 950 armes ont été détruites par la Haute Autorité pour la Consolidation de la Paix.', 'la Haute Autorité pour la Consolidation de la Paix'],
    // Spanish and Portuguese.
    ['En 2019, la Comisión Nacional para el Desarme destruyó 2.000 armas de fuego.', 'la Comisión Nacional para el Desarme'],
    ['Durante 2015, la Dirección General de Material Bélico incautó 410 revólveres.', 'la Dirección General de Material Bélico'],
    ['Em 2019, a Comissão Nacional de Controlo de Armas apreendeu 300 armas de fogo.', 'a Comissão Nacional de Controlo de Armas'],
    ['Em 2014, o Instituto de Segurança Pública recolheu 150 espingardas.', 'o Instituto de Segurança Pública'],
  ])('%s -> %s, agency NULL', (text, raw) => {
    expect(agencyOf(text)).toEqual({ agency: null, agency_raw: raw });
  });
});

describe('the words before the verb are no name: nothing is invented', () => {
  it.each([
    'In 2019, members of the public surrendered 612 firearms.',
    'In 2019, they collected 300 weapons.',
    'In 2019, it destroyed 300 weapons.',
    'In Abidjan the National Commission collected 300 weapons.',
    'In 2019, local communities surrendered 300 weapons.',
    'In 2019, the Northern region collected 200 rifles.',
    // An unknown adverb between the name and the verb: the name is not cut out of the words (NULL, not a guess).
    'In 2019, the National Commission successfully destroyed 300 weapons.',
    // A lower-case word after the noun that is no name adjective ends the name.
    'En 2018, la Commission nationale de désarmement a détruit 1 200 armes.',
    'En 2019, los vecinos entregaron 120 armas de fuego.',
    'Em 2019, os agentes de fronteira apreenderam 120 armas de fogo.',
    // The count before the action: a name before another verb reported the count, it did not act.
    'The Small Arms Survey estimates 5,000 weapons were destroyed in 2019.',
    'En 2019, la Comisión Nacional registró 1.250 armas de fuego incautadas.',
  ])('%s', (text) => {
    expect(agencyOf(text)).toEqual({ agency: null, agency_raw: null });
  });

  it('a Russian instrumental outside the vocabulary keeps its words (a body noun, a capital on its first word; code NULL)', () => {
    expect(agencyOf('В 2017 году Государственным комитетом судебных экспертиз уничтожено 300 единиц оружия.')).toEqual({
      agency: null,
      agency_raw: 'Государственным комитетом судебных экспертиз',
    });
  });
});

describe('a known agency whose verb stands before the count keeps only its own words', () => {
  it.each([
    ['En 2016, la Policía Nacional registró 1.250 armas de fuego incautadas.', 'police', 'la Policía Nacional'],
    ['En 2016, la police nationale a enregistré 640 armes saisies.', 'police', 'la police nationale'],
    ['In 2019, the Ghana Police Service reported 300 weapons seized.', 'police', 'the Ghana Police Service'],
    ['Em 2018, a Polícia Federal registou 220 armas apreendidas.', 'police', 'a Polícia Federal'],
    ['В 2017 году Министерством обороны уничтожено 500 единиц оружия.', 'defence', 'Министерством обороны'],
  ])('%s -> %s "%s"', (text, agency, raw) => {
    expect(agencyOf(text)).toEqual({ agency, agency_raw: raw });
  });

  it('words after the name that are more than a verb are kept as before', () => {
    expect(agencyOf('In 2019, the internal affairs agencies registered 300 weapons seized.')).toEqual({ agency: 'police', agency_raw: 'the internal affairs agencies registered' });
  });
});

describe('leadingName', () => {
  it('reads an article, capitalised words, links between them and name adjectives after them', () => {
    expect(leadingName('the Presidential Committee on Small Arms and Light Weapons')).toEqual({ name: 'the Presidential Committee on Small Arms and Light Weapons', rest: '', article: true });
    expect(leadingName('la Garde nationale')).toEqual({ name: 'la Garde nationale', rest: '', article: true });
    expect(leadingName('la Policía Nacional registró')).toEqual({ name: 'la Policía Nacional', rest: 'registró', article: true });
    expect(leadingName("l'Autorité d'Haïti")).toEqual({ name: "l'Autorité d'Haïti", rest: '', article: true });
    expect(leadingName('Kenya Forest Service')).toEqual({ name: 'Kenya Forest Service', rest: '', article: false });
  });

  it('a link or an adjective never ends a name, nor opens one', () => {
    expect(leadingName('the Commission of the')).toEqual({ name: 'the Commission', rest: 'of the', article: true });
    expect(leadingName('la Commission de lutte')).toEqual({ name: 'la Commission', rest: 'de lutte', article: true });
    expect(leadingName('la nationale Commission')).toBeNull();
    expect(leadingName('members of the public')).toBeNull();
    expect(leadingName('the')).toBeNull();
  });

  it('the name is always the start of the phrase, and the rest what follows it', () => {
    const word = fc.constantFrom('the', 'la', 'of', 'de', 'Commission', 'Nationale', 'nationale', 'public', 'Arms', 'registró', "l'Autorité", 'police', 'y');
    fc.assert(
      fc.property(fc.array(word, { minLength: 1, maxLength: 8 }), (words) => {
        const phrase = words.join(' ');
        const read = leadingName(phrase);
        if (read === null) return;
        expect(phrase.startsWith(read.name)).toBe(true);
        expect(`${read.name} ${read.rest}`.trim()).toBe(phrase);
        expect(read.name).not.toMatch(/\s(?:of|de|y)$/u);
      }),
    );
  });
});
