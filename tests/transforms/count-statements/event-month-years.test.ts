import { describe, expect, it } from 'vitest';
import { extractCountStatements } from '../../../src/transforms/count-statements/index.ts';

const yearOf = (text: string, language: string) =>
  extractCountStatements([{ text, span: { lineStart: 1, lineEnd: 1 } }], { reportedIn: 2024, language }).statements.map((s) => [s.year, s.year_basis]);

describe('an event named with its month and year states the year', () => {
  it.each([
    ['en', 'During the national amnesty of October 2023, members of the public voluntarily surrendered 233 firearms.'],
    ['fr', "Lors de la campagne d'octobre 2023, la population a remis volontairement 233 armes à feu."],
    ['es', 'Durante la amnistía de octubre de 2023, la población entregó voluntariamente 233 armas de fuego.'],
  ])('%s: %s', (language, text) => {
    expect(yearOf(text, language)).toEqual([[2023, 'stated']]);
  });

  it('the month-year of an event after the counts does not override a year stated before them', () => {
    expect(yearOf('In 2024 the police destroyed 300 firearms surrendered during the amnesty of October 2023.', 'en')).toEqual([[2024, 'stated']]);
  });
});
