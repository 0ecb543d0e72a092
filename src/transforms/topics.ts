/**
 * The section topic vocabulary (DOMAIN.md) and tolerant matching of headings and template questions
 * onto it, in English, French, Spanish and Russian.
 *
 * Real pages spell the same label many ways: other case, typos (`Informaton`), `::`, no colon,
 * numbering (`1. `, `1.1. `), questionnaire tags (`[PoA II.4] `), `SECTION 1.` prefixes. Matching
 * therefore compares normalised labels (see `normaliseLabel`) and tolerates a small edit distance.
 * Free questions of a questionnaire are matched by ordered keyword rules: the most specific topic first
 * ("keep records of all marked weapons" is record keeping, not marking).
 *
 * A label that matches nothing gets no topic: callers store NULL with an issue, never a guess.
 */

import { allLexicons } from '../language/registry.ts';

export const AMAP_TOPICS = [
  'security_situation', 'international_support', 'accidental_explosions', 'diversion', 'disposal', 'needs',
] as const;

export const POA_TOPICS = [
  'national_coordination', 'legislation', 'manufacture', 'transfers', 'brokering', 'stockpile_management',
  'collection_destruction', 'marking', 'record_keeping', 'tracing', 'information_exchange', 'public_awareness',
  'crime_linkage', 'border_control', 'international_cooperation', 'assistance_needs', 'implementation_challenges',
  'regional_events',
] as const;

export type AmapTopic = (typeof AMAP_TOPICS)[number];
export type PoaTopic = (typeof POA_TOPICS)[number];
export type Topic = AmapTopic | PoaTopic;

/** Which document family's vocabulary applies: `Needs` is `needs` on an A-MAP profile, `assistance_needs` in PoA texts. */
export type TopicFamily = 'amap' | 'poa';

export interface TopicMatch {
  topic: Topic;
  /** `exact` after normalisation, `fuzzy` within a small edit distance, `keyword` by a keyword rule. */
  how: 'exact' | 'fuzzy' | 'keyword';
  /** The vocabulary phrase or keyword that matched. */
  matched: string;
  /** Edit distance to the matched phrase (0 for exact and keyword matches). */
  distance: number;
}

/**
 * The headings of a topic: those below, and every lexicon's `sectionHeadings` (a language added with
 * its lexicon brings its headings; src/language/lexicons/pt.ts). A lexicon naming a topic that is not
 * one fails at once, naming the language.
 */
function headingsOf(topic: Topic): readonly string[] {
  const fromLexicons = allLexicons().flatMap((lexicon) =>
    Object.entries(lexicon.sectionHeadings).flatMap(([heading, code]) => {
      if (!(AMAP_TOPICS as readonly string[]).includes(code) && !(POA_TOPICS as readonly string[]).includes(code)) {
        throw new Error(`lexicon ${lexicon.language}: sectionHeadings names the topic "${code}", which is not a section topic`);
      }
      return code === topic ? [heading] : [];
    }),
  );
  return [...HEADINGS[topic], ...fromLexicons];
}

/** Section headings, per topic, in en/fr/es/ru (ar and zh for the PoA topics reports use most). */
const HEADINGS: Record<Topic, readonly string[]> = {
  security_situation: ['Security situation', 'Situation sécuritaire', 'Situación de seguridad', 'Обстановка в сфере безопасности', 'Ситуация в области безопасности'],
  international_support: ['International support', 'International assistance and cooperation', 'Soutien international', 'Apoyo internacional', 'Международная поддержка'],
  accidental_explosions: ['Accidental explosions', 'Unplanned explosions', 'Unplanned explosions at munitions sites', 'Explosions accidentelles', 'Explosiones accidentales', 'Непреднамеренные взрывы'],
  diversion: ['Cases of diversion', 'Diversion', 'Cas de détournement', 'Casos de desvío', 'Случаи утечки'],
  disposal: ['Disposal', 'Élimination', 'Eliminación', 'Утилизация'],
  needs: ['Needs', 'Besoins', 'Necesidades', 'Потребности'],

  national_coordination: [
    'National coordination agency', 'National coordination agencies', 'National coordination body', 'National coordination mechanism',
    'National coordinating agency', 'National point of contact', 'National focal point', 'National commission',
    'Organisme national de coordination', 'Mécanisme national de coordination', 'Point de contact national', 'Commission nationale',
    'Organismo nacional de coordinación', 'Mecanismo nacional de coordinación', 'Punto de contacto nacional', 'Comisión nacional',
    'Национальный координационный орган', 'Национальный координационный механизм', 'Национальный контактный пункт',
    'التنسيق الوطني', 'آلية التنسيق الوطنية', 'جهة الاتصال الوطنية', '国家协调机制', '国家协调', '国家联络点',
  ],
  legislation: [
    'Legislation', 'National legislation', 'Laws and regulations', 'Laws, regulations and administrative procedures', 'Legal framework',
    'Législation', 'Législation nationale', 'Lois et règlements', 'Cadre juridique',
    'Legislación', 'Legislación nacional', 'Leyes y reglamentos', 'Marco jurídico', 'Marco legal',
    'Законодательство', 'Национальное законодательство', 'Правовая база',
    'التشريعات', 'التشريعات الوطنية', 'الإطار القانوني', '立法', '国家立法', '法律框架',
  ],
  manufacture: ['Manufacture', 'Manufacturing', 'Production', 'Fabrication', 'Fabricación', 'Producción', 'Производство', 'Изготовление'],
  transfers: [
    'Transfers', 'Transfer controls', 'Export controls', 'Export control', 'Import, export and transit', 'Exports and imports',
    'Transferts', 'Contrôle des transferts', 'Contrôle des exportations', 'Transferencias', 'Control de las transferencias',
    'Control de las exportaciones', 'Передачи', 'Контроль за передачами', 'Экспортный контроль', 'Контроль за экспортом',
  ],
  brokering: [
    'Brokering', 'Brokering control', 'Brokering controls', 'Illicit brokering', 'Courtage', 'Contrôle du courtage', 'Courtage illicite',
    'Corretaje', 'Control del corretaje', 'Intermediación', 'Брокерская деятельность', 'Посредническая деятельность',
    'Контроль за брокерской деятельностью',
  ],
  stockpile_management: [
    'Stockpile management', 'Stockpile management and security', 'Stockpile security', 'Stockpiles', 'Storage of weapons and ammunition',
    'Gestion des stocks', 'Gestion et sécurité des stocks', 'Sécurité des stocks', 'Gestión de existencias', 'Gestión de arsenales',
    'Gestión y seguridad de las existencias', 'Управление запасами', 'Хранение оружия и боеприпасов', 'Хранение оружия', 'Управление запасами и их сохранность',
    'إدارة المخزونات', 'إدارة المخزونات وأمنها', 'أمن المخزونات', '库存管理', '库存管理和安全', '库存安全',
  ],
  collection_destruction: [
    'Collection and destruction', 'Collection and destruction of weapons', 'Weapons collection and destruction', 'Destruction',
    'Collecte et destruction', 'Collecte et destruction des armes', 'Ramassage et destruction', 'Recolección y destrucción',
    'Recogida y destrucción', 'Recolección y destrucción de armas', 'Сбор и уничтожение оружия', 'Сбор и уничтожение', 'Уничтожение оружия',
    'جمع الأسلحة وتدميرها', 'الجمع والتدمير', 'جمع وتدمير الأسلحة', 'جمع الأسلحة وإتلافها', '收缴和销毁', '收集和销毁', '收缴与销毁', '武器收缴和销毁',
  ],
  marking: ['Marking', 'Marquage', 'Marcado', 'Маркировка', 'الوسم', 'وسم الأسلحة', '标识', '标记'],
  record_keeping: [
    'Record-keeping', 'Record keeping', 'Records', 'Tenue des registres', 'Enregistrement', 'Conservation des informations',
    'Registro', 'Mantenimiento de registros', 'Учет', 'Ведение учета', 'حفظ السجلات', '记录保存',
  ],
  tracing: ['Tracing', 'Cooperation in tracing', 'Traçage', 'Coopération en matière de traçage', 'Rastreo', 'Localización', 'Отслеживание', 'التعقب', '追查', '追踪'],
  information_exchange: [
    'Information exchange', 'Exchange of information', "Échange d'informations", 'Intercambio de información', 'Обмен информацией',
  ],
  public_awareness: [
    'Public awareness', 'Public awareness and confidence-building', 'Public awareness programmes', 'Awareness raising',
    'Sensibilisation du public', 'Sensibilisation', 'Sensibilización del público', 'Sensibilización pública', 'Concienciación pública',
    'Информирование общественности', 'Повышение осведомленности общественности',
    'التوعية العامة', '提高公众意识', '公众意识',
  ],
  crime_linkage: [
    'Linkage with drug trafficking, transnational organized crime and terrorism', 'Links with terrorism, organized crime and drug trafficking',
    'Liens avec le trafic de drogues, la criminalité transnationale organisée et le terrorisme',
    'Vínculos con el tráfico de drogas, la delincuencia organizada transnacional y el terrorismo',
    'Связь с незаконным оборотом наркотиков, транснациональной организованной преступностью и терроризмом',
  ],
  border_control: [
    'Border control', 'Border controls', 'Customs and border control', 'Contrôle des frontières', 'Contrôles aux frontières',
    'Control de fronteras', 'Control fronterizo', 'Пограничный контроль', 'Пограничный и таможенный контроль',
  ],
  international_cooperation: [
    'International cooperation', 'International cooperation and assistance', 'Regional cooperation', 'Regional and international cooperation',
    'Coopération internationale', 'Coopération et assistance internationales', 'Coopération régionale',
    'Cooperación internacional', 'Cooperación y asistencia internacionales', 'Cooperación regional',
    'Международное сотрудничество', 'Международное сотрудничество и помощь', 'Региональное сотрудничество',
    'التعاون الدولي', 'التعاون والمساعدة على الصعيد الدولي', '国际合作', '国际合作与援助',
  ],
  assistance_needs: [
    'Assistance needs', 'Needs and request for assistance', 'Requests for assistance', 'Needs for assistance',
    "Besoins d'assistance", "Besoins et demandes d'assistance", 'Necesidades de asistencia', 'Necesidades y solicitudes de asistencia',
    'Потребности в помощи', 'Потребности и просьбы о помощи',
  ],
  implementation_challenges: [
    'Implementation challenges and opportunities', 'Challenges and opportunities', 'Implementation challenges',
    'Défis et possibilités de mise en œuvre', 'Défis et opportunités', 'Desafíos y oportunidades para la aplicación', 'Desafíos y oportunidades',
    'Проблемы и возможности в области осуществления', 'Проблемы и возможности',
  ],
  regional_events: [
    'Regional seminars, meetings, workshops', 'Regional seminars, meetings and workshops', 'Regional seminars', 'Regional meetings',
    'Séminaires, réunions, ateliers régionaux', 'Séminaires, réunions et ateliers régionaux',
    'Seminarios, reuniones, talleres regionales', 'Seminarios, reuniones y talleres regionales',
    'Региональные семинары, совещания, практикумы', 'Региональные семинары, совещания и практикумы',
  ],
};

/**
 * The template questions of the PoA implementation pages, with the topic of the block they belong to.
 * The brokering block's fields (definition, optional elements, ...) carry no topic word of their own.
 */
const TEMPLATE_QUESTIONS: readonly { topic: PoaTopic; question: string }[] = [
  // Brokering block.
  ...[
    'Definition (including closely associated activities and extraterritoriality)',
    'Optional elements for national legislation (registration, record-keeping, licensing, related legislation, jurisdiction, penalties)',
    'Operational information exchange (including a) Cooperation on activities violating UNSC arms embargoes; and b) Cooperation with relevant organizations, e.g. WCO, Interpol, the UN)',
    'Cooperation and measures within a regional Organization',
    'National needs (Assistance in capacity building)',
    "Définition (y compris les activités étroitement liées et l'extraterritorialité)",
    'Éléments facultatifs de la législation nationale (enregistrement, tenue de registres, licences, législation connexe, compétence, sanctions)',
    'Coopération et mesures au sein d’une organisation régionale',
    'Besoins nationaux (assistance au renforcement des capacités)',
    'Definición (incluidas las actividades estrechamente relacionadas y la extraterritorialidad)',
    'Elementos opcionales de la legislación nacional (registro, mantenimiento de registros, concesión de licencias, legislación conexa, jurisdicción, sanciones)',
    'Cooperación y medidas en el marco de una organización regional',
    'Necesidades nacionales (asistencia para la creación de capacidad)',
    'Определение (включая тесно связанные виды деятельности и экстерриториальность)',
    'Сотрудничество и меры в рамках региональной организации',
    'Национальные потребности (помощь в создании потенциала)',
  ].map((question) => ({ topic: 'brokering' as const, question })),
  // Marking, record-keeping and tracing block (ITI).
  { topic: 'legislation', question: 'National laws, regulations and administrative procedures' },
  { topic: 'legislation', question: 'Lois, règlements et procédures administratives nationaux' },
  { topic: 'legislation', question: 'Leyes, reglamentos y procedimientos administrativos nacionales' },
  { topic: 'legislation', question: 'Национальные законы, положения и административные процедуры' },
  { topic: 'marking', question: 'National marking practices' },
  { topic: 'marking', question: 'Marking at the time of manufacture' },
  { topic: 'marking', question: 'Marking at the time of import' },
  { topic: 'marking', question: 'Marking of SALW in the possession of government armed and security forces' },
  { topic: 'marking', question: 'Measures against the removal or alteration of markings' },
  { topic: 'marking', question: 'Pratiques nationales de marquage' },
  { topic: 'marking', question: "Marquage au moment de l'importation" },
  { topic: 'marking', question: 'Marquage au moment de la fabrication' },
  { topic: 'marking', question: "Marquage des armes légères détenues par les forces armées et de sécurité de l'État" },
  { topic: 'marking', question: "Mesures contre l'effacement ou l'altération des marquages" },
  { topic: 'marking', question: 'Prácticas nacionales de marcado' },
  { topic: 'marking', question: 'Marcado en el momento de la importación' },
  { topic: 'marking', question: 'Marcado en el momento de la fabricación' },
  { topic: 'marking', question: 'Marcado de las armas pequeñas y ligeras en poder de las fuerzas armadas y de seguridad del gobierno' },
  { topic: 'marking', question: 'Medidas contra la eliminación o alteración de las marcas' },
  { topic: 'marking', question: 'Национальная практика маркировки' },
  { topic: 'marking', question: 'Маркировка при импорте' },
  { topic: 'marking', question: 'Маркировка при изготовлении' },
  { topic: 'marking', question: 'Меры против удаления или изменения маркировки' },
  { topic: 'record_keeping', question: 'Accurate and comprehensive records for all marked SALW within their territory' },
  { topic: 'record_keeping', question: 'Enregistrement précis et complet de toutes les armes légères marquées se trouvant sur leur territoire' },
  { topic: 'record_keeping', question: 'Registros precisos y completos de todas las armas pequeñas y ligeras marcadas en su territorio' },
  { topic: 'record_keeping', question: 'Точный и всеобъемлющий учет всего маркированного стрелкового оружия и легких вооружений на их территории' },
  { topic: 'tracing', question: 'Measures taken for undertaking traces and responding to tracing requests' },
  { topic: 'tracing', question: 'Mesures prises pour effectuer des traçages et répondre aux demandes de traçage' },
  { topic: 'tracing', question: 'Medidas adoptadas para realizar rastreos y responder a las solicitudes de rastreo' },
  { topic: 'tracing', question: 'Меры, принятые для отслеживания и ответа на запросы об отслеживании' },
  { topic: 'information_exchange', question: 'Operational information exchange' },
  { topic: 'information_exchange', question: "Échange d'informations opérationnelles" },
  { topic: 'information_exchange', question: 'Intercambio de información operacional' },
  { topic: 'information_exchange', question: 'Обмен оперативной информацией' },
  { topic: 'assistance_needs', question: 'Needs and request for assistance' },
  { topic: 'assistance_needs', question: "Besoins et demandes d'assistance" },
  { topic: 'assistance_needs', question: 'Necesidades y solicitudes de asistencia' },
  { topic: 'assistance_needs', question: 'Потребности и просьбы о помощи' },
  { topic: 'implementation_challenges', question: 'Implementation challenges and opportunities' },
  { topic: 'implementation_challenges', question: 'Défis et possibilités de mise en œuvre' },
  { topic: 'implementation_challenges', question: 'Desafíos y oportunidades para la aplicación' },
  { topic: 'implementation_challenges', question: 'Проблемы и возможности в области осуществления' },
];

/**
 * Keyword rules for free wording (questionnaire questions, headings outside the vocabulary), most
 * specific first. Stems match at the start of a word of the normalised label.
 */
const KEYWORD_RULES: readonly { topic: PoaTopic; stems: readonly string[] }[] = [
  { topic: 'tracing', stems: ['trace', 'traces', 'traced', 'tracing', 'traçage', 'traçabilité', 'rastre*', 'отслежив*'] },
  { topic: 'brokering', stems: ['broker*', 'courtage', 'courtier*', 'corretaje', 'corredor*', 'intermediari*', 'intermediación', 'брокер*', 'посредни*'] },
  {
    topic: 'record_keeping',
    stems: ['record keeping', 'records', 'record', 'register', 'registers', 'registres', 'tenue des registres', 'registros', 'учет*', 'реестр*'],
  },
  { topic: 'marking', stems: ['marking', 'markings', 'marked', 'marquage', 'marqué*', 'marquer', 'marcad*', 'marcaj*', 'marcar', 'маркир*'] },
  {
    topic: 'stockpile_management',
    stems: ['stockpile*', 'stocks', 'storage', 'depots', 'arsenal*', 'existencias', 'almacenamiento', 'запас*', 'хранени*', 'склад*'],
  },
  {
    topic: 'collection_destruction',
    stems: [
      'collect', 'collected', 'collection', 'destroy', 'destroyed', 'destruction', 'surrender*', 'collecte', 'ramassage', 'recolección',
      'recogida', 'destrucción', 'destruir', 'destruido*', 'сбор*', 'уничтож*', 'сдач*',
    ],
  },
  { topic: 'public_awareness', stems: ['awareness', 'sensibilis*', 'sensibiliz*', 'concienci*', 'информирован*', 'осведомлен*'] },
  { topic: 'regional_events', stems: ['seminar*', 'workshop*', 'séminaire*', 'atelier*', 'seminario*', 'taller*', 'семинар*', 'практикум*'] },
  {
    topic: 'crime_linkage',
    stems: ['terroris*', 'organized crime', 'organised crime', 'drug trafficking', 'criminalité organisée', 'delincuencia organizada', 'терроризм*', 'наркот*'],
  },
  { topic: 'border_control', stems: ['border*', 'frontière*', 'frontera*', 'fronteriz*', 'границ*', 'погранич*'] },
  {
    topic: 'national_coordination',
    stems: [
      'coordination agency', 'coordinating agency', 'coordination body', 'coordination mechanism', 'national coordination', 'point of contact',
      'focal point', 'coordination nationale', 'organisme national de coordination', 'point de contact', 'coordinación', 'punto de contacto',
      'координац*', 'контактн*',
    ],
  },
  {
    topic: 'assistance_needs',
    stems: [
      'requested assistance', 'request assistance', 'requests for assistance', 'request for assistance', 'assistance needs', 'needs for assistance',
      'demandé une assistance', "demande d'assistance", 'besoins', 'solicitado asistencia', 'solicitud de asistencia', 'necesidades',
      'потребност*', 'просьб*', 'запрашивал*',
    ],
  },
  { topic: 'information_exchange', stems: ['information exchange', 'exchange of information', "échange d'informations", 'intercambio de información', 'обмен* информац*'] },
  {
    topic: 'international_cooperation',
    stems: ['provided assistance', 'assistance to other', 'cooperation', 'coopération', 'cooperación', 'сотрудничеств*', 'fourni une assistance', 'prestado asistencia'],
  },
  {
    topic: 'manufacture',
    stems: ['manufactur*', 'production', 'produce', 'produced', 'fabrication', 'fabricación', 'fabricar', 'producción', 'производств*', 'изготовлен*'],
  },
  {
    topic: 'transfers',
    stems: [
      'export*', 'import', 'imports', 'imported', 'importing', 'transit', 'transfer', 'transfers', 'end user', 'exportation*', 'importation*',
      'transfert*', 'exportación*', 'importación*', 'transferencia*', 'экспорт*', 'импорт*', 'передач*', 'транзит*',
    ],
  },
  { topic: 'implementation_challenges', stems: ['challenges', 'difficulties', 'défis', 'desafíos', 'dificultades', 'трудност*'] },
  {
    topic: 'legislation',
    stems: ['law', 'laws', 'legislation', 'legislative', 'regulations', 'legal', 'loi', 'lois', 'législation', 'ley', 'leyes', 'legislación', 'законодательств*', 'закон*'],
  },
];

const BIDI_MARKS = /[\u200e\u200f\u202a-\u202e\u2066-\u2069]/gu;

/**
 * `[PoA II.4]`, `[ITI 8(a)]` at the start of a questionnaire line. At least two letters or digits: a
 * ticked box `[X] Yes` or an empty one `[ ] No` is an answer, not a tag.
 */
export const QUESTION_TAG = /^\s*\[(?=[^\]\n]*[\p{L}\p{N}][^\]\n]*[\p{L}\p{N}])([^\]\n]{2,40})\]\s*/u;
/** `SECTION 1.`, `Part II -`, `Sección 2:`, `Раздел 3.` before a heading's words. */
export const BLOCK_PREFIX = /^\s*(?:section|part|partie|parte|sección|seccion|chapter|chapitre|capítulo|capitulo|раздел|часть|глава)\s+(?:[ivxlc]+|\d+)\b\s*[.:)\-–—]?\s*/iu;
/** `1.`, `1.1.`, `1.1`, `2)`, `IV.`, `a)`, `١.` (Arabic-Indic), `一、` (Chinese) numbering before a heading's or question's words. */
export const LEADING_NUMBER = /^\s*(?:(?:\d{1,2}(?:\.\d{1,2})*\.?|\d{1,2}\)|[IVX]{1,5}\.|[A-Ha-h][.)]|[\u0660-\u0669]{1,2}[.)-])\s+|[一二三四五六七八九十]{1,3}[、.．]\s*)/u;

/**
 * A label reduced to what matching compares: without tag, block prefix, numbering and trailing colons;
 * lower case, without diacritics, punctuation and dashes turned into single spaces.
 * `[PoA II.4] 1.1. Has your country ...?` -> `has your country ...`; `Marking at the time of import::` ->
 * `marking at the time of import`; `Record-keeping` -> `record keeping`.
 */
export function normaliseLabel(raw: string): string {
  let text = raw.normalize('NFKC').replace(BIDI_MARKS, '');
  text = text.replace(QUESTION_TAG, '');
  text = text.replace(BLOCK_PREFIX, '');
  text = text.replace(LEADING_NUMBER, '');
  return foldText(text);
}

/** Lower case, no diacritics, apostrophes dropped, every other run of non-letters/digits a single space. */
function foldText(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .normalize('NFC')
    .replace(/['’`]/gu, ' ')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Levenshtein distance, giving up (returning `max + 1`) once it exceeds `max`. */
export function editDistance(a: string, b: string, max = Number.POSITIVE_INFINITY): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const value = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
      current.push(value);
      if (value < rowMin) rowMin = value;
    }
    if (rowMin > max) return max + 1;
    previous = current;
  }
  return previous[b.length] ?? max + 1;
}

/** How many typos a label of this (normalised) length may carry and still match: none on short words. */
function allowedDistance(length: number): number {
  if (length < 6) return 0;
  if (length < 14) return 1;
  if (length < 40) return 2;
  return 3;
}

interface Phrase {
  topic: Topic;
  phrase: string;
  folded: string;
}

function phrases(entries: readonly { topic: Topic; text: string }[]): Phrase[] {
  return entries.map(({ topic, text }) => ({ topic, phrase: text, folded: foldText(text) }));
}

const HEADING_PHRASES: Record<TopicFamily, Phrase[]> = {
  amap: phrases(AMAP_TOPICS.flatMap((topic) => headingsOf(topic).map((text) => ({ topic, text })))),
  poa: phrases(POA_TOPICS.flatMap((topic) => headingsOf(topic).map((text) => ({ topic, text })))),
};
const QUESTION_PHRASES = phrases(TEMPLATE_QUESTIONS.map(({ topic, question }) => ({ topic, text: question })));
/**
 * A keyword rule's stems as one pattern over the normalised label: words match whole, a stem ending in
 * `*` matches the start of a word (`broker*` -> brokers, brokering).
 */
const KEYWORDS = KEYWORD_RULES.map(({ topic, stems }) => ({
  topic,
  alternatives: stems.map((stem) => {
    const source = stem
      .split(' ')
      .map((word) => {
        const folded = foldText(word.replace(/\*$/u, '')).replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
        return word.endsWith('*') ? `${folded}\\p{L}*` : folded;
      })
      .join(' ');
    return { stem, pattern: new RegExp(`(?:^| )${source}(?= |$)`, 'u') };
  }),
}));

/** The closest phrase to `folded`, if within the allowed distance. Ties go to the earlier phrase. */
function closest(folded: string, candidates: readonly Phrase[]): TopicMatch | null {
  if (folded === '') return null;
  let best: TopicMatch | null = null;
  for (const candidate of candidates) {
    const max = allowedDistance(Math.min(folded.length, candidate.folded.length));
    const distance = candidate.folded === folded ? 0 : editDistance(folded, candidate.folded, max);
    if (distance > max) continue;
    if (!best || distance < best.distance) {
      best = { topic: candidate.topic, how: distance === 0 ? 'exact' : 'fuzzy', matched: candidate.phrase, distance };
      if (distance === 0) break;
    }
  }
  return best;
}

function byKeyword(folded: string): TopicMatch | null {
  for (const rule of KEYWORDS) {
    for (const { stem, pattern } of rule.alternatives) {
      if (pattern.test(folded)) return { topic: rule.topic, how: 'keyword', matched: stem, distance: 0 };
    }
  }
  return null;
}

/**
 * The words before the first comma or conjunction, when there is one: `Marking, record-keeping and
 * tracing` -> `marking`; `Collecte et destruction` -> `collecte` (only used after the whole failed).
 */
function firstConjunct(raw: string): string | null {
  const stripped = raw.normalize('NFKC').replace(QUESTION_TAG, '').replace(BLOCK_PREFIX, '').replace(LEADING_NUMBER, '');
  const cut = /\s*[,;/&]\s*|\s+(?:and|et|y|и)\s+/iu.exec(stripped);
  if (!cut || cut.index === 0) return null;
  return foldText(stripped.slice(0, cut.index));
}

export interface MatchOptions {
  family?: TopicFamily;
  /** Fall back on keyword rules (default true). Off where a heading must be a known one to count as a heading. */
  keywords?: boolean;
}

/**
 * The topic of a section heading: the vocabulary (exact, then with typos), then the first topic of a
 * compound heading (`5. Marking and record-keeping` -> marking), then keyword rules (PoA family only).
 *
 * @example matchHeading('2. Сбор и уничтожение оружия')?.topic // 'collection_destruction'
 */
export function matchHeading(raw: string, options: MatchOptions = {}): TopicMatch | null {
  const family = options.family ?? 'poa';
  const folded = normaliseLabel(raw);
  const whole = closest(folded, HEADING_PHRASES[family]);
  if (whole) return whole;
  const first = firstConjunct(raw);
  if (first) {
    const part = closest(first, HEADING_PHRASES[family]);
    if (part) return part;
  }
  if (family === 'poa' && options.keywords !== false) return byKeyword(folded);
  return null;
}

/** The label without a final parenthesis: `National needs (Assistance in capacity building)` -> `National needs`. */
function withoutTrailingParenthesis(raw: string): string | null {
  const trimmed = raw.replace(/[\s:]+$/u, '');
  if (!trimmed.endsWith(')')) return null;
  const open = trimmed.indexOf(' (');
  return open > 0 ? trimmed.slice(0, open) : null;
}

/**
 * A template question of the PoA pages, matched on its whole wording (typos tolerated); null when the
 * label is not one. Use this to decide whether a line IS a template question.
 *
 * @example matchTemplateQuestion('Operational informaton exchange:')?.topic // 'information_exchange'
 */
export function matchTemplateQuestion(raw: string): TopicMatch | null {
  const whole = closest(normaliseLabel(raw), QUESTION_PHRASES);
  if (whole) return whole;
  const short = withoutTrailingParenthesis(raw);
  return short === null ? null : closest(normaliseLabel(short), QUESTION_PHRASES);
}

/**
 * The topic of a question: a template question, else a heading phrase used as a question
 * (`Stockpile management:`), else keyword rules (`Has your country ... tracing requests?` -> tracing).
 */
export function matchQuestionTopic(raw: string): TopicMatch | null {
  const template = matchTemplateQuestion(raw);
  if (template) return template;
  const folded = normaliseLabel(raw);
  return closest(folded, HEADING_PHRASES.poa) ?? byKeyword(folded);
}
