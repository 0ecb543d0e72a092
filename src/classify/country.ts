import { createRequire } from 'node:module';
import countries from 'i18n-iso-countries';
import type { DocumentModel } from '../model/document.ts';

/**
 * Which country a document is about, from its content: country names in the UN languages the
 * documents come in (English, French, Spanish, Russian, Arabic, Chinese), weighted by where they stand
 * (the title lines count more than a passing mention in the text), plus explicit ISO3 codes in links
 * such as `country-profiles/KAZ`.
 */

const require = createRequire(import.meta.url);
const LOCALES = ['en', 'fr', 'es', 'ru', 'ar', 'zh'] as const;
for (const locale of LOCALES) countries.registerLocale(require(`i18n-iso-countries/langs/${locale}.json`));

/** Names too short or too common to be a country on their own ("US", "UK", "Chad" is fine, "Georgia" is not). */
const AMBIGUOUS = new Set(['us', 'u.s.', 'uk', 'usa', 'u.s.a.', 'georgia', 'jordan', 'congo', 'turkey', 'guinea', 'niger', 'dominica']);

interface NameIndex {
  pattern: RegExp;
  byName: Map<string, string>;
}

let index: NameIndex | null = null;

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Russian names decline (Казахстан, Казахстана, Казахстане): match on the stem without a final vowel. */
function cyrillicStem(name: string): string {
  return /[аяйьеоыи]$/i.test(name) ? name.slice(0, -1) : name;
}

function buildIndex(): NameIndex {
  const byName = new Map<string, string>();
  for (const locale of LOCALES) {
    const names = countries.getNames(locale, { select: 'all' }) as Record<string, string[]>;
    for (const [alpha2, aliases] of Object.entries(names)) {
      const alpha3 = countries.alpha2ToAlpha3(alpha2);
      if (!alpha3) continue;
      for (const alias of aliases) {
        const lower = alias.toLowerCase();
        if (lower.length < 4 || AMBIGUOUS.has(lower) || lower.includes(',')) continue;
        const key = /\p{Script=Cyrillic}/u.test(lower) ? cyrillicStem(lower) : lower;
        if (!byName.has(key)) byName.set(key, alpha3);
      }
    }
  }
  // Longest names first, so "Papua New Guinea" wins over "Guinea" and "Nigeria" over "Niger".
  const alternation = [...byName.keys()].sort((a, b) => b.length - a.length).map(escape).join('|');
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(${alternation})(\\p{Script=Cyrillic}{0,3})(?![\\p{L}\\p{N}])`, 'giu');
  return { pattern, byName };
}

export interface CountryCandidate {
  iso3: string;
  score: number;
}

const TITLE_LINES = 8;
const TITLE_WEIGHT = 5;
const LINK_WEIGHT = 3;

/** Country candidates by score, best first. */
export function rankCountries(doc: Pick<DocumentModel, 'lines' | 'title'>): CountryCandidate[] {
  index ??= buildIndex();
  const scores = new Map<string, number>();
  const add = (iso3: string, weight: number): void => {
    scores.set(iso3, (scores.get(iso3) ?? 0) + weight);
  };
  const scan = (text: string, weight: number): void => {
    for (const match of text.matchAll(index!.pattern)) {
      const name = (match[1] ?? '').toLowerCase();
      const iso3 = index!.byName.get(name);
      // A Cyrillic ending is only allowed after a Cyrillic stem.
      if (iso3 && (match[2] === '' || /\p{Script=Cyrillic}/u.test(name))) add(iso3, weight);
    }
    for (const match of text.matchAll(/country-profiles\/([A-Z]{3})\b/g)) {
      const code = match[1] ?? '';
      if (countries.isValid(code)) add(code, LINK_WEIGHT);
    }
  };
  if (doc.title) scan(doc.title, TITLE_WEIGHT);
  doc.lines.forEach((line, i) => scan(line, i < TITLE_LINES ? TITLE_WEIGHT : 1));
  return [...scores.entries()].map(([iso3, score]) => ({ iso3, score })).sort((a, b) => b.score - a.score || a.iso3.localeCompare(b.iso3));
}

/** An ISO3 code written as a path segment or file-name token (`raw/KAZ/...`, `KAZ_profile.txt`). */
export function countryFromPath(path: string): string | null {
  for (const token of path.split(/[/\\_.\s-]+/)) {
    if (/^[A-Z]{3}$/.test(token) && countries.isValid(token)) return token;
  }
  return null;
}

export function isIso3(code: string): boolean {
  return /^[A-Z]{3}$/.test(code) && countries.isValid(code);
}

export function countryName(iso3: string): string | null {
  return countries.getName(iso3, 'en') ?? null;
}
