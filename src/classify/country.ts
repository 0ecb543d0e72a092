import { createRequire } from 'node:module';
import countries from 'i18n-iso-countries';
import type { DocumentModel } from '../model/document.ts';
import { codePointTest } from '../language/code-point-test.ts';
import { NameTrie } from './name-trie.ts';
import { linesWithReadings, titleReading } from './ocr-reading.ts';

/**
 * Which country a document is about, from its content: country names in the UN languages the
 * documents come in (English, French, Spanish, Russian, Arabic, Chinese), weighted by where they stand
 * (the title lines count more than a passing mention in the text), plus explicit ISO3 codes in links
 * such as `country-profiles/KAZ`.
 */

const require = createRequire(import.meta.url);
const LOCALES = ['en', 'fr', 'es', 'ru', 'ar', 'zh', 'pt'] as const;
for (const locale of LOCALES) countries.registerLocale(require(`i18n-iso-countries/langs/${locale}.json`));

/** Names too short or too common to be a country on their own ("US", "UK", "Chad" is fine, "Georgia" is not). */
const AMBIGUOUS = new Set([
  'us', 'u.s.', 'uk', 'usa', 'u.s.a.', 'georgia', 'jordan', 'congo', 'turkey', 'guinea', 'niger', 'dominica',
  // Words of the PoA pages themselves: `Réunion d'experts`, `Reunión bienal`, `Jersey` in US place names.
  'réunion', 'reunion', 'reunión', 'jersey',
  // Arabic `عمان` is both Oman and Amman (Jordan's capital).
  'عمان',
]);

/**
 * Of the ambiguous names, those that are still the country when the page says so: the whole title or
 * heading (`<h1>Georgia</h1>`, `Georgia | PoA Implementation Kit`) or after a self cue (`the delegation
 * of Georgia`). Without these a PoA page for Georgia, Jordan or Niger would get no country at all.
 */
const CUED_ONLY = new Set(['georgia', 'jordan', 'turkey', 'guinea', 'niger', 'dominica', 'عمان']);

/**
 * The names the UN's Russian documents give states, short and formal, where the catalogue
 * (i18n-iso-countries) has only the colloquial one (`Киргизия`, `Молдавия`, `Чехия`): national reports
 * and statements in Russian name their own state formally (`Кыргызская Республика`, `Республика
 * Молдова`). Multi-word names decline word by word (see `cyrillicPhrasePattern`).
 */
const UN_RUSSIAN_NAMES: Readonly<Record<string, readonly string[]>> = {
  KGZ: ['Кыргызстан', 'Кыргызская Республика'],
  MDA: ['Молдова', 'Республика Молдова'],
  BLR: ['Республика Беларусь'],
  KAZ: ['Республика Казахстан'],
  TJK: ['Республика Таджикистан'],
  UZB: ['Республика Узбекистан'],
  ARM: ['Республика Армения'],
  AZE: ['Азербайджанская Республика'],
  CZE: ['Чешская Республика'],
  SVK: ['Словацкая Республика'],
  CAF: ['Центральноафриканская Республика'],
  SYR: ['Сирийская Арабская Республика'],
  LAO: ['Лаосская Народно-Демократическая Республика'],
  PRK: ['Корейская Народно-Демократическая Республика'],
  TZA: ['Объединенная Республика Танзания'],
  GBR: ['Соединенное Королевство Великобритании и Северной Ирландии', 'Соединенное Королевство'],
  USA: ['Соединенные Штаты Америки'],
  IRN: ['Исламская Республика Иран'],
  VEN: ['Боливарианская Республика Венесуэла'],
  BOL: ['Многонациональное Государство Боливия'],
  TKM: ['Туркменистан'],
  ZAF: ['Южная Африка', 'Южно-Африканская Республика'],
  ARE: ['Объединенные Арабские Эмираты'],
  TLS: ['Тимор-Лешти'],
  BRN: ['Бруней-Даруссалам'],
  MKD: ['Республика Северная Македония'],
};

/**
 * The names UN documents in English, French and Spanish give states where the catalogue has another form
 * (`Kyrgyz Republic`, `Viet Nam`, `Democratic People's Republic of Korea`, `République kirghize`): a
 * national report names its own state as the UN does. Longest names win, so the DPRK's name is never read
 * as the Republic of Korea's it contains.
 */
const UN_NAMES: Readonly<Record<string, readonly string[]>> = {
  KGZ: ['Kyrgyz Republic', 'République kirghize', 'República Kirguisa'],
  VNM: ['Viet Nam'],
  SWZ: ['Swaziland', 'Kingdom of Eswatini'],
  PRK: ["Democratic People's Republic of Korea", 'République populaire démocratique de Corée', 'República Popular Democrática de Corea'],
  KOR: ['République de Corée', 'República de Corea'],
  MKD: ['former Yugoslav Republic of Macedonia', 'Republic of North Macedonia', 'République de Macédoine du Nord', 'República de Macedonia del Norte'],
  MDA: ['République de Moldova'],
  TZA: ['République-Unie de Tanzanie', 'República Unida de Tanzanía'],
  LAO: ['Lao PDR', 'République démocratique populaire lao', 'République démocratique populaire du Laos', 'República Democrática Popular Lao'],
  BOL: ['État plurinational de Bolivie', 'Estado Plurinacional de Bolivia'],
  IRN: ["République islamique d'Iran", 'República Islámica del Irán'],
  VEN: ['République bolivarienne du Venezuela', 'República Bolivariana de Venezuela'],
  GBR: ["Royaume-Uni de Grande-Bretagne et d'Irlande du Nord", 'Reino Unido de Gran Bretaña e Irlanda del Norte'],
  USA: ["États-Unis d'Amérique", 'Estados Unidos de América'],
  RUS: ['Fédération de Russie', 'Federación de Rusia'],
  CZE: ['République tchèque', 'República Checa'],
  SYR: ['République arabe syrienne', 'República Árabe Siria'],
};

/**
 * The formal names Arabic UN documents give Arab states, where the catalogue has only the short one
 * (`الأردن`): a national report in Arabic names its own state formally (`التقرير الوطني للمملكة الأردنية
 * الهاشمية`), with the state's adjective rather than its name.
 */
const UN_ARABIC_NAMES: Readonly<Record<string, readonly string[]>> = {
  JOR: ['المملكة الأردنية الهاشمية'],
  MAR: ['المملكة المغربية'],
  TUN: ['الجمهورية التونسية'],
  DZA: ['الجمهورية الجزائرية الديمقراطية الشعبية', 'الجزائر'],
  LBY: ['دولة ليبيا'],
  EGY: ['جمهورية مصر العربية'],
  SDN: ['جمهورية السودان'],
  SYR: ['الجمهورية العربية السورية'],
  LBN: ['الجمهورية اللبنانية'],
  IRQ: ['جمهورية العراق'],
  SAU: ['المملكة العربية السعودية'],
  YEM: ['الجمهورية اليمنية'],
  OMN: ['سلطنة عمان'],
  QAT: ['دولة قطر'],
  KWT: ['دولة الكويت'],
  BHR: ['مملكة البحرين'],
  ARE: ['الإمارات العربية المتحدة'],
  MRT: ['الجمهورية الإسلامية الموريتانية'],
  SOM: ['جمهورية الصومال الفيدرالية', 'جمهورية الصومال الفدرالية'],
  DJI: ['جمهورية جيبوتي'],
  COM: ['اتحاد جزر القمر'],
  PSE: ['دولة فلسطين'],
};

/**
 * The formal names Chinese UN documents give states where the catalogue has only a short name that the formal one
 * does not contain (`中国` is no part of `中华人民共和国`, `美国` none of `美利坚合众国`): a national report or PoA page in
 * Chinese names its own state formally. Formal names that contain the short one (`俄罗斯联邦`, `伊朗伊斯兰共和国`) are
 * found through it and need no entry.
 */
const UN_CHINESE_NAMES: Readonly<Record<string, readonly string[]>> = {
  CHN: ['中华人民共和国'],
  USA: ['美利坚合众国'],
  GBR: ['大不列颠及北爱尔兰联合王国'],
  FRA: ['法兰西共和国'],
  DEU: ['德意志联邦共和国'],
  KOR: ['大韩民国'],
  ARE: ['阿拉伯联合酋长国'],
  COD: ['刚果民主共和国'],
  COG: ['刚果共和国'],
  KGZ: ['吉尔吉斯共和国'],
  BIH: ['波斯尼亚和黑塞哥维那'],
  SWZ: ['埃斯瓦蒂尼王国', '埃斯瓦蒂尼'],
};

interface CyrillicPhrase {
  iso3: string;
  /** The whole phrase, anchored, to tell which name a match of the joint pattern is. */
  exact: RegExp;
  source: string;
  /** The literal the source starts with. */
  start: string;
}

interface NameIndex {
  /** Names in cased and Arabic scripts: whole words, a Cyrillic case ending allowed. */
  wordTrie: NameTrie;
  /** Han names (no word boundaries in Chinese), which a line without a Han character cannot hold: each has one. */
  hanTrie: NameTrie;
  /** Multi-word Cyrillic names (`Кыргызская Республика`), each word declining, and the pattern matching any of them. */
  phrases: CyrillicPhrase[];
  phrasePattern: RegExp | null;
  /** The words every phrase starts with, less their endings: a line without one holds no phrase. Null when some phrase has none. */
  phraseStarts: RegExp | null;
  /**
   * With `phraseStarts`: every place where a phrase's first letters stand (global, zero-width, overlapping), and the
   * phrase pattern tried at one place (sticky). Null when some phrase has no known start.
   */
  phraseStartsAt: RegExp | null;
  phraseAt: RegExp | null;
  byName: Map<string, string>;
  /** Cyrillic stems that take case endings. */
  declining: Set<string>;
  /** CUED_ONLY names and their codes, matched by `cuedPattern`. */
  cued: Map<string, string>;
  cuedPattern: RegExp;
  /** The cued names anywhere, without the word start: a line where this finds none holds no cued name. */
  cuedAnywhere: RegExp;
}

let index: NameIndex | null = null;

const HAN = /\p{Script=Han}/u;
const ARABIC = /\p{Script=Arabic}/u;
/**
 * Start of a word; in Arabic a one-letter proclitic (و and, ب in/by, ل for/of, ف then, ك as) is written
 * glued to the next word, so `لمصر` is still `مصر`.
 */
const WORD_START = '(?<=^|[^\\p{L}\\p{N}]|(?:^|[^\\p{L}\\p{N}])[وبلفك])';
const PROCLITICS = new Set(['و', 'ب', 'ل', 'ف', 'ك']);
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const CYRILLIC = /\p{Script=Cyrillic}/u;

/** Whether a code point is a letter or a digit (`LETTER_OR_DIGIT`): the name trie asks at nearly every place of every line. */
const isLetterOrDigit = codePointTest(LETTER_OR_DIGIT);

/** True when the code point that ends before `at` is a letter or a digit. */
function letterOrDigitBefore(text: string, at: number): boolean {
  if (at <= 0) return false;
  const low = text.charCodeAt(at - 1);
  const start = low >= 0xdc00 && low <= 0xdfff && at >= 2 ? at - 2 : at - 1;
  return isLetterOrDigit(text.codePointAt(start) as number);
}

/** `WORD_START` as a test of one place, for the name trie. */
function isWordStart(text: string, at: number): boolean {
  if (!letterOrDigitBefore(text, at)) return true;
  return PROCLITICS.has(text.charAt(at - 1)) && !letterOrDigitBefore(text, at - 1);
}

/** `Côte d’Ivoire` and `Côte d'Ivoire` are one name: typographic apostrophes read as the plain one. */
function foldQuotes(text: string): string {
  return text.replace(/[’‘ʼ`´]/g, "'");
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Russian names decline (Казахстан, Казахстана, Казахстане; Индия, Индии; Куба, Кубы): a name is
 * matched on its stem followed by one of the case endings its declension takes. Names ending in -о, -у,
 * -и, -е, -ю (Того, Перу, Мали, Чили) do not decline: only the name itself matches, so that `того`
 * (of that), `тогда`, `первый` or `малых` are never read as Togo, Peru or Mali.
 */
const CYRILLIC_ENDINGS = '(?:ией|ию|ии|ой|ей|ою|ею|ом|ем|ью|а|я|у|ю|е|и|ы|й|ь)';

function cyrillicStem(name: string): { stem: string; declines: boolean } {
  if (/ия$/u.test(name)) return { stem: name.slice(0, -1), declines: true };
  if (/[аяйь]$/u.test(name)) return { stem: name.slice(0, -1), declines: true };
  if (/[оуиеюэ]$/u.test(name)) return { stem: name, declines: false };
  return { stem: name, declines: true };
}

// Adjective endings of every gender, number and case (`Кыргызская`, `Кыргызской`, `Кыргызскую`, `Соединенных`).
const CYRILLIC_ADJECTIVE = /(?:ая|яя|ое|ее|ый|ий|ой|ые|ие)$/u;
const ADJECTIVE_ENDINGS = '(?:ая|яя|ой|ей|ую|юю|ою|ею|ое|ее|ого|его|ому|ему|ыми|ими|ым|им|ом|ем|ые|ие|ых|их|ый|ий)';
// Noun endings, singular and plural (`Республики`, `Штатов`).
const NOUN_ENDINGS = '(?:ами|ями|ией|ию|ии|ой|ей|ою|ею|ом|ем|ью|ов|ев|ам|ям|ах|ях|а|я|у|ю|е|и|ы|й|ь)';

/** `ё` is written `е` as often as not: both read as `е` (one code unit for one, offsets stay). */
function foldYo(text: string): string {
  return text.replace(/ё/gu, 'е').replace(/Ё/gu, 'Е');
}

/** The characters foldQuotes and foldYo change: a line without one (most lines) is read as it is. */
const FOLDED_CHARACTERS = /[’‘ʼ`´ёЁ]/u;

/**
 * A multi-word Russian name as a pattern that declines the way the name does in a sentence: the
 * adjectives and the head noun take their case endings (`Кыргызская Республика`, `делегации
 * Кыргызской Республики`, `Соединенных Штатов Америки`), the words after the head noun stay as they are
 * (`Республики Корея`, `Королевства Великобритании`). Null for names of other shapes (brackets, commas).
 */
export function cyrillicPhrasePattern(name: string): string | null {
  const words = foldYo(name.toLowerCase()).split(/\s+/u);
  if (words.length < 2 || !words.every((w) => /^[\p{Script=Cyrillic}—-]+$/u.test(w))) return null;
  let headSeen = false;
  const parts = words.map((word) => {
    if (headSeen || !/\p{L}{3}/u.test(word)) return escapeRegExp(word);
    if (CYRILLIC_ADJECTIVE.test(word)) return `${escapeRegExp(word.slice(0, -2))}${ADJECTIVE_ENDINGS}`;
    headSeen = true;
    // A plural head noun (`Штаты`, `Острова`... `Штатов`) declines from the stem without its -ы.
    const { stem, declines } = word.endsWith('ы') ? { stem: word.slice(0, -1), declines: true } : cyrillicStem(word);
    return declines ? `${escapeRegExp(stem)}${NOUN_ENDINGS}?` : escapeRegExp(word);
  });
  return parts.join('\\s+');
}

/**
 * The names pages actually write for a catalogue name in `Head, Tail of` form: `Moldova, Republic of`
 * is written `Republic of Moldova` or just `Moldova`. The bare head is only kept when no other
 * country's name contains it (`Korea, Republic of` must not make every `Korea` South Korea).
 */
function invertedAliases(aliases: string[], all: Record<string, string[]>): string[] {
  const out: string[] = [];
  for (const alias of aliases) {
    const m = /^([^,]+),\s+(.+\s(?:of(?: the)?|de|du|des|de la|del))$/iu.exec(alias);
    if (!m) continue;
    const head = m[1] ?? '';
    out.push(`${m[2] ?? ''} ${head}`);
    const headLower = head.toLowerCase();
    const elsewhere = Object.values(all).some((names) => names !== aliases && names.some((n) => n.toLowerCase().includes(headLower)));
    if (!elsewhere) out.push(head);
  }
  return out;
}

function buildIndex(): NameIndex {
  const byName = new Map<string, string>();
  const declining = new Set<string>();
  const cued = new Map<string, string>();
  const phrases = new Map<string, CyrillicPhrase>();
  const addName = (alias: string, alpha3: string): void => {
    // `The Netherlands`, `the Gambia`: the article is no part of the name (`Kingdom of the Netherlands`).
    const lower = foldQuotes(alias).toLowerCase().replace(/^the\s+/u, '');
    // Arabic writes `for/of` + the article as `لل` (`للمملكة`, `للأردن`): the name is found in that form too.
    if (/^ال\p{L}/u.test(lower)) addName(`لل${lower.slice(2)}`, alpha3);
    if (CUED_ONLY.has(lower) && !cued.has(lower)) cued.set(lower, alpha3);
    // Han names are two or three characters (中国, 埃及) and Arabic ones can be three letters (مصر, قطر).
    const minLength = HAN.test(lower) ? 2 : ARABIC.test(lower) ? 3 : 4;
    if (lower.length < minLength || AMBIGUOUS.has(lower) || lower.includes(',')) return;
    let key = lower;
    if (/\p{Script=Cyrillic}/u.test(lower)) {
      const phrase = cyrillicPhrasePattern(lower);
      if (phrase !== null) {
        // The pattern starts with the first word less at most two letters of ending, as written (cyrillicPhrasePattern).
        const start = (foldYo(lower).split(/\s+/u)[0] ?? '').slice(0, -2);
        if (!phrases.has(phrase)) phrases.set(phrase, { iso3: alpha3, exact: new RegExp(`^${phrase}$`, 'iu'), source: phrase, start });
        return;
      }
      const { stem, declines } = cyrillicStem(foldYo(lower));
      key = stem;
      if (declines && !byName.has(key)) declining.add(key);
    }
    if (!byName.has(key)) byName.set(key, alpha3);
  };
  for (const locale of LOCALES) {
    const names = countries.getNames(locale, { select: 'all' }) as Record<string, string[]>;
    for (const [alpha2, aliases] of Object.entries(names)) {
      const alpha3 = countries.alpha2ToAlpha3(alpha2);
      if (!alpha3) continue;
      for (const alias of [...aliases, ...invertedAliases(aliases, names)]) addName(alias, alpha3);
    }
  }
  for (const table of [UN_RUSSIAN_NAMES, UN_NAMES, UN_ARABIC_NAMES, UN_CHINESE_NAMES]) for (const [alpha3, names] of Object.entries(table)) for (const name of names) addName(name, alpha3);
  // Longest first, so `Соединенное Королевство Великобритании ...` wins over `Соединенное Королевство`.
  const phraseList = [...phrases.values()].sort((a, b) => b.source.length - a.source.length);
  const phrasePattern = phraseList.length === 0 ? null : new RegExp(`${WORD_START}(${phraseList.map((p) => p.source).join('|')})(?![\\p{L}\\p{N}])`, 'giu');
  // Longest names first, so "Papua New Guinea" wins over "Guinea" and "Nigeria" over "Niger".
  const names = [...byName.keys()].sort((a, b) => b.length - a.length);
  // Chinese writes no spaces: a name is matched anywhere, longest first (南苏丹 before 苏丹).
  const hanTrie = new NameTrie(names.filter((n) => HAN.test(n)));
  const wordTrie = new NameTrie(names.filter((n) => !HAN.test(n)), { startsAt: isWordStart, tail: new RegExp(`${CYRILLIC_ENDINGS}?(?![\\p{L}\\p{N}])`, 'iuy') });
  const cuedPattern = new RegExp(`${WORD_START}(${[...cued.keys()].map(escapeRegExp).join('|')})(?![\\p{L}\\p{N}])`, 'giu');
  const cuedAnywhere = new RegExp(`(?:${[...cued.keys()].map(escapeRegExp).join('|')})`, 'iu');
  // Only when every source does start with its literal (checked, not assumed): otherwise every Cyrillic line is searched.
  const startsKnown = phraseList.length > 0 && phraseList.every((p) => p.start !== '' && p.source.startsWith(escapeRegExp(p.start)));
  const phraseStarts = startsKnown ? new RegExp(phraseList.map((p) => escapeRegExp(p.start)).join('|'), 'iu') : null;
  const phraseStartsAt = phraseStarts ? new RegExp(`(?=${phraseStarts.source})`, 'giu') : null;
  const phraseAt = phrasePattern && phraseStarts ? new RegExp(phrasePattern.source, 'iuy') : null;
  return { wordTrie, hanTrie, phrases: phraseList, phrasePattern, phraseStarts, phraseStartsAt, phraseAt, byName, declining, cued, cuedPattern, cuedAnywhere };
}

/**
 * The matches `text.matchAll(phrasePattern)` gives, found by trying the pattern only where a phrase's first letters
 * stand: every phrase starts with its start (checked in buildIndex), so a match starts nowhere else. The pattern
 * opens with the word-start look-behind, an alternation V8 evaluates at every place before anything else: tried
 * at every place of every Russian line, it was a tenth of the country ranking's time.
 */
export function phraseMatches(text: string, names: Pick<NameIndex, 'phrasePattern' | 'phraseStartsAt' | 'phraseAt'>): RegExpMatchArray[] {
  if (!names.phrasePattern) return [];
  if (!names.phraseStartsAt || !names.phraseAt) return [...text.matchAll(names.phrasePattern)];
  const found: RegExpMatchArray[] = [];
  let from = 0;
  for (const start of text.matchAll(names.phraseStartsAt)) {
    const at = start.index ?? 0;
    if (at < from) continue;
    names.phraseAt.lastIndex = at;
    const match = names.phraseAt.exec(text);
    if (!match) continue;
    found.push(match);
    from = at + match[0].length;
  }
  return found;
}

/** True when `name` is the whole of `line` or of one of its ` | ` / ` - ` segments (a title, a heading). */
function isWholeSegment(line: string, name: string): boolean {
  return line.split(/\s+[|–—-]\s+/u).some((segment) => segment.trim() === name);
}

/**
 * Words that make a mention the document's own country rather than a neighbour it names: `the
 * Government of`, `la République du`, `delegación de`, `Республики`, `Ministry of the Interior of`.
 * A page that names its country only once, in an answer, still names it this way.
 */
const SELF_CUE =
  /(?:government|delegation|republic|kingdom|state|national report|ministry(?: of)?[\p{L} ]{0,30}|gouvernement|délégation|république|royaume|état|rapport national|ministère[\p{L}' ]{0,30}|gobierno|delegación|república|reino|estado|informe nacional|ministerio[\p{L} ]{0,30}|правительств\p{L}*|делегаци\p{L}*|республик\p{L}*|королевств\p{L}*|министерств\p{L}*(?: [\p{L}]+){0,3}|جمهورية|مملكة|المملكة|سلطنة|دولة|حكومة|وفد)\s+(?:of\s+(?:the\s+)?|d[eu]\s+(?:la\s+|l['’])?|de(?:l|\s+la)?\s+|des\s+)?$/iu;
const SELF_WEIGHT = 2;

function selfWeight(text: string, at: number): number {
  return SELF_CUE.test(text.slice(Math.max(0, at - 60), at)) ? SELF_WEIGHT : 1;
}

export interface CountryCandidate {
  iso3: string;
  score: number;
}

const TITLE_LINES = 8;
const TITLE_WEIGHT = 5;
const LINK_WEIGHT = 3;

/** Country candidates by score, best first. */
export function rankCountries(doc: Pick<DocumentModel, 'lines' | 'title' | 'blocks'>): CountryCandidate[] {
  index ??= buildIndex();
  const names = index;
  const scores = new Map<string, number>();
  const add = (iso3: string, weight: number): void => {
    scores.set(iso3, (scores.get(iso3) ?? 0) + weight);
  };
  const scan = (raw: string, weight: number): void => {
    const text = FOLDED_CHARACTERS.test(raw) ? foldYo(foldQuotes(raw)) : raw;
    // Every phrase is Cyrillic: a line without a Cyrillic letter holds none.
    const phrases = names.phrasePattern !== null && CYRILLIC.test(text) && (names.phraseStarts?.test(text) ?? true);
    for (const match of phrases && names.phrasePattern ? phraseMatches(text, names) : []) {
      const written = match[1] ?? '';
      const phrase = names.phrases.find((p) => p.exact.test(written));
      if (phrase && written.charAt(0) === written.charAt(0).toUpperCase()) add(phrase.iso3, weight * selfWeight(text, match.index ?? 0));
    }
    // Where a longer name stood (`República de Guinea Ecuatorial`), a cued name inside it (`Guinea`) is no mention of its own.
    const named: [number, number][] = [];
    const found = names.wordTrie.matchAll(text);
    if (HAN.test(text)) found.push(...names.hanTrie.matchAll(text));
    for (const match of found) {
      named.push([match.index, match.index + match.written.length + match.tail.length]);
      const name = match.written.toLowerCase();
      const iso3 = names.byName.get(name);
      // Country names are written with a capital in every cased script: `того` (of that) is not Togo.
      const initial = match.written.charAt(0);
      if (initial !== initial.toUpperCase()) continue;
      // A case ending is only allowed after a Cyrillic stem that declines.
      if (iso3 && (match.tail === '' || names.declining.has(name))) add(iso3, weight * selfWeight(text, match.index));
    }
    for (const match of names.cuedAnywhere.test(text) ? text.matchAll(names.cuedPattern) : []) {
      const name = match[1] ?? '';
      const iso3 = names.cued.get(name.toLowerCase());
      if (!iso3 || name.charAt(0) !== name.charAt(0).toUpperCase()) continue;
      const at = match.index ?? 0;
      if (named.some(([start, end]) => at < end && at + name.length > start)) continue;
      const self = selfWeight(text, match.index ?? 0);
      if (self > 1 || isWholeSegment(text, name)) add(iso3, weight * self);
    }
    for (const match of text.includes('country-profiles/') ? text.matchAll(/country-profiles\/([A-Z]{3})\b/g) : []) {
      const code = match[1] ?? '';
      if (countries.isValid(code)) add(code, LINK_WEIGHT);
    }
  };
  // A scanned page's names are read as they would be without OCR's digit-for-letter errors (`LA0 PEOPLE'S`): no
  // country's name holds a digit, so the reading loses none that the line has.
  if (doc.title) scan(titleReading(doc.title), TITLE_WEIGHT);
  const { lines, readings } = linesWithReadings(doc);
  for (const [i, line] of lines.entries()) scan(readings[i] ?? line, i < TITLE_LINES ? TITLE_WEIGHT : 1);
  return [...scores.entries()].map(([iso3, score]) => ({ iso3, score })).sort((a, b) => b.score - a.score || a.iso3.localeCompare(b.iso3));
}

/** An ISO3 code written as a path segment or file-name token (`raw/KAZ/...`, `KAZ_profile.txt`). */
export function countryFromPath(path: string): string | null {
  for (const token of path.split(/[/\\_.\s-]+/)) {
    if (/^[A-Z]{3}$/.test(token) && countries.isValid(token)) return token;
  }
  return null;
}

export function isIso3(code: string): boolean {
  return /^[A-Z]{3}$/.test(code) && countries.isValid(code);
}
