import type { Corpus } from './types.ts';

export const corpus: Corpus = {
  countStatements: [
    // عدد القطع دون ذكر السلاح، يليه تفصيل بأنواع الأسلحة: مجموع الأسلحة عامة.
    ['في عام 2019، تم تسليم 540 قطعة، منها 320 بندقية و220 مسدساً.', { year: 2019, year_basis: 'stated', action: 'surrendered', agency: null, total: 540, components_sum: 540, counts: ['firearms 540', 'rifles 320', 'pistols 220'] }],
    ['في عام 2017 تم ضبط 1250 قطعة سلاح، منها 800 مسدس و450 بندقية.', { year: 2017, year_basis: 'stated', action: 'seized', agency: null, total: 1250, components_sum: 1250, counts: ['firearms 1250', 'pistols 800', 'rifles 450'] }],
  ],
  numberWords: [['ثلاثة عشر', 13], ['خمسة وعشرون', 25], ['خمسة و عشرون', 25], ['مائة', 100], ['ثلاثة آلاف', 3000], ['سبعة عشر', 17]],
  quantities: [
    ['تم ضبط حوالي 300 قطعة سلاح', { value: 300, qualifier: 'حوالي' }],
    ['تم ضبط ٣٠٠ قطعة سلاح', { value: 300, qualifier: null }],
    ['أكثر من 1.200 قطعة', { value: 1200, qualifier: 'أكثر من' }],
    ['بين 200 و 300 قطعة', { value: null, qualifier: null }],
  ],
  cells: [['٩٦٠٧', 9607], ['9.607', 9607]],
  unknownMarkers: ['غير معروف', 'غير متوفر', '-'],
  notUnknown: ['لا يوجد', 'عمان'],
  dates: [['14 مايو 2014', '2014-05-14']],
  relativeYears: [
    ['في العام الماضي تم ضبط 300 قطعة', -1],
    // The article and glued prepositions: "وفي العام الماضي", "بالعام الماضي".
    ['وخلال العام الماضي', -1],
    ['هذا العام', 0],
  ],
  categories: [['قطعة سلاح', 'firearms'], ['مسدسات', 'pistols'], ['بنادق صيد', 'hunting'], ['أسلحة بيضاء', 'edged_weapons'], ['طلقة', null]],
  agencies: [['الشرطة', 'police'], ['مصلحة الجمارك', 'customs'], ['القوات المسلحة', 'defence'], ['وزارة الداخلية', 'police'], ['المديرية العامة للأمن الوطني', 'police']],
  headings: [['إدارة المخزونات', 'stockpile_management'], ['التعاون الدولي', 'international_cooperation'], ['الوسم', 'marking'], ['السلطة الوطنية', 'national_coordination']],
  kinds: [['التقرير الوطني عن تنفيذ برنامج العمل\nتاريخ التقديم: 2010', 'poa_report']],
};
