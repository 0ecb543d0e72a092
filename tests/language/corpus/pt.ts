import type { Corpus } from './types.ts';

export const corpus: Corpus = {
  countStatements: [
    // Um contador sozinho cuja discriminação nomeia armas conta as armas em geral.
    ['Em 2019, a polícia apreendeu 86 peças, das quais 54 espingardas e 32 pistolas.', { year: 2019, year_basis: 'stated', action: 'seized', agency: 'police', total: 86, components_sum: 86, counts: ['firearms 86', 'shotguns 54', 'pistols 32'] }],
    ['Em 2019 foram destruídas 140 unidades, incluindo 100 pistolas e 40 revólveres.', { year: 2019, year_basis: 'stated', action: 'destroyed', agency: null, total: 140, components_sum: 140, counts: ['firearms 140', 'pistols 100', 'revolvers 40'] }],
    ['Em 2019 foram apreendidas 300 armas aproximadamente.', { year: 2019, year_basis: 'stated', action: 'seized', agency: null, total: 300, components_sum: null, counts: ['~firearms 300'] }],
    ['Em 2013, a Polícia Nacional apreendeu 1 245 armas de fogo, das quais 803 pistolas, 310 revólveres e 132 armas artesanais.', {
      year: 2013, year_basis: 'stated', action: 'seized', agency: 'police', total: 1245, components_sum: 1245,
      counts: ['firearms 1245', 'pistols 803', 'revolvers 310', 'home_made 132'],
    }],
    ['No ano passado, a população civil entregou voluntariamente 3.560 armas de fogo: 2.140 espingardas, 1.020 carabinas e 400 pistolas.', {
      year: 2019, year_basis: 'inferred', action: 'surrendered', agency: null, total: 3560, components_sum: 3560,
      counts: ['firearms 3560', 'shotguns 2140', 'carbines 1020', 'pistols 400'],
    }],
    ['Em 2017, a Polícia Federal apreendeu 8.412 armas de fogo, das quais 5.130 armas curtas e 3.282 armas longas; das armas curtas, 3.904 eram pistolas e 1.226 revólveres.', {
      year: 2017, year_basis: 'stated', action: 'seized', agency: 'police', total: 8412, components_sum: 8412,
      counts: ['firearms 8412', 'pistols_and_revolvers 5130', 'long_guns 3282', 'pistols 3904', 'revolvers 1226'],
    }],
    ['Em 2016 foram recolhidas mais de 4.000 armas de fogo em operações nos estados.', { year: 2016, year_basis: 'stated', action: 'collected', agency: null, total: 4000, components_sum: null, counts: ['~firearms 4000'] }],
    ['Em 2015, as Alfândegas apreenderam 64 armas de fogo, das quais 41 pistolas e 23 carabinas.', {
      year: 2015, year_basis: 'stated', action: 'seized', agency: 'customs', total: 64, components_sum: 64, counts: ['firearms 64', 'pistols 41', 'carbines 23'],
    }],
    ['Em 2017, o Exército destruiu dezassete espingardas.', { year: 2017, year_basis: 'stated', action: 'destroyed', agency: 'defence', total: 17, components_sum: null, counts: ['shotguns 17'] }],
    ['As Forças Armadas destruíram 300 armas em 2018.', { year: 2018, year_basis: 'stated', action: 'destroyed', agency: 'defence', total: 300, components_sum: null, counts: ['firearms 300'] }],
    ['As acções de sensibilização reuniram 1.200 agentes em 18 províncias.', null],
  ],
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
  categories: [['armas de fogo', 'firearms'], ['armas curtas', 'pistols_and_revolvers'], ['espingardas', 'shotguns'], ['fuzis', 'rifles'], ['armas artesanais', 'home_made']],
  agencies: [['a Polícia Nacional', 'police'], ['as Alfândegas', 'customs'], ['o Exército', 'defence'], ['as Forças Armadas', 'defence']],
  headings: [['Gestão de arsenais', 'stockpile_management'], ['Marcação e registo', 'marking'], ['Cooperação internacional', 'international_cooperation'], ['1. Autoridade nacional', 'national_coordination']],
  kinds: [['Relatório nacional sobre a implementação do Programa de Ação\nData de apresentação: 10 de maio de 2010', 'poa_report']],
};
