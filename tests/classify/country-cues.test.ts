import { describe, expect, it } from 'vitest';
import { rankCountries } from '../../src/classify/country.ts';
import { decodePlainText } from '../../src/decoders/text.ts';

/**
 * Names that are also common words or other places (Georgia, Niger, Guinea, Jordan) count only with a cue, a
 * cued name inside a longer state's name is that state's, and an adjective ("Kyrgyz", "Ghanaian") names no
 * state on its own.
 */
const ranked = (lines: string[]) => rankCountries(decodePlainText(`${lines.join('\n')}\n`, 'utf-8')).map((c) => c.iso3);

describe('names that need a cue', () => {
  it.each([
    ['Atlanta, Georgia, hosted the workshop', []],
    ['Oil spills in the Niger Delta', []],
    ['Rifles crossed the Jordan River valley', []],
    ['A guinea pig study', []],
    ['The Government of Georgia reported', ['GEO']],
    ['Report of the Republic of the Niger', ['NER']],
    ['Hashemite Kingdom of Jordan', ['JOR']],
    ['Georgia', ['GEO']],
  ])('%s -> %j', (line, expected) => {
    expect(ranked(['Survey notes', '', '', '', '', '', '', '', '', line])).toEqual(expected);
  });

  it('Guinea inside Equatorial Guinea, Guinea-Bissau or Papua New Guinea is that state, not Guinea', () => {
    expect(ranked(['República de Guinea Ecuatorial'])).toEqual(['GNQ']);
    expect(ranked(['Republic of Guinea-Bissau'])).toEqual(['GNB']);
    expect(ranked(['The Government of Papua New Guinea'])).toEqual(['PNG']);
  });
});

describe('adjectives name no state on their own', () => {
  it('"Kyrgyz authorities" and "Tajik border guards" alone give no country', () => {
    expect(ranked(['The Kyrgyz authorities seized 40 rifles.', 'Tajik border guards destroyed 12 pistols.'])).toEqual([]);
  });

  it('"Ghanaian authorities" in Togo\'s report leaves the report Togo\'s', () => {
    expect(ranked(['National report of Togo', 'Ghanaian authorities returned 14 rifles to the Togolese police.', 'Togo destroyed 300 weapons.'])[0]).toBe('TGO');
  });
});
