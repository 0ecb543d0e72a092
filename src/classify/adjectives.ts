import { createRequire } from 'node:module';
import nationalities from 'i18n-nationality';
import { alternation, literal } from '../language/matchers.ts';
import { lexiconOf } from '../language/registry.ts';
import { blockText, type DocumentModel } from '../model/document.ts';
import type { CountryCandidate } from './country.ts';

/**
 * States named by their adjective: "the Kenyan Government", "Kyrgyz authorities", "le gouvernement
 * kényan", "las autoridades guatemaltecas". An adjective says the page is about some state's affairs, so a
 * report that names its state only this way (an OCR-damaged cover, "the Republic" throughout) still names
 * one; but it never says whose document it is: "Ghanaian authorities" in Togo's report are a neighbour's.
 * So adjectives count only where the question is whether a state is named at all (classify/kind.ts), never
 * in the ranking that sets the document's country (classify/country.ts).
 *
 * An adjective counts next to a body of the state its language names (the lexicons' `stateBodies`):
 * "French" in "French typography" or "Kyrgyz" the language is no state. The adjectives come from
 * i18n-nationality (English, French, Spanish, masculine singular); French and Spanish ones are matched
 * with their feminine and plural endings, as those languages write them. Russian, Arabic and Chinese
 * adjectives are not known yet.
 */

const require = createRequire(import.meta.url);
const LOCALES = ['en', 'fr', 'es'] as const;
for (const locale of LOCALES) nationalities.registerLocale(require(`i18n-nationality/langs/${locale}.json`));

/** Adjectives that are also everyday words or name no state's authorities (`Polish`, `Bermuda`). */
const NOT_A_STATE = new Set(['polish', 'bermuda', 'antiguans', 'greenland']);

/** The forms a French or Spanish masculine singular adjective takes: `kényan` -> kényane, kényans, kényanes. */
function inflected(adjective: string, locale: (typeof LOCALES)[number]): string {
  const word = literal(adjective.toLowerCase());
  if (locale === 'es') {
    if (word.endsWith('o')) return `${word.slice(0, -1)}(?:o|a|os|as)`;
    // `albanés` -> albanesa, albaneses; `marroquí` -> marroquíes.
    if (word.endsWith('és')) return `(?:${word}|${word.slice(0, -2)}es(?:a|as|es))`;
    return `${word}(?:s|es)?`;
  }
  if (locale === 'fr') {
    // `algérien` -> algérienne(s); others take -e, -s, -es (`kényan`, `albanais` -> albanaise).
    if (word.endsWith('ien')) return `${word}(?:ne|nes|s)?`;
    return `${word}(?:e|s|es)?`;
  }
  return word;
}

interface AdjectiveIndex {
  /** Per language: an adjective next to a body of the state, in the order the language writes them. */
  patterns: RegExp[];
  byForm: { form: RegExp; iso3: string }[];
}

let index: AdjectiveIndex | null = null;

function buildIndex(): AdjectiveIndex {
  const byForm: { form: RegExp; iso3: string }[] = [];
  const patterns: RegExp[] = [];
  for (const locale of LOCALES) {
    const sources: string[] = [];
    for (const [alpha2, adjective] of Object.entries(nationalities.getNames(locale))) {
      const iso3 = nationalities.alpha2ToAlpha3(alpha2);
      if (!iso3 || adjective.length < 4 || NOT_A_STATE.has(adjective.toLowerCase())) continue;
      // English capitalises its adjectives (`Kenyan`); French and Spanish write them in lower case.
      const source = locale === 'en' ? literal(adjective) : inflected(adjective, locale);
      byForm.push({ form: new RegExp(`^(?:${source})$`, locale === 'en' ? 'u' : 'iu'), iso3 });
      sources.push(source);
    }
    const { words, adjectiveFirst } = lexiconOf(locale).stateBodies;
    const bodies = `(?:${alternation(words)})`;
    const adjective = `(${sources.join('|')})`;
    // `the Kenyan Government`, `Kyrgyz border guards` (a word may stand between); `le gouvernement kényan`, `las fuerzas armadas peruanas`.
    const phrase = adjectiveFirst ? `${adjective}\\s+(?:[\\p{L}-]+\\s+)?${bodies}` : `${bodies}\\s+${adjective}`;
    // Case-blind here (`Government`, `government`); an English adjective's capital is checked on the match (`byForm`).
    patterns.push(new RegExp(`(?<![\\p{L}\\p{N}])${phrase}(?![\\p{L}\\p{N}])`, 'giu'));
  }
  return { patterns, byForm };
}

/**
 * States whose adjective the document uses next to a body of the state ("the Kenyan Government"), by how
 * often, most first. An adjective alone ("in French", "Kyrgyz" the language) is no state.
 */
export function stateAdjectives(doc: Pick<DocumentModel, 'lines' | 'title' | 'blocks'>): CountryCandidate[] {
  index ??= buildIndex();
  const { patterns, byForm } = index;
  const counts = new Map<string, number>();
  for (const line of [doc.title ?? '', ...blockText(doc)]) {
    for (const match of patterns.flatMap((pattern) => [...line.matchAll(pattern)])) {
      const written = match[1] ?? '';
      const entry = byForm.find((e) => e.form.test(written));
      if (entry) counts.set(entry.iso3, (counts.get(entry.iso3) ?? 0) + 1);
    }
  }
  return [...counts.entries()].map(([iso3, score]) => ({ iso3, score })).sort((a, b) => b.score - a.score || a.iso3.localeCompare(b.iso3));
}
