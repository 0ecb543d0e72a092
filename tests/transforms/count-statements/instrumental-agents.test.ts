import { describe, expect, it } from 'vitest';
import { extractCountStatements } from '../../../src/transforms/count-statements/index.ts';

/**
 * The count as the subject of a passive verb, its agent after the verb in the instrumental with no preposition
 * (`1 312 единиц оружия были изъяты Министерством внутренних дел`): the agent is the verb's, read up to a
 * punctuation mark or a preposition, and it ends that verb's clause. A comma or a preposition right after the verb
 * opens no agent (`were surrendered at police stations`, `сданы в отделы полиции`: where, not who).
 */
function statementsOf(text: string, language: string | null): [string | null, number | null, string | null, string | null][] {
  const { statements } = extractCountStatements([{ text, span: { lineStart: 1, lineEnd: 1 } }], { reportedIn: 2022, language });
  return statements.map((s) => [s.action, s.total, s.agency, s.agency_raw]);
}

describe('an agent in the instrumental after the verb whose subject is the count', () => {
  it.each([
    [
      'В 2021 году 1 312 единиц огнестрельного оружия были изъяты Министерством внутренних дел, в том числе 804 охотничьих ружья и 508 пистолетов.',
      [['seized', 1312, 'police', 'Министерством внутренних дел']],
    ],
    ['В 2020 году 150 единиц оружия изъято Государственной пограничной службой.', [['seized', 150, 'border_guard', 'Государственной пограничной службой']]],
    ['В 2020 году 150 единиц оружия уничтожено сотрудниками полиции на полигоне.', [['destroyed', 150, 'police', 'сотрудниками полиции']]],
    ['В 2019 году 40 пистолетов были изъяты таможенными органами', [['seized', 40, 'customs', 'таможенными органами']]],
    // The customs noun in the instrumental (таможней), as the adjective's phrase (таможенной службой) is.
    ['В 2022 году 37 единиц оружия изъято таможней.', [['seized', 37, 'customs', 'таможней']]],
    ['В 2022 году 37 единиц оружия были изъяты таможенной службой.', [['seized', 37, 'customs', 'таможенной службой']]],
    ['В 2022 году 37 единиц оружия уничтожено погранслужбой.', [['destroyed', 37, 'border_guard', 'погранслужбой']]],
    // The agent is the first verb's: the next clause's count has no subject of its own.
    [
      'В 2020 году 150 единиц оружия уничтожены таможенными органами и 20 пистолетов сданы.',
      [
        ['destroyed', 150, 'customs', 'таможенными органами'],
        ['surrendered', 20, null, null],
      ],
    ],
  ] as const)('%s', (text, expected) => {
    expect(statementsOf(text, 'ru')).toEqual(expected);
  });

  it.each([
    ['ru', 'В 2020 году 150 единиц оружия были сданы в отделы полиции.', [['surrendered', 150, null, null]]],
    ['en', 'In 2020, 300 weapons were surrendered at police stations.', [['surrendered', 300, null, null]]],
    ['en', 'In 2020, 300 weapons were destroyed, police said.', [['destroyed', 300, null, null]]],
  ] as const)('a preposition or a comma after the verb opens no agent (%s): %s', (language, text, expected) => {
    expect(statementsOf(text, language)).toEqual(expected);
  });
});
