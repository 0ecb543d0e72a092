import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { agencyAliasesFromText, matchAgency } from '../../../src/transforms/categories.ts';
import { extractCountStatements } from '../../../src/transforms/count-statements/index.ts';

function agencyOf(text: string, language: string | null = null): [string | null, string | null] {
  const { statements } = extractCountStatements([{ text, span: { lineStart: 1, lineEnd: 1 } }], { reportedIn: 2024, language, agencyAliases: agencyAliasesFromText(text) });
  const first = statements[0];
  expect(first, text).toBeDefined();
  return [first?.agency ?? null, first?.agency_raw ?? null];
}

describe('agencies: the more specific unit named wins', () => {
  it('reads border troops of a national security body as the border guard, in every language', () => {
    expect(matchAgency('пограничными войсками Государственного комитета национальной безопасности')).toBe('border_guard');
    expect(matchAgency('the Border Service of the National Security Committee')).toBe('border_guard');
    expect(matchAgency("the National Security Committee's Border Service")).toBe('border_guard');
    expect(matchAgency('les garde-frontières du Service de sécurité nationale')).toBe('border_guard');
    expect(matchAgency('la Policía de Fronteras del Ministerio de Seguridad Nacional')).toBe('border_guard');
    expect(matchAgency('the General Authority for Border Protection')).toBe('border_guard');
    expect(matchAgency('the Border Patrol')).toBe('border_guard');
    expect(matchAgency('la Police aux frontières')).toBe('border_guard');
    // No border unit named: the security body, as before.
    expect(matchAgency('the Ministry of National Security')).toBe('national_security');
    expect(matchAgency('Государственного комитета национальной безопасности')).toBe('national_security');
  });

  it('reads a navy and an air force as defence (English, French, Spanish, Portuguese, Russian, Chinese, Arabic)', () => {
    for (const words of ['the Sri Lanka Navy', 'the Naval Forces', 'the Air Force', 'la Marine nationale', "l'Armée de l'air", 'la Armada de Colombia', 'la Secretaría de Marina', 'a Marinha do Brasil', 'Военно-морским флотом', 'ВМФ', '海军', 'القوات البحرية']) {
      expect(matchAgency(words), words).toBe('defence');
    }
    // An armed gang is no navy.
    expect(matchAgency('una banda armada')).toBeNull();
  });

  it('binds the agency in count statements (fresh8 shapes, other wordings)', () => {
    expect(agencyOf('In 2023 the Sri Lanka Navy seized 46 firearms at sea.', 'en')).toEqual(['defence', 'the Sri Lanka Navy']);
    expect(agencyOf('En 2022, la Armada Nacional incautó 31 fusiles.', 'es')).toEqual(['defence', 'la Armada Nacional']);
    expect(agencyOf('In 2022 the General Authority for Border Protection seized 86 weapons.', 'en')).toEqual(['border_guard', 'the General Authority for Border Protection']);
  });
});

describe('agencies: a footnote marker glued to the year before the subject', () => {
  it('is no part of the subject ([n], superscript digits, asterisks)', () => {
    for (const marker of ['[3]', '³', '*', '**', '[12]']) {
      expect(agencyOf(`In 2017${marker} the Ministry of Defence destroyed 3,050 surplus weapons.`, 'en')).toEqual(['defence', 'the Ministry of Defence']);
    }
    expect(agencyOf('En 2018[2] la Gendarmerie nationale a saisi 120 armes.', 'fr')).toEqual(['police', 'la Gendarmerie nationale']);
  });
});

describe('agencies: a body whose name holds commas', () => {
  it('keeps the whole name, from its article to its acronym', () => {
    expect(agencyOf('In 2021, the National Superintendency for the Control of Security Services, Arms, Ammunition and Explosives for Civilian Use (SUCAMEC) destroyed 12,580 firearms.', 'en')[1]).toBe(
      'the National Superintendency for the Control of Security Services, Arms, Ammunition and Explosives for Civilian Use (SUCAMEC)',
    );
    expect(agencyOf('En 2021, la Superintendencia Nacional de Control de Servicios de Seguridad, Armas, Municiones y Explosivos de Uso Civil (SUCAMEC) destruyó 12.580 armas.', 'es')[1]).toBe(
      'la Superintendencia Nacional de Control de Servicios de Seguridad, Armas, Municiones y Explosivos de Uso Civil (SUCAMEC)',
    );
  });

  it('still cuts at the comma after a place or a time (the subject opens with its own article)', () => {
    expect(agencyOf('In Lima, the police seized 40 pistols.', 'en')).toEqual(['police', 'the police']);
    expect(agencyOf('In 2020, Customs seized 12 rifles.', 'en')).toEqual(['customs', 'Customs']);
  });

  it('property: a name of capitalised words with commas inside, after a year and a comma, is read whole', () => {
    const word = fc.constantFrom('Arms', 'Ammunition', 'Explosives', 'Control', 'Services', 'Commission', 'Small', 'Weapons');
    const part = fc.array(word, { minLength: 1, maxLength: 3 }).map((ws) => ws.join(' '));
    fc.assert(
      fc.property(fc.array(part, { minLength: 1, maxLength: 3 }), fc.integer({ min: 2000, max: 2024 }), fc.integer({ min: 2, max: 9999 }), (parts, year, n) => {
        const name = `the National Office for ${parts.join(', ')} (NOSA)`;
        fc.pre(name.split(/\s+/u).length <= 24);
        expect(agencyOf(`In ${year}, ${name} destroyed ${n} firearms.`, 'en')[1]).toBe(name);
      }),
      { numRuns: 60 },
    );
  });
});

describe('agencies: an agent phrase that is a circumstance', () => {
  it('names no agency when an acronym stands far into a phrase opening with no name', () => {
    expect(agencyOf('Le 9 décembre 2023, 3 140 armes ont été détruites par incinération à Ouagadougou sous la supervision de la CNLPAL.', 'fr')).toEqual([null, null]);
    expect(agencyOf('In 2023, 900 weapons were destroyed by burning in the capital under the supervision of the NCSA.', 'en')).toEqual([null, null]);
    // The acronym as the agent itself is still read.
    expect(agencyOf('En 2023, 500 armes ont été saisies par la CNLPAL.', 'fr')).toEqual([null, 'la CNLPAL']);
  });
});
