import { describe, expect, it } from 'vitest';
import type { Language } from '../../../src/language/types.ts';
import { extractCountStatements } from '../../../src/transforms/count-statements/index.ts';

/**
 * A count two bodies of the vocabulary made together (`the police and customs seized 45 firearms`) is neither's alone:
 * agency NULL, the raw words kept, and an info naming the bodies. The first body's code had been loaded for the pair.
 * One body with `and` in its name, two names of one code, or a list one of whose items is no body keep their code.
 */
const extract = (text: string, language: Language) =>
  extractCountStatements([{ text, span: { lineStart: 3, lineEnd: 3 } }], { reportedIn: 2024, language, agencyAliases: {} });
const agencies = (text: string, language: Language) => extract(text, language).statements.map((s) => [s.agency, s.agency_raw]);

describe('a count of several bodies', () => {
  it.each([
    ['In 2022 the police and customs seized 45 firearms.', 'en', 'the police and customs'],
    ['In 2022, 45 firearms were seized by the police and customs.', 'en', 'the police and customs'],
    ['En 2022, la police et les douanes ont saisi 45 armes à feu.', 'fr', 'la police et les douanes'],
    ['En 2022, la Policía Nacional y la Aduana incautaron 45 armas de fuego.', 'es', 'la Policía Nacional y la Aduana'],
    ['Em 2022, a polícia e as alfândegas apreenderam 45 armas de fogo.', 'pt', 'a polícia e as alfândegas'],
    ['В 2022 году полиция и таможня изъяли 45 единиц оружия.', 'ru', 'полиция и таможня'],
  ] as const)('has agency NULL and its words: %s', (text, language, raw) => {
    const { statements, issues } = extract(text, language);
    expect(statements.map((s) => [s.agency, s.agency_raw, s.total])).toEqual([[null, raw, 45]]);
    expect(issues.map((i) => [i.severity, i.rule, i.line_start])).toEqual([['info', 'several-agencies', 3]]);
    expect(statements[0]?.steps?.find((s) => s.column === 'agency')).toMatchObject({ rule: 'agency.several', value: 'NULL' });
  });

  it.each([
    ['In 2022 the National Police and the Gendarmerie seized 45 firearms.', 'en', 'police'],
    ['In 2022, 45 firearms were seized by the police and destroyed by the army.', 'en', 'police'],
    ['In 2022 the police and local communities collected 45 firearms.', 'en', 'police'],
    ['In 2021, the General Department of Customs and Excise seized 40 rifles.', 'en', 'customs'],
  ] as const)('keeps one code when the words name one body or one code: %s', (text, language, code) => {
    expect(agencies(text, language).map(([agency]) => agency)).toEqual([code]);
  });
});
