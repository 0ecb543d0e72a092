import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LEXICONS } from '../../src/language/registry.ts';
import { LANGUAGES } from '../../src/language/types.ts';
import { parseDate } from '../../src/transforms/dates.ts';
import { findQuantityMentions, readCountCell } from '../../src/transforms/quantity-mentions.ts';
import { parseNumberPhrase } from '../../src/transforms/quantity.ts';
import { readUnknownMarker } from '../../src/transforms/unknown.ts';
import { findRelativeYear } from '../../src/transforms/years.ts';
import { extractCountStatements } from '../../src/transforms/count-statements/index.ts';
import { matchAgency, matchWeaponCategory } from '../../src/transforms/categories.ts';
import { matchHeading } from '../../src/transforms/topics.ts';
import { classifyKind } from '../../src/classify/kind.ts';
import { CORPORA } from './corpus/index.ts';

describe('every registered language has a lexicon and a corpus', () => {
  it.each(LANGUAGES)('%s', (language) => {
    expect(LEXICONS[language].language).toBe(language);
    expect(existsSync(new URL(`./corpus/${language}.ts`, import.meta.url))).toBe(true);
    expect(CORPORA[language]).toBeDefined();
  });
});

for (const language of LANGUAGES) {
  const corpus = CORPORA[language];
  if (!corpus) continue;
  describe(`corpus ${language}`, () => {
    it.each(corpus.numberWords)('number words %s -> %d', (phrase, value) => {
      expect(parseNumberPhrase(phrase, language, { articles: true })?.value).toBe(value);
    });
    it.each(corpus.quantities)('quantity in %s', (text, expected) => {
      const first = findQuantityMentions(text, language)[0];
      expect(first).toBeDefined();
      expect({ value: first?.value ?? null, qualifier: first?.notACount ? null : (first?.qualifier?.entry.canonical ?? null) }).toEqual(expected);
    });
    it.each(corpus.cells)('cell %s -> %s', (cell, value) => {
      expect(readCountCell(cell, language, 'quantity')?.value ?? null).toBe(value);
    });
    it.each(corpus.unknownMarkers)('unknown marker %s', (marker) => {
      const found = readUnknownMarker(marker, language);
      expect(found?.written).toBe(marker.trim());
      expect(readCountCell(marker, language, 'deaths')?.steps[0]?.rule).toBe('unknown.marker');
    });
    it.each(corpus.notUnknown)('not an unknown marker: %s', (text) => {
      expect(readUnknownMarker(text, language)).toBeNull();
    });
    it.each(corpus.dates)('date %s -> %s', (text, iso) => {
      expect(parseDate(text)?.iso).toBe(iso);
    });
    it.each(corpus.countStatements)('count statement: %s', (text, expected) => {
      const [first] = extractCountStatements([{ text, span: { lineStart: 1, lineEnd: 1 } }], { reportedIn: 2020, language }).statements;
      const read = first
        ? {
            year: first.year, year_basis: first.year_basis, action: first.action, agency: first.agency, total: first.total, components_sum: first.components_sum,
            counts: first.counts.map((c) => `${c.approx ? '~' : ''}${c.category} ${c.quantity}`),
          }
        : null;
      expect(read).toEqual(expected);
    });
    it.each(corpus.relativeYears)('relative year in %s -> %s', (text, offset) => {
      expect(findRelativeYear(text, language)?.offset ?? null).toBe(offset);
    });
    it.each(corpus.categories)('category %s -> %s', (text, code) => {
      expect(matchWeaponCategory(text)?.code ?? null).toBe(code);
    });
    it.each(corpus.agencies)('agency %s -> %s', (text, code) => {
      expect(matchAgency(text)).toBe(code);
    });
    it.each(corpus.headings)('heading %s -> %s', (text, topic) => {
      expect(matchHeading(text)?.topic ?? null).toBe(topic);
    });
    it.each(corpus.kinds)('kind of %s -> %s', (text, kind) => {
      // The language's kind signals, for a page whose state is known (the path or a sidecar): the corpus titles name
      // invented states or none, and the rule that a page naming no state has no kind is tested in tests/classify/genres.test.ts.
      expect(classifyKind({ lines: text.split('\n'), title: null, blocks: [] }, [], { countryGiven: true }).kind).toBe(kind);
    });
  });
}
