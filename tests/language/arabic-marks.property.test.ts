import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { withOptionalMarks } from '../../src/language/arabic-marks.ts';
import { findActions, matchWeaponCategory } from '../../src/transforms/categories.ts';

const MARKS = ['\u064B', '\u064C', '\u064D', '\u064E', '\u064F', '\u0650', '\u0651', '\u0652', '\u0670', '\u0640'];
const LETTERS = [...'ابتثجحخدذرزسشصضطظعغفقكلمنهويءأإآةى'];
const ARABIC_LETTER = /[\u0620-\u063F\u0641-\u064A]/u;

/** `word` with up to two marks after each letter, as `marks` picks them. */
function vocalised(word: string, marks: readonly (readonly string[])[]): string {
  return [...word].map((ch, i) => (ARABIC_LETTER.test(ch) ? ch + (marks[i % marks.length] ?? []).join('') : ch)).join('');
}

describe('withOptionalMarks: an Arabic pattern written bare matches its words with harakat, shadda and tatweel', () => {
  const word = fc.array(fc.constantFrom(...LETTERS), { minLength: 1, maxLength: 8 }).map((letters) => letters.join(''));
  const marks = fc.array(fc.array(fc.constantFrom(...MARKS), { maxLength: 2 }), { minLength: 1, maxLength: 8 });

  it('matches the bare word and the word with any marks, as the whole text', () => {
    fc.assert(
      fc.property(word, marks, (w, m) => {
        const re = new RegExp(`^(?:${withOptionalMarks(w)})$`, 'u');
        expect(re.test(w)).toBe(true);
        expect(re.test(vocalised(w, m))).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('matches no other word: with the marks taken out, what matches is the bare pattern', () => {
    fc.assert(
      fc.property(word, word, marks, (w, other, m) => {
        const re = new RegExp(`^(?:${withOptionalMarks(w)})$`, 'u');
        expect(re.test(vocalised(other, m))).toBe(other === w);
      }),
      { numRuns: 300 },
    );
  });

  it.each([
    // A quantified letter keeps its quantifier over the letter and its marks.
    ['سلم(?:ت|وا)?', ['سلم', 'سلّم', 'سلّمت', 'سَلَّمُوا'], ['سل', 'سلمى']],
    ['طوعي?', ['طوع', 'طوعي', 'طوعيّ'], ['طوعيي']],
    // A character class of letters, and a quantified one.
    ['[وف]?الشرط[ةه]', ['الشرطة', 'والشرطةُ', 'فالشُّرطه'], ['بالشرطة']],
    // Escapes and classes of other characters are left as they are.
    ['قطع(?:ة)?\\s+سلاح', ['قطعة سلاح', 'قطعةَ  سلاحٍ'], ['قطعةسلاح']],
    ['[\\p{L}\\p{M}]+\\s+أسلحة', ['ضبط أسلحة', 'ضبطَ أسلحةٍ'], ['أسلحة']],
    ['ت{1,2}م', ['تم', 'تتم', 'تَمّ'], ['تتتم']],
  ])('%s', (pattern, matching, other) => {
    const re = new RegExp(`^(?:${withOptionalMarks(pattern)})$`, 'u');
    for (const text of matching) expect(re.test(text), text).toBe(true);
    for (const text of other) expect(re.test(text), text).toBe(false);
  });

  it('leaves a pattern without Arabic letters unchanged', () => {
    for (const pattern of ['seized', '(?:[a-z]+)?\\s+\\p{L}{2,}', 'изъят[оы]?', '收缴', '[\\u0660-\\u0669]+']) expect(withOptionalMarks(pattern)).toBe(pattern);
  });
});

describe('the Arabic lexicon reads vocalised text as bare text', () => {
  it.each([
    ['سلّموا طوعاً', 'surrendered'],
    ['أَتْلَفَتْ', 'destroyed'],
    ['وتمَّ ضبطُ', 'seized'],
    ['جمــعت', 'collected'],
  ])('%s -> %s', (text, code) => {
    expect(findActions(text).map((a) => [a.code, a.raw])).toEqual([[code, text]]);
  });

  it('a weapon category with its marks', () => {
    expect(matchWeaponCategory('مسدّسات')?.code).toBe('pistols');
    expect(matchWeaponCategory('قطعةَ سلاحٍ')?.code).toBe('firearms');
  });
});

describe('Arabic destruction words as headers and relative clauses write them', () => {
  it.each([
    ['عدد الأسلحة المتلفة', 'المتلفة'],
    ['الأسلحة التي أتلفتها القوات المسلحة', 'أتلفتها'],
    ['الأسلحة التي تم إتلافها', 'تم إتلافها'],
    ['الذخائر التي دمرها الجيش', 'دمرها'],
    ['أسلحة مدمرة', 'مدمرة'],
  ])('%s: destroyed (%s)', (text, raw) => {
    expect(findActions(text).map((a) => [a.code, a.raw])).toEqual([['destroyed', raw]]);
  });
  it('a word that only begins like one is none', () => {
    expect(findActions('المتلفات والمدمرات')).toEqual([]);
  });
});
