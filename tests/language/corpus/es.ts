import type { Corpus } from './types.ts';

export const corpus: Corpus = {
  countStatements: [
    // Un contador solo cuyo desglose nombra armas cuenta las armas en general.
    ['En 2019, la policía incautó 86 piezas, de las cuales 54 fusiles y 32 pistolas.', { year: 2019, year_basis: 'stated', action: 'seized', agency: 'police', total: 86, components_sum: 86, counts: ['firearms 86', 'rifles 54', 'pistols 32'] }],
    ['En 2019 se destruyeron 140 unidades, entre ellas 100 fusiles y 40 pistolas.', { year: 2019, year_basis: 'stated', action: 'destroyed', agency: null, total: 140, components_sum: 140, counts: ['firearms 140', 'rifles 100', 'pistols 40'] }],
    ['En 2019, la Policía incautó 300 armas: 200 pistolas y 100 fusiles.', { year: 2019, year_basis: 'stated', action: 'seized', agency: 'police', total: 300, components_sum: 300, counts: ['firearms 300', 'pistols 200', 'rifles 100'] }],
    ['En 2014 se destruyeron alrededor de 4.600 armas de fuego por la Fuerza Armada.', { year: 2014, year_basis: 'stated', action: 'destroyed', agency: 'defence', total: 4600, components_sum: null, counts: ['~firearms 4600'] }],
    ['En 2013 la población entregó voluntariamente quince fusiles y 1 212 escopetas.', { year: 2013, year_basis: 'stated', action: 'surrendered', agency: null, total: null, components_sum: 1227, counts: ['rifles 15', 'shotguns 1212'] }],
  ],
  numberWords: [
    ['diecisiete', 17], ['trece', 13], ['veintiuno', 21], ['treinta y cinco', 35], ['doscientos treinta', 230], ['ciento veinte', 120],
    ['dos mil', 2000], ['mil quinientos', 1500], ['una', 1],
  ],
  quantities: [
    ['Diecisiete fusiles fueron robados.', { value: 17, qualifier: null }],
    ['Unos 400 cartuchos fueron sustraídos.', { value: 400, qualifier: 'unos' }],
    ['Se incautaron 9.607 armas.', { value: 9607, qualifier: null }],
    ['más de 1.200 armas', { value: 1200, qualifier: 'más de' }],
    ['entre 200 y 300 armas', { value: null, qualifier: null }],
    ['3 mil cartuchos', { value: null, qualifier: null }],
    ['cerca de 50 pistolas', { value: 50, qualifier: 'cerca de' }],
    ['200 armas aproximadamente', { value: 200, qualifier: 'aproximadamente' }],
  ],
  cells: [['9.607', 9607], ['9 607', 9607], ['Trece', 13]],
  unknownMarkers: ['desconocido', 'Desconocida', 's/d', 'N/A', '-'],
  notUnknown: ['ninguno', 'Bogotá'],
  dates: [['14 de mayo de 2014', '2014-05-14'], ['1 de septiembre de 2020', '2020-09-01'], ['3 setiembre 2019', '2019-09-03']],
  relativeYears: [
    ['El año pasado se destruyeron 300 armas.', -1],
    ['durante el año anterior', -1],
    ['este año', 0],
  ],
  categories: [['armas de fuego', 'firearms'], ['armas cortas', 'pistols_and_revolvers'], ['escopetas de caza', 'hunting'], ['armas blancas', 'edged_weapons'], ['fusiles y carabinas', 'rifles_and_carbines'], ['municiones', null], ['fusiles de asalto', 'rifles']],
  agencies: [['la Policía Nacional', 'police'], ['la Guardia Civil', 'police'], ['las Fuerzas Armadas', 'defence'], ['la Dirección Nacional de Aduanas', 'customs']],
  headings: [['Recolección y destrucción de armas', 'collection_destruction'], ['Marco jurídico', 'legislation'], ['Intercambio de información', 'information_exchange'], ['I. Autoridad nacional', 'national_coordination'], ['4. Marcaje y registro', 'marking']],
  kinds: [['Informe nacional sobre la aplicación del Programa de Acción\nFecha de presentación: 2 de mayo de 2012', 'poa_report']],
};
