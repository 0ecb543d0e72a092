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

// "В том же году Федеральной таможенной службой изъято": with no comma after it, the same-year phrase (or a this-year
// one) opening the sentence was read as the first words of the subject's name.
describe('a same-year phrase opening the sentence is no part of the subject', () => {
  const agencies = (texts: string[], language: string) =>
    extractCountStatements(texts.map((text, i) => ({ text, span: { lineStart: i + 1, lineEnd: i + 1 } })), { reportedIn: 2024, language }).statements.map((s) => [
      s.year,
      s.agency_raw,
      s.agency,
    ]);
  it.each([
    ['ru', 'В 2022 году полиция изъяла 12 пистолетов.', 'В том же году Федеральной таможенной службой изъято 46 ед. огнестрельного оружия.', 'Федеральной таможенной службой', 'customs'],
    ['ru', 'В 2022 году полиция изъяла 12 пистолетов.', 'В этом же году таможенными органами изъято 46 винтовок.', 'таможенными органами', 'customs'],
    ['en', 'In 2022 the police seized 12 pistols.', 'In the same year the Customs Service seized 46 rifles.', 'the Customs Service', 'customs'],
    ['es', 'En 2022 la policía incautó 12 pistolas.', 'En el mismo año la Aduana Nacional incautó 46 fusiles.', 'la Aduana Nacional', 'customs'],
    ['fr', 'En 2022, la police a saisi 12 pistolets.', 'La même année la douane a saisi 46 fusils.', 'la douane', 'customs'],
  ] as const)('%s: %s %s', (language, first, second, raw, code) => {
    expect(agencies([first, second], language)[1]).toEqual([2022, raw, code]);
  });

  it('this year opening the sentence is no part of the subject either', () => {
    expect(agencies(['В этом году таможенными органами изъято 46 ед. огнестрельного оружия.'], 'ru')).toEqual([[2024, 'таможенными органами', 'customs']]);
  });
});
