import { describe, expect, it } from 'vitest';
import * as compiled from '../../../src/transforms/count-statements/compile.ts';
import { alternation } from '../../../src/transforms/count-statements/compile.ts';
import { allLexicons } from '../../../src/language/registry.ts';
import { LANGUAGES } from '../../../src/language/types.ts';

describe('count-statement words in the lexicons', () => {
  it('every registered language has the countStatements section, with the same keys', () => {
    const lexicons = allLexicons();
    expect(lexicons.map((l) => l.language)).toEqual([...LANGUAGES]);
    const keys = Object.keys(lexicons[0]?.countStatements ?? {}).sort();
    expect(keys.length).toBeGreaterThan(30);
    for (const lexicon of lexicons) expect(Object.keys(lexicon.countStatements).sort(), lexicon.language).toEqual(keys);
  });

  it('every entry compiles as a regex fragment and matches no empty text', () => {
    for (const lexicon of allLexicons()) {
      const sections: [string, readonly string[]][] = [...Object.entries(lexicon.countStatements), ['partIntroducers', lexicon.partIntroducers]];
      for (const [key, entries] of sections) {
        for (const entry of entries) {
          const re = new RegExp(`^(?:${alternation([entry])})$`, 'iu');
          expect(re.test(''), `${lexicon.language}.${key}: ${entry}`).toBe(false);
        }
      }
    }
  });

  it('an empty list never matches', () => {
    expect(new RegExp(`^(?:${alternation([])})`, 'u').test('anything')).toBe(false);
  });

  it('a space in an entry stands for any whitespace', () => {
    expect(new RegExp(`^(?:${alternation(['of which'])})$`, 'u').test('of\n  which')).toBe(true);
  });
});

describe('compile.ts', () => {
  it('no matcher uses \\b (it never fires next to Cyrillic or Arabic letters)', () => {
    for (const [name, value] of Object.entries(compiled)) {
      if (value instanceof RegExp) expect(value.source.includes('\\b'), name).toBe(false);
    }
  });

  it('Cyrillic words are bounded by letters: "с" is a comparison word, not the start of "сравнить"', () => {
    expect(compiled.COMPARISON.test('по сравнению с 2012')).toBe(true);
    expect(compiled.COMPARISON.test('сравнить')).toBe(false);
    expect(compiled.PAST_YEAR.exec('Изъято в прошлом году 40 пистолетов')?.[0]).toBe('в прошлом году');
    expect(compiled.PAST_YEAR.test('в прошлом годух')).toBe(false);
  });

  it('Chinese breakdown words need no boundary; other languages need one', () => {
    expect(compiled.BREAKDOWN.test('枪支1,200支，其中手枪')).toBe(true);
    expect(compiled.BREAKDOWN.test('weapons, including')).toBe(true);
    expect(compiled.BREAKDOWN.test('weapons, includingly')).toBe(false);
    expect(compiled.BREAKDOWN.test('وبما في ذلك')).toBe(false);
    expect(compiled.BREAKDOWN.test(' ومنها ')).toBe(true);
  });

  it('list joiners follow each language boundary rule', () => {
    for (const gap of [' and ', ', ', ' и ', ' et ', ' y ', ' و', '和', '、']) expect(compiled.LIST_GAP.test(gap), gap).toBe(true);
    expect(compiled.LIST_GAP.test(' andy ')).toBe(false);
    expect(compiled.LIST_GAP.test(' in ')).toBe(false);
  });

  it('an Arabic conjunction glued to the number is recognised only as a word of its own', () => {
    expect(compiled.GLUED_CONJUNCTION.test('800 مسدس و')).toBe(true);
    expect(compiled.GLUED_CONJUNCTION.test('و')).toBe(true);
    expect(compiled.GLUED_CONJUNCTION.test('800 مسدسو')).toBe(false);
  });

  it('stated years in every language that writes them', () => {
    const years = (text: string) => [...text.matchAll(compiled.STATED_YEAR)].map((m) => m[1] ?? m[2]);
    expect(years('In 2005 and for the year 2006')).toEqual(['2005', '2006']);
    expect(years('В 2013 году, за 2014 г.')).toEqual(['2013', '2014']);
    expect(years("Au cours de l'année 2012; en 2013")).toEqual(['2012', '2013']);
    expect(years('entre enero y diciembre de 2016')).toEqual(['2016']);
    expect(years('وخلال عام 2017')).toEqual(['2017']);
    expect(years('2016年，')).toEqual(['2016']);
    expect(years('seized 2016 rifles')).toEqual([]);
  });

  it('scale words, currency and ranges', () => {
    expect(compiled.SCALE_WORD.exec(' тыс. единиц')?.[0]).toBe(' тыс.');
    expect(compiled.SCALE_WORD.exec(' millones de')?.[0]).toBe(' millones');
    expect(compiled.SCALE_WORD.test(' milestones')).toBe(false);
    expect(compiled.CURRENCY_BEFORE.test('paid USD ')).toBe(true);
    expect(compiled.CURRENCY_BEFORE.test('paid XUSD ')).toBe(false);
    expect(compiled.CURRENCY_BEFORE.test('стоимостью руб. ')).toBe(true);
    expect(compiled.RANGE_TO.test(' до ')).toBe(true);
    expect(compiled.RANGE_OPEN.test('seized between ')).toBe(true);
    expect(compiled.RANGE_OPEN.test('seized made ')).toBe(false);
  });
});
