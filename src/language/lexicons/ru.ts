import type { Lexicon } from '../types.ts';

// Inflection in the category words: adjective endings (hard stem, the -к-/-ч- stems that take и, and
// охотничий), noun endings; оружие in any case, optionally "огнестрельного/огнестрельное ..." before it.
const ADJ = '(?:ое|ого|ому|ым|ом|ая|ой|ую|ые|ых|ыми|ый)';
const ADJ_SOFT = '(?:ое|ого|ому|им|ом|ая|ой|ую|ие|их|ими|ий)';
const ADJ_OKHOT = '(?:ье|ьего|ьему|ьим|ьем|ья|ьей|ью|ьи|ьих|ьими|ий)';
const NOUN = '(?:ы|ов|а|ам|ами|ах|ом|е|у)?';
const WEAPON = `(?:огнестрельн${ADJ}\\s+)?оружи(?:е|я|ю|ем|и)`;

/** Russian. Number words in the cases counts are written in (nominative, genitive, some instrumental). */
export const ru: Lexicon = {
  language: 'ru',
  script: 'Cyrillic',
  boundary: 'letters',
  proclitics: [],
  decimalMark: ',',
  numberWords: {
    values: {
      один: 1, одна: 1, одно: 1, одного: 1, одной: 1, два: 2, две: 2, двух: 2, три: 3, трех: 3, трёх: 3,
      четыре: 4, четырех: 4, четырёх: 4, пять: 5, пяти: 5, шесть: 6, шести: 6, семь: 7, семи: 7, восемь: 8, восьми: 8,
      девять: 9, девяти: 9, десять: 10, десяти: 10, одиннадцать: 11, одиннадцати: 11, двенадцать: 12, двенадцати: 12,
      тринадцать: 13, тринадцати: 13, четырнадцать: 14, четырнадцати: 14, пятнадцать: 15, пятнадцати: 15,
      шестнадцать: 16, шестнадцати: 16, семнадцать: 17, семнадцати: 17, восемнадцать: 18, восемнадцати: 18,
      девятнадцать: 19, девятнадцати: 19, двадцать: 20, двадцати: 20, тридцать: 30, тридцати: 30, сорок: 40, сорока: 40,
      пятьдесят: 50, пятидесяти: 50, шестьдесят: 60, шестидесяти: 60, семьдесят: 70, семидесяти: 70,
      восемьдесят: 80, восьмидесяти: 80, девяносто: 90, девяноста: 90, сто: 100, ста: 100, двести: 200, двухсот: 200,
      триста: 300, трехсот: 300, трёхсот: 300, четыреста: 400, четырехсот: 400, четырёхсот: 400, пятьсот: 500, пятисот: 500,
      шестьсот: 600, шестисот: 600, семьсот: 700, семисот: 700, восемьсот: 800, восьмисот: 800, девятьсот: 900, девятисот: 900,
    },
    // `пять сотен` is 500; `сотни`, `сотен` alone (hundreds of) are vague words, no number (quantity.ts).
    smallMultipliers: { сотня: 100, сотни: 100, сотен: 100, сотню: 100 },
    largeMultipliers: { тысяча: 1000, тысячи: 1000, тысяч: 1000, тысячу: 1000 },
    joiners: [],
    articles: { нуль: 0, ноль: 0 },
    notASingle: ['ни\\s+(?:одн(?:ой|ого|ому|им|а|у|о)|один|единой|единого|единая|единый)'],
  },
  scaleWords: {
    'тыс.': 1e3, тыс: 1e3, тысяча: 1e3, тысячи: 1e3, тысяч: 1e3, тысячу: 1e3, тысячами: 1e3, тысячах: 1e3, 'млн': 1e6, 'млн.': 1e6, миллион: 1e6, миллиона: 1e6, миллионов: 1e6, миллионы: 1e6, миллионами: 1e6,
    'млрд': 1e9, 'млрд.': 1e9, миллиард: 1e9, миллиарда: 1e9, миллиардов: 1e9,
  },
  nameLinks: ['и'],
  unitWords: ['тонн', 'тонны', 'тонна', 'лет', 'года', 'год', 'году', 'месяцев', 'месяца', 'дней', 'дня', 'часов', 'мм', 'калибра'],
  percentWords: ['процентов', 'процента', 'процент'],
  // No nationality adjectives are known in this language yet (classify/adjectives.ts).
  stateBodies: { words: [], adjectiveFirst: true },
  yearLeads: ['в', 'с', 'по', 'до', 'году', 'года', 'год'],
  qualifiersBefore: [
    { surface: 'около', canonical: 'около' },
    { surface: 'более', canonical: 'более' },
    { surface: 'свыше', canonical: 'свыше' },
    { surface: 'не менее', canonical: 'не менее' },
    { surface: 'не более', canonical: 'не более' },
    { surface: 'примерно', canonical: 'примерно' },
    { surface: 'порядка', canonical: 'порядка' },
    { surface: 'приблизительно', canonical: 'приблизительно' },
    { surface: 'почти', canonical: 'почти' },
    { surface: 'менее', canonical: 'менее' },
    { surface: 'до', canonical: 'до' },
    { surface: 'ок.', canonical: 'около' },
    { surface: 'св.', canonical: 'свыше' },
  ],
  qualifiersAfter: [
    { surface: 'с лишним', canonical: 'с лишним' },
    { surface: 'примерно', canonical: 'примерно' },
  ],
  falseQualifiers: [],
  // `до` is "up to" only at a clause start or after a verb of counting or of an action on the weapons (`изъято до 150
  // единиц`), not in "от 200 до 300" (a range) or a date.
  qualifierContexts: {
    до: [
      'составило', 'составил', 'составила', 'составляет', 'достигло',
      'изъято', 'изъяты', 'изъята', 'изъяли', 'изъял', 'уничтожено', 'уничтожены', 'уничтожили', 'уничтожил', 'задержано', 'задержаны',
      'конфисковано', 'конфискованы', 'сдано', 'сданы', 'собрано', 'собраны', 'переплавлено', 'утилизировано',
    ],
  },
  rangeOpeners: ['от', 'с', 'из'],
  rangeJoiners: ['до', 'по', 'или', '-', '–', '—'],
  unknownMarkers: ['нет данных', 'неизвестно', 'не известно', 'неизвестны', 'не известны', 'неизвестен', 'н/д', 'н.д.', 'данные отсутствуют'],
  emptyMarkers: ['нет', 'не было', 'отсутствуют', 'отсутствует', 'ноль', 'ни одного', 'ни одной'],
  // `тысяч`, `сотен` (of thousands, of hundreds) with no number before them: `несколько сотен`, `из тысяч единиц`.
  vagueQuantities: ['несколько', 'многочисленные', 'многие', 'много', 'десятки', 'сотни', 'сотен', 'тысячи', 'тысяч'],
  monthNames: {
    январь: 1, января: 1, январе: 1, февраль: 2, февраля: 2, феврале: 2, март: 3, марта: 3, марте: 3, апрель: 4, апреля: 4,
    апреле: 4, май: 5, мая: 5, мае: 5, июнь: 6, июня: 6, июне: 6, июль: 7, июля: 7, июле: 7, август: 8, августа: 8,
    августе: 8, сентябрь: 9, сентября: 9, сентябре: 9, октябрь: 10, октября: 10, октябре: 10, ноябрь: 11, ноября: 11,
    ноябре: 11, декабрь: 12, декабря: 12, декабре: 12,
  },
  yearParts: [],
  dateWords: { dayOrdinals: [], joiners: [], afterYear: ['году', 'года', 'год', 'г\\.'], yearMonthDay: null, numericOrder: 'dmy' },
  // `Дата обращения: 3 февраля 2025 г.`, `(дата обращения: 03.02.2025)` as the Russian standard writes it.
  accessedWords: ['дата обращения', 'дата доступа', 'дата просмотра'],
  relativeYears: {
    'в прошлом году': -1, 'за прошлый год': -1, 'за прошедший год': -1, 'в прошедшем году': -1, 'в предыдущем году': -1,
    'за предыдущий год': -1, 'в истекшем году': -1, 'за истекший год': -1, 'за минувший год': -1, 'в минувшем году': -1, 'в текущем году': 0, 'в этом году': 0,
  },
  pageFurniture: { page: ['страница', 'стр.', 'стр'], pages: ['страницы'], of: ['из'], after: [] },
  meetingNames: { words: [], stems: ['конференц', 'совещани', 'заседани', 'сесси', 'прени'], acronyms: ['СГУ'], ordinalEndings: ['-?[еяйго]{1,2}'] },
  listIntroducers: ['следующ*', 'включа*'],
  // What shows a document's kind (see KindSignalShape; the signal names are the English lexicon's).
  kindSignals: {
    amap_profile: [
      { signal: 'explosionsHeading', shape: 'heading', words: '(?:непреднамеренные|случайные|незапланированные|неплановые) взрывы(?: на (?:складах|объектах хранения) боеприпасов)?', weight: 2 },
      { signal: 'diversionHeading', shape: 'heading', words: 'случаи (?:утечки|переключения|хищения)', weight: 2 },
      { signal: 'ammunitionLifeCycle', shape: 'text', words: 'управлени\\p{L}* боеприпасами на протяжении (?:всего )?(?:их )?жизненного цикла', weight: 2 },
      { signal: 'disposalHeading', shape: 'heading', words: 'утилизация', weight: 1 },
      { signal: 'needsHeading', shape: 'heading', words: 'потребности', weight: 1 },
      { signal: 'ammunitionProfile', shape: 'text', words: 'профиль страны по управлению боеприпасами', weight: 2 },
      { signal: 'explosionsTable', shape: 'tableHeader', words: 'год\\s*\\|\\s*место', weight: 1 },
    ],
    poa_profile: [
      { signal: 'implementationKit', shape: 'text', words: 'Комплект по осуществлению', weight: 3 },
      { signal: 'reportLanguages', shape: 'yearLanguages', words: 'Русский', weight: 3 },
      { signal: 'reportAttribution', shape: 'attribution', words: 'Национальный доклад', weight: 2 },
    ],
    poa_report: [
      // `Второй национальный доклад`: a report names its place in the series before its name.
      { signal: 'reportTitle', shape: 'lineStart', words: '(?:(?:первый|второй|третий|четв[её]ртый|пятый|шестой|седьмой|восьмой|девятый|десятый)\\s+)?национальный доклад|доклад об осуществлении', weight: 2, head: true },
      { signal: 'programmeOfAction', shape: 'text', words: 'Программ\\p{L}* действий', weight: 2, head: true },
      { signal: 'submissionDate', shape: 'label', words: 'Дата представления', weight: 2 },
      { signal: 'reportingPeriod', shape: 'label', words: 'Отч[её]тный период', weight: 1 },
    ],
  },
  genreSignals: {
    news: [
      { signal: 'published', shape: 'lineStart', words: '(?:Опубликовано|Обновлено)\\s*:?\\s*\\d', weight: 1 },
      { signal: 'subscribe', shape: 'text', words: '(?:Подписаться|Читайте также|Поделиться)', weight: 1 },
    ],
    press_release: [
      { signal: 'pressRelease', shape: 'text', words: '(?:пресс-релиз|пресс-служба)', weight: 2 },
    ],
    meeting_document: [
      { signal: 'programmeOfWork', shape: 'text', words: '(?:программа работы|список участников|предварительная повестка дня|краткий отчет о \\S+ заседании)', weight: 2 },
      { signal: 'calledToOrder', shape: 'text', words: '(?:заседание открывается|заседание закрывается)', weight: 2 },
      { signal: 'delegations', shape: 'text', words: '(?:резюме председателя|(?:многие|некоторые|ряд|другие) делегаци)', weight: 2 },
    ],
    paper: [],
    encyclopaedia: [
      { signal: 'encyclopaedia', shape: 'text', words: '(?:материал из википедии|свободной энциклопедии)', weight: 2 },
      { signal: 'seeAlso', shape: 'heading', words: 'см\\. также|ссылки', weight: 1 },
    ],
    job_advert: [
      { signal: 'vacancy', shape: 'text', words: '(?:вакансия|требования к кандидату)', weight: 2 },
    ],
  },
  sectionHeadings: {
    'Обстановка в сфере безопасности': 'security_situation',
    'Ситуация в области безопасности': 'security_situation',
    'Международная поддержка': 'international_support',
    'Непреднамеренные взрывы': 'accidental_explosions',
    'Случайные взрывы': 'accidental_explosions',
    'Случаи утечки': 'diversion',
    'Утилизация': 'disposal',
    'Потребности': 'needs',
    'Национальная координация': 'national_coordination',
    'Национальный координационный орган': 'national_coordination',
    'Национальный координационный механизм': 'national_coordination',
    'Национальный контактный пункт': 'national_coordination',
    'Национальный орган': 'national_coordination',
    'Законодательство': 'legislation',
    'Национальное законодательство': 'legislation',
    'Правовая база': 'legislation',
    'Производство': 'manufacture',
    'Изготовление': 'manufacture',
    'Передачи': 'transfers',
    'Контроль за передачами': 'transfers',
    'Экспортный контроль': 'transfers',
    'Контроль за экспортом': 'transfers',
    'Брокерская деятельность': 'brokering',
    'Посредническая деятельность': 'brokering',
    'Контроль за брокерской деятельностью': 'brokering',
    'Управление запасами': 'stockpile_management',
    'Хранение оружия и боеприпасов': 'stockpile_management',
    'Хранение оружия': 'stockpile_management',
    'Управление запасами и их сохранность': 'stockpile_management',
    'Сбор и уничтожение оружия': 'collection_destruction',
    'Сбор и уничтожение': 'collection_destruction',
    'Уничтожение излишков': 'collection_destruction',
    'Уничтожение излишков оружия': 'collection_destruction',
    'Уничтожение оружия': 'collection_destruction',
    'Маркировка': 'marking',
    'Учет': 'record_keeping',
    'Ведение учета': 'record_keeping',
    'Отслеживание': 'tracing',
    'Сотрудничество в отслеживании': 'tracing',
    'Сотрудничество в области отслеживания': 'tracing',
    'Обмен информацией': 'information_exchange',
    'Информирование общественности': 'public_awareness',
    'Повышение осведомленности общественности': 'public_awareness',
    'Связь с незаконным оборотом наркотиков, транснациональной организованной преступностью и терроризмом': 'crime_linkage',
    'Пограничный контроль': 'border_control',
    'Пограничный и таможенный контроль': 'border_control',
    'Международное сотрудничество': 'international_cooperation',
    'Международное сотрудничество и помощь': 'international_cooperation',
    // 'Помощь' alone, as a section of its own, is the cooperation the template heads 'Международное сотрудничество и помощь'.
    'Международная помощь': 'international_cooperation',
    'Помощь': 'international_cooperation',
    'Региональное сотрудничество': 'international_cooperation',
    'Потребности в помощи': 'assistance_needs',
    'Потребности и просьбы о помощи': 'assistance_needs',
    // A heading naming the assistance the state asks for (`4. Assistance required`).
    'Требуемая помощь': 'assistance_needs',
    'Необходимая помощь': 'assistance_needs',
    'Запрашиваемая помощь': 'assistance_needs',
    'Проблемы и возможности в области осуществления': 'implementation_challenges',
    'Проблемы и возможности': 'implementation_challenges',
    'Региональные семинары, совещания, практикумы': 'regional_events',
    'Региональные семинары, совещания и практикумы': 'regional_events',
    'Региональные семинары': 'regional_events',
    'Региональные практикумы': 'regional_events',
    'Региональные совещания': 'regional_events',
  },
  // The template questions of the PoA implementation pages, with the topic of their block.
  templateQuestions: {
    'Определение (включая тесно связанные виды деятельности и экстерриториальность)': 'brokering',
    'Сотрудничество и меры в рамках региональной организации': 'brokering',
    'Национальные потребности (помощь в создании потенциала)': 'brokering',
    'Национальные законы, положения и административные процедуры': 'legislation',
    'Национальная практика маркировки': 'marking',
    'Маркировка при импорте': 'marking',
    'Маркировка при изготовлении': 'marking',
    'Меры против удаления или изменения маркировки': 'marking',
    'Точный и всеобъемлющий учет всего маркированного стрелкового оружия и легких вооружений на их территории': 'record_keeping',
    'Меры, принятые для отслеживания и ответа на запросы об отслеживании': 'tracing',
    'Обмен оперативной информацией': 'information_exchange',
    'Потребности и просьбы о помощи': 'assistance_needs',
    'Проблемы и возможности в области осуществления': 'implementation_challenges',
  },
  // Stems naming a topic in free wording (questions, unknown headings); `*` ends a word stem.
  topicKeywords: {
    tracing: ['отслежив*'],
    brokering: ['брокер*', 'посредни*'],
    record_keeping: ['учет*', 'реестр*'],
    marking: ['маркир*'],
    stockpile_management: ['запас*', 'хранени*', 'склад*'],
    collection_destruction: ['сбор*', 'уничтож*', 'сдач*', 'изъят*'],
    public_awareness: ['информирован*', 'осведомлен*'],
    regional_events: ['семинар*', 'практикум*'],
    crime_linkage: ['терроризм*', 'наркот*'],
    border_control: ['границ*', 'погранич*'],
    national_coordination: ['координац*', 'контактн*'],
    assistance_needs: ['потребност*', 'требуемая помощь', 'необходимая помощь', 'запрашиваемая помощь', 'просьб*', 'запрашивал*'],
    information_exchange: ['обмен* информац*'],
    international_cooperation: ['сотрудничеств*'],
    manufacture: ['производств*', 'изготовлен*'],
    transfers: ['экспорт*', 'импорт*', 'передач*', 'транзит*'],
    implementation_challenges: ['трудност*'],
    legislation: ['законодательств*', 'закон*'],
  },
  sectionNumberWords: ['раздел', 'часть', 'глава'],
  sectionNumberOrdinals: [],
  // Headings are numbered with digits, Roman numerals or letters: an ordinal word starting a line ('Во-первых:', 'Во-вторых -') opens prose.
  sectionOrdinals: [],
  headingConjunctions: ['и'],
  languageNames: {
    русский: 'ru', английский: 'en', французский: 'fr', испанский: 'es', арабский: 'ar', китайский: 'zh', португальский: 'pt',
  },
  functionWords: ['и', 'в', 'на', 'с', 'по', 'не', 'что', 'для', 'от', 'из', 'года', 'также'],
  // Regex sources, matched inside the word boundary (transforms/categories.ts). Verbs in every past form (изъял,
  // изъяла, изъяли: who acted may be feminine, `полиция`), perfective and imperfective (`изымалось`).
  actions: {
    seized: ['изъят(?:о|ы|а|ие|ия|ых|ое|ые|ая|ого|ой|ую|ым|ыми)?|изъял(?:а|о|и)?|изымал(?:а|о|и|ось|ись)?|изымлено|конфискован(?:о|ы|а)?|перехвачен(?:о|ы|а)?|конфисковал(?:а|о|и)?|задержан(?:о|ы|а)?|выведено\\s+из\\s+незаконного\\s+оборота'],
    surrendered: ['(?:добровольно\\s+)?сдан(?:о|ы|а|ное|ные|ная|ного|ных|ной|ную|ным|ными)?|сдал(?:а|о|и)|добровольн(?:ое|ого|ому|ым|ом|ая|ой|ую|ые|ых|ыми|ый)\\s+сдач[аиеу]'],
    destroyed: ['уничтожени(?:е|я|ю|ем|и)|уничтожен(?:о|ы|а|ное|ные|ная|ного|ных|ной|ную|ным|ными)?|уничтожил(?:а|о|и)?|уничтожал(?:а|о|и|ось|ись)?|переплавлен(?:о|ы|а)?|утилизирован(?:о|ы|а)?|сожжен(?:о|ы|а)?'],
    collected: ['собран(?:о|ы|а)?|собрал(?:а|о|и)'],
    stolen: ['похищен(?:о|ы|а)?|похитил(?:а|о|и)?|украден(?:о|ы|а)?'],
    lost: ['утрачен(?:о|ы|а)?|утерян(?:о|ы|а)?|утрат(?:а|ы|е|у)|утер(?:я|и|ю)'],
  },
  // Weapon categories by category code: regex sources, the longest match winning (transforms/categories.ts).
  weaponCategories: {
    // `стрелкового оружия` (of small arms), alone or with `и легких вооружений` (SALW): the generic total.
    firearms: [
      `(?:единиц[аы]?\\s+|ед\\.\\s*)?(?:стрелков${ADJ}\\s+)?${WEAPON}(?:\\s+и\\s+л[её]гк${ADJ_SOFT}\\s+вооружени(?:й|я|е|ям|ями|ях))?`,
      'ствол(?:ов|а|ы)',
    ],
    smoothbore: [`гладкоствольн${ADJ}(?:\\s+${WEAPON})?`],
    rifled: [`нарезн${ADJ}(?:\\s+${WEAPON})?`],
    gas: [`газов${ADJ}(?:\\s+(?:${WEAPON}|пистолет${NOUN}))?`],
    // `самодельных пистолетов`, `самодельных ружей`: the noun after the craft word is the category's too (it was cut off category_raw).
    home_made: [`самодельн${ADJ}(?:\\s+(?:${WEAPON}|пистолет${NOUN}|револьвер${NOUN}|ружь(?:е|я|ю|ем|и|ей|ям|ями|ях)|ружей|винтов(?:ка|ки|ок|ке|ку|кой|ками|кам|ках)))?`],
    fully_automatic: [`автоматическ${ADJ_SOFT}(?:\\s+${WEAPON})?`, `автомат${NOUN}`],
    rifles_and_carbines: [`винтов(?:ок|ки)\\s+и\\s+карабин${NOUN}`],
    rifles: ['винтовк(?:а|и|у|ой|ам|ами|ах|е)', 'винтовок'],
    carbines: [`карабин${NOUN}`],
    combination: [`комбинированн${ADJ}(?:\\s+${WEAPON})?`],
    pistols_and_revolvers: [`пистолет(?:ов|ы)\\s+и\\s+револьвер${NOUN}`],
    pistols: [`пистолет${NOUN}`],
    revolvers: [`револьвер${NOUN}`],
    sawn_off: [`обрез${NOUN}`],
    hunting_and_sawn_off: [`охотнич${ADJ_OKHOT}\\s+и\\s+обрез${NOUN}`],
    hunting: [`охотнич${ADJ_OKHOT}(?:\\s+(?:${WEAPON}|руж(?:ье|ья|ей|ьё|ьями)|карабин${NOUN}))?`],
    machine_guns: [`пулем[её]т${NOUN}`],
    submachine_guns: [`пистолет(?:ов|ы|а)?[- ]пулем[её]т${NOUN}`],
    traumatic: [`травматическ${ADJ_SOFT}(?:\\s+${WEAPON})?`],
    grenade_launchers: [`гранатом[её]т${NOUN}`],
    mortars: [`минам[её]т${NOUN}`],
    long_guns: [`длинноствольн${ADJ}(?:\\s+${WEAPON})?`],
    edged_weapons: [`холодн${ADJ}(?:\\s+${WEAPON})?`, 'нож(?:ей|и|а)'],
    air_guns: [`пневматическ${ADJ_SOFT}(?:\\s+(?:${WEAPON}|винтов\\p{L}*|пистолет${NOUN}))?`],
    imitation_firearms: [`имитаци\\p{L}*\\s+${WEAPON}`],
    other: [`(?:прочего|прочее|прочих|другого|других|иного|иных)\\s+(?:вид(?:а|ов)\\s+)?${WEAPON}`],
  },
  // Regex sources (a space stands for any white space): what announces the parts of a total.
  partIntroducers: ['в том числе', 'из них', 'из которых', 'среди них', 'а именно'],
  // Labels of a report's submission date (`<label>: <date>` in a report's header).
  // Words opening a national report's title (poa-report facts).
  reportTitleWords: ['национальный доклад', 'доклад республики'],
  dateLabels: ['дата представления доклада', 'дата представления', 'дата'],
  // Words saying a report was submitted (regex sources): a header date beside one is the submission date.
  submissionWords: ['представлен\\p{L}*', 'направлен\\p{L}*'],
  // Labels of the period a report covers (`<label>: ...`): never the report's date.
  periodLabels: ['отчетный период'],
  yearColumnLabels: ['год(?:ы)?'],
  // The header of a table column naming each row's action (`Year | Action | Pistols | Total`).
  actionColumnLabels: ['действи[ея]', 'мер[аы]', 'мероприяти[ея]'],
  // The header of a table's label column whose rows are places (`Регион | Изъято | Уничтожено`).
  placeColumnLabels: ['регион(?:ы)?', 'област(?:ь|и)', 'субъект(?:ы)?(?:\\s+(?:рф|федерации))?', 'округ(?:а)?', 'район(?:ы)?', 'край'],
  // One-word answers of a questionnaire (a line of its own, or after a question's `?`).
  questionnaireAnswers: ['да', 'нет'],
  // Answers saying the state gave none: NULL with an issue.
  noResponseMarkers: ['нет ответа', 'ответ не представлен', 'не сообщается', 'сведения не представлены', 'данные отсутствуют', 'нет данных'],
  // Function words a lost line break glues onto a word (`Armsand`): split off for matching only.
  gluedWords: ['и', 'в', 'на', 'по', 'с'],
  // The instruments' names (glued words split into their words).
  instrumentNames: ['Программа действий по предотвращению и искоренению незаконной торговли стрелковым оружием и легкими вооружениями во всех ее аспектах и борьбе с ней', 'Международный документ по отслеживанию'],
  // A UN document's header: the original's language, the distribution line, a note verbale's cover letter (its opening
  // and its closing formula, `avails itself of this opportunity`: neither paragraph is a fact or unread text).
  documentHeader: { originalLabels: ['язык оригинала', 'оригинал', 'перевод с'], distributionLabels: ['distr', 'общая рассылка'], coverLetter: ['свидетельствует свое уважение', 'свидетельствует своё уважение', 'имеет честь препроводить', 'пользуется случаем', 'пользуется возможностью', 'высоком уважении'] },
  // Words of the ammunition country profiles' tables and tallies (regex fragments, but the table words).
  ammunitionProfile: {
    tableCaptionNouns: { explosions: ['взрыв\\p{L}*'], diversions: ['утечк\\p{L}*', 'хищени\\p{L}*'] },
    columnLabels: {
      year: ['год', 'дата'],
      location: ['место'],
      // `Владелец/оператор`, `Владелец`, `Оператор`, `Собственник`.
      owner: ['владел\\p{L}*', 'оператор', 'собственник'],
      deaths: ['погибш'],
      injuries: ['ранен'],
      description: ['описание'],
    },
    totalRowLabels: ['итого', 'всего'],
    incidentCasualties: { deaths: ['погиб\\p{L}*', 'убит\\p{L}*', 'смерт\\p{L}*'], injuries: ['ранен\\p{L}*', 'раненых', 'пострадал\\p{L}*'] },
    // `три непреднамеренных взрыва на складах боеприпасов`, `два случая утечки`, `случаев хищения`.
    tallyNouns: {
      explosions: ['(?:(?:непреднамеренн|незапланированн|случайн|несанкционированн)\\p{L}*\\s+)?взрыв\\p{L}*(?:\\s+на\\s+(?:склад|арсенал|объект)\\p{L}*(?:\\s+боеприпас\\p{L}*)?)?'],
      diversions: ['случа\\p{L}*\\s+(?:утечки|хищени\\p{L}*|утраты)(?:\\s+боеприпас\\p{L}*)?'],
    },
    tallyDuals: [],
    tallySinceWords: ['со?(?=\\s+(?:19|20)\\d{2}\\s*(?:года|г\\.))'],
    tallyInYearWords: [],
    // `с 1990 по 2020 год`, `от 1990 до 2020`, `между 1990 и 2020 годами`.
    tallyRangeOpeners: ['со?', 'от', 'между'],
    tallyRangeJoiners: ['по', 'до', 'и'],
    // `ни одного случая утечки`, `не было зарегистрировано случаев утечки`: a count of 0, never the `одного` read as 1.
    tallyNoneWords: ['ни\\s+одно(?:го|й)', 'не\\s+(?:было\\s+)?(?:зарегистрирован|зафиксирован|отмечен|выявлен)\\p{L}*(?:\\s+ни\\s+одно(?:го|й))?'],
    tallyNoneAfter: ['не\\s+(?:были\\s+|было\\s+)?(?:зарегистрирован|зафиксирован|отмечен|выявлен)\\p{L}*'],
    tallyNoneFillers: [],
    tallyVerbsAfter: [],
    tallyRoundFigures: [],
    tallySingleWords: [],
    tallyNotCountWords: [],
    tallyNumberNouns: ['числ[оа]', 'количеств[оа]', 'сколько'],
    tallyCounters: [],
    tallyOrdinalMarks: [],
    ownerWords: {
      state: ['государств\\p{L}*'],
      nonState: ['негосударственн\\p{L}*', 'частн\\p{L}*'],
      military: ['военн\\p{L}*', 'арми\\p{L}*', 'вооруж[её]нные силы', 'министерство обороны'],
      police: ['полици\\p{L}*', 'милици\\p{L}*', 'мвд'],
      company: ['(?:частн\\p{L}*\\s+)?компани\\p{L}*', 'предприяти\\p{L}*'],
      other: ['друг\\p{L}*', 'ино\\p{L}*', '(?:незаконн\\p{L}*\\s+)?вооруж[её]нн\\p{L}*\\s+групп\\p{L}*', 'незаконн\\p{L}*\\s+вооруж[её]нн\\p{L}*\\s+формировани\\p{L}*', 'ополчени\\p{L}*', 'боевик\\p{L}*'],
    },
    // Any case and number (`автоматов`, `патроны`, `единиц оружия`): the stems, to the end of the word.
    itemNouns: [
      'оружи\\p{L}*', 'автомат\\p{L}*', 'винтов\\p{L}*', 'карабин\\p{L}*', 'пистолет\\p{L}*', 'револьвер\\p{L}*', 'ружь\\p{L}*', 'ружей',
      'пул[её]мет\\p{L}*', 'гранат\\p{L}*', 'патрон\\p{L}*', 'боеприпас\\p{L}*', 'снаряд\\p{L}*', 'взрывчат\\p{L}*', 'детонатор\\p{L}*', 'ящик\\p{L}*',
      'единиц\\p{L}*', 'ствол\\p{L}*',
    ],
    itemWeights: ['тонн[аы]?', 'кг', 'килограмм(?:ов|а)?'],
    pageChrome: [],
    citationOpeners: [],
  },
  // The word before a table's number in its caption (`Table 1:`).
  tableWords: ['Таблица'],
  // The Source/Date pair under a PoA page's template answers; a Source line opening with a title names a contact.
  sourceLines: {
    sourceLabels: ['источник', 'источники'],
    dateLabels: ['дата'],
    reportWords: ['доклад*', 'программ*', 'отчет*', 'отчёт*'],
    personTitles: ['г-н', 'г-жа', 'господин', 'госпожа', 'полковник', 'подполковник', 'генерал', 'майор'],
    // The words of an attribution (`(National Report, 2005)`) before its year, and what joins two of its years.
    attributionWords: ['Национальн* доклад*'],
    attributionYearJoiners: ['и'],
    // An attribution as a lead-in line heading the bullets below it (`From the National Report, 2020:`).
    attributionLeadIns: ['Из', 'Согласно', 'По данным', 'В'],
    attributionYearPrepositions: ['за'],
    // The status column of a reports table: only a submitted row is a submission.
    reportStatuses: { submitted: ['представлен', 'получен'], notSubmitted: ['не представлен', 'не получен'] },
  },
  agencies: {
    national_security: ['национальной\\s+безопасности', 'служб(?:а|ы|е|у|ой|ами)\\s+(?:национальной\\s+)?безопасности', 'государственной\\s+безопасности'],
    // пограничн- (пограничной службой, пограничниками) and the short погран- compounds (погранслужбой, погранвойсками).
    border_guard: ['пограничн\\p{L}*', 'погран(?:служб|войск|отряд|застав|управлени)\\p{L}*'],
    // МВД, ОВД, УВД are matched in any case, as the words beside them.
    police: ['полици\\p{L}*', 'милици\\p{L}*', 'внутренних\\s+дел', 'МВД', 'ОВД', 'УВД'],
    // The noun in every case (таможня, таможни, таможней, таможне, таможню) and the adjective (таможенной службой, таможенными органами).
    customs: ['таможен\\p{L}*', 'таможн(?:я|и|е|ю|ей|ею|ям|ями|ях)'],
    defence: ['оборон\\p{L}*', 'вооруж[её]нн\\p{L}*\\s+сил\\p{L}*', 'арми(?:я|и|ю|ей|ею)', 'военно-морск\\p{L}*\\s+(?:флот|сил)\\p{L}*', 'военно-воздушн\\p{L}*\\s+сил\\p{L}*', 'ВМФ', 'ВМС', 'ВВС'],
  },
  agencyAcronyms: { national_security: ['КНБ', 'СНБ', 'ФСБ', 'СБУ'] },
  categoryWords: {
    // Counters after a count, alone (`2019 — 1 204 ед.`, `987 шт.`) or before the category's genitive (`единиц оружия`).
    counters: ['единиц[аы]?', 'ед\\.', 'шт\\.', 'штук[аи]?'],
    modifiers: [`незаконн${ADJ}`, `незарегистрированн${ADJ}`, `различн${ADJ}`],
    leadPartitives: [],
    leadCopulas: [],
    leadQuantifiers: [],
    unplacedTerms: [],
    notWeaponHeads: [],
    adjectivesOnly: [],
    adjectivePhraseEnds: ['и', 'или', 'из', 'в', 'на', 'по', 'с', 'было', 'были'],
    // A genitive after "оружия" qualifies it ("оружия ограниченного поражения", "оружия самообороны"); an
    // instrumental names the agent ("оружия органами внутренних дел") and other words do not qualify it.
    genericQualifierStarts: ['\\s+(?:\\p{L}+(?:ого|его|ых|их)|самообороны|поражения|производства)(?![\\p{L}])'],
    benignQualifiers: [`различн${ADJ}\\s+(?:вид|тип|калибр|модел)\\p{L}*`],
    nonWeaponItems: ['(?:единиц\\s+)?(?:патрон\\p{L}*|боеприпас\\p{L}*|гранат\\p{L}*|взрывчат\\p{L}*|взрывн\\p{L}*\\s+устройств\\p{L}*|мин)'],
    nounContinuations: [],
  },
  countStatements: {
    abbreviations: ['г', 'гг', 'ст', 'п', 'ч', 'т\\.е', 'т\\.д', 'т\\.п', 'см'],
    reportWords: ['доклад'],
    statedYearLeads: ['в', 'во', 'за', 'в течение'],
    dateRangeEnds: [],
    yearNouns: [],
    yearPartPhrases: ['(?:перв|втор|трет|четв[её]рт|последн)\\p{L}* (?:квартал|полугоди)\\p{L}*', '(?:середин|начал)\\p{L}*'],
    otherPeriodPhrases: [
      // Финансовый год — не календарный; «с начала программы в 1999 году» открывает период.
      '(?:финансов|бюджетн)\\p{L}* год\\p{L}*', 'с (?:начала|момента|тех пор|запуска)[^,;.]{0,80}?(?:19|20)\\d{2}',
      'отч[её]тн\\p{L}+ период\\p{L}*', 'последние (?:[\\p{L}\\d]+ )?(?:лет|года)', 'с (?:19|20)\\d{2} года', 'на сегодняшний день'],
    reportPeriodPhrases: ['(?:за|в) отч[её]тн\\p{L}+ период\\p{L}*', 'отч[её]тн\\p{L}+ период\\p{L}*'],
    comparisonWords: ['по сравнению', 'чем', 'с'],
    // A number right after these is another period's figure set beside a count, never a part of it.
    comparedFigureLeads: ['против', 'по сравнению с', 'в сравнении с'],
    respectivelyWords: ['соответственно'],
    levelLeads: ['достиг(?:ло|ли|ла)?', 'составил(?:о|и|а)?', 'насчитывал(?:о|и|а)?', '(?:увеличил|уменьшил|сократил|вырос|выросл|снизил|возрос|возросл|удвоил|утроил)\\p{L}* до'],
    changeLeads: ['(?:увеличил|уменьшил|сократил|вырос|выросл|снизил|возрос|возросл)\\p{L}* на', '(?:рост|снижение|сокращение|увеличение|уменьшение) на'],
    eventNouns: ['кампани\\p{L}*', 'амнисти\\p{L}*', 'операци\\p{L}*', 'программ\\p{L}*', 'акци\\p{L}*', 'учени\\p{L}*'],
    // Whole case forms: a stem would take 'указано' (indicated), 'планировалось' (was planned).
    documentNouns: ['закон(?:а|ом|е|ы|ов)?', 'указ(?:а|ом|е|ы|ов)?', 'постановлени(?:е|я|ем|и|й)', 'резолюци(?:я|и|ей|ю|й)', 'план(?:а|ом|е|ы|ов)?', 'стратеги(?:я|и|ей|ю|й)'],
    // No negated-verb zero is read in Russian yet ('не было изъято ни одного ...'): such a clause stays without a count.
    actionNegations: ['не(?!\\s+только)', 'никогда'],
    zeroNegations: [],
    // Модальность: запланированное, обещанное, профинансированное или целевое — не совершённое ("планируется уничтожить").
    plannedActionMarkers: ['планиру\\p{L}*', 'запланирован\\p{L}*', 'будет', 'будут', 'предполага\\p{L}*', 'предусмотрен\\p{L}*', 'намерен\\p{L}*', 'намечен\\p{L}*', 'обязал\\p{L}*', 'финансировани\\p{L}*', 'средств\\p{L}* на', 'цел(?:ь|и|евой|евого)', 'подлеж\\p{L}*', 'предстоит'],
    zeroAuxiliaries: [],
    negatedZeroWords: [],
    notWeaponNouns: ['патрон\\p{L}*', 'боеприпас\\p{L}*', 'взрывчат\\p{L}*', 'гранат\\p{L}*', 'человек', 'лиц', 'сотрудник\\p{L}*', 'семинар\\p{L}*', 'раз', 'лет', 'год\\p{L}*', 'т', 'кг', 'тонн\\p{L}*'],
    rateAfter: ['в (?:день|неделю|месяц|квартал|год)', 'ежедневно', 'еженедельно', 'ежемесячно', 'ежегодно', 'в среднем'],
    averageBefore: ['в среднем', 'в среднем по'],
    fractionWords: ['половина', 'половину', 'треть', 'две трети', 'четверть', 'большинство', 'большая часть', 'большую часть', 'часть', 'остальные'],
    functionWords: ['в', 'на', 'из', 'с', 'по', 'и'],
    phraseStops: ['и', 'или', 'в'],
    copulas: [],
    genericPhraseEnds: [
      // A negation after the noun ends its phrase (`aucune arme n'a été détruite`, `armas no fueron`).
      'не', 'ни',
      'и', 'или', 'а', 'но', 'из', 'в', 'во', 'на', 'по', 'с', 'со', 'у', 'за', 'от', 'до', 'при', 'для', 'был[оаи]?', 'которы\\p{L}*', 'том', 'числе', 'также',
    ],
    ofWords: [],
    partitiveOf: ['из'],
    // A region's figure too: 'which together recovered 310 firearms in the region', a regional (joint) operation's.
    aggregateScopes: ['стран\\p{L}*[- ]член\\p{L}*', 'вместе взятые', '\\d+ (?:государств\\p{L}*|стран\\p{L}*)', 'государств\\p{L}*[- ]член\\p{L}*', 'государств\\p{L}*[- ]участник\\p{L}*', '(?:государств|стран)\\p{L}* региона', 'в мире', 'во вс[её]м мире', 'по всему миру', 'в масштабах (?:мира|региона)', 'на глобальном уровне', 'в регионе(?=\\s*[.;,)]|\\s*$)', 'в масштабах региона', 'по всему региону', 'региональн\\p{L}* (?:совместн\\p{L}* )?операци\\p{L}*'],
    currencyWords: ['руб\\.?', 'тенге', 'долл\\.?'],
    rangeTo: ['до'],
    conjunctionAnd: ['и'],
    totalLabels: ['всего', 'итого'],
    underLeads: ['из', 'среди'],
    underDeterminers: ['них '],
    listJoiners: ['и', 'а также'],
    negativeJoiners: ['ни'],
    relativeLeads: ['котор(?:ые|ых|ая|ое|ый|ую|ого|ой|ым|ыми)'],
    objectPronounsAfter: ['их'],
    partitivePronouns: ['из (?:них|которых|этого числа)'],
    sameYearPhrases: ['в (?:том|этом) же году', 'в течение того же года'],
    objectPronounsBefore: [],
    // 'задержано 12 человек с 37 единицами оружия': people; a seizure only of the weapons it governs.
    objectOnlyActions: ['задержан(?:о|ы|а)?'],
    personNouns: ['человек', 'лиц(?:о|а)?', 'подозреваем\\p{L}*', 'контрабандист\\p{L}*', 'граждан\\p{L}*', 'нарушител\\p{L}*', 'пассажир\\p{L}*', 'преступник\\p{L}*'],
    possessionLeads: ['с', 'со', 'имевш\\p{L}* при себе', 'перевозивш\\p{L}*', 'хранивш\\p{L}*', 'при котор(?:ых|ом|ой) (?:было|были|находилось|находились|обнаружено|обнаружены)'],
    receiptVerbs: ['принял(?:а|о|и)?', 'принят(?:о|ы|а)?', 'получил(?:а|о|и)?', 'получен(?:о|ы|а)?'],
    weaponCounters: [],
    notWeaponCounters: [],
    nonWeaponItemsBefore: [],
    phraseOpeners: [],
    continuationOpeners: ['из них', 'в том числе', 'среди них'],
    totalWords: ['всего', '(?<![\\p{L}])то есть', '(?<![\\p{L}])т\\. ?е\\.', '(?<![\\p{L}])итого'],
    totalWordsAfter: ['всего', 'в общей сложности', 'в целом', 'итого'],
    erratumSuperseded: ['вместо'],
    erratumReplacement: ['следует читать', 'читать'],
    correctionPhrases: ['следует читать', 'читать', 'должно читаться', 'исправлен[оаы]? на', 'следует исправить на',
      // Цифра, пересмотренная после того, как была приведена (`2 310 ... пересмотрено до 2 290`).
      '(?:пересмотрен|скорректирован|уточнен)[оаы]?(?: в сторону (?:уменьшения|увеличения))? до'],
    auxiliaries: ['было', 'были', 'была', 'был'],
    sentenceAdverbs: ['кроме того', 'также'],
    adverbsBeforeVerb: [],
    organisationNouns: [],
    organisationArticles: [],
    organisationAdverbs: [],
    supportVerbs: ['(?:провело|провели|провела|провёл|провел|осуществило|осуществили|осуществил|произвело|произвели)'],
    bodyNouns: ['войск(?:а|ами|ам|ах)?', 'гварди(?:я|и|ей|ю)', 'служб(?:а|ы|ой|е|у)', 'комитет(?:а|ом|у|е)?', 'министерств(?:о|а|ом|у|е)', 'комисси(?:я|и|ей|ю)', 'агентств(?:о|а|ом|у|е)', 'управлени(?:е|я|ем|ю)', 'инспекци(?:я|и|ей|ю)'],
    organisationAdjectives: [],
    agentBy: [],
    agentTo: [],
    // A place or circumstance after the agent: `в Хатлонской области`, `во время`, `на территории`, `при проведении`.
    agentStops: ['в', 'во', 'на', 'при'],
    agentYearLeads: [],
  },
};
