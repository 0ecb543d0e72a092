import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FactKeyer, foldSourceText } from '../../src/warehouse/fact-keys.ts';

/**
 * A fact's key is the id analysts cite: the way it is computed may get faster, never different. Keys
 * computed before foldSourceText lower-cased with `toLowerCase` instead of `toLocaleLowerCase('und')`,
 * and before the contract columns were sorted once per shape of row, are pinned here.
 */
describe('fact keys, as cited', () => {
  it('are the keys computed by the code of 2026-11-27', () => {
    const explosion = { year: 2019, location: 'Arys', deaths: null, source_text: '2019  ARYS 3 ΣΟΦΟΣ', line_start: 2 };
    const count = { quantity: 5, category: 'rifles', source_text: 'İstanbul 5 RIFLES', country_iso3: 'TUR' };
    expect(new FactKeyer('k').next('explosions', explosion)).toBe('77077e8e05603b87fd947cf3361eac29');
    expect(new FactKeyer('k').next('weapon_counts', count)).toBe('796feafca5d756136d784b0e9e223162');
    // The same columns in another order are the same fact.
    const reordered = { source_text: explosion.source_text, line_start: 2, deaths: null, location: 'Arys', year: 2019 };
    expect(new FactKeyer('k').next('explosions', reordered)).toBe('77077e8e05603b87fd947cf3361eac29');
  });

  it('fold case as the root locale does, whatever the text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 40 }), fc.string({ unit: 'binary', maxLength: 40 }), (words, anything) => {
        for (const text of [words, anything, `${words.toUpperCase()} ${anything}Σ`]) {
          expect(foldSourceText(text)).toBe(text.normalize('NFC').replace(/\s+/gu, ' ').trim().toLocaleLowerCase('und'));
        }
      }),
      { numRuns: 2000 },
    );
  });
});
