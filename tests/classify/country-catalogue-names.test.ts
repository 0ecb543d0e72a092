import { describe, expect, it } from 'vitest';
import { rankCountries } from '../../src/classify/country.ts';
import { decodePlainText } from '../../src/decoders/text.ts';

const top = (text: string) => rankCountries(decodePlainText(text, 'utf-8'))[0]?.iso3 ?? null;

/**
 * The ISO catalogue writes some names inverted (`Moldova, Republic of`); pages write `Republic of Moldova`
 * or `Moldova`. A neighbour named in the opening paragraph must not win over the page's own country.
 */
describe('rankCountries with catalogue names in `Head, Tail of` form', () => {
  it('reads `Republic of Moldova` and `Moldova` as MDA, ahead of a neighbour named in the first paragraph', () => {
    const text = [
      'Republic of Moldova',
      'Security situation',
      'The war in neighbouring Ukraine has raised concerns about arms trafficking across the borders of Moldova.',
      'Related profiles: Ukraine, Romania',
    ].join('\n');
    expect(top(text)).toBe('MDA');
  });

  it('reads `Federated States of Micronesia` as FSM', () => {
    expect(top('Federated States of Micronesia\nAmmunition management country profile')).toBe('FSM');
  });

  it('does not make a bare `Korea` South Korea (North Korea shares the word)', () => {
    expect(rankCountries(decodePlainText('Korea\nAmmunition management country profile', 'utf-8'))).toEqual([]);
  });
});
