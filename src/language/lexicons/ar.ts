import type { Lexicon } from '../types.ts';

/** Arabic. Conjunctions, prepositions and the article are written glued to the word they precede. */
export const ar: Lexicon = {
  language: 'ar',
  script: 'Arabic',
  boundary: 'proclitics',
  // Longest first is the matcher's business; these are the glued forms a word may carry.
  proclitics: ['و', 'ف', 'ب', 'ل', 'ال', 'وال', 'بال', 'فال', 'لل'],
  decimalMark: ',',
  numberWords: {
    values: {
      واحد: 1, واحدة: 1, اثنان: 2, اثنين: 2, اثنتان: 2, اثنتين: 2, ثلاثة: 3, ثلاث: 3, أربعة: 4, أربع: 4,
      خمسة: 5, خمس: 5, ستة: 6, ست: 6, سبعة: 7, سبع: 7, ثمانية: 8, ثماني: 8, ثمان: 8, تسعة: 9, تسع: 9, عشرة: 10, عشر: 10,
      أحد: 1, إحدى: 1, اثنا: 2, اثني: 2, اثنتا: 2, اثنتي: 2,
      عشرون: 20, عشرين: 20, ثلاثون: 30, ثلاثين: 30, أربعون: 40, أربعين: 40, خمسون: 50, خمسين: 50, ستون: 60, ستين: 60,
      سبعون: 70, سبعين: 70, ثمانون: 80, ثمانين: 80, تسعون: 90, تسعين: 90, مائة: 100, مئة: 100, مائتان: 200, مئتان: 200,
      مائتين: 200, مئتين: 200, ألفان: 2000, ألفين: 2000,
    },
    smallMultipliers: {},
    largeMultipliers: { ألف: 1000, آلاف: 1000 },
    joiners: ['و'],
    articles: { صفر: 0 },
  },
  scaleWords: { ألف: 1e3, آلاف: 1e3, مليون: 1e6, ملايين: 1e6, مليار: 1e9 },
  unitWords: ['طن', 'طنا', 'بالمائة', 'في المائة', 'عاما', 'سنوات', 'سنة', 'أشهر', 'شهرا', 'أيام', 'يوما', 'ملم'],
  yearLeads: ['عام', 'العام', 'سنة', 'منذ'],
  qualifiersBefore: [
    { surface: 'حوالي', canonical: 'حوالي' },
    { surface: 'حوالى', canonical: 'حوالي' },
    { surface: 'نحو', canonical: 'نحو' },
    { surface: 'قرابة', canonical: 'قرابة' },
    { surface: 'أكثر من', canonical: 'أكثر من' },
    { surface: 'ما يزيد على', canonical: 'ما يزيد على' },
    { surface: 'ما لا يقل عن', canonical: 'ما لا يقل عن' },
    { surface: 'أقل من', canonical: 'أقل من' },
    { surface: 'تقريبا', canonical: 'تقريبا' },
  ],
  qualifiersAfter: [
    { surface: 'تقريبا', canonical: 'تقريبا' },
    { surface: 'تقريباً', canonical: 'تقريبا' },
  ],
  falseQualifiers: [],
  qualifierContexts: {},
  rangeOpeners: ['بين', 'من'],
  rangeJoiners: ['و', 'إلى', 'الى', '-', '–', '—'],
  unknownMarkers: ['غير معروف', 'غير متوفر', 'غير متاح', 'لا توجد بيانات', '-', '–', '—', '?', '؟'],
  emptyMarkers: ['لا يوجد', 'لا شيء'],
  monthNames: {
    يناير: 1, فبراير: 2, مارس: 3, أبريل: 4, ابريل: 4, مايو: 5, يونيو: 6, يوليو: 7, أغسطس: 8, اغسطس: 8, سبتمبر: 9,
    أكتوبر: 10, اكتوبر: 10, نوفمبر: 11, ديسمبر: 12,
    'كانون الثاني': 1, شباط: 2, آذار: 3, نيسان: 4, أيار: 5, حزيران: 6, تموز: 7, آب: 8, أيلول: 9, 'تشرين الأول': 10,
    'تشرين الثاني': 11, 'كانون الأول': 12,
  },
  relativeYears: { 'العام الماضي': -1, 'السنة الماضية': -1, 'العام السابق': -1, 'السنة السابقة': -1, 'هذا العام': 0 },
  pageFurniture: { page: ['الصفحة', 'صفحة'], of: ['من'], after: [] },
  kindSignals: {},
  sectionHeadings: {},
  languageNames: {
    العربية: 'ar', عربي: 'ar', الإنجليزية: 'en', الانكليزية: 'en', الفرنسية: 'fr', الإسبانية: 'es', الروسية: 'ru', الصينية: 'zh',
    البرتغالية: 'pt',
  },
  functionWords: ['في', 'من', 'على', 'إلى', 'التي', 'الذي', 'عن', 'مع', 'هذا', 'تم'],
  // Regex sources, matched inside the word boundary (transforms/categories.ts).
  actions: {
    // Arabic verbs take the conjunction and the passive "تم" before them ("وتم ضبط"): `(?:[وف])?(?:تم\\s+)?`.
    seized: ['(?:[وف])?(?:تم\\s+)?(?:ضبط(?:ت|وا|ها)?|مصادرة|صادرت|صودرت)'],
    // "تم تسليم 640 قطعة سلاح طوعا": the adverb may follow the object, so "تسليم" (handing in) alone counts.
    surrendered: ['(?:[وف])?(?:تم\\s+)?(?:تسليم|سلم(?:ت|وا)?)\\s+(?:طوع(?:ا|اً|ياً?)|طواعية)|(?:[وفبل]?ال|لل)?تسليم\\s+(?:[وفبل]?ال|لل)?طوعي|(?:[وف])?(?:تم\\s+)?(?:[وفبل]?ال|لل)?تسليم'],
    destroyed: ['(?:[وف])?(?:تم\\s+)?(?:تدمير|إتلاف|اتلاف|دمرت|دمر|أتلفت|اتلفت)'],
    collected: ['(?:[وف])?(?:تم\\s+)?(?:جمع(?:ت)?)'],
  },
  weaponCategories: {},
  partIntroducers: ['منها', 'بما في ذلك'],
};
