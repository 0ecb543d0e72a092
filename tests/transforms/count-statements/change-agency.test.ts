import { describe, expect, it } from 'vitest';
import type { Language } from '../../../src/language/types.ts';
import { extractCountStatements } from '../../../src/transforms/count-statements/index.ts';

/**
 * A percentage change beside a count (`rose by 9 % to 1,526 firearms`): the count after it is the statement's total,
 * the percentage no count, and the words of the change (`rose by`, `ont augmenté de`, `aumentaron en`, `выросло на`)
 * are the sentence's verb, never part of the agency's words.
 */
const read = (text: string, language: Language) =>
  extractCountStatements([{ text, span: { lineStart: 1, lineEnd: 1 } }], { reportedIn: 2024, language }).statements.map((s) => [s.year, s.action, s.agency_raw, s.total]);

describe('a change beside a count', () => {
  it.each<[string, Language, string, number]>([
    ['In 2023 seizures by the LMPS rose by 9 % to 1,526 firearms.', 'en', 'the LMPS', 1526],
    ['In 2023 seizures by the Border Police increased by 12 per cent to 1,400 firearms.', 'en', 'the Border Police', 1400],
    ['En 2023, les saisies par la Gendarmerie nationale ont augmenté de 14 % pour atteindre 1 092* armes.', 'fr', 'la Gendarmerie nationale', 1092],
    ['En 2023, las armas incautadas por la Policía Nacional Civil aumentaron en un 9 % hasta 1.526 armas de fuego.', 'es', 'la Policía Nacional Civil', 1526],
    ['В 2023 году изъято органами внутренних дел 1 526 единиц оружия, что выросло на 9 %.', 'ru', 'органами внутренних дел', 1526],
  ])('%s', (text, language, agency, total) => {
    expect(read(text, language)).toEqual([[2023, 'seized', agency, total]]);
  });

  const parts = (text: string, language: Language) =>
    extractCountStatements([{ text, span: { lineStart: 1, lineEnd: 1 } }], { reportedIn: 2024, language }).statements.map((s) => [
      s.total,
      s.reconciliation,
      s.counts.map((c) => [c.category, c.quantity, c.is_total]),
    ]);

  it('the level a percentage change reaches is the total, of the weapons named before the change', () => {
    expect(parts('In 2023 firearm seizures by the National Police Agency rose by 12 % to 1,400[1], of which 1,150 were hunting rifles and 250 were pistols.', 'en')).toEqual([
      [1400, 'balanced', [['firearms', 1400, true], ['hunting', 1150, false], ['pistols', 250, false]]],
    ]);
    expect(parts('In 2022 rifle seizures fell by 5.5 per cent to 830.', 'en')).toEqual([[830, 'no_parts', [['rifles', 830, true]]]]);
    expect(parts("En 2023, les saisies d'armes à feu par la Gendarmerie nationale ont augmenté de 14 % pour atteindre 1 092**.", 'fr')).toEqual([
      [1092, 'no_parts', [['firearms', 1092, true]]],
    ]);
    expect(parts('В 2023 году изъятия огнестрельного оружия органами внутренних дел выросли на 9 % до 1 526.', 'ru')).toEqual([[1526, 'no_parts', [['firearms', 1526, true]]]]);
  });

  it('reads no level where its weapons are not known or the number counts something else', () => {
    // Two categories before the change: whose level 1,400 is would be a guess.
    expect(parts('In 2023 seizures of pistols and rifles rose by 12 % to 1,400.', 'en')).toEqual([]);
    // A noun after the number: it counts that, not the weapons before.
    expect(parts('In 2023 firearm seizures rose by 12 % to 1,400 cases.', 'en')).toEqual([]);
    // No change before the number: nothing is borrowed from the words before.
    expect(parts('In 2023 firearm seizures were recorded in 1,400.', 'en')).toEqual([]);
    // The other term of a comparison, a year or a figure, is no level reached.
    expect(parts('Seizures of firearms at the border rose by 14 % compared with 2021.', 'en')).toEqual([]);
    expect(parts('In 2023 firearm seizures rose by 12 % compared with 1,250.', 'en')).toEqual([]);
    // The level a change started from is no count: `from 1,250`, `de 1 250`, `с 1 250`.
    expect(parts('In 2023 firearm seizures rose by 12 % from 1,250.', 'en')).toEqual([]);
    expect(parts("En 2023, les saisies d'armes à feu ont augmenté de 14 % en partant de 1 250.", 'fr')).toEqual([]);
    expect(parts('В 2023 году изъятия огнестрельного оружия выросли на 9 % с 1 400.', 'ru')).toEqual([]);
    expect(parts('In 2018 weapons were handed in under the amnesty law, an increase of 22 % on 2017.', 'en')).toEqual([]);
    expect(parts("En 2023, les saisies d'armes ont augmenté de 14 % par rapport à 2022.", 'fr')).toEqual([]);
  });
});

// "las incautaciones de armas de fuego de la Policía Nacional aumentaron ...": the action noun's second "of" phrase,
// right after its weapons, names the body that acted (it had loaded the level with no agency).
describe('the body named by "of" after the weapons of an action noun', () => {
  it.each<[string, Language, string | null, number]>([
    ['En 2023, las incautaciones de armas de fuego de la Policía Nacional aumentaron un 9 % hasta 1 320.', 'es', 'la Policía Nacional', 1320],
    ['En 2023, las incautaciones de armas de fuego del Servicio de Vigilancia Aduanera ascendieron a 245.', 'es', 'Servicio de Vigilancia Aduanera', 245],
    ["En 2023, les saisies d'armes à feu de la Gendarmerie nationale ont atteint 1 526.", 'fr', 'la Gendarmerie nationale', 1526],
    ['Em 2023, as apreensões de armas de fogo da Polícia Federal aumentaram 9 % para 1 320.', 'pt', 'Polícia Federal', 1320],
    ['In 2023, seizures of firearms of the police rose to 1,526.', 'en', 'the police', 1526],
    // An "of" phrase naming no body of the vocabulary (a place) is no agency.
    ['En 2023, las incautaciones de armas de fuego de la provincia de Salta aumentaron un 9 % hasta 1 320.', 'es', null, 1320],
  ])('%s', (text, language, agency, total) => {
    expect(read(text, language)).toEqual([[2023, 'seized', agency, total]]);
  });
});

describe('customs named by its adjective', () => {
  const codes = (text: string, language: Language) =>
    extractCountStatements([{ text, span: { lineStart: 1, lineEnd: 1 } }], { reportedIn: 2024, language }).statements.map((s) => [s.agency_raw, s.agency]);

  it.each<[string, Language, string]>([
    ['En 2023, el Servicio de Vigilancia Aduanera incautó 245 armas.', 'es', 'el Servicio de Vigilancia Aduanera'],
    ['En 2023, el Servicio Nacional Aduanero incautó 245 armas.', 'es', 'el Servicio Nacional Aduanero'],
    ['En 2023, les services douaniers ont saisi 245 armes.', 'fr', 'les services douaniers'],
    ["En 2023, l'administration douanière a saisi 245 armes.", 'fr', "l'administration douanière"],
  ])('%s', (text, language, raw) => {
    expect(codes(text, language)).toEqual([[raw, 'customs']]);
  });
});
