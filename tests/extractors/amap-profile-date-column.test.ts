import { describe, expect, it } from 'vitest';
import { decodePlainText } from '../../src/decoders/text.ts';
import { extractAmapProfile } from '../../src/extractors/amap-profile/index.ts';

/**
 * An explosions table whose first column is headed by the word for DATE (`Дата`, `Fecha`, `Date`, `Data`), its
 * cells numeric dates of any precision (`21.04.2008`, `07.2013`, `2017`): the column is the year column, each row's
 * year the year of its date. It had been taken for a column of no warehouse column, every year NULL.
 */
const table = (heading: string, caption: string, columns: string) =>
  [
    'Armenia',
    '',
    heading,
    '',
    caption,
    '',
    columns,
    '21.04.2008 | Yerevan | 0 | 4 |',
    '07.2013 | Gyumri | 2 | 1 |',
    '2017 | Kapan | 1 | 0 |',
    '',
  ].join('\n');

describe('an explosions table with a date column', () => {
  it.each([
    ['ru', table('Непреднамеренные взрывы', 'Таблица 1. Непреднамеренные взрывы на складах боеприпасов в Армении', 'Дата | Место | Погибшие | Раненые |')],
    ['es', table('Explosiones accidentales', 'Tabla 1. Explosiones no planificadas en sitios de municiones en Armenia', 'Fecha | Lugar | Muertos | Heridos |')],
    ['fr', table('Explosions accidentelles', 'Tableau 1. Explosions accidentelles de dépôts de munitions en Arménie', 'Date | Lieu | Morts | Blessés |')],
  ])('%s: each row has the year of its date', (_language, text) => {
    const out = extractAmapProfile(decodePlainText(text, 'utf-8'));
    expect(out.explosions.map((e) => [e.year, e.location])).toEqual([
      [2008, 'Yerevan'],
      [2013, 'Gyumri'],
      [2017, 'Kapan'],
    ]);
  });
});
