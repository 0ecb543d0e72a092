import type { Corpus } from './types.ts';

export const corpus: Corpus = {
  numberWords: [
    ['dezessete', 17], ['dezassete', 17], ['dezanove', 19], ['dezenove', 19], ['treze', 13], ['vinte e cinco', 25],
    ['duzentas', 200], ['trezentos e quarenta', 340], ['dois mil', 2000], ['uma', 1], ['catorze', 14], ['quatorze', 14],
  ],
  quantities: [
    ['Foram apreendidas dezessete armas de fogo.', { value: 17, qualifier: null }],
    ['Dezassete pistolas foram entregues voluntariamente.', { value: 17, qualifier: null }],
    ['Foram apreendidas 9.607 armas, das quais 7.195 espingardas.', { value: 9607, qualifier: null }],
    ['Foram destruídas 1 300 armas.', { value: 1300, qualifier: null }],
    ['cerca de 500 armas de fogo', { value: 500, qualifier: 'cerca de' }],
    ['mais de 2.000 munições', { value: 2000, qualifier: 'mais de' }],
    ['entre 200 e 300 armas', { value: null, qualifier: null }],
    ['2 milhões de munições', { value: null, qualifier: null }],
  ],
  cells: [['9.607', 9607], ['9 607', 9607], ['Dezassete', 17]],
  unknownMarkers: ['desconhecido', 'Desconhecida', 'sem dados', 'N/A', '-'],
  notUnknown: ['nenhum', 'Maputo'],
  dates: [['20 de março de 2019', '2019-03-20'], ['1 de outubro de 2020', '2020-10-01'], ['5 de dezembro de 2018', '2018-12-05']],
  relativeYears: [
    ['No ano passado foram recolhidas 300 armas.', -1],
    ['no ano anterior', -1],
    ['neste ano', 0],
  ],
};
