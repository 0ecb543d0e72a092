import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { guessLanguage, languageCode, splitLanguageList } from '../../src/transforms/languages.ts';

describe('languageCode', () => {
  it.each([
    ['English', 'en'], ['Français', 'fr'], ['French', 'fr'], ['Español', 'es'], ['Spanish', 'es'], ['Русский', 'ru'],
    ['Russian', 'ru'], ['العربية', 'ar'], ['Arabic', 'ar'], ['中文', 'zh'], ['Chinese', 'zh'], ['\u200fالعربية\u200f', 'ar'],
  ])('%s -> %s', (name, code) => expect(languageCode(name)).toBe(code));

  it('is null for anything else', () => {
    expect(languageCode('Deutsch')).toBeNull();
    expect(languageCode('2010')).toBeNull();
  });
});

describe('splitLanguageList', () => {
  it('splits on spaces, commas and slashes and keeps the words as written', () => {
    expect(splitLanguageList('English Français العربية').map((t) => [t.raw, t.code])).toEqual([
      ['English', 'en'], ['Français', 'fr'], ['العربية', 'ar'],
    ]);
    expect(splitLanguageList('Español / English, Klingon').map((t) => [t.raw, t.code])).toEqual([
      ['Español', 'es'], ['English', 'en'], ['Klingon', null],
    ]);
  });
});

describe('guessLanguage', () => {
  it('goes by script, then by function words', () => {
    expect(guessLanguage('В 2013 году органами внутренних дел изъято 1 560 единиц оружия.')).toBe('ru');
    expect(guessLanguage('تقرير وطني عن تنفيذ برنامج العمل')).toBe('ar');
    expect(guessLanguage('关于执行行动纲领的国家报告')).toBe('zh');
    expect(guessLanguage('The police destroyed the weapons and the ammunition of the depot.')).toBe('en');
    expect(guessLanguage("Le Sénégal souhaite recevoir une assistance pour la mise en place des registres et du marquage.")).toBe('fr');
    expect(guessLanguage('Las armas incautadas se almacenan en depósitos de la Policía con custodia para su destrucción.')).toBe('es');
  });

  it('an English page listing `English Русский` is English; too little text is unknown', () => {
    expect(guessLanguage('2010 : English Русский\nPublic awareness\n- The police publish the procedure for the surrender of weapons.')).toBe('en');
    expect(guessLanguage('Date: 04/06/2012')).toBeNull();
  });

  it('weighs the scripts as counting letter by letter does (property)', () => {
    const scriptOf = (ch: string): 'latin' | 'ru' | 'ar' | 'zh' | null =>
      /\p{Script=Latin}/u.test(ch) ? 'latin' : /\p{Script=Cyrillic}/u.test(ch) ? 'ru' : /\p{Script=Arabic}/u.test(ch) ? 'ar' : /\p{Script=Han}/u.test(ch) ? 'zh' : null;
    const pieces = fc.constantFrom('the ', 'de la ', 'и ', 'في ', '报告', '𠀋', 'é', '1', ' ', 'zzz ', 'ж', 'ب', '\ud840', '\udc0b');
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 40 }), (parts) => {
        const text = parts.join('');
        const counts = { latin: 0, ru: 0, ar: 0, zh: 0 };
        for (const ch of text) {
          const script = scriptOf(ch);
          if (script) counts[script]++;
        }
        const guess = guessLanguage(text);
        const letters = counts.latin + counts.ru + counts.ar + counts.zh;
        if (letters < 10) {
          expect(guess).toBeNull();
          return;
        }
        const weighed: [string, number][] = [['latin', counts.latin], ['ru', counts.ru], ['ar', counts.ar], ['zh', counts.zh * 3]];
        const best = weighed.sort((a, b) => b[1] - a[1])[0]?.[0];
        if (best !== 'latin') expect(guess).toBe(best);
        else expect(['en', 'fr', 'es', 'pt', null]).toContain(guess);
      }),
      { numRuns: 1000 },
    );
  });
});

describe('Portuguese, a language beyond the six UN ones', () => {
  it('guesses Portuguese prose, not Spanish', () => {
    expect(guessLanguage('No ano passado foram apreendidas 300 armas de fogo pela polícia, das quais 120 pistolas, e não houve registo de roubos nas unidades.')).toBe('pt');
    expect(guessLanguage('El año pasado la policía incautó 300 armas de fuego, de las cuales 120 pistolas, y no se registraron robos en las unidades.')).toBe('es');
  });
  it('knows language names written in Portuguese and names of Portuguese', () => {
    expect(languageCode('Português')).toBe('pt');
    expect(languageCode('portugais')).toBe('pt');
    expect(languageCode('Inglês')).toBe('en');
  });
});
