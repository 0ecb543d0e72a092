import { describe, expect, it } from 'vitest';
import type { Language } from '../../../src/language/types.ts';
import { extractCountStatements } from '../../../src/transforms/count-statements/index.ts';

/** Every statement of one sentence, as [year, action, agency, total, counts]. */
function read(text: string, language: Language): unknown[] {
  return extractCountStatements([{ text, span: { lineStart: 1, lineEnd: 1 } }], { reportedIn: 2020, language }).statements.map((s) => [
    s.year,
    s.action,
    s.agency,
    s.total,
    s.counts.map((c) => `${c.category} ${c.quantity}`),
  ]);
}

// "In 2016, 300 weapons were destroyed, 200 seized": the second count shares the first's weapons noun and year;
// its own action word follows it.
describe('a count sharing the noun of the count before, with its own action after it', () => {
  it.each([
    ['In 2016, 300 weapons were destroyed, 200 seized.', 'en', [[2016, 'destroyed', null, 300, ['firearms 300']], [2016, 'seized', null, 200, ['firearms 200']]]],
    ['In 2016, 300 firearms destroyed and 200 seized.', 'en', [[2016, 'destroyed', null, 300, ['firearms 300']], [2016, 'seized', null, 200, ['firearms 200']]]],
    ['In 2017, 120 pistols were seized and 40 were destroyed.', 'en', [[2017, 'seized', null, 120, ['pistols 120']], [2017, 'destroyed', null, 40, ['pistols 40']]]],
    [
      'In 2016, 300 weapons were destroyed, 200 seized and 50 surrendered.',
      'en',
      [[2016, 'destroyed', null, 300, ['firearms 300']], [2016, 'seized', null, 200, ['firearms 200']], [2016, 'surrendered', null, 50, ['firearms 50']]],
    ],
    ['Of the 300 weapons seized in 2016, 200 were destroyed.', 'en', [[2016, 'seized', null, 300, ['firearms 300']], [2016, 'destroyed', null, 200, ['firearms 200']]]],
    ['En 2016, 300 armes détruites, 200 saisies.', 'fr', [[2016, 'destroyed', null, 300, ['firearms 300']], [2016, 'seized', null, 200, ['firearms 200']]]],
    ['En 2015, 80 fusils ont été saisis et 30 détruits.', 'fr', [[2015, 'seized', null, 80, ['rifles 80']], [2015, 'destroyed', null, 30, ['rifles 30']]]],
    ['En 2016, 300 armas destruidas y 200 decomisadas.', 'es', [[2016, 'destroyed', null, 300, ['firearms 300']], [2016, 'seized', null, 200, ['firearms 200']]]],
    ['Em 2016, 300 armas destruídas e 200 apreendidas.', 'pt', [[2016, 'destroyed', null, 300, ['firearms 300']], [2016, 'seized', null, 200, ['firearms 200']]]],
    ['В 2016 году 300 единиц оружия уничтожено, 200 изъято.', 'ru', [[2016, 'destroyed', null, 300, ['firearms 300']], [2016, 'seized', null, 200, ['firearms 200']]]],
    // A participle describing the weapons and the verb after it stay in the first clause.
    ['In 2016, 45 firearms stolen from the depot were recovered and 20 destroyed.', 'en', [[2016, 'seized', null, 45, ['firearms 45']], [2016, 'destroyed', null, 20, ['firearms 20']]]],
    ['In 2016, 45 firearms stolen and 20 recovered.', 'en', [[2016, 'stolen', null, 45, ['firearms 45']], [2016, 'seized', null, 20, ['firearms 20']]]],
    // The year of the sentence is the second clause's too when the year is written after the first count.
    ['300 weapons were destroyed in 2014 and 200 seized.', 'en', [[2014, 'destroyed', null, 300, ['firearms 300']], [2014, 'seized', null, 200, ['firearms 200']]]],
  ] as const)('%s', (text, language, expected) => {
    expect(read(text, language)).toEqual(expected);
  });

  it('an agent after the first verb is that verb only; a subject before it is shared', () => {
    expect(read('In 2016, 300 weapons were destroyed by the army and 200 were seized.', 'en')).toEqual([
      [2016, 'destroyed', 'defence', 300, ['firearms 300']],
      [2016, 'seized', null, 200, ['firearms 200']],
    ]);
    expect(read('En 2016, 300 armas fueron destruidas y 200 decomisadas por la policía.', 'es')).toEqual([
      [2016, 'destroyed', null, 300, ['firearms 300']],
      [2016, 'seized', 'police', 200, ['firearms 200']],
    ]);
    // With a noun of its own the second count was read before; the army's agent phrase no longer runs into it.
    expect(read('In 2016, 300 weapons were destroyed by the army and 200 rifles were seized.', 'en')).toEqual([
      [2016, 'destroyed', 'defence', 300, ['firearms 300']],
      [2016, 'seized', null, 200, ['rifles 200']],
    ]);
    expect(read('In 2016, the police seized 800 weapons and destroyed 650 rifles.', 'en')).toEqual([
      [2016, 'seized', 'police', 800, ['firearms 800']],
      [2016, 'destroyed', 'police', 650, ['rifles 650']],
    ]);
  });

  it('records where the category came from', () => {
    const [, second] = extractCountStatements([{ text: 'In 2016, 300 rifles were destroyed, 200 seized.', span: { lineStart: 1, lineEnd: 1 } }], { reportedIn: 2020, language: 'en' }).statements;
    const count = second?.counts[0];
    expect(count && [count.category_raw, count.source_text, count.steps?.find((s) => s.column === 'category')?.rule]).toEqual(['rifles', '200', 'vocabulary.category-shared-noun']);
  });

  it.each([
    // No action word after the number: never an action guessed.
    ['In 2016, 300 weapons were destroyed, 200 in 2017.', 'en'],
    ['In 2016, 300 weapons were destroyed and 200 more are awaiting destruction.', 'en'],
    // A count of seizures, not of weapons ('seizures' is an action word, and a noun here).
    ['In 2016, 300 weapons were destroyed and 200 seizures were made.', 'en'],
    ['En 2016, 300 armes ont été détruites et 200 saisies ont été effectuées.', 'fr'],
    // A breakdown of the count before: parts of it, not statements of their own.
    ['In 2016, 300 weapons were collected: 200 destroyed and 100 stored.', 'en'],
    ['In 2016, 300 weapons were seized, of which 200 destroyed.', 'en'],
    // Two kinds of weapons before: which one the number counts is not said.
    ['In 2016, 300 pistols and 20 rifles were destroyed, 200 seized.', 'en'],
    // The verb before the weapons: the participles after may say where the destroyed weapons came from.
    ['In 2016, the police destroyed 300 weapons, 200 seized and 100 surrendered.', 'en'],
  ] as const)('%s: the second number is no statement', (text, language) => {
    const statements = read(text, language) as unknown[][];
    expect(statements).toHaveLength(1);
    expect(((statements[0]?.[4] ?? []) as string[]).some((c) => c.endsWith(' 200'))).toBe(false);
  });
});
