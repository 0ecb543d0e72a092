/**
 * Vocabularies of count statements: weapon categories, actions and agencies, each with the words
 * documents use for them in English, Russian, French and Spanish. Every matcher returns the code
 * (DOMAIN.md) together with the raw words, because the warehouse keeps both; words that match no
 * entry are never forced onto a code (callers keep them raw with a null code and flag them).
 *
 * JavaScript's `\b` only knows ASCII letters, so the patterns use Unicode-aware look-arounds
 * (`(?<!\p{L})`) to work on Cyrillic and accented words too.
 */
import { literal } from '../language/matchers.ts';
import { allLexicons } from '../language/registry.ts';
import { type ActionCode, type AgencyCode, GENERIC_CATEGORY, isActionCode, isAgencyCode, isWeaponCategoryCode, type WeaponCategoryCode } from '../model/vocabulary.ts';


const L = '\\p{L}';
/** Start and end of a word, Unicode-aware. */
const WB = `(?<![${L}\\p{N}])`;
const WE = `(?![${L}\\p{N}])`;
/** Chinese writes no spaces between words: its terms are matched without word boundaries. */
const HAN = /\p{Script=Han}/u;
/** A vocabulary pattern wrapped in word boundaries, unless it is Chinese. */
function bounded(pattern: string): string {
  return HAN.test(pattern) ? `(?:${pattern})` : `${WB}(?:${pattern})${WE}`;
}
/** Arabic article and glued prepositions before a noun (الـ, بالـ, للـ, والـ). */
const AR_ART = '(?:[وفبل]?ال|لل)?';
/** Chinese modifiers before a category noun ("各类枪支" = firearms of all kinds, "非法枪支" = illegal firearms). */
const ZH_MODIFIER = '(?:各类|各种|各型|非法|私藏|涉案|违法)?';

// Russian inflection: adjective endings (hard stem, and the -к-/-ч- stems that take и), noun endings.
const RU_ADJ = '(?:ое|ого|ому|ым|ом|ая|ой|ую|ые|ых|ыми|ый)';
const RU_ADJ_SOFT = '(?:ое|ого|ому|им|ом|ая|ой|ую|ие|их|ими|ий)';
const RU_ADJ_OKHOT = '(?:ье|ьего|ьему|ьим|ьем|ья|ьей|ью|ьи|ьих|ьими|ий)';
const RU_NOUN = '(?:ы|ов|а|ам|ами|ах|ом|е|у)?';
/** оружие in any case, optionally "огнестрельного/огнестрельное ..." before it. */
const RU_WEAPON = `(?:огнестрельн${RU_ADJ}\\s+)?оружи(?:е|я|ю|ем|и)`;

/** English nouns that may follow a category adjective ("smoothbore weapons", "gas pistols"). */
const EN_NOUN = '(?:weapons?|firearms?|guns?|arms|shotguns?|pistols?)';

/**
 * A lexicon maps words onto the model's codes only (src/model/vocabulary.ts): a code it invents is a
 * mistake in the lexicon, reported with the language, never a new vocabulary entry.
 */
function modelCode<C extends string>(code: string, isCode: (c: string) => c is C, section: string, language: string): C {
  if (!isCode(code)) throw new Error(`lexicon ${language}: ${section} uses the code "${code}", which src/model/vocabulary.ts does not list`);
  return code;
}

/** Weapon categories of the lexicons (regex sources, one term per category and language). */
function lexiconCategories(): CategoryTerm[] {
  return allLexicons().flatMap((lexicon) =>
    Object.entries(lexicon.weaponCategories).map(([code, patterns]) => ({ code: modelCode(code, isWeaponCategoryCode, 'weaponCategories', lexicon.language), patterns: [...patterns] })),
  );
}

/** The actions of every lexicon (`actions`), one term per action and language. */
function lexiconActions(): VocabularyTerm<ActionCode>[] {
  return allLexicons().flatMap((lexicon) =>
    Object.entries(lexicon.actions).map(([code, patterns]) => ({ code: modelCode(code, isActionCode, 'actions', lexicon.language), pattern: patterns.join('|') })),
  );
}

interface CategoryTerm {
  code: WeaponCategoryCode;
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
      // Arabic: "قطعة سلاح" (piece of weapon) is how counts of weapons are written; "أسلحة نارية" = firearms.
      `قطع(?:ة)?\\s+${AR_ART}سلاح(?:\\s+${AR_ART}ناري(?:ة)?)?`, `${AR_ART}أسلحة(?:\\s+${AR_ART}نارية)?`, `${AR_ART}سلاح\\s+${AR_ART}ناري`,
      `${AR_ART}أسلحة\\s+${AR_ART}صغيرة(?:\\s+و${AR_ART}أسلحة\\s+${AR_ART}خفيفة)?`,
      `${ZH_MODIFIER}(?:枪支|枪械)`,
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
      `${AR_ART}أسلحة\\s+(?:محلية\\s+الصنع|مصنعة\\s+محليا)`, `${ZH_MODIFIER}(?:自制|土制)(?:枪支|枪)`,
    ],
  },
  {
    code: 'fully_automatic',
    patterns: [
      `(?:fully[- ])?automatic(?:\\s+(?:weapons?|firearms?|rifles?|guns?))?`,
      `автоматическ${RU_ADJ_SOFT}(?:\\s+${RU_WEAPON})?`, `автомат${RU_NOUN}`,
      `armes?\\s+automatiques?`, `armas?\\s+automáticas?`, `${AR_ART}(?:بنادق|بندقية)\\s+${AR_ART}آلية`,
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
  { code: 'rifles', patterns: [`rifles?`, `винтовк(?:а|и|у|ой|ам|ами|ах|е)`, `винтовок`, `fusils?`, `fusiles`, `fusil`, `${AR_ART}(?:بندقي(?:ة|تين|تان)|بنادق)`, `${ZH_MODIFIER}步枪`] },
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
  { code: 'pistols', patterns: [`pistols?`, `пистолет${RU_NOUN}`, `pistolets?`, `pistolas?`, `${AR_ART}مسدس(?:ات|ا|ين|ان)?`, `${ZH_MODIFIER}手枪`] },
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
      `${AR_ART}(?:بنادق|بندقية|أسلحة)\\s+${AR_ART}صيد`, `${ZH_MODIFIER}猎枪`,
    ],
  },
  { code: 'shotguns', patterns: [`shotguns?`, `escopetas?`, `${AR_ART}(?:بنادق|بندقية)\\s+${AR_ART}خرطوش`, `(?:霰弹枪|散弹枪)`] },
  {
    code: 'machine_guns',
    patterns: [`(?:light\\s+|heavy\\s+)?machine[- ]guns?`, `пулем[её]т${RU_NOUN}`, `mitrailleuses?`, `ametralladoras?`, `${AR_ART}رشاش(?:ات|ا|ين)?`, `${ZH_MODIFIER}(?:机枪|机关枪)`],
  },
  {
    code: 'submachine_guns',
    patterns: [`sub[- ]?machine[- ]?guns?`, `пистолет(?:ов|ы|а)?[- ]пулем[её]т${RU_NOUN}`, `pistolets?[- ]mitrailleurs?`, `subametralladoras?`, `${ZH_MODIFIER}冲锋枪`],
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
  {
    // Rifles, carbines and shotguns together ("armes d'épaule" = shoulder arms): never the generic total.
    code: 'long_guns',
    patterns: [
      `long[- ]?guns?`, `long[- ]barrel(?:led|ed)\\s+${EN_NOUN}`, `shoulder[- ]?(?:arms|weapons|firearms)`,
      `длинноствольн${RU_ADJ}(?:\\s+${RU_WEAPON})?`,
      `armes?\\s+(?:à\\s+feu\\s+)?d['’]épaule`, `armas?\\s+(?:de\\s+fuego\\s+)?largas?`,
    ],
  },
  {
    // Knives, bayonets, machetes: not firearms, and never counted as such.
    code: 'edged_weapons',
    patterns: [
      `(?:edged|bladed|cold|white)\\s+(?:weapons?|arms)`, `knives`, `machetes?`, `bayonets?`, `swords?`,
      `холодн${RU_ADJ}(?:\\s+${RU_WEAPON})?`, `нож(?:ей|и|а)`,
      `armes?\\s+blanches?`, `couteaux`, `machettes?`, `armas?\\s+blancas?`, `cuchillos`, `machetes`,
      `${AR_ART}أسلحة\\s+${AR_ART}بيضاء`, `${AR_ART}سلاح\\s+${AR_ART}أبيض`, `管制刀具`,
    ],
  },
  {
    code: 'air_guns',
    patterns: [
      `air[- ]?(?:guns?|rifles?|pistols?|weapons?)`, `pneumatic\\s+${EN_NOUN}`,
      `пневматическ${RU_ADJ_SOFT}(?:\\s+(?:${RU_WEAPON}|винтов\\p{L}*|пистолет${RU_NOUN}))?`,
      `armes?\\s+à\\s+air\\s+comprimé`, `armas?\\s+(?:de\\s+aire\\s+comprimido|neumáticas?)`,
    ],
  },
  {
    // Replicas and toys: not firearms.
    code: 'imitation_firearms',
    patterns: [
      `(?:imitation|replica|toy|fake|dummy)\\s+${EN_NOUN}`, `replicas`,
      `имитаци\\p{L}*\\s+${RU_WEAPON}`,
      `(?:répliques|imitations)\\s+d['’]armes?(?:\\s+à\\s+feu)?`, `armes?\\s+factices`,
      `(?:réplicas|imitaciones)\\s+de\\s+armas?(?:\\s+de\\s+fuego)?`, `armas?\\s+de\\s+juguete`,
    ],
  },
  {
    // "Other" is relative to the list it closes; the raw words say what was meant.
    code: 'other',
    patterns: [
      `other\\s+(?:types?\\s+of\\s+|kinds?\\s+of\\s+|categories\\s+of\\s+)?${EN_NOUN}`,
      `(?:weapons?|firearms?|arms)\\s+of\\s+other\\s+(?:types?|kinds?|categories|calibres?|calibers?)`,
      `(?:прочего|прочее|прочих|другого|других|иного|иных)\\s+(?:вид(?:а|ов)\\s+)?${RU_WEAPON}`,
      `autres\\s+(?:types\\s+d['’])?armes?(?:\\s+à\\s+feu)?`, `armes?\\s+(?:à\\s+feu\\s+)?d['’]autres\\s+types`,
      `otr[ao]s\\s+(?:tipos\\s+de\\s+)?armas?(?:\\s+de\\s+fuego)?`, `armas?\\s+(?:de\\s+fuego\\s+)?de\\s+otros\\s+tipos`,
    ],
  },
  // Languages whose words live in their lexicon (src/language/lexicons/), e.g. Portuguese.
  ...lexiconCategories(),
];

/**
 * Counts that are not weapon counts and are never loaded as such, so that no SUM over
 * count_statements or weapon_counts ever mixes cartridges into a number of weapons: rounds of
 * ammunition, cartridges, shells, grenades, mines, explosives (by piece or by weight), and firearm
 * parts. The count parser reports them with an info issue ('not-a-weapon-count') instead of dropping
 * them silently; an ammunition table is the place for them, not weapon_counts.
 */
export const NON_WEAPON_ITEMS = new RegExp(
  `^\\s*(?:(?:units?|pieces?|items?)\\s+of\\s+)?(?:(?:live|small[- ]arms|assorted|various)\\s+)?(?:rounds?(?:\\s+of\\s+(?:small[- ]arms\\s+)?ammunition)?|cartridges?|` +
    `(?:pieces?|units?|items?)\\s+of\\s+(?:ammunition|munitions|explosives?|ordnance)|ammunition|munitions?|shells?|grenades?|(?:land)?mines?|explosives?|detonators?|` +
    `(?:firearms?|weapons?|gun)\\s+(?:parts|components)|magazines|silencers|` +
    `(?:единиц\\s+)?(?:патрон\\p{L}*|боеприпас\\p{L}*|гранат\\p{L}*|взрывчат\\p{L}*|взрывн\\p{L}*\\s+устройств\\p{L}*|мин)|` +
    `cartouches?|munitions?|obus|grenades|(?:pièces|unités)\\s+de\\s+munitions|cartuchos?|municiones|proyectiles|granadas|` +
    `${AR_ART}(?:طلقات|طلقة|ذخيرة|ذخائر|قنابل|قنبلة|متفجرات|ألغام))(?![\\p{L}])`,
  'iu',
);


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
    `masks?|stations?|pipelines?|registr(?:y|ies|ations?)|related|laws?|acts?|units|parts|components|accessories|spare)${WE}`,
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
  // Chinese has no word ends; "手枪弹" (pistol cartridges) is ammunition, not pistols.
  if (HAN.test(source)) return new RegExp(`^(?:${source})(?![弹药])`, 'iu');
  // "firearms-related" is not "firearms": a hyphen joining another word continues the word.
  return new RegExp(`^(?:${source})(?![${L}\\p{N}]|-${L})`, 'iu');
}

const COMPILED_CATEGORIES = WEAPON_CATEGORIES.map((term) => ({
  code: term.code,
  patterns: term.patterns.map(compileAnchored),
}));
const COUNTER_RE = new RegExp(`^${COUNTER}`, 'iu');
/** Chinese category terms matched at the end of a text: Chinese writes the noun before its number ("手枪800支"). */
const COMPILED_CATEGORIES_BEFORE = WEAPON_CATEGORIES.map((term) => ({
  code: term.code,
  patterns: term.patterns.filter((p) => HAN.test(p)).map((p) => new RegExp(`(?:${p})$`, 'u')),
}));

/**
 * The Chinese weapon category ending `text` (the words right before a number: "收缴枪支" -> 枪支), or null.
 * The longest term wins ("自制枪支" is home-made, not the generic "枪支").
 *
 * @example matchWeaponCategoryBefore('，其中手枪') // { code: 'pistols', raw: '手枪', index: 3, end: 5 }
 */
export function matchWeaponCategoryBefore(text: string): CategoryMatch | null {
  let best: CategoryMatch | null = null;
  for (const term of COMPILED_CATEGORIES_BEFORE) {
    for (const re of term.patterns) {
      const m = re.exec(text);
      if (m && (!best || m[0].length > best.raw.length)) best = { code: term.code, raw: m[0], index: m.index, end: text.length };
    }
  }
  return best;
}
const MODIFIERS_RE = new RegExp(`^(?:${MODIFIER})+`, 'iu');

export interface CategoryMatch {
  /**
   * The category code, or null when the words name weapons the vocabulary does not know: a generic
   * noun with a qualifier that changes what it counts ("armes de guerre", "оружия ограниченного
   * поражения", "weapons of mass destruction") must not be read as the generic total.
   */
  code: string | null;
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
  // "3,000 of them were pistols": the words before the category are not part of it ("830 eran pistolas" too).
  const lead = /^\s*(?:of\s+(?:them|these|those)\s+)?(?:(?:were|was|are|is|eran|era|son|étaient|était|sont)\s+(?:all\s+)?)?/iu.exec(text)?.[0].length ?? 0;
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
  if (best.code === GENERIC_CATEGORY) return withGenericQualifier(text, best);
  return best;
}

// ---------------------------------------------------------------------------------------------------
// Generic nouns followed by words that qualify them

/**
 * What may follow a generic weapon noun without changing what it counts: punctuation, a number, a
 * verb or auxiliary, a conjunction, a preposition that starts a new phrase, an article. Anything else
 * ("armes blanches", "armas largas", "weapons of mass destruction", "оружия самообороны") qualifies
 * the noun, and the generic code would be a guess.
 */
const GENERIC_PHRASE_END = new RegExp(
  `^(?:\\s*(?:$|[,;:.()\\[\\]!?…—–\\-\\d"“”«»،؛٠-٩])|\\s+(?:` +
    // Arabic: "of which", conjunction, "in", "from", passive auxiliary.
    `منها|و\\p{L}*|في|من|تم|خلال|عام|طوعا|طوعاً|طواعية|` +
    // English: English puts adjectives before the noun, so only "of ..." can qualify after it.
    `were|was|are|is|be|been|being|have|has|had|and|or|nor|but|as|in|at|on|from|by|during|for|to|with|within|without|into|over|under|` +
    `since|until|through|throughout|across|between|after|before|against|which|that|who|including|comprising|such|while|whereas|then|` +
    `this|last|each|respectively|altogether|nationwide|countrywide|a|an|the|its|their|held|found|belonging|registered|were|` +
    `of\\s+(?:which|whom|these|those|them|it|this|the|a|an|its|their)|` +
    // Russian: verbs, conjunctions, prepositions.
    `и|или|а|но|из|в|во|на|по|с|со|у|за|от|до|при|для|был[оаи]?|которы\\p{L}*|том|числе|также|` +
    // French and Spanish: auxiliaries, conjunctions, prepositions, articles.
    `ont|a|sont|été|étaient|était|avaient|et|ou|dont|en|au|aux|à|par|pour|pendant|lors|dans|sur|sous|depuis|qui|que|parmi|` +
    `récupérée?s?|trouvée?s?|détenue?s?|remise?s?|découverte?s?|retrouvée?s?|enregistrée?s?|` +
    `recuperad[oa]s?|encontrad[oa]s?|hallad[oa]s?|entregad[oa]s?|registrad[oa]s?|asegurad[oa]s?|` +
    `de\\s+(?:la|le|les|l['’]|ce|cette|ces|son|sa|ses|leur|leurs|un|une)|du|des|d['’](?:un|une|ailleurs)|` +
    `y|o|e|u|fueron|fue|han|ha|habían|se|del|al|por|durante|entre|con|desde|hasta|que|las|los|el|la|` +
    `de\\s+(?:la|las|los|el|un|una|su|sus|este|esta|estos|estas)|` +
    // Words of the lexicons (countStatements.genericPhraseEnds, e.g. Portuguese), and a qualifier after the
    // noun ("armas aproximadamente", "armes environ"): it hedges the number, it does not qualify the noun.
    `${allLexicons().flatMap((l) => [...l.countStatements.genericPhraseEnds, ...l.qualifiersAfter.map((q) => literal(q.surface))]).join('|') || '(?!)'})(?![\\p{L}]))`,
  'iu',
);

/** Qualifiers that leave the generic reading intact ("weapons of various types", "armes illégales"). */
const BENIGN_QUALIFIER = new RegExp(
  `^(?:of\\s+(?:various|different|all|assorted|mixed)\\s+(?:types?|kinds?|calib(?:re|er)s?|models?|makes?)|` +
    `illégal(?:e|es)?|illicites?|détenues?\\s+illégalement|non\\s+déclarées?|de\\s+(?:tous|différents|divers)\\s+(?:types|calibres|modèles)|` +
    `ilegal(?:es)?|ilícitas?|no\\s+registradas?|de\\s+(?:diversos|distintos|todo)\\s+(?:tipos?|calibres?|modelos?)|` +
    `различн${RU_ADJ}\\s+(?:вид|тип|калибр|модел)\\p{L}*)(?![\\p{L}])`,
  'iu',
);

/** The qualifier words: up to punctuation, a number or a linking word, at most four words. */
function qualifierWords(after: string): string {
  const words: string[] = [];
  const re = /\s*([\p{L}’'-]+)/uy;
  let at = 0;
  while (words.length < 4) {
    re.lastIndex = at;
    const m = re.exec(after);
    if (!m?.[1]) break;
    const rest = after.slice(at);
    if (words.length > 0 && GENERIC_PHRASE_END.test(rest)) break;
    if (words.length > 0 && findActions(m[1]).length > 0) break;
    words.push(m[1]);
    at = re.lastIndex;
  }
  return after.slice(0, at);
}

/**
 * A generic match ("armes", "weapons", "оружия") checked against the words after it: when they
 * qualify it in a way the vocabulary does not know, the raw words grow to include the qualifier
 * and the code becomes null (the caller flags it as an unknown category), never the generic total.
 */
function withGenericQualifier(text: string, match: CategoryMatch): CategoryMatch {
  const after = text.slice(match.end);
  // Chinese puts its qualifiers before the noun, where the vocabulary sees them.
  if (HAN.test(match.raw)) return match;
  if (GENERIC_PHRASE_END.test(after)) return match;
  // English puts its qualifiers before the noun ("imitation firearms" is not matched as generic at
  // all); after it, only "of ..." can change what is counted ("weapons of war").
  const english = /(?:weapons?|firearms?|fire\s+arms|arms|guns|SALW)$/iu.test(match.raw);
  if (english && !/^\s+of\s/iu.test(after)) return match;
  // Russian: a genitive after "оружия" qualifies it ("оружия ограниченного поражения", "оружия
  // самообороны"); an instrumental names the agent ("оружия органами внутренних дел").
  const cyrillic = /\p{Script=Cyrillic}/u.test(match.raw);
  if (cyrillic && !/^\s+(?:\p{L}+(?:ого|его|ых|их)|самообороны|поражения|производства)(?![\p{L}])/iu.test(after)) return match;
  // "weapons seized", "armes saisies", "оружия изъято": an action word right after closes the phrase.
  const next = /^\s*([\p{L}’'-]+)/u.exec(after);
  const word = next?.[1];
  if (!next || !word) return match;
  // The action may be a phrase ("remises volontairement", "handed in") starting at this word.
  const wordAt = next[0].length - word.length;
  if (findActions(after.slice(0, next[0].length + 25)).some((a) => a.index === wordAt)) return match;
  const benign = BENIGN_QUALIFIER.exec(after.trimStart());
  if (benign) {
    const end = match.end + (after.length - after.trimStart().length) + benign[0].length;
    return { ...match, raw: text.slice(match.index, end), end };
  }
  const qualifier = qualifierWords(after).trimEnd();
  if (qualifier.trim() === '') return match;
  const end = match.end + qualifier.length;
  return { code: null, raw: text.slice(match.index, end), index: match.index, end };
}

// ---------------------------------------------------------------------------------------------------
// Actions

interface VocabularyTerm<C extends string = string> {
  code: C;
  pattern: string;
}

/** What happened to the weapons. Longer phrases are listed so that the longest match wins. */
export const ACTIONS: readonly VocabularyTerm<ActionCode>[] = lexiconActions();

export interface TermMatch {
  code: string;
  raw: string;
  index: number;
  end: number;
}

function findAll(text: string, terms: readonly VocabularyTerm[], flags = 'giu'): TermMatch[] {
  const found: TermMatch[] = [];
  for (const term of terms) {
    const re = new RegExp(bounded(term.pattern), flags);
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

export const AGENCIES: readonly VocabularyTerm<AgencyCode>[] = [
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
  { code: 'police', pattern: `${AR_ART}شرط[ةه]|وزارة\\s+الداخلية|${AR_ART}أمن\\s+العام` },
  { code: 'customs', pattern: `${AR_ART}جمارك|مصلحة\\s+الجمارك` },
  { code: 'defence', pattern: `${AR_ART}قوات\\s+${AR_ART}مسلحة|${AR_ART}جيش|وزارة\\s+الدفاع` },
  { code: 'border_guard', pattern: `边防` },
  { code: 'police', pattern: `公安机关|公安部|公安|警察|警方` },
  { code: 'customs', pattern: `海关` },
  { code: 'defence', pattern: `国防部|军队|解放军` },
  // Languages whose agencies live in their lexicon (src/language/lexicons/), e.g. Portuguese.
  ...allLexicons().flatMap((lexicon) =>
    Object.entries(lexicon.agencies).map(([code, patterns]) => ({ code: modelCode(code, isAgencyCode, 'agencies', lexicon.language), pattern: patterns.join('|') })),
  ),
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
    if (new RegExp(bounded(term.pattern), flags).test(text)) return term.code;
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
