import { describe, expect, it } from 'vitest';
import type { Language } from '../../../src/language/types.ts';
import { extractCountStatements } from '../../../src/transforms/count-statements/index.ts';

function read(text: string, language: Language) {
  const result = extractCountStatements([{ text, span: { lineStart: 1, lineEnd: 1 } }], { reportedIn: 2023, language });
  return {
    statements: result.statements.map((s) => [s.year, s.action, s.total]),
    notRead: result.issues.filter((i) => i.rule === 'count-not-read').length,
  };
}

describe('weapons that people held: the verb after them is done to the people, no action of the count', () => {
  it.each([
    ['In 2022, 12 suspects carrying 37 firearms were detained.', 'en'],
    ['In 2022, three individuals in possession of 37 pistols were detained by customs.', 'en'],
    ['In 2022, 12 suspects armed with 37 rifles were detained.', 'en'],
    ['In 2022, 12 smugglers with 37 firearms were intercepted at the border.', 'en'],
    ['En 2022, 12 personnes en possession de 37 armes à feu ont été interceptées.', 'fr'],
    ['En 2022, 12 contrabandistas con 37 armas de fuego fueron interceptados.', 'es'],
    ['Em 2022, 12 suspeitos na posse de 37 armas de fogo foram interceptados.', 'pt'],
    ['В 2022 году 12 контрабандистов с 37 пистолетами задержаны.', 'ru'],
  ] as const)('%s: nothing loads, the count is reported', (text, language) => {
    expect(read(text, language)).toEqual({ statements: [], notRead: 1 });
  });

  it.each([
    // The weapons as the subject, or the people after them: the verb is the weapons'.
    ['In 2022, 37 firearms were detained by customs.', 'en', [[2022, 'seized', 37]]],
    ['In 2022 the police seized 37 firearms from 12 suspects.', 'en', [[2022, 'seized', 37]]],
    ['In 2022, 37 firearms carried by 12 suspects were intercepted.', 'en', [[2022, 'seized', 37]]],
    ['En 2022, 37 armes à feu détenues par 12 personnes ont été saisies.', 'fr', [[2022, 'seized', 37]]],
  ] as const)('%s: the weapons were the verb’s', (text, language, expected) => {
    expect(read(text, language).statements).toEqual(expected);
  });
});

describe('the note for weapons people held', () => {
  it('says the verb was done to the people, with a year in the sentence or without', () => {
    for (const text of ['In 2022, 12 suspects carrying 37 firearms were detained.', '12 smugglers with 37 firearms were intercepted at the border.']) {
      const issues = extractCountStatements([{ text, span: { lineStart: 4, lineEnd: 4 } }], { reportedIn: 2023, language: 'en' }).issues;
      expect(issues.map((i) => [i.rule, i.line_start])).toEqual([['count-not-read', 4]]);
      expect(issues[0]?.message).toBe(`"${text}": 37 firearms is what people held: the verb after it says what was done to the people, not to the weapons: no count statement loaded.`);
    }
  });
});

describe('people counted beside weapons are no part of them', () => {
  it.each([
    ['In 2022 the police seized 37 firearms, 12 smugglers and 3 vehicles.', 'en'],
    ['En 2022, la police a saisi 37 armes et 12 trafiquants.', 'fr'],
  ] as const)('%s', (text, language) => {
    // `12 smugglers` had been an unknown part, so the statement had no total and parts summing 52 (37 + 12 + 3).
    expect(read(text, language).statements).toEqual([[2022, 'seized', 37]]);
  });
});
