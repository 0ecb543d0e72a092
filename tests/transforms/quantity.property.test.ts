import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Language } from '../../src/language/types.ts';
import { LANGUAGES } from '../../src/language/types.ts';
import { findQuantityMentions, readCountCell } from '../../src/transforms/quantity-mentions.ts';
import { findIntegerTokens, findNumberWordTokens, type NumberToken, parseIntegerToken, parseNumberPhrase } from '../../src/transforms/quantity.ts';

const language = fc.constantFrom<Language | null>(...LANGUAGES, null);

describe('quantity parser properties', () => {
  it('never throws on arbitrary strings, and every count is a non-negative safe integer', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 80 }), language, (text, lang) => {
        for (const mention of findQuantityMentions(text, lang, 'quantity', lang ?? 'en')) {
          if (mention.value !== null) {
            expect(Number.isSafeInteger(mention.value)).toBe(true);
            expect(mention.value).toBeGreaterThanOrEqual(0);
          }
        }
        const cell = readCountCell(text, lang, 'quantity');
        if (cell?.value != null) expect(Number.isSafeInteger(cell.value) && cell.value >= 0).toBe(true);
      }),
      { numRuns: 400 },
    );
  });

  it('never throws on strings made of number-like pieces', () => {
    const piece = fc.constantFrom('1', '300', ',', '.', ' ', '\u00a0', '\u202f', '’', '-', '–', 'and', 'or so', 'about', 'million', 'seventeen', 'treize', 'около', '十七', '٣');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), language, (pieces, lang) => {
        const text = pieces.join('');
        for (const mention of findQuantityMentions(text, lang, 'quantity', lang ?? 'en')) {
          if (mention.value !== null) expect(Number.isSafeInteger(mention.value) && mention.value >= 0).toBe(true);
        }
        if (lang !== null) parseNumberPhrase(text, lang, { articles: true });
      }),
      { numRuns: 400 },
    );
  });

  const locales: Array<[string, Language]> = [
    ['en-US', 'en'],
    ['en-GB', 'en'],
    ['fr-FR', 'fr'],
    ['es-ES', 'es'],
    ['ru-RU', 'ru'],
    ['pt-BR', 'pt'],
    ['pt-PT', 'pt'],
    ['de-CH', 'en'],
  ];
  it.each(locales)('reads back what Intl.NumberFormat(%s) writes (language %s)', (locale, lang) => {
    const format = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 });
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 999_999_999 }), (n) => {
        const written = format.format(n);
        // es-ES writes 4-digit numbers without a separator (`9607`), 5 digits and more with a dot.
        expect(parseIntegerToken(written, lang)).toBe(n);
        expect(findIntegerTokens(`${written} rifles`, lang).map((t) => t.value)).toEqual([n]);
      }),
      { numRuns: 200 },
    );
  });

  const separators = [',', ' ', '\u00a0', '\u202f', '’', "'"];
  it.each(separators)('reads back DOMAIN.md separator %j in every language', (separator) => {
    fc.assert(
      fc.property(fc.integer({ min: 1000, max: 999_999_999 }), fc.constantFrom(...LANGUAGES), (n, lang) => {
        const written = n.toLocaleString('en-US').replace(/,/g, separator);
        expect(parseIntegerToken(written, lang)).toBe(n);
      }),
      { numRuns: 100 },
    );
  });

  it('reads Swiss apostrophe thousands (U+0027 and U+2019) only where every group after the first has three digits', () => {
    const groups = fc.tuple(fc.integer({ min: 1, max: 999 }), fc.array(fc.integer({ min: 0, max: 99_999 }).map(String), { minLength: 1, maxLength: 3 }));
    fc.assert(
      fc.property(groups, fc.constantFrom("'", '’'), fc.constantFrom(...LANGUAGES, null), ([first, rest], apostrophe, lang) => {
        const written = [String(first), ...rest].join(apostrophe);
        const grouped = rest.every((group) => group.length === 3);
        const values = findIntegerTokens(`environ ${written} armes`, lang).map((t) => t.value);
        if (grouped) {
          expect(parseIntegerToken(written, lang)).toBe(Number([first, ...rest].join('')));
          expect(values).toEqual([Number([first, ...rest].join(''))]);
        } else {
          // `1'25`, `12'5000`: no number, never the digits before the apostrophe nor those after it.
          expect(parseIntegerToken(written, lang)).toBeNull();
          expect(values).toEqual([]);
        }
      }),
      { numRuns: 400 },
    );
  });

  it('reads digits of other scripts (Arabic-Indic, Eastern Arabic-Indic, full-width) as the ASCII digits they stand for', () => {
    const zeros = [0x0660, 0x06f0, 0xff10];
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 999_999_999 }), fc.constantFrom(...zeros), fc.constantFrom(...LANGUAGES), (n, zero, lang) => {
        const ascii = n.toLocaleString('en-US');
        const written = ascii.replace(/\d/g, (d) => String.fromCharCode(zero + Number(d)));
        expect(parseIntegerToken(written, lang)).toBe(parseIntegerToken(ascii, lang));
        expect(findIntegerTokens(`${written} rifles`, lang).map((t) => t.value)).toEqual(findIntegerTokens(`${ascii} rifles`, lang).map((t) => t.value));
      }),
      { numRuns: 200 },
    );
  });

  it('reads a dot between thousands only where the decimal mark is a comma', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1000, max: 999_999 }), (n) => {
        const written = n.toLocaleString('en-US').replace(/,/g, '.');
        for (const lang of ['es', 'fr', 'pt', 'ru'] as const) expect(parseIntegerToken(written, lang)).toBe(n);
        expect(parseIntegerToken(written, 'en')).toBeNull();
      }),
      { numRuns: 100 },
    );
  });

  it('reads every English number word phrase up to 9999 as Intl would spell its digits', () => {
    const units = ['', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'];
    const tens = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
    const below100 = (n: number): string => (n < 20 ? (units[n] ?? '') : `${tens[Math.floor(n / 10)]}${n % 10 ? `-${units[n % 10]}` : ''}`);
    const spell = (n: number): string =>
      [n >= 1000 ? `${units[Math.floor(n / 1000)]} thousand` : '', n % 1000 >= 100 ? `${units[Math.floor((n % 1000) / 100)]} hundred` : '', n % 100 ? below100(n % 100) : '']
        .filter((p) => p !== '')
        .join(' ');
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 9999 }), (n) => {
        expect(parseNumberPhrase(spell(n), 'en')?.value).toBe(n);
      }),
      { numRuns: 300 },
    );
  });
});

describe('a qualifier after the counted noun phrase', () => {
  const read = (text: string, lang: Language) => findQuantityMentions(text, lang).map((m) => [m.value, m.qualifier?.entry.canonical ?? null]);
  it.each([
    ['Из склада похищено 500 патронов калибра 7,62 мм примерно.', 'ru', [[500, 'примерно']]],
    ['1 200 cartouches de 5,56 mm environ ont disparu.', 'fr', [[1200, 'environ']]],
    ['1.200 cartuchos de calibre 5,56 mm aproximadamente', 'es', [[1200, 'aproximadamente']]],
    ['3 000 munições de calibre 7,62 mm ou mais', 'pt', [[3000, 'ou mais']]],
    ['250 rifles or more were taken', 'en', [[250, 'or more']]],
  ] as const)('%s', (text, lang, expected) => {
    expect(read(text, lang)).toEqual(expected);
  });

  it.each([
    // Another count between the number and the qualifier: the qualifier is the second number's.
    ['15 rifles and 200 rounds or so', 'en', [[15, null], [200, 'or so']]],
    // A qualifier followed by a number hedges that number.
    ['300 fusils provenant de environ 20 dépôts.', 'fr', [[300, null], [20, 'environ']]],
    // Punctuation ends the noun phrase.
    ['300 armas, aproximadamente la mitad pistolas.', 'es', [[300, null]]],
    ['1.200 cartuchos. Aproximadamente la mitad', 'es', [[1200, null]]],
    // Past the noun phrase's length the word belongs to another clause.
    ['40 pistolets ont été volés puis revendus à des bandes armées du nord du pays environ', 'fr', [[40, null]]],
  ] as const)('hedges nothing: %s', (text, lang, expected) => {
    expect(read(text, lang)).toEqual(expected);
  });

  it('never hedges a count across another integer, whatever the words between', () => {
    const word = fc.constantFrom('de', 'cartouches', 'calibre', '5,56', 'mm', 'fusils', 'volés', 'ont', 'été');
    fc.assert(
      fc.property(fc.array(word, { maxLength: 4 }), fc.array(fc.constantFrom('environ', 'au moins', 'de', 'fusils'), { maxLength: 4 }), (between, tail) => {
        const text = `300 ${between.join(' ')} 45 ${tail.join(' ')} environ`;
        const first = findQuantityMentions(text, 'fr').find((m) => m.value === 300);
        expect(first?.qualifier ?? null).toBeNull();
      }),
      { numRuns: 200 },
    );
  });
});

describe('a multiplier after a vague word is no number', () => {
  const vague = { en: ['several', 'a few', 'some', 'many'], es: ['varios', 'algunos', 'unos'], ru: ['несколько'] } as const;
  const multiplier = { en: ['thousand', 'hundred', 'hundred thousand'], es: ['miles', 'cientos'], ru: ['тысяч', 'сотен'] } as const;
  it('several thousand, a few hundred, varios miles, несколько тысяч: no token, given back as vague (whatever the words after)', () => {
    fc.assert(
      fc.property(fc.constantFrom('en', 'es', 'ru') as fc.Arbitrary<'en' | 'es' | 'ru'>, fc.nat(), fc.nat(), fc.constantFrom('weapons', 'rifles', 'armas', 'единиц оружия', ''), (lang, v, m, after) => {
        const words = vague[lang];
        const scales = multiplier[lang];
        const phrase = `${words[v % words.length]} ${scales[m % scales.length]}`;
        const given: NumberToken[] = [];
        expect(findNumberWordTokens(`In 2020 the police seized ${phrase} ${after}.`, lang, given)).toEqual([]);
        if (findNumberWordTokens(scales[m % scales.length] ?? '', lang).length > 0) expect(given.map((t) => t.raw)).toEqual([phrase]);
      }),
      { numRuns: 200 },
    );
  });

  it('a thousand, two thousand, mil, тысяча stay numbers', () => {
    expect(findNumberWordTokens('the police seized a thousand weapons', 'en').map((t) => t.value)).toEqual([1000]);
    expect(findNumberWordTokens('the police seized two thousand weapons', 'en').map((t) => t.value)).toEqual([2000]);
    expect(findNumberWordTokens('la policía incautó mil armas', 'es').map((t) => t.value)).toEqual([1000]);
    expect(findNumberWordTokens('изъято тысяча единиц оружия', 'ru').map((t) => t.value)).toEqual([1000]);
  });
});
