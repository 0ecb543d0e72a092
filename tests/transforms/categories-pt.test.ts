import { describe, expect, it } from 'vitest';
import { findActions, matchWeaponCategory } from '../../src/transforms/categories.ts';
import { extractCountStatements } from '../../src/transforms/count-statements/index.ts';

describe('Portuguese vocabulary from the pt lexicon', () => {
  it.each([
    ['Foram apreendidas 300 armas', 'seized', 'apreendidas'],
    ['A polícia apreendeu 40 pistolas', 'seized', 'apreendeu'],
    ['Foram entregues voluntariamente 25 armas', 'surrendered', 'entregues voluntariamente'],
    ['Foram destruídas 1 300 armas', 'destroyed', 'destruídas'],
    ['Foram recolhidas 80 armas', 'collected', 'recolhidas'],
  ])('%s -> %s', (text, code, raw) => {
    expect(findActions(text).map((a) => [a.code, a.raw])).toEqual([[code, raw]]);
  });

  it.each([
    ['armas de fogo, das quais', 'firearms', 'armas de fogo'],
    ['pistolas e 20 revólveres', 'pistols', 'pistolas'],
    ['revólveres.', 'revolvers', 'revólveres'],
    ['espingardas e carabinas', 'shotguns', 'espingardas'],
    ['carabinas.', 'carbines', 'carabinas'],
    ['armas artesanais.', 'home_made', 'armas artesanais'],
    ['armas de fabrico artesanal.', 'home_made', 'armas de fabrico artesanal'],
  ])('%s -> %s', (text, code, raw) => {
    expect(matchWeaponCategory(text)).toMatchObject({ code, raw });
  });

  // The year ("Em 2019") is read by count-statements' own year words until it reads the lexicon's `yearLeads`.
  it('a Portuguese statement gets its action and total from the count-statement parser', () => {
    const text = 'Em 2019, foram apreendidas 9.607 armas de fogo pela Polícia.';
    const out = extractCountStatements([{ text, span: { lineStart: 1, lineEnd: 1 } }], { reportedIn: 2020, language: 'pt' });
    expect(out.statements.map((s) => [s.action, s.action_raw, s.total])).toEqual([['seized', 'apreendidas', 9607]]);
  });
});
