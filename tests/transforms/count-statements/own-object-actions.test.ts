import { describe, expect, it } from 'vitest';
import type { Language } from '../../../src/language/types.ts';
import { extractCountStatements } from '../../../src/transforms/count-statements/index.ts';

/** Each statement of one sentence, as [year, action, action_raw, total, counts]. */
function read(text: string, language: Language): unknown[] {
  return extractCountStatements([{ text, span: { lineStart: 1, lineEnd: 1 } }], { reportedIn: 2023, language }).statements.map((s) => [
    s.year, s.action, s.action_raw, s.total, s.counts.map((c) => `${c.category} ${c.quantity}`),
  ]);
}

describe('an action word with an object of its own, then a conjunction and another action, is not the counts’ action', () => {
  it.each([
    ['In 2022 the police seized 12 vehicles and destroyed 37 firearms.', 'en', [[2022, 'destroyed', 'destroyed', 37, ['firearms 37']]]],
    ['In 2022 the police seized drugs and destroyed 37 firearms.', 'en', [[2022, 'destroyed', 'destroyed', 37, ['firearms 37']]]],
    ['In 2022 the police recovered two vehicles, and destroyed 37 rifles.', 'en', [[2022, 'destroyed', 'destroyed', 37, ['rifles 37']]]],
    ['En 2022, la police a saisi de la drogue et détruit 37 armes.', 'fr', [[2022, 'destroyed', 'détruit', 37, ['firearms 37']]]],
    ['En 2022 la policía incautó drogas y destruyó 37 armas.', 'es', [[2022, 'destroyed', 'destruyó', 37, ['firearms 37']]]],
  ] as const)('%s', (text, language, expected) => {
    expect(read(text, language)).toEqual(expected);
  });

  it.each([
    // No object between the two verbs: the same weapons, the first verb's statement as before.
    ['In 2022 the police seized and destroyed 37 firearms.', 'en', [[2022, 'seized', 'seized', 37, ['firearms 37']]]],
    // A participle describing the object, no conjunction: the first verb is still the action.
    ['In 2022 the police recovered weapons stolen from the army: 45 firearms.', 'en', [[2022, 'seized', 'recovered', 45, ['firearms 45']]]],
  ] as const)('%s: unchanged', (text, language, expected) => {
    expect(read(text, language)).toEqual(expected);
  });
});
