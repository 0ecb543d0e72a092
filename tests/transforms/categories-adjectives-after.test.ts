import { describe, expect, it } from 'vitest';
import { matchWeaponCategory } from '../../src/transforms/categories.ts';

/**
 * In French, Spanish and Portuguese the adjective follows the noun: `32 pistolets automatiques` names its pistols with
 * both words, as `32 automatic pistols` does in English (category_raw had kept `pistolets` alone).
 */
describe('an adjective after the noun belongs to the category words', () => {
  it.each([
    ['pistolets automatiques saisis', 'pistolets automatiques'],
    ['pistolet semi-automatique', 'pistolet semi-automatique'],
    ['pistolas semiautomáticas incautadas', 'pistolas semiautomáticas'],
    ['pistolas automáticas apreendidas', 'pistolas automáticas'],
    ['pistolets saisis', 'pistolets'],
  ])('%s', (text, raw) => {
    expect(matchWeaponCategory(text)).toMatchObject({ code: 'pistols', raw, index: 0 });
  });
});
