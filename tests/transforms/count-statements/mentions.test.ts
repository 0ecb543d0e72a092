import { describe, expect, it } from 'vitest';
import { findCounts, labelBefore, unknownWords } from '../../../src/transforms/count-statements/mentions.ts';

/** The counts of a whole text as [value, category, raw words, cited words, kind]. */
function countsOf(text: string): [number, string | null, string, string, string][] {
  return findCounts(text, { start: 0, end: text.length }).counts.map((c) => [c.value, c.category, c.categoryRaw, text.slice(c.start, c.end), c.kind]);
}

function skippedOf(text: string): { at: number; rule: string; words: string }[] {
  return findCounts(text, { start: 0, end: text.length }).skipped;
}

describe('findCounts: what a number counts', () => {
  it('reads a count with its category words and its qualifier', () => {
    const text = 'In 2013, the army seized about 300 pistols and 12 escopetas.';
    const found = findCounts(text, { start: 0, end: text.length }).counts;
    expect(found.map((c) => [c.value, c.category, c.qualifier, text.slice(c.start, c.end)])).toEqual([
      [300, 'pistols', 'about', 'about 300 pistols'],
      [12, 'shotguns', null, '12 escopetas'],
    ]);
  });

  it('skips the year, the date and people: "on 12 December 2014", "45 officers"', () => {
    expect(countsOf('In 2014, 45 officers seized 30 rifles on 12 December.')).toEqual([[30, 'rifles', 'rifles', '30 rifles', 'known']]);
  });

  it('keeps unknown words as an unknown count (the list step decides whether it stays)', () => {
    expect(countsOf('Customs seized 12 widgets and 30 pistols.')).toEqual([
      [12, null, 'widgets', '12 widgets', 'unknown'],
      [30, 'pistols', 'pistols', '30 pistols', 'known'],
    ]);
  });

  it('reads a table-like list of labels before numbers, the total label included', () => {
    const text = 'pistols, 120; rifles, 80; total, 240';
    const found = findCounts(text, { start: 0, end: text.length }).counts;
    expect(found.map((c) => [c.value, c.category, c.label, text.slice(c.start, c.end)])).toEqual([
      [120, 'pistols', 'part', 'pistols, 120'],
      [80, 'rifles', 'part', 'rifles, 80'],
      [240, 'firearms', 'total', 'total, 240'],
    ]);
  });

  it('notes the category words before a count name what it breaks down', () => {
    const text = 'The police seized 300 weapons, of the rifled weapons, 13 were carbines.';
    const found = findCounts(text, { start: 0, end: text.length }).counts;
    expect(found.map((c) => [c.value, c.category, c.under])).toEqual([
      [300, 'firearms', null],
      [13, 'carbines', { code: 'rifled', raw: 'rifled weapons' }],
    ]);
  });

  it('reads only the part of the text in the range given', () => {
    const text = 'Seized 5 rifles. Seized 7 pistols.';
    expect(findCounts(text, { start: 17, end: text.length }).counts.map((c) => [c.value, c.start])).toEqual([[7, 24]]);
  });
});

describe('findCounts: numbers skipped on purpose, with the reason', () => {
  it('a dot-grouped number of weapons in English (9.607) is skipped with its reason, a calibre or a number of rounds is not', () => {
    const found = (text: string) => findCounts(text, { start: 0, end: text.length }, 'en');
    const seized = found('In 2005, 9.607 weapons were seized.');
    expect([seized.counts, seized.skipped]).toEqual([[], [{
      at: 9, rule: 'count-ambiguous-number', words: '9.607 weapons',
      reason: `'9.607' is not a whole count in English (decimal mark '.'): a decimal, or 9607 written with another language's thousands separator; not guessed`,
    }]]);
    expect(found('Police seized 1.200.000 rounds and 7.62 mm rifles.').skipped).toEqual([]);
  });

  it('a decimal, or a scaled number that is no whole number of items in the language, is not a whole count', () => {
    // With no language a decimal mark is not known: '2.5 thousand' and '1,5 million' are refused, never 25 or 15.
    expect(skippedOf('In 2013, the army seized 1,5 million rounds, 2.5 thousand rifles and about 300 pistols.')).toEqual([
      { at: 45, rule: 'count-not-integer', words: '2.5 thousand rifles' },
    ]);
    expect(skippedOf("La police a saisi 1,5 million d'armes.")).toEqual([{ at: 18, rule: 'count-not-integer', words: "1,5 million d'armes" }]);
    // Whole digits times a scale word are that many items.
    expect(skippedOf('Изъято 12 тыс. единиц оружия.')).toEqual([]);
    expect(findCounts('Изъято 12 тыс. единиц оружия.', { start: 0, end: 29 }).counts.map((c) => [c.value, c.raw])).toEqual([[12_000, '12 тыс.']]);
  });

  it('a range is not one number: one skip at its first number, citing the whole range', () => {
    expect(skippedOf('Between 200 and 300 rifles were seized.')).toEqual([{ at: 8, rule: 'count-range', words: '200 and 300 rifles' }]);
    expect(skippedOf('Se incautaron 200-300 fusiles y 40 pistolas.')).toEqual([{ at: 14, rule: 'count-range', words: '200-300 fusiles' }]);
    expect(countsOf('Se incautaron 200-300 fusiles y 40 pistolas.')).toEqual([[40, 'pistols', 'pistolas', '40 pistolas', 'known']]);
  });

  it('a multiplier after a vague word is no number: reported, never read as 1,000 or 100', () => {
    expect(skippedOf('In 2020 the police seized several thousand weapons and 40 pistols.')).toEqual([{ at: 26, rule: 'count-vague', words: 'several thousand weapons' }]);
    expect(countsOf('In 2020 the police seized several thousand weapons and 40 pistols.')).toEqual([[40, 'pistols', 'pistols', '40 pistols', 'known']]);
    expect(skippedOf('In 2020 the police seized a few hundred rifles.')).toEqual([{ at: 26, rule: 'count-vague', words: 'a few hundred rifles' }]);
    expect(countsOf('In 2020 the police seized a thousand rifles.').map((c) => c[0])).toEqual([1000]);
  });

  it('ammunition and other items are not weapons', () => {
    expect(skippedOf('La police a saisi 15 000 cartouches et 4 fusils.')).toEqual([{ at: 18, rule: 'not-a-weapon-count', words: '15 000 cartouches' }]);
    expect(skippedOf('Изъято 500 патронов и 40 пистолетов.')).toEqual([{ at: 7, rule: 'not-a-weapon-count', words: '500 патронов' }]);
  });

  it('money is neither a count nor a skip', () => {
    const text = 'US$ 1,200 for 30 pistols, € 300 in fees';
    expect(countsOf(text)).toEqual([[30, 'pistols', 'pistols', '30 pistols', 'known']]);
    expect(skippedOf(text)).toEqual([]);
  });

  it('a year after a Russian preposition or before "году" is not a count', () => {
    expect(countsOf('С 2015 года изъято 2016 пистолетов.')).toEqual([[2016, 'pistols', 'пистолетов', '2016 пистолетов', 'known']]);
    expect(countsOf('В 2015 году изъято 20 пистолетов.')).toEqual([[20, 'pistols', 'пистолетов', '20 пистолетов', 'known']]);
  });
});

describe('findCounts: Chinese noun, number and counter word without spaces', () => {
  it('reads "枪支1,200支" and "其中手枪800支", skips bullets "子弹500发"', () => {
    const text = '收缴枪支1,200支，其中手枪800支，子弹500发';
    expect(countsOf(text)).toEqual([
      [1200, 'firearms', '枪支', '枪支1,200支', 'known'],
      [800, 'pistols', '手枪', '手枪800支', 'known'],
    ]);
    expect(skippedOf(text)).toEqual([{ at: 22, rule: 'not-a-weapon-count', words: '子弹500发' }]);
  });

  it('whole digits scaled by 万 are that many; a decimal scaled by 万 is not a count: skipped with the phrase before it', () => {
    expect(countsOf('收缴枪支12万支')).toEqual([[120_000, 'firearms', '枪支', '枪支12万支', 'known']]);
    expect(skippedOf('收缴枪支12万支')).toEqual([]);
    expect(countsOf('收缴枪支1.2万支')).toEqual([]);
    expect(skippedOf('收缴枪支1.2万支')).toEqual([{ at: 4, rule: 'count-not-integer', words: '收缴枪支1.2万支' }]);
    expect(skippedOf('收缴子弹1.2万发')).toEqual([]);
  });

  it('reads the other order, number and counter before the noun ("800支手枪")', () => {
    expect(countsOf('销毁800支手枪')).toEqual([[800, 'pistols', '手枪', '800支手枪', 'known']]);
  });
});

describe('helpers', () => {
  it('unknownWords stops at punctuation, digits and linking words, five words at most', () => {
    expect(unknownWords(' widgets and 30 pistols')).toBe('widgets');
    expect(unknownWords(' objets divers et 3 fusils')).toBe('objets divers');
    expect(unknownWords(' b c d f g h j')).toBe('b c d f g');
    expect(unknownWords(', 30')).toBe('');
  });

  it('labelBefore reads a category or total label closing right before a number', () => {
    expect(labelBefore('x; revolvers – 12', 0, 15)).toEqual({ start: 3, category: 'revolvers', raw: 'revolvers', total: false });
    expect(labelBefore('пистолеты – 5; итого – 12', 15, 23)).toEqual({ start: 15, category: null, raw: 'итого', total: true });
    expect(labelBefore('the police seized 12', 0, 18)).toBeNull();
  });
});

describe('findCounts: rows laid out as lines under a caption', () => {
  it('gives a row whose label the vocabulary does not know its own count, never the next row\'s label', () => {
    // Before: "95" took "Rifles" from the row below (rifles = 95) and the rifles' 40 was lost.
    const rows = 'Table 1. Weapons destroyed in 2020\nPistols 120\nPump-action shotguns 95\nRifles 40';
    expect(countsOf(rows)).toEqual([
      [120, 'pistols', 'Pistols', 'Pistols 120', 'known'],
      [95, null, 'Pump-action shotguns', 'Pump-action shotguns 95', 'unknown'],
      [40, 'rifles', 'Rifles', 'Rifles 40', 'known'],
    ]);
    // The unknown row last, and first.
    expect(countsOf('Pistols 120\nRifles 40\nPump-action shotguns 95').map((c) => [c[0], c[2]])).toEqual([[120, 'Pistols'], [40, 'Rifles'], [95, 'Pump-action shotguns']]);
    expect(countsOf('Hunting guns 95\nRifles 40').map((c) => [c[0], c[2]])).toEqual([[95, 'Hunting guns'], [40, 'Rifles']]);
  });

  it('leaves a sentence broken after its number to the words on the next line', () => {
    expect(countsOf('The police destroyed 95\nrifles in 2020.').map((c) => [c[0], c[1]])).toEqual([[95, 'rifles']]);
  });
});
