import type { Corpus } from './types.ts';

export const corpus: Corpus = {
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
};
