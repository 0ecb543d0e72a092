import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractCountStatements } from '../../../src/transforms/count-statements/index.ts';

/**
 * Two clauses of one sentence, one with a number and one without: an action with no number of its own ("handed them
 * over to the NPS, which destroyed them") never takes the other clause's number; a number picked out of the weapons
 * counted before ("destroyed 950 of them") is a statement of its own action, with those weapons' category.
 */
function read(text: string, language: string): [string | null, number | null, string | null][] {
  const { statements } = extractCountStatements([{ text, span: { lineStart: 1, lineEnd: 1 } }], { reportedIn: 2024, language });
  return statements.map((s) => [s.action, s.total, s.counts[0]?.category ?? null]);
}

describe('an action whose object is a pronoun takes no number', () => {
  it.each([
    ['en', 'In 2023 customs intercepted 27 firearms at the port and handed them over to the police, which destroyed them.', [['seized', 27, 'firearms']]],
    ['en', 'In 2023 customs found 27 firearms at the port and handed them over to the police, which destroyed them.', []],
    ['fr', 'En 2023, la douane a trouvé 27 armes au port et les a remises à la police, qui les a détruites.', []],
    ['ru', 'В 2023 году таможня обнаружила 27 единиц оружия и передала их полиции, которая уничтожила их.', []],
    ['en', 'In 2023 the police seized 300 weapons and destroyed them.', [['seized', 300, 'firearms']]],
  ] as const)('%s: %s', (language, text, expected) => {
    expect(read(text, language)).toEqual(expected);
  });
});

describe('a number picked out of the weapons counted before', () => {
  it.each([
    ['en', 'In 2022 the National Police Service seized 1,284 illicit firearms and destroyed 950 of them, the remainder being held as court exhibits.', [['seized', 1284, 'firearms'], ['destroyed', 950, 'firearms']]],
    ['fr', "En 2021, la police a saisi 300 pistolets et a détruit 120 d'entre eux.", [['seized', 300, 'pistols'], ['destroyed', 120, 'pistols']]],
    ['es', 'En 2021 la policía incautó 300 armas y destruyó 120 de ellas.', [['seized', 300, 'firearms'], ['destroyed', 120, 'firearms']]],
    ['pt', 'Em 2021 a polícia apreendeu 300 armas e destruiu 120 delas.', [['seized', 300, 'firearms'], ['destroyed', 120, 'firearms']]],
    ['ru', 'В 2021 году полиция изъяла 300 единиц оружия и уничтожила 120 из них.', [['seized', 300, 'firearms'], ['destroyed', 120, 'firearms']]],
  ] as const)('%s: %s', (language, text, expected) => {
    expect(read(text, language)).toEqual(expected);
  });

  it('after several counts the weapons picked from are not known: the number is not read', () => {
    expect(read('In 2021 the police seized 300 pistols and 200 rifles and destroyed 100 of them.', 'en').map(([a]) => a)).toEqual(['seized']);
  });

  it('whatever the numbers, each clause keeps its own number and action', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 90000 }), fc.integer({ min: 1, max: 900 }), (a, b) => {
        const text = `In 2020 the army recovered ${a.toLocaleString('en-US')} rifles and destroyed ${b} of them.`;
        expect(read(text, 'en')).toEqual([
          ['seized', a, 'rifles'],
          ['destroyed', b, 'rifles'],
        ]);
      }),
      { numRuns: 50 },
    );
  });
});
