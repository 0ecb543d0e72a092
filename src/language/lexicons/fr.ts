import type { Lexicon } from '../types.ts';

/** French. */
export const fr: Lexicon = {
  language: 'fr',
  script: 'Latin',
  boundary: 'letters',
  proclitics: [],
  decimalMark: ',',
  numberWords: {
    values: {
      deux: 2, trois: 3, quatre: 4, cinq: 5, six: 6, sept: 7, huit: 8, neuf: 9, dix: 10, onze: 11,
      douze: 12, treize: 13, quatorze: 14, quinze: 15, seize: 16, 'dix-sept': 17, 'dix-huit': 18, 'dix-neuf': 19,
      vingt: 20, vingts: 20, trente: 30, quarante: 40, cinquante: 50, soixante: 60, 'soixante-dix': 70, septante: 70,
      'quatre-vingt': 80, 'quatre-vingts': 80, huitante: 80, octante: 80, 'quatre-vingt-dix': 90, nonante: 90,
    },
    smallMultipliers: { cent: 100, cents: 100 },
    largeMultipliers: { mille: 1000 },
    joiners: ['et'],
    articles: { zéro: 0, un: 1, une: 1, aucun: 0, aucune: 0 },
  },
  scaleWords: { mille: 1e3, milliers: 1e3, million: 1e6, millions: 1e6, milliard: 1e9, milliards: 1e9, 'k': 1e3 },
  unitWords: ['tonnes', 'tonne', 'pour cent', 'ans', 'an', 'années', 'année', 'mois', 'jours', 'jour', 'heures', 'heure', 'minutes', 'calibre'],
  yearLeads: ['en', 'depuis', "jusqu'en", 'année', 'début', 'fin', 'mi'],
  qualifiersBefore: [
    { surface: 'environ', canonical: 'environ' },
    { surface: 'env.', canonical: 'environ' },
    { surface: 'près de', canonical: 'près de' },
    { surface: 'plus de', canonical: 'plus de' },
    { surface: 'au moins', canonical: 'au moins' },
    { surface: 'quelque', canonical: 'quelque' },
    { surface: 'approximativement', canonical: 'approximativement' },
    { surface: 'moins de', canonical: 'moins de' },
    { surface: "jusqu'à", canonical: "jusqu'à" },
    { surface: 'jusqu’à', canonical: "jusqu'à" },
  ],
  qualifiersAfter: [
    { surface: 'environ', canonical: 'environ' },
    { surface: 'au moins', canonical: 'au moins' },
  ],
  falseQualifiers: [],
  qualifierContexts: {},
  rangeOpeners: ['entre', 'de'],
  rangeJoiners: ['et', 'à', 'ou', '-', '–', '—'],
  unknownMarkers: ['inconnu', 'inconnue', 'inconnus', 'non connu', 'non disponible', 'n.d.', 'nd', 'n/d', 'n/a', '-', '–', '—', '?'],
  emptyMarkers: ['aucun', 'aucune', 'néant'],
  monthNames: {
    janvier: 1, février: 2, fevrier: 2, mars: 3, avril: 4, mai: 5, juin: 6, juillet: 7, août: 8, aout: 8,
    septembre: 9, octobre: 10, novembre: 11, décembre: 12, decembre: 12,
    janv: 1, févr: 2, fév: 2, avr: 4, juil: 7, sept: 9, oct: 10, nov: 11, déc: 12,
  },
  relativeYears: {
    "l'année dernière": -1, 'l’année dernière': -1, "l'an dernier": -1, 'l’an dernier': -1, "l'année précédente": -1,
    'l’année précédente': -1, "l'année écoulée": -1, 'l’année écoulée': -1, 'cette année': 0, "l'année en cours": 0, 'l’année en cours': 0,
  },
  pageFurniture: { page: ['page', 'p.'], of: ['sur', 'de'], after: [] },
  kindSignals: {},
  sectionHeadings: {},
  languageNames: {
    français: 'fr', francais: 'fr', anglais: 'en', espagnol: 'es', russe: 'ru', arabe: 'ar', chinois: 'zh', portugais: 'pt',
  },
  functionWords: ['le', 'la', 'les', 'des', 'et', 'du', 'une', 'est', 'dans', 'pour', 'sur', 'au', 'aux', 'sont', 'été', 'qui', 'par'],
  // Regex sources, matched inside the word boundary (transforms/categories.ts).
  actions: {
    seized: ['saisi(?:e|es|s)?|saisies?|confisqué(?:e|es|s)?|retiré(?:e|es|s)?\\s+de\\s+la\\s+circulation'],
    surrendered: ['remis(?:e|es)?\\s+volontairement|rendu(?:e|es|s)?\\s+volontairement|remise\\s+volontaire'],
    destroyed: ['détruit(?:e|es|s)?|fondu(?:e|es|s)?|incinéré(?:e|es|s)?|brûlé(?:e|es|s)?'],
    collected: ['collecté(?:e|es|s)?|ramassé(?:e|es|s)?'],
    stolen: ['volé(?:e|es|s)?'],
    lost: ['perdu(?:e|es|s)?'],
  },
  weaponCategories: {},
  partIntroducers: ['dont', 'parmi lesquels', 'parmi lesquelles'],
};
