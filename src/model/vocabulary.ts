/**
 * The codes of the warehouse's vocabularies (count_statements.action, .agency, .category): the contract
 * the warehouse keeps, stated once and free of any language. Each code comes with its meaning. The
 * words that name a code in a document live in the lexicons (src/language/lexicons/) and in the
 * parsers' vocabularies (src/transforms/categories.ts), which map words onto these codes only; a test
 * fails when either uses a code not listed here. Extend a list rather than force a word onto a code
 * that does not fit (DOMAIN.md, "Vocabularies").
 */

/** What was done to the weapons. */
export const ACTION_CODES = {
  seized: 'Taken by the authorities: seized, confiscated, impounded, recovered, removed from illicit circulation.',
  surrendered: 'Handed in by their holders, usually voluntarily (amnesties, voluntary surrender).',
  destroyed: 'Destroyed: cut up, crushed, smelted, burned.',
  collected: 'Collected or gathered (weapons collection programmes), without saying how they were obtained.',
  stolen: 'Stolen (from state stocks or from their holders).',
  lost: 'Lost (from state stocks or by their holders).',
} as const;
export type ActionCode = keyof typeof ACTION_CODES;

/**
 * Weapon categories, in the order the dictionary lists them. `firearms` is the generic total: "weapons",
 * "arms", "units of weapons" are spellings of it, not codes of their own.
 */
export const WEAPON_CATEGORY_CODES = {
  firearms: 'Firearms or weapons in general: the generic total, no category named.',
  smoothbore: 'Smoothbore firearms (barrel without rifling).',
  rifled: 'Rifled firearms (rifle-bored barrel).',
  gas: 'Gas weapons (pistols and revolvers firing gas cartridges).',
  home_made: 'Home-made or craft-produced firearms.',
  fully_automatic: 'Fully automatic firearms.',
  rifles_and_carbines: 'Rifles and carbines counted together.',
  rifles: 'Rifles.',
  carbines: 'Carbines.',
  combination: 'Combination guns (smoothbore and rifled barrels combined).',
  pistols_and_revolvers: 'Pistols and revolvers counted together.',
  pistols: 'Pistols.',
  revolvers: 'Revolvers.',
  sawn_off: 'Sawn-off firearms.',
  hunting_and_sawn_off: 'Hunting and sawn-off firearms counted together.',
  hunting: 'Hunting firearms.',
  shotguns: 'Shotguns.',
  machine_guns: 'Machine guns.',
  submachine_guns: 'Submachine guns.',
  traumatic: 'Traumatic (less-lethal) firearms firing rubber bullets.',
  grenade_launchers: 'Grenade launchers.',
  mortars: 'Mortars.',
  long_guns: 'Long guns (rifles, carbines and shotguns counted together).',
  edged_weapons: 'Edged weapons (knives, blades).',
  air_guns: 'Air guns.',
  imitation_firearms: 'Imitations and replicas of firearms.',
  other: 'Another category, named in category_raw.',
} as const;
export type WeaponCategoryCode = keyof typeof WEAPON_CATEGORY_CODES;

/** The code of the generic total ("weapons", "firearms", "units of weapons", "единиц оружия"). */
export const GENERIC_CATEGORY: WeaponCategoryCode = 'firearms';

/** The agency that acted. */
export const AGENCY_CODES = {
  national_security: 'A national or state security service or committee.',
  border_guard: 'Border guards, border service or border police.',
  police: 'Police and the ministry of internal affairs (militia, gendarmerie).',
  customs: 'Customs.',
  defence: 'The ministry of defence and the armed forces.',
} as const;
export type AgencyCode = keyof typeof AGENCY_CODES;

export function isActionCode(code: string): code is ActionCode {
  return Object.hasOwn(ACTION_CODES, code);
}

export function isWeaponCategoryCode(code: string): code is WeaponCategoryCode {
  return Object.hasOwn(WEAPON_CATEGORY_CODES, code);
}

export function isAgencyCode(code: string): code is AgencyCode {
  return Object.hasOwn(AGENCY_CODES, code);
}
