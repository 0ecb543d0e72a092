import { describe, expect, it } from 'vitest';
import { extractCountStatements } from '../../../src/transforms/count-statements/index.ts';
import type { Language } from '../../../src/language/types.ts';

/**
 * A year written inside the words of a period is no calendar year of the counts: the year a cumulative span started
 * ("Since the weapons reform programme began in 1999, more than 200,000 ..."), a financial year ("FY2023", "financial
 * year 2023", "l'exercice 2023"). The statement has year NULL with a year-unknown info, and takes no year from the
 * sentence before either (the period is its own).
 */

const read = (text: string, language: Language = 'en') => {
  const out = extractCountStatements([{ text, span: { lineStart: 1, lineEnd: 1 } }], { reportedIn: 2024, language, agencyAliases: {} });
  return out.statements.map((s) => [s.year, s.year_basis, s.action, s.total]);
};

describe('a year inside a period phrase is no year of the counts', () => {
  it.each([
    ['Since the weapons reform programme began in 1999, more than 200,000 weapons have been destroyed.', 'en', 'destroyed', 200000],
    ['Since its launch in 2009, the campaign has collected 48,000 weapons.', 'en', 'collected', 48000],
    ['Since the start of the amnesty in March 2015, 12,000 firearms were surrendered.', 'en', 'surrendered', 12000],
    ['Depuis le lancement du programme en 1999, plus de 200 000 armes ont été détruites.', 'fr', 'destroyed', 200000],
    ['Desde que comenzó el programa en 1999, se destruyeron más de 200.000 armas.', 'es', 'destroyed', 200000],
    ['Desde o início do programa em 2004, foram recolhidas 712.000 armas.', 'pt', 'collected', 712000],
    ['С начала программы в 1999 году уничтожено 200 000 единиц оружия.', 'ru', 'destroyed', 200000],
  ] as const)('%s -> year NULL', (text, language, action, total) => {
    expect(read(text, language)).toEqual([[null, null, action, total]]);
  });

  it.each([
    ['In FY2023 the armed forces destroyed 3,400 small arms.', 'en'],
    ['During FY 2022/23 the police destroyed 3,400 weapons.', 'en'],
    ['In financial year 2023 the police destroyed 3,400 weapons.', 'en'],
    ['In the 2022/23 fiscal year, the police destroyed 3,400 weapons.', 'en'],
    ["Au cours de l'exercice 2023, la police a détruit 3 400 armes.", 'fr'],
    ['En el ejercicio fiscal 2023, la policía destruyó 3.400 armas.', 'es'],
  ] as const)('%s -> a financial year is no calendar year, even after a sentence naming one', (text, language) => {
    const before = language === 'fr' ? 'En 2023, la police a saisi 100 armes. ' : language === 'es' ? 'En 2023, la policía incautó 100 armas. ' : 'In 2023, the police seized 100 pistols. ';
    expect(read(`${before}${text}`, language)).toEqual([
      [2023, 'stated', 'seized', 100],
      [null, null, 'destroyed', 3400],
    ]);
  });

  it.each([
    // The period is somewhere else in the sentence: the stated year is the counts'.
    ['In 2019, during the reporting period, the police destroyed 300 weapons.', 2019],
    ['In 2019 the police destroyed 300 weapons seized since 2015.', 2019],
    ['In 2018 the police destroyed 300 weapons collected since the programme began in 2009.', 2018],
  ] as const)('%s -> %i', (text, year) => {
    expect(read(text)).toEqual([[year, 'stated', 'destroyed', 300]]);
  });
});

describe('a period or a paragraph number opening the sentence is no part of the subject', () => {
  it.each([
    ['1.4 In FY2023 the Royal Cambodian Armed Forces destroyed some 3,400 small arms.', 'defence', 'the Royal Cambodian Armed Forces'],
    ['In 2019/2020 the General Department of Customs and Excise seized up to 250 firearms.', 'customs', 'the General Department of Customs and Excise'],
    ['During FY 2022/23 the National Police destroyed 300 weapons.', 'police', 'the National Police'],
    ['2.3 In 2019 the army destroyed 300 weapons.', 'defence', 'the army'],
    ['В 2020–2021 годах Министерством обороны уничтожено 3 460 единиц оружия.', 'defence', 'Министерством обороны', 'ru'],
  ] as const)('%s -> %s', (text, agency, raw, language: Language = 'en') => {
    const out = extractCountStatements([{ text, span: { lineStart: 1, lineEnd: 1 } }], { reportedIn: 2024, language, agencyAliases: {} });
    expect(out.statements.map((s) => [s.agency, s.agency_raw])).toEqual([[agency, raw]]);
  });
});
