/**
 * Every word the count-statement parser reads, per language, and the few language-free marks it needs.
 * Pure data: compile.ts turns it into the matchers once. Each language has the same keys, so moving a
 * language's entry into its lexicon (src/language/lexicons/<lang>.ts) is a copy.
 *
 * How an entry is written: a regular-expression fragment, matched case-insensitively (except
 * `organisationNouns`, which must be capitalised), where a single space stands for one or more
 * whitespace characters ("of which" matches "of\n which"). Optional letters and alternatives are
 * written as in a regex ("rounds?", "(?:this|the current) year"). Entries are bounded by the
 * language's `boundary` rule, never by `\b` (which never fires next to Cyrillic or Arabic letters).
 */
import type { UnLanguage } from '../languages.ts';

export type CountLanguage = UnLanguage;

/**
 * How words of a language are delimited:
 * - `letters`: a word ends where a letter does not follow (Latin, Cyrillic);
 * - `proclitic`: as `letters`, but a conjunction may be glued to the next word (Arabic "و450" = "and 450");
 * - `none`: no word boundaries at all (Chinese).
 */
export type WordBoundary = 'letters' | 'proclitic' | 'none';

export interface CountStatementWords {
  boundary: WordBoundary;

  // Sentences
  /** Abbreviations after which a full stop does not end a sentence ("No. 5", "т.е."). */
  abbreviations: readonly string[];
  /** The word for a report in an attribution closing a unit ("(National Report, 2005)"). */
  reportWords: readonly string[];

  // Years
  /** Month names in every inflection a date uses ("марта" and "марте"). */
  monthNames: readonly string[];
  /** Words before a stated year ("In 2005", "В 2013 году", "في عام 2017"). */
  statedYearLeads: readonly string[];
  /** Words ending a date range before its month ("from 1 March to 31 May 2017": "to"). */
  dateRangeEnds: readonly string[];
  /** Words for "year" between a lead and the year ("in the year 2005", "en el año 2012"). */
  yearNouns: readonly string[];
  /** An ordinal ending after a day number ("1er juin"). */
  dayOrdinalEndings: readonly string[];
  /** A word between a month and its year ("diciembre de 2016"). */
  monthYearJoiners: readonly string[];
  /** A word after a year that says it is one ("2013 году"); optional after a stated year. */
  yearWordsAfter: readonly string[];
  /** A mark after a year that states it on its own, with no lead word ("2016年"). */
  statedYearMarks: readonly string[];
  /** Prepositions before a year that is not a count ("since 2010", "до 2015"). */
  yearPrepositions: readonly string[];
  /** "In the past year": the year before the report's. */
  pastYearPhrases: readonly string[];
  /** "This year": the report's own year. */
  thisYearPhrases: readonly string[];
  /** Periods that are not one calendar year ("reporting period", "since 2010", "последние пять лет"). */
  otherPeriodPhrases: readonly string[];
  /** Words comparing with another year ("15% more than in 2012"). */
  comparisonWords: readonly string[];

  // Number mentions
  /** Nouns and units after a number that count something other than weapons ("45 officials"). */
  notWeaponNouns: readonly string[];
  /** Words that cannot start the noun phrase of an unknown count ("1,500 in 2012"). */
  functionWords: readonly string[];
  /** Linking words that end the words of an unknown count. */
  phraseStops: readonly string[];
  /** A verb between a number and its nouns that is skipped ("300 were grenades"). */
  copulas: readonly string[];
  /** Words that scale a number ("1,5 million", "12 тыс."): the written digits are not the count. */
  scaleWords: readonly string[];
  /** "of" between a scale word and its nouns ("million d'armes"). */
  ofWords: readonly string[];
  /** Currency words before a number ("руб. 300"): money, not weapons. */
  currencyWords: readonly string[];
  /** Words joining two numbers into a range ("200 to 300", "200 или 300"). */
  rangeJoiners: readonly string[];
  /** Joiners that make a range without an opening word ("200 to 300", "от 200 до 300"). */
  rangeTo: readonly string[];
  /** Words opening a range ("between 200 and 300"). */
  rangeOpeners: readonly string[];
  /** "and" after a labelled number ("pistols, 120 and ..."). */
  conjunctionAnd: readonly string[];
  /** Labels naming a total in a table-like list ("total, 240", "итого: 240"). */
  totalLabels: readonly string[];
  /** Words before a category that counts break down ("of the rifled weapons, 13 ..."). */
  underLeads: readonly string[];
  /** Determiners after those words ("of the", "parmi les"). */
  underDeterminers: readonly string[];
  /** Words keeping two counts in one list ("and", "as well as", "и", "و", "和"). */
  listJoiners: readonly string[];
  /** Counter words after a number of weapons ("1,200支"). */
  weaponCounters: readonly string[];
  /** Counter words and nouns after a number showing it is not of weapons ("300发", "5公斤"). */
  notWeaponCounters: readonly string[];
  /** Nouns of non-weapon items right before a number ("子弹500发"). */
  nonWeaponItemsBefore: readonly string[];
  /** Characters scaling the digits before them ("1.2万"). */
  scaleCharacters: readonly string[];
  /** Words after which a noun phrase before a number starts ("其中手枪800支"). */
  phraseOpeners: readonly string[];

  // Statement structure
  /** Words announcing a breakdown of the count before them ("of which", "из них", "dont", "منها", "其中"). */
  breakdownMarkers: readonly string[];
  /** A sentence opening that continues the statement before it ("They included ...", "Из них ..."). */
  continuationOpeners: readonly string[];
  /** Words saying the count after them is the total ("a total of 502"). */
  totalWords: readonly string[];

  // Agency
  /** Auxiliaries between the subject and the verb ("were", "было", "ont été", "han sido"). */
  auxiliaries: readonly string[];
  /** Sentence adverbs before a time phrase ("Also, in 2015, ..."). */
  sentenceAdverbs: readonly string[];
  /** Adverbs between the subject and the verb, without spaces ("公安机关共收缴": 共). */
  adverbsBeforeVerb: readonly string[];
  /** Nouns ending the name of a public body ("Kenya Forest Service"); capitalised, matched as written. */
  organisationNouns: readonly string[];
  /** Article before such a name, as written ("the Kenya Forest Service"). */
  organisationArticles: readonly string[];
  /** Adverbs after such a name ("the Kenya Forest Service also seized"). */
  organisationAdverbs: readonly string[];
  /** "by" before the agent after the verb ("seized by the police"). */
  agentBy: readonly string[];
  /** "to" before the receiving agency ("surrendered to the police"). */
  agentTo: readonly string[];
  /** Words ending an agent phrase ("by the police in 2013"). */
  agentStops: readonly string[];
  /** Prepositions before a year between the verb and the agent ("seized in 2013 by ..."). */
  agentYearLeads: readonly string[];
}

/** Marks that belong to no language. Entries are regex fragments as above (spaces stand for whitespace). */
export const SHARED_COUNT_WORDS = {
  /** Units after a number that is not of weapons ("7.62 mm", "30 kg", "15 %"). */
  unitSymbols: ['mm', 'cm', 'km', 'm', 'kg', 'g', 't', '%'],
  /** Currency symbols before a number, written as regex fragments. */
  currencySymbols: ['[$€£¥₽₸]', 'US\\$'],
  /** Currency codes before a number (matched as written, in capitals). */
  currencyCodes: ['USD', 'EUR', 'CHF', 'GBP', 'FCFA', 'CFA', 'KZT', 'RUB'],
  /** Dashes joining two numbers into a range. */
  rangeDashes: ['[–—-]'],
  /** Punctuation between two counts of one list. */
  listPunctuation: '[\\s,;、，；،]',
  /** A colon announces a breakdown in every language. */
  breakdownPunctuation: [':'],
} as const;

const en: CountStatementWords = {
  boundary: 'letters',
  abbreviations: ['no', 'nos', 'mr', 'mrs', 'ms', 'dr', 'st', 'art', 'arts', 'para', 'paras', 'p', 'pp', 'vol', 'cf', 'e\\.g', 'i\\.e', 'etc', 'approx', 'ca', 'incl'],
  reportWords: ['report'],
  monthNames: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
  statedYearLeads: ['in', 'for', 'during', 'throughout'],
  dateRangeEnds: ['to', 'until', 'till', 'through', 'and'],
  yearNouns: ['the year', 'year'],
  dayOrdinalEndings: [],
  monthYearJoiners: [],
  yearWordsAfter: [],
  statedYearMarks: [],
  yearPrepositions: ['since', 'until', 'from', 'to', 'between', 'and', 'by', 'of', 'in', 'for', 'during'],
  pastYearPhrases: ['(?:in|during|over|for) the (?:past|last|previous|preceding) (?:year|twelve months|12 months)', 'last year'],
  thisYearPhrases: ['(?:this|the current) year'],
  otherPeriodPhrases: [
    '(?:reporting|review|reference) period',
    'since (?:the (?:last|previous) report|independence|(?:19|20)\\d{2})',
    '(?:past|last|previous|recent) (?:[\\p{L}\\d]+ )?(?:years|decades?)',
    'to date',
    'so far',
  ],
  comparisonWords: ['than', 'compared', 'comparison', 'versus', 'vs\\.?', 'up from', 'down from', 'as against', 'since'],
  notWeaponNouns: [
    'of', 'per', 'out', 'to', 'times', 'tonnes?', 'tons?', 'per\\s?cent', 'percent', 'years?', 'months?', 'weeks?', 'days?', 'hours?',
    'calibre', 'caliber', 'rounds?', 'cartridges?', 'ammunition', 'munitions?', 'explosives?', 'grenades?', 'mines?', 'shells?', 'detonators?',
    'persons?', 'people', 'individuals?', 'suspects?', 'officers?', 'officials?', 'participants?', 'journalists?', 'members?', 'staff', 'cases?',
    'operations?', 'raids?', 'campaigns?', 'seminars?', 'workshops?', 'courses?', 'regions?', 'countries', 'states?', 'agreements?',
  ],
  functionWords: ['in', 'at', 'on', 'from', 'by', 'during', 'for', 'with', 'to', 'of', 'than', 'and', 'or', 'more', 'less', 'each', 'per', 'were', 'was', 'are', 'is'],
  phraseStops: ['and', 'or', 'were', 'was', 'in', 'at', 'from', 'by', 'during', 'with'],
  copulas: ['were', 'was', 'are', 'is'],
  scaleWords: ['millions?', 'billions?', 'thousands?'],
  ofWords: ['of'],
  currencyWords: [],
  rangeJoiners: ['to', 'and', 'or'],
  rangeTo: ['to'],
  rangeOpeners: ['between', 'from'],
  conjunctionAnd: ['and'],
  totalLabels: ['total', 'in total', 'altogether'],
  underLeads: ['of', 'among', 'out of'],
  underDeterminers: ['the', 'these', 'those'],
  listJoiners: ['and', 'or', 'as well as', 'plus'],
  weaponCounters: [],
  notWeaponCounters: [],
  nonWeaponItemsBefore: [],
  scaleCharacters: [],
  phraseOpeners: [],
  breakdownMarkers: [
    'of which', 'of these', 'of them', 'including', 'included', 'include', 'consisting of', 'comprising', 'comprised of', 'namely',
    'among (?:them|these|which)', 'broken down (?:as follows|into)', 'as follows', 'i\\.e\\.',
  ],
  continuationOpeners: [
    '(?:they|these|those|this|it) (?:included|includes|include|comprised|consisted of|were)',
    'of (?:these|them|which)', 'among (?:them|these)', 'including', 'namely',
  ],
  totalWords: ['total(?: of)?', 'in all', 'altogether'],
  auxiliaries: ['were', 'was', 'have been', 'has been', 'had been', 'have', 'has', 'had', 'are', 'is', 'been'],
  sentenceAdverbs: ['also', 'moreover', 'furthermore', 'in addition', 'besides'],
  adverbsBeforeVerb: [],
  organisationNouns: ['Service', 'Force', 'Agency', 'Authority', 'Department', 'Directorate', 'Commission', 'Bureau', 'Office', 'Unit', 'Guard', 'Administration'],
  organisationArticles: ['the'],
  organisationAdverbs: ['also', 'further', 'additionally', 'jointly', 'then'],
  agentBy: ['by'],
  agentTo: ['to'],
  agentStops: ['in', 'at', 'during', 'from', 'on', 'and'],
  agentYearLeads: ['in', 'during'],
};

const ru: CountStatementWords = {
  boundary: 'letters',
  abbreviations: ['г', 'гг', 'ст', 'п', 'ч', 'т\\.е', 'т\\.д', 'т\\.п', 'см'],
  reportWords: ['доклад'],
  monthNames: [
    'января', 'февраля', 'марта', 'апреля', 'мая', 'июня', 'июля', 'августа', 'сентября', 'октября', 'ноября', 'декабря',
    'январе', 'феврале', 'марте', 'апреле', 'мае', 'июне', 'июле', 'августе', 'сентябре', 'октябре', 'ноябре', 'декабре',
  ],
  statedYearLeads: ['в', 'во', 'за', 'в течение'],
  dateRangeEnds: [],
  yearNouns: [],
  dayOrdinalEndings: [],
  monthYearJoiners: [],
  yearWordsAfter: ['году', 'года', 'год', 'г\\.'],
  statedYearMarks: [],
  yearPrepositions: ['в', 'с', 'по', 'до'],
  pastYearPhrases: ['за (?:прошедший|прошлый|истекший|минувший) год', 'в (?:прошлом|истекшем|минувшем) году'],
  thisYearPhrases: ['в (?:этом|текущем) году'],
  otherPeriodPhrases: ['отч[её]тн\\p{L}+ период\\p{L}*', 'последние (?:[\\p{L}\\d]+ )?(?:лет|года)', 'с (?:19|20)\\d{2} года', 'на сегодняшний день'],
  comparisonWords: ['по сравнению', 'чем', 'с'],
  notWeaponNouns: ['патрон\\p{L}*', 'боеприпас\\p{L}*', 'взрывчат\\p{L}*', 'гранат\\p{L}*', 'человек', 'лиц', 'сотрудник\\p{L}*', 'семинар\\p{L}*', 'раз', 'лет', 'год\\p{L}*', 'т', 'кг', 'тонн\\p{L}*'],
  functionWords: ['в', 'на', 'из', 'с', 'по', 'и'],
  phraseStops: ['и', 'или', 'в'],
  copulas: [],
  scaleWords: ['миллион\\p{L}*', 'млн\\.?', 'тыс\\.?', 'тысяч\\p{L}*'],
  ofWords: [],
  currencyWords: ['руб\\.?', 'тенге', 'долл\\.?'],
  rangeJoiners: ['до', 'или'],
  rangeTo: ['до'],
  rangeOpeners: ['от', 'из'],
  conjunctionAnd: ['и'],
  totalLabels: ['всего', 'итого'],
  underLeads: ['из', 'среди'],
  underDeterminers: ['них '],
  listJoiners: ['и', 'а также'],
  weaponCounters: [],
  notWeaponCounters: [],
  nonWeaponItemsBefore: [],
  scaleCharacters: [],
  phraseOpeners: [],
  breakdownMarkers: ['в том числе', 'из них', 'из которых', 'среди них', 'а именно'],
  continuationOpeners: ['из них', 'в том числе', 'среди них'],
  totalWords: ['всего'],
  auxiliaries: ['было', 'были', 'была', 'был'],
  sentenceAdverbs: ['кроме того', 'также'],
  adverbsBeforeVerb: [],
  organisationNouns: [],
  organisationArticles: [],
  organisationAdverbs: [],
  agentBy: [],
  agentTo: [],
  agentStops: [],
  agentYearLeads: [],
};

const fr: CountStatementWords = {
  boundary: 'letters',
  abbreviations: ['n°', 'art'],
  reportWords: ['rapport'],
  monthNames: ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'],
  statedYearLeads: ['en', 'pendant', 'au cours de'],
  dateRangeEnds: ['au', "jusqu['’]au", 'et'],
  yearNouns: ["l['’]année", "l['’]an"],
  dayOrdinalEndings: ['er'],
  monthYearJoiners: [],
  yearWordsAfter: [],
  statedYearMarks: [],
  yearPrepositions: ['à', 'au', 'en', 'de'],
  pastYearPhrases: ["(?:au cours de |pendant )?l['’]année (?:dernière|écoulée|précédente)"],
  thisYearPhrases: ['cette année', "l['’]année en cours"],
  otherPeriodPhrases: [
    'période (?:considérée|couverte|de référence|examinée|du rapport)',
    'depuis (?:le dernier rapport|(?:19|20)\\d{2})',
    'ces dernières années',
    'à ce jour',
  ],
  comparisonWords: ['par rapport', 'depuis'],
  notWeaponNouns: ['cartouches?', 'munitions?', 'personnes?', 'fois', 'ans'],
  functionWords: ['dans', 'par', 'pour', 'et', 'en', 'de'],
  phraseStops: ['et', 'ou'],
  copulas: [],
  scaleWords: ['millions?', 'milliers?', 'milliards?'],
  ofWords: ['de', "d['’]"],
  currencyWords: [],
  rangeJoiners: ['à', 'et', 'ou'],
  rangeTo: [],
  rangeOpeners: ['entre', 'de'],
  conjunctionAnd: ['et'],
  totalLabels: ['total', 'au total'],
  underLeads: ['parmi', 'de'],
  underDeterminers: ['les', 'ces'],
  listJoiners: ['et', 'ou'],
  weaponCounters: [],
  notWeaponCounters: [],
  nonWeaponItemsBefore: [],
  scaleCharacters: [],
  phraseOpeners: [],
  breakdownMarkers: ['dont', 'parmi (?:lesquelles|lesquels|elles|eux|celles-ci|ceux-ci)', 'y compris', 'à savoir', 'notamment'],
  continuationOpeners: ['parmi (?:elles|eux|celles-ci|ceux-ci)', 'dont', "il s['’]agit"],
  totalWords: ['au total', 'un total de'],
  auxiliaries: ['ont été', 'a été', 'ont', 'sont', 'se', 'a'],
  sentenceAdverbs: ['en outre'],
  adverbsBeforeVerb: [],
  organisationNouns: [],
  organisationArticles: [],
  organisationAdverbs: [],
  agentBy: ['par'],
  agentTo: ['à'],
  agentStops: ['en', 'dans'],
  agentYearLeads: ['en'],
};

const es: CountStatementWords = {
  boundary: 'letters',
  abbreviations: ['núm', 'art'],
  reportWords: ['informe'],
  monthNames: ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'setiembre', 'octubre', 'noviembre', 'diciembre'],
  statedYearLeads: ['en', 'durante'],
  dateRangeEnds: ['hasta(?: el)?', 'al', 'y'],
  yearNouns: ['el año', 'año'],
  dayOrdinalEndings: [],
  monthYearJoiners: ['de'],
  yearWordsAfter: [],
  statedYearMarks: [],
  yearPrepositions: ['en', 'de', 'desde', 'hasta'],
  pastYearPhrases: ['(?:en |durante )?el (?:último año|año (?:pasado|anterior))', '(?:en|durante) el último año'],
  thisYearPhrases: ['este año', 'el año en curso'],
  otherPeriodPhrases: [
    'per[ií]odo (?:que abarca|del informe|examinado|de referencia|objeto)',
    'desde (?:el último informe|(?:19|20)\\d{2})',
    '(?:los )?últimos (?:[\\p{L}\\d]+ )?años',
    'hasta la fecha',
  ],
  comparisonWords: ['que en', 'frente a', 'desde'],
  notWeaponNouns: ['cartuchos?', 'municiones', 'personas?', 'veces', 'años'],
  functionWords: ['en', 'de', 'por', 'para', 'y', 'que'],
  phraseStops: ['y', 'o'],
  copulas: [],
  scaleWords: ['mil(?:es)?', 'millón', 'millones'],
  ofWords: ['de'],
  currencyWords: [],
  rangeJoiners: ['a', 'y', 'o'],
  rangeTo: [],
  rangeOpeners: ['entre', 'de'],
  conjunctionAnd: ['y'],
  totalLabels: ['total', 'en total'],
  underLeads: ['de', 'entre'],
  underDeterminers: ['las', 'los', 'estas', 'estos'],
  listJoiners: ['y', 'e', 'o'],
  weaponCounters: [],
  notWeaponCounters: [],
  nonWeaponItemsBefore: [],
  scaleCharacters: [],
  phraseOpeners: [],
  breakdownMarkers: ['entre (?:ellas|ellos|las cuales|los cuales)', 'de (?:las|los) cuales', 'incluid[oa]s?', 'incluyendo', 'a saber'],
  continuationOpeners: ['entre (?:ellas|ellos)', 'de (?:ellas|ellos|estas|estos)'],
  totalWords: ['en total', 'un total de'],
  auxiliaries: ['se', 'fueron', 'han sido', 'ha sido', 'fue', 'ha', 'han'],
  sentenceAdverbs: ['además', 'asimismo'],
  adverbsBeforeVerb: [],
  organisationNouns: [],
  organisationArticles: [],
  organisationAdverbs: [],
  agentBy: ['por'],
  agentTo: ['a'],
  agentStops: ['en', 'durante'],
  agentYearLeads: ['en', 'durante'],
};

const ar: CountStatementWords = {
  boundary: 'proclitic',
  abbreviations: [],
  reportWords: [],
  monthNames: [],
  // "في عام 2017", "وخلال عام ٢٠١٧", "عام 2017" (digits are read through asciiDigits).
  statedYearLeads: ['[وف]?(?:في|خلال)', 'عام', 'سنة'],
  dateRangeEnds: [],
  yearNouns: ['عام', 'العام', 'سنة'],
  dayOrdinalEndings: [],
  monthYearJoiners: [],
  yearWordsAfter: [],
  statedYearMarks: [],
  yearPrepositions: [],
  pastYearPhrases: [],
  thisYearPhrases: [],
  otherPeriodPhrases: [],
  comparisonWords: [],
  notWeaponNouns: [],
  functionWords: [],
  phraseStops: [],
  copulas: [],
  scaleWords: [],
  ofWords: [],
  currencyWords: [],
  rangeJoiners: [],
  rangeTo: [],
  rangeOpeners: [],
  conjunctionAnd: [],
  totalLabels: [],
  underLeads: [],
  underDeterminers: [],
  // The conjunction is glued to the next word ("800 مسدس و450 بندقية").
  listJoiners: ['و'],
  weaponCounters: [],
  notWeaponCounters: [],
  nonWeaponItemsBefore: [],
  scaleCharacters: [],
  phraseOpeners: [],
  // "منها" / "من بينها" = of which; "بما في ذلك" = including.
  breakdownMarkers: ['و?منها', 'و?من بينها', 'بما في ذلك'],
  continuationOpeners: ['و?منها'],
  totalWords: [],
  auxiliaries: [],
  sentenceAdverbs: [],
  adverbsBeforeVerb: [],
  organisationNouns: [],
  organisationArticles: [],
  organisationAdverbs: [],
  agentBy: [],
  agentTo: [],
  agentStops: [],
  agentYearLeads: [],
};

const zh: CountStatementWords = {
  boundary: 'none',
  abbreviations: [],
  reportWords: [],
  monthNames: [],
  statedYearLeads: [],
  dateRangeEnds: [],
  yearNouns: [],
  dayOrdinalEndings: [],
  monthYearJoiners: [],
  yearWordsAfter: [],
  // Chinese writes the year before 年 ("2016年，...").
  statedYearMarks: ['年'],
  yearPrepositions: [],
  pastYearPhrases: [],
  thisYearPhrases: [],
  otherPeriodPhrases: [],
  comparisonWords: [],
  notWeaponNouns: [],
  functionWords: [],
  phraseStops: [],
  copulas: [],
  scaleWords: [],
  ofWords: [],
  currencyWords: [],
  rangeJoiners: [],
  rangeTo: [],
  rangeOpeners: [],
  conjunctionAnd: [],
  totalLabels: [],
  underLeads: [],
  underDeterminers: [],
  listJoiners: ['以及', '和', '及'],
  // 支 guns, 把 handguns, 挺 machine guns, 件 items.
  weaponCounters: ['支', '把', '挺', '件', '具', '杆', '门'],
  // Rounds, grenades, kilograms, people, times, years ...
  notWeaponCounters: ['发', '枚', '颗', '粒', '公斤', '千克', '吨', '克', '人', '名', '个', '次', '期', '起', '年', '月', '日', '%'],
  nonWeaponItemsBefore: ['子弹', '枪弹', '弹药', '炮弹', '手榴弹', '炸药', '雷管', '爆炸物'],
  // 万 (ten thousand) and the others scale the digits: "1.2万支" is not 1.2 guns.
  scaleCharacters: ['万', '千', '百', '亿'],
  phraseOpeners: ['其中'],
  // "其中" = of which, "包括" = including.
  breakdownMarkers: ['其中', '包括'],
  continuationOpeners: ['其中'],
  totalWords: [],
  auxiliaries: [],
  sentenceAdverbs: [],
  // "公安机关共收缴" = the police seized in all: 共 is not part of the agency.
  adverbsBeforeVerb: ['共计', '总共', '累计', '先后', '依法', '共', '还', '也', '又', '已', '都'],
  organisationNouns: [],
  organisationArticles: [],
  organisationAdverbs: [],
  agentBy: [],
  agentTo: [],
  agentStops: [],
  agentYearLeads: [],
};

/** The words of every language, in the order their alternatives are tried. */
export const COUNT_STATEMENT_WORDS: Readonly<Record<CountLanguage, CountStatementWords>> = { en, ru, fr, es, ar, zh };
