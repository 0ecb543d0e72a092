import { describe, expect, it } from 'vitest';
import type { Language } from '../../../src/language/types.ts';
import { extractCountStatements } from '../../../src/transforms/count-statements/index.ts';

/**
 * A percentage change beside a count (`rose by 9 % to 1,526 firearms`): the count after it is the statement's total,
 * the percentage no count, and the words of the change (`rose by`, `ont augmenté de`, `aumentaron en`, `выросло на`)
 * are the sentence's verb, never part of the agency's words.
 */
const read = (text: string, language: Language) =>
  extractCountStatements([{ text, span: { lineStart: 1, lineEnd: 1 } }], { reportedIn: 2024, language }).statements.map((s) => [s.year, s.action, s.agency_raw, s.total]);

describe('a change beside a count', () => {
  it.each<[string, Language, string, number]>([
    ['In 2023 seizures by the LMPS rose by 9 % to 1,526 firearms.', 'en', 'the LMPS', 1526],
    ['In 2023 seizures by the Border Police increased by 12 per cent to 1,400 firearms.', 'en', 'the Border Police', 1400],
    ['En 2023, les saisies par la Gendarmerie nationale ont augmenté de 14 % pour atteindre 1 092* armes.', 'fr', 'la Gendarmerie nationale', 1092],
    ['En 2023, las armas incautadas por la Policía Nacional Civil aumentaron en un 9 % hasta 1.526 armas de fuego.', 'es', 'la Policía Nacional Civil', 1526],
    ['В 2023 году изъято органами внутренних дел 1 526 единиц оружия, что выросло на 9 %.', 'ru', 'органами внутренних дел', 1526],
  ])('%s', (text, language, agency, total) => {
    expect(read(text, language)).toEqual([[2023, 'seized', agency, total]]);
  });
});
