/**
 * The language layer: one module of data per language (src/language/lexicons/<code>.ts), each a
 * `Lexicon`. Parsers (src/transforms/) read words only through it, so adding a language is one data
 * file, one registry line and a corpus (tests/language/corpus/<code>.ts). No code lives here: the
 * regexes and maps are compiled once by `matchers.ts`.
 */

/** Languages a lexicon exists for: the six UN languages and the others states report in. */
export const LANGUAGES = ['en', 'fr', 'es', 'ru', 'ar', 'zh', 'pt'] as const;
export type Language = (typeof LANGUAGES)[number];

/**
 * Where a word of the language may start and end:
 * - `letters`: not next to another letter of any script (Latin, Cyrillic). JavaScript's `\b` knows
 *   only ASCII word characters, so `\bСГУ\b` never matches: a Unicode letter look-around is used instead.
 * - `none`: words are not separated (Chinese): a word matches anywhere.
 * - `proclitics`: letters around, except the glued proclitics of the lexicon (Arabic و ف ب ل ال).
 */
export type BoundaryRule = 'letters' | 'none' | 'proclitics';

/** A surface form with the canonical reading stored for it (`approx.` -> `approximately`). */
export interface CanonicalEntry {
  surface: string;
  canonical: string;
}

/**
 * Where a kind signal's words stand; src/classify/kind.ts turns each shape into its pattern.
 * - `phrase` (the default): anywhere, within the language's word boundary; `words` as written, a space
 *   matching any white space.
 *
 * For the other shapes `words` is a regex source, matched case-insensitively as it stands:
 * - `text`: anywhere, with no word boundary ("through-life management of ammunition").
 * - `heading`: a line of its own ("Accidental explosions").
 * - `lineStart`: at the start of a line ("National report of ...").
 * - `label`: at the very start of a line, before a colon ("Date of submission:").
 * - `attribution`: in parentheses before a year ("(National Report, 2005)").
 * - `yearLanguages`: after a year and a colon that start a line ("2010 : English"): a language's name.
 * - `meetingLine`: after a year and a dash that start a line, before a colon ("2010 - 4th BMS :"): a numbered meeting.
 * - `tableHeader`: the first cells of a table's header row, `\|` between them ("year | location").
 */
export type KindSignalShape = 'phrase' | 'text' | 'heading' | 'lineStart' | 'label' | 'attribution' | 'yearLanguages' | 'meetingLine' | 'tableHeader';

export interface KindSignal {
  /** As written for the `phrase` shape; a regex source for the others. */
  words: string;
  weight: number;
  /** Counts only in a document's first lines (a title, not an attribution further down). */
  head?: boolean;
  shape?: KindSignalShape;
  /**
   * The name a signal has in every language that writes it (`explosionsHeading`): a document showing it
   * in two languages (a bilingual profile) scores it once. A signal without a name counts on its own.
   */
  signal?: string;
  /** Matched as written, not case-folded (a byline's capitals: `By John Smith`, never `by the police`). */
  matchCase?: boolean;
}

export interface NumberWords {
  /** Words that add their value (`seventeen` 17, `vingt` 20, `doscientos` 200, `триста` 300, `七` 7). */
  values: Readonly<Record<string, number>>;
  /** Words that multiply the words before them within the hundreds (`hundred`, `cent`, `十`, `百`). */
  smallMultipliers: Readonly<Record<string, number>>;
  /** Words that multiply everything before them (`thousand`, `mille`, `mil`, `тысяч`, `万`). */
  largeMultipliers: Readonly<Record<string, number>>;
  /** Words between number words that add nothing (`and`, `et`, `y`, `e`, `و`). */
  joiners: readonly string[];
  /**
   * Words that are a number only when a phrase is read as a whole count (`a`, `an`, `single`, `un`,
   * `une`, `no`): too often an article to be picked out of running text.
   */
  articles: Readonly<Record<string, number>>;
  /**
   * Phrases that deny the number one before a noun (`not a single`, `not one`, `pas une seule`, `ni una sola`,
   * `ни одной`): a count of 0, and the `one` inside them is never read as 1. Regex sources.
   */
  notASingle: readonly string[];
}

export interface Lexicon {
  language: Language;
  /** The script most of the language's letters are in (language guessing). */
  script: 'Latin' | 'Cyrillic' | 'Arabic' | 'Han';
  boundary: BoundaryRule;
  /** Prefixes glued to a word that do not change it (Arabic `و`, `ال`); empty for the others. */
  proclitics: readonly string[];
  /**
   * The decimal mark of the language's numbers. Where it is a comma (fr, es, pt, ru), a dot between
   * groups of three digits is a thousands separator (`9.607` = 9607); in English it is not.
   */
  decimalMark: '.' | ',';
  numberWords: NumberWords;
  /** Words after a number that scale it (`million` 1e6, `тыс.` 1000, `mil` 1000). */
  scaleWords: Readonly<Record<string, number>>;
  /** Words after a number that show it is no count of items (`years`, `tonnes`, `лет`); the percent words are `percentWords`. */
  /**
   * Lower-case words inside the capitalised name of a public body or an organisation ("Ministry of the Interior",
   * "Dirección del Tesoro"), between two capitalised words, never at its end. An elided one ends with its apostrophe
   * ("d['’]": "Police nationale d'Haïti"). A section of its own: agency names, defined acronyms and the authors of
   * works cited read it, and a version derived from the code follows what it reads.
   */
  nameLinks: readonly string[];
  unitWords: readonly string[];
  /**
   * Words after a number that make it a percentage (`per cent`, `pour cent`, `por ciento`, `процентов`): no count of
   * items, and no figure of weapons a count is compared with (`against 12 per cent in 2019`). Literal words.
   */
  percentWords: readonly string[];
  /**
   * The bodies of a state a nationality adjective goes with (`Government`, `authorities`, `border guards`;
   * `gouvernement`, `autorités`), and on which side the adjective stands (`the Kenyan Government`, `le
   * gouvernement kényan`). "Kenyan" alone is a language or a people as often as a state (classify/adjectives.ts).
   */
  stateBodies: { readonly words: readonly string[]; readonly adjectiveFirst: boolean };
  /** Words right before a four-digit number that make it a year (`in`, `since`, `depuis`, `в`). */
  yearLeads: readonly string[];
  /** Approximation words before a number (`approximately`, `около`, `environ`), with their canonical form. */
  qualifiersBefore: readonly CanonicalEntry[];
  /** Approximation words after a number (`or so`, `environ`, `aproximadamente`). */
  qualifiersAfter: readonly CanonicalEntry[];
  /**
   * Phrases that end in a qualifier word but are not one (`handed over` 300 rifles: a verb, not
   * "over 300"). Matched right before the number.
   */
  falseQualifiers: readonly string[];
  /**
   * Qualifiers that are one only after one of these words or at the start of a clause (`under`:
   * "destroyed under 300" hedges, "under Decree 300" does not).
   */
  qualifierContexts: Readonly<Record<string, readonly string[]>>;
  /** Words that open a range (`between`, `entre`, `от`) and join its ends (`and`, `to`, `à`, `до`, `-`). */
  rangeOpeners: readonly string[];
  rangeJoiners: readonly string[];
  /**
   * A whole cell or value that says "not known": `unknown`, `inconnu`, `нет данных` (NULL, never 0). The
   * signs every language writes alike (a dash, a question mark) are transforms/unknown.ts's, not a lexicon's.
   */
  unknownMarkers: readonly string[];
  /** A whole cell or value that says "none": `none`, `nil`, `aucun` (0 where the column is a count). */
  emptyMarkers: readonly string[];
  /**
   * Words that speak of a number of things without giving it (`dozens`, `several`, `des dizaines`, `decenas`,
   * `десятки`): regex fragments, matched case-insensitively as whole words, an optional `of`/`de` after them
   * being the matcher's. A count said so is NULL (never a guess); a tally said so keeps its words.
   */
  vagueQuantities: readonly string[];
  /** Month names and their abbreviations, every inflected form, lower case -> 1-12. */
  monthNames: Readonly<Record<string, number>>;
  /** Phrases naming a year relative to the report (`the past year` -1, `в прошлом году` -1). */
  relativeYears: Readonly<Record<string, number>>;
  /**
   * Words before a year that name a part of it (`mid`-2009, `early` 2015, `fin` 2012, `mediados de` 2014):
   * the year itself is exact. Never a decade's (`mid-2000s` names no one year).
   */
  yearParts: readonly string[];
  /**
   * The words a written date puts around its figures and month name, as regex sources (one parser of dates,
   * transforms/dates.ts, and the count statements' stated years, count-statements/compile.ts, read them): after the
   * day (`dayOrdinals`: `1er` juin, `1º` de maio); between day, month and year (`joiners`: `14 de maio de 2013`,
   * `junio del 2016`); after the year (`afterYear`: `14 мая 2014 г.`, `в 2013 году`, optional after a stated year);
   * `yearMonthDay`, the marks after year, month and day where the language writes a date year first (`2017年3月20日`;
   * the year's mark also states a year on its own, `2016年`), null where it does not. `numericOrder`: the order of a
   * date in figures when the language settles it (`dmy`: `12/03/2019` in a French report is 12 March), null when it
   * is written both ways (English: UK and US) or year first (Chinese).
   */
  dateWords: {
    dayOrdinals: readonly string[];
    joiners: readonly string[];
    afterYear: readonly string[];
    yearMonthDay: { year: string; month: string; day: string } | null;
    numericOrder: 'dmy' | 'mdy' | null;
  };
  /**
   * Words with which a cited work gives the date it was read online (`Accessed`, `Consulté le`, `Consultado em`):
   * the date after them is the citation's access date, and a line holding them reads as a citation.
   */
  accessedWords: readonly string[];
  /**
   * Words of page-number lines: `page` words before the number (`Page`, `Страница`, `الصفحة`, `第`),
   * `of` words between it and the page count (`of`, `sur`, `из`, `من`), `after` words (`页`); `pages`, the plural a
   * reference to several pages takes (`pages 13-14`), which no page-number line starts with.
   */
  pageFurniture: { page: readonly string[]; pages: readonly string[]; of: readonly string[]; after: readonly string[] };
  /**
   * What names a meeting in a PoA page's list of statements (`2010 - 4th BMS : ...`): `words` matched whole
   * (`conference`, `réunion`); `stems` matched inside a word (Russian endings: `конференц`; the Arabic article
   * glued before its noun: `المؤتمر`; Chinese, unspaced: `审议大会`); `acronyms` of the meeting series, the
   * meeting's number glued to them or not (`BMS`, `BMS5`, `RBE`, `СГУ`); `ordinalEndings`, regex fragments of
   * what follows the digits of an ordinal before an acronym (`5th BMS`, `5e RBE`, `5ª REB`, `5-е СГУ`).
   */
  meetingNames: { words: readonly string[]; stems: readonly string[]; acronyms: readonly string[]; ordinalEndings: readonly string[] };
  /**
   * Words with which a line announces a list of its own items (`... must bear the following marks:`, `comprennent :`,
   * `incluyen lo siguiente:`): a colon after them introduces the State's items, it asks no question. A final `*`
   * stands for the rest of the word (`следующ*`).
   */
  listIntroducers: readonly string[];
  /**
   * Phrases that show what kind of document a text is, by kind (`amap_profile`, `poa_report`, ...),
   * each with its weight and whether it counts only in the first lines (a title).
   */
  kindSignals: Readonly<Record<string, readonly KindSignal[]>>;
  /**
   * Signs of documents that share the family's words but are no profile or report, by genre (`news`,
   * `press_release`, `meeting_document`, `paper`, `encyclopaedia`, `job_advert`, `advocacy`): a byline, "for
   * immediate release", "list of participants", "from Wikipedia", an NGO's "Fact sheet" and "Donate". A document showing enough of them gets no kind (classify/kind.ts), whatever words
   * of a profile it quotes. Same shapes and names as `kindSignals`.
   */
  genreSignals: Readonly<Record<string, readonly KindSignal[]>>;
  /** Section headings as written -> section topic code (transforms/topics.ts matches them with typos tolerated). */
  sectionHeadings: Readonly<Record<string, string>>;
  /** The template questions of the PoA implementation pages, as written -> the topic of the block they belong to. */
  templateQuestions: Readonly<Record<string, string>>;
  /**
   * Topic code -> stems naming the topic in free wording (questionnaire questions, headings outside
   * `sectionHeadings`): whole words, or the start of a word where a stem ends in `*` (`broker*`).
   */
  topicKeywords: Readonly<Record<string, readonly string[]>>;
  /**
   * Words before a section's number that are no part of its heading (`Section 1.`, `Partie II -`, `Раздел 3.`,
   * `الفصل 2`). Where the language writes the number inside the words, `{n}` stands where it goes (Chinese
   * `第{n}章`: `第一章`, `第2部分`). The number is digits, Roman numerals, a script's numerals, or one of the
   * `sectionNumberOrdinals`.
   */
  sectionNumberWords: readonly string[];
  /**
   * Ordinal words that stand for a section's number after one of the `sectionNumberWords` (`الفصل الأول`,
   * `الباب الثاني`, `Chapitre premier`): never a heading's number on their own, where they open prose.
   */
  sectionNumberOrdinals: readonly string[];
  /**
   * Ordinal words that number a heading on their own, before a colon or dash (`أولاً:`, `ثانياً -`): a heading's
   * number as a Roman numeral is (transforms/topics.ts, extractors/poa-report/structure.ts), every spelling as written.
   */
  sectionOrdinals: readonly string[];
  /** Conjunctions joining the topics of a compound heading (`Marking and tracing`, `Collecte et destruction`). */
  headingConjunctions: readonly string[];
  /** Names of languages as written in this language (`anglais` -> en), lower case. */
  languageNames: Readonly<Record<string, Language>>;
  /** Function words frequent in this language and rare in the others of its script (language guessing). */
  functionWords: readonly string[];
  /** Action words by action code (`seized`, `apreendidas`) used by count statements. */
  actions: Readonly<Record<string, readonly string[]>>;
  /** Weapon category words by category code (`pistols`, `pistolas`). */
  weaponCategories: Readonly<Record<string, readonly string[]>>;
  /**
   * Words introducing the parts of a total (`of which`, `dont`, `das quais`, `из них`, `其中`): regex
   * sources, a space standing for any white space. A colon does so in every language (count statements).
   */
  partIntroducers: readonly string[];
  /**
   * Labels of a report's submission date, as words (`Date of submission`, `Дата представления`, `Data`):
   * a header line `<label>: <date>` gives the date (poa-report facts).
   */
  dateLabels: readonly string[];
  /**
   * Words that open a national report's title (`National report`, `Rapport national`, `Informe de`,
   * `Национальный доклад`): a header line holding them is the title (poa-report facts).
   */
  reportTitleWords: readonly string[];
  /**
   * Words saying a report was submitted, regex sources (`submitted`, `submission`, `soumis`,
   * `presentación`, `представлен\\p{L}*`): a header date in a line with one (`Date of submission: ...`,
   * `Transmitted to the Secretariat on 2 July 2012`) is the report's submission date (poa-report facts).
   */
  submissionWords: readonly string[];
  /**
   * Labels of the period a report covers (`Reporting period`, `Période couverte`, `Отчетный период`): a
   * header line `<label>: ...` states that period, never the report's date (poa-report facts).
   */
  periodLabels: readonly string[];
  /** The header of a report table's year column (`Year`, `Année`, `Год`, `السنة`): regex sources, matched whole. */
  yearColumnLabels: readonly string[];
  /**
   * The header of a report table's column that names each row's action (`Action`, `Acción`, `Mesure`, `Действие`),
   * beside its year column (`Year | Action | Pistols | Total`): regex sources, matched whole (poa-report year tables).
   */
  actionColumnLabels: readonly string[];
  /**
   * The header of a report table's label column when its rows are places (`Region`, `Province`, `Département`,
   * `Región`, `Область`, `المحافظة`): regex sources, matched whole. Places are no weapon categories: such a table's
   * rows are never parts of its totals (poa-report label-action tables).
   */
  placeColumnLabels: readonly string[];
  /**
   * The one-word answers of a questionnaire (`yes`, `non`, `да`, `not applicable`, `no se aplica`): a line
   * that is only one is never a heading, and one right after a question's `?` is its answer (poa-report).
   */
  questionnaireAnswers: readonly string[];
  /**
   * Answers saying the state gave none (`No response`, `[No response]`, `pas de réponse`, `нет ответа`):
   * NULL with an info issue, never the words themselves and never "No" (poa-shared/answers.ts).
   */
  noResponseMarkers: readonly string[];
  /**
   * Short function words that a lost line break glues onto the word before them (`Armsand`,
   * `Programmeof`, `armasy`) or, capitalised, after them (`toPrevent`): transforms/deglue.ts splits them
   * off for matching only, never in the verbatim source_text.
   */
  gluedWords: readonly string[];
  /**
   * The names of the instruments reports are about, as the language writes them (the PoA's full title,
   * the International Tracing Instrument): words a glued token may be split into (`Programmeof`).
   */
  instrumentNames: readonly string[];
  /**
   * Words of a UN document's header (poa-report facts): the label of the language a translation was made
   * from (`Original: Russian`, `Translated from Russian`), the distribution line (`Distr.: General`), and
   * the words of a note verbale's cover letter (`presents its compliments`), none of which are facts.
   */
  documentHeader: { originalLabels: readonly string[]; distributionLabels: readonly string[]; coverLetter: readonly string[] };
  /** Public bodies by agency code (`police`: `polícia`), regex sources matched case-insensitively (transforms/categories.ts). */
  agencies: Readonly<Record<string, readonly string[]>>;
  /** Acronyms of public bodies by agency code (`КНБ`), matched as written: in lower case they are other words. */
  agencyAcronyms: Readonly<Record<string, readonly string[]>>;
  /** The words around a weapon category that transforms/categories.ts reads. */
  categoryWords: CategoryWords;
  /** The words only count statements read (transforms/count-statements/). */
  countStatements: CountStatementWords;
  /** The words only ammunition country profiles read (extractors/amap-profile/). */
  ammunitionProfile: AmmunitionProfileWords;
  /**
   * The word before a table's number in its caption, as written (`Table 1:`, `Tableau 2`, `Cuadro 3`,
   * `Таблица 1`): decoders join a caption to its table by it, and the extractors read a table's kind and
   * year columns under it (transforms/table-captions.ts).
   */
  tableWords: readonly string[];
  /** The words of the Source/Date pair under a PoA page's template answers (extractors/poa-shared/source-pair.ts). */
  sourceLines: SourceLineWords;
}

/**
 * The Source/Date pair that says which national report a PoA page's answers come from
 * (`Source : National Report on the implementation of the PoA, 2010` / `Date : 6/5/2011`). Words as
 * written; a space stands for any white space. Every language's words are tried on every page.
 */
export interface SourceLineWords {
  /** Labels of the Source line (`Source`, `Fuente`, `Источник`), matched case-insensitively. */
  sourceLabels: readonly string[];
  /** Labels of the Date line (`Date`, `Fecha`, `Дата`), matched case-insensitively. */
  dateLabels: readonly string[];
  /**
   * Words naming a report (`report`, `informe`, `доклад*`), matched case-insensitively as whole words, a
   * final `*` standing for the rest of a word: a Source line naming none names a person or an office, and
   * its numbers are not taken for a year.
   */
  reportWords: readonly string[];
  /**
   * Courtesy titles and ranks before a person's name (`Mr.`, `Mme`, `Sra.`, `г-н`), matched as written
   * (their case kept) as whole words: a Source line that opens with one names a contact, not a report,
   * whatever year or programme it mentions.
   */
  personTitles: readonly string[];
  /**
   * The words of an attribution closing a PoA page's bullets before the report's year (`National Report` in
   * `(National Report, 2005)`, `Rapport national`, `国家报告`, `التقرير الوطني`), matched case-insensitively,
   * a space standing for any white space and a final `*` on a word for the rest of it (`Национальн* доклад*`).
   * The brackets and commas around them are the script's (poa-shared/attribution.ts), not a language's.
   */
  attributionWords: readonly string[];
  /** Words joining two report years in one attribution (`(NR, 2008 and 2006)`, `et`, `و`, `和`). */
  attributionYearJoiners: readonly string[];
  /**
   * Words opening an attribution written as a LEAD-IN line that heads the bullets after it (`From the` in
   * `From the National Report, 2020:`, `Selon le`, `Según el`), matched case-insensitively, a space standing for
   * any white space. The line may also be the attribution's words alone (`National Report, 2020:`).
   */
  attributionLeadIns: readonly string[];
  /** Words between an attribution's words and its year instead of a comma (`de` in `rapport national de 2020`). */
  attributionYearPrepositions: readonly string[];
  /**
   * A PoA page's list of reports laid out as a table with a status column: the words of a status saying the report
   * was submitted (`Submitted`, `Received`) and not (`Not submitted`, `Pending`), matched case-insensitively as the
   * whole cell (a qualifier in brackets after it allowed: `Submitted (late)`). Only a submitted row is a submission.
   */
  reportStatuses: { submitted: readonly string[]; notSubmitted: readonly string[] };
}

/**
 * Words of the ammunition country profiles (A-MAP): the tables of accidental explosions and diversions,
 * and the tallies their text gives. Each entry is a regular expression fragment matched case-insensitively
 * (`\s+` for white space). Every language's words are
 * tried on every page (a profile's language is not always known). A list a language's profiles do not
 * need is empty on purpose.
 */
export interface AmmunitionProfileWords {
  /** Words of a table's caption that tell its kind when its header does not (`Thefts of ammunition`). */
  tableCaptionNouns: { explosions: readonly string[]; diversions: readonly string[] };
  /**
   * Header labels naming each column of an explosions or diversions table. A `year` or `location` label is
   * the whole header cell (`Date`, `Lieu`); the others may be part of it (`Number of deaths`, `Owner/manager`).
   */
  columnLabels: {
    year: readonly string[];
    location: readonly string[];
    owner: readonly string[];
    deaths: readonly string[];
    injuries: readonly string[];
    description: readonly string[];
  };
  /** The whole first cell of a row that sums a table (`Total`, `Total général`, `Suma`): no incident. */
  totalRowLabels: readonly string[];
  /**
   * The words an incident written as a list item gives its casualties by (`3 killed, 14 injured`, `3 tués`,
   * `3 погибли`), beside the number or after a colon (`deaths: 3`): regex fragments, matched as whole words.
   */
  incidentCasualties: { deaths: readonly string[]; injuries: readonly string[] };
  /** The noun phrase a tally counts, by tally topic ("five accidental explosions", "four cases of diversion"). */
  tallyNouns: { explosions: readonly string[]; diversions: readonly string[] };
  /**
   * The nouns a profile names a tally's number by when it says it is not known, before one of the language's
   * `unknownMarkers` (`their number is not known`, `leur nombre est inconnu`, `su número se desconoce`, `их число
   * неизвестно`): a tally whose count is NULL, never a guess.
   */
  tallyNumberNouns: readonly string[];
  /**
   * Counters between a tally's number and its noun, in a language that has them (Chinese `三起意外爆炸`: 三, then
   * 起 for incidents): the number is read before the counter. Empty where numbers stand before the noun alone.
   */
  tallyCounters: readonly string[];
  /** Words before a counted number that make it an ordinal (Chinese `第三起`, the third): no count. */
  tallyOrdinalMarks: readonly string[];
  /**
   * A tally noun in the dual, which is its own count of two with no number word before it (Arabic `حالتا تسريب`,
   * `انفجاران عرضيان`): regex fragments matched at the start of a `tallyNouns` match. Empty for a language without a dual.
   */
  tallyDuals: readonly string[];
  /**
   * Words before a year that open a tally's period (`since 1979`, `depuis`, `منذ`; Russian `с` only before a year
   * marked `года`: it is also `with`). Regex sources, matched as whole words before the year.
   */
  tallySinceWords: readonly string[];
  /** Words before a year that put a tally in that one year (`in 2016`, `pendant`, `durante`). Regex sources. */
  tallyInYearWords: readonly string[];
  /**
   * Words that open a tally's period of two years (`between 1990 and 2020`, `de 1990 à 2020`, `desde 1990 hasta
   * 2020`), matched as a whole word before the first year. Regex sources. Kept apart from the lexicon's
   * `rangeOpeners` (those of a number range: `from 3 to 5`), which are not all a period's.
   */
  tallyRangeOpeners: readonly string[];
  /**
   * Words between the two years of a tally's period (`and`, `to`, `à`, `hasta`, `по`). Regex sources; the year
   * follows after white space or none (Arabic `و` is written glued to it: `بين 2010 و2015`).
   */
  tallyRangeJoiners: readonly string[];
  /**
   * Words right before a tally's noun that make its count 0 (`no accidental explosion`, `aucun cas`, `no se han
   * registrado casos`, `لم تسجل أي حالات`). Regex sources, matched after a non-letter or the start and before the
   * noun (or one of `tallyNoneFillers` and the noun).
   */
  tallyNoneWords: readonly string[];
  /** Words between a `tallyNoneWords` and the noun (`no other explosion`, `aucun autre cas`, `ningún otro caso`). */
  tallyNoneFillers: readonly string[];
  /**
   * Words that count 0 AFTER a tally's noun, its predicate closing the sentence (`Cases of diversion have not been
   * recorded`, `Случаи утечки ... не зарегистрированы`, `les cas de détournement n'ont pas été signalés`). Regex
   * sources, matched after the noun and a few words with no punctuation, right before the sentence's end.
   */
  tallyNoneAfter: readonly string[];
  /**
   * The verb after a tally's noun that the count 0 keeps in its words (`no explosion was reported`). Regex sources
   * matched at the start of the words after the noun, up to a word boundary.
   */
  tallyVerbsAfter: readonly string[];
  /** A round figure before a tally's noun, not a count (`about a dozen`, `une douzaine d'`, `una docena de`): NULL, the words kept. */
  tallyRoundFigures: readonly string[];
  /** Words that are a count of one before a tally's noun (`a single explosion`): the whole words before the noun. */
  tallySingleWords: readonly string[];
  /** Words that are no count in the words before a tally's noun, whatever a number reader makes of them (`no`, `none`, `zero`). */
  tallyNotCountWords: readonly string[];
  /**
   * The words of an explosions table's owner/manager cell (`State (military)`, `Non-state (company)`, `Estado
   * (militar)`, `État (police)`), read by transforms/owner.ts: each list holds regex sources matched against the
   * whole type or sector (a space stands for one space: the cell's white space is collapsed first).
   */
  ownerWords: {
    /** The owner types: `state`, `non-state`, `estatal`, `دولة`, `частный`. */
    state: readonly string[];
    nonState: readonly string[];
    /** The sectors: military and police imply a state owner, a company a non-state one. */
    military: readonly string[];
    police: readonly string[];
    company: readonly string[];
    other: readonly string[];
  };
  /** Nouns of items that can be diverted (`rifles`, `cartouches`, `municiones`): a number before one is a quantity diverted. */
  itemNouns: readonly string[];
  /**
   * Units of weight (regex sources): a number with one measures items by weight (`2 tonnes of TNT`, `500 kg
   * d'explosifs`), no count of them; beside a count of items a description then gives no single total.
   */
  itemWeights: readonly string[];
  /**
   * Whole lines of a profile page's site chrome, never content: skip links, menu entries, the label of
   * the country map (`Skip to content`, `Country profiles`, `Map of Nepal`, `Carte du Burkina Faso`).
   */
  pageChrome: readonly string[];
  /**
   * Words that open a note or source pointing elsewhere (`See`, `Cf.`, `Ibid`, `Voir`, `Véase`): a line
   * opening with one is a citation (`See A-MAP Database.`), in a notes list or under a table.
   */
  citationOpeners: readonly string[];
}

/**
 * The words around a weapon category after a number ("1,200 illegal firearms", "300 arms dealers"), read by
 * transforms/categories.ts besides `weaponCategories`: regex sources, matched case-insensitively. A list a
 * language does not need is empty on purpose.
 */
export interface CategoryWords {
  /**
   * Counter words after a number: before its category ("units of", "единиц", "unités d'"), raw words of the generic
   * total only, or alone, the weapons named elsewhere (`2019 — 1 204 ед.`, `2020 – 877 units` in a year list).
   */
  counters: readonly string[];
  /** Words before a category that belong to its raw words ("illegal firearms", "незаконного оружия"). */
  modifiers: readonly string[];
  /**
   * Words before a category that are no part of it: a partitive ("of them"), then a copula ("were", "eran")
   * and a quantifier after the copula ("all"): "3,000 of them were all pistols".
   */
  leadPartitives: readonly string[];
  leadCopulas: readonly string[];
  leadQuantifiers: readonly string[];
  /**
   * Longer terms starting with a category word that name weapons of no single category of the vocabulary
   * ("espingardas automáticas": automatic rifles where `espingarda` alone is a shotgun): their count's category is
   * NULL with the whole term as raw words, never the shorter term's category.
   */
  unplacedTerms: readonly string[];
  /** Nouns after a weapon word that make it a modifier of something else ("arms dealers", "gas cylinders"): no weapons counted. */
  notWeaponHeads: readonly string[];
  /** Category words that are adjectives only ("smooth-bore", "gas"): without their noun they must end the phrase. */
  adjectivesOnly: readonly string[];
  /** Words that may follow such an adjective standing alone (a conjunction, a verb, a preposition); punctuation always may. */
  adjectivePhraseEnds: readonly string[];
  /**
   * How words after a generic noun ("weapons", "armes", "оружия") can qualify it, as regex sources matched
   * right after the noun: English only with "of ..."; Russian with a genitive. `null`: any word may
   * (French, Spanish: "armes blanches"); empty: none (Chinese puts qualifiers before the noun).
   */
  genericQualifierStarts: readonly string[] | null;
  /** Qualifiers after a generic noun that leave the generic reading intact ("of various types", "illégales"). */
  benignQualifiers: readonly string[];
  /**
   * Items counted that are not weapons (rounds, cartridges, grenades, mines, parts), as the words right after
   * a number: never loaded as weapon counts.
   */
  nonWeaponItems: readonly string[];
  /** Where words are not separated: what right after a category word makes it another noun ("手枪弹", pistol cartridges). */
  nounContinuations: readonly string[];
}

/**
 * Words of count statements ("In 2005, 9,607 weapons were seized: 7,195 smoothbore ..."), each a regular
 * expression fragment matched case-insensitively (except `organisationNouns`, which must be capitalised),
 * where a single space stands for any white space ("of which" matches "of\n which"). Entries are bounded
 * by the language's `boundary` rule, never by `\b`. A list a language does not need is empty on purpose.
 * The ideas that have a section of their own are read from it, not from here: `monthNames`,
 * `relativeYears` ("in the past year", "this year"), `yearLeads` (a preposition before a year that is not
 * a count), `scaleWords`, `rangeOpeners` and `rangeJoiners`, `partIntroducers` (breakdown markers).
 */
export interface CountStatementWords {
  // Sentences
  /** Abbreviations after which a full stop does not end a sentence ("No. 5", "т.е."). */
  abbreviations: readonly string[];
  /** The word for a report in an attribution closing a unit ("(National Report, 2005)"). */
  reportWords: readonly string[];

  // Years
  /** Words before a stated year ("In 2005", "В 2013 году", "في عام 2017", "Em 2019"). */
  statedYearLeads: readonly string[];
  /** Words ending a date range before its month ("from 1 March to 31 May 2017": "to"). */
  dateRangeEnds: readonly string[];
  /** Words for "year" between a lead and the year ("in the year 2005", "en el año 2012"). */
  yearNouns: readonly string[];
  /**
   * Parts of one calendar year written before it ("the third quarter of 2022", "Q3 2022", "the first half of 2023",
   * "mid-2021", "au premier semestre 2023", "a mediados de 2022", "во втором квартале 2022 года"): the year is still
   * stated, and it is the statement's year (a count of part of a year is a count of that year). A lead before them
   * ("in", "en", "в") is optional. Regex fragments. Not "the end of" / "by the end of": a figure at a year's end is
   * often a running total since some start, not the year's.
   */
  yearPartPhrases: readonly string[];
  /** Periods that are not one calendar year ("reporting period", "since 2010", "последние пять лет"). */
  otherPeriodPhrases: readonly string[];
  /**
   * Words naming the period the report covers ("during the period", "au cours de la période", "за отчетный период"):
   * the year of the report's reporting period when that is one calendar year, else none. Regex fragments.
   */
  reportPeriodPhrases: readonly string[];
  /** Words comparing with another year ("15% more than in 2012"). */
  comparisonWords: readonly string[];
  /**
   * Words right before a number that make it the figure of ANOTHER period set beside a count ("seized 734 firearms,
   * up from 581 in 2019", "contre 581 en 2019", "frente a 581 en 2019", "против 581 в 2019 году"): the number is no
   * part of the count's statement; with a year of its own it is a statement of that year (compared-figures.ts).
   * Regex fragments, a space for any white space.
   */
  comparedFigureLeads: readonly string[];
  /**
   * Words saying that a list of numbers pairs, item by item, with another list ("seized 120 and 45 firearms in 2021 and
   * 2022 respectively", "respectivement", "respectivamente", "соответственно", "على التوالي", "分别"): no number of the
   * list is the count of the whole sentence (respective-figures.ts). Regex fragments, a space for any white space.
   */
  respectivelyWords: readonly string[];
  /**
   * Words right before a number that make it a change, not a count ("seizures rose by 212 firearms", "une hausse de
   * 40 armes", "aumentaron en 30 armas", "увеличилось на 15 единиц"): regex fragments, a space for any white space.
   */
  changeLeads: readonly string[];
  /**
   * Words right before a number that make it the LEVEL a figure reached, with no noun after it ("seizures of firearms
   * rose to 1,526", "reached", "totalled", "ont atteint", "se sont élevées à", "ascendieron a", "alcanzaron", "chegaram
   * a", "достигли", "составили"): the number counts the weapons the words before name, under the action noun there
   * ("seizures", "incautaciones", "изъятия"). A change's own figure ("rose by 200") is never a level. Regex fragments,
   * a space for any white space; only the verb's last words are needed (the auxiliary before it may be anything).
   */
  levelLeads: readonly string[];
  /**
   * Nouns of an event the counts belong to, whose year is the statement's stated year ("the 2019 campaign", "the
   * campaign of 2019", "la amnistía de 2018", "кампании 2019 года"): campaigns, amnesties, operations, programmes.
   * Regex sources. The year joins the noun by `ofWords` or stands before it, and `dateWords.afterYear` may follow it.
   */
  eventNouns: readonly string[];
  /**
   * Nouns of documents whose year is never the counts' ("the 2018 Amnesty Act", "the plan for 2020", "la loi de
   * 2018"): laws, decrees, resolutions, plans, strategies. Regex sources. A stated year right after one, or an event
   * noun one follows, gives no year.
   */
  documentNouns: readonly string[];

  // Number mentions
  /** Nouns and units after a number that count something other than weapons ("45 officials"). */
  notWeaponNouns: readonly string[];
  /**
   * Words after a count's weapons, in its clause, that make it a rate, not a count ("100 weapons a month", "12 firearms
   * per day", "par mois", "al mes", "por dia", "в месяц"): no statement loads it (info `count-rate`). Regex fragments,
   * a space for any white space.
   */
  rateAfter: readonly string[];
  /**
   * Fractions and shares before `of the N weapons` ("half of the 1,200 weapons collected were destroyed", "la moitié
   * des", "la mitad de las", "половина из"): N is the group a share was picked from, never a count of the action.
   * Regex fragments, a space for any white space; the lexicon's vague quantities ("some of the") count too.
   */
  fractionWords: readonly string[];
  /** Words right before a number that make it an average ("an average of 100", "en moyenne 100", "в среднем 100"): the same. */
  averageBefore: readonly string[];
  /**
   * A count of 0 said by negating the action (`لم يتم إتلاف أي أسلحة`: no weapons were destroyed): one of
   * `zeroNegations`, maybe one of `zeroAuxiliaries`, an action word, then one of `negatedZeroWords` ("any")
   * right before the weapons. Regex sources. Only that shape: where other words stand between (`لا يعرف ما إذا
   * تم إتلاف أي أسلحة`: it is not known whether any weapons were destroyed) the clause says no count.
   */
  zeroNegations: readonly string[];
  /**
   * Words that negate an action word from among the two words right before it (`were not destroyed`, `have not yet
   * been destroyed`, `n'ont pas été détruites`, `не были уничтожены`): weapons counted with a negated action were not
   * seized, destroyed ... so the count is no statement of it. Regex sources; `not only` and the like excluded.
   */
  actionNegations: readonly string[];
  /**
   * Words saying the action after them is planned, pledged, funded, targeted or still to come, not done (`will destroy`,
   * `plans to`, `are to be destroyed`, `pledged USD 250,000 for the destruction of`, `prévoit de`, `sera détruit`,
   * `se prevé`, `планируется`, `计划`): the clause's modality. Counts under such an action are no statement of it.
   * Regex sources, whole words; matched within a few words before the action word (no punctuation between), or right
   * after the counts (an auxiliary at most between: `the destruction of 3,000 weapons is planned`).
   */
  plannedActionMarkers: readonly string[];
  /** Auxiliaries between such a negation and the action word (`يتم`). */
  zeroAuxiliaries: readonly string[];
  /** The word that is a count of 0 after a negated action (`أي`), never alone: "were any weapons seized?" counts nothing. */
  negatedZeroWords: readonly string[];
  /** Words that cannot start the noun phrase of an unknown count ("1,500 in 2012"). */
  functionWords: readonly string[];
  /** Linking words that end the words of an unknown count. */
  phraseStops: readonly string[];
  /** A verb between a number and its nouns that is skipped ("300 were grenades", "3.904 eram pistolas"). */
  copulas: readonly string[];
  /**
   * Words after a generic weapon noun that end its phrase without qualifying it (a verb, a preposition, a
   * conjunction: "armas de fogo nas províncias" is firearms; "armas de guerra" is not the generic total).
   * Regex sources.
   */
  genericPhraseEnds: readonly string[];
  /** "of" between a scale word and its nouns ("million d'armes"). */
  ofWords: readonly string[];
  /**
   * The words between a word of none and the group it picks from (`none of the 300 weapons`, `aucune des 300 armes`,
   * `ни одна из 300 единиц`): that number is the group, not a count of the action. Regex sources.
   */
  partitiveOf: readonly string[];
  /**
   * Words saying a figure counts for several States, a region or the world, not the reporting State alone (`58
   * States`, `Member States`, `the States of the region`, `worldwide`, `dans le monde`, `во всём мире`): a count
   * statement whose clause holds one is no fact of the document's country. Regex sources, whole words.
   */
  aggregateScopes: readonly string[];
  /** Currency words before a number ("руб. 300"): money, not weapons. */
  currencyWords: readonly string[];
  /** Joiners that make a range without an opening word ("200 to 300", "200 до 300"). */
  rangeTo: readonly string[];
  /** "and" after a labelled number ("pistols, 120 and ..."). */
  conjunctionAnd: readonly string[];
  /** Labels naming a total in a table-like list ("total, 240", "итого: 240"). */
  totalLabels: readonly string[];
  /** Words before a category that counts break down ("of the rifled weapons, 13 ...", "das armas curtas, 3.904"). */
  underLeads: readonly string[];
  /** Determiners after those words ("of the", "parmi les"). */
  underDeterminers: readonly string[];
  /** Words keeping two counts in one list ("and", "as well as", "и", "و", "和"). */
  listJoiners: readonly string[];
  /** Conjunctions that join negated words ("nor", "ni", "nem"): "no weapons were seized nor destroyed" states two zeros. */
  negativeJoiners: readonly string[];
  /**
   * Words opening a relative clause right after a count's weapons ("eleven shotguns that had been handed in", "qui
   * avaient été remises", "que habían sido entregadas", "которые были сданы"): an action word in it describes those
   * weapons, it is not the statement's action.
   */
  relativeLeads: readonly string[];
  /**
   * Object pronouns right after an action word ("handed them over to the NPS, which destroyed them", "уничтожила их"):
   * that action has its own object, it is never the action of a count in another clause.
   */
  objectPronounsAfter: readonly string[];
  /** The same, standing right before the action word, an auxiliary maybe between ("qui les a détruites", "las destruyó"). */
  objectPronounsBefore: readonly string[];
  /**
   * Action words (also in `actions`) that say what was done to weapons only when the weapons are their own object: the
   * count right after the word, or the count before it as its subject, an auxiliary at most between (`detained 37
   * firearms`, `37 firearms were detained`, `задержано 37 единиц оружия`). Elsewhere they are done to people (`detained
   * 12 suspects with 37 firearms`) and are no action of the count. Regex sources matching the whole action word.
   */
  objectOnlyActions: readonly string[];
  /**
   * Nouns of people (`suspects`, `individuals`, `smugglers`, `personnes`, `personas`, `pessoas`, `человек`): with a
   * `possessionLeads` word after them, the weapons counted next are what those people held (`12 suspects carrying 37
   * firearms were detained`): the verb after them is done to the people, and is no action of the count. Regex sources.
   */
  personNouns: readonly string[];
  /** Words joining people to the weapons they held (`carrying`, `with`, `in possession of`, `en possession de`, `с`). Regex sources. */
  possessionLeads: readonly string[];
  /**
   * Verbs of receiving (`received`, `took in`, `recibió`, `a reçu`, `recebeu`, `принято`): weapons received right after
   * one, described as surrendered (`received 300 voluntarily surrendered weapons`), were surrendered to the receiver,
   * so the describing participle is the statement's action when the sentence has no other. Only a surrender: weapons
   * received as seized were seized by someone else. Regex sources, whole words.
   */
  receiptVerbs: readonly string[];
  /**
   * A pronoun after a number picking it out of weapons counted before ("seized 1,284 firearms and destroyed 950 of
   * them", "dont ... d'entre elles", "из них"): the number counts those weapons.
   */
  partitivePronouns: readonly string[];
  /**
   * Words saying a statement happened in the same year as the statement before it ("In the same year", "No mesmo ano",
   * "La même année", "В том же году", "同年"): its year is that statement's, inferred.
   */
  sameYearPhrases: readonly string[];
  /** Counter words after a number of weapons ("1,200支"). */
  weaponCounters: readonly string[];
  /** Counter words and nouns after a number showing it is not of weapons ("300发", "5公斤"). */
  notWeaponCounters: readonly string[];
  /** Nouns of non-weapon items right before a number ("子弹500发"). */
  nonWeaponItemsBefore: readonly string[];
  /** Words after which a noun phrase before a number starts ("其中手枪800支"). */
  phraseOpeners: readonly string[];

  // Statement structure
  /** A sentence opening that continues the statement before it ("They included ...", "Из них ..."). */
  continuationOpeners: readonly string[];
  /** Words saying the count after them is the total ("a total of 502"). */
  totalWords: readonly string[];
  /**
   * Words right after a count (and its nouns) saying it is the total of the counts before it ("200 rifles and 120
   * pistols, 320 weapons in total", "soit 320 armes au total", "320 armas en total"). Regex sources, whole words.
   */
  totalWordsAfter: readonly string[];
  /**
   * Words right before a number saying it replaces a figure given before it ("the figure of 1,200 ... should read
   * 1,020", "doit se lire 1 020", "debe leerse 1.020", "следует читать 1 020"): the earlier figure is declared wrong
   * and never loaded; the corrected one takes its place. Regex sources, whole words.
   */
  correctionPhrases: readonly string[];
  /**
   * An erratum's formula, `for <the figure the report gave> read <its replacement>` (`In Table 3, for ... (1,350) read
   * 1,305`, `au lieu de 1 350, lire 1 305`, `donde dice 1.350 debe decir 1.305`, `вместо 1 350 читать 1 305`): the words
   * opening the superseded figure's description, and the words before the replacement. Regex sources, whole words.
   */
  erratumSuperseded: readonly string[];
  erratumReplacement: readonly string[];

  // Agency
  /** Auxiliaries between the subject and the verb ("were", "было", "ont été", "han sido", "foram"). */
  auxiliaries: readonly string[];
  /** Sentence adverbs before a time phrase ("Also, in 2015, ..."). */
  sentenceAdverbs: readonly string[];
  /** Adverbs between the subject and the verb, without spaces ("公安机关共收缴": 共). */
  adverbsBeforeVerb: readonly string[];
  /** Nouns ending the name of a public body ("Kenya Forest Service"); capitalised, matched as written. */
  organisationNouns: readonly string[];
  /** Article before such a name, as written ("the Kenya Forest Service"). */
  organisationArticles: readonly string[];
  /** Adverbs after such a name ("the Kenya Forest Service also seized", "la Garde nationale a également saisi"). */
  organisationAdverbs: readonly string[];
  /**
   * A light verb with its link before an action NOUN, between the subject and it ("la Commission a procédé à la
   * destruction de", "the Service carried out the destruction of", "la Policía procedió a la destrucción de",
   * "МВД провело уничтожение"): not part of the subject. Regex sources, matched at the end of the subject's words.
   */
  supportVerbs: readonly string[];
  /**
   * Nouns that make a body of whatever words go with them, in every case form, where the language writes a name
   * with its first word capitalised only and no article ("Войсками национальной гвардии", "Федеральной таможенной
   * службой"): a subject opening with a capital and holding one is a named body outside the vocabulary (agency
   * NULL, raw kept). Regex sources, matched case-insensitively against one word.
   */
  bodyNouns: readonly string[];
  /**
   * Lower-case adjectives that stay inside a body's name after its capitalised noun, where the language puts
   * adjectives after the noun ("la Garde nationale", "la Comisión federal"); regex sources. A lower-case word
   * outside this list ends the name.
   */
  organisationAdjectives: readonly string[];
  /** "by" before the agent after the verb ("seized by the police", "pela população"). */
  agentBy: readonly string[];
  /** "to" before the receiving agency ("surrendered to the police"). */
  agentTo: readonly string[];
  /**
   * Words ending an agent phrase ("by the police in 2013"), and a subject's where a place or circumstance phrase follows
   * it before the verb ("the police in the region of Khatlon seized", "органами внутренних дел в Хатлонской области
   * изъято", "на территории", "в ходе").
   */
  agentStops: readonly string[];
  /** Prepositions before a year between the verb and the agent ("seized in 2013 by ..."). */
  agentYearLeads: readonly string[];
}
