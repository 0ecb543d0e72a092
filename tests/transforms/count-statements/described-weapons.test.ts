import { describe, expect, it } from 'vitest';
import type { Language } from '../../../src/language/types.ts';
import { extractCountStatements } from '../../../src/transforms/count-statements/index.ts';
import { describedWeapons } from '../../../src/transforms/count-statements/mentions.ts';

/** Every statement of one sentence, as [year, action, total, counts]. */
function read(text: string, language: Language): unknown[] {
  return extractCountStatements([{ text, span: { lineStart: 1, lineEnd: 1 } }], { reportedIn: 2020, language }).statements.map((s) => [
    s.year,
    s.action,
    s.total,
    s.counts.map((c) => `${c.category} ${c.category_raw} ${c.quantity}`),
  ]);
}

// An action word between the number and its weapons is an adjective of them ("45 stolen firearms"); what was
// done with them is the action word outside the count's words.
describe('action words describing the weapons before the noun', () => {
  it.each([
    ['In 2016, 45 stolen firearms were recovered.', 'en', [[2016, 'seized', 45, ['firearms stolen firearms 45']]]],
    ['In 2016, 45 confiscated firearms were destroyed.', 'en', [[2016, 'destroyed', 45, ['firearms confiscated firearms 45']]]],
    ['The police recovered 12 stolen pistols in 2018.', 'en', [[2018, 'seized', 12, ['pistols stolen pistols 12']]]],
    ['In 2019, 300 collected weapons were destroyed by burning.', 'en', [[2019, 'destroyed', 300, ['firearms collected weapons 300']]]],
    ['In 2016, 45 recovered stolen firearms were destroyed.', 'en', [[2016, 'destroyed', 45, ['firearms recovered stolen firearms 45']]]],
    ['В 2016 году 45 изъятых пистолетов были уничтожены.', 'ru', [[2016, 'destroyed', 45, ['pistols изъятых пистолетов 45']]]],
    // The languages that put the participle after the noun: the rule of the action word after it.
    ['En 2016, 45 armas robadas fueron recuperadas.', 'es', [[2016, 'seized', 45, ['firearms armas 45']]]],
    ['En 2016, 45 armes volées ont été récupérées.', 'fr', [[2016, 'seized', 45, ['firearms armes 45']]]],
  ] as const)('%s', (text, language, expected) => {
    expect(read(text, language)).toEqual(expected);
  });

  it.each([
    // Two action words describe the weapons and no verb says what was done: no statement, nothing wrong.
    ['In 2016, 45 recovered stolen firearms.', 'en'],
    // Only the describing word: it says what the weapons are, not what happened to them that year.
    ['In 2016, the depot held 45 confiscated firearms.', 'en'],
    ['The armoury received 30 surrendered rifles in 2017.', 'en'],
  ] as const)('%s: no statement', (text, language) => {
    expect(read(text, language)).toEqual([]);
  });

  it('the words from the first action word to the weapons, or null', () => {
    expect(describedWeapons(' stolen firearms were recovered')).toEqual({ code: 'firearms', raw: 'stolen firearms', index: 1, end: 16 });
    expect(describedWeapons(' seized.')).toBeNull();
    expect(describedWeapons(' seized in 2017 firearms')).toBeNull();
    expect(describedWeapons(' firearms')).toBeNull();
  });
});
