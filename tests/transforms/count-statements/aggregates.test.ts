import { describe, expect, it } from 'vitest';
import { extractCountStatements } from '../../../src/transforms/count-statements/index.ts';
import type { Language } from '../../../src/language/types.ts';

/**
 * A national report quotes figures that are not its country's: several States' together ("58 States destroyed ..."),
 * a region's ("les États de la région ont saisi ..."), the world's ("worldwide, ..."). They are never loaded as the
 * country's count statement; an info issue names the words that made the figure an aggregate. The country's own
 * clause in the same sentence is still read.
 */

const read = (text: string, language: Language) => {
  const out = extractCountStatements([{ text, span: { lineStart: 3, lineEnd: 3 } }], { reportedIn: 2020, language, agencyAliases: {} });
  return {
    statements: out.statements.map((s) => [s.year, s.action, s.total]),
    aggregates: out.issues.filter((i) => i.rule === 'aggregate-count').map((i) => [i.severity, i.line_start]),
  };
};

describe('figures of several States, a region or the world are not the country\'s', () => {
  it.each([
    ['Since 2001, 58 States destroyed more than 1,300,000 weapons.', 'en'],
    ['Worldwide, 1,200,000 firearms were destroyed in 2019.', 'en'],
    ['In 2019, 1,200,000 firearms were destroyed around the world.', 'en'],
    ['In 2018 the States of the region together seized 41,000 weapons.', 'en'],
    ['In 2018, Member States collected 9,000 weapons during the campaign.', 'en'],
    ['The Forum members together destroyed more than 12,000 small arms in 2017.', 'en'],
    ['En 2017, les pays membres ont détruit 12 000 armes.', 'fr'],
    ['En 2019, les États de la région ont saisi 40 000 armes.', 'fr'],
    ['En 2019, 12 000 armes ont été détruites dans le monde.', 'fr'],
    ['En 2019 se destruyeron 50.000 armas de fuego a nivel mundial.', 'es'],
    ['Em 2019, foram destruídas 30.000 armas em 15 países.', 'pt'],
    ['В 2019 году во всём мире уничтожено 1 200 000 единиц оружия.', 'ru'],
    ['В 2019 году государствами региона изъято 40 000 единиц оружия.', 'ru'],
    ['في عام 2019، دمرت 15 دولة 30000 قطعة سلاح.', 'ar'],
    ['2019年，全球销毁枪支120000支。', 'zh'],
    // A region's figure: the clause ends 'in the region', or a regional operation did it.
    ['The country took part in 2 joint operations in 2020, which together recovered 310 firearms in the region.', 'en'],
    ['In 2020, a regional operation led by INTERPOL seized 310 firearms.', 'en'],
    ['En 2020, 310 armes ont été saisies dans la région.', 'fr'],
    ['En 2020, una operación regional conjunta incautó 310 armas de fuego.', 'es'],
    ['Em 2020, foram apreendidas 310 armas na região.', 'pt'],
    ['В 2020 году совместными операциями изъято 310 единиц оружия в регионе.', 'ru'],
    ['В 2020 году в ходе региональной операции изъято 310 единиц оружия.', 'ru'],
  ] as const)('%s -> no statement, an aggregate-count info', (text, language) => {
    expect(read(text, language)).toEqual({ statements: [], aggregates: [['info', 3]] });
  });

  it('a sentence that counts "of these" States is theirs too', () => {
    expect(read('In 2024, 91 States submitted national reports. Of these, 58 reported the destruction of small arms, totalling more than 1,300,000 weapons.', 'en')).toEqual({
      statements: [],
      aggregates: [['info', 3]],
    });
    // The country's own breakdown after its own figure is still read.
    expect(read('In 2024 the police seized 300 weapons. Of these, 200 were pistols.', 'en').statements).toEqual([[2024, 'seized', 300]]);
  });

  it('keeps the country\'s own clause of the sentence and drops only the aggregate one', () => {
    expect(read('The 54 States of the region together destroyed more than 400,000 weapons in 2018, and the police destroyed 5,000 weapons in 2019.', 'en')).toEqual({
      statements: [[2019, 'destroyed', 5000]],
      aggregates: [['info', 3]],
    });
  });

  it.each([
    // A place inside the country, other States as where weapons came from, a single Member State: the country's own figures.
    ['In 2019 the police in the northern region seized 300 weapons.', 'en', [[2019, 'seized', 300]]],
    ['In 2019 the police seized 300 weapons smuggled from 3 neighbouring countries.', 'en', [[2019, 'seized', 300]]],
    ['As a Member State, the Republic destroyed 2,000 firearms in 2019.', 'en', [[2019, 'destroyed', 2000]]],
    ['In 2019, 12 members of the public surrendered 40 weapons.', 'en', [[2019, 'surrendered', 40]]],
    ['En 2019, la police a saisi 300 armes dans la région de Kayes.', 'fr', [[2019, 'seized', 300]]],
    // A region of the country, named after the word.
    ['In 2020 the police seized 310 firearms in the region of Kavango.', 'en', [[2020, 'seized', 310]]],
    ['En 2020, la Policía incautó 310 armas de fuego en la región de Tarapacá.', 'es', [[2020, 'seized', 310]]],
    ['Em 2020, a polícia apreendeu 310 armas na região de Lisboa.', 'pt', [[2020, 'seized', 310]]],
  ] as const)('%s -> read as the country\'s', (text, language, statements) => {
    expect(read(text, language)).toEqual({ statements, aggregates: [] });
  });
});
