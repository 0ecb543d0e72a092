import type { Corpus } from './types.ts';

export const corpus: Corpus = {
  countStatements: [
    ['In 2019, 300 weapons or so were seized.', { year: 2019, year_basis: 'stated', action: 'seized', agency: null, total: 300, components_sum: null, counts: ['~firearms 300'] }],
    ['In 2019 the police seized 200 pistols or more rifles.', { year: 2019, year_basis: 'stated', action: 'seized', agency: 'police', total: 200, components_sum: null, counts: ['pistols 200'] }],
    ['In 2019, the police seized 300 weapons: 200 pistols and 100 rifles.', { year: 2019, year_basis: 'stated', action: 'seized', agency: 'police', total: 300, components_sum: 300, counts: ['firearms 300', 'pistols 200', 'rifles 100'] }],
    ['In the past year, some 90 firearms were surrendered to the police.', { year: 2019, year_basis: 'inferred', action: 'surrendered', agency: 'police', total: 90, components_sum: null, counts: ['~firearms 90'] }],
    ['Seventeen rifles were destroyed by the Armed Forces in 2018.', { year: 2018, year_basis: 'stated', action: 'destroyed', agency: 'defence', total: 17, components_sum: null, counts: ['rifles 17'] }],
    ['The ministry trained 45 officials in 2019.', null],
  ],
  numberWords: [
    ['seventeen', 17], ['Twelve', 12], ['twenty-one', 21], ['two hundred and five', 205], ['one thousand two hundred', 1200],
    ['a hundred', 100], ['ninety-nine', 99],
  ],
  quantities: [
    ['Seventeen rifles were stolen.', { value: 17, qualifier: null }],
    ['Twelve rifles were stolen.', { value: 12, qualifier: null }],
    ['A soldier handed over 300 rifles.', { value: 300, qualifier: null }],
    ['Insurgents took over 2,000 rounds.', { value: 2000, qualifier: 'over' }],
    ['Some 90 pistols were found.', { value: 90, qualifier: 'some' }],
    ['approx. 40 rifles', { value: 40, qualifier: 'approximately' }],
    ['300 or so rifles were taken.', { value: 300, qualifier: 'or so' }],
    ['Approximately 1’300 service weapons', { value: 1300, qualifier: 'approximately' }],
    ['between 200 and 300 rifles', { value: null, qualifier: null }],
    ['200–300 rifles', { value: null, qualifier: null }],
    ['2 million rounds', { value: null, qualifier: null }],
    ['destroyed under 300 weapons', { value: 300, qualifier: 'under' }],
    ['stored under Decree 300 of the ministry, 40 rifles', { value: 300, qualifier: null }],
    ['a three-year programme collected 45 rifles', { value: 45, qualifier: null }],
    ['In 2005, 9,607 weapons were seized', { value: 9607, qualifier: null }],
    ['(about 50 rifles)', { value: 50, qualifier: 'about' }],
  ],
  cells: [['9,607', 9607], ['1’300', 1300], ['1 300', 1300], ['1\u00a0300', 1300], ['1\u202f300', 1300], ['9.607', null], ['7.62', null], ['Seventeen', 17]],
  unknownMarkers: ['N/A', 'n/a', 'n.a.', 'unknown', 'Not known', '-', '—', '?'],
  notUnknown: ['none', '0', 'Almaty', 'nil'],
  dates: [['6 September 2022', '2022-09-06'], ['September 6, 2022', '2022-09-06'], ['Sept. 6, 2022', '2022-09-06']],
  relativeYears: [
    ['Over the past year, 40 rifles were seized.', -1],
    ['Last year the police destroyed 300 rifles.', -1],
    ['In the previous year...', -1],
    ['The pastyear', null],
  ],
};
