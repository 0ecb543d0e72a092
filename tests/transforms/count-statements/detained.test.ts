import { describe, expect, it } from 'vitest';
import type { Language } from '../../../src/language/types.ts';
import { extractCountStatements } from '../../../src/transforms/count-statements/index.ts';

/** Each statement of one sentence, as [year, action, action_raw, agency, total, counts]. */
function read(text: string, language: Language): unknown[] {
  return extractCountStatements([{ text, span: { lineStart: 1, lineEnd: 1 } }], { reportedIn: 2023, language }).statements.map((s) => [
    s.year, s.action, s.action_raw, s.agency, s.total, s.counts.map((c) => `${c.approx ? '~' : ''}${c.category} ${c.quantity}`),
  ]);
}

describe('weapons detained are weapons seized (en detained, ru задержано); people detained are no count', () => {
  it.each([
    ['In 2022 the police detained 37 firearms.', 'en', [[2022, 'seized', 'detained', 'police', 37, ['firearms 37']]]],
    ['In 2022 customs detained about 37 pistols at the border.', 'en', [[2022, 'seized', 'detained', 'customs', 37, ['~pistols 37']]]],
    ['In 2022, 37 firearms were detained by customs.', 'en', [[2022, 'seized', 'detained', 'customs', 37, ['firearms 37']]]],
    // The weapons' own few words between the count and its passive verb keep the count its subject.
    ['In Q3 2022, 46 pistols concealed in air cargo were detained by the Customs authorities at Mumbai airport.', 'en', [[2022, 'seized', 'detained', 'customs', 46, ['pistols 46']]]],
    ['In 2021, 37 firearms hidden in a truck were detained at the border.', 'en', [[2021, 'seized', 'detained', null, 37, ['firearms 37']]]],
    ['В 2022 году пограничниками задержано 37 единиц оружия.', 'ru', [[2022, 'seized', 'задержано', 'border_guard', 37, ['firearms 37']]]],
    // The people detained are the first verb's object: the firearms are the second verb's.
    ['In 2022 the police detained 12 suspects and destroyed 37 firearms.', 'en', [[2022, 'destroyed', 'destroyed', null, 37, ['firearms 37']]]],
    ['В 2022 году задержано 12 человек и изъято 37 единиц оружия.', 'ru', [[2022, 'seized', 'изъято', null, 37, ['firearms 37']]]],
  ] as const)('%s', (text, language, expected) => {
    expect(read(text, language)).toEqual(expected);
  });

  it.each([
    ['In 2022 the police detained 12 suspects.', 'en'],
    ['In 2022, 12 persons were detained.', 'en'],
    // Detained with the weapons, not the weapons detained: no seizure is read into it.
    ['In 2022 the police detained 12 suspects with 37 firearms.', 'en'],
    ['В 2022 году задержано 12 человек.', 'ru'],
    ['В 2022 году задержано 12 человек с 37 единицами оружия.', 'ru'],
  ] as const)('%s: no statement', (text, language) => {
    expect(read(text, language)).toEqual([]);
  });
});
