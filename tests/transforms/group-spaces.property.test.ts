import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodePlainText } from '../../src/decoders/text.ts';
import { poaReportExtractor } from '../../src/extractors/poa-report/index.ts';
import type { Language } from '../../src/language/types.ts';
import { LANGUAGES } from '../../src/language/types.ts';
import { extractCountStatements } from '../../src/transforms/count-statements/index.ts';
import { findQuantityMentions, readCountCell } from '../../src/transforms/quantity-mentions.ts';
import { describeSeparator, findIntegerTokens, parseIntegerToken } from '../../src/transforms/quantity.ts';

/**
 * Thousands written with a space of any kind: a page wrote `2 310` with THIN SPACES (U+2009) and the
 * pipeline loaded 310. Every space a document puts between groups is read the same, in prose and in table
 * cells, and a grouped number is read whole or not at all, never as its tail digits.
 */

/** Plain, no-break, narrow no-break, figure, punctuation, thin and hair spaces. */
const SPACES = [' ', '\u00a0', '\u202f', '\u2007', '\u2008', '\u2009', '\u200a'];
/** The other separators the parser reads, to check the property is not about spaces only. */
const OTHERS = [',', '’', "'"];
/** Spaces no one groups thousands with: digits they glue are read as nothing. */
const NOT_GROUPING = ['\u2002', '\u2003', '\u205f', '\u3000'];
/** `U+2009` for a test's title (the characters themselves all print as a space). */
const codeOf = (c: string): string => `U+${(c.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;
const language = fc.constantFrom<Language | null>(...LANGUAGES, null);
const grouped = (n: number, separator: string): string => n.toLocaleString('en-US').replace(/,/g, separator);
const before = fc.constantFrom('', 'destroyed ', 'In 2015, ', '(', ': ', 'de ', '— ', 'total\u00a0', '| ', 'a détruit ', 'уничтожено ');
const after = fc.constantFrom('', ' firearms', ').', ' (1 020 pistols', ' armes', ' |', ', 612 rifles', '\u00a0: ', ' единиц');

describe('a grouped number gives its whole value or nothing, whatever its separator', () => {
  it.each([...SPACES, ...OTHERS].map((c) => [codeOf(c), c]))('separator %s: no token is ever its tail digits', (_, separator) => {
    fc.assert(
      fc.property(fc.integer({ min: 1000, max: 999_999_999 }), before, after, language, (n, head, tail, lang) => {
        const written = grouped(n, separator);
        const text = `${head}${written}${tail}`;
        const start = head.length;
        const end = start + written.length;
        const inside = findIntegerTokens(text, lang).filter((t) => t.index < end && t.index + t.raw.length > start);
        // Read whole (one token spanning exactly the number) or not at all.
        if (inside.length > 0) expect(inside.map((t) => [t.index, t.raw, t.value])).toEqual([[start, written, n]]);
        for (const mention of findQuantityMentions(text, lang)) {
          if (mention.value !== null && mention.index < end && mention.index + mention.raw.length > start) expect(mention.value).toBe(n);
        }
      }),
      { numRuns: 150 },
    );
  });

  it.each(SPACES.map((c) => [codeOf(c), c]))('separator %s is read whole, in every language, and the cell reader agrees', (_, separator) => {
    fc.assert(
      fc.property(fc.integer({ min: 1000, max: 999_999_999 }), language, (n, lang) => {
        const written = grouped(n, separator);
        expect(parseIntegerToken(written, lang)).toBe(n);
        expect(readCountCell(written, lang, 'quantity')?.value).toBe(n);
        expect(findIntegerTokens(`seized ${written} rifles`, lang).map((t) => t.value)).toEqual([n]);
      }),
      { numRuns: 80 },
    );
  });

  it.each(NOT_GROUPING.map((c) => [codeOf(c), c]))('digits glued by %s are no number at all, neither head nor tail', (_, space) => {
    fc.assert(
      fc.property(fc.integer({ min: 1000, max: 999_999_999 }), language, (n, lang) => {
        expect(findIntegerTokens(`destroyed ${grouped(n, space)} firearms`, lang)).toEqual([]);
      }),
      { numRuns: 60 },
    );
  });

  it('reads nothing in digits a group space glues into no well-formed grouping (`12 3456`, `2015 310`)', () => {
    for (const space of ['\u00a0', '\u202f', '\u2009', '\u2007']) {
      expect(findIntegerTokens(`12${space}3456 rifles`, 'en')).toEqual([]);
      expect(findIntegerTokens(`In 2015${space}310 rifles`, 'en')).toEqual([]);
      expect(findIntegerTokens(`1${space}23 rifles`, 'fr')).toEqual([]);
    }
    // The plain space also parts words: two numbers side by side stay two numbers.
    expect(findIntegerTokens('In 2015 310 rifles', 'en').map((t) => t.value)).toEqual([2015, 310]);
  });

  it('names the separator it read in the lineage', () => {
    expect(findIntegerTokens('2\u2009310', 'en').map((t) => describeSeparator(t.separator))).toEqual(['thin space U+2009']);
    expect(findIntegerTokens('2\u2007310', 'en').map((t) => describeSeparator(t.separator))).toEqual(['figure space U+2007']);
  });
});

describe('thin and figure spaces in prose and tables', () => {
  const statement = (text: string, language: Language) => {
    const [s] = extractCountStatements([{ text, span: { lineStart: 1, lineEnd: 1 } }], { reportedIn: 2016, language }).statements;
    return [s?.total, s?.components_sum, s?.reconciliation, s?.counts.map((c) => [c.category, c.quantity, c.parent_category ?? null])];
  };

  it('reads a nested statement written with thin spaces (English) as its whole numbers', () => {
    expect(statement('In 2015, the army destroyed 4\u2009120 firearms: 2\u2009600 pistols and revolvers (1\u2009800 pistols and 800 revolvers) and 1\u2009520 rifles.', 'en')).toEqual([
      4120,
      4120,
      'nested',
      [
        ['firearms', 4120, null],
        ['pistols_and_revolvers', 2600, null],
        ['pistols', 1800, 'pistols_and_revolvers'],
        ['revolvers', 800, 'pistols_and_revolvers'],
        ['rifles', 1520, null],
      ],
    ]);
  });

  it('reads figure spaces in French and thin spaces in Spanish and Russian', () => {
    expect(statement('En 2016, la gendarmerie a saisi 1\u2007204 armes, dont 1\u2007004 fusils et 200 pistolets.', 'fr').slice(0, 3)).toEqual([1204, 1204, 'balanced']);
    expect(statement('En 2019, la Policía incautó 12\u2009050 armas de fuego.', 'es')[0]).toBe(12050);
    expect(statement('В 2018 году полиция изъяла 3\u2009215 единиц оружия.', 'ru')[0]).toBe(3215);
  });

  it('reads table cells and text-table rows written with thin spaces', () => {
    const ctx = { kind: 'poa_report' as const, countryIso3: null, reportYear: null, language: null, sourcePath: 'x.txt' };
    const extract = (text: string) => poaReportExtractor.extract(decodePlainText(text, 'utf-8'), ctx);
    const pipe = extract('NATIONAL REPORT OF MALAWI\nDate: 2 May 2015\n3. Collection and destruction\nTable 2. Firearms recovered and destroyed\n| Year | Recovered | Destroyed |\n| 2013 | 1\u2009045 | 2\u2007200 |\n');
    expect(pipe.count_statements.map((s) => [s.year, s.action, s.total])).toEqual([
      [2013, 'seized', 1045],
      [2013, 'destroyed', 2200],
    ]);
    const columns = extract('NATIONAL REPORT OF PERU\nDate: 9 June 2014\n2. Collection\nPistols seized, by year\nYear    Seized\n2012    2\u2009412\n2013    1\u2009398\n');
    expect(columns.count_statements.map((s) => [s.year, s.total])).toEqual([
      [2012, 2412],
      [2013, 1398],
    ]);
  });
});
