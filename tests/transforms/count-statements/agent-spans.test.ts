import { describe, expect, it } from 'vitest';
import { extractCountStatements } from '../../../src/transforms/count-statements/index.ts';

const agencyOf = (text: string, language: string) =>
  extractCountStatements([{ text, span: { lineStart: 1, lineEnd: 1 } }], { reportedIn: 2024, language, agencyAliases: { LMPS: 'police' } }).statements.map((s) => [s.agency, s.agency_raw]);

describe('the words around an agency that are not its name', () => {
  it('words of change after the agent ("rose by 9 % to")', () => {
    expect(agencyOf('In 2023 seizures by the LMPS rose by 9 % to 1,526 firearms.', 'en')).toEqual([['police', 'the LMPS']]);
    expect(agencyOf('Seizures by the police increased by 12 % to 1,400 weapons in 2022.', 'en')).toEqual([['police', 'the police']]);
  });

  it('a whole date led by "On" before the subject', () => {
    expect(agencyOf('On 14 December 2023 the Lesotho Defence Force destroyed 2,115 firearms by cutting.', 'en')).toEqual([['defence', 'the Lesotho Defence Force']]);
    expect(agencyOf('On 3 May 2021 the police destroyed 200 rifles.', 'en')).toEqual([['police', 'the police']]);
  });

  it('a name closed by its acronym in brackets is one name: commas inside it, the acronym after an agent, more than ten words', () => {
    expect(agencyOf('In 2021, the National Superintendency for the Control of Security Services, Arms, Ammunition and Explosives for Civilian Use (SUCAMEC) destroyed 12,580 firearms.', 'en')).toEqual([
      [null, 'the National Superintendency for the Control of Security Services, Arms, Ammunition and Explosives for Civilian Use (SUCAMEC)'],
    ]);
    expect(agencyOf('En 2019, 1 204 armes ont été collectées par la Commission nationale pour la collecte et le contrôle des armes illicites (CNCCAI) à Niamey.', 'fr')).toEqual([
      [null, 'la Commission nationale pour la collecte et le contrôle des armes illicites (CNCCAI)'],
    ]);
    expect(agencyOf('In 2020, 300 weapons were destroyed by the Kenya Police Service (KPS) in Nairobi.', 'en')).toEqual([['police', 'the Kenya Police Service (KPS)']]);
    // A comma before a lower-case word still ends the words before the subject.
    expect(agencyOf('In Nairobi, the Kenya Police Service (KPS) seized 300 weapons.', 'en')).toEqual([['police', 'the Kenya Police Service (KPS)']]);
  });

  it('a circumstance after the agent ("lors de", "pendant", "durant") is no part of its name', () => {
    expect(agencyOf('En 2021, 500 armes ont été détruites par la Police nationale lors d’une cérémonie publique.', 'fr')).toEqual([['police', 'la Police nationale']]);
    expect(agencyOf('Depuis 2016, 8 000 armes ont été détruites par l’Armée pendant les campagnes de désarmement.', 'fr')).toEqual([['defence', 'l’Armée']]);
    expect(agencyOf('En 2020, 300 fusils ont été saisis par la Douane durant une opération conjointe.', 'fr')).toEqual([['customs', 'la Douane']]);
    expect(agencyOf('In 2021, 500 weapons were destroyed by the army during a public ceremony.', 'en')).toEqual([['defence', 'the army']]);
  });

  it('a place or circumstance phrase after the subject body is no part of its name, across a line break too', () => {
    expect(agencyOf('В 2023 году пограничными войсками Государственного комитета национальной безопасности\nна таджикско-афганской границе изъято 146 ед. стрелкового оружия.', 'ru')).toEqual([
      ['border_guard', 'пограничными войсками Государственного комитета национальной безопасности'],
    ]);
    for (const place of ['в Хатлонской области', 'на территории Хатлонской области', 'в ходе операции «Мак»', 'в г. Душанбе', '\nв Хатлонской области']) {
      expect(agencyOf(`В 2023 году органами внутренних дел ${place} изъято 146 единиц оружия.`, 'ru')).toEqual([['police', 'органами внутренних дел']]);
    }
    expect(agencyOf('In 2023, the police in the region of Khatlon seized 300 weapons.', 'en')).toEqual([['police', 'the police']]);
    expect(agencyOf('En 2023, la Policía Nacional en la región de Petén incautó 300 armas.', 'es')).toEqual([['police', 'la Policía Nacional']]);
    expect(agencyOf('En 2023, la gendarmerie dans la région de Kayes a saisi 300 armes.', 'fr')).toEqual([['police', 'la gendarmerie']]);
    expect(agencyOf('Em 2023, a Polícia Nacional na região de Cabo Delgado apreendeu 300 armas.', 'pt')).toEqual([['police', 'a Polícia Nacional']]);
  });

  it('a place after an agent is no part of its name ("along the western border", "aux postes frontières")', () => {
    expect(agencyOf('In 2022, 2,406 firearms were seized by the Border Security Force along the western border.', 'en')).toEqual([['border_guard', 'the Border Security Force']]);
    expect(agencyOf('In 2022, 300 rifles were recovered by the army across the northern provinces.', 'en')).toEqual([['defence', 'the army']]);
    expect(agencyOf('En 2021, 412 armes ont été saisies par les douanes aux postes frontières.', 'fr')).toEqual([['customs', 'les douanes']]);
  });

  it('two bodies joined before a place stay together (their joint count is neither\'s: agency NULL); a name joined by "and" is never cut there', () => {
    expect(agencyOf('In 2023, the police and the army in Khatlon seized 300 weapons.', 'en')).toEqual([[null, 'the police and the army']]);
    expect(agencyOf('In 2021, the General Department of Customs and Excise seized 40 rifles.', 'en')).toEqual([['customs', 'the General Department of Customs and Excise']]);
  });
});
