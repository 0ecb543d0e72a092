import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Language } from '../../src/language/types.ts';
import { blankGluedMarkers, gluedFootnoteMarker, splitGluedMarker } from '../../src/transforms/footnote-refs.ts';
import { extractCountStatements } from '../../src/transforms/count-statements/index.ts';
import { parseIntegerCell, parseIntegerToken } from '../../src/transforms/quantity.ts';

/**
 * A FOOTNOTE MARKER glued to a number (`1,046¹`, `2 318*`, `1 092**`, `1.873*`, `12,580[1]`, `2019²`) never changes
 * the number and never removes it: the count (or the year) is read as if the marker were not there, and the step of
 * the count cites the number with its marker.
 */
const SUPERSCRIPTS = ['¹', '²', '³', '⁴', '⁵', '⁶', '⁷', '⁸', '⁹', '⁰'];
const marker = fc.oneof(
  fc.array(fc.constantFrom(...SUPERSCRIPTS), { minLength: 1, maxLength: 2 }).map((d) => d.join('')),
  fc.constantFrom('*', '**', '***', '†', '‡', '††', '†††', '§', '§§'),
  fc.integer({ min: 1, max: 999 }).map((n) => `[${n}]`),
  fc.constantFrom('[i]', '[ii]', '[iv]', '[1][2]'),
  fc.integer({ min: 1, max: 99 }).map((n) => `(${n})`),
);

/** A count written the way the language groups its thousands. */
function written(value: number, language: Language): string {
  const groups = String(value).replace(/\B(?=(\d{3})+(?!\d))/gu, '\u0000');
  const separator = { en: ',', fr: '\u202f', es: '.', ru: ' ' }[language as 'en' | 'fr' | 'es' | 'ru'] ?? ',';
  return groups.replaceAll('\u0000', separator);
}

const SENTENCES: Record<'en' | 'fr' | 'es' | 'ru', (n: string) => string> = {
  en: (n) => `In 2023 the police seized ${n} firearms.`,
  fr: (n) => `En 2023, la police nationale a saisi ${n} armes à feu.`,
  es: (n) => `En 2023, la Policía Nacional Civil incautó ${n} armas de fuego.`,
  ru: (n) => `В 2023 году полиция изъяла ${n} единиц огнестрельного оружия.`,
};

describe('footnote markers glued to numbers', () => {
  it('any count with any marker glued reads as the count, in a table cell', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 9_999_999 }), marker, fc.constantFrom<Language>('en', 'fr', 'es', 'ru'), (value, mark, language) => {
        const cell = `${written(value, language)}${mark}`;
        expect(parseIntegerCell(cell, language)).toEqual({ value, marker: mark });
        expect(parseIntegerToken(cell, null)).toBe(value);
      }),
      { numRuns: 300 },
    );
  });

  it('any count with any marker glued reads as the count in a sentence, in en, fr, es and ru', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 999_999 }), marker, fc.constantFrom<'en' | 'fr' | 'es' | 'ru'>('en', 'fr', 'es', 'ru'), (value, mark, language) => {
        const numberWords = `${written(value, language)}${mark}`;
        const result = extractCountStatements([{ text: SENTENCES[language](numberWords), span: { lineStart: 1, lineEnd: 1 } }], { reportedIn: 2024, language });
        expect(result.statements.map((s) => [s.year, s.action, s.total])).toEqual([[2023, 'seized', value]]);
        const quantity = result.statements[0]?.counts[0]?.steps?.find((t) => t.rule === 'quantity.footnote-marker');
        expect(quantity?.source_words).toBe(numberWords);
      }),
      { numRuns: 200 },
    );
  });

  it('a year with a marker glued is still the year, and the marker is no word of the subject', () => {
    const read = (text: string, language: Language) =>
      extractCountStatements([{ text, span: { lineStart: 1, lineEnd: 1 } }], { reportedIn: 2024, language }).statements.map((s) => [s.year, s.agency_raw, s.total]);
    expect(read('In 2017³ the Ministry of Defence destroyed 3,050 surplus weapons.', 'en')).toEqual([[2017, 'the Ministry of Defence', 3050]]);
    expect(read('In 2017[3] the Ministry of Defence destroyed 3,050 surplus weapons.', 'en')).toEqual([[2017, 'the Ministry of Defence', 3050]]);
    expect(read('En 2019*, la Gendarmerie nationale a détruit 1 204 armes.', 'fr')).toEqual([[2019, 'la Gendarmerie nationale', 1204]]);
    expect(read('En 2021², la Policía Nacional Civil destruyó 1.873* armas de fuego.', 'es')).toEqual([[2021, 'la Policía Nacional Civil', 1873]]);
    expect(read('В 2019¹ году полиция изъяла 1 204** единицы оружия.', 'ru')).toEqual([[2019, 'полиция', 1204]]);
  });

  it('is no marker where it is something else', () => {
    // A parenthesised number after a space is a count of its own (`pistols (612)`), a glued letter no marker.
    expect(gluedFootnoteMarker(' (612)')).toBeNull();
    expect(gluedFootnoteMarker('*3')).toBeNull();
    expect(gluedFootnoteMarker('¹a')).toBeNull();
    expect(gluedFootnoteMarker('**** armes')).toBeNull();
    expect(gluedFootnoteMarker('(123)')).toBeNull();
    // Digits run on into the marker's place (a `<sup>` whose tag was lost): no number at all, never 1,4001 nor 1,400.
    expect(parseIntegerCell('1,4001', 'en')).toBeNull();
    expect(parseIntegerCell('12,5801', 'en')).toBeNull();
    expect(parseIntegerCell('1,400 1', 'en')).toBeNull();
    expect(splitGluedMarker('Total')).toEqual({ head: 'Total', marker: null });
    expect(splitGluedMarker('2019²')).toEqual({ head: '2019', marker: '²' });
    // Blanking keeps every offset.
    const text = 'In 2017¹ the police seized 1 092** weapons [3].';
    expect(blankGluedMarkers(text)).toBe('In 2017  the police seized 1 092   weapons [3].');
    expect(blankGluedMarkers(text).length).toBe(text.length);
  });
});
