import type { Lexicon } from '../types.ts';

/** English. */
export const en: Lexicon = {
  language: 'en',
  script: 'Latin',
  boundary: 'letters',
  proclitics: [],
  decimalMark: '.',
  numberWords: {
    values: {
      one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
      eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18,
      nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
    },
    smallMultipliers: { hundred: 100 },
    largeMultipliers: { thousand: 1000 },
    joiners: ['and'],
    articles: { zero: 0, a: 1, an: 1, single: 1, no: 0, none: 0 },
  },
  scaleWords: { thousand: 1e3, thousands: 1e3, million: 1e6, millions: 1e6, billion: 1e9, billions: 1e9, lakh: 1e5, crore: 1e7 },
  unitWords: ['tonnes', 'tonne', 'tons', 'ton', 'per cent', 'percent', 'years', 'year', 'months', 'month', 'days', 'day', 'hours', 'hour', 'minutes', 'minute', 'calibre', 'caliber'],
  yearLeads: ['in', 'since', 'from', 'until', 'by', 'of', 'year', 'early', 'late', 'mid'],
  qualifiersBefore: [
    { surface: 'approximately', canonical: 'approximately' },
    { surface: 'approx.', canonical: 'approximately' },
    { surface: 'about', canonical: 'about' },
    { surface: 'around', canonical: 'around' },
    { surface: 'roughly', canonical: 'roughly' },
    { surface: 'nearly', canonical: 'nearly' },
    { surface: 'almost', canonical: 'almost' },
    { surface: 'some', canonical: 'some' },
    { surface: 'over', canonical: 'over' },
    { surface: 'more than', canonical: 'more than' },
    { surface: 'at least', canonical: 'at least' },
    { surface: 'up to', canonical: 'up to' },
    { surface: 'an estimated', canonical: 'an estimated' },
    { surface: 'estimated', canonical: 'estimated' },
    { surface: 'circa', canonical: 'circa' },
    { surface: 'ca.', canonical: 'circa' },
    { surface: 'less than', canonical: 'less than' },
    { surface: 'fewer than', canonical: 'fewer than' },
    { surface: 'under', canonical: 'under' },
  ],
  qualifiersAfter: [
    { surface: 'or so', canonical: 'or so' },
    { surface: 'or more', canonical: 'or more' },
    { surface: 'odd', canonical: 'odd' },
  ],
  // Phrasal verbs ending in a qualifier word: "handed over 300 rifles" is no "over 300". ("took over
  // 2,000 rounds" is: took more than 2,000.)
  falseQualifiers: [
    'hand over', 'hands over', 'handed over', 'handing over', 'turn over', 'turns over', 'turned over', 'turning over',
    'pass over', 'passes over', 'passed over', 'passing over', 'brought over', 'bring over', 'went over', 'carried over',
  ],
  qualifierContexts: { under: ['destroyed', 'seized', 'collected', 'surrendered', 'were', 'was'] },
  rangeOpeners: ['between', 'from'],
  rangeJoiners: ['and', 'to', 'or', '-', '–', '—'],
  unknownMarkers: ['n/a', 'na', 'n.a.', 'n.a', 'n. a.', 'not available', 'not known', 'unknown', 'n/k', 'nk', 'n/d', 'nd', '-', '–', '—', '?'],
  emptyMarkers: ['none', 'nil', 'zero'],
  monthNames: {
    january: 1, february: 2, march: 3, april: 4, may: 5, june: 6, july: 7, august: 8, september: 9, october: 10,
    november: 11, december: 12, jan: 1, feb: 2, mar: 3, apr: 4, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10,
    nov: 11, dec: 12,
  },
  relativeYears: {
    // The preposition is part of the phrase a reader quotes (`In the past year` -> 2004).
    'in the past year': -1, 'in the previous year': -1, 'in the preceding year': -1, 'during the past year': -1, 'over the past year': -1,
    'the past year': -1, 'last year': -1, 'the previous year': -1, 'the preceding year': -1, 'the last year': -1,
    'this year': 0, 'the current year': 0, 'the reporting year': 0,
  },
  pageFurniture: { page: ['page', 'p.', 'pp.'], of: ['of'], after: [] },
  kindSignals: {},
  sectionHeadings: {},
  languageNames: {
    english: 'en', french: 'fr', spanish: 'es', russian: 'ru', arabic: 'ar', chinese: 'zh', portuguese: 'pt',
  },
  functionWords: ['the', 'and', 'of', 'to', 'is', 'was', 'were', 'has', 'have', 'with', 'for', 'by', 'which', 'from', 'on'],
  // Regex sources, matched inside the word boundary (transforms/categories.ts).
  actions: {
    seized: ['(?:seized|seizures?|confiscated|impounded|recovered)', '(?:removed|withdrawn|taken\\s+out)\\s+(?:from|of)\\s+(?:the\\s+)?(?:illicit\\s+|illegal\\s+|unlawful\\s+)?circulation'],
    surrendered: ['(?:voluntarily\\s+)?surrendered|voluntary\\s+surrender|handed\\s+in|turned\\s+in|handed\\s+over\\s+voluntarily'],
    // Burning (`Flame of Peace` ceremonies) is how many states destroy collected weapons.
    destroyed: ['destroyed|destruction|smelted|melted(?:\\s+down)?|crushed|cut\\s+up|burn(?:ed|t)|incinerated'],
    collected: ['collected|gathered'],
    stolen: ['stolen'],
    lost: ['lost'],
  },
  weaponCategories: {},
  partIntroducers: ['of which', 'including', 'among them', 'comprising'],
};
