import { describe, expect, it } from 'vitest';
import { classifyKind } from '../../src/classify/kind.ts';
import { decodePlainText } from '../../src/decoders/text.ts';

/**
 * A report whose only signs are its title's `Programme of Action` and an outline of PoA topics numbered by a
 * section word (`Part 1.`, `Partie 2 -`, `Раздел 3.`): the outline counts as one numbered `1.`, `II.` does.
 */
const decide = (lines: readonly string[]) => classifyKind(decodePlainText(lines.join('\n'), 'utf-8'));

describe('a report outline numbered by section words', () => {
  it.each([
    [['Report of Fiji on the implementation of the United Nations Programme of Action', 'Suva, 2 June 2022', '', 'Part 1. National coordination', 'The committee met twice.', 'Part 2. Collection and destruction', 'No weapon was destroyed.', 'Part 3. Stockpile management', 'Armouries were inspected.', 'Part 4. Assistance needs', 'Fiji seeks training.']],
    [['Rapport de la République du Mali sur la mise en œuvre du Programme d’action', '', 'Partie 1 - Coordination nationale', 'La commission se réunit.', 'Partie 2 - Marquage', 'Les armes sont marquées.', 'Partie 3 - Gestion des stocks', 'Les dépôts sont inspectés.', 'Partie 4 - Coopération internationale', 'Le Mali coopère.']],
    [['Доклад Республики Беларусь об осуществлении Программы действий', '', 'Раздел 1. Национальная координация', 'Комиссия собирается.', 'Раздел 2. Маркировка', 'Оружие маркируется.', 'Раздел 3. Управление запасами', 'Склады проверяются.', 'Раздел 4. Международное сотрудничество', 'Беларусь сотрудничает.']],
  ])('is a national report: %j', (lines) => {
    const decision = decide(lines);
    expect(decision.kind).toBe('poa_report');
    expect(decision.signs).toMatch(/outline of [4-9] PoA topics/u);
  });

  it('section words before headings that name no PoA topic are no outline', () => {
    const decision = decide(['Annual report of the Ministry of Finance of Fiji', '', 'Part 1. Budget', 'Revenue rose.', 'Part 2. Staff', 'Ten people joined.', 'Part 3. Buildings', 'None built.', 'Part 4. Outlook', 'Good.']);
    expect(decision.kind).toBeNull();
    expect(decision.signs).not.toMatch(/outline/u);
  });

  it('a numbered list of three topics is no outline (four are needed)', () => {
    const decision = decide(['Report of Fiji on the implementation of the United Nations Programme of Action', '', 'Part 1. National coordination', 'x', 'Part 2. Marking', 'y', 'Part 3. Stockpile management', 'z']);
    expect(decision.signs).not.toMatch(/outline/u);
    expect(decision.kind).toBeNull();
  });
});
