import type { Lexicon } from '../types.ts';

/** Chinese. No spaces between words: every word matches wherever it stands. */
export const zh: Lexicon = {
  language: 'zh',
  script: 'Han',
  boundary: 'none',
  proclitics: [],
  decimalMark: '.',
  numberWords: {
    values: { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 },
    smallMultipliers: { 十: 10, 百: 100, 千: 1000 },
    largeMultipliers: { 万: 10000, 萬: 10000 },
    joiners: [],
    articles: {},
  },
  scaleWords: { 万: 1e4, 萬: 1e4, 亿: 1e8, 千: 1e3 },
  unitWords: ['年', '月', '日', '吨', '公斤', '毫米', '%', '天', '小时'],
  yearLeads: ['自', '从', '至'],
  qualifiersBefore: [
    { surface: '约', canonical: '约' },
    { surface: '大约', canonical: '大约' },
    { surface: '近', canonical: '近' },
    { surface: '超过', canonical: '超过' },
    { surface: '至少', canonical: '至少' },
  ],
  qualifiersAfter: [
    { surface: '余', canonical: '余' },
    { surface: '多', canonical: '多' },
    { surface: '左右', canonical: '左右' },
  ],
  falseQualifiers: [],
  qualifierContexts: {},
  rangeOpeners: [],
  rangeJoiners: ['至', '到', '-', '–', '—'],
  unknownMarkers: ['不详', '未知', '无数据', '-', '–', '—', '?', '？'],
  emptyMarkers: ['无'],
  monthNames: {
    一月: 1, 二月: 2, 三月: 3, 四月: 4, 五月: 5, 六月: 6, 七月: 7, 八月: 8, 九月: 9, 十月: 10, 十一月: 11, 十二月: 12,
  },
  relativeYears: { 去年: -1, 上一年: -1, 前一年: -1, 今年: 0, 本年: 0 },
  pageFurniture: { page: ['第'], of: [], after: ['页'] },
  kindSignals: {},
  sectionHeadings: {},
  languageNames: {
    中文: 'zh', 汉语: 'zh', 英文: 'en', 英语: 'en', 法文: 'fr', 法语: 'fr', 西班牙文: 'es', 西班牙语: 'es', 俄文: 'ru', 俄语: 'ru',
    阿拉伯文: 'ar', 阿拉伯语: 'ar', 葡萄牙文: 'pt', 葡萄牙语: 'pt',
  },
  functionWords: ['的', '了', '和', '在', '是'],
  // Regex sources, matched inside the word boundary (transforms/categories.ts).
  actions: {
    seized: ['收缴|缴获|查获|没收|查扣'],
    surrendered: ['上缴|主动上交|上交'],
    destroyed: ['销毁'],
    collected: ['收回|收集'],
  },
  weaponCategories: {},
  partIntroducers: ['其中'],
};
