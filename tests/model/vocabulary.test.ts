import { describe, expect, it } from 'vitest';
import { allLexicons } from '../../src/language/registry.ts';
import { ACTION_CODES, AGENCY_CODES, GENERIC_CATEGORY, isActionCode, isAgencyCode, isWeaponCategoryCode, WEAPON_CATEGORY_CODES } from '../../src/model/vocabulary.ts';
import { ACTIONS, AGENCIES, WEAPON_CATEGORIES } from '../../src/transforms/categories.ts';
import { describeColumn } from '../../src/warehouse/dictionary.ts';

describe('the vocabulary codes of the model', () => {
  it('are the only codes the lexicons map words onto', () => {
    const unknown = allLexicons().flatMap((lexicon) => [
      ...Object.keys(lexicon.actions).filter((code) => !isActionCode(code)).map((code) => `${lexicon.language} actions: ${code}`),
      ...Object.keys(lexicon.weaponCategories).filter((code) => !isWeaponCategoryCode(code)).map((code) => `${lexicon.language} weaponCategories: ${code}`),
    ]);
    expect(unknown).toEqual([]);
  });

  it('are exactly the codes the parsers\' vocabularies write: none unlisted, none that no words name', () => {
    const codes = (terms: readonly { code: string }[]) => [...new Set(terms.map((t) => t.code))].sort();
    expect(codes(ACTIONS)).toEqual(Object.keys(ACTION_CODES).sort());
    expect(codes(AGENCIES)).toEqual(Object.keys(AGENCY_CODES).sort());
    expect(codes(WEAPON_CATEGORIES)).toEqual(Object.keys(WEAPON_CATEGORY_CODES).sort());
    expect(isAgencyCode('police')).toBe(true);
    expect(isActionCode('bought')).toBe(false);
    expect(isWeaponCategoryCode('toString')).toBe(false);
  });

  it('each carry a meaning, and the generic total is a category', () => {
    const empty = Object.entries({ ...ACTION_CODES, ...AGENCY_CODES, ...WEAPON_CATEGORY_CODES }).filter(([, meaning]) => meaning.trim().length < 5).map(([code]) => code);
    expect(empty).toEqual([]);
    expect(isWeaponCategoryCode(GENERIC_CATEGORY)).toBe(true);
  });

  it('are what the dictionary lists for weapon_counts, in the model\'s order', () => {
    expect(describeColumn('weapon_counts', 'action')?.vocabulary).toBe('seized, surrendered, destroyed, collected, stolen, lost');
    expect(describeColumn('weapon_counts', 'agency')?.vocabulary).toBe('national_security, border_guard, police, customs, defence');
    expect(describeColumn('weapon_counts', 'category')?.vocabulary?.split(', ')).toEqual(
      Object.keys(WEAPON_CATEGORY_CODES).map((code) => (code === GENERIC_CATEGORY ? `${code} (the generic total)` : code)),
    );
  });
});
