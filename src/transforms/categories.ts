/**
 * Vocabularies of count statements: weapon categories, actions and agencies. Every matcher returns the
 * code (DOMAIN.md) together with the raw words, because the warehouse keeps both; words that match no
 * entry are never forced onto a code (callers keep them raw with a null code and flag them).
 *
 * The words are the lexicons' (`weaponCategories`, `actions`, `agencies`, `agencyAcronyms`,
 * `categoryWords`, `countStatements.genericPhraseEnds` in src/language/lexicons/): this module holds
 * none, only how they are matched. JavaScript's `\b` only knows ASCII letters, so the patterns use
 * Unicode-aware look-arounds (`(?<!\p{L})`) to work on Cyrillic and accented words too.
 */
import { literal } from '../language/matchers.ts';
import { allLexicons } from '../language/registry.ts';
import type { Lexicon } from '../language/types.ts';
import {
  type ActionCode,
  AGENCY_CODES,
  type AgencyCode,
  GENERIC_CATEGORY,
  isActionCode,
  isAgencyCode,
  isWeaponCategoryCode,
  type WeaponCategoryCode,
} from '../model/vocabulary.ts';
import { AnchoredTerm, BoundedTerm } from './term-match.ts';

const L = '\\p{L}';
/** Start and end of a word, Unicode-aware. */
const WB = `(?<![${L}\\p{N}])`;
const WE = `(?![${L}\\p{N}])`;
/** Chinese writes no spaces between words: its terms are matched without word boundaries. */
const HAN = /\p{Script=Han}/u;
/** The word boundaries around a vocabulary pattern: none when it is Chinese. */
function boundariesOf(pattern: string): { start: string; end: string } {
  return HAN.test(pattern) ? { start: '', end: '' } : { start: WB, end: WE };
}

/** One list of `categoryWords` over every lexicon, in the registry's order. */
function categoryWords(list: Exclude<keyof Lexicon['categoryWords'], 'genericQualifierStarts'>): string[] {
  return allLexicons().flatMap((lexicon) => lexicon.categoryWords[list]);
}

/** Regex sources as one alternation; one that never matches when no lexicon has any. */
function anyOf(sources: readonly string[]): string {
  return sources.length === 0 ? '(?!)' : sources.join('|');
}

/**
 * A lexicon maps words onto the model's codes only (src/model/vocabulary.ts): a code it invents is a
 * mistake in the lexicon, reported with the language, never a new vocabulary entry.
 */
function modelCode<C extends string>(code: string, isCode: (c: string) => c is C, section: string, language: string): C {
  if (!isCode(code)) throw new Error(`lexicon ${language}: ${section} uses the code "${code}", which src/model/vocabulary.ts does not list`);
  return code;
}

interface CategoryTerm {
  code: WeaponCategoryCode;
  /** Regex sources, each anchored by the matcher at the start of the words after a number. */
  patterns: string[];
  /** The lexicon the words are from: its rules say what may follow them. */
  lexicon: Lexicon;
}

/**
 * Weapon categories: every lexicon's `weaponCategories`, one term per category and language. Order does
 * not matter: the longest match wins, so "pistols and revolvers" beats "pistols" and "armes à canon
 * lisse" beats "armes".
 */
export const WEAPON_CATEGORIES: readonly CategoryTerm[] = allLexicons().flatMap((lexicon) =>
  Object.entries(lexicon.weaponCategories).map(([code, patterns]) => ({
    code: modelCode(code, isWeaponCategoryCode, 'weaponCategories', lexicon.language),
    patterns: [...patterns],
    lexicon,
  })),
);

/**
 * Counts that are not weapon counts and are never loaded as such, so that no SUM over
 * count_statements or weapon_counts ever mixes cartridges into a number of weapons: rounds of
 * ammunition, cartridges, shells, grenades, mines, explosives (by piece or by weight), and firearm
 * parts. The count parser reports them with an info issue ('not-a-weapon-count') instead of dropping
 * them silently; an ammunition table is the place for them, not weapon_counts.
 */
export const NON_WEAPON_ITEMS = new RegExp(`^\\s*(?:${anyOf(categoryWords('nonWeaponItems'))})(?![\\p{L}])`, 'iu');

/** Counter words between a number and the category ("1 128 единиц гладкоствольного"): not part of a part's raw words. */
const COUNTER_RE = new RegExp(`^(?:${anyOf(categoryWords('counters'))})\\s*`, 'iu');
/** A counter word standing alone right after a number, white space before it (`1 204 ед.`, `877 units`, `1 013 unités`). */
const COUNTER_ALONE = new RegExp(`^\\s+(?:${anyOf(categoryWords('counters'))})(?![\\p{L}\\p{N}])`, 'iu');

/**
 * The length of the counter word (and the white space before it) at the start of `after`, the words right after a
 * number, or 0 when none stands there: `counterAlone(' ед. (рост)')` is 4. The counters are the lexicons' (`counters`).
 */
export function counterAlone(after: string): number {
  return COUNTER_ALONE.exec(after)?.[0].length ?? 0;
}

/** Words that may stand before a category and belong to its raw words ("illegal firearms"). */
const MODIFIERS_RE = new RegExp(`^(?:(?:${anyOf(categoryWords('modifiers'))})\\s+)+`, 'iu');

/** Words before a category that are no part of it: "of them were all pistols", "830 eran pistolas". */
const LEAD_RE = new RegExp(
  `^\\s*(?:(?:${anyOf(categoryWords('leadPartitives'))})\\s+)?(?:(?:${anyOf(categoryWords('leadCopulas'))})\\s+(?:(?:${anyOf(categoryWords('leadQuantifiers'))})\\s+)?)?`,
  'iu',
);

/**
 * Nouns that turn a weapon word into a modifier of something else ("30 arms dealers", "12 gas
 * cylinders", "5 weapons caches"): a number before them does not count weapons.
 */
const NOT_WEAPON_HEAD = new RegExp(`^\\s+(?:${anyOf(categoryWords('notWeaponHeads'))})${WE}`, 'iu');

/** Longer terms naming weapons of no single category ("espingardas automáticas"), modifiers maybe before them. */
const UNPLACED_TERM = new RegExp(`^(?:(?:${anyOf(categoryWords('modifiers'))})\\s+)*(?:${anyOf(categoryWords('unplacedTerms'))})${WE}`, 'iu');

/** Category words that are only adjectives: without a noun they must end the phrase. */
const ADJECTIVE_ONLY = new RegExp(`^(?:${anyOf(categoryWords('adjectivesOnly'))})$`, 'iu');

/** What may follow a category adjective that stands alone: punctuation, a conjunction, a verb or a preposition. */
const PHRASE_END = new RegExp(`^(?:\\s*(?:$|[,;:.()\\[\\]!?…—–-])|\\s+(?:${anyOf(categoryWords('adjectivePhraseEnds'))})${WE})`, 'iu');

/** What must not follow a category term of `lexicon`, as a look-ahead (`(?!…)`), or '' when anything may. */
function categoryEnd(lexicon: Lexicon): string {
  // Words not separated: the term ends where it may, unless what follows makes it another noun.
  if (lexicon.boundary === 'none') {
    const continuations = lexicon.categoryWords.nounContinuations;
    return continuations.length > 0 ? `(?!${continuations.join('|')})` : '';
  }
  // "firearms-related" is not "firearms": a hyphen joining another word continues the word.
  return `(?![${L}\\p{N}]|-${L})`;
}

const COMPILED_CATEGORIES = WEAPON_CATEGORIES.map((term) => ({
  code: term.code,
  lexicon: term.lexicon,
  patterns: term.patterns.map((source) => new AnchoredTerm(source, categoryEnd(term.lexicon), 'iu')),
}));
/** Category terms matched at the end of a text, where words are not separated: Chinese writes the noun before its number ("手枪800支"). */
const COMPILED_CATEGORIES_BEFORE = WEAPON_CATEGORIES.filter((term) => term.lexicon.boundary === 'none').map((term) => ({
  code: term.code,
  patterns: term.patterns.map((p) => new RegExp(`(?:${p})$`, 'u')),
}));

/**
 * The weapon category ending `text` (the words right before a number: "收缴枪支" -> 枪支), where words
 * are not separated, or null. The longest term wins ("自制枪支" is home-made, not the generic "枪支").
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

/**
 * The category terms by lexicon, in their order, each lexicon with one alternation of its terms without the
 * look-aheads that end each (so it matches wherever a term does, and maybe more). A lexicon none of whose
 * terms can start the text is skipped: a text is tried against a few expressions instead of every term.
 */
const CATEGORY_GROUPS: readonly { starts: RegExp; terms: typeof COMPILED_CATEGORIES }[] = COMPILED_CATEGORIES.reduce<{ lexicon: Lexicon; starts: RegExp; terms: typeof COMPILED_CATEGORIES }[]>(
  (groups, term) => {
    const last = groups[groups.length - 1];
    if (last && last.lexicon === term.lexicon) last.terms.push(term);
    else {
      const sources = WEAPON_CATEGORIES.filter((t) => t.lexicon === term.lexicon).flatMap((t) => t.patterns);
      groups.push({ lexicon: term.lexicon, starts: new RegExp(`^(?:${anyOf(sources)})`, 'iu'), terms: [term] });
    }
    return groups;
  },
  [],
);

/** The longest category term starting `text`; of equally long ones, the first in the lexicons' order. */
function longestTerm(text: string): { code: string; length: number; lexicon: Lexicon } | null {
  let best: { code: string; length: number; lexicon: Lexicon } | null = null;
  for (const group of CATEGORY_GROUPS) {
    if (!group.starts.test(text)) continue;
    for (const term of group.terms) {
      for (const pattern of term.patterns) {
        const length = pattern.matchLength(text);
        if (length >= 0 && (!best || length > best.length)) best = { code: term.code, length, lexicon: term.lexicon };
      }
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
  const lead = LEAD_RE.exec(text)?.[0].length ?? 0;
  const counter = COUNTER_RE.exec(text.slice(lead))?.[0].length ?? 0;
  const candidates: (CategoryMatch & { lexicon: Lexicon })[] = [];
  // Try with the counter word (generic "units of weapons" keeps it), then without (parts drop it).
  for (const start of counter > 0 ? [lead, lead + counter] : [lead]) {
    const rest = text.slice(start);
    const modifiers = MODIFIERS_RE.exec(rest)?.[0].length ?? 0;
    const term = longestTerm(rest.slice(modifiers));
    if (!term) continue;
    if (start === lead && counter > 0 && term.code !== GENERIC_CATEGORY && modifiers === 0) continue;
    const end = start + modifiers + term.length;
    candidates.push({ code: term.code, raw: text.slice(start, end), index: start, end, lexicon: term.lexicon });
  }
  // A specific category after a counter ("единиц гладкоствольного") beats a generic reading of the counter.
  const best = candidates.find((c) => c.code !== GENERIC_CATEGORY) ?? candidates[0];
  if (!best) return null;
  // "1.530 espingardas automáticas": a longer term the vocabulary cannot place beats the shorter term's category.
  const unplaced = UNPLACED_TERM.exec(text.slice(best.index));
  if (unplaced && unplaced[0].length > best.end - best.index) {
    return { code: null, raw: unplaced[0], index: best.index, end: best.index + unplaced[0].length };
  }
  const { lexicon, ...match } = best;
  const after = text.slice(match.end);
  if (NOT_WEAPON_HEAD.test(after)) return null;
  if (ADJECTIVE_ONLY.test(match.raw.replace(MODIFIERS_RE, '')) && !PHRASE_END.test(after)) return null;
  if (match.code === GENERIC_CATEGORY) return withGenericQualifier(text, match, lexicon);
  return match;
}

// ---------------------------------------------------------------------------------------------------
// Generic nouns followed by words that qualify them

/**
 * What may follow a generic weapon noun without changing what it counts: punctuation, a number, or a
 * lexicon's `countStatements.genericPhraseEnds` (a verb or auxiliary, a conjunction, a preposition that
 * starts a new phrase, an article), a word saying the count is a total (`320 единиц оружия всего`), or a qualifier after the number ("armas aproximadamente", "armes
 * environ": it hedges the number, it does not qualify the noun). Anything else ("armes blanches",
 * "armas largas", "weapons of mass destruction", "оружия самообороны") qualifies the noun, and the generic
 * code would be a guess.
 */
const GENERIC_PHRASE_END = new RegExp(
  `^(?:\\s*(?:$|[,;:.()\\[\\]!?…—–\\-\\d"“”«»،؛٠-٩])|\\s+(?:` +
    `${allLexicons().flatMap((l) => [...l.countStatements.genericPhraseEnds, ...l.countStatements.totalWordsAfter, ...l.qualifiersAfter.map((q) => literal(q.surface))]).join('|') || '(?!)'})(?![\\p{L}]))`,
  'iu',
);

/** Qualifiers that leave the generic reading intact ("weapons of various types", "armes illégales"). */
const BENIGN_QUALIFIER = new RegExp(`^(?:${anyOf(categoryWords('benignQualifiers'))})(?![\\p{L}])`, 'iu');

/** Per lexicon, what must follow its generic noun for the words after to qualify it (`categoryWords.genericQualifierStarts`). */
const QUALIFIER_STARTS = new Map(
  allLexicons().map((lexicon) => {
    const starts = lexicon.categoryWords.genericQualifierStarts;
    return [lexicon, starts === null ? null : new RegExp(`^(?:${anyOf(starts)})`, 'iu')] as const;
  }),
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
function withGenericQualifier(text: string, match: CategoryMatch, lexicon: Lexicon): CategoryMatch {
  const after = text.slice(match.end);
  // The language's rule first: English qualifies only with "of ...", Russian with a genitive, Chinese never after the noun.
  const starts = QUALIFIER_STARTS.get(lexicon);
  if (starts && !starts.test(after)) return match;
  if (GENERIC_PHRASE_END.test(after)) return match;
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

/** What happened to the weapons: every lexicon's `actions`, one term per action and language. Longer phrases win. */
export const ACTIONS: readonly VocabularyTerm<ActionCode>[] = allLexicons().flatMap((lexicon) =>
  Object.entries(lexicon.actions).map(([code, patterns]) => ({ code: modelCode(code, isActionCode, 'actions', lexicon.language), pattern: patterns.join('|') })),
);

export interface TermMatch {
  code: string;
  raw: string;
  index: number;
  end: number;
}

/** A term as a whole word, compiled once per term (see term-match.ts for why not as one expression); a term is always matched with the same flags. */
const BOUNDED = new WeakMap<VocabularyTerm, BoundedTerm>();

function boundedTerm(term: VocabularyTerm, flags: string): BoundedTerm {
  let bounded = BOUNDED.get(term);
  if (!bounded) {
    bounded = new BoundedTerm(term.pattern, boundariesOf(term.pattern), flags);
    BOUNDED.set(term, bounded);
  }
  return bounded;
}

/**
 * Whether any term of a list may be in a text at all: one alternation of the terms without their word
 * boundaries (so it matches wherever a term does, and maybe more), tried before each term on its own.
 */
const ANY_TERM = new WeakMap<readonly VocabularyTerm[], RegExp>();

function anyTermPattern(terms: readonly VocabularyTerm[]): RegExp {
  let re = ANY_TERM.get(terms);
  if (!re) {
    re = new RegExp(anyOf(terms.map((term) => `(?:${term.pattern})`)), 'iu');
    ANY_TERM.set(terms, re);
  }
  return re;
}

function findAll(text: string, terms: readonly VocabularyTerm[]): TermMatch[] {
  if (!anyTermPattern(terms).test(text)) return [];
  const found: TermMatch[] = [];
  for (const term of terms) {
    for (const span of boundedTerm(term, 'iu').all(text)) {
      found.push({ code: term.code, raw: text.slice(span.index, span.end), index: span.index, end: span.end });
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

interface AgencyTerm extends VocabularyTerm<AgencyCode> {
  /** Acronyms are matched as written (КНБ, SNS); words in any case. */
  caseSensitive: boolean;
}

/**
 * The order agency codes are tried in: the border guard first, then national security, before police, customs and
 * defence, so that "Ministry of National Security" is not defence and "Border Police" is the border guard. Border
 * troops are most often a unit of a national security body (`пограничные войска Государственного комитета
 * национальной безопасности`, the KNB's Border Service, the FSB's) or of a ministry: the more specific unit named is
 * the agency that acted.
 */
const AGENCY_ORDER: readonly AgencyCode[] = ['border_guard', 'national_security', 'police', 'customs', 'defence'];
// Every code of the model is tried: a code added to it and not here would never match.
for (const code of Object.keys(AGENCY_CODES)) if (!AGENCY_ORDER.includes(code as AgencyCode)) throw new Error(`agency code '${code}' has no place in AGENCY_ORDER`);

/** Agencies: every lexicon's `agencies` and `agencyAcronyms`, tried in `AGENCY_ORDER`. */
export const AGENCIES: readonly AgencyTerm[] = AGENCY_ORDER.flatMap((code) =>
  allLexicons().flatMap((lexicon) => {
    const terms: AgencyTerm[] = [];
    const words = lexicon.agencies[code];
    if (words && words.length > 0) terms.push({ code, pattern: words.join('|'), caseSensitive: false });
    const acronyms = lexicon.agencyAcronyms[code];
    if (acronyms && acronyms.length > 0) terms.push({ code, pattern: acronyms.join('|'), caseSensitive: true });
    return terms;
  }),
);

// A lexicon's agency code must be one of the model's: the loop above would skip it silently.
for (const lexicon of allLexicons()) {
  for (const code of [...Object.keys(lexicon.agencies), ...Object.keys(lexicon.agencyAcronyms)]) modelCode(code, isAgencyCode, 'agencies', lexicon.language);
}

/**
 * The agency code named in `text` ("internal affairs agencies" -> police, "National Security
 * Committee agencies" -> national_security, "органами внутренних дел" -> police), or null.
 */
export function matchAgency(text: string): string | null {
  for (const term of AGENCIES) {
    if (boundedTerm(term, term.caseSensitive ? 'u' : 'iu').test(text)) return term.code;
  }
  return null;
}

/** Capitalised words of a body's name, with the lexicons' lower-case links between them, then its acronym in parentheses. */
const DEFINED_ACRONYM = new RegExp(`((?:\\p{Lu}[\\p{L}’'-]*\\s+(?:(?:${anyOf(allLexicons().flatMap((lexicon) => lexicon.nameLinks))})\\s+)*){1,8})\\((\\p{Lu}{2,8}|\\p{Lu}\\p{Ll}{2,7})\\)`, 'gu');

/** What every definition ends with: most texts have none, and are not searched for the names before one. */
const ACRONYM_IN_PARENTHESES = /\((\p{Lu}{2,8}|\p{Lu}\p{Ll}{2,7})\)/u;

/**
 * Acronyms a document defines for agencies ("the Jamaica Constabulary Force (JCF)" -> JCF: police, "the Indonesian
 * National Police (Polri)" -> Polri: police),
 * so that a later "the JCF seized ..." maps to an agency. Pass the result as `CountContext.agencyAliases`.
 */
export function agencyAliasesFromText(text: string): Record<string, string> {
  const aliases: Record<string, string> = {};
  if (!ACRONYM_IN_PARENTHESES.test(text)) return aliases;
  for (const m of text.matchAll(DEFINED_ACRONYM)) {
    const name = m[1] ?? '';
    const acronym = m[2] ?? '';
    const code = matchAgency(name);
    // An acronym in mixed case ("the Indonesian National Police (Polri)") is one word like any other: only one whose
    // first letter opens a word of the name is taken for its short form ("(Jakarta)" after a name is a place).
    const mixed = acronym !== acronym.toUpperCase();
    if (mixed && !name.split(/[\s'’-]+/u).some((word) => word.startsWith(acronym[0] ?? ''))) continue;
    if (code && !(acronym in aliases)) aliases[acronym] = code;
  }
  return aliases;
}
