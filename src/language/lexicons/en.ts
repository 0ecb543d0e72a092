import type { Lexicon } from '../types.ts';

/** Nouns that may follow a category adjective ("smoothbore weapons", "gas pistols"). */
const NOUN = '(?:weapons?|firearms?|guns?|arms|shotguns?|pistols?)';

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
    notASingle: ['not\\s+(?:even\\s+)?(?:a\\s+single|one\\s+single|one)'],
  },
  scaleWords: { k: 1e3, thousand: 1e3, thousands: 1e3, million: 1e6, millions: 1e6, billion: 1e9, billions: 1e9, lakh: 1e5, crore: 1e7 },
  nameLinks: ['of', 'for', 'and', 'the', 'on', 'against'],
  unitWords: ['tonnes', 'tonne', 'tons', 'ton', 'years', 'year', 'months', 'month', 'days', 'day', 'hours', 'hour', 'minutes', 'minute', 'calibre', 'caliber'],
  percentWords: ['per cent', 'percent'],
  stateBodies: {
    words: ['government', 'authorities', 'police', 'army', 'armed forces', 'military', 'defence forces', 'defense forces', 'security forces', 'border guards', 'border police',
      'customs', 'ministry', 'delegation', 'state', 'republic', 'gendarmerie', 'navy', 'courts', 'parliament', 'national police', 'focal point', 'officials'],
    adjectiveFirst: true,
  },
  yearLeads: ['in', 'since', 'from', 'until', 'by', 'of', 'year', 'early', 'late', 'mid', 'to', 'between', 'and', 'for', 'during'],
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
    { surface: 'approximately', canonical: 'approximately' },
    { surface: 'at least', canonical: 'at least' },
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
  unknownMarkers: ['n/a', 'na', 'n.a.', 'n.a', 'n. a.', 'not available', 'not known', 'unknown', 'n/k', 'nk', 'n/d', 'nd'],
  emptyMarkers: ['none', 'nil', 'zero', 'nothing', 'nought', 'none reported', 'none recorded'],
  vagueQuantities: ['numerous', 'several', 'many', 'multiple', 'some', 'various', 'a number of', 'a few', 'few', 'dozens', 'hundreds', 'tens of thousands', 'thousands', 'a series of', 'repeated', 'large (?:quantities|amounts|numbers)', 'quantities'],
  monthNames: {
    january: 1, february: 2, march: 3, april: 4, may: 5, june: 6, july: 7, august: 8, september: 9, october: 10,
    november: 11, december: 12, jan: 1, feb: 2, mar: 3, apr: 4, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10,
    nov: 11, dec: 12,
  },
  yearParts: ['early', 'mid', 'late', 'the middle of', 'the end of', 'the beginning of', 'the start of', 'end of', 'beginning of', 'start of'],
  dateWords: { dayOrdinals: [], joiners: [], afterYear: [], yearMonthDay: null, numericOrder: null },
  accessedWords: ['accessed', 'accessed on', 'retrieved', 'retrieved on', 'consulted', 'consulted on'],
  relativeYears: {
    // The preposition is part of the phrase a reader quotes (`In the past year` -> 2004).
    'in the past year': -1, 'in the previous year': -1, 'in the preceding year': -1, 'during the past year': -1, 'over the past year': -1,
    'the past year': -1, 'last year': -1, 'the previous year': -1, 'the preceding year': -1, 'the last year': -1,
    'this year': 0, 'the current year': 0, 'the reporting year': 0,
    'in the last year': -1, 'during the last year': -1, 'over the last year': -1, 'for the last year': -1, 'for the past year': -1,
    'during the previous year': -1, 'over the previous year': -1, 'for the previous year': -1,
    'during the preceding year': -1, 'over the preceding year': -1, 'for the preceding year': -1,
    'in the past twelve months': -1, 'during the past twelve months': -1, 'over the past twelve months': -1, 'for the past twelve months': -1,
    'in the last twelve months': -1, 'during the last twelve months': -1, 'over the last twelve months': -1, 'for the last twelve months': -1,
    'in the previous twelve months': -1, 'during the previous twelve months': -1, 'over the previous twelve months': -1, 'for the previous twelve months': -1,
    'in the preceding twelve months': -1, 'during the preceding twelve months': -1, 'over the preceding twelve months': -1, 'for the preceding twelve months': -1,
    'in the past 12 months': -1, 'during the past 12 months': -1, 'over the past 12 months': -1, 'for the past 12 months': -1,
    'in the last 12 months': -1, 'during the last 12 months': -1, 'over the last 12 months': -1, 'for the last 12 months': -1,
    'in the previous 12 months': -1, 'during the previous 12 months': -1, 'over the previous 12 months': -1, 'for the previous 12 months': -1,
    'in the preceding 12 months': -1, 'during the preceding 12 months': -1, 'over the preceding 12 months': -1, 'for the preceding 12 months': -1,
  },
  pageFurniture: { page: ['page', 'p.', 'pp.'], pages: ['pages'], of: ['of'], after: [] },
  meetingNames: { words: ['conference', 'meeting', 'debate', 'session', 'committee', 'assembly'], stems: [], acronyms: ['BMS', 'MGE', 'MSE', 'OEMGE', 'RevCon', 'PrepCom', 'Prep Com'], ordinalEndings: ['st', 'nd', 'rd', 'th'] },
  listIntroducers: ['following', 'as follows', 'include', 'includes', 'including', 'namely', 'such as'],
  // What shows a document's kind: profile headings, page lines, titles and labels (see KindSignalShape).
  kindSignals: {
    amap_profile: [
      { signal: 'explosionsHeading', shape: 'heading', words: 'accidental explosions|unplanned explosions(?: at munitions sites)?', weight: 2 },
      { signal: 'diversionHeading', shape: 'heading', words: 'cases of diversion|diversion', weight: 2 },
      { signal: 'ammunitionLifeCycle', shape: 'text', words: 'through-life management of ammunition', weight: 2 },
      { signal: 'uems', shape: 'text', words: 'unplanned explosions at munitions sites', weight: 1 },
      { signal: 'disposalHeading', shape: 'heading', words: 'disposal|stockpile disposal', weight: 1 },
      { signal: 'needsHeading', shape: 'heading', words: 'needs|assistance needs', weight: 1 },
      { signal: 'ammunitionProfile', shape: 'text', words: 'ammunition management country profile', weight: 2 },
      { signal: 'explosionsTable', shape: 'tableHeader', words: 'year\\s*\\|\\s*location', weight: 1 },
    ],
    poa_profile: [
      { signal: 'implementationKit', shape: 'text', words: 'PoA Implementation Kit', weight: 3 },
      // The PoA pages name the report languages in English, or each in its own name.
      { signal: 'reportLanguages', shape: 'yearLanguages', words: 'English|French|Spanish|Russian|Arabic|Chinese', weight: 3 },
      { signal: 'reportAttribution', shape: 'attribution', words: 'National Report', weight: 2 },
      { signal: 'meeting', shape: 'meetingLine', words: '\\d+(?:st|nd|rd|th)?\\s+BMS', weight: 2 },
      { signal: 'reportSource', shape: 'lineStart', words: '(?:Source\\s*)?:\\s*National Report on the implementation of the PoA', weight: 2 },
      { signal: 'regionalEvents', shape: 'text', words: 'Regional seminars, meetings, workshops', weight: 1 },
    ],
    poa_report: [
      // A title line, not the attributions `(National Report, 2005)` of a PoA page.
      // `National reports on the Programme of Action` (a row of a fact sheet, a listing) is about reports, not one.
      // `Second National Report on ...`: a report names its place in the series before its name.
      // A title may leave `national` out (`Report on the Implementation of the Programme of Action`, under the
      // state's name) or put `implementation` first (`National implementation report`).
      { signal: 'reportTitle', shape: 'lineStart', words: '(?:the\\s+)?(?:(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|initial|\\d{1,2}(?:st|nd|rd|th))\\s+)?national (?:implementation )?report(?!s)|report on (?:the\\s+)?implementation of', weight: 2, head: true },
      { signal: 'programmeOfAction', shape: 'text', words: 'Programme of Action', weight: 2, head: true },
      { signal: 'submissionDate', shape: 'label', words: 'Date of submission', weight: 2 },
      { signal: 'reportingPeriod', shape: 'label', words: 'Reporting period|Period covered|Period under review', weight: 1 },
    ],
  },
  genreSignals: {
    news: [
      { signal: 'byline', shape: 'lineStart', words: 'By [A-Z][a-z]+\\s+[A-Z]', weight: 2, matchCase: true },
      { signal: 'published', shape: 'lineStart', words: '(?:Published|Posted|Updated|Last updated)\\s*(?::|on\\s)?\\s*\\d', weight: 1 },
      // A blog post's byline and furniture: `Posted by Ruth Mensah on 12 September 2023 · 6 min read`, `3 comments`.
      { signal: 'postedBy', shape: 'lineStart', words: '(?:Posted|Written|Published) by [A-Z][\\w.’\' -]{1,60}? on \\d', weight: 1, matchCase: true },
      { signal: 'readingTime', shape: 'text', words: '\\b\\d{1,2}[ -]min(?:ute)?s? read\\b', weight: 1 },
      { signal: 'comments', shape: 'heading', words: '\\d+ comments?|comments', weight: 1 },
      { signal: 'subscribe', shape: 'text', words: '\\b(?:Subscribe|Sign in|Read more|Share this (?:article|story)|Related (?:articles|stories)|Leave a (?:comment|reply))\\b', weight: 1 },
      { signal: 'wireService', shape: 'text', words: '\\((?:Reuters|AP|AFP)\\)', weight: 2 },
    ],
    press_release: [
      { signal: 'pressRelease', shape: 'text', words: '\\b(?:press release|for immediate release|media contacts?|press office)\\b', weight: 2 },
    ],
    meeting_document: [
      { signal: 'programmeOfWork', shape: 'text', words: '\\b(?:(?:provisional )?programme of work|list of participants|provisional agenda|summary record|verbatim record)\\b', weight: 2 },
      { signal: 'calledToOrder', shape: 'text', words: '\\b(?:the meeting was called to order|the meeting rose at)\\b', weight: 2 },
      { signal: 'delegations', shape: 'text', words: "\\b(?:chair(?:'|’)s summary|summary of the discussions|submitted by the chair|conference room paper|(?:many|several|some|other|a number of) delegations)\\b", weight: 2 },
    ],
    paper: [
      { signal: 'abstract', shape: 'heading', words: 'abstract|keywords?:?.*', weight: 1 },
      { signal: 'references', shape: 'heading', words: 'references|bibliography|works cited', weight: 1 },
      { signal: 'etAl', shape: 'text', words: '\\bet al\\.|\\bdoi:\\s*10\\.', weight: 1 },
    ],
    encyclopaedia: [
      { signal: 'encyclopaedia', shape: 'text', words: '\\bfrom wikipedia\\b|\\bthe free encyclopedia\\b', weight: 2 },
      { signal: 'seeAlso', shape: 'heading', words: 'see also|external links|further reading', weight: 1 },
    ],
    job_advert: [
      { signal: 'vacancy', shape: 'text', words: '\\b(?:vacancy|job (?:description|title|opening)|closing date|how to apply|apply (?:now|online|by))\\b', weight: 2 },
    ],
    advocacy: [
      { signal: 'factSheet', shape: 'text', words: '\\b(?:fact ?sheet|key facts|(?:numbers|figures|facts) at a glance)\\b', weight: 2, head: true },
      { signal: 'donate', shape: 'text', words: '\\b(?:donate(?: now)?|make a donation|support our work|registered charity)\\b', weight: 1 },
      { signal: 'asks', shape: 'heading', words: "what we (?:are asking|call|ask) for|our (?:asks|recommendations|work in .+)|take action", weight: 1 },
    ],
  },
  sectionHeadings: {
    'Security situation': 'security_situation',
    'International support': 'international_support',
    'International assistance and cooperation': 'international_support',
    'Accidental explosions': 'accidental_explosions',
    'Unplanned explosions': 'accidental_explosions',
    'Unplanned explosions at munitions sites': 'accidental_explosions',
    'Cases of diversion': 'diversion',
    'Diversion': 'diversion',
    'Disposal': 'disposal',
    'Needs': 'needs',
    'National coordination': 'national_coordination',
    // A heading of the one word heads the national coordination (`1. Coordination`); as a keyword it would take `International cooperation and coordination`.
    'Coordination': 'national_coordination',
    'National coordination agency': 'national_coordination',
    'National coordination agencies': 'national_coordination',
    'National coordination body': 'national_coordination',
    'National coordination mechanism': 'national_coordination',
    'National coordinating agency': 'national_coordination',
    'National point of contact': 'national_coordination',
    'National focal point': 'national_coordination',
    'National commission': 'national_coordination',
    // The body a report names as the one in charge of its small arms policy: the national coordination agency.
    'National authority': 'national_coordination',
    'Legislation': 'legislation',
    'National legislation': 'legislation',
    'Laws and regulations': 'legislation',
    'Laws, regulations and administrative procedures': 'legislation',
    'Legal framework': 'legislation',
    'Manufacture': 'manufacture',
    'Manufacturing': 'manufacture',
    'Production': 'manufacture',
    'Transfers': 'transfers',
    'Transfer controls': 'transfers',
    'Export controls': 'transfers',
    'Export control': 'transfers',
    'Import, export and transit': 'transfers',
    'Exports and imports': 'transfers',
    'Brokering': 'brokering',
    'Brokering control': 'brokering',
    'Brokering controls': 'brokering',
    'Illicit brokering': 'brokering',
    'Stockpile management': 'stockpile_management',
    // The destruction of surplus (PoA II.18-19) is destruction, though `stocks` is a stockpile keyword.
    'Destruction of surplus stocks': 'collection_destruction',
    'Destruction of surplus weapons': 'collection_destruction',
    'Surplus destruction': 'collection_destruction',
    'Stockpile management and security': 'stockpile_management',
    'Stockpile security': 'stockpile_management',
    'Stockpiles': 'stockpile_management',
    'Storage of weapons and ammunition': 'stockpile_management',
    'Collection and destruction': 'collection_destruction',
    'Collection and destruction of weapons': 'collection_destruction',
    'Weapons collection and destruction': 'collection_destruction',
    'Destruction': 'collection_destruction',
    // Collecting the weapons civilians hold (campaigns, amnesties) is the collection this topic covers.
    'Civilian disarmament': 'collection_destruction',
    'Disarmament of civilians': 'collection_destruction',
    'Marking': 'marking',
    'Record-keeping': 'record_keeping',
    'Record keeping': 'record_keeping',
    'Records': 'record_keeping',
    'Tracing': 'tracing',
    'Cooperation in tracing': 'tracing',
    'Information exchange': 'information_exchange',
    'Exchange of information': 'information_exchange',
    'Public awareness': 'public_awareness',
    'Public awareness and confidence-building': 'public_awareness',
    'Public awareness programmes': 'public_awareness',
    'Awareness raising': 'public_awareness',
    'Linkage with drug trafficking, transnational organized crime and terrorism': 'crime_linkage',
    'Links with terrorism, organized crime and drug trafficking': 'crime_linkage',
    'Border control': 'border_control',
    'Border controls': 'border_control',
    'Customs and border control': 'border_control',
    'International cooperation': 'international_cooperation',
    'International cooperation and assistance': 'international_cooperation',
    // 'Assistance' alone, as a section of its own, is the cooperation the template heads 'International cooperation and assistance'.
    'International assistance': 'international_cooperation',
    'Assistance': 'international_cooperation',
    'Regional cooperation': 'international_cooperation',
    'Regional and international cooperation': 'international_cooperation',
    'Assistance needs': 'assistance_needs',
    'Needs and request for assistance': 'assistance_needs',
    'Requests for assistance': 'assistance_needs',
    'Needs for assistance': 'assistance_needs',
    // A heading naming the assistance the state asks for (`4. Assistance required`).
    'Assistance required': 'assistance_needs',
    'Assistance requested': 'assistance_needs',
    'Required assistance': 'assistance_needs',
    'Implementation challenges and opportunities': 'implementation_challenges',
    'Challenges and opportunities': 'implementation_challenges',
    'Implementation challenges': 'implementation_challenges',
    'Regional seminars, meetings, workshops': 'regional_events',
    'Regional seminars, meetings and workshops': 'regional_events',
    'Regional seminars': 'regional_events',
    'Regional meetings': 'regional_events',
  },
  // The template questions of the PoA implementation pages, with the topic of their block.
  templateQuestions: {
    'Definition (including closely associated activities and extraterritoriality)': 'brokering',
    'Optional elements for national legislation (registration, record-keeping, licensing, related legislation, jurisdiction, penalties)': 'brokering',
    'Operational information exchange (including a) Cooperation on activities violating UNSC arms embargoes; and b) Cooperation with relevant organizations, e.g. WCO, Interpol, the UN)': 'brokering',
    'Cooperation and measures within a regional Organization': 'brokering',
    'National needs (Assistance in capacity building)': 'brokering',
    'National laws, regulations and administrative procedures': 'legislation',
    'National marking practices': 'marking',
    'Marking at the time of manufacture': 'marking',
    'Marking at the time of import': 'marking',
    'Marking of SALW in the possession of government armed and security forces': 'marking',
    'Measures against the removal or alteration of markings': 'marking',
    'Accurate and comprehensive records for all marked SALW within their territory': 'record_keeping',
    'Measures taken for undertaking traces and responding to tracing requests': 'tracing',
    'Operational information exchange': 'information_exchange',
    'Needs and request for assistance': 'assistance_needs',
    'Implementation challenges and opportunities': 'implementation_challenges',
  },
  // Stems naming a topic in free wording (questions, unknown headings); `*` ends a word stem.
  topicKeywords: {
    tracing: ['trace', 'traces', 'traced', 'tracing'],
    brokering: ['broker*'],
    record_keeping: ['record keeping', 'records', 'record', 'register', 'registers'],
    marking: ['mark', 'marking', 'markings', 'marked'],
    stockpile_management: ['stockpile*', 'stocks', 'storage', 'depots', 'arsenal*'],
    // Seized and recovered weapons are the ones the PoA has collected and destroyed (`2. Seizures`, `Illicit weapons recovered`).
    collection_destruction: ['collect', 'collected', 'collection*', 'destroy', 'destroyed', 'destruction*', 'surrender*', 'seizure*', 'seized', 'recovered', 'recovery', 'recoveries'],
    public_awareness: ['awareness'],
    regional_events: ['seminar*', 'workshop*'],
    crime_linkage: ['terroris*', 'organized crime', 'organised crime', 'drug trafficking'],
    border_control: ['border*'],
    national_coordination: ['coordination agency', 'coordinating agency', 'coordination body', 'coordination mechanism', 'national coordination', 'point of contact', 'focal point'],
    assistance_needs: ['need assistance', 'assistance required', 'assistance requested', 'required assistance', 'support required', 'support requested', 'needs assistance', 'assistance needed', 'requested assistance', 'request assistance', 'requests for assistance', 'request for assistance', 'assistance needs', 'needs for assistance',
      'requests assistance', 'seeks assistance', 'seek assistance', 'request support', 'requests support', 'requested support', 'seeks support', 'would welcome assistance', 'would welcome support',
      // `would welcome one portable marking machine`: what is welcomed is the request, whatever it names.
      'would welcome'],
    information_exchange: ['information exchange', 'exchange of information', 'exchange information', 'exchanging information', 'share information', 'sharing information', 'information sharing', 'sharing of information'],
    international_cooperation: ['provided assistance', 'assistance to other', 'cooperation'],
    manufacture: ['manufactur*', 'production', 'produce', 'produced', 'fabrication'],
    transfers: ['export*', 'import', 'imports', 'imported', 'importing', 'transit', 'transfer', 'transfers', 'end user'],
    implementation_challenges: ['challenges', 'difficulties'],
    legislation: ['law', 'laws', 'legislation', 'legislative', 'regulations', 'legal'],
  },
  sectionNumberWords: ['section', 'part', 'chapter'],
  sectionNumberOrdinals: [],
  // Headings are numbered with digits, Roman numerals or letters: an ordinal word starting a line ('First:', 'Second -') opens prose.
  sectionOrdinals: [],
  headingConjunctions: ['and'],
  languageNames: {
    english: 'en', french: 'fr', spanish: 'es', russian: 'ru', arabic: 'ar', chinese: 'zh', portuguese: 'pt',
  },
  functionWords: ['the', 'and', 'of', 'to', 'is', 'was', 'were', 'has', 'have', 'with', 'for', 'by', 'which', 'from', 'on'],
  // Regex sources, matched inside the word boundary (transforms/categories.ts).
  actions: {
    // `detained` of weapons (customs' word for goods held at the border), never of people: see objectOnlyActions.
    seized: ['(?:seized|seizures?|confiscated|impounded|recovered|intercepted|detained)', '(?:removed|withdrawn|taken\\s+out)\\s+(?:from|of)\\s+(?:the\\s+)?(?:illicit\\s+|illegal\\s+|unlawful\\s+)?circulation'],
    // `brought in` is a surrender only where an amnesty or a collection campaign brings the weapons in (`A firearms
    // amnesty from 1 to 31 July 2017 brought in 118 weapons`: the words from the amnesty on are the action); elsewhere
    // weapons `brought in` are imported or smuggled. No look-behind: the term matchers and their property tests take none.
    surrendered: ['(?:voluntarily\\s+)?surrendered|voluntary\\s+surrender|handed(?:\\s+|-)in|turned(?:\\s+|-)in|handed\\s+over\\s+voluntarily',
      '(?:amnest(?:y|ies)|buy-?backs?|collection\\s+(?:campaigns?|drives?|programmes?|programs?))[^.;:]{0,80}?\\sbrought\\s+in'],
    // Burning (`Flame of Peace` ceremonies) is how many states destroy collected weapons.
    destroyed: ['destroyed|destruction|smelted|melted(?:\\s+down)?|crushed|cut\\s+up|burn(?:ed|t)|incinerated'],
    collected: ['collected|gathered'],
    stolen: ['stolen'],
    lost: ['lost|loss(?:es)?'],
  },
  // Weapon categories by category code: regex sources, the longest match winning (transforms/categories.ts).
  weaponCategories: {
    firearms: [
      '(?:units?|pieces?|items?)\\s+of\\s+(?:weapons?|firearms?|arms)', 'weapons?', 'firearms?', 'fire\\s+arms', 'guns', 'arms',
      'small\\s+arms(?:\\s+and\\s+light\\s+weapons)?', 'SALW',
    ],
    smoothbore: [`smooth[- ]?bored?(?:\\s+${NOUN})?`],
    rifled: [`rifle[- ]?bored(?:\\s+${NOUN})?`, `rifled(?:\\s+${NOUN})?`],
    gas: [`gas(?:\\s+${NOUN})?`],
    home_made: [`home[- ]?made(?:\\s+${NOUN})?`, `improvised(?:\\s+${NOUN})`, `craft[- ]made(?:\\s+${NOUN})?`, `country[- ]made(?:\\s+${NOUN})?`, `locally[- ](?:made|manufactured|fabricated)(?:\\s+${NOUN})?`],
    fully_automatic: ['(?:fully[- ])?automatic(?:\\s+(?:weapons?|firearms?|rifles?|guns?))?'],
    rifles_and_carbines: ['rifles\\s+and\\s+carbines'],
    // An assault rifle is a rifle: the whole phrase, or its first word would leave the category unknown.
    rifles: ['(?:assault\\s+)?rifles?'],
    carbines: ['carbines?'],
    combination: [`combin(?:ed|ation)(?:\\s+${NOUN})?`],
    pistols_and_revolvers: ['pistols\\s+and\\s+revolvers', 'handguns?'],
    pistols: ['pistols?'],
    revolvers: ['revolvers?'],
    sawn_off: ['sawn[- ]off(?:\\s+(?:weapons?|shotguns?|guns?|rifles?))?', 'sawed[- ]off(?:\\s+(?:weapons?|shotguns?|guns?))?'],
    hunting_and_sawn_off: [`hunting\\s+and\\s+sawn[- ]off(?:\\s+${NOUN})?`],
    hunting: ['hunting\\s+(?:weapons?|firearms?|guns?|rifles?|shotguns?)'],
    shotguns: ['(?:(?:single|double)[- ]barrel(?:led|ed)?\\s+)?shotguns?'],
    machine_guns: ['(?:light\\s+|heavy\\s+)?machine[- ]guns?'],
    submachine_guns: ['sub[- ]?machine[- ]?guns?'],
    traumatic: [`traumatic(?:\\s+${NOUN})?`],
    grenade_launchers: ['grenade[- ]launchers?', 'RPG(?:-?\\d{1,2})?(?:s|\\s+launchers?)?', 'rocket[- ]propelled\\s+grenade\\s+launchers?'],
    mortars: ['mortars?'],
    // Rifles, carbines and shotguns together: never the generic total.
    long_guns: ['long[- ]?guns?', `long[- ]barrel(?:led|ed)\\s+${NOUN}`, 'shoulder[- ]?(?:arms|weapons|firearms)'],
    // Knives, bayonets, machetes: not firearms, and never counted as such.
    edged_weapons: ['(?:edged|bladed|cold|white)\\s+(?:weapons?|arms)', 'knives', 'machetes?', 'bayonets?', 'swords?'],
    air_guns: ['air[- ]?(?:guns?|rifles?|pistols?|weapons?)', `pneumatic\\s+${NOUN}`],
    // Replicas and toys: not firearms.
    imitation_firearms: [`(?:imitation|replica|toy|fake|dummy)\\s+${NOUN}`, 'replicas'],
    // "Other" is relative to the list it closes; the raw words say what was meant.
    other: [
      `other\\s+(?:types?\\s+of\\s+|kinds?\\s+of\\s+|categories\\s+of\\s+)?${NOUN}`,
      '(?:weapons?|firearms?|arms)\\s+of\\s+other\\s+(?:types?|kinds?|categories|calibres?|calibers?)',
    ],
  },
  // Regex sources (a space stands for any white space): what announces the parts of a total.
  partIntroducers: [
    'of which', 'of these', 'of them', 'including', 'included', 'include', 'consisting of', 'comprising', 'comprised of', 'namely',
    'among (?:them|these|which)', 'broken down (?:as follows|into)', 'as follows', 'i\\.e\\.', 'incl\\.?',
  ],
  // Labels of a report's submission date (`<label>: <date>` in a report's header).
  // Words opening a national report's title (poa-report facts).
  reportTitleWords: ['national report', 'report of'],
  dateLabels: ['date of submission', 'date of the report', 'date of report', 'submission date', 'date submitted', 'submitted on', 'date'],
  // Words saying a report was submitted (regex sources): a header date beside one is the submission date.
  submissionWords: ['submitted', 'submission', 'transmitted'],
  // Labels of the period a report covers (`<label>: ...`): never the report's date.
  periodLabels: ['reporting period', 'period covered'],
  yearColumnLabels: ['years?'],
  // The header of a table column naming each row's action (`Year | Action | Pistols | Total`).
  actionColumnLabels: ['actions?', 'measures?', 'activit(?:y|ies)'],
  // The header of a table's label column whose rows are places (`Region | Seized | Destroyed`).
  placeColumnLabels: ['regions?', 'provinces?', 'districts?', 'states?', 'count(?:y|ies)', 'departments?', 'governorates?', 'prefectures?', 'municipalit(?:y|ies)', 'oblasts?', '(?:region|province|district|state|county)\\s*/\\s*(?:region|province|district|state|county)'],
  // One-word answers of a questionnaire (a line of its own, or after a question's `?`).
  questionnaireAnswers: ['yes', 'no', 'not applicable', 'n/a'],
  // Answers saying the state gave none: NULL with an issue.
  noResponseMarkers: ['no response', 'no answer', 'not answered', 'not reported', 'no information provided', 'n/a', 'n.a.', 'no data available', 'no data', 'data not available', 'not available'],
  // Function words a lost line break glues onto a word (`Armsand`): split off for matching only.
  gluedWords: ['and', 'of', 'the', 'to', 'in', 'on', 'for', 'by', 'with', 'or'],
  // The instruments' names (glued words split into their words).
  instrumentNames: ['Programme of Action to Prevent, Combat and Eradicate the Illicit Trade in Small Arms and Light Weapons in All Its Aspects', 'International Tracing Instrument'],
  // A UN document's header: the original's language, the distribution line, a note verbale's cover letter (its opening
  // and its closing formula, `avails itself of this opportunity`: neither paragraph is a fact or unread text).
  documentHeader: { originalLabels: ['original', 'translated from'], distributionLabels: ['distr'], coverLetter: ['presents its compliments', 'has the honour to transmit', 'avails itself of', 'highest consideration'] },
  // Words of the ammunition country profiles' tables and tallies (regex fragments, but the table words).
  ammunitionProfile: {
    tableCaptionNouns: { explosions: ['explosion'], diversions: ['diversion', 'theft', 'stolen', 'loss'] },
    columnLabels: {
      year: ['year', 'date'],
      location: ['location', 'place', 'site', 'city', 'town', 'locality', 'region', 'province'],
      owner: ['owner', 'manager', 'operator', 'custodian'],
      deaths: ['death', 'fatalit', 'killed', 'dead'],
      injuries: ['injur', 'wounded'],
      description: ['description', 'details', 'event', 'incident', 'summary', 'what happened'],
    },
    totalRowLabels: ['(?:grand\\s+)?totals?', 'sum'],
    incidentCasualties: { deaths: ['killed', 'dead', 'deaths?', 'fatalit(?:y|ies)', 'died'], injuries: ['injured', 'wounded', 'injur(?:y|ies)', 'hurt'] },
    tallyNouns: {
      explosions: ['(?:(?:accidental|unplanned|unintended)\\s+explosions?|explosions?(?=\\s+at\\s+(?:munitions?|ammunition)))(?:\\s+at\\s+(?:an?\\s+)?(?:munitions?|ammunition)\\s+(?:storage\\s+)?(?:sites?|depots?))?'],
      diversions: ['(?:cases?|incidents?|instances?)\\s+of\\s+diversion', 'diversion\\s+(?:cases?|incidents?)'],
    },
    // `their number is not known`, `the number of cases is unknown`: the words before an unknown marker that make it a tally's count.
    tallyDuals: [],
    tallySinceWords: ['since'],
    tallyInYearWords: ['in', 'during'],
    tallyRangeOpeners: ['between', 'from'],
    tallyRangeJoiners: ['and', 'to', 'until', 'through'],
    tallyNoneWords: ['no'],
    tallyNoneAfter: ['(?:(?:have|has|were|was|had)\\s+)?(?:not|never)\\s+(?:been\\s+)?(?:reported|recorded|documented|registered|identified)'],
    tallyNoneFillers: ['other', 'further', 'reported', 'recorded', 'known', 'documented'],
    tallyVerbsAfter: ['(?:(?:was|were|has|have|had)\\s+(?:been\\s+)?)?(?:reported|recorded|documented|registered|identified|known)'],
    tallyRoundFigures: ['(?:(?:about|some|around|nearly|over|more than)\\s+)?(?:a|one)\\s+dozen(?:\\s+or\\s+so)?'],
    tallySingleWords: ['a single'],
    tallyNotCountWords: ['no', 'none', 'zero'],
    tallyNumberNouns: ['numbers?', 'count', 'total', 'figures?', 'how\\s+many'],
    tallyCounters: [],
    tallyOrdinalMarks: [],
    ownerWords: {
      state: ['state', 'government(?:al)?', 'public', 'state[-\\s]owned', 'national'],
      nonState: ['non[-\\s‐–]?state', 'non[-\\s‐–]?governmental', 'private', 'privately[-\\s]owned'],
      military: ['military', 'army', 'armed forces', 'navy', 'naval', 'air force', 'defen[cs]e(?: forces)?', 'ministry of defen[cs]e'],
      police: ['police', 'law enforcement', 'ministry of (?:the )?interior', 'interior ministry', 'gendarmerie'],
      company: ['company', '(?:private\\s+)?(?:security\\s+|military\\s+)?compan(?:y|ies)', '(?:private\\s+)?contractors?', 'commercial', 'industry', 'industrial', 'manufacturer', 'firm', 'corporation', 'enterprise'],
      // An armed group, a militia: neither army, police nor company, the contract's `other` (`Non-state (armed group)`).
      other: ['other', 'others', '(?:non[-\\s‐–]?state\\s+)?armed\\s+groups?', 'militias?', '(?:rebel|insurgent)(?:\\s+groups?)?s?'],
    },
    itemNouns: ['weapons?', 'firearms?', 'arms', 'guns?', 'rifles?', 'pistols?', 'revolvers?', 'shotguns?', 'carbines?', 'machine[-\\s]guns?', 'submachine[-\\s]guns?', 'grenades?', 'rounds?', 'cartridges?', 'bullets?', 'ammunition', 'shells?', 'projectiles?', 'mortars?', 'rockets?', 'missiles?', 'mines?', 'detonators?', 'fuzes?', 'fuses?', 'explosives?', 'munitions?', 'items?', 'pieces?', 'units?', 'boxes', 'crates?', 'magazines?', 'launchers?', 'devices?', 'charges?', 'bombs?'],
    itemWeights: ['tonnes?', 'tons?', 'kg', 'kilos?', 'kilograms?', 'lbs?', 'pounds?'],
    pageChrome: [
      'skip to (?:main )?content', 'skip navigation', 'back to top', 'further information',
      '(?:launch|open|view|explore) (?:the )?(?:country )?(?:dashboard|data|map)',
      'print|share|download(?: (?:pdf|as pdf|this profile|the profile))?|print this page|menu|search|home|close|top',
      'about(?: us| a-?map)?|contact(?: us)?|resources|publications|news|country profiles|(?:table of )?contents',
      '(?:interactive )?map of [\\p{L} ’\'.-]{2,40}',
      'copyright\\b.*', '.*all rights reserved.*', '(?:cookie|we use cookies).*',
    ],
    citationOpeners: ['see', 'cf\\.', 'ibid\\.?'],
  },
  // The word before a table's number in its caption (`Table 1:`).
  tableWords: ['Table'],
  // The Source/Date pair under a PoA page's template answers; a Source line opening with a title names a contact.
  sourceLines: {
    sourceLabels: ['source', 'sources'],
    dateLabels: ['date'],
    reportWords: ['report', 'reports', 'questionnaire', 'PoA', 'programme', 'program'],
    personTitles: ['Mr.', 'Mr', 'Mrs.', 'Mrs', 'Ms.', 'Ms', 'Miss', 'Dr.', 'Dr', 'Prof.', 'Amb.', 'Ambassador', 'Col.', 'Colonel', 'Lt.', 'Lieutenant', 'Maj.', 'Capt.', 'Captain', 'Gen.', 'Supt.'],
    // The words of an attribution (`(National Report, 2005)`) before its year, and what joins two of its years.
    attributionWords: ['National Report', 'National Reports', 'NR'],
    attributionYearJoiners: ['and'],
    // An attribution as a lead-in line heading the bullets below it (`From the National Report, 2020:`).
    attributionLeadIns: ['From the', 'From', 'According to the', 'According to', 'As stated in the', 'As reported in the', 'In the', 'In its'],
    attributionYearPrepositions: ['of', 'for'],
    // The status column of a reports table: only a submitted row is a submission.
    reportStatuses: { submitted: ['submitted', 'received', 'submitted late'], notSubmitted: ['not submitted', 'not received', 'pending', 'overdue', 'outstanding', 'missing'] },
  },
  agencies: {
    national_security: [
      '(?:ministry\\s+of\\s+)?national\\s+security\\s+(?:committee|service|council|agency|office|bureau)', 'ministry\\s+of\\s+national\\s+security', 'state\\s+security',
      '(?:office|department|bureau)\\s+(?:of|for)\\s+national\\s+security',
      'security\\s+service',
    ],
    // Not `Border Force` (Australia's, the UK's: customs and immigration together): no code rather than a guess.
    border_guard: ['border\\s+(?:guards?|service|police|troops|protection|patrol|security\\s+forces?)'],
    // The Internal Security Forces (Lebanon's police) are a police force.
    police: ['police', 'internal\\s+affairs', 'interior', 'constabulary', 'militia', 'gendarmerie', 'carabinieri', 'internal\\s+security\\s+forces?'],
    customs: ['customs'],
    defence: ['defen[cs]e', 'armed\\s+forces', 'army', 'military', 'navy', 'naval\\s+forces?', 'air\\s+force', 'marine\\s+corps'],
  },
  // The Latin spelling of post-Soviet security services (Kazakhstan's KNB, Uzbekistan's SNB) in English texts.
  agencyAcronyms: { national_security: ['KNB', 'SNB', 'SNS'] },
  categoryWords: {
    // A counter may stand alone after a count (`2020 – 877 units`, `1,204 pcs.`) or join the category (`units of`).
    counters: ['(?:units?|pieces?|items?|pcs\\.?)(?:\\s+of)?'],
    modifiers: [
      'illegal(?:ly\\s+held)?', 'service', 'military', 'civilian', 'privately\\s+held', 'illicit(?:ly\\s+held)?', 'unregistered', 'unlicen[cs]ed',
      'unlawfully\\s+held', 'various', 'assorted', 'confiscated',
      // The state of the weapons destroyed, not another kind of weapon (`1,126 obsolete weapons`, `2,870 surplus weapons`).
      'obsolete', 'surplus', 'unserviceable', 'excess', 'redundant', 'old',
      // A model designation before the category names a model of it (`AK-47 rifles`, `G3 rifles`, `PKM machine guns`);
      // `RPG-7` is a category of its own (grenade_launchers), never a modifier of `launchers`.
      '(?!RPG)\\p{L}{1,4}-?\\d{1,3}\\p{L}{0,2}', 'PK[MS]?', 'RPK', 'RPD', 'DShK', 'NSV',
    ],
    leadPartitives: ['of\\s+(?:them|these|those|the)'],
    leadCopulas: ['were', 'was', 'are', 'is'],
    leadQuantifiers: ['all'],
    unplacedTerms: [],
    notWeaponHeads: [
      'dealers?', 'traders?', 'brokers?', 'trade', 'trafficking', 'traffickers?', 'licen[cs]es?', 'permits?', 'owners?', 'holders?', 'cases?',
      'crimes?', 'offen[cs]es?', 'incidents?', 'caches?', 'depots?', 'stores?', 'storage', 'ranges?', 'clubs?', 'shops?', 'manufacturers?', 'factories',
      'experts?', 'control', 'embargo(?:es)?', 'inspectors?', 'seminars?', 'courses?', 'amnest(?:y|ies)', 'campaigns?', 'cylinders?', 'canisters?',
      'masks?', 'stations?', 'pipelines?', 'registr(?:y|ies|ations?)', 'related', 'laws?', 'acts?', 'units', 'parts', 'components', 'accessories', 'spare',
    ],
    adjectivesOnly: [
      'smooth[- ]?bored?', 'rifle[- ]?bored', 'rifled', 'gas', 'home[- ]?made', 'craft[- ]made', 'country[- ]made', '(?:fully[- ])?automatic', 'combin(?:ed|ation)',
      'sawn[- ]off', 'sawed[- ]off', 'traumatic',
    ],
    adjectivePhraseEnds: ['and', 'or', 'were', 'was', 'are', 'is', 'have', 'has', 'had', 'of', 'in', 'at', 'on', 'from', 'by', 'during', 'for', 'to', 'with', 'which', 'that'],
    // Adjectives stand before the noun: after it, only "of ..." can change what is counted ("weapons of war").
    genericQualifierStarts: ['\\s+of\\s'],
    benignQualifiers: ['of\\s+(?:various|different|all|assorted|mixed)\\s+(?:types?|kinds?|calib(?:re|er)s?|models?|makes?)'],
    nonWeaponItems: [
      '(?:(?:units?|pieces?|items?)\\s+of\\s+)?(?:(?:live|small[- ]arms|assorted|various)\\s+)?(?:rounds?(?:\\s+of\\s+(?:small[- ]arms\\s+)?ammunition)?|cartridges?|' +
        '(?:pieces?|units?|items?)\\s+of\\s+(?:ammunition|munitions|explosives?|ordnance)|ammunition|munitions?|shells?|grenades?|(?:land)?mines?|explosives?|detonators?|' +
        '(?:firearms?|weapons?|gun)\\s+(?:parts|components)|magazines|silencers)',
    ],
    nounContinuations: [],
  },
  countStatements: {
    abbreviations: ['no', 'nos', 'mr', 'mrs', 'ms', 'dr', 'st', 'art', 'arts', 'para', 'paras', 'p', 'pp', 'vol', 'cf', 'e\\.g', 'i\\.e', 'etc', 'approx', 'ca', 'incl'],
    reportWords: ['report'],
    // 'on' leads a whole date ('On 14 December 2023 the army destroyed ...'): the date is no part of the subject.
    statedYearLeads: ['in', 'for', 'during', 'throughout', 'on'],
    dateRangeEnds: ['to', 'until', 'till', 'through', 'and'],
    yearNouns: ['the year', 'year'],
    yearPartPhrases: ['(?:the )?(?:first|second|third|fourth|last|1st|2nd|3rd|4th) (?:quarter|half|semester|trimester) of', 'the first (?:three|six|nine) months of', 'the (?:first|last) (?:three|six) months of', 'Q[1-4]', 'H[12]', 'mid-?', 'early', 'late'],
    otherPeriodPhrases: [
      // A financial year is no calendar year ('FY2023', 'FY 2022/23', 'financial year 2023', 'the 2022/23 fiscal year').
      'FY\\s?(?:19|20)\\d{2}(?:[/–-]\\d{2,4})?', '(?:(?:19|20)\\d{2}(?:[/–-]\\d{2,4})? )?(?:financial|fiscal|budget(?:ary)?) years?(?: (?:19|20)\\d{2}(?:[/–-]\\d{2,4})?)?',
      // The start of a span the clause names ('since the programme began in 1999'): the year it names is not the counts'.
      'since (?:the|its|their|this|that|[\\p{Lu}])[^,;.]{0,80}?(?:19|20)\\d{2}',
      '(?:reporting|review|reference) period', 'since (?:the (?:last|previous) report|independence|(?:19|20)\\d{2})', '(?:past|last|previous|recent) (?:[\\p{L}\\d]+ )?(?:years|decades?)', 'to date', 'so far'],
    reportPeriodPhrases: ['(?:during|in|over|for|throughout) the (?:reporting |review )?period', '(?:reporting|review) period'],
    comparisonWords: ['than', 'compared', 'comparison', 'versus', 'vs\\.?', 'up from', 'down from', 'as against', 'since'],
    // A number right after these is another period's figure set beside a count, never a part of it.
    comparedFigureLeads: ['up from', 'down from', 'as against', 'against', 'compared (?:with|to)', 'in comparison (?:with|to)', 'versus', 'vs\\.?'],
    respectivelyWords: ['respectively'],
    levelLeads: ['(?:rose|risen|increased|grew|grown|climbed|fell|fallen|dropped|declined|decreased|went up|went down|doubled|tripled|trebled|halved|jumped|surged|soared|slipped|plunged) to', 'reached', 'totall?ed', 'amounted to', 'stood at', 'numbered'],
    changeLeads: ['(?:rose|risen|rising|increased|increasing|grew|grown|fell|fallen|dropped|declined|decreased|decreasing|went up|went down|up|down) by', '(?:an?\\s+)?(?:increase|rise|growth|decrease|decline|drop|fall|reduction) of'],
    // The year of an event the counts belong to is theirs ('the 2019 campaign'); a document's year never is.
    eventNouns: ['campaigns?', 'amnest(?:y|ies)', 'operations?', 'programmes?', 'programs?', 'exercises?', 'initiatives?'],
    documentNouns: ['acts?', 'laws?', 'decrees?', 'resolutions?', 'plans?', 'strateg(?:y|ies)', 'bills?', 'regulations?', 'ordinances?', 'orders?'],
    // A zero is a word before the weapons here ("No weapons were destroyed": numberWords.articles). "Did not destroy any
    // weapons" is left unread: "not" reaches far ("it is not known whether any weapons ..."), and a NULL is never wrong.
    actionNegations: ['not(?!\\s+only)', 'never', '(?:was|were|is|are|has|have|had|did|does|do)n[\'’]t'],
    zeroNegations: [],
    // Modality: a plan, a pledge, funding or a target for an action is no statement of it ("A partner has pledged USD
    // 250,000 for the destruction of 3,000 weapons in 2025"). Not "due to" (a cause), not "pending" ("seized weapons
    // pending destruction" were seized); nouns that also name a past thing ("the 2019 action plan", "targeted operations",
    // "found to be illegal") only with the word that makes them a plan.
    plannedActionMarkers: ['will', 'shall', 'would', "won['’]t", '(?:is|are|was|were|yet|due|remains?|remaining) to be', 'plans? to', 'planned', 'planning to', 'aims? to', 'aiming to', 'intends? to', 'intended to', 'intending to', 'expected to', 'scheduled', 'envisaged', 'foreseen', 'proposed', 'upcoming', 'forthcoming', 'future', 'seeks? to', 'pledged?', 'pledges', 'pledging', 'committed to', 'commits? to', 'fund(?:ing|s)? (?:for|of|to)', 'budget(?:ed|s)? (?:for|of|to)', 'allocated (?:for|to)', 'targets? (?:of|to|for)', 'targeted for', 'goals? of'],
    zeroAuxiliaries: [],
    negatedZeroWords: [],
    notWeaponNouns: ['of', 'per', 'out', 'to', 'times', 'tonnes?', 'tons?', 'per\\s?cent', 'percent', 'years?', 'months?', 'weeks?', 'days?', 'hours?', 'calibre', 'caliber', 'rounds?', 'cartridges?', 'ammunition', 'munitions?', 'explosives?', 'grenades?', 'mines?', 'shells?', 'detonators?', 'persons?', 'people', 'individuals?', 'suspects?', 'officers?', 'officials?', 'participants?', 'journalists?', 'members?', 'staff', 'cases?', 'operations?', 'raids?', 'campaigns?', 'seminars?', 'workshops?', 'courses?', 'regions?', 'countries', 'states?', 'agreements?',
      // "200 seizures" counts seizures, not weapons (the action word 'seizures' would read it as 200 seized).
      'seizures?'],
    rateAfter: ['(?:a|per|each|every) (?:day|week|fortnight|month|quarter|year)(?![-‐])(?! (?:ago|earlier|before|later))', 'daily', 'weekly', 'monthly', 'per annum', 'on average'],
    averageBefore: ['an average of', 'on average', 'averaging', 'average of'],
    fractionWords: ['half', 'one half', 'a third', 'one third', 'two thirds', 'a quarter', 'one quarter', 'three quarters', 'most', 'the majority', 'the bulk', 'part', 'a portion', 'a share', 'a fraction', 'the rest', 'the remainder'],
    functionWords: ['in', 'at', 'on', 'from', 'by', 'during', 'for', 'with', 'to', 'of', 'than', 'and', 'or', 'more', 'less', 'each', 'per', 'were', 'was', 'are', 'is'],
    phraseStops: ['and', 'or', 'were', 'was', 'in', 'at', 'from', 'by', 'during', 'with'],
    copulas: ['were', 'was', 'are', 'is'],
    // English puts adjectives before the noun, so only "of ..." can qualify it after (see categoryWords).
    genericPhraseEnds: [
      'were', 'was', 'are', 'is', 'be', 'been', 'being', 'have', 'has', 'had', 'and', 'or', 'nor', 'but', 'as', 'in', 'at', 'on', 'from', 'by', 'during',
      'for', 'to', 'with', 'within', 'without', 'into', 'over', 'under', 'since', 'until', 'through', 'throughout', 'across', 'between', 'after',
      'before', 'against', 'which', 'that', 'who', 'including', 'comprising', 'such', 'while', 'whereas', 'then', 'this', 'last', 'each',
      'respectively', 'altogether', 'nationwide', 'countrywide', 'a', 'an', 'the', 'its', 'their', 'held', 'found', 'belonging', 'registered',
      'of\\s+(?:which|whom|these|those|them|it|this|the|a|an|its|their)',
    ],
    ofWords: ['of'],
    partitiveOf: ['of(?:\\s+(?:the|these|those|its|their|all))?'],
    // A region's figure too: 'which together recovered 310 firearms in the region', a regional (joint) operation's.
    aggregateScopes: ['members together', 'member (?:countries|nations)', '\\d+ (?:member )?states', '\\d+ countries', 'member states', 'states parties', 'all (?:the )?states', '(?:states|countries) (?:of|in) the (?:region|continent|subregion|sub-region)', 'worldwide', 'world-wide', 'globally', 'across the (?:world|globe|region|continent)', 'around the world', 'in the world', 'at (?:the )?(?:global|world) level', 'in the (?:sub-?)?region(?=\\s*[.;,)]|\\s*$)', 'regional (?:joint )?operations?'],
    currencyWords: [],
    rangeTo: ['to'],
    conjunctionAnd: ['and'],
    totalLabels: ['total', 'in total', 'altogether'],
    underLeads: ['of', 'among', 'out of'],
    underDeterminers: ['the', 'these', 'those'],
    listJoiners: ['and', 'or', 'as well as', 'plus'],
    negativeJoiners: ['nor'],
    relativeLeads: ['that', 'which', 'who'],
    objectPronounsAfter: ['them', 'it'],
    objectPronounsBefore: [],
    // People are detained too ('detained 12 suspects with 37 firearms'): a seizure only of the weapons it governs.
    objectOnlyActions: ['detained'],
    personNouns: ['persons?', 'people', 'individuals?', 'suspects?', 'smugglers?', 'traffickers?', 'criminals?', 'offenders?', 'men', 'women', 'passengers?', 'travell?ers?', 'nationals?', 'members?'],
    possessionLeads: ['carrying', 'with', 'in (?:the )?possession of', 'possessing', 'armed with', 'transporting', 'holding', 'having'],
    receiptVerbs: ['received', 'receives', 'took in', 'takes in', 'accepted', 'accepts'],
    partitivePronouns: ['of them', 'of these', 'of those', 'of which'],
    sameYearPhrases: ['in the same year', 'the same year', 'that same year', 'in that same year'],
    weaponCounters: [],
    notWeaponCounters: [],
    nonWeaponItemsBefore: [],
    phraseOpeners: [],
    continuationOpeners: ['(?:they|these|those|this|it) (?:included|includes|include|comprised|consisted of|were)', 'of (?:these|them|which)', 'among (?:them|these)', 'including', 'namely'],
    totalWords: ['total(?: of)?', 'in all', 'altogether', '(?<![\\p{L}])i\\.e\\.,?', '(?<![\\p{L}])that is,?', '(?<![\\p{L}])total(?:l?ing|l?ed)', '(?<![\\p{L}])bringing (?:the|their) (?:total|number) to', '(?<![\\p{L}])amounting to'],
    totalWordsAfter: ['in total', 'in all', 'altogether', 'all told', 'overall'],
    erratumSuperseded: ['for'],
    erratumReplacement: ['read'],
    correctionPhrases: ['should (?:have )?read', 'must read', 'should be corrected to', '(?:is|was|has been|have been|are|were|be) corrected to', 'corrected to', 'should be amended to', '(?:is|was|has been) amended to', 'read instead',
      // A figure revised since it was given (`the 2,310 given in the previous report was revised to 2,290`).
      '(?:revised|adjusted)(?: (?:up|down)(?:wards?)?)? to'],
    auxiliaries: ['were', 'was', 'have been', 'has been', 'had been', 'have', 'has', 'had', 'are', 'is', 'been'],
    sentenceAdverbs: ['also', 'moreover', 'furthermore', 'in addition', 'besides'],
    adverbsBeforeVerb: [],
    organisationNouns: ['Service', 'Force', 'Agency', 'Authority', 'Department', 'Directorate', 'Commission', 'Bureau', 'Office', 'Unit', 'Guard', 'Administration'],
    organisationArticles: ['the'],
    organisationAdverbs: ['also', 'further', 'additionally', 'jointly', 'then'],
    supportVerbs: ['(?:carried out|conducted|undertook|completed|organi[sz]ed|performed) (?:the|a)', '(?:received|receives|receive) (?:in|through|by way of|as)'],
    bodyNouns: [],
    // English adjectives stand before the noun, capitalised inside a name ("the National Commission").
    organisationAdjectives: [],
    agentBy: ['by'],
    agentTo: ['to'],
    // 'along the western border', 'across the country', 'near Mumbai': places, never the agency's name.
    agentStops: ['in', 'at', 'during', 'from', 'on', 'and', 'along', 'across', 'near'],
    agentYearLeads: ['in', 'during'],
  },
};
