import { describe, expect, it } from 'vitest';
import type { Language } from '../../../src/language/types.ts';
import { extractCountStatements } from '../../../src/transforms/count-statements/index.ts';

/**
 * A sign before a number hedges or bounds it in every language (`~300`, `≈300`, `>300`, `≥300`, `<300`, `≤300`), as
 * the qualifier words do, and so does a plus after it (`300+`): the count is approximate, with the sign as its
 * qualifier, never loaded as exact (`300+ firearms` had loaded nothing, with no issue).
 */
const read = (text: string, language: Language) =>
  extractCountStatements([{ text, span: { lineStart: 1, lineEnd: 1 } }], { reportedIn: 2024, language, agencyAliases: {} }).statements.map((s) =>
    s.counts.map((c) => [c.quantity, c.approx, c.approx_qualifier]),
  );

describe('a sign before a number makes it approximate', () => {
  it.each([
    ['In 2022 the police seized ~300 firearms.', 'en', '~'],
    ['In 2022 the police seized ≈ 300 firearms.', 'en', '≈'],
    ['In 2022 the police seized >300 firearms.', 'en', '>'],
    ['In 2022 the police seized ≥300 firearms.', 'en', '≥'],
    ['En 2022, la police a saisi <300 armes.', 'fr', '<'],
    ['En 2022 la policía incautó ≤300 armas.', 'es', '≤'],
    ['В 2022 году изъято ~300 единиц оружия.', 'ru', '~'],
  ] as const)('%s', (text, language, sign) => {
    expect(read(text, language)).toEqual([[[300, true, sign]]]);
  });

  it.each([
    ['In 2022 the police seized 300+ firearms.', 'en'],
    ['In 2022 the police seized 300 + firearms.', 'en'],
    ['En 2022, la police a saisi 300+ armes.', 'fr'],
  ] as const)('a plus after the number bounds it from below: %s', (text, language) => {
    expect(read(text, language)).toEqual([[[300, true, '+']]]);
  });

  it('a number with no sign stays exact, and a sign before another number hedges only that one', () => {
    expect(read('In 2022 the police seized 300 firearms.', 'en')).toEqual([[[300, false, null]]]);
    expect(read('In 2022, 2 > 1 and the police seized 300 firearms.', 'en')).toEqual([[[300, false, null]]]);
  });
});
