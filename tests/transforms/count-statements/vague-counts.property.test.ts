import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Language } from '../../../src/language/types.ts';
import { extractCountStatements } from '../../../src/transforms/count-statements/index.ts';

/**
 * Weapons counted by vague words only (`des centaines d'armes`, `miles de armas`, `milhares de armas`, `тысячи единиц
 * оружия`, `thousands of weapons`), a vague word before a multiplier or not: no count is loaded (never 1,000 or 100),
 * and an info `count-vague` names the words. An exact count beside them stays.
 */
type Spoken = 'en' | 'fr' | 'es' | 'pt' | 'ru';

const SAMPLES: Record<Spoken, { sentence: (words: string, tail: string) => string; vague: readonly string[]; weapons: readonly string[]; tail: string }> = {
  en: {
    sentence: (words, tail) => `In 2020 the police seized ${words}${tail}.`,
    vague: ['thousands of', 'hundreds of', 'several thousand', 'a few hundred', 'tens of thousands of'],
    weapons: ['weapons', 'firearms', 'rifles'],
    tail: ' and 40 pistols',
  },
  fr: {
    sentence: (words, tail) => `En 2020, la police a saisi ${words}${tail}.`,
    vague: ['plusieurs milliers', 'des centaines', 'quelques centaines', 'des milliers', 'plusieurs centaines'],
    weapons: ["d'armes", "d'armes à feu", 'de fusils'],
    tail: ' et 40 pistolets',
  },
  es: {
    sentence: (words, tail) => `En 2020, la policía incautó ${words}${tail}.`,
    vague: ['miles', 'cientos', 'varios miles', 'centenares', 'varios cientos'],
    weapons: ['de armas', 'de armas de fuego', 'de fusiles'],
    tail: ' y 40 pistolas',
  },
  pt: {
    sentence: (words, tail) => `Em 2020, a polícia apreendeu ${words}${tail}.`,
    vague: ['milhares', 'centenas', 'vários milhares', 'algumas centenas', 'várias centenas'],
    weapons: ['de armas', 'de armas de fogo', 'de espingardas'],
    tail: ' e 40 pistolas',
  },
  ru: {
    sentence: (words, tail) => `В 2020 году полиция изъяла ${words}${tail}.`,
    vague: ['тысячи', 'сотни', 'несколько сотен', 'несколько тысяч', 'сотни тысяч'],
    weapons: ['единиц оружия', 'пистолетов', 'единиц огнестрельного оружия'],
    tail: ' и 40 автоматов',
  },
};

function read(text: string, language: Language) {
  const { statements, issues } = extractCountStatements([{ text, span: { lineStart: 1, lineEnd: 1 } }], { reportedIn: 2024, language });
  return {
    quantities: statements.flatMap((s) => s.counts.map((c) => c.quantity)),
    vague: issues.filter((i) => i.rule === 'count-vague').map((i) => [i.severity, i.message]),
  };
}

describe('weapons counted by vague words: no count, an info count-vague', () => {
  it('in every language, with or without a vague word before the multiplier, with or without an exact count beside', () => {
    const spoken = fc.constantFrom<Spoken>('en', 'fr', 'es', 'pt', 'ru');
    fc.assert(
      fc.property(spoken, fc.nat(), fc.nat(), fc.boolean(), (language, v, w, withTail) => {
        const sample = SAMPLES[language];
        const words = `${sample.vague[v % sample.vague.length]} ${sample.weapons[w % sample.weapons.length]}`;
        expect(read(sample.sentence(words, withTail ? sample.tail : ''), language)).toEqual({
          quantities: withTail ? [40] : [],
          vague: [['info', `"${words}" names no number (a vague quantity): no count is loaded for it.`]],
        });
      }),
      { numRuns: 300 },
    );
  });

  it('тысячи единиц оружия had loaded 1,000: now no count', () => {
    expect(read('В 2020 году полиция изъяла тысячи единиц оружия.', 'ru').quantities).toEqual([]);
  });

  it('digits or a number word before the multiplier stay a number', () => {
    expect(read('В 2020 году полиция изъяла 2 тысячи единиц оружия.', 'ru')).toEqual({ quantities: [2000], vague: [] });
    expect(read('В 2020 году полиция изъяла две тысячи единиц оружия.', 'ru')).toEqual({ quantities: [2000], vague: [] });
    expect(read('В 2020 году полиция изъяла пять сотен пистолетов.', 'ru')).toEqual({ quantities: [500], vague: [] });
    expect(read('En 2020, la policía incautó dos mil armas.', 'es')).toEqual({ quantities: [2000], vague: [] });
  });
});
