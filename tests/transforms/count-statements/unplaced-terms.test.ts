import { describe, expect, it } from 'vitest';
import { extractCountStatements } from '../../../src/transforms/count-statements/index.ts';

/** A longer term starting with a category word that names weapons of no single category keeps NULL, never the shorter term's category. */
describe('a longer term the vocabulary cannot place is never read as its shorter term', () => {
  it.each([
    ['das quais 1.530 espingardas automáticas', 'espingardas automáticas'],
    ['das quais 1.530 espingardas AKM', 'espingardas AKM'],
  ])('pt: %s', (words, raw) => {
    const { statements } = extractCountStatements([{ text: `Em 2023 foram destruídas 2.064 armas de fogo, ${words}, 402 pistolas e 132 armas artesanais.`, span: { lineStart: 1, lineEnd: 1 } }], {
      reportedIn: 2024,
      language: 'pt',
    });
    const part = statements[0]?.counts.find((c) => c.quantity === 1530);
    expect([part?.category, part?.category_raw]).toEqual([null, raw]);
  });

  it('pt: a plain espingarda stays a shotgun', () => {
    const { statements } = extractCountStatements([{ text: 'Em 2020 a polícia apreendeu 40 espingardas.', span: { lineStart: 1, lineEnd: 1 } }], { reportedIn: 2024, language: 'pt' });
    expect(statements[0]?.counts.map((c) => c.category)).toEqual(['shotguns']);
  });
});
