import { describe, expect, it } from 'vitest';
import { captionNumber, isLooseCaption, isNumberedCaption } from '../../src/transforms/table-captions.ts';

/** One table-caption parser for the decoders and the extractors, in every language's words. */
describe('table captions', () => {
  it.each([
    ['Table 1: Accidental explosions', '1'],
    ['Table. 2 Diversion', '2'],
    ['Table 3.', '3'],
    ['Tableau 2 – Explosions accidentelles (1979–2021)', '2'],
    ['Tabla 1. Explosiones', '1'],
    ['Cuadro 3: Armas destruidas', '3'],
    ['Quadro 2: Armas de fogo apreendidas', '2'],
    ['Таблица 1. Изъятое оружие', '1'],
  ])('%s names table %s', (text, number) => {
    expect(captionNumber(text)).toBe(number);
    expect(isNumberedCaption(text)).toBe(true);
    expect(isLooseCaption(text)).toBe(true);
  });

  it('a caption without its number is loose only; a sentence about a table is none', () => {
    expect([isNumberedCaption('Table: seizures by year'), isLooseCaption('Table: seizures by year')]).toEqual([false, true]);
    expect([isNumberedCaption('Tables of the ministry were burnt.'), isLooseCaption('Tables of the ministry were burnt.')]).toEqual([false, false]);
    expect(captionNumber('The table below gives the figures.')).toBeNull();
  });
});
