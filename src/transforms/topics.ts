/**
 * The section topic vocabulary (DOMAIN.md) and tolerant matching of headings and template questions
 * onto it. The words are the lexicons' (`sectionHeadings`, `templateQuestions`, `topicKeywords`,
 * `sectionNumberWords`, `headingConjunctions` in src/language/lexicons/): this module holds none.
 *
 * Real pages spell the same label many ways: other case, typos (`Informaton`), `::`, no colon,
 * numbering (`1. `, `1.1. `), questionnaire tags (`[PoA II.4] `), `SECTION 1.` prefixes. Matching
 * therefore compares normalised labels (see `normaliseLabel`) and tolerates a few typos in long words
 * (label-distance.ts: short words exact, first letters kept).
 * Free questions of a questionnaire are matched by ordered keyword rules: the most specific topic first
 * ("keep records of all marked weapons" is record keeping, not marking).
 *
 * A label that matches nothing gets no topic: callers store NULL with an issue, never a guess.
 */

import { alternation, literal } from '../language/matchers.ts';
import { allLexicons } from '../language/registry.ts';
import type { BoundaryRule } from '../language/types.ts';
import { deglue, glueVocabulary, wordsOf } from './deglue.ts';
import { type SplitLabel, splitLabel, splitLabelDistance } from './label-distance.ts';

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

/** A lexicon's topic code checked against the vocabulary: a code that is not a topic fails at once, naming the language. */
function topicOf(code: string, section: string, language: string): Topic {
  if (!(AMAP_TOPICS as readonly string[]).includes(code) && !(POA_TOPICS as readonly string[]).includes(code)) {
    throw new Error(`lexicon ${language}: ${section} names the topic "${code}", which is not a section topic`);
  }
  return code as Topic;
}

/** The headings of a topic: every lexicon's `sectionHeadings` naming it, in the lexicons' order. */
function headingsOf(topic: Topic): readonly string[] {
  return allLexicons().flatMap((lexicon) =>
    Object.entries(lexicon.sectionHeadings).flatMap(([heading, code]) => (topicOf(code, 'sectionHeadings', lexicon.language) === topic ? [heading] : [])),
  );
}

/** The template questions of the PoA implementation pages (every lexicon's `templateQuestions`), with the topic of their block. */
const TEMPLATE_QUESTIONS: readonly { topic: Topic; question: string }[] = allLexicons().flatMap((lexicon) =>
  Object.entries(lexicon.templateQuestions).map(([question, code]) => ({ topic: topicOf(code, 'templateQuestions', lexicon.language), question })),
);

/**
 * The order keyword rules are tried in: the most specific topic first ("keep records of all marked
 * weapons" is record keeping, not marking; "assistance" is a need before it is cooperation).
 */
const KEYWORD_ORDER: readonly PoaTopic[] = [
  'tracing', 'brokering', 'record_keeping', 'marking', 'stockpile_management', 'collection_destruction', 'public_awareness',
  'regional_events', 'crime_linkage', 'border_control', 'national_coordination', 'assistance_needs', 'information_exchange',
  'international_cooperation', 'manufacture', 'transfers', 'implementation_challenges', 'legislation',
];

/**
 * Keyword rules for free wording (questionnaire questions, headings outside the vocabulary): each topic's
 * stems from every lexicon's `topicKeywords`, tried in `KEYWORD_ORDER`. A lexicon giving stems to a topic
 * the order leaves out would never be tried: it fails at once.
 */
function keywordRules(): { topic: PoaTopic; stems: readonly string[] }[] {
  for (const lexicon of allLexicons()) {
    for (const code of Object.keys(lexicon.topicKeywords)) {
      if (!(KEYWORD_ORDER as readonly string[]).includes(code)) throw new Error(`lexicon ${lexicon.language}: topicKeywords names "${code}", which has no keyword rule`);
    }
  }
  return KEYWORD_ORDER.map((topic) => ({ topic, stems: allLexicons().flatMap((lexicon) => lexicon.topicKeywords[topic] ?? []) }));
}

const BIDI_MARKS = /[\u200e\u200f\u202a-\u202e\u2066-\u2069]/gu;

/**
 * `[PoA II.4]`, `[ITI 8(a)]` at the start of a questionnaire line. At least two letters or digits: a
 * ticked box `[X] Yes` or an empty one `[ ] No` is an answer, not a tag.
 */
export const QUESTION_TAG = /^\s*\[(?=[^\]\n]*[\p{L}\p{N}][^\]\n]*[\p{L}\p{N}])([^\]\n]{2,40})\]\s*/u;
/**
 * A section's number: digits, Roman numerals, a script's numerals (Arabic-Indic, Chinese), which are numbering
 * marks any document may use, a letter (`Part A.`, `Section B:`, `Часть Б`: the outline's letters, of the Latin or
 * Cyrillic alphabet, A to H as headings use them; alone, the word boundary after the number sees to that), or an
 * ordinal word of a lexicon's `sectionNumberOrdinals` (`الأول`, `premier`).
 */
function sectionNumber(): string {
  const ordinals = allLexicons().flatMap((lexicon) => lexicon.sectionNumberOrdinals);
  return `(?:[ivxlc]+|\\d+|[a-h]|[а-з]|[\\u0660-\\u0669\\u06F0-\\u06F9]+|[一二三四五六七八九十百〇零]+${ordinals.length === 0 ? '' : `|${alternation(ordinals)}`})`;
}

/**
 * The lexicons' section words with their number: `<word> <number>` (`Section 1`, `الفصل الأول`), or the number
 * where a word's `{n}` stands (`第{n}章`: `第一章`). After a word, the number ends where a word would go on.
 */
function sectionNumbered(): string {
  const words = allLexicons().flatMap((lexicon) => lexicon.sectionNumberWords);
  const number = sectionNumber();
  const before = words.filter((word) => !word.includes('{n}'));
  const framed = words.filter((word) => word.includes('{n}')).map((frame) => frame.split('{n}').map(literal).join(number));
  return [...(before.length === 0 ? [] : [`(?:${alternation(before)})\\s+${number}(?![\\p{L}\\p{M}\\p{N}])`]), ...framed].join('|') || '(?!)';
}

/** `SECTION 1.`, `Part II -`, `Sección 2:`, `Раздел 3.`, `الفصل الأول:`, `第一章` before a heading's words. */
export const BLOCK_PREFIX = new RegExp(`^\\s*(?:${sectionNumbered()})\\s*[.:：)\\-–—]?\\s*`, 'iu');
/**
 * An ordinal word of a lexicon's `sectionOrdinals` numbering a heading, with the colon or dash after it
 * (`أولاً: `, `ثانياً - `). The mark is required: the same word followed by a comma or a space opens prose.
 * A regex source; matches nothing when no lexicon has ordinals.
 */
export function sectionOrdinal(): string {
  const ordinals = allLexicons().flatMap((lexicon) => lexicon.sectionOrdinals);
  return ordinals.length === 0 ? '(?!)' : `(?:${alternation(ordinals)})\\s*[:.)\\-–—]\\s*`;
}

/**
 * `1.`, `1.1.`, `1.1`, `2)`, `IV.`, `a)`, `١.` (Arabic-Indic), `一、` (Chinese) numbering before a heading's or
 * question's words. Numerals of a script, like the digits and Roman numerals beside them, are numbering
 * marks any document may use, not words of a language: they stay here. Ordinal words (`أولاً:`) are the
 * lexicons' (`sectionOrdinal`).
 */
export const LEADING_NUMBER = new RegExp(
  `^\\s*(?:(?:\\d{1,2}(?:\\.\\d{1,2})*\\.?|\\d{1,2}\\)|[IVX]{1,5}\\.|[A-Ha-h][.)]|[\\u0660-\\u0669\\u06F0-\\u06F9]{1,2}[.)-])\\s+|[一二三四五六七八九十]{1,3}[、.．]\\s*|${sectionOrdinal()})`,
  'u',
);

/**
 * A label reduced to what matching compares: without tag, block prefix, numbering and trailing colons;
 * lower case, without diacritics, punctuation and dashes turned into single spaces.
 * `[PoA II.4] 1.1. Has your country ...?` -> `has your country ...`; `Marking at the time of import::` ->
 * `marking at the time of import`; `Record-keeping` -> `record keeping`.
 */
export function normaliseLabel(raw: string): string {
  return remembered(normalisedLabels, raw, () => {
    // `Collection anddestruction`, `Stockpilemanagement`: words a lost line break glued are compared apart.
    return foldText(deglue(strippedLabel(raw), labelVocabulary()).text);
  });
}

/**
 * Labels as normalised, and as folded without splitting glued words, by the label as written: a heading or a
 * question is normalised several times over (as a heading, as a question, for its keywords), the same template
 * questions on page after page. At most LABELS_KEPT each.
 */
const normalisedLabels = new Map<string, string>();
const unsplitLabels = new Map<string, string>();
const LABELS_KEPT = 10_000;

function remembered(cache: Map<string, string>, raw: string, work: () => string): string {
  const known = cache.get(raw);
  if (known !== undefined) return known;
  if (cache.size >= LABELS_KEPT) cache.clear();
  const value = work();
  cache.set(raw, value);
  return value;
}

/** The label without tag, block prefix and numbering, not yet folded. */
function strippedLabel(raw: string): string {
  let text = raw.normalize('NFKC').replace(BIDI_MARKS, '');
  text = text.replace(QUESTION_TAG, '');
  text = text.replace(BLOCK_PREFIX, '');
  return text.replace(LEADING_NUMBER, '');
}

/**
 * The closest phrase to a label as normalised, else to the label folded without splitting glued words: a
 * typo can make a word two vocabulary words (`collecton` -> `collect on`), and that word is then a typo,
 * not a glue.
 */
function closestLabel(raw: string, phrases: PhraseIndex): TopicMatch | null {
  const normalised = normaliseLabel(raw);
  const match = closest(normalised, phrases);
  if (match) return match;
  const unsplit = remembered(unsplitLabels, raw, () => foldText(strippedLabel(raw)));
  return unsplit === normalised ? null : closest(unsplit, phrases);
}

let labelWords: ReturnType<typeof glueVocabulary> | null = null;

/** The words glued words of a label may split into: the headings', template questions' and topic keywords' own. */
function labelVocabulary(): ReturnType<typeof glueVocabulary> {
  labelWords ??= glueVocabulary((lexicon) =>
    [Object.keys(lexicon.sectionHeadings), Object.keys(lexicon.templateQuestions), Object.values(lexicon.topicKeywords).flat().filter((stem) => !stem.endsWith('*'))].flat().flatMap(wordsOf),
  );
  return labelWords;
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

interface Phrase {
  topic: Topic;
  phrase: string;
  /** Folded and split into words once: every label of every document is compared with it. */
  folded: SplitLabel;
}

/**
 * Phrases grouped by what a label must share with one to be it misspelled (label-distance.ts): as many
 * words and the same first letter (a first letter is never a typo), or, with other spacing, the same
 * letters. A label is compared with its groups only, not with every phrase of every lexicon.
 */
interface PhraseIndex {
  byShape: Map<string, Phrase[]>;
  byLetters: Map<string, Phrase[]>;
  /** Where each phrase stands in the lexicons: ties go to the earlier one. */
  order: Map<Phrase, number>;
}

function shapeOf(label: SplitLabel): string {
  return `${label.words.length} ${label.text.charAt(0)}`;
}

function phrases(entries: readonly { topic: Topic; text: string }[]): PhraseIndex {
  const index: PhraseIndex = { byShape: new Map(), byLetters: new Map(), order: new Map() };
  for (const [at, { topic, text }] of entries.entries()) {
    const phrase: Phrase = { topic, phrase: text, folded: splitLabel(foldText(text)) };
    index.order.set(phrase, at);
    const shape = shapeOf(phrase.folded);
    const letters = phrase.folded.words.join('');
    index.byShape.set(shape, [...(index.byShape.get(shape) ?? []), phrase]);
    index.byLetters.set(letters, [...(index.byLetters.get(letters) ?? []), phrase]);
  }
  return index;
}

/** The phrases `label` may be, in lexicon order. */
function candidatesFor(label: SplitLabel, index: PhraseIndex): Phrase[] {
  const sameShape = index.byShape.get(shapeOf(label)) ?? [];
  const respaced = (index.byLetters.get(label.words.join('')) ?? []).filter((p) => p.folded.words.length !== label.words.length);
  if (respaced.length === 0) return sameShape;
  return [...sameShape, ...respaced].sort((a, b) => (index.order.get(a) ?? 0) - (index.order.get(b) ?? 0));
}

const HEADING_PHRASES: Record<TopicFamily, PhraseIndex> = {
  amap: phrases(AMAP_TOPICS.flatMap((topic) => headingsOf(topic).map((text) => ({ topic, text })))),
  poa: phrases(POA_TOPICS.flatMap((topic) => headingsOf(topic).map((text) => ({ topic, text })))),
};
const QUESTION_PHRASES = phrases(TEMPLATE_QUESTIONS.map(({ topic, question }) => ({ topic, text: question })));
/**
 * A keyword rule's stems as one pattern over the normalised label: words match whole, a stem ending in
 * `*` matches the start of a word (`broker*` -> brokers, brokering).
 */
const KEYWORDS = keywordRules().map(({ topic, stems }) => ({
  topic,
  alternatives: stems.map((stem) => {
    const source = stem
      .split(' ')
      .map((word) => {
        const folded = foldText(word.replace(/\*$/u, '')).replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
        return word.endsWith('*') ? `${folded}\\p{L}*` : folded;
      })
      .join(' ');
    // A script that writes no spaces between words (Chinese `国家的记录保存`) has no word edge to look for: its stem
    // matches inside the label.
    if (/\p{Script=Han}/u.test(stem)) return { stem, pattern: new RegExp(source, 'u') };
    return { stem, pattern: new RegExp(`(?:^| )${source}(?= |$)`, 'u') };
  }),
}));

/** The closest phrase to `folded`, if within the allowed distance. Ties go to the earlier phrase. */
function closest(folded: string, phrases: PhraseIndex): TopicMatch | null {
  if (folded === '') return null;
  const label = splitLabel(folded);
  let best: TopicMatch | null = null;
  for (const candidate of candidatesFor(label, phrases)) {
    const distance = splitLabelDistance(label, candidate.folded);
    if (distance === null) continue;
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
 * How a lexicon's heading conjunction stands beside the words it joins, by the language's word boundary rule:
 * between spaces (`and`, `et`, `и`), glued to the next word (Arabic `و`: `الجمع والتدمير`), or glued on both
 * sides (Chinese `和`, `与`: `收缴和销毁`).
 */
type Gluing = 'spaced' | 'next' | 'both';
const GLUING: Record<BoundaryRule, Gluing> = { letters: 'spaced', proclitics: 'next', none: 'both' };

function conjunctionsGlued(gluing: Gluing): string {
  const words = allLexicons().flatMap((lexicon) => (GLUING[lexicon.boundary] === gluing ? lexicon.headingConjunctions : []));
  return words.length === 0 ? '(?!)' : alternation(words);
}

/** A comma of any script: `,`, Arabic `،`, Chinese `、`. */
const COMMA = '[,،、]';

/**
 * Where a compound heading splits: a lexicon's conjunction as its language writes it (see Gluing), a comma
 * before it or not (`Collection, seizure, and destruction`, `الجمع، والحجز، والتدمير`); else a comma, `;`, `/`,
 * `&`. The group that matched tells which.
 */
const COMPOUND_CUT_SOURCE = [
  `(?:\\s*${COMMA}\\s*|\\s+)(?<spaced>${conjunctionsGlued('spaced')})\\s+`,
  `(?:\\s*${COMMA}\\s*|\\s+)(?<next>${conjunctionsGlued('next')})\\s*(?=\\p{L})`,
  `\\s*${COMMA}?\\s*(?<both>${conjunctionsGlued('both')})\\s*`,
  `\\s*(?:${COMMA}|[;/&；])\\s*`,
].join('|');
const COMPOUND_CUTS = new RegExp(COMPOUND_CUT_SOURCE, 'giu');

interface Cut {
  /** Where the cut starts and ends in the label. */
  index: number;
  end: number;
  /** The conjunction and how it is written, or null for a comma. */
  conjunction: { word: string; gluing: Gluing } | null;
}

/** A label's cuts, in order (see COMPOUND_CUT_SOURCE). */
function cutsOf(stripped: string): Cut[] {
  return [...stripped.matchAll(COMPOUND_CUTS)].map((m) => {
    const groups = m.groups ?? {};
    const gluing = (['spaced', 'next', 'both'] as const).find((g) => groups[g] !== undefined);
    const word = gluing === undefined ? undefined : groups[gluing];
    return { index: m.index, end: m.index + m[0].length, conjunction: gluing === undefined || word === undefined ? null : { word: word.toLowerCase(), gluing } };
  });
}

/** Two parts joined by a conjunction as its language writes it: `a and b`, `a وb`, `a和b`. */
function joined(first: string, conjunction: { word: string; gluing: Gluing }, second: string): string {
  if (conjunction.gluing === 'spaced') return `${first} ${conjunction.word} ${second}`;
  return conjunction.gluing === 'next' ? `${first} ${conjunction.word}${second}` : `${first}${conjunction.word}${second}`;
}

/** The label without tag, block prefix and numbering, not folded (a compound heading is cut on its punctuation). */
function compoundLabel(raw: string): string {
  return raw.normalize('NFKC').replace(QUESTION_TAG, '').replace(BLOCK_PREFIX, '').replace(LEADING_NUMBER, '');
}

/**
 * The topic the words before the first comma or conjunction name, when there is one: `Marking, record-keeping
 * and tracing` -> marking; `Collecte et destruction` -> `collecte` (only used after the whole failed). A
 * conjunction glued to a word may only be the word's own letters (Arabic `وزارة`, `وطني` begin with `و`, Chinese
 * `和平` holds `和`): there the words before count only when the remainder names a topic too.
 */
function firstConjunct(raw: string, phrases: PhraseIndex): TopicMatch | null {
  const stripped = compoundLabel(raw);
  const cut = cutsOf(stripped)[0];
  if (!cut || cut.index === 0) return null;
  const match = closest(foldText(stripped.slice(0, cut.index)), phrases);
  if (!match || cut.conjunction === null || cut.conjunction.gluing === 'spaced') return match;
  const rest = stripped.slice(cut.end);
  return closest(foldText(rest), phrases) || firstConjunct(rest, phrases) ? match : null;
}

/** A heading names at most this many parts: past it the sub-lists to try grow too many, and such a line is a list, not a heading. */
const MOST_CONJUNCTS = 6;

/**
 * A known heading named by some of a compound heading's parts, in their order: `Collection, seizure and
 * destruction of weapons` -> `collection and destruction of weapons`; `Сбор, изъятие и уничтожение оружия` ->
 * `сбор и уничтожение оружия`; `الجمع والحجز والتدمير` -> `الجمع والتدمير`; `收缴、查获和销毁` -> `收缴和销毁`.
 * Sub-lists of at least two parts only, the longest first: a heading that merely ends in a topic's word (`... the
 * collection and destruction` wrapped out of prose) is not one. The parts are joined by the heading's own last
 * conjunction, written as its language writes it, as the vocabulary writes its compound headings. A cut at a
 * glued conjunction that was only a word's letters (`وزارة`) leaves a part no heading has: it names nothing.
 */
function partsNamingAHeading(raw: string, phrases: PhraseIndex): TopicMatch | null {
  const stripped = compoundLabel(raw);
  const parts: string[] = [];
  let conjunction: Cut['conjunction'] = null;
  let from = 0;
  for (const cut of cutsOf(stripped)) {
    parts.push(foldText(stripped.slice(from, cut.index)));
    conjunction = cut.conjunction ?? conjunction;
    from = cut.end;
  }
  parts.push(foldText(stripped.slice(from)));
  if (conjunction === null || parts.length < 3 || parts.length > MOST_CONJUNCTS || parts.some((part) => part === '')) return null;
  for (let size = parts.length - 1; size >= 2; size--) {
    for (const chosen of subLists(parts.length, size)) {
      const words = chosen.map((i) => parts[i] ?? '');
      const match = closest(joined(words.slice(0, -1).join(' '), conjunction, words.at(-1) ?? ''), phrases);
      if (match) return match;
    }
  }
  return null;
}

/** The index lists of `size` among `count`, in order (`[0, 1]`, `[0, 2]`, `[1, 2]` for 2 of 3). */
function subLists(count: number, size: number): number[][] {
  if (size === 0) return [[]];
  const lists: number[][] = [];
  for (let first = 0; first <= count - size; first++) {
    for (const rest of subLists(count - first - 1, size - 1)) lists.push([first, ...rest.map((i) => i + first + 1)]);
  }
  return lists;
}

export interface MatchOptions {
  family?: TopicFamily;
  /** Fall back on keyword rules (default true). Off where a heading must be a known one to count as a heading. */
  keywords?: boolean;
}

/**
 * The topic of a section heading: the vocabulary (exact, then with typos), then the first topic of a
 * compound heading (`5. Marking and record-keeping` -> marking), then a known heading some of its parts make
 * (`Collection, seizure and destruction` -> collection and destruction), then keyword rules (PoA family only).
 *
 * @example matchHeading('2. Сбор и уничтожение оружия')?.topic // 'collection_destruction'
 */
export function matchHeading(raw: string, options: MatchOptions = {}): TopicMatch | null {
  const family = options.family ?? 'poa';
  const folded = normaliseLabel(raw);
  const whole = closestLabel(raw, HEADING_PHRASES[family]);
  if (whole) return whole;
  const first = firstConjunct(raw, HEADING_PHRASES[family]);
  if (first) return first;
  const parts = partsNamingAHeading(raw, HEADING_PHRASES[family]);
  if (parts) return parts;
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
 * The topic of a section from its heading and its answer. `Assistance` (or `International assistance`) alone heads
 * the cooperation the template calls `International cooperation and assistance`, and as often a state's request
 * for it: a heading matched to international cooperation without a cooperation keyword of its own, over an answer
 * that asks for assistance (an assistance_needs keyword: `requests support`, `would welcome assistance`), is
 * assistance needs. Every other heading's topic is its match's.
 */
export function sectionTopic(heading: string, match: TopicMatch | null, answer: string | null): Topic | null {
  if (match?.topic !== 'international_cooperation' || answer === null) return match?.topic ?? null;
  if (byKeyword(normaliseLabel(heading))?.topic === 'international_cooperation') return match.topic;
  const folded = foldText(answer);
  const asks = KEYWORDS.find((rule) => rule.topic === 'assistance_needs')?.alternatives.some(({ pattern }) => pattern.test(folded)) ?? false;
  return asks ? 'assistance_needs' : match.topic;
}

/**
 * A template question of the PoA pages, matched on its whole wording (typos tolerated); null when the
 * label is not one. Use this to decide whether a line IS a template question.
 *
 * @example matchTemplateQuestion('Operational informaton exchange:')?.topic // 'information_exchange'
 */
export function matchTemplateQuestion(raw: string): TopicMatch | null {
  const whole = closestLabel(raw, QUESTION_PHRASES);
  if (whole) return whole;
  const short = withoutTrailingParenthesis(raw);
  return short === null ? null : closestLabel(short, QUESTION_PHRASES);
}

/**
 * The topic of a question: a template question, else a heading phrase used as a question
 * (`Stockpile management:`), else keyword rules (`Has your country ... tracing requests?` -> tracing).
 */
export function matchQuestionTopic(raw: string): TopicMatch | null {
  const template = matchTemplateQuestion(raw);
  if (template) return template;
  return closestLabel(raw, HEADING_PHRASES.poa) ?? byKeyword(normaliseLabel(raw));
}
