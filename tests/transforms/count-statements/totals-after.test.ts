import { describe, expect, it } from 'vitest';
import { extractCountStatements } from '../../../src/transforms/count-statements/index.ts';
import { matchWeaponCategory } from '../../../src/transforms/categories.ts';

const read = (text: string, language: string | null = null) =>
  extractCountStatements([{ text, span: { lineStart: 1, lineEnd: 1 } }], { reportedIn: 2021, language }).statements.map((s) => ({
    total: s.total,
    sum: s.components_sum,
    reconciliation: s.reconciliation,
    counts: s.counts.map((c) => [c.category, c.category_raw, c.quantity, c.is_total]),
  }));

describe('a total stated after its parts, a total word right after it', () => {
  const cases: Array<[string, string, string]> = [
    ['fr', 'En 2019, la Police nationale a saisi deux cents fusils et cent vingt pistolets, soit trois cent vingt armes au total.', 'armes'],
    ['fr', 'En 2018, la gendarmerie a détruit 200 fusils et 120 pistolets, 320 armes en tout.', 'armes'],
    ['en', 'In 2019 the police seized 200 rifles and 120 pistols, 320 weapons in total.', 'weapons'],
    ['en', 'In 2019 the police seized 200 rifles and 120 pistols: 320 firearms altogether.', 'firearms'],
    ['es', 'En 2019 la Policía incautó 200 fusiles y 120 pistolas, es decir 320 armas en total.', 'armas'],
    ['pt', 'Em 2019 a polícia apreendeu 200 espingardas e 120 pistolas, 320 armas no total.', 'armas'],
    ['ru', 'В 2019 году полиция изъяла 200 винтовок и 120 пистолетов, 320 единиц оружия всего.', 'единиц оружия'],
  ];
  for (const [language, text, raw] of cases) {
    it(`is the total, not a third part (${language}: ${text.slice(0, 50)}...)`, () => {
      const [statement] = read(text, language);
      expect(statement?.total).toBe(320);
      expect(statement?.sum).toBe(320);
      expect(statement?.reconciliation).toBe('balanced');
      expect(statement?.counts.find((c) => c[3] === true)).toEqual(['firearms', raw, 320, true]);
      expect(statement?.counts.filter((c) => c[3] === false).map((c) => c[2])).toEqual([200, 120]);
    });
  }

  it('a total word before the count after the parts still names that count, not the part before it', () => {
    const [statement] = read('В 2019 году полиция изъяла 200 винтовок и 120 пистолетов, всего 320 единиц оружия.', 'ru');
    expect([statement?.total, statement?.reconciliation]).toEqual([320, 'balanced']);
    const [english] = read('In 2018 the army destroyed 40 pistols and 60 rifles, altogether 100 weapons.', 'en');
    expect([english?.total, english?.reconciliation]).toEqual([100, 'balanced']);
  });

  it('an unbalanced total after its parts is still the total, flagged, never a part', () => {
    const [statement] = read('In 2019 the police seized 200 rifles and 120 pistols, 330 weapons in total.', 'en');
    expect([statement?.total, statement?.sum, statement?.reconciliation]).toEqual([330, 320, 'unbalanced']);
  });
});

describe('a generic weapon noun ends where a preposition opens another phrase', () => {
  it.each([
    ['armes auprès des populations', 'armes'],
    ['armes chez des particuliers', 'armes'],
    ['armes avec leurs munitions', 'armes'],
    ['armas a la Fiscalía', 'armas'],
    ['armas procedentes de Colombia', 'armas'],
    ['armas junto da população', 'armas'],
    ['armes au total', 'armes'],
  ])('%s: the generic total, its raw words the noun alone', (words, raw) => {
    const found = matchWeaponCategory(words);
    expect([found?.code, found?.raw]).toEqual(['firearms', raw]);
  });

  it('a qualifier after the noun still makes it no generic total', () => {
    expect(matchWeaponCategory('armes de guerre saisies')?.code).not.toBe('firearms');
    expect(matchWeaponCategory('armas de guerra')?.code).not.toBe('firearms');
  });
});
