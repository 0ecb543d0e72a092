/**
 * What a profile says in words about how many incidents there were: "numerous accidental explosions
 * were reported" (count unknown, the words kept), "no accidental explosion was reported" (0), "five
 * accidental explosions", "Four cases of diversion", "one accidental explosion", with the period
 * ("since 1979", "between 1990 and 2020"). A qualified number ("at least three") is not an exact
 * count: NULL with the words kept.
 */
import { alternation, bounded } from '../../language/matchers.ts';
import { allLexicons, lexiconOf } from '../../language/registry.ts';
import type { Language } from '../../language/types.ts';
import type { IssueDraft, TallyRecord } from '../../model/records.ts';
import type { TransformationStep } from '../../model/transformations.ts';
import { numberStep, parseIntegerToken, parseNumberPhrase, qualifierBefore, qualifierStep } from '../../transforms/quantity.ts';
import { findUnknownMarkers, unknownStep } from '../../transforms/unknown.ts';
import { VAGUE_QUANTITY } from '../../transforms/vague-quantities.ts';
import { findMarkers } from './lines.ts';
import { anyProfilePhrase, profileWords } from './words.ts';

export type TallyTopic = TallyRecord['topic'];

/**
 * The noun phrases a tally counts, of every language ("accidental explosions", "cases of diversion", "حالات
 * تسريب", "意外爆炸"), each a whole phrase under its language's boundary rule (Arabic's glued proclitics, none in Han).
 */
const NOUNS: Record<TallyTopic, RegExp> = {
  explosions: new RegExp(anyProfilePhrase((words) => words.tallyNouns.explosions), 'giu'),
  diversions: new RegExp(anyProfilePhrase((words) => words.tallyNouns.diversions), 'giu'),
};

/** The regex sources `pick` chooses, of every language, as one alternation; one that never matches when there is none. */
const anyOrNone = (pick: Parameters<typeof profileWords>[0]): string => profileWords(pick).join('|') || '(?!)';

/** `since 1979`, `depuis 2005`, `منذ 2015`, `С 1979 года`: the words of every lexicon's `tallySinceWords`, then the year. */
const SINCE_YEAR = new RegExp(`(?<![\\p{L}])(?:${anyOrNone((words) => words.tallySinceWords)})(?![\\p{L}])[^.;]{0,80}?\\b((?:19|20)\\d{2})\\b`, 'iu');
/** `in 2016`, `pendant 2016`, `durante 2016`: every lexicon's `tallyInYearWords` right before the year. */
const IN_YEAR = new RegExp(`(?<![\\p{L}])(?:${anyOrNone((words) => words.tallyInYearWords)})\\s+((?:19|20)\\d{2})\\b`, 'iu');
/**
 * `between 1990 and 2020`, `de 1990 à 2020`, `с 1990 по 2020`, `بين عامي 2010 و2015`: every lexicon's `tallyRangeOpeners`
 * and `tallyRangeJoiners` around two years; the second year may be glued to the joiner (Arabic writes `و` so).
 */
const RANGE_WORDS = new RegExp(
  `(?<![\\p{L}])(?:${anyOrNone((words) => words.tallyRangeOpeners)})\\s+((?:19|20)\\d{2})\\s+(?:${anyOrNone((words) => words.tallyRangeJoiners)})\\s*((?:19|20)\\d{2})(?!\\d)`,
  'iu',
);
/** `1990-2020`, `1990 – 2020`: two years joined by a dash, in any language. */
const RANGE_DASH = /\b((?:19|20)\d{2})\s*[-–—]\s*((?:19|20)\d{2})\b/u;

/** A tally noun in the dual, of every language (`حالتا تسريب`, two cases of diversion): its own count of two. */
const DUAL = new RegExp(`^(?:${anyOrNone((words) => words.tallyDuals)})(?![\\p{L}])`, 'iu');

/** The verb after a noun counted 0 that the words keep (`was reported`): every lexicon's `tallyVerbsAfter`. */
const VERB_AFTER = new RegExp(`^\\s*(?:${anyOrNone((words) => words.tallyVerbsAfter)})\\b`, 'iu');
/** Every lexicon's `of` (`dozens of`, `de nombreux`), after a vague word. */
const OF_WORDS = allLexicons().flatMap((lexicon) => lexicon.countStatements.ofWords).join('|') || '(?!)';
/** Vague words right before the tally's noun (`several`, `dozens of`, `de nombreux`), in the lexicons' vagueQuantities. */
const VAGUE = new RegExp(`(?:^|[^\\p{L}])((?:${VAGUE_QUANTITY})(?:\\s+(?:${OF_WORDS}))?)\\s+$`, 'iu');
/** `a dozen`, `about a dozen`, `une douzaine d'`, `una docena de`: a round figure, not a count (every lexicon's `tallyRoundFigures`). */
const ROUND_FIGURE = new RegExp(`(?:^|[^\\p{L}])(${anyOrNone((words) => words.tallyRoundFigures)})\\s*$`, 'iu');
/**
 * The words that count 0 right before the noun (`no`, `aucun`, `no se han registrado`, Arabic's negation, verb and
 * "any"), maybe with a filler (`no other`): every lexicon's `tallyNoneWords` and `tallyNoneFillers`.
 */
const NONE = new RegExp(
  `(?:^|[^\\p{L}])(${anyOrNone((words) => words.tallyNoneWords)})\\s+(?:(?:${anyOrNone((words) => words.tallyNoneFillers)})\\s+)?$`,
  'diu',
);
/**
 * Words counting 0 after the noun, its predicate ending the sentence (`Cases of diversion have not been recorded`,
 * `Случаи утечки боеприпасов в открытых источниках не зарегистрированы`): every lexicon's `tallyNoneAfter`, a few
 * words with no punctuation (where the cases were not recorded) allowed between the noun and them. Capture 1 holds
 * the words kept as the raw count.
 */
const NONE_AFTER_GAP = 6;
const NONE_AFTER = new RegExp(
  `^(?:\\s+[\\p{L}\\p{M}'’-]+){0,${NONE_AFTER_GAP}}?\\s+(${anyOrNone((words) => words.tallyNoneAfter)})(?![\\p{L}])\\s*(?:\\[\\d{1,3}\\]|\\d{1,3})?\\s*[.!?。]?\\s*$`,
  'iu',
);
/** `a single`: a count of one (every lexicon's `tallySingleWords`), the whole words before the noun. */
const SINGLE = new RegExp(`^(?:${anyOrNone((words) => words.tallySingleWords)})$`, 'iu');
/** `no`, `none`, `zero`: words that are no count before the noun, whatever a number reader makes of them. */
const NOT_COUNT = new RegExp(`(?<!\\p{L})(?:${anyOrNone((words) => words.tallyNotCountWords)})(?!\\p{L})`, 'iu');

/**
 * The languages whose number words a tally is read in: the page's, or (when it is not known) those of
 * the profile family (English, French, Spanish).
 */
function tallyLanguages(language: Language | null): Language[] {
  return language === null ? ['en', 'fr', 'es'] : [language];
}

export interface TallyNote {
  rule: 'tally-not-exact' | 'unknown-value';
  message: string;
}

export interface TallyReading {
  topic: TallyTopic;
  reported_count: number | null;
  reported_raw: string;
  period_start: number | null;
  period_end: number | null;
  /** Offsets of the sentence in the paragraph. */
  sentenceStart: number;
  sentenceEnd: number;
  /** An info issue to raise: a qualified count kept as words (`tally-not-exact`), a count said to be unknown (`unknown-value`). */
  note: TallyNote | null;
  /** How the count was read. */
  steps: TransformationStep[];
}

/**
 * Where a sentence ends: `.`/`!`/`?` before a space, the end or a footnote marker; or glued to the next
 * sentence's capital after a word or a year (`reported.Three cases`, `since 2010.No`), where the page lost the marker and the space
 * between them. A capital after a capital's period (`U.S.A`) is an abbreviation, not a new sentence. The
 * Arabic question mark is one too; the Chinese full stop and marks end a sentence with no space after them.
 */
const SENTENCE_END = /[.!?؟](?=\s|$|\[\d|\d{1,3}(?:\s|$))|(?<=[\p{Ll})\]”"’]|(?<!\d)(?:19|20)\d{2})[.!?](?=\p{Lu})|[。！？]/gu;

/** Sentence bounds: a sentence ends at `.`/`!`/`?` (a footnote marker may follow) before a space and a capital. */
function sentenceAround(text: string, index: number): { start: number; end: number } {
  const markers = findMarkers(text);
  const ends: number[] = [];
  for (const m of text.matchAll(SENTENCE_END)) {
    // An abbreviation's period inside parentheses (`(см. Таблицу 1)`, `(cf. Table 1)`) ends no sentence.
    const before = text.slice(0, m.index ?? 0);
    if ((before.match(/\(/g) ?? []).length > (before.match(/\)/g) ?? []).length) continue;
    let end = (m.index ?? 0) + 1;
    const marker = markers.find((k) => k.index === end);
    if (marker) end += marker.length;
    ends.push(end);
  }
  let start = 0;
  let end = text.length;
  for (const e of ends) {
    if (e <= index) start = e;
    else {
      end = e;
      break;
    }
  }
  while (start < end && /\s/.test(text[start] ?? '')) start++;
  return { start, end };
}

function periodOf(sentence: string): { start: number | null; end: number | null } {
  const range = RANGE_WORDS.exec(sentence) ?? RANGE_DASH.exec(sentence);
  if (range) return { start: Number(range[1]), end: Number(range[2]) };
  const since = SINCE_YEAR.exec(sentence);
  if (since) return { start: Number(since[1]), end: null };
  const inYear = IN_YEAR.exec(sentence);
  if (inYear) return { start: Number(inYear[1]), end: Number(inYear[1]) };
  return { start: null, end: null };
}

interface CountWords {
  count: number | null;
  raw: string;
  note: TallyNote | null;
  steps: TransformationStep[];
}

const notExact = (message: string): TallyNote => ({ rule: 'tally-not-exact', message });

/** The number phrase (digits or words) that ends `before`, in one of `languages`; undefined when there is none, null for a year. */
function numberAtEnd(before: string, languages: Language[]): { value: number; phrase: string; start: number; step: TransformationStep | null } | null | undefined {
  const trimmed = before.trimEnd();
  for (const language of languages) {
    const counted = countedNumberAtEnd(trimmed, language);
    if (counted) return counted;
  }
  const words = trimmed.split(/\s+/);
  // Longest number phrase first: `twenty-one`, `a single`, `two hundred`, `vingt et une`.
  for (let n = Math.min(3, words.length); n >= 1; n--) {
    const phrase = words.slice(-n).join(' ');
    const start = trimmed.length - phrase.length;
    if (SINGLE.test(phrase)) return { value: 1, phrase, start, step: null };
    if (/^\d+$/.test(phrase)) {
      const value = parseIntegerToken(phrase, null);
      // A year before the noun ("In 2019 accidental explosions ...") is not a count.
      if (value !== null && (value < 1900 || value > 2100)) return { value, phrase, start, step: null };
      return null;
    }
    if (NOT_COUNT.test(phrase)) continue;
    for (const language of languages) {
      const read = parseNumberPhrase(phrase, language, { articles: true });
      if (read === null) continue;
      const step = numberStep('reported_count', { value: read.value, raw: phrase, separator: null, index: start, entries: read.entries }, language);
      return { value: read.value, phrase, start, step };
    }
  }
  return undefined;
}

/** A number and one of the language's counters ending the text (`三起`, `5次`), or null (lexicon `tallyCounters`). */
const COUNTED = new Map<Language, RegExp | null>();
function countedNumberAtEnd(trimmed: string, language: Language): { value: number; phrase: string; start: number; step: TransformationStep | null } | null {
  if (!COUNTED.has(language)) {
    const lexicon = lexiconOf(language);
    const counters = lexicon.ammunitionProfile.tallyCounters;
    const numerals = [...Object.keys(lexicon.numberWords.values), ...Object.keys(lexicon.numberWords.smallMultipliers), ...Object.keys(lexicon.numberWords.largeMultipliers)];
    const ordinal = lexicon.ammunitionProfile.tallyOrdinalMarks.length === 0 ? '' : `(?<!${alternation(lexicon.ammunitionProfile.tallyOrdinalMarks)})`;
    COUNTED.set(language, counters.length === 0 ? null : new RegExp(`${ordinal}(?<!\\d|${alternation(numerals)})(\\d+|(?:${alternation(numerals)})+)(?:${alternation(counters)})$`, 'u'));
  }
  const m = COUNTED.get(language)?.exec(trimmed);
  const phrase = m?.[1];
  if (!m || phrase === undefined) return null;
  const start = m.index;
  if (/^\d+$/u.test(phrase)) {
    const value = parseIntegerToken(phrase, null);
    return value === null ? null : { value, phrase, start, step: null };
  }
  const read = parseNumberPhrase(phrase, language, { articles: true });
  if (read === null) return null;
  return { value: read.value, phrase, start, step: numberStep('reported_count', { value: read.value, raw: phrase, separator: null, index: start, entries: read.entries }, language) };
}

/** The count the words before the noun give, or null when they are no count at all. */
function countBefore(before: string, noun: string, after: string, language: Language | null): CountWords | null {
  const none = NONE.exec(before);
  const noAt = none?.indices?.[1]?.[0];
  if (noAt !== undefined) {
    const verb = VERB_AFTER.exec(after)?.[0] ?? '';
    return { count: 0, raw: `${before.slice(noAt)}${noun}${verb}`.replace(/\s+/g, ' ').trim(), note: null, steps: [] };
  }
  const round = ROUND_FIGURE.exec(before);
  if (round?.[1]) {
    const raw = round[1].trim();
    return { count: null, raw, note: notExact(`'${raw}' is a round figure, not an exact count: reported_count NULL, the words kept.`), steps: [] };
  }
  const number = numberAtEnd(before, tallyLanguages(language));
  if (number) {
    const qualifier = qualifierBefore(before.slice(0, number.start), language);
    if (qualifier) {
      const raw = before.slice(qualifier.index).trim();
      const hedge = { ...qualifierStep('reported_count', qualifier, 'before'), column: 'reported_count', value: 'NULL' };
      return { count: null, raw, note: notExact(`'${raw}' is not an exact count: reported_count NULL, the words kept.`), steps: [hedge] };
    }
  }
  const vague = VAGUE.exec(before);
  if (vague?.[1]) {
    const raw = vague[1];
    return { count: null, raw, note: notExact(`'${raw}' gives no number: reported_count NULL, the words kept.`), steps: [] };
  }
  if (!number) return null;
  return { count: number.value, raw: number.phrase, note: null, steps: number.step ? [number.step] : [] };
}

/** A 0 said after the noun (`NONE_AFTER`): the words saying it kept as the raw count. */
function noneAfter(after: string): CountWords | null {
  const raw = NONE_AFTER.exec(after)?.[1];
  return raw === undefined ? null : { count: 0, raw: raw.replace(/\s+/gu, ' '), note: null, steps: [] };
}

/** A dual noun opening the tally's noun phrase counts two (`حالتا تسريب`), the dual word kept as the raw count. */
function dualCount(noun: string): CountWords | null {
  const dual = DUAL.exec(noun);
  return dual ? { count: 2, raw: dual[0], note: null, steps: [] } : null;
}

/** Each language's nouns for a tally's number (lexicon `tallyNumberNouns`), as whole words; null for a language without them. */
const NUMBER_NOUNS = new Map<Language, RegExp | null>();
function numberNouns(language: Language): RegExp | null {
  if (!NUMBER_NOUNS.has(language)) {
    const lexicon = lexiconOf(language);
    const nouns = lexicon.ammunitionProfile.tallyNumberNouns;
    NUMBER_NOUNS.set(language, nouns.length === 0 ? null : new RegExp(bounded(nouns.join('|'), lexicon), 'giu'));
  }
  return NUMBER_NOUNS.get(language) ?? null;
}

/**
 * Most words between a tally's number noun and the unknown marker, its tally noun aside: `their number is not
 * known` (1), `leur nombre n'est pas connu` (1), `the number of such cases of diversion remains unknown` (3). Farther,
 * the marker is about something else (`the number of weapons taken from the depots is not known`).
 */
const UNKNOWN_NUMBER_GAP = 3;

/**
 * How many words a stretch of text holds: its spaced runs, or in a language written without spaces (Chinese) its
 * characters two to a word, as most of its words are long.
 */
function wordsIn(text: string, language: Language): number {
  if (text === '') return 0;
  return lexiconOf(language).boundary === 'none' ? Math.ceil(text.replace(/\s+/gu, '').length / 2) : text.split(/\s+/u).length;
}

/**
 * A sentence saying the tally's number is not known (`Cases of diversion are reported, but their number is not
 * known`): the number noun, then one of the language's unknown markers (transforms/unknown.ts) a few words on.
 * The count is NULL, with the marker's step and an `unknown-value` note, as an unknown cell is.
 */
function unknownCount(sentence: string, topic: TallyTopic, language: Language | null): CountWords | null {
  for (const each of tallyLanguages(language)) {
    const nouns = numberNouns(each);
    if (nouns === null) continue;
    for (const noun of sentence.matchAll(nouns)) {
      const from = (noun.index ?? 0) + noun[0].length;
      const marker = findUnknownMarkers(sentence.slice(from), [each])[0];
      if (!marker) continue;
      const between = sentence.slice(from, from + marker.index).replace(NOUNS[topic], ' ').trim();
      if (/[;:；：，,]/u.test(between) || wordsIn(between, each) > UNKNOWN_NUMBER_GAP) continue;
      const raw = sentence.slice(noun.index ?? 0, from + marker.index + marker.written.length).replace(/\s+/gu, ' ');
      return {
        count: null,
        raw,
        note: { rule: 'unknown-value', message: `'${raw}': the text says the number of ${topic} is not known: reported_count NULL (unknown), the words kept.` },
        steps: [unknownStep('reported_count', marker)],
      };
    }
  }
  return null;
}

/**
 * The first tally sentence about `topic` in a paragraph, or null.
 *
 * @example readTally('Since 1979, no accidental explosion was reported in Mongolia.', 'explosions')
 *   // { reported_count: 0, reported_raw: 'no accidental explosion was reported', period_start: 1979, ... }
 */
export function readTally(text: string, topic: TallyTopic, language: Language | null = null): TallyReading | null {
  for (const m of text.matchAll(NOUNS[topic])) {
    const index = m.index ?? 0;
    const sentence = sentenceAround(text, index);
    const before = text.slice(sentence.start, index);
    const after = text.slice(index + m[0].length, sentence.end);
    const count = countBefore(before, m[0], after, language) ?? dualCount(m[0]) ?? noneAfter(after) ?? unknownCount(text.slice(sentence.start, sentence.end), topic, language);
    if (!count) continue;
    const period = periodOf(text.slice(sentence.start, sentence.end));
    return {
      topic,
      reported_count: count.count,
      reported_raw: count.raw,
      period_start: period.start,
      period_end: period.end,
      sentenceStart: sentence.start,
      sentenceEnd: sentence.end,
      note: count.note,
      steps: count.steps,
    };
  }
  return null;
}

/** A warning when the words and the table disagree (e.g. "five" but six rows). */
export function tallyMismatch(tally: TallyRecord, tableRows: number, tableLine: number): IssueDraft | null {
  if (tally.reported_count === null || tally.reported_count === tableRows) return null;
  return {
    severity: 'warning',
    rule: 'tally-mismatch',
    message: `the text says '${tally.reported_raw}' ${tally.topic} (line ${tally.line_start}) but the table at line ${tableLine} has ${tableRows} rows.`,
    line_start: tally.line_start,
  };
}
