import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractCountStatements } from '../../../src/transforms/count-statements/index.ts';

/**
 * A count followed by a partitive pronoun ("300 weapons, 100 of them pistols", "100 de ellas pistolas", "100 из них
 * пистолеты", "其中100支为手枪") is a part OF the count before it, exactly like "of which 100 pistols": the total stays
 * 300 with one part of 100 (unbalanced: the document breaks down only part of it), never a total-less list of 300 + 100.
 * A partitive that names no weapons ("100 of them in Nairobi") loads nothing and says so in an info issue.
 */
function read(text: string, language: string) {
  const { statements, issues } = extractCountStatements([{ text, span: { lineStart: 1, lineEnd: 1 } }], { reportedIn: 2024, language });
  return {
    statements: statements.map((s) => ({
      total: s.total,
      sum: s.components_sum,
      reconciliation: s.reconciliation,
      parts: s.counts.filter((c) => !c.is_total).map((c) => [c.quantity, c.category]),
    })),
    issues: issues.map((i) => [i.severity, i.rule]),
  };
}

describe('a partitive after a count makes it a part of the count before', () => {
  it.each([
    ['en', 'In 2023 the police seized 300 weapons, 100 of them pistols.'],
    ['en', 'In 2023 the police seized 300 weapons, 100 of which were pistols.'],
    ['en', 'In 2023 the police seized 300 weapons, of which 100 pistols.'],
    ['en', 'In 2023 the police seized 300 weapons, including 100 pistols.'],
    ['en', 'In 2023 the police seized 300 weapons (100 of them pistols).'],
    ['fr', 'En 2023, la police a saisi 300 armes, dont 100 pistolets.'],
    ['fr', 'En 2023, la police a saisi 300 armes, 100 d’entre elles des pistolets.'],
    ['fr', "En 2023, la police a saisi 300 armes, 100 d'entre elles étaient des pistolets."],
    ['es', 'En 2023 la policía incautó 300 armas, 100 de ellas pistolas.'],
    ['es', 'En 2023 la policía incautó 300 armas, de las cuales 100 pistolas.'],
    ['es', 'En 2023 la policía incautó 300 armas, 100 de las cuales eran pistolas.'],
    ['pt', 'Em 2023 a polícia apreendeu 300 armas, 100 delas pistolas.'],
    ['pt', 'Em 2023 a polícia apreendeu 300 armas, das quais 100 pistolas.'],
    ['pt', 'Em 2023 a polícia apreendeu 300 armas, 100 das quais eram pistolas.'],
    ['ru', 'В 2023 году полиция изъяла 300 единиц оружия, из них 100 пистолетов.'],
    ['ru', 'В 2023 году полиция изъяла 300 единиц оружия, 100 из них – пистолеты.'],
    ['ru', 'В 2023 году полиция изъяла 300 единиц оружия, 100 из которых пистолеты.'],
    ['ar', 'في عام 2023 ضبطت الشرطة 300 قطعة سلاح، منها 100 مسدس.'],
    ['ar', 'في عام 2023 ضبطت الشرطة 300 قطعة سلاح، 100 منها مسدسات.'],
    ['zh', '2023年，警方缴获枪支300支，其中手枪100支。'],
    ['zh', '2023年，警方缴获枪支300支，其中100支为手枪。'],
  ] as const)('%s: %s', (language, text) => {
    const { statements, issues } = read(text, language);
    expect(statements).toEqual([{ total: 300, sum: 100, reconciliation: 'unbalanced', parts: [[100, 'pistols']] }]);
    expect(issues).toContainEqual(['warning', 'unbalanced-count']);
  });

  it.each([
    ['en', 'In 2023 the police seized 300 weapons. 100 of them were pistols.'],
    ['ru', 'В 2023 году полиция изъяла 300 единиц оружия. 100 из них – пистолеты.'],
    ['es', 'En 2023 la policía incautó 300 armas. 100 de ellas eran pistolas.'],
  ] as const)('a sentence opening with a partitive part continues the count of the sentence before (%s)', (language, text) => {
    const { statements } = read(text, language);
    expect(statements).toEqual([{ total: 300, sum: 100, reconciliation: 'unbalanced', parts: [[100, 'pistols']] }]);
  });

  it('several partitive parts of one total are all its parts', () => {
    const { statements } = read('In 2023 the police seized 300 weapons, 100 of them pistols and 200 of them rifles.', 'en');
    expect(statements).toEqual([{ total: 300, sum: 300, reconciliation: 'balanced', parts: [[100, 'pistols'], [200, 'rifles']] }]);
  });

  it('"destroyed 950 of them" still opens a statement of its own action with the weapons counted before', () => {
    const { statements } = read('In 2023 the police seized 1,284 illicit firearms and destroyed 950 of them.', 'en');
    expect(statements.map((s) => [s.total, s.sum, s.reconciliation])).toEqual([
      [1284, null, 'no_parts'],
      [950, null, 'no_parts'],
    ]);
  });
});

describe('a partitive that names no weapons is no part, and an issue says so', () => {
  it.each([
    ['en', 'In 2023 the police seized 300 weapons, 100 of them in Nairobi.'],
    ['en', 'In 2023 the police seized 300 weapons, of which 100 in Nairobi.'],
    ['fr', 'En 2023, la police a saisi 300 armes, dont 100 à Nairobi.'],
    ['es', 'En 2023 la policía incautó 300 armas, 100 de ellas en Nairobi.'],
    ['pt', 'Em 2023 a polícia apreendeu 300 armas, 100 delas em Luanda.'],
    ['ru', 'В 2023 году полиция изъяла 300 единиц оружия, из них 100 в Москве.'],
    ['ar', 'في عام 2023 ضبطت الشرطة 300 قطعة سلاح، منها 100 في نيروبي.'],
    ['zh', '2023年，警方缴获枪支300支，其中100支在北京。'],
  ] as const)('%s: %s', (language, text) => {
    const { statements, issues } = read(text, language);
    expect(statements).toEqual([{ total: 300, sum: null, reconciliation: 'no_parts', parts: [] }]);
    expect(issues).toContainEqual(['info', 'count-part-no-category']);
  });
});

describe('a total restated with its parts is loaded once', () => {
  it.each([
    ['en', 'In 2023 the police seized 300 weapons (100 pistols and 200 rifles).'],
    ['en', 'In 2023 the police seized 300 weapons: 100 pistols, 200 rifles.'],
    ['en', 'In 2023 the police seized 100 pistols and 200 rifles (300 weapons).'],
    ['en', 'In 2023 the police seized 100 pistols and 200 rifles, i.e. 300 weapons.'],
    ['fr', 'En 2023, la police a saisi 100 pistolets et 200 fusils, soit 300 armes.'],
    ['fr', 'En 2023, la police a saisi 100 pistolets et 200 fusils (300 armes).'],
    ['es', 'En 2023 la policía incautó 100 pistolas y 200 fusiles, es decir, 300 armas.'],
    ['es', 'En 2023 la policía incautó 300 armas (100 pistolas y 200 fusiles).'],
    ['pt', 'Em 2023 a polícia apreendeu 100 pistolas e 200 carabinas, ou seja, 300 armas.'],
    ['ru', 'В 2023 году полиция изъяла 100 пистолетов и 200 винтовок, то есть 300 единиц оружия.'],
    ['ru', 'В 2023 году полиция изъяла 100 пистолетов и 200 винтовок (300 единиц оружия).'],
    ['en', 'In 2023 the police seized 300 weapons, 100 pistols and 200 rifles.'],
    ['en', 'In 2023 the police seized 100 pistols, 200 rifles, totalling 300 weapons.'],
    ['en', 'In 2023 the police seized 100 pistols and 200 rifles, bringing the total to 300 weapons.'],
    ['fr', 'En 2023, la police a saisi 100 pistolets et 200 fusils, totalisant 300 armes.'],
    ['es', 'En 2023 la policía incautó 100 pistolas y 200 fusiles, sumando 300 armas.'],
    ['pt', 'Em 2023 a polícia apreendeu 100 pistolas e 200 carabinas, totalizando 300 armas.'],
    ['ar', 'في عام 2023 ضبطت الشرطة 100 مسدس و200 بندقية، أي 300 قطعة سلاح.'],
    ['zh', '2023年，警方缴获手枪100支、步枪200支，共计枪支300支。'],
    ['zh', '2023年，警方缴获手枪100支、步枪200支，共300支枪支。'],
  ] as const)('%s: %s', (language, text) => {
    const { statements } = read(text, language);
    expect(statements).toHaveLength(1);
    expect(statements[0]).toMatchObject({ total: 300, sum: 300, reconciliation: 'balanced' });
    expect(statements[0]?.parts.map(([q]) => q)).toEqual([100, 200]);
  });

  it('weapons in general opening a plain list whose parts do not add up to them stay one item of it (no total guessed)', () => {
    const { statements } = read('In 2023 the police seized 300 weapons, 100 pistols and 150 rifles.', 'en');
    expect(statements).toEqual([{ total: null, sum: 550, reconciliation: 'no_total', parts: [[300, 'firearms'], [100, 'pistols'], [150, 'rifles']] }]);
  });

  it('a bracketed total that does not match its parts is unbalanced, never added to them', () => {
    const { statements } = read('In 2023 the police seized 100 pistols and 200 rifles (250 weapons).', 'en');
    expect(statements).toEqual([{ total: 250, sum: 300, reconciliation: 'unbalanced', parts: [[100, 'pistols'], [200, 'rifles']] }]);
  });
});

describe('property: a part written with a partitive never makes the parts sum above the total', () => {
  const forms: readonly [string, (t: string, p: string) => string][] = [
    ['en', (t, p) => `In 2022 the police seized ${t} weapons, ${p} of them pistols.`],
    ['en', (t, p) => `In 2022 the police seized ${t} weapons, ${p} of which were pistols.`],
    ['en', (t, p) => `In 2022 the police seized ${t} weapons, including ${p} pistols.`],
    ['en', (t, p) => `In 2022 the police seized ${t} weapons, ${p} of them in Nairobi.`],
    ['fr', (t, p) => `En 2022, la police a saisi ${t} armes, dont ${p} pistolets.`],
    ['fr', (t, p) => `En 2022, la police a saisi ${t} armes, ${p} d'entre elles des pistolets.`],
    ['es', (t, p) => `En 2022 la policía incautó ${t} armas, ${p} de ellas pistolas.`],
    ['es', (t, p) => `En 2022 la policía incautó ${t} armas, de las cuales ${p} pistolas.`],
    ['pt', (t, p) => `Em 2022 a polícia apreendeu ${t} armas, ${p} delas pistolas.`],
    ['ru', (t, p) => `В 2022 году полиция изъяла ${t} единиц оружия, из них ${p} пистолетов.`],
    ['ru', (t, p) => `В 2022 году полиция изъяла ${t} единиц оружия, ${p} из них пистолеты.`],
    ['ar', (t, p) => `في عام 2022 ضبطت الشرطة ${t} قطعة سلاح، ${p} منها مسدسات.`],
    ['zh', (t, p) => `2022年，警方缴获枪支${t}支，其中手枪${p}支。`],
    ['zh', (t, p) => `2022年，警方缴获枪支${t}支，其中${p}支为手枪。`],
  ];
  it('total T, part P <= T: the total is T and the loaded parts sum to at most T', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2, max: 999 }).chain((t) => fc.tuple(fc.constant(t), fc.integer({ min: 1, max: t }))),
        fc.constantFrom(...forms),
        ([t, p], [language, write]) => {
          const { statements } = read(write(String(t), String(p)), language);
          expect(statements).toHaveLength(1);
          const s = statements[0];
          expect(s?.total).toBe(t);
          const loaded = (s?.parts ?? []).reduce((a, [q]) => a + Number(q), 0);
          expect(loaded).toBeLessThanOrEqual(t);
          expect(s?.sum ?? 0).toBeLessThanOrEqual(t);
        },
      ),
      { numRuns: 300 },
    );
  });
});
