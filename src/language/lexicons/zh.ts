import type { Lexicon } from '../types.ts';

/** Modifiers before a category noun ("各类枪支" = firearms of all kinds, "非法枪支" = illegal firearms). */
const MODIFIER = '(?:各类|各种|各型|非法|私藏|涉案|违法)?';

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
    notASingle: [],
  },
  scaleWords: { 万: 1e4, 萬: 1e4, 亿: 1e8, 千: 1e3, 百: 1e2 },
  nameLinks: [],
  unitWords: ['年', '月', '日', '吨', '公斤', '毫米', '天', '小时'],
  percentWords: ['%'],
  // No nationality adjectives are known in this language yet (classify/adjectives.ts).
  stateBodies: { words: [], adjectiveFirst: true },
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
  unknownMarkers: ['不详', '未知', '无数据', '？'],
  emptyMarkers: ['无', '没有', '零'],
  vagueQuantities: ['数十', '几十', '数百', '数千', '若干', '多名'],
  monthNames: {
    一月: 1, 二月: 2, 三月: 3, 四月: 4, 五月: 5, 六月: 6, 七月: 7, 八月: 8, 九月: 9, 十月: 10, 十一月: 11, 十二月: 12,
  },
  yearParts: [],
  dateWords: { dayOrdinals: [], joiners: [], afterYear: [], yearMonthDay: { year: '年', month: '月', day: '日' }, numericOrder: null },
  accessedWords: ['访问日期', '访问时间', '查阅日期', '检索日期', '浏览日期'],
  relativeYears: { 去年: -1, 上一年: -1, 前一年: -1, 今年: 0, 本年: 0 },
  pageFurniture: { page: ['第'], pages: [], of: [], after: ['页'] },
  meetingNames: { words: [], stems: ['会议', '大会', '届会'], acronyms: [], ordinalEndings: [] },
  listIntroducers: [],
  // What shows a document's kind (see KindSignalShape; the signal names are the English lexicon's).
  kindSignals: {
    poa_profile: [
      { signal: 'reportLanguages', shape: 'yearLanguages', words: '中文', weight: 3 },
      // Attributions in full-width brackets: （国家报告，2018）.
      { signal: 'reportAttribution', shape: 'text', words: '[（(]国家报告[，,]\\s*\\d{4}[）)]', weight: 2 },
      { signal: 'reportSource', shape: 'lineStart', words: '来源\\s*[:：]\\s*关于执行《?[^》\\n]*行动纲领》?的国家报告', weight: 2 },
      { signal: 'meeting', shape: 'lineStart', words: '\\d{4}年[^:：\\n]*(?:审议大会|两年期会议|专家组会议)\\s*[:：]', weight: 2 },
    ],
    poa_report: [
      // The country comes first and the report last (`...的国家报告`): anywhere in the first lines.
      // A title may name the report by what it is on only: `关于执行《行动纲领》情况的报告`.
      { signal: 'reportTitleArabicOrChinese', shape: 'text', words: '国家报告|关于执行[^\\n]{0,30}的报告', weight: 2, head: true },
      { signal: 'programmeOfAction', shape: 'text', words: '行动纲领', weight: 2, head: true },
      { signal: 'submissionDate', shape: 'label', words: '提交日期', weight: 2 },
    ],
  },
  // No genre signs written for this language yet: its documents are judged by the kind signals alone.
  genreSignals: {},
  sectionHeadings: {
    // The ammunition profiles' sections whose tallies are read.
    '意外爆炸': 'accidental_explosions',
    '计划外爆炸': 'accidental_explosions',
    '转用案例': 'diversion',
    '转用事件': 'diversion',
    '国家协调机制': 'national_coordination',
    '国家协调': 'national_coordination',
    '国家联络点': 'national_coordination',
    '立法': 'legislation',
    '国家立法': 'legislation',
    '法律框架': 'legislation',
    '库存管理': 'stockpile_management',
    '库存管理和安全': 'stockpile_management',
    '库存安全': 'stockpile_management',
    '收缴和销毁': 'collection_destruction',
    '收集和销毁': 'collection_destruction',
    '收缴与销毁': 'collection_destruction',
    '武器收缴和销毁': 'collection_destruction',
    '标识': 'marking',
    '标记': 'marking',
    '记录保存': 'record_keeping',
    '追查': 'tracing',
    '追踪': 'tracing',
    '提高公众意识': 'public_awareness',
    '公众意识': 'public_awareness',
    '国际合作': 'international_cooperation',
    '国际合作与援助': 'international_cooperation',
    // '援助' alone, as a section of its own, is the cooperation the template heads '国际合作与援助'.
    '国际援助': 'international_cooperation',
    '援助': 'international_cooperation',
    // The page's list of regional events under a heading of one kind of event (`Regional seminars`).
    '区域研讨会': 'regional_events',
    '区域研讨会、会议和讲习班': 'regional_events',
    '区域讲习班': 'regional_events',
    '区域会议': 'regional_events',
    '地区研讨会': 'regional_events',
  },
  // The PoA template's questions as the Chinese pages write them (the English lexicon's, translated).
  templateQuestions: {
    '国家法律、法规和行政程序': 'legislation',
    '国家标识做法': 'marking',
    '制造时的标识': 'marking',
    '进口时的标识': 'marking',
    '政府武装部队和安全部队所持小武器和轻武器的标识': 'marking',
    '防止去除或篡改标识的措施': 'marking',
    '对其领土内所有已标识小武器和轻武器的准确和全面记录': 'record_keeping',
    '为进行追查和答复追查请求而采取的措施': 'tracing',
    '业务信息交流': 'information_exchange',
    '援助需求和请求': 'assistance_needs',
    // A heading naming the assistance the state asks for (`4. Assistance required`).
    '所需援助': 'assistance_needs',
    '需要的援助': 'assistance_needs',
    '执行方面的挑战和机遇': 'implementation_challenges',
  },
  // Words stand unspaced: a stem matches inside a label (transforms/topics.ts), so each is a whole word of two
  // characters or more, never a single character that other words hold.
  topicKeywords: {
    tracing: ['追查', '追踪'],
    brokering: ['中介', '经纪'],
    record_keeping: ['记录保存', '记录', '登记'],
    marking: ['标识', '标记'],
    stockpile_management: ['库存', '储存', '武器库'],
    collection_destruction: ['收缴', '销毁', '收集', '查获', '缴获', '没收'],
    public_awareness: ['公众意识', '宣传'],
    regional_events: ['研讨会', '讲习班'],
    crime_linkage: ['有组织犯罪', '恐怖主义'],
    border_control: ['边境', '边界'],
    national_coordination: ['国家协调', '联络点', '协调机制'],
    assistance_needs: ['援助需求', '所需援助', '需要的援助', '请求援助'],
    information_exchange: ['信息交流', '信息交换'],
    international_cooperation: ['国际合作'],
    manufacture: ['制造', '生产'],
    transfers: ['进口', '出口', '转让', '过境'],
    implementation_challenges: ['挑战'],
    legislation: ['法律', '法规', '立法'],
  },
  // The number stands inside the words: `第一章`, `第2部分`, `第三节`.
  sectionNumberWords: ['第{n}章', '第{n}部分', '第{n}节', '第{n}篇'],
  sectionNumberOrdinals: [],
  // Chinese numbers its headings with numerals (一、), read by transforms/topics.ts, not with ordinal words.
  sectionOrdinals: [],
  // Glued to the words on both sides (`收缴和销毁`, `国际合作与援助`); the list comma `、` is punctuation.
  headingConjunctions: ['以及', '和', '与', '及'],
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
  // Weapon categories by category code: regex sources, matched wherever they stand (no spaces between words).
  weaponCategories: {
    firearms: [`${MODIFIER}(?:枪支|枪械)`],
    home_made: [`${MODIFIER}(?:自制|土制)(?:枪支|枪)`],
    rifles: [`${MODIFIER}步枪`],
    pistols: [`${MODIFIER}手枪`],
    hunting: [`${MODIFIER}猎枪`],
    shotguns: ['(?:霰弹枪|散弹枪)'],
    machine_guns: [`${MODIFIER}(?:机枪|机关枪)`],
    submachine_guns: [`${MODIFIER}冲锋枪`],
    edged_weapons: ['管制刀具'],
  },
  // Regex sources: what announces the parts of a total.
  partIntroducers: ['其中', '包括'],
  // Labels of a report's submission date (`<label>: <date>` in a report's header).
  // Words opening a national report's title (poa-report facts).
  reportTitleWords: ['国家报告'],
  dateLabels: ['提交日期', '报告日期', '日期'],
  // Words saying a report was submitted (regex sources): a header date beside one is the submission date.
  submissionWords: ['提交'],
  // Labels of the period a report covers (`<label>: ...`): never the report's date.
  periodLabels: [],
  yearColumnLabels: ['年份', '年度', '年'],
  // The header of a table column naming each row's action (`Year | Action | Pistols | Total`).
  actionColumnLabels: ['行动', '措施', '活动'],
  // The header of a table's label column whose rows are places (`地区 | 收缴 | 销毁`).
  placeColumnLabels: ['地区', '省份', '省', '州', '区域'],
  // One-word answers of a questionnaire (a line of its own, or after a question's `?`).
  questionnaireAnswers: ['是', '否'],
  // Answers saying the state gave none: NULL with an issue.
  noResponseMarkers: ['无数据', '暂无数据'],
  // Function words a lost line break glues onto a word (`Armsand`): split off for matching only.
  gluedWords: [],
  // The instruments' names (glued words split into their words).
  instrumentNames: [],
  // A UN document's header: the original's language, the distribution line, a note verbale's cover letter (its opening
  // and its closing formula, `avails itself of this opportunity`: neither paragraph is a fact or unread text).
  documentHeader: { originalLabels: ['原件'], distributionLabels: ['distr'], coverLetter: ['谨转递', '借此机会再次', '顺致最崇高的敬意'] },
  // Words of the ammunition country profiles' tables and tallies (regex fragments, but the table words).
  ammunitionProfile: {
    tableCaptionNouns: { explosions: [], diversions: [] },
    columnLabels: {
      year: [],
      location: [],
      owner: [],
      deaths: [],
      injuries: [],
      description: [],
    },
    totalRowLabels: [],
    incidentCasualties: { deaths: ['死亡', '遇难', '丧生'], injuries: ['受伤', '伤'] },
    tallyNouns: {
      explosions: ['(?:意外|计划外|非计划|非计划性)爆炸'],
      diversions: ['(?:转用|流失)(?:事件|案件|案例|情况)'],
    },
    // Words stand unspaced: the number noun after a pronoun (`其数量`), the incidents (`事件数量`), or no word at all
    // (`，数量不详`); after another noun it counts that (`被盗武器数量`, the number of the weapons stolen).
    tallyDuals: [],
    tallySinceWords: [],
    tallyInYearWords: [],
    // A tally's period and its 0 are written unspaced (`2010年至2015年`, `未发生意外爆炸`): the spaced shapes these
    // lists fill do not fit them, so they are empty until a reader of the unspaced shapes needs them.
    tallyRangeOpeners: [],
    tallyRangeJoiners: [],
    tallyNoneWords: [],
    // Not met in Chinese yet (`未发生转用事件` puts the negation before the noun).
    tallyNoneAfter: [],
    tallyNoneFillers: [],
    tallyVerbsAfter: [],
    tallyRoundFigures: [],
    tallySingleWords: [],
    tallyNotCountWords: [],
    tallyNumberNouns: [
      '(?:(?<!\\p{L})|其|(?:事件|案件|案例|爆炸|转用|流失|发生)的?)(?:具体|确切)?(?:数量|数目|次数)',
      '(?<!\\p{L})多少',
    ],
    // The counters of incidents after a number in figures or in words (`三起`, `5次`).
    tallyCounters: ['起', '次', '宗', '例'],
    // `第三起意外爆炸` is the third explosion, not three.
    tallyOrdinalMarks: ['第'],
    // The owner cells of explosions tables are not met in Chinese yet: empty until a page needs them.
    ownerWords: {
      state: [],
      nonState: [],
      military: [],
      police: [],
      company: [],
      other: ['其他', '武装团体', '武装组织', '民兵'],
    },
    itemNouns: [],
    itemWeights: ['吨', '公斤', '千克'],
    pageChrome: [],
    citationOpeners: [],
  },
  // The word before a table's number in its caption (`Table 1:`).
  tableWords: ['表'],
  // The Source/Date pair under a PoA page's template answers; a Source line opening with a title names a contact.
  sourceLines: {
    sourceLabels: ['来源', '资料来源'],
    dateLabels: ['日期'],
    reportWords: ['报告', '行动纲领', '调查表'],
    personTitles: [],
    // The words of an attribution (`(National Report, 2005)`) before its year, and what joins two of its years.
    attributionWords: ['国家报告'],
    attributionYearJoiners: ['和', '及', '与'],
    // An attribution as a lead-in line heading the bullets below it (`From the National Report, 2020:`).
    attributionLeadIns: ['摘自', '根据', '来自'],
    attributionYearPrepositions: [],
    // The status column of a reports table: only a submitted row is a submission.
    reportStatuses: { submitted: ['已提交', '已收到'], notSubmitted: ['未提交', '未收到'] },
  },
  agencies: {
    // State security organs (国家安全机关, the Ministry of State Security).
    national_security: ['国家安全机关', '国家安全部'],
    // 边检: the border inspection (出入境边防检查) stations.
    border_guard: ['边防', '边检'],
    police: ['公安机关', '公安部', '公安', '警察', '警方'],
    customs: ['海关'],
    defence: ['国防部', '军队', '解放军', '海军', '空军'],
  },
  agencyAcronyms: {},
  categoryWords: {
    counters: [],
    modifiers: [],
    leadPartitives: [],
    leadCopulas: [],
    leadQuantifiers: [],
    unplacedTerms: [],
    notWeaponHeads: [],
    adjectivesOnly: [],
    adjectivePhraseEnds: [],
    // Qualifiers stand before the noun, where the categories see them: nothing after it qualifies it.
    genericQualifierStarts: [],
    benignQualifiers: [],
    nonWeaponItems: [],
    // "手枪弹" is pistol cartridges, "枪支弹药" arms and ammunition: the category word goes on into another noun.
    nounContinuations: ['弹', '药'],
  },
  countStatements: {
    abbreviations: [],
    reportWords: [],
    statedYearLeads: [],
    dateRangeEnds: [],
    yearNouns: [],
    yearPartPhrases: [],
    otherPeriodPhrases: [
      // 财政年度不是日历年；“自1999年以来”是一段时期。
      '财年', '财政年度', '会计年度', '(?:自|从)[^，。；,;]{0,30}?(?:19|20)\\d{2}年?(?:以来|起)',
    ],
    reportPeriodPhrases: [],
    comparisonWords: [],
    // A number right after these is another period's figure set beside a count, never a part of it.
    comparedFigureLeads: [],
    respectivelyWords: ['分别'],
    // `收缴非法枪支增至1,526支` (rose to 1,526): between the noun and the number, the number the level reached, a count of
    // the noun (mentions-chinese.ts).
    levelLeads: ['增至', '增加至', '增加到', '增长至', '增长到', '上升至', '上升到', '升至', '减至', '减少至', '减少到', '下降至', '下降到', '降至', '达到'],
    changeLeads: [],
    // Event and document years are not read in this language yet: its year phrases are the stated ones.
    eventNouns: [],
    documentNouns: [],
    // No negated-verb zero is read in Chinese yet ('未销毁任何武器'): such a clause stays without a count.
    actionNegations: ['未', '没有', '没'],
    zeroNegations: [],
    // 情态：计划、承诺、资助或目标中的行动不是已发生的事实（"计划销毁"、"拟销毁"）。Not 将 alone (将 ... 销毁 is also the disposal construction of a past act).
    plannedActionMarkers: ['计划', '拟', '预计', '准备', '打算', '将要', '将于', '即将', '目标', '资助', '资金', '承诺'],
    zeroAuxiliaries: [],
    negatedZeroWords: [],
    notWeaponNouns: [],
    rateAfter: [],
    averageBefore: [],
    fractionWords: [],
    functionWords: [],
    phraseStops: [],
    // "其中100支为手枪" (of which 100 were pistols): the copula between a counter word and the category.
    copulas: ['为', '是'],
    genericPhraseEnds: [],
    ofWords: [],
    partitiveOf: [],
    aggregateScopes: ['\\d+个国家', '全球', '全世界', '世界各地', '本区域各国'],
    currencyWords: [],
    // `200至300支`, `200到300支`: a range, no count (the joiner glued to both numbers).
    rangeTo: ['至', '到'],
    conjunctionAnd: [],
    totalLabels: [],
    underLeads: [],
    underDeterminers: [],
    listJoiners: ['以及', '和', '及'],
    negativeJoiners: [],
    // A Chinese relative clause stands before its noun (`已上缴的枪支`): none follows a count.
    relativeLeads: [],
    objectPronounsAfter: [],
    partitivePronouns: [],
    sameYearPhrases: ['同年', '同一年'],
    objectPronounsBefore: [],
    objectOnlyActions: [],
    // The people holding the weapons stand after them in Chinese ('携带37支枪的12名嫌疑人被抓获'): no such word order to read.
    personNouns: [],
    possessionLeads: [],
    receiptVerbs: [],
    weaponCounters: ['支', '把', '挺', '件', '具', '杆', '门'],
    // `零部件` (parts) after a numeral glued to it (`枪支零部件`: the 零 is no zero): parts are no weapons.
    notWeaponCounters: ['零部件', '部件', '零件', '配件', '发', '枚', '颗', '粒', '公斤', '千克', '吨', '克', '人', '名', '个', '次', '期', '起', '年', '月', '日', '%'],
    nonWeaponItemsBefore: ['零部件', '部件', '零件', '配件', '子弹', '枪弹', '弹药', '炮弹', '手榴弹', '炸药', '雷管', '爆炸物'],
    phraseOpeners: ['其中'],
    continuationOpeners: ['其中'],
    totalWords: ['共计', '合计', '总计', '共'],
    totalWordsAfter: [],
    erratumSuperseded: ['原为', '原文'],
    erratumReplacement: ['应为'],
    correctionPhrases: ['应为', '更正为', '修订为', '调整为'],
    auxiliaries: [],
    sentenceAdverbs: [],
    // 集中/统一 (centrally, in one operation) and a place phrase 在……范围内/内/期间 (nationwide, in the province) stand
    // between the subject and the verb: "公安机关在全国范围内集中销毁" is the police's act.
    adverbsBeforeVerb: ['共计', '总共', '累计', '先后', '依法', '共', '还', '也', '又', '已', '都', '集中', '统一', '在[^，。；、]{1,12}?(?:范围内|期间|境内|内)'],
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
