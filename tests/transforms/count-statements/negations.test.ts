import { describe, expect, it } from 'vitest';
import { extractCountStatements } from '../../../src/transforms/count-statements/index.ts';
import type { Language } from '../../../src/language/types.ts';

/**
 * Negation around a count: "not one" and "ни одной" are a count of 0 (never 1), a negated action is no statement of
 * it (never "300 weapons were not destroyed" loaded as 300 destroyed), and the group a count is picked from ("120 of
 * the 300 weapons") is not the count. Each case in the languages whose lexicons say it.
 */

const read = (text: string, language: Language) => {
  const out = extractCountStatements([{ text, span: { lineStart: 1, lineEnd: 1 } }], { reportedIn: 2020, language, agencyAliases: {} });
  return {
    statements: out.statements.map((s) => [s.year, s.action, s.total, s.counts.map((c) => [c.category, c.quantity])]),
    rules: out.issues.map((i) => i.rule),
  };
};

describe('a negated "one" is a count of 0, never 1', () => {
  it.each([
    ['In 2018 not one firearm was seized by the police.', 'en', 'seized'],
    ['In 2018, not a single weapon was destroyed.', 'en', 'destroyed'],
    ['Not even one rifle was recovered in 2018.', 'en', 'seized'],
    ['В 2018 году не было уничтожено ни одной единицы оружия.', 'ru', 'destroyed'],
    ['В 2018 году ни одного ствола не было изъято.', 'ru', 'seized'],
    ['En 2018 no se incautó ni una sola arma de fuego.', 'es', 'seized'],
    ['En 2018, pas une seule arme n’a été détruite.', 'fr', 'destroyed'],
    ['Em 2018, nem uma única arma foi destruída.', 'pt', 'destroyed'],
  ] as const)('%s', (text, language, action) => {
    const { statements } = read(text, language);
    expect(statements).toHaveLength(1);
    expect(statements[0]?.slice(0, 3)).toEqual([2018, action, 0]);
  });

  it('leaves a plain "one" a count of 1, and number words after a year counts', () => {
    expect(read('In 2018, one weapon was destroyed.', 'en').statements).toEqual([[2018, 'destroyed', 1, [['firearms', 1]]]]);
    expect(read('In 2018 two weapons were seized by the police.', 'en').statements).toEqual([[2018, 'seized', 2, [['firearms', 2]]]]);
    // A scale word after the year's digits scales the count that follows the year, never the year.
    expect(read('In 2017 2 thousand weapons were seized.', 'en').statements).toEqual([[2017, 'seized', 2000, [['firearms', 2000]]]]);
  });
});

describe('a negation after the weapons noun ends its phrase: the none is read', () => {
  it.each([
    ['Aucune arme n’a été détruite en 2018.', 'fr'],
    ['En 2018, ninguna arma fue destruida.', 'es'],
    ['В 2018 году ни одна единица оружия не была уничтожена.', 'ru'],
  ] as const)('%s', (text, language) => {
    expect(read(text, language).statements).toEqual([[2018, 'destroyed', 0, [['firearms', 0]]]]);
  });
});

describe('a negated action is no statement of it, and says so', () => {
  it.each([
    ['In 2018, 300 weapons were not destroyed.', 'en'],
    ['In 2018, 300 weapons have not yet been destroyed.', 'en'],
    ["In 2018, 300 weapons weren't destroyed.", 'en'],
    ["En 2018, 300 armes n'ont pas été détruites.", 'fr'],
    ['En 2018, 300 armas no fueron destruidas.', 'es'],
    ['Em 2018, 300 armas não foram destruídas.', 'pt'],
    ['В 2018 году 300 единиц оружия не были уничтожены.', 'ru'],
    ['2018年，300支枪支未被销毁。', 'zh'],
  ] as const)('%s', (text, language) => {
    expect(read(text, language)).toEqual({ statements: [], rules: ['negated-action'] });
  });

  it('keeps an action whose negation belongs to other words or says "not only"', () => {
    expect(read('En 2018, la police a saisi 300 armes qui n’ont jamais été enregistrées.', 'fr').statements).toEqual([[2018, 'seized', 300, [['firearms', 300]]]]);
    expect(read('In 2018, the police not only seized 300 weapons but also trained 40 officers.', 'en').statements).toEqual([[2018, 'seized', 300, [['firearms', 300]]]]);
  });
});

describe('a count picked from a group counts the group’s weapons; the group is not the count', () => {
  it.each([
    ['In 2018, 120 of the 300 weapons collected were destroyed.', 'en', 120],
    ['In 2018, the police destroyed 120 of the 300 firearms it had seized.', 'en', 120],
    ['In 2018, none of the 300 weapons collected were destroyed.', 'en', 0],
    ['In 2018, not one of the 300 weapons collected was destroyed.', 'en', 0],
    ['En 2018, 120 des 300 armes collectées ont été détruites.', 'fr', 120],
    ["En 2018, aucune des 300 armes collectées n'a été détruite.", 'fr', 0],
    ['En 2018 se destruyeron 120 de las 300 armas recolectadas.', 'es', 120],
    ['В 2018 году 120 из 300 единиц оружия были уничтожены.', 'ru', 120],
    ['В 2018 году ни одна из 300 единиц оружия не была уничтожена.', 'ru', 0],
  ] as const)('%s', (text, language, total) => {
    const { statements, rules } = read(text, language);
    expect(statements.map((s) => s.slice(0, 3))).toEqual([[2018, 'destroyed', total]]);
    expect(statements[0]?.[3]).toEqual([['firearms', total]]);
    expect(rules).toContain('count-group');
  });

  it('never takes a year for a group', () => {
    expect(read('In 2017, 2 of 2019 weapons were destroyed.', 'en').rules).not.toContain('count-group');
  });
});
