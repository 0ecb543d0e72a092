/**
 * Vocabularies of count statements: weapon categories, actions and agencies, each with the words
 * documents use for them in English, Russian, French and Spanish. Every matcher returns the code
 * (DOMAIN.md) together with the raw words, because the warehouse keeps both; words that match no
 * entry are never forced onto a code (callers keep them raw with a null code and flag them).
 *
 * JavaScript's `\b` only knows ASCII letters, so the patterns use Unicode-aware look-arounds
 * (`(?<!\p{L})`) to work on Cyrillic and accented words too.
 */

/** The code of the generic total ("weapons", "firearms", "units of weapons", "единиц оружия"). */
export const GENERIC_CATEGORY = 'firearms';

const L = '\\p{L}';
/** Start and end of a word, Unicode-aware. */
const WB = `(?<![${L}\\p{N}])`;
const WE = `(?![${L}\\p{N}])`;

// Russian inflection: adjective endings (hard stem, and the -к-/-ч- stems that take и), noun endings.
const RU_ADJ = '(?:ое|ого|ому|ым|ом|ая|ой|ую|ые|ых|ыми|ый)';
const RU_ADJ_SOFT = '(?:ое|ого|ому|им|ом|ая|ой|ую|ие|их|ими|ий)';
const RU_ADJ_OKHOT = '(?:ье|ьего|ьему|ьим|ьем|ья|ьей|ью|ьи|ьих|ьими|ий)';
const RU_NOUN = '(?:ы|ов|а|ам|ами|ах|ом|е|у)?';
/** оружие in any case, optionally "огнестрельного/огнестрельное ..." before it. */
const RU_WEAPON = `(?:огнестрельн${RU_ADJ}\\s+)?оружи(?:е|я|ю|ем|и)`;

/** English nouns that may follow a category adjective ("smoothbore weapons", "gas pistols"). */
const EN_NOUN = '(?:weapons?|firearms?|guns?|arms|shotguns?|pistols?)';

interface CategoryTerm {
  code: string;
  /** Regex sources, each anchored by the matcher at the start of the words after a number. */
  patterns: string[];
}

/**
 * Weapon categories. Order does not matter: the longest match wins, so "pistols and revolvers"
 * beats "pistols" and "armes à canon lisse" beats "armes".
 */
export const WEAPON_CATEGORIES: readonly CategoryTerm[] = [
  {
    code: GENERIC_CATEGORY,
    patterns: [
      `(?:units?|pieces?|items?)\\s+of\\s+(?:weapons?|firearms?|arms)`,
      `weapons?`, `firearms?`, `fire\\s+arms`, `guns`, `arms`, `small\\s+arms(?:\\s+and\\s+light\\s+weapons)?`, `SALW`,
      `(?:единиц[аы]?\\s+|ед\\.\\s*)?${RU_WEAPON}`, `ствол(?:ов|а|ы)`,
      `armes?(?:\\s+à\\s+feu)?`, `armes\\s+légères(?:\\s+et\\s+de\\s+petit\\s+calibre)?`,
      `(?:unidades\\s+de\\s+)?armas?(?:\\s+de\\s+fuego)?`, `armas\\s+pequeñas(?:\\s+y\\s+(?:armas\\s+)?ligeras)?`,
    ],
  },
  {
    code: 'smoothbore',
    patterns: [
      `smooth[- ]?bored?(?:\\s+${EN_NOUN})?`,
      `гладкоствольн${RU_ADJ}(?:\\s+${RU_WEAPON})?`,
      `armes?\\s+(?:à\\s+feu\\s+)?à\\s+canon\\s+lisse`,
      `armas?\\s+(?:de\\s+fuego\\s+)?de\\s+ánima\\s+lisa`,
    ],
  },
  {
    code: 'rifled',
    patterns: [
      `rifle[- ]?bored(?:\\s+${EN_NOUN})?`, `rifled(?:\\s+${EN_NOUN})?`,
      `нарезн${RU_ADJ}(?:\\s+${RU_WEAPON})?`,
      `armes?\\s+(?:à\\s+feu\\s+)?à\\s+canon\\s+rayé`,
      `armas?\\s+(?:de\\s+fuego\\s+)?de\\s+ánima\\s+rayada`,
    ],
  },
  {
    code: 'gas',
    patterns: [
      `gas(?:\\s+${EN_NOUN})?`,
      `газов${RU_ADJ}(?:\\s+(?:${RU_WEAPON}|пистолет${RU_NOUN}))?`,
      `armes?\\s+à\\s+gaz`, `armas?\\s+de\\s+gas`,
    ],
  },
  {
    code: 'home_made',
    patterns: [
      `home[- ]?made(?:\\s+${EN_NOUN})?`, `improvised(?:\\s+${EN_NOUN})`, `craft[- ]made(?:\\s+${EN_NOUN})?`,
      `самодельн${RU_ADJ}(?:\\s+${RU_WEAPON})?`,
      `armes?\\s+(?:à\\s+feu\\s+)?(?:artisanales|de\\s+fabrication\\s+artisanale)`,
      `armas?\\s+(?:de\\s+fuego\\s+)?(?:artesanales|de\\s+fabricación\\s+casera|caseras|hechizas)`,
    ],
  },
  {
    code: 'fully_automatic',
    patterns: [
      `(?:fully[- ])?automatic(?:\\s+(?:weapons?|firearms?|rifles?|guns?))?`,
      `автоматическ${RU_ADJ_SOFT}(?:\\s+${RU_WEAPON})?`, `автомат${RU_NOUN}`,
      `armes?\\s+automatiques?`, `armas?\\s+automáticas?`,
    ],
  },
  {
    code: 'rifles_and_carbines',
    patterns: [
      `rifles\\s+and\\s+carbines`,
      `винтов(?:ок|ки)\\s+и\\s+карабин${RU_NOUN}`,
      `fusils\\s+et\\s+carabines`, `fusiles\\s+y\\s+carabinas`,
    ],
  },
  { code: 'rifles', patterns: [`rifles?`, `винтовк(?:а|и|у|ой|ам|ами|ах|е)`, `винтовок`, `fusils?`, `fusiles`, `fusil`] },
  { code: 'carbines', patterns: [`carbines?`, `карабин${RU_NOUN}`, `carabines?`, `carabinas?`] },
  {
    code: 'combination',
    patterns: [
      `combin(?:ed|ation)(?:\\s+${EN_NOUN})?`,
      `комбинированн${RU_ADJ}(?:\\s+${RU_WEAPON})?`,
      `armes?\\s+(?:mixtes|combinées)`, `armas?\\s+combinadas`,
    ],
  },
  {
    code: 'pistols_and_revolvers',
    patterns: [
      `pistols\\s+and\\s+revolvers`, `handguns?`,
      `пистолет(?:ов|ы)\\s+и\\s+револьвер${RU_NOUN}`,
      `pistolets\\s+et\\s+revolvers`, `armes?\\s+de\\s+poing`,
      `pistolas\\s+y\\s+revólveres`, `armas?\\s+cortas`,
    ],
  },
  { code: 'pistols', patterns: [`pistols?`, `пистолет${RU_NOUN}`, `pistolets?`, `pistolas?`] },
  { code: 'revolvers', patterns: [`revolvers?`, `револьвер${RU_NOUN}`, `revólver(?:es)?`] },
  {
    code: 'sawn_off',
    patterns: [
      `sawn[- ]off(?:\\s+(?:weapons?|shotguns?|guns?|rifles?))?`, `sawed[- ]off(?:\\s+(?:weapons?|shotguns?|guns?))?`,
      `обрез${RU_NOUN}`,
      `fusils?\\s+à\\s+canon\\s+scié`, `armas?\\s+recortadas`, `escopetas?\\s+recortadas?`,
    ],
  },
  {
    code: 'hunting_and_sawn_off',
    patterns: [`hunting\\s+and\\s+sawn[- ]off(?:\\s+${EN_NOUN})?`, `охотнич${RU_ADJ_OKHOT}\\s+и\\s+обрез${RU_NOUN}`],
  },
  {
    code: 'hunting',
    patterns: [
      `hunting\\s+(?:weapons?|firearms?|guns?|rifles?|shotguns?)`,
      `охотнич${RU_ADJ_OKHOT}(?:\\s+(?:${RU_WEAPON}|руж(?:ье|ья|ей|ьё|ьями)|карабин${RU_NOUN}))?`,
      `armes?\\s+de\\s+chasse`, `fusils?\\s+de\\s+chasse`, `armas?\\s+de\\s+caza`, `escopetas?\\s+de\\s+caza`,
    ],
  },
  { code: 'shotguns', patterns: [`shotguns?`, `escopetas?`] },
  {
    code: 'machine_guns',
    patterns: [`(?:light\\s+|heavy\\s+)?machine[- ]guns?`, `пулем[её]т${RU_NOUN}`, `mitrailleuses?`, `ametralladoras?`],
  },
  {
    code: 'submachine_guns',
    patterns: [`sub[- ]?machine[- ]?guns?`, `пистолет(?:ов|ы|а)?[- ]пулем[её]т${RU_NOUN}`, `pistolets?[- ]mitrailleurs?`, `subametralladoras?`],
  },
  {
    code: 'traumatic',
    patterns: [`traumatic(?:\\s+${EN_NOUN})?`, `травматическ${RU_ADJ_SOFT}(?:\\s+${RU_WEAPON})?`],
  },
  {
    code: 'grenade_launchers',
    patterns: [`grenade[- ]launchers?`, `гранатом[её]т${RU_NOUN}`, `lance-grenades`, `lanzagranadas`],
  },
  { code: 'mortars', patterns: [`mortars?`, `минам[её]т${RU_NOUN}`, `mortiers?`, `morteros?`] },
];

/** Counter words between a number and the category ("1 128 единиц гладкоствольного"): not part of a part's raw words. */
const COUNTER = `(?:(?:units?|pieces?|items?)\\s+of|единиц[аы]?|ед\\.|unités?\\s+d['’]|unidades\\s+de)\\s*`;

/** Words that may stand before a category and belong to its raw words ("illegal firearms"). */
const MODIFIER =
  `(?:illegal(?:ly\\s+held)?|service|military|civilian|privately\\s+held|illicit(?:ly\\s+held)?|unregistered|unlicen[cs]ed|unlawfully\\s+held|various|assorted|` +
  `confiscated|незаконн${RU_ADJ}|незарегистрированн${RU_ADJ}|различн${RU_ADJ}|illégales?|illicites?|ilegales?|ilícitas?)\\s+`;

/**
 * Nouns that turn a weapon word into a modifier of something else ("30 arms dealers", "12 gas
 * cylinders", "5 weapons caches"): a number before them does not count weapons.
 */
const NOT_WEAPON_HEAD = new RegExp(
  `^\\s+(?:dealers?|traders?|brokers?|trade|trafficking|traffickers?|licen[cs]es?|permits?|owners?|holders?|cases?|` +
    `crimes?|offen[cs]es?|incidents?|caches?|depots?|stores?|storage|ranges?|clubs?|shops?|manufacturers?|factories|` +
    `experts?|control|embargo(?:es)?|inspectors?|seminars?|courses?|amnest(?:y|ies)|campaigns?|cylinders?|canisters?|` +
    `masks?|stations?|pipelines?|registr(?:y|ies|ations?)|related|laws?|acts?|units)${WE}`,
  'iu',
);

/** Category words that are only adjectives: without a noun they must end the phrase. */
const ADJECTIVE_ONLY = /^(?:smooth[- ]?bored?|rifle[- ]?bored|rifled|gas|home[- ]?made|craft[- ]made|(?:fully[- ])?automatic|combin(?:ed|ation)|sawn[- ]off|sawed[- ]off|traumatic)$/iu;

/** What may follow a category adjective that stands alone: punctuation, a conjunction, a verb or a preposition. */
const PHRASE_END = new RegExp(
  `^(?:\\s*(?:$|[,;:.()\\[\\]!?…—–-])|\\s+(?:and|or|were|was|are|is|have|has|had|of|in|at|on|from|by|during|for|to|with|` +
    `which|that|и|или|из|в|на|по|с|было|были|et|ou|dont|de|du|des|en|à|au|aux|par|y|o|del|al|por|con|entre)${WE})`,
  'iu',
);

function compileAnchored(source: string): RegExp {
  // "firearms-related" is not "firearms": a hyphen joining another word continues the word.
  return new RegExp(`^(?:${source})(?![${L}\\p{N}]|-${L})`, 'iu');
}

const COMPILED_CATEGORIES = WEAPON_CATEGORIES.map((term) => ({
  code: term.code,
  patterns: term.patterns.map(compileAnchored),
}));
const COUNTER_RE = new RegExp(`^${COUNTER}`, 'iu');
const MODIFIERS_RE = new RegExp(`^(?:${MODIFIER})+`, 'iu');

export interface CategoryMatch {
  code: string;
  /** The words as written (modifiers kept, a counter word like "units of" kept only for the generic total). */
  raw: string;
  /** Offset of `raw` in the text given to the matcher. */
  index: number;
  /** Offset just after the matched words. */
  end: number;
}

function longestTerm(text: string): { code: string; length: number } | null {
  let best: { code: string; length: number } | null = null;
  for (const term of COMPILED_CATEGORIES) {
    for (const re of term.patterns) {
      const m = re.exec(text);
      if (m && (!best || m[0].length > best.length)) best = { code: term.code, length: m[0].length };
    }
  }
  return best;
}

/**
 * The weapon category named at the start of `text` (the words right after a number), or null when
 * the words are not weapons ("officials", "December", "seminars", "arms dealers").
 *
 * @example matchWeaponCategory('were smooth-bore weapons and 1,242') // { code: 'smoothbore', raw: 'smooth-bore weapons', ... }
 * @example matchWeaponCategory('единиц гладкоствольного, 247') // { code: 'smoothbore', raw: 'гладкоствольного', ... }
 */
export function matchWeaponCategory(text: string): CategoryMatch | null {
  // "of which 10,400 were smooth-bore weapons": the verb is not part of the category.
  const lead = /^\s*(?:(?:were|was|are|is)\s+(?:all\s+)?)?/iu.exec(text)?.[0].length ?? 0;
  const counter = COUNTER_RE.exec(text.slice(lead))?.[0].length ?? 0;
  const candidates: CategoryMatch[] = [];
  // Try with the counter word (generic "units of weapons" keeps it), then without (parts drop it).
  for (const start of counter > 0 ? [lead, lead + counter] : [lead]) {
    const rest = text.slice(start);
    const modifiers = MODIFIERS_RE.exec(rest)?.[0].length ?? 0;
    const term = longestTerm(rest.slice(modifiers));
    if (!term) continue;
    if (start === lead && counter > 0 && term.code !== GENERIC_CATEGORY && modifiers === 0) continue;
    const end = start + modifiers + term.length;
    candidates.push({ code: term.code, raw: text.slice(start, end), index: start, end });
  }
  // A specific category after a counter ("единиц гладкоствольного") beats a generic reading of the counter.
  const best = candidates.find((c) => c.code !== GENERIC_CATEGORY) ?? candidates[0];
  if (!best) return null;
  const after = text.slice(best.end);
  if (NOT_WEAPON_HEAD.test(after)) return null;
  if (ADJECTIVE_ONLY.test(best.raw.replace(MODIFIERS_RE, '')) && !PHRASE_END.test(after)) return null;
  return best;
}

// ---------------------------------------------------------------------------------------------------
// Actions

interface VocabularyTerm {
  code: string;
  pattern: string;
}

/** What happened to the weapons. Longer phrases are listed so that the longest match wins. */
export const ACTIONS: readonly VocabularyTerm[] = [
  { code: 'seized', pattern: `(?:seized|seizures?|confiscated|impounded|recovered)` },
  { code: 'seized', pattern: `(?:removed|withdrawn|taken\\s+out)\\s+(?:from|of)\\s+(?:the\\s+)?(?:illicit\\s+|illegal\\s+|unlawful\\s+)?circulation` },
  { code: 'seized', pattern: `изъят(?:о|ы|а|ие|ия|ых)?|изъяли|изымлено|конфискован(?:о|ы|а)?|выведено\\s+из\\s+незаконного\\s+оборота` },
  { code: 'seized', pattern: `saisi(?:e|es|s)?|saisies?|confisqué(?:e|es|s)?|retiré(?:e|es|s)?\\s+de\\s+la\\s+circulation` },
  { code: 'seized', pattern: `(?:se\\s+)?incaut(?:ó|aron|ad[oa]s?)|(?:se\\s+)?decomis(?:ó|aron|ad[oa]s?)|confiscad[oa]s?` },
  { code: 'surrendered', pattern: `(?:voluntarily\\s+)?surrendered|voluntary\\s+surrender|handed\\s+in|turned\\s+in|handed\\s+over\\s+voluntarily` },
  { code: 'surrendered', pattern: `(?:добровольно\\s+)?сдан(?:о|ы|а)?|сдали|добровольн${RU_ADJ}\\s+сдач[аиеу]` },
  { code: 'surrendered', pattern: `remis(?:e|es)?\\s+volontairement|rendu(?:e|es|s)?\\s+volontairement|remise\\s+volontaire` },
  { code: 'surrendered', pattern: `entregad[oa]s?\\s+voluntariamente|(?:se\\s+)?entregaron|entrega\\s+voluntaria` },
  { code: 'destroyed', pattern: `destroyed|destruction|smelted|melted(?:\\s+down)?|crushed|cut\\s+up` },
  { code: 'destroyed', pattern: `уничтожен(?:о|ы|а)?|уничтожили|переплавлен(?:о|ы|а)?|утилизирован(?:о|ы|а)?` },
  { code: 'destroyed', pattern: `détruit(?:e|es|s)?|fondu(?:e|es|s)?` },
  { code: 'destroyed', pattern: `(?:se\\s+)?destruy(?:ó|eron)|destruid[oa]s?|fundid[oa]s?` },
  { code: 'collected', pattern: `collected|gathered|собран(?:о|ы|а)?|собрали|collecté(?:e|es|s)?|ramassé(?:e|es|s)?|recolectad[oa]s?|recogid[oa]s?|(?:se\\s+)?recog(?:ió|ieron)` },
  { code: 'stolen', pattern: `stolen|похищен(?:о|ы|а)?|украден(?:о|ы|а)?|volé(?:e|es|s)?|robad[oa]s?` },
  { code: 'lost', pattern: `lost|утрачен(?:о|ы|а)?|утерян(?:о|ы|а)?|perdu(?:e|es|s)?|perdid[oa]s?|extraviad[oa]s?` },
];

export interface TermMatch {
  code: string;
  raw: string;
  index: number;
  end: number;
}

function findAll(text: string, terms: readonly VocabularyTerm[], flags = 'giu'): TermMatch[] {
  const found: TermMatch[] = [];
  for (const term of terms) {
    const re = new RegExp(`${WB}(?:${term.pattern})${WE}`, flags);
    for (const m of text.matchAll(re)) {
      const index = m.index ?? 0;
      found.push({ code: term.code, raw: m[0], index, end: index + m[0].length });
    }
  }
  // Document order; at one position the longest phrase wins; overlapping shorter ones are dropped.
  found.sort((a, b) => a.index - b.index || b.end - a.end);
  const kept: TermMatch[] = [];
  for (const match of found) {
    const last = kept[kept.length - 1];
    if (last && match.index < last.end) continue;
    kept.push(match);
  }
  return kept;
}

/** Every action word in `text`, in order ("seized", "removed from illicit circulation", "изъято", "se destruyeron"). */
export function findActions(text: string): TermMatch[] {
  return findAll(text, ACTIONS);
}

// ---------------------------------------------------------------------------------------------------
// Agencies

export const AGENCIES: readonly VocabularyTerm[] = [
  { code: 'national_security', pattern: `(?:ministry\\s+of\\s+)?national\\s+security\\s+(?:committee|service|council|agency)|ministry\\s+of\\s+national\\s+security|state\\s+security|security\\s+service` },
  { code: 'national_security', pattern: `национальной\\s+безопасности|служб(?:а|ы|е|у|ой|ами)\\s+(?:национальной\\s+)?безопасности|государственной\\s+безопасности` },
  { code: 'national_security', pattern: `sécurité\\s+(?:nationale|de\\s+l['’]État)|seguridad\\s+(?:nacional|del\\s+estado)` },
  { code: 'national_security', pattern: `КНБ|СНБ|ФСБ|СБУ|KNB|SNB|SNS` },
  { code: 'border_guard', pattern: `border\\s+(?:guards?|service|police|troops)|пограничн\\p{L}*|garde[- ]frontières?|guardia\\s+de\\s+fronteras` },
  { code: 'police', pattern: `police|internal\\s+affairs|interior|constabulary|militia|gendarmerie|carabinieri` },
  { code: 'police', pattern: `полици\\p{L}*|милици\\p{L}*|внутренних\\s+дел|МВД|ОВД|УВД` },
  { code: 'police', pattern: `l['’]intérieur|polic[ií]a|carabineros|guardia\\s+civil|del\\s+interior|gobernación` },
  { code: 'customs', pattern: `customs|таможен\\p{L}*|douanes?|aduanas?` },
  { code: 'defence', pattern: `defen[cs]e|armed\\s+forces|army|military` },
  { code: 'defence', pattern: `оборон\\p{L}*|вооруж[её]нн\\p{L}*\\s+сил\\p{L}*|армии|армия` },
  { code: 'defence', pattern: `défense|forces\\s+armées|armée|defensa|fuerzas\\s+armadas|ejército` },
];

/**
 * The agency code named in `text` ("internal affairs agencies" -> police, "National Security
 * Committee agencies" -> national_security, "органами внутренних дел" -> police), or null.
 * National security and border guards are tried first: "Ministry of National Security" is not defence, "Border Police" is
 * the border guard.
 */
export function matchAgency(text: string): string | null {
  // Case matters for acronyms (КНБ, SNS), not for words.
  for (const term of AGENCIES) {
    const flags = /^[A-ZА-Я|]+$/u.test(term.pattern) ? 'u' : 'iu';
    if (new RegExp(`${WB}(?:${term.pattern})${WE}`, flags).test(text)) return term.code;
  }
  return null;
}

/**
 * Acronyms a document defines for agencies ("the Jamaica Constabulary Force (JCF)" -> JCF: police),
 * so that a later "the JCF seized ..." maps to an agency. Pass the result as `CountContext.agencyAliases`.
 */
export function agencyAliasesFromText(text: string): Record<string, string> {
  const aliases: Record<string, string> = {};
  const re = /((?:\p{Lu}[\p{L}’'-]*\s+(?:(?:of|for|and|the|de|des|du|la|del)\s+)*){1,8})\((\p{Lu}{2,8})\)/gu;
  for (const m of text.matchAll(re)) {
    const name = m[1] ?? '';
    const acronym = m[2] ?? '';
    const code = matchAgency(name);
    if (code && !(acronym in aliases)) aliases[acronym] = code;
  }
  return aliases;
}
