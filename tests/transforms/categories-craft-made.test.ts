import { describe, expect, it } from 'vitest';
import { matchWeaponCategory } from '../../src/transforms/categories.ts';

/**
 * A pistol or rifle named with the words that make it craft-made (`pistolets de fabrication artisanale`) is one
 * category, read with all its words: read as `pistolets`, the craft words after it were cut off category_raw.
 */
describe('craft-made weapons keep their whole wording', () => {
  it.each([
    ['pistolets de fabrication artisanale saisis', 'home_made', 'pistolets de fabrication artisanale'],
    ['fusils artisanaux et 12 pistolets', 'home_made', 'fusils artisanaux'],
    ['armes à feu artisanales', 'home_made', 'armes à feu artisanales'],
    ['pistolas de fabricación casera', 'home_made', 'pistolas de fabricación casera'],
    ['escopetas artesanales y 20 fusiles', 'home_made', 'escopetas artesanales'],
    ['home-made pistols and 12 rifles', 'home_made', 'home-made pistols'],
    // South Asian reports' word for craft-made guns.
    ['country-made pistols and 12 rifles', 'home_made', 'country-made pistols'],
    ['country made guns', 'home_made', 'country made guns'],
    ['самодельных пистолетов', 'home_made', 'самодельных пистолетов'],
  ])('%s', (text, code, raw) => {
    const found = matchWeaponCategory(text);
    expect([found?.code, found?.raw]).toEqual([code, raw]);
  });

  it('a pistol without the craft words stays a pistol', () => {
    expect(matchWeaponCategory('pistolets de la police')?.code).toBe('pistols');
    expect(matchWeaponCategory('pistolas de fabricación extranjera')?.raw).toBe('pistolas');
  });
});
