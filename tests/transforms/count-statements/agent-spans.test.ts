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
});
