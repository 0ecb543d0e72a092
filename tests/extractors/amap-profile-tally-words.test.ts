import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readTally } from '../../src/extractors/amap-profile/tallies.ts';

/**
 * Tallies as the current A-MAP layout writes them: every tense and number of the verb, number words past
 * twelve in French and Spanish (read through the lexicons' number words), and sentences run together
 * where the page lost a footnote marker and its space (`reported.Three cases`).
 */

/** French 1-99 as written in France: `vingt et une`, `soixante et onze`, `quatre-vingts`, `quatre-vingt-dix-sept`. */
function frenchWords(n: number, feminine: boolean): string {
  const one = feminine ? 'une' : 'un';
  const units = ['', one, 'deux', 'trois', 'quatre', 'cinq', 'six', 'sept', 'huit', 'neuf', 'dix', 'onze', 'douze', 'treize', 'quatorze', 'quinze', 'seize', 'dix-sept', 'dix-huit', 'dix-neuf'];
  const tens = ['', '', 'vingt', 'trente', 'quarante', 'cinquante', 'soixante'];
  if (n < 20) return units[n] ?? '';
  if (n < 70) {
    const unit = n % 10;
    const ten = tens[Math.floor(n / 10)] ?? '';
    return unit === 0 ? ten : unit === 1 ? `${ten} et ${one}` : `${ten}-${units[unit]}`;
  }
  if (n < 80) return n === 71 ? 'soixante et onze' : `soixante-${units[n - 60]}`;
  if (n === 80) return 'quatre-vingts';
  return `quatre-vingt-${units[n - 80]}`;
}

/** Spanish 1-99: `veintitrés`, `treinta y cuatro`, `veintiuna`/`veintiún`, `cuarenta y una`. */
function spanishWords(n: number, feminine: boolean): string {
  const units = ['', feminine ? 'una' : 'un', 'dos', 'tres', 'cuatro', 'cinco', 'seis', 'siete', 'ocho', 'nueve', 'diez', 'once', 'doce', 'trece', 'catorce', 'quince', 'dieciséis', 'diecisiete', 'dieciocho', 'diecinueve'];
  const twenties = ['veinte', feminine ? 'veintiuna' : 'veintiún', 'veintidós', 'veintitrés', 'veinticuatro', 'veinticinco', 'veintiséis', 'veintisiete', 'veintiocho', 'veintinueve'];
  const tens = ['', '', '', 'treinta', 'cuarenta', 'cincuenta', 'sesenta', 'setenta', 'ochenta', 'noventa'];
  if (n < 20) return units[n] ?? '';
  if (n < 30) return twenties[n - 20] ?? '';
  const unit = n % 10;
  const ten = tens[Math.floor(n / 10)] ?? '';
  return unit === 0 ? ten : `${ten} y ${units[unit]}`;
}

const capitalise = (text: string): string => `${text.charAt(0).toUpperCase()}${text.slice(1)}`;

describe('tally sentences of the current layout', () => {
  it.each([
    ['Since the beginning of data collection in 1979, four accidental explosions were reported in Nepal (Table 1).', 4, 'four', 1979],
    ['Since 1979, one accidental explosion has been reported in Uganda (Table 1).', 1, 'one', 1979],
    ['Since 1979, no accidental explosions have been reported in Peru.', 0, 'no accidental explosions have been reported', 1979],
    ['Since 1979, No accidental explosion has been recorded in Samoa.', 0, 'No accidental explosion has been recorded', 1979],
  ] as const)('%s', (sentence, count, raw, start) => {
    const tally = readTally(sentence, 'explosions', 'en');
    expect([tally?.reported_count, tally?.reported_raw, tally?.period_start]).toEqual([count, raw, start]);
  });

  it('reads a sentence glued to the one before it (a lost marker) as a sentence of its own', () => {
    const text = 'No accidental explosions have been reported in Nepal.Three cases of diversion were reported since 2010.';
    const diversions = readTally(text, 'diversions', 'en');
    expect([diversions?.reported_count, diversions?.reported_raw, diversions?.period_start]).toEqual([3, 'Three', 2010]);
    expect(diversions && text.slice(diversions.sentenceStart, diversions.sentenceEnd)).toBe('Three cases of diversion were reported since 2010.');
  });

  it('does not take the period of the sentence before a glued one (since 2010.No ...)', () => {
    const text = 'Three cases of diversion were reported since 2010.No accidental explosions have been reported in Nepal.';
    const explosions = readTally(text, 'explosions', 'en');
    expect([explosions?.reported_count, explosions?.period_start, explosions?.period_end]).toEqual([0, null, null]);
  });

  it('keeps an abbreviation written with capitals (U.S.A) inside its sentence', () => {
    const text = 'In the U.S.A two accidental explosions were reported since 2001.';
    const tally = readTally(text, 'explosions', 'en');
    expect([tally?.reported_count, tally?.sentenceStart]).toEqual([2, 0]);
  });

  it.each([
    ['Dix-sept explosions accidentelles ont été signalées au Burkina Faso depuis 1979.', 'explosions', 'fr', 17, 'Dix-sept'],
    ['Vingt-trois cas de détournement ont été signalés depuis 2010.', 'diversions', 'fr', 23, 'Vingt-trois'],
    ['Quatre-vingt-dix-sept explosions accidentelles ont été signalées depuis 1979.', 'explosions', 'fr', 97, 'Quatre-vingt-dix-sept'],
    ['Se han registrado veintitrés explosiones accidentales en el Perú desde 1979.', 'explosions', 'es', 23, 'veintitrés'],
    ['Se han registrado treinta y cuatro casos de desvío en el Perú desde 2005.', 'diversions', 'es', 34, 'treinta y cuatro'],
    ['Se registraron ciento veintiún casos de desvío desde 2005.', 'diversions', 'es', 121, 'ciento veintiún'],
  ] as const)('%s', (sentence, topic, language, count, raw) => {
    const tally = readTally(sentence, topic, language);
    expect([tally?.reported_count, tally?.reported_raw]).toEqual([count, raw]);
  });

  it('reads every French count from 1 to 99 written in words, feminine (explosions) and masculine (cas)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 99 }), (n) => {
        const explosions = `${capitalise(frenchWords(n, true))} explosion${n > 1 ? 's accidentelles ont' : ' accidentelle a'} été signalée${n > 1 ? 's' : ''} depuis 1979.`;
        expect(readTally(explosions, 'explosions', 'fr')?.reported_count).toBe(n);
        const cases = `Depuis 2010, ${frenchWords(n, false)} cas de détournement ont été signalés.`;
        expect(readTally(cases, 'diversions', 'fr')?.reported_count).toBe(n);
      }),
      { numRuns: 200 },
    );
  });

  it('reads every Spanish count from 1 to 99 written in words, feminine (explosiones) and masculine (casos)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 99 }), (n) => {
        const explosions = `Se registraron ${spanishWords(n, true)} ${n > 1 ? 'explosiones accidentales' : 'explosión accidental'} desde 1979.`;
        expect(readTally(explosions, 'explosions', 'es')?.reported_count).toBe(n);
        const cases = `Se han registrado ${spanishWords(n, false)} ${n > 1 ? 'casos' : 'caso'} de desvío desde 2005.`;
        expect(readTally(cases, 'diversions', 'es')?.reported_count).toBe(n);
      }),
      { numRuns: 200 },
    );
  });

  it('never takes a year from another sentence glued to the tally sentence', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1980, max: 2023 }), fc.integer({ min: 2, max: 12 }), (year, count) => {
        const words = ['', '', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'];
        const text = `Thefts were frequent in ${year}.${capitalise(words[count] ?? '')} accidental explosions were reported.`;
        const tally = readTally(text, 'explosions', 'en');
        expect([tally?.reported_count, tally?.period_start, tally?.period_end]).toEqual([count, null, null]);
      }),
      { numRuns: 100 },
    );
  });
});
