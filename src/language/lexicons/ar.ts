import { marksOptional } from '../arabic-marks.ts';
import type { Lexicon } from '../types.ts';

/** The article and glued prepositions before a noun in the category words (الـ, بالـ, للـ, والـ). */
const ART = '(?:[وفبل]?ال|لل)?';

/**
 * The ordinals that number a report's headings (`أولاً: التنسيق الوطني`, `ثانياً - جمع الأسلحة`), first to twelfth:
 * the adverbial accusative is written with the tanween after the alif (أولاً), before it (أولًا) or without it
 * (أولا), and أول often without its hamza (اولا).
 */
const ORDINALS = [
  ...['أول', 'اول', 'ثاني', 'ثالث', 'رابع', 'خامس', 'سادس', 'سابع', 'ثامن', 'تاسع', 'عاشر'].flatMap((stem) => [`${stem}اً`, `${stem}ًا`, `${stem}ا`]),
  'حادي عشر', 'الحادي عشر', 'ثاني عشر', 'الثاني عشر',
];

/**
 * The ordinals after a section word that number it (`الفصل الأول`, `الباب الثاني`, `المحور الحادي عشر`): the definite
 * masculine adjective, first to twelfth, أول with or without its hamza; a section word is masculine.
 */
const NUMBER_ORDINALS = [
  'الأول', 'الاول', 'الثاني', 'الثالث', 'الرابع', 'الخامس', 'السادس', 'السابع', 'الثامن', 'التاسع', 'العاشر',
  'الحادي عشر', 'الثاني عشر',
];

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
    notASingle: [],
  },
  scaleWords: { ألف: 1e3, آلاف: 1e3, مليون: 1e6, ملايين: 1e6, مليار: 1e9 },
  nameLinks: [],
  unitWords: ['طن', 'طنا', 'عاما', 'سنوات', 'سنة', 'أشهر', 'شهرا', 'أيام', 'يوما', 'ملم'],
  percentWords: ['بالمائة', 'في المائة', 'بالمئة', 'في المئة'],
  // No nationality adjectives are known in this language yet (classify/adjectives.ts).
  stateBodies: { words: [], adjectiveFirst: true },
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
  unknownMarkers: ['غير معروف', 'غير متوفر', 'غير متاح', 'لا توجد بيانات', '؟'],
  emptyMarkers: ['لا يوجد', 'لا شيء', 'لا شئ', 'صفر'],
  vagueQuantities: ['عدة', 'العديد من', 'عشرات', 'مئات', 'آلاف'],
  monthNames: {
    يناير: 1, فبراير: 2, مارس: 3, أبريل: 4, ابريل: 4, مايو: 5, يونيو: 6, يوليو: 7, أغسطس: 8, اغسطس: 8, سبتمبر: 9,
    أكتوبر: 10, اكتوبر: 10, نوفمبر: 11, ديسمبر: 12,
    'كانون الثاني': 1, شباط: 2, آذار: 3, نيسان: 4, أيار: 5, حزيران: 6, تموز: 7, آب: 8, أيلول: 9, 'تشرين الأول': 10,
    'تشرين الثاني': 11, 'كانون الأول': 12,
  },
  yearParts: ['منتصف', 'أوائل', 'أواخر', 'بداية', 'نهاية'],
  dateWords: { dayOrdinals: [], joiners: [], afterYear: [], yearMonthDay: null, numericOrder: 'dmy' },
  accessedWords: ['تاريخ الاطلاع', 'تاريخ الاطّلاع', 'تاريخ الدخول', 'تم الاطلاع عليه في', 'اطلع عليه في', 'تاريخ الزيارة'],
  relativeYears: { 'العام الماضي': -1, 'السنة الماضية': -1, 'العام السابق': -1, 'السنة السابقة': -1, 'هذا العام': 0 },
  pageFurniture: { page: ['الصفحة', 'صفحة'], pages: ['الصفحات'], of: ['من'], after: [] },
  meetingNames: { words: [], stems: ['مؤتمر', 'اجتماع', 'دورة'], acronyms: [], ordinalEndings: [] },
  listIntroducers: [],
  // What shows a document's kind (see KindSignalShape; the signal names are the English lexicon's).
  kindSignals: {
    // The headings and labels of an Arabic ammunition country profile (A-MAP): "accidental" / "unplanned" explosions (at
    // munitions sites), cases of diversion (تسريب, تحويل, اختلاس), disposal, needs, the profile's title and its table's header.
    amap_profile: [
      { signal: 'explosionsHeading', shape: 'heading', words: '(?:ال)?انفجارات (?:ال)?(?:عرضية|غير (?:ال)?مخطط لها|غير (?:ال)?مقصودة)(?: في مواقع (?:ال)?ذخير(?:ة|ات))?', weight: 2 },
      { signal: 'diversionHeading', shape: 'heading', words: 'حالات (?:ال)?(?:تسريب|تحويل|اختلاس)|(?:ال)?تسريب|(?:ال)?تحويل', weight: 2 },
      { signal: 'uems', shape: 'text', words: '(?:ال)?انفجارات (?:ال)?غير (?:ال)?مخطط لها في مواقع (?:ال)?ذخير', weight: 1 },
      { signal: 'disposalHeading', shape: 'heading', words: '(?:ال)?تخلص من (?:ال)?(?:ذخيرة|ذخائر|مخزونات)|(?:ال)?تخلص|إتلاف (?:ال)?(?:ذخيرة|ذخائر)', weight: 1 },
      { signal: 'needsHeading', shape: 'heading', words: '(?:ال)?احتياجات(?: من (?:ال)?مساعدة)?|احتياجات (?:ال)?مساعدة', weight: 1 },
      { signal: 'ammunitionProfile', shape: 'text', words: '(?:ال)?ملف (?:ال)?قطري (?:ل|الخاص ب)?إدارة (?:ال)?(?:ذخيرة|ذخائر)', weight: 2 },
      { signal: 'explosionsTable', shape: 'tableHeader', words: '(?:ال)?(?:سنة|عام)\\s*\\|\\s*(?:ال)?(?:موقع|مكان)', weight: 1 },
    ],
    poa_profile: [{ signal: 'reportLanguages', shape: 'yearLanguages', words: 'العربية', weight: 3 }],
    poa_report: [
      // Scored apart from the Latin and Cyrillic `reportTitle`, as it always was.
      { signal: 'reportTitleArabicOrChinese', shape: 'lineStart', words: 'التقرير الوطني|تقرير (?:عن|بشأن|حول) تنفيذ', weight: 2, head: true },
      { signal: 'programmeOfAction', shape: 'text', words: 'برنامج العمل', weight: 2, head: true },
      { signal: 'submissionDate', shape: 'label', words: 'تاريخ (?:التقديم|تقديم التقرير)', weight: 2 },
    ],
  },
  // No genre signs written for this language yet: its documents are judged by the kind signals alone.
  genreSignals: {},
  sectionHeadings: {
    // An ammunition country profile's sections.
    'الوضع الأمني': 'security_situation',
    'الحالة الأمنية': 'security_situation',
    'السياق الأمني': 'security_situation',
    'الدعم الدولي': 'international_support',
    'الانفجارات العرضية': 'accidental_explosions',
    'الانفجارات غير المخطط لها': 'accidental_explosions',
    'الانفجارات غير المخطط لها في مواقع الذخيرة': 'accidental_explosions',
    'الانفجارات غير المقصودة': 'accidental_explosions',
    'حالات التسريب': 'diversion',
    'حالات التحويل': 'diversion',
    'حالات الاختلاس': 'diversion',
    'التسريب': 'diversion',
    'التخلص من الذخيرة': 'disposal',
    'التخلص من الذخائر': 'disposal',
    'التخلص من المخزونات': 'disposal',
    'التخلص': 'disposal',
    'الاحتياجات': 'needs',
    'احتياجات المساعدة': 'needs',
    'الاحتياجات من المساعدة': 'needs',
    'التنسيق الوطني': 'national_coordination',
    'آلية التنسيق الوطنية': 'national_coordination',
    'جهة الاتصال الوطنية': 'national_coordination',
    'السلطة الوطنية': 'national_coordination',
    'التشريعات': 'legislation',
    'التشريعات الوطنية': 'legislation',
    'الإطار القانوني': 'legislation',
    'إدارة المخزونات': 'stockpile_management',
    'إدارة المخزونات وأمنها': 'stockpile_management',
    'أمن المخزونات': 'stockpile_management',
    'جمع الأسلحة وتدميرها': 'collection_destruction',
    'الجمع والتدمير': 'collection_destruction',
    'جمع وتدمير الأسلحة': 'collection_destruction',
    'جمع الأسلحة وإتلافها': 'collection_destruction',
    'الوسم': 'marking',
    'وسم الأسلحة': 'marking',
    'حفظ السجلات': 'record_keeping',
    'التعقب': 'tracing',
    'التوعية العامة': 'public_awareness',
    'التعاون الدولي': 'international_cooperation',
    'التعاون والمساعدة على الصعيد الدولي': 'international_cooperation',
    // 'المساعدة' alone, as a section of its own, is the cooperation the template heads 'التعاون والمساعدة على الصعيد الدولي'.
    'المساعدة الدولية': 'international_cooperation',
    'المساعدة': 'international_cooperation',
    // The page's list of regional events under a heading of one kind of event (`Regional seminars`).
    'الحلقات الدراسية الإقليمية': 'regional_events',
    'الحلقات الدراسية والاجتماعات وحلقات العمل الإقليمية': 'regional_events',
    'حلقات العمل الإقليمية': 'regional_events',
    'الاجتماعات الإقليمية': 'regional_events',
  },
  // The PoA template's questions as the Arabic pages write them (the English lexicon's, translated).
  templateQuestions: {
    'القوانين واللوائح والإجراءات الإدارية الوطنية': 'legislation',
    'ممارسات الوسم الوطنية': 'marking',
    'الوسم عند الصنع': 'marking',
    'الوسم عند الاستيراد': 'marking',
    'وسم الأسلحة الصغيرة والأسلحة الخفيفة التي في حوزة القوات المسلحة وقوات الأمن الحكومية': 'marking',
    'تدابير مكافحة إزالة العلامات أو تغييرها': 'marking',
    'سجلات دقيقة وشاملة لجميع الأسلحة الصغيرة والأسلحة الخفيفة الموسومة داخل أراضيها': 'record_keeping',
    'التدابير المتخذة لإجراء عمليات التعقب والرد على طلبات التعقب': 'tracing',
    'تبادل المعلومات التشغيلية': 'information_exchange',
    'الاحتياجات وطلبات المساعدة': 'assistance_needs',
    // A heading naming the assistance the state asks for (`4. Assistance required`).
    'المساعدة المطلوبة': 'assistance_needs',
    'تحديات وفرص التنفيذ': 'implementation_challenges',
  },
  // Whole words: the article is glued to its noun, so a stem is written with it (`الوسم`) and without it (`وسم`).
  topicKeywords: {
    tracing: ['التعقب', 'تعقب', 'التتبع'],
    brokering: ['السمسرة', 'الوساطة'],
    record_keeping: ['حفظ السجلات', 'السجلات', 'سجلات'],
    marking: ['الوسم', 'وسم', 'العلامات'],
    stockpile_management: ['المخزونات', 'مخزونات', 'المستودعات', 'مستودعات'],
    collection_destruction: ['الجمع', 'الإتلاف', 'إتلاف', 'التدمير', 'تدمير', 'الضبط', 'المضبوطات'],
    public_awareness: ['التوعية', 'توعية'],
    regional_events: ['الحلقات الدراسية', 'حلقة دراسية', 'حلقات العمل', 'حلقة عمل'],
    crime_linkage: ['الجريمة المنظمة', 'الإرهاب'],
    border_control: ['الحدود', 'الحدودية'],
    national_coordination: ['التنسيق الوطني', 'جهة الاتصال', 'نقطة الاتصال', 'جهة التنسيق'],
    assistance_needs: ['طلبات المساعدة', 'المساعدة المطلوبة', 'طلب المساعدة', 'الاحتياجات'],
    information_exchange: ['تبادل المعلومات'],
    international_cooperation: ['التعاون'],
    manufacture: ['الصنع', 'التصنيع', 'الإنتاج'],
    transfers: ['الاستيراد', 'التصدير', 'العبور', 'النقل'],
    implementation_challenges: ['التحديات'],
    legislation: ['التشريعات', 'القانون', 'القوانين'],
  },
  // `الفصل الأول` (chapter one), `الباب الثاني` (part two), `المحور الثالث` (axis three), `الفصل 2`.
  sectionNumberWords: ['الفصل', 'الباب', 'المحور', 'الجزء', 'القسم'],
  sectionNumberOrdinals: NUMBER_ORDINALS,
  sectionOrdinals: ORDINALS,
  // Glued to the next word (`الجمع والتدمير`), as the boundary rule's proclitics are.
  headingConjunctions: ['و'],
  languageNames: {
    العربية: 'ar', عربي: 'ar', الإنجليزية: 'en', الانكليزية: 'en', الفرنسية: 'fr', الإسبانية: 'es', الروسية: 'ru', الصينية: 'zh',
    البرتغالية: 'pt',
  },
  functionWords: ['في', 'من', 'على', 'إلى', 'التي', 'الذي', 'عن', 'مع', 'هذا', 'تم'],
  // Regex sources, matched inside the word boundary (transforms/categories.ts).
  // Written bare; a word matches with its harakat or without them (`سلّم` as `سلم`: arabic-marks.ts).
  actions: marksOptional({
    // Arabic verbs take the conjunction and the passive "تم" before them ("وتم ضبط"): `(?:[وف])?(?:تم\\s+)?`.
    seized: ['(?:[وف])?(?:تم\\s+)?(?:ضبط(?:ت|وا|ها)?|مصادرة|صادرت|صودرت)'],
    // "تم تسليم 640 قطعة سلاح طوعا": the adverb may follow the object, so "تسليم" (handing in) alone counts.
    // The verb's subject may stand between it and the adverb ("سلّم المواطنون طوعاً": the citizens handed in), or its
    // object ("لم تُسلَّم أي أسلحة طوعاً": no weapons were handed in voluntarily, the imperfect after "لم").
    surrendered: ['(?:[وف])?(?:تم\\s+)?(?:تسليم|[تي]?سلم(?:ت|وا)?)\\s+(?:[\\p{L}\\p{M}]+\\s+){0,2}(?:طوع(?:ا|اً|ياً?)|طواعية)|(?:[وفبل]?ال|لل)?تسليم\\s+(?:[وفبل]?ال|لل)?طوعي|(?:[وف])?(?:تم\\s+)?(?:[وفبل]?ال|لل)?تسليم'],
    // The verb with its object pronoun ("الأسلحة التي أتلفتها القوات": which the forces destroyed), the verbal noun
    // with one ("تم إتلافها"), and the participle ("الأسلحة المتلفة": the weapons destroyed), as a table's header writes it.
    destroyed: ['(?:[وف])?(?:تم\\s+)?(?:(?:تدمير|إتلاف|اتلاف)(?:ها|هم|ه)?|(?:دمرت|دمر|أتلفت|اتلفت|أتلف|اتلف)(?:ها|هم|ه)?|(?:ال)?(?:متلفة|مدمرة))'],
    collected: ['(?:[وف])?(?:تم\\s+)?(?:جمع(?:ت)?)'],
  }),
  // Weapon categories by category code: regex sources, the longest match winning (transforms/categories.ts).
  // "قطعة سلاح" (piece of weapon) is how counts of weapons are written; "أسلحة نارية" = firearms.
  weaponCategories: marksOptional({
    firearms: [
      `قطع(?:ة)?\\s+${ART}سلاح(?:\\s+${ART}ناري(?:ة)?)?`, `${ART}أسلحة(?:\\s+${ART}نارية)?`, `${ART}سلاح\\s+${ART}ناري`,
      `${ART}أسلحة\\s+${ART}صغيرة(?:\\s+و${ART}أسلحة\\s+${ART}خفيفة)?`,
    ],
    home_made: [`${ART}أسلحة\\s+(?:محلية\\s+الصنع|مصنعة\\s+محليا)`],
    fully_automatic: [`${ART}(?:بنادق|بندقية)\\s+${ART}آلية`],
    rifles: [`${ART}(?:بندقي(?:ة|تين|تان)|بنادق)`],
    pistols: [`${ART}مسدس(?:ات|ا|ين|ان)?`],
    hunting: [`${ART}(?:بنادق|بندقية|أسلحة)\\s+${ART}صيد`],
    shotguns: [`${ART}(?:بنادق|بندقية)\\s+${ART}خرطوش`],
    machine_guns: [`${ART}رشاش(?:ات|ا|ين)?`],
    edged_weapons: [`${ART}أسلحة\\s+${ART}بيضاء`, `${ART}سلاح\\s+${ART}أبيض`],
  }),
  // Regex sources (a space stands for any white space): what announces the parts of a total.
  partIntroducers: ['و?منها', 'و?من بينها', 'بما في ذلك'],
  // Labels of a report's submission date (`<label>: <date>` in a report's header).
  // Words opening a national report's title (poa-report facts).
  reportTitleWords: ['التقرير الوطني'],
  dateLabels: ['تاريخ التقديم', 'تاريخ تقديم التقرير', 'تاريخ الإحالة', 'التاريخ'],
  // Words saying a report was submitted (regex sources): a header date beside one is the submission date.
  submissionWords: ['تقديم', 'الإحالة'],
  // Labels of the period a report covers (`<label>: ...`): never the report's date.
  periodLabels: [],
  yearColumnLabels: ['(?:ال)?سنة', '(?:ال)?عام', '(?:ال)?سنوات'],
  // The header of a table column naming each row's action (`Year | Action | Pistols | Total`).
  actionColumnLabels: ['(?:ال)?إجراء(?:ات)?', '(?:ال)?تدبير'],
  // The header of a table's label column whose rows are places (`المحافظة | المضبوطة | المتلفة`).
  placeColumnLabels: ['(?:ال)?منطقة', '(?:ال)?مناطق', '(?:ال)?محافظة', '(?:ال)?محافظات', '(?:ال)?ولاية', '(?:ال)?ولايات', '(?:ال)?إقليم', '(?:ال)?أقاليم'],
  // One-word answers of a questionnaire (a line of its own, or after a question's `?`).
  questionnaireAnswers: ['نعم', 'لا'],
  // Answers saying the state gave none: NULL with an issue.
  noResponseMarkers: ['لا توجد بيانات', 'لا تتوفر بيانات', 'البيانات غير متوفرة'],
  // Function words a lost line break glues onto a word (`Armsand`): split off for matching only.
  gluedWords: [],
  // The instruments' names (glued words split into their words).
  instrumentNames: [],
  // A UN document's header: the original's language, the distribution line, a note verbale's cover letter (its opening
  // and its closing formula, `avails itself of this opportunity`: neither paragraph is a fact or unread text).
  documentHeader: { originalLabels: ['الأصل'], distributionLabels: ['distr'], coverLetter: ['تهدي تحياتها', 'تتشرف بأن تحيل', 'تغتنم هذه الفرصة', 'أسمى آيات التقدير'] },
  // Words of the ammunition country profiles' tables and tallies (regex fragments, but the table words).
  ammunitionProfile: {
    tableCaptionNouns: { explosions: ['انفجار'], diversions: ['تسريب', 'تحويل', 'اختلاس', 'سرقة', 'نهب', 'فقدان'] },
    // Header cells, with or without the article: السنة | الموقع | المالك/المدير | الوفيات | الإصابات.
    columnLabels: {
      year: ['(?:ال)?سنة', '(?:ال)?عام', '(?:ال)?تاريخ'],
      location: ['(?:ال)?موقع', '(?:ال)?مكان', '(?:ال)?مدينة', '(?:ال)?منطقة'],
      owner: ['مالك', 'مدير', 'مشغل', 'الجهة المالكة'],
      deaths: ['وفيات', 'قتلى', 'الوفاة'],
      injuries: ['إصابات', 'اصابات', 'جرحى', 'مصابين', 'المصابون'],
      description: ['(?:ال)?وصف', '(?:ال)?تفاصيل', '(?:ال)?حادث(?:ة)?'],
    },
    totalRowLabels: ['(?:ال)?مجموع', '(?:ال)?إجمالي', '(?:ال)?اجمالي'],
    incidentCasualties: { deaths: ['قتلى', 'قتيلا', 'قتيل', 'وفيات', 'وفاة'], injuries: ['جرحى', 'جريحا', 'جريح', 'مصابين', 'إصابات', 'إصابة'] },
    // The noun a tally counts, in the plural, the dual (انفجاران, حالتا) or the singular; a dual is a count by itself (tallyDuals).
    tallyNouns: {
      explosions: ['(?:ال)?انفجار(?:ات|ان|ين|ا)?\\s+(?:(?:ال)?عرضي(?:ة|ان|ين)?|غير\\s+(?:ال)?مخطط\\s+لها?|غير\\s+(?:ال)?مقصود(?:ة|ان|ين)?)'],
      diversions: ['(?:ال)?حال(?:ات|تا|تان|تي|تين|ة)\\s+(?:ال)?(?:تسريب|تحويل|اختلاس)', '(?:ال)?(?:تسريب|تحويل|اختلاس)(?:ات)?\\s+(?:ال)?(?:ذخائر|ذخيرة|أسلحة)'],
    },
    tallyDuals: ['(?:ال)?انفجار(?:ان|ين)', '(?:ال)?حال(?:تا|تان|تي|تين)'],
    tallySinceWords: ['منذ'],
    tallyInYearWords: [],
    // `بين عامي 2010 و2015` (`و` glued to the year), `من عام 2010 إلى عام 2015`.
    tallyRangeOpeners: ['بين(?:\\s+(?:عامي|العامين|سنتي))?', 'من(?:\\s+عام)?'],
    tallyRangeJoiners: ['و', 'إلى(?:\\s+عام)?', 'الى(?:\\s+عام)?', 'حتى(?:\\s+عام)?'],
    // A negation, a verb or two, then "any" (`لم تُسجَّل أي حالات تسريب`, no case of diversion was recorded).
    tallyNoneWords: ['[وف]?(?:لم|لا)(?:\\s+\\p{L}[\\p{L}\\p{M}]*){1,2}\\s+(?:أي|أية|اي|اية)'],
    // Arabic states a 0 with the negation before the noun (tallyNoneWords).
    tallyNoneAfter: [],
    tallyNoneFillers: [],
    tallyVerbsAfter: [],
    tallyRoundFigures: [],
    tallySingleWords: [],
    tallyNotCountWords: [],
    // `عددها` (their number), or `عدد` before the incidents it counts (`عدد حالات التسريب`): `عدد` before another
    // noun counts something else (`عدد الأسلحة المسروقة`, the number of the weapons stolen).
    tallyNumberNouns: [`عدد(?:ها|هم|ه)`, `عدد(?=\\s+(?:هذه\\s+)?${ART}(?:حالات|حوادث|انفجارات))`],
    tallyCounters: [],
    tallyOrdinalMarks: [],
    ownerWords: {
      state: ['(?:ال)?دولة', '(?:جهة\\s+)?حكومي(?:ة)?', '(?:ال)?حكومة'],
      nonState: ['جهة غير حكومية', '(?:جهة\\s+)?غير\\s+(?:ال)?حكومي(?:ة)?', 'غير\\s+تابع(?:ة)?\\s+للدولة', '(?:قطاع\\s+)?خاص(?:ة)?'],
      military: ['عسكري(?:ة)?', '(?:ال)?جيش', '(?:ال)?قوات\\s+(?:ال)?مسلحة', 'وزارة\\s+الدفاع'],
      police: ['(?:ال)?شرطة', 'وزارة\\s+الداخلية'],
      company: ['شركة(?:\\s+خاصة)?', 'تجاري(?:ة)?'],
      other: ['أخرى', 'آخر', '(?:ال)?جماع(?:ة|ات)\\s+(?:ال)?مسلح(?:ة)?', '(?:ال)?ميليشي(?:ا|ات)'],
    },
    itemNouns: ['طلق(?:ة|ات)', 'رصاص(?:ة|ات)?', 'بندقي(?:ة|تان|تين)', 'بنادق', 'مسدس(?:ات|ان|ين)?', 'قطع(?:ة)?\\s+سلاح', 'أسلحة', 'سلاح', 'ذخائر', 'ذخيرة', 'قذائف', 'قذيفة', 'قنابل', 'قنبلة', 'صواريخ', 'صاروخ', 'ألغام', 'لغم', 'صناديق', 'صندوق'],
    itemWeights: ['طن', 'أطنان', 'كغ', 'كيلوغرام(?:ات)?'],
    pageChrome: [],
    citationOpeners: ['انظر', 'أنظر', 'راجع'],
  },
  // The word before a table's number in its caption (`Table 1:`).
  tableWords: ['جدول', 'الجدول'],
  // The Source/Date pair under a PoA page's template answers; a Source line opening with a title names a contact.
  sourceLines: {
    sourceLabels: ['المصدر'],
    dateLabels: ['التاريخ'],
    reportWords: ['تقرير', 'التقرير', 'برنامج'],
    personTitles: ['السيد', 'السيدة', 'الدكتور', 'العقيد', 'اللواء', 'السفير'],
    // The words of an attribution (`(National Report, 2005)`) before its year, and what joins two of its years.
    attributionWords: ['التقرير الوطني', 'تقرير وطني', 'التقارير الوطنية'],
    attributionYearJoiners: ['و'],
    // An attribution as a lead-in line heading the bullets below it (`From the National Report, 2020:`).
    attributionLeadIns: ['من', 'وفقا ل', 'حسب', 'بحسب'],
    attributionYearPrepositions: ['لعام', 'عام'],
    // The status column of a reports table: no Arabic page with one seen yet.
    reportStatuses: { submitted: [], notSubmitted: [] },
  },
  agencies: marksOptional({
    // "State security" (المديرية العامة لأمن الدولة): a state-security service, as the English `state security`.
    national_security: [`ل?أمن\\s+${ART}دولة`],
    // "Border guard" (حرس الحدود).
    border_guard: [`حرس\\s+${ART}حدود`],
    // The Internal Security Forces (قوى الأمن الداخلي, قوات الأمن الداخلي) are a police force; the gendarmerie (الدرك) too.
    // The Directorate-General of National Security of the Maghreb (المديرية العامة للأمن الوطني, Morocco's and Algeria's
    // DGSN) is the national police; `الأمن الوطني` alone may be a security service (Egypt's).
    police: [`${ART}شرط[ةه]`, 'وزارة\\s+الداخلية', `${ART}أمن\\s+العام`, `قو(?:ى|ات)\\s+${ART}أمن\\s+${ART}داخلي`, `${ART}درك`, `${ART}مديرية\\s+${ART}عامة\\s+${ART}أمن\\s+${ART}وطني`],
    customs: [`${ART}جمارك`, 'مصلحة\\s+الجمارك'],
    defence: [`${ART}قوات\\s+${ART}مسلحة`, `${ART}جيش`, 'وزارة\\s+الدفاع', `${ART}قوات\\s+${ART}بحرية`, `${ART}قوات\\s+${ART}جوية`],
  }),
  agencyAcronyms: {},
  categoryWords: {
    // `540 قطعة، منها 320 بندقية` (540 pieces, of which ...): a counter alone after a count; `قطعة سلاح` (a piece of
    // weapon) is the firearms category's own wording.
    counters: ['قطع(?:ة|ا)?'],
    modifiers: [],
    leadPartitives: [],
    leadCopulas: [],
    leadQuantifiers: [],
    unplacedTerms: [],
    notWeaponHeads: [],
    adjectivesOnly: [],
    adjectivePhraseEnds: [],
    genericQualifierStarts: null,
    benignQualifiers: [],
    nonWeaponItems: [`${ART}(?:طلقات|طلقة|ذخيرة|ذخائر|قنابل|قنبلة|متفجرات|ألغام)`],
    nounContinuations: [],
  },
  countStatements: {
    abbreviations: [],
    reportWords: [],
    statedYearLeads: ['[وف]?(?:في|خلال)', 'عام', 'سنة'],
    dateRangeEnds: [],
    yearNouns: ['عام', 'العام', 'سنة'],
    yearPartPhrases: ['(?:ال)?(?:ربع|نصف) (?:ال)?(?:أول|ثاني|ثالث|رابع|أخير) (?:من )?'],
    otherPeriodPhrases: [
      // السنة المالية ليست سنة تقويمية؛ «منذ بدء البرنامج في عام 1999» تفتح فترة.
      'السنة المالية', 'العام المالي', 'منذ [^,;.،؛]{0,80}?(?:19|20)\\d{2}',
    ],
    reportPeriodPhrases: [],
    comparisonWords: [],
    // A number right after these is another period's figure set beside a count, never a part of it.
    comparedFigureLeads: ['مقابل', 'مقارنة ب'],
    respectivelyWords: ['على التوالي'],
    levelLeads: ['بلغت?', 'وصلت? إلى'],
    changeLeads: ['بمقدار', 'بزيادة', 'بانخفاض'],
    // Event and document years are not read in this language yet: its year phrases are the stated ones.
    eventNouns: [],
    documentNouns: [],
    // "لم يتم إتلاف أي أسلحة" (no weapons were destroyed): the negation "لم"/"لا" (with a glued "و"/"ف"), the passive
    // auxiliary, the action, then "أي" (any) before the weapons is a count of 0.
    actionNegations: ['لم', 'لن', 'لا(?!\\s+سيما)'],
    zeroNegations: ['[وف]?لم', '[وف]?لا'],
    // الصيغة: المخطط له أو الموعود به أو الممول أو المستهدف ليس حدثاً وقع ("من المقرر إتلاف", "سيتم إتلاف").
    plannedActionMarkers: ['من المقرر', 'من المتوقع', 'من المزمع', 'سيتم', 'ستتم', 'سوف', 'يعتزم', 'تعتزم', 'يخطط', 'تخطط', 'يهدف', 'تهدف', 'تمويل', 'تعهد\\p{L}*', 'المستهدف', 'هدف'],
    zeroAuxiliaries: ['يتم', 'تتم'],
    negatedZeroWords: ['أي', 'أية', 'اي', 'اية'],
    notWeaponNouns: [],
    rateAfter: ['يوميا', 'أسبوعيا', 'شهريا', 'سنويا', 'في المتوسط'],
    averageBefore: ['بمعدل', 'بمتوسط', 'في المتوسط'],
    fractionWords: ['نصف', 'ثلث', 'ربع', 'معظم', 'غالبية', 'جزء'],
    functionWords: ['في', 'من'],
    phraseStops: [],
    copulas: [],
    // "of which", a conjunction, "in", "from", the passive auxiliary, "voluntarily".
    // Prepositions end the phrase too: "قطعة سلاح إلى المراكز الأمنية" is weapons handed in to the security centres.
    genericPhraseEnds: ['منها', 'و\\p{L}*', 'في', 'من', 'تم', 'خلال', 'عام', 'طوعا', 'طوعاً', 'طواعية', 'إلى', 'الى', 'على', 'عن', 'لدى', 'عبر', 'ضمن', 'أثناء', 'اثناء', 'بعد', 'قبل'],
    ofWords: [],
    partitiveOf: ['من'],
    // A region's figure too: 'which together recovered 310 firearms in the region', a regional (joint) operation's.
    aggregateScopes: ['\\d+ دول(?:ة)?', 'الدول الأعضاء', 'الدول الأطراف', 'دول المنطقة', 'في العالم', 'على مستوى العالم', 'في جميع أنحاء العالم', 'في المنطقة(?=\\s*[.;,)،؛]|\\s*$)', 'عمليات? إقليمية'],
    currencyWords: [],
    rangeTo: [],
    conjunctionAnd: [],
    totalLabels: [],
    underLeads: [],
    underDeterminers: [],
    listJoiners: ['و'],
    negativeJoiners: [],
    relativeLeads: ['التي', 'الذي', 'الذين', 'اللاتي', 'اللواتي'],
    objectPronounsAfter: [],
    partitivePronouns: ['منها', 'منهم'],
    sameYearPhrases: ['(?:في|خلال) (?:نفس|ذات) (?:العام|السنة)', '(?:في|خلال) (?:العام|السنة) (?:نفسه|نفسها|ذاته|ذاتها)'],
    objectPronounsBefore: [],
    objectOnlyActions: [],
    personNouns: ['أشخاص', 'شخصا', 'شخصاً', 'مشتبه(?:ا|اً)? بهم', 'مهرب(?:ين|ون)', 'متهم(?:ين|ون)'],
    possessionLeads: ['بحوزتهم', 'بحوزته', 'يحملون', 'في حوزتهم'],
    receiptVerbs: [],
    weaponCounters: [],
    notWeaponCounters: [],
    nonWeaponItemsBefore: [],
    phraseOpeners: [],
    continuationOpeners: ['و?منها'],
    totalWords: ['(?<![\\p{L}])أي', '(?<![\\p{L}])بمجموع', '(?<![\\p{L}])المجموع'],
    totalWordsAfter: ['في المجموع', 'بالمجموع', 'إجمالاً', 'إجمالا', 'في المجمل'],
    erratumSuperseded: ['بدلا من', 'بدلاً من'],
    erratumReplacement: ['يقرأ', 'تقرأ'],
    correctionPhrases: ['يقرأ', 'تُقرأ', 'تقرأ', 'يصحح إلى', 'تصحح إلى', 'عدل إلى', 'عدلت إلى', 'عُدّل إلى', 'عُدّلت إلى'],
    auxiliaries: [],
    sentenceAdverbs: [],
    adverbsBeforeVerb: [],
    organisationNouns: [],
    organisationArticles: [],
    organisationAdverbs: [],
    supportVerbs: [],
    bodyNouns: [],
    organisationAdjectives: [],
    agentBy: [],
    agentTo: [],
    agentStops: [],
    agentYearLeads: [],
  },
};
