import { describe, expect, it } from 'vitest';
import type { Language } from '../../../src/language/types.ts';
import { extractCountStatements, type ProseUnit } from '../../../src/transforms/count-statements/index.ts';

/**
 * A number after words that make it a change between two figures (`seizures rose by 212 firearms`) is no count of
 * items: loading it as 212 seized would be a wrong number. It is reported, never loaded; the counts beside it stay.
 */
const unit = (text: string): ProseUnit => ({ text, span: { lineStart: 3, lineEnd: 3 } });
const read = (text: string, language: Language) => {
  const result = extractCountStatements([unit(text)], { reportedIn: 2024, language });
  return { totals: result.statements.map((s) => [s.year, s.action, s.total]), skipped: result.issues.filter((i) => i.rule === 'count-ambiguous-number').length };
};

describe('a change is no count', () => {
  it.each<[string, Language]>([
    ['Compared with 2022, seizures rose by 212 firearms.', 'en'],
    ['In 2023 destruction increased by 1,040 weapons over the previous year.', 'en'],
    ['The police reported an increase of 75 pistols seized in 2021.', 'en'],
    ['Seizures of rifles fell by 30 rifles in 2019.', 'en'],
    ['En 2020, les saisies ont augmenté de 140 armes par rapport à 2019.', 'fr'],
    ['La police a enregistré une hausse de 40 armes saisies en 2018.', 'fr'],
    ['Em 2020 as apreensões aumentaram em 55 armas de fogo.', 'pt'],
  ])('%s', (text, language) => {
    expect(read(text, language)).toEqual({ totals: [], skipped: 1 });
  });

  it.each<[string, Language, number]>([
    ['En 2021 la Policía incautó 1.200 armas de fuego; las incautaciones aumentaron en 230 armas de fuego.', 'es', 1200],
    ['В 2019 году полиция изъяла 900 единиц оружия, и число изъятий увеличилось на 120 единиц оружия.', 'ru', 900],
  ])('%s: the count stays, the change is reported', (text, language, total) => {
    expect(read(text, language)).toEqual({ totals: [[text.includes('2021') ? 2021 : 2019, 'seized', total]], skipped: 1 });
  });

  it('keeps the counts of the same sentence, and the verbs that are no change', () => {
    expect(read('In 2023 the police seized 1,206 firearms; seizures rose by 212 firearms.', 'en').totals).toEqual([[2023, 'seized', 1206]]);
    // `handed in by`, `seized by`: a word before `by` that is no change word.
    expect(read('In 2019, 300 firearms were handed in by 40 communities.', 'en').totals).toEqual([[2019, 'surrendered', 300]]);
    expect(read('En 2020, la gendarmerie a saisi 90 armes de plus qu’en 2019.', 'fr').totals.length).toBeLessThanOrEqual(1);
  });
});
