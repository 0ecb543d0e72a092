import { describe, expect, it } from 'vitest';
import { extractCountStatements } from '../../../src/transforms/count-statements/index.ts';

/**
 * "In the same year", "No mesmo ano", "La même année", "En el mismo año", "В том же году", "同年": the statement's year is
 * the year of the statement before it, inferred; with no year before, NULL with an issue saying why (never a guess).
 */
function years(texts: string[], language: string): [number | null, string | null][] {
  const units = texts.map((text, i) => ({ text, span: { lineStart: i + 1, lineEnd: i + 1 } }));
  const { statements } = extractCountStatements(units, { reportedIn: 2024, language });
  return statements.map((s) => [s.year, s.year_basis]);
}

describe('a same-year phrase takes the year of the statement before', () => {
  it.each([
    ['pt', ['Em 2023, a Polícia apreendeu 1.318 armas de fogo.', 'No mesmo ano, foram destruídas 2.064 armas de fogo.']],
    ['pt', ['Em 2023, a Polícia apreendeu 1.318 armas de fogo. Nesse mesmo ano, a Polícia destruiu 2.064 armas de fogo.']],
    ['en', ['In 2023 the police seized 1,318 firearms.', 'In the same year, 2,064 firearms were destroyed.']],
    ['fr', ['En 2023, la police a saisi 1 318 armes à feu.', 'La même année, 2 064 armes ont été détruites.']],
    ['es', ['En 2023 la Policía incautó 1.318 armas de fuego.', 'En el mismo año se destruyeron 2.064 armas de fuego.']],
    ['ru', ['В 2023 году полиция изъяла 1318 единиц оружия.', 'В том же году было уничтожено 2064 единицы оружия.']],
  ] as const)('%s: %s', (language, texts) => {
    expect(years([...texts], language)).toEqual([
      [2023, 'stated'],
      [2023, 'inferred'],
    ]);
  });

  it('with no statement before, the year is NULL and an issue says why', () => {
    const { statements, issues } = extractCountStatements([{ text: 'No mesmo ano, foram destruídas 2.064 armas de fogo.', span: { lineStart: 7, lineEnd: 7 } }], {
      reportedIn: 2024,
      language: 'pt',
    });
    expect(statements.map((s) => s.year)).toEqual([null]);
    expect(issues.find((i) => i.rule === 'year-unknown')?.message).toContain('No mesmo ano');
  });

  it('a year of its own wins over the phrase', () => {
    expect(years(['In 2022 the police seized 300 firearms.', 'In the same operation, in 2023, the army destroyed 200 rifles.'], 'en')).toEqual([
      [2022, 'stated'],
      [2023, 'stated'],
    ]);
  });
});
