import type { Corpus } from './types.ts';

export const corpus: Corpus = {
  countStatements: [
    // Un compteur seul dont la ventilation nomme des armes compte les armes en général.
    ['En 2019, la police a saisi 86 pièces, dont 54 fusils de chasse et 32 pistolets.', { year: 2019, year_basis: 'stated', action: 'seized', agency: 'police', total: 86, components_sum: 86, counts: ['firearms 86', 'hunting 54', 'pistols 32'] }],
    ['En 2019, 140 unités ont été détruites, dont 100 fusils et 40 pistolets.', { year: 2019, year_basis: 'stated', action: 'destroyed', agency: null, total: 140, components_sum: 140, counts: ['firearms 140', 'rifles 100', 'pistols 40'] }],
    ['En 2019, 200 fusils environ ont été saisis.', { year: 2019, year_basis: 'stated', action: 'seized', agency: null, total: 200, components_sum: null, counts: ['~rifles 200'] }],
    ['En 2019, la police a saisi 300 armes, dont 200 pistolets et 100 fusils.', { year: 2019, year_basis: 'stated', action: 'seized', agency: 'police', total: 300, components_sum: 300, counts: ['firearms 300', 'pistols 200', 'rifles 100'] }],
    ["L'année dernière, environ 90 armes ont été détruites.", { year: 2019, year_basis: 'inferred', action: 'destroyed', agency: null, total: 90, components_sum: null, counts: ['~firearms 90'] }],
  ],
  numberWords: [
    ['treize', 13], ['Treize', 13], ['dix-sept', 17], ['vingt et un', 21], ['vingt-et-un', 21], ['soixante-dix-sept', 77],
    ['quatre-vingt-dix-sept', 97], ['quatre-vingts', 80], ['deux cents', 200], ['trois cent vingt', 320], ['deux mille trois cents', 2300],
    ['une', 1], ['mille', 1000],
  ],
  quantities: [
    ['Treize fusils ont été volés.', { value: 13, qualifier: null }],
    ['Environ 3 000 armes ont été pillées.', { value: 3000, qualifier: 'environ' }],
    ['Plus de 9.607 armes ont été saisies.', { value: 9607, qualifier: 'plus de' }],
    ['près de 40 fusils', { value: 40, qualifier: 'près de' }],
    ['entre 200 et 300 fusils', { value: null, qualifier: null }],
    ['de 200 à 300 fusils', { value: null, qualifier: null }],
    ['2 millions de cartouches', { value: null, qualifier: null }],
    ['300 fusils environ', { value: 300, qualifier: 'environ' }],
  ],
  cells: [['9.607', 9607], ['9 607', 9607], ['9\u202f607', 9607], ['Treize', 13], ['7,62', null]],
  unknownMarkers: ['inconnu', 'Inconnue', 'n.d.', 'N/A', '-'],
  notUnknown: ['aucun', 'Abidjan', '0'],
  dates: [['14 mai 2014', '2014-05-14'], ['1er janvier 2020', '2020-01-01'], ['3 décembre 2019', '2019-12-03']],
  relativeYears: [
    ["L'année dernière, 40 armes ont été saisies.", -1],
    ['l’an dernier', -1],
    ['au cours de l’année écoulée', -1],
    ['cette année', 0],
  ],
  categories: [['armes à canon lisse', 'smoothbore'], ['armes blanches', 'edged_weapons'], ['pistolets-mitrailleurs', 'submachine_guns'], ['armes illégales saisies', 'firearms'], ['armes de guerre', null], ['cartouches', null], ['fusils d’assaut', 'rifles']],
  agencies: [['la Gendarmerie nationale', 'police'], ['la Direction générale des douanes', 'customs'], ['les Forces armées', 'defence'], ["l'Agence de sécurité nationale", 'national_security'], ['les garde-frontières', 'border_guard'], ['la Direction générale de la Sûreté nationale', 'police'], ['la DGSN', 'police'], ['la Sûreté de l’État', 'national_security']],
  headings: [['Collecte et destruction', 'collection_destruction'], ['SECTION 2. Marquage', 'marking'], ['Courtage illicite', 'brokering'], ['A. Autorité nationale', 'national_coordination']],
  kinds: [['Rapport national sur la mise en œuvre du Programme d’action\nDate de soumission : 3 mai 2010', 'poa_report']],
};
