import type { Corpus } from './types.ts';

export const corpus: Corpus = {
  countStatements: [
    // Счётное слово без названия оружия, за которым следует разбивка по видам оружия, считает оружие вообще.
    ['В 2019 году полиция изъяла 86 единиц, в том числе 54 винтовки и 32 пистолета.', { year: 2019, year_basis: 'stated', action: 'seized', agency: 'police', total: 86, components_sum: 86, counts: ['firearms 86', 'rifles 54', 'pistols 32'] }],
    ['В 2019 году уничтожено 140 шт., из них 100 винтовок и 40 пистолетов.', { year: 2019, year_basis: 'stated', action: 'destroyed', agency: null, total: 140, components_sum: 140, counts: ['firearms 140', 'rifles 100', 'pistols 40'] }],
    ['В 2013 году органами внутренних дел изъято 1 560 единиц оружия, из них 1 128 гладкоствольного.', { year: 2013, year_basis: 'stated', action: 'seized', agency: 'police', total: 1560, components_sum: 1128, counts: ['firearms 1560', 'smoothbore 1128'] }],
    ['В прошлом году изъято 40 пистолетов.', { year: 2019, year_basis: 'inferred', action: 'seized', agency: null, total: 40, components_sum: null, counts: ['pistols 40'] }],
    ['В 2019 году пограничниками задержано 37 единиц оружия.', { year: 2019, year_basis: 'stated', action: 'seized', agency: 'border_guard', total: 37, components_sum: null, counts: ['firearms 37'] }],
    ['В 2019 году задержано 12 человек.', null],
  ],
  numberWords: [
    ['семнадцать', 17], ['Семнадцать', 17], ['двадцать один', 21], ['сто двадцать', 120], ['две тысячи триста', 2300], ['триста', 300],
    ['пятнадцати', 15], ['пять сотен', 500],
  ],
  quantities: [
    ['Было похищено семнадцать автоматов.', { value: 17, qualifier: null }],
    ['Изъято около 300 единиц оружия.', { value: 300, qualifier: 'около' }],
    ['изъято более 9.607 единиц', { value: 9607, qualifier: 'более' }],
    ['не менее 50 пистолетов', { value: 50, qualifier: 'не менее' }],
    ['от 200 до 300 единиц', { value: null, qualifier: null }],
    // `до` after an action verb is "up to".
    ['Пограничной службой задержано до 150 единиц оружия.', { value: 150, qualifier: 'до' }],
    ['В том же году уничтожено до 2 000 единиц оружия.', { value: 2000, qualifier: 'до' }],
    ['изъято от 100 до 200 единиц', { value: null, qualifier: null }],
    ['1 тыс. патронов', { value: null, qualifier: null }],
    ['«около 40» стволов', { value: 40, qualifier: 'около' }],
    ['50 с лишним стволов', { value: 50, qualifier: 'с лишним' }],
  ],
  cells: [['9 607', 9607], ['9.607', 9607], ['Семнадцать', 17]],
  unknownMarkers: ['нет данных', 'Неизвестно', 'н/д', '-'],
  notUnknown: ['нет', 'Алматы'],
  dates: [['14 мая 2014 года', '2014-05-14'], ['1 января 2020 г.', '2020-01-01']],
  relativeYears: [
    ['В прошлом году изъято 300 единиц оружия.', -1],
    ['За прошедший год уничтожено 40 стволов.', -1],
    ['(в прошлом году)', -1],
    ['в текущем году', 0],
    ['впрошлом году', null],
  ],
  categories: [['единиц гладкоствольного, 247', 'smoothbore'], ['огнестрельного оружия', 'firearms'], ['пистолетов и револьверов', 'pistols_and_revolvers'], ['охотничьих ружей', 'hunting'], ['оружия ограниченного поражения', null], ['патронов', null]],
  agencies: [['органами внутренних дел', 'police'], ['Комитетом национальной безопасности', 'national_security'], ['Пограничной службой', 'border_guard'], ['таможенными органами', 'customs'], ['таможней', 'customs'], ['таможня', 'customs'], ['сотрудниками таможни', 'customs'], ['таможенной службой', 'customs'], ['погранслужбой', 'border_guard'], ['армией', 'defence'], ['КНБ', 'national_security']],
  headings: [['Сбор и уничтожение оружия', 'collection_destruction'], ['Раздел 3. Маркировка', 'marking'], ['Экспортный контроль', 'transfers'], ['1. Национальный орган', 'national_coordination']],
  kinds: [['Национальный доклад Республики об осуществлении Программы действий\nДата представления: 12 мая 2010 года', 'poa_report']],
};
