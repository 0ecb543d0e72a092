import { describe, expect, it } from 'vitest';
import { allLexicons } from '../../src/language/registry.ts';
import { LANGUAGES } from '../../src/language/types.ts';

/**
 * Adding a language is one lexicon file: every registered language's lexicon fills the sections count
 * statements cannot do without, and declares every other count-statement list (empty on purpose where
 * the language does not need it: Chinese has no "by", Arabic no capitalised body names).
 */
const REQUIRED_KEYS = Object.keys(allLexicons()[0]?.countStatements ?? {}).sort();

describe.each(allLexicons().map((lexicon) => [lexicon.language, lexicon] as const))('lexicon %s: count-statement sections', (_, lexicon) => {
  it('declares every count-statement list, each an array of strings', () => {
    expect(Object.keys(lexicon.countStatements).sort()).toEqual(REQUIRED_KEYS);
    for (const [key, entries] of Object.entries(lexicon.countStatements)) {
      expect(Array.isArray(entries), key).toBe(true);
      for (const entry of entries as readonly unknown[]) expect(typeof entry, `${key}: ${String(entry)}`).toBe('string');
    }
  });

  it('fills the sections a statement needs: actions, part introducers, list joiners, relative years, a way to state a year', () => {
    expect(Object.keys(lexicon.actions).sort()).toEqual(expect.arrayContaining(['collected', 'destroyed', 'seized', 'surrendered']));
    expect(lexicon.partIntroducers.length).toBeGreaterThan(0);
    expect(lexicon.countStatements.listJoiners.length).toBeGreaterThan(0);
    expect(Object.values(lexicon.relativeYears)).toEqual(expect.arrayContaining([-1, 0]));
    expect(lexicon.countStatements.statedYearLeads.length + (lexicon.dateWords.yearMonthDay === null ? 0 : 1)).toBeGreaterThan(0);
    expect(Object.keys(lexicon.monthNames).length).toBeGreaterThanOrEqual(12);
  });
});

it('the registry holds every language of LANGUAGES, in order', () => {
  expect(allLexicons().map((l) => l.language)).toEqual([...LANGUAGES]);
});
