import { describe, expect, it } from 'vitest';
import { matchWeaponCategory } from '../../src/transforms/categories.ts';

describe('English weapon categories: spellings of reports (en lexicon weaponCategories)', () => {
  it.each([
    ['locally made guns were recovered', 'home_made', 'locally made guns'],
    ['locally-manufactured weapons', 'home_made', 'locally-manufactured weapons'],
    ['single-barrel shotguns and pistols', 'shotguns', 'single-barrel shotguns'],
    ['double barrelled shotguns', 'shotguns', 'double barrelled shotguns'],
    ['shotguns', 'shotguns', 'shotguns'],
  ])('%s -> %s (%s)', (words, code, raw) => {
    expect(matchWeaponCategory(words)).toMatchObject({ code, raw, index: 0 });
  });

  it('a barrel alone is no category', () => {
    expect(matchWeaponCategory('single-barrel')?.code ?? null).toBeNull();
  });
});
