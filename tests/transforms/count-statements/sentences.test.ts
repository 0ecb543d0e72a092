import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../../src/transforms/count-statements/sentences.ts';

/** The sentences as text, for readable expectations. */
function sentencesOf(text: string): string[] {
  return splitSentences(text).map((r) => text.slice(r.start, r.end));
}

describe('splitSentences', () => {
  it('cuts at a full stop before a capital, not after an English abbreviation', () => {
    const text = 'Dr. Smith met the team. Art. 5 of the law applies. In 2014 the police seized 40 pistols.';
    expect(splitSentences(text)).toEqual([
      { start: 0, end: 23 },
      { start: 24, end: 50 },
      { start: 51, end: 88 },
    ]);
  });

  it('does not cut after Russian abbreviations ("г.", "т.е.")', () => {
    expect(sentencesOf('В 2012 г. изъято 300 ед. оружия. Т.е. больше, чем раньше. Из них 200 пистолетов.')).toEqual([
      'В 2012 г. изъято 300 ед. оружия.',
      'Т.е. больше, чем раньше.',
      'Из них 200 пистолетов.',
    ]);
  });

  it('does not cut after "núm." (Spanish) but does after a sentence ending in a number', () => {
    expect(sentencesOf('El núm. 3 del informe. Se incautaron 45 armas.')).toEqual(['El núm. 3 del informe.', 'Se incautaron 45 armas.']);
  });

  it('leaves out the bullet mark and a trailing report attribution', () => {
    const text = '- Les douanes ont saisi 12 fusils (n° 5). Parmi elles 3 pistolets. (Rapport national, 2015)';
    expect(splitSentences(text)).toEqual([
      { start: 2, end: 41 },
      { start: 42, end: 66 },
    ]);
  });

  it('cuts Chinese at 。！ without spaces or capitals', () => {
    expect(sentencesOf('公安机关共收缴枪支1,200支。其中手枪800支！另有子弹500发。')).toEqual(['公安机关共收缴枪支1,200支。', '其中手枪800支！', '另有子弹500发。']);
  });

  it('cuts Arabic at a full stop before an Arabic word', () => {
    expect(sentencesOf('ضبطت الشرطة 800 مسدس و450 بندقية. وفي عام 2017 أتلفت 300 قطعة.')).toEqual([
      'ضبطت الشرطة 800 مسدس و450 بندقية.',
      'وفي عام 2017 أتلفت 300 قطعة.',
    ]);
  });

  it('keeps a lower-case continuation after a full stop in one sentence, and trims trailing space', () => {
    expect(sentencesOf('Seized 5 rifles (approx. 3 kg).  ')).toEqual(['Seized 5 rifles (approx. 3 kg).']);
    expect(sentencesOf('It ended. then more')).toEqual(['It ended. then more']);
  });

  it('returns nothing for an empty or blank unit', () => {
    expect(splitSentences('')).toEqual([]);
    expect(splitSentences(' - ')).toEqual([]);
  });
});
