/**
 * Quantities as documents write them, in the document's language: integers with any thousands
 * separator (`9,607`, `1’300`, U+00A0, U+202F, a space, and `9.607` where the language's decimal mark
 * is a comma), number words (`seventeen`, `treize`, `diecisiete`, `dezassete`, `семнадцать`, `十七`),
 * scale words (`2 million`: not a count of items), ranges (`between 200 and 300`, `200–300`: never one
 * count) and approximation qualifiers before or after the number (`some 90`, `300 or so`, `около 50`).
 * Every reading carries the `TransformationStep`s that made it. Words come from the lexicons only.
 */
import { alternation, bounded, foldKey, matchersOf } from '../language/matchers.ts';
import { LANGUAGES, type CanonicalEntry, type Language } from '../language/types.ts';
import type { TransformationStep } from '../model/transformations.ts';
import { asciiDigits, GLUING_SPACES, GROUP_SPACES } from './digits.ts';
import { type DocumentNotes, noteListRefs, splitGluedMarker } from './footnote-refs.ts';
import { VAGUE_QUANTITY } from './vague-quantities.ts';

export { asciiDigits } from './digits.ts';

const SEPARATOR_NAMES: Readonly<Record<string, string>> = {
  ',': 'comma',
  ' ': 'space',
  '\u00a0': 'no-break space U+00A0',
  '\u202f': 'narrow no-break space U+202F',
  '\u2007': 'figure space U+2007',
  '\u2008': 'punctuation space U+2008',
  '\u2009': 'thin space U+2009',
  '\u200a': 'hair space U+200A',
  '’': 'apostrophe U+2019',
  "'": 'apostrophe',
  '.': 'dot',
  '\u066c': 'Arabic thousands separator U+066C',
};

export function describeSeparator(separator: string | null): string | null {
  return separator === null ? null : (SEPARATOR_NAMES[separator] ?? `U+${separator.codePointAt(0)?.toString(16).toUpperCase()}`);
}

/**
 * The South Asian grouping (India, Pakistan, Bangladesh, Nepal, Sri Lanka): the last three digits, then groups of
 * two (lakh, crore): `1,25,000` is 125,000, `12,34,567` is 1,234,567. Commas only. No other reading of such digits
 * exists (a decimal comma is never followed by two more groups), so it is read in every language.
 */
const SOUTH_ASIAN_GROUPS = '\\d{1,2}(?:,\\d{2})+,\\d{3}';
const SOUTH_ASIAN_NUMBER = new RegExp(`^${SOUTH_ASIAN_GROUPS}$`, 'u');

/** The step rule of digits written with `separator`: the South Asian grouping is named, as the lineage must say how 1,25,000 became 125000. */
export function separatorRule(raw: string, separator: string | null): 'quantity.integer' | 'quantity.thousands-separator' | 'quantity.south-asian-grouping' {
  if (separator === null) return 'quantity.integer';
  return separator === ',' && SOUTH_ASIAN_NUMBER.test(asciiDigits(raw)) ? 'quantity.south-asian-grouping' : 'quantity.thousands-separator';
}

/**
 * An integer with or without thousands separators: the same separator between all groups, every group
 * after the first of three digits. The look-arounds keep a number from being glued to a neighbour
 * (`2022.2` is 2022 and a footnote; `7.62` is a calibre, not 762). A dot separates thousands only where
 * the language's decimal mark is a comma; with no language (legacy callers) it always may. Digits glued
 * by a space other than the plain one (`12 3456`, `2 310` with an em space) are one written number that
 * is no well-formed grouping: nothing is read in them, neither the head nor the tail digits.
 */
function integerPattern(dotSeparates: boolean): RegExp {
  const separators = `,’' \\u066c${GROUP_SPACES}${dotSeparates ? '.' : ''}`;
  // An apostrophe between digits is a thousands separator or nothing: `1'25` and `12'5000` are no number
  // at all (not the `1` or `12` before them), like a comma or dot between digits that do not group by three.
  return new RegExp(
    `(?<![\\d.,’'\\u066c]|\\d[${GLUING_SPACES}])(${SOUTH_ASIAN_GROUPS}|\\d{1,3}(?:([${separators}])\\d{3}(?:\\2\\d{3})*)|\\d+)(?![\\d]|[.,’'\\u066c${GLUING_SPACES}]\\d)`,
    'gu',
  );
}
const INTEGER_ANY = integerPattern(true);
const INTEGER_DOT_DECIMAL = integerPattern(false);

function integerRegex(language: Language | null): RegExp {
  return language === null || matchersOf(language).lexicon.decimalMark === ',' ? INTEGER_ANY : INTEGER_DOT_DECIMAL;
}

export interface NumberToken {
  value: number;
  /** The words as written. */
  raw: string;
  /** The thousands separator used, or null. */
  separator: string | null;
  /** Offset of `raw` in the text searched. */
  index: number;
  /** The number-word lexicon entries read (`seventeen`), empty for digits. */
  entries?: string[];
  /** The number written twice, in words and in digits (`mille quatre cent cinquante (1 450)`): both as written. */
  doubled?: { words: string; digits: string };
}

/** Every integer written in digits in `text`, in order. */
export function findIntegerTokens(text: string, language: Language | null): NumberToken[] {
  const found: NumberToken[] = [];
  for (const match of asciiDigits(text).matchAll(integerRegex(language))) {
    const ascii = match[1] ?? match[0];
    const value = Number(ascii.replace(/[^\d]/g, ''));
    if (!Number.isSafeInteger(value)) continue;
    const index = match.index ?? 0;
    // A South Asian grouping has no one separator between every group (the capture is the other alternative's).
    const separator = match[2] ?? (SOUTH_ASIAN_NUMBER.test(ascii) ? ',' : null);
    found.push({ value, raw: text.slice(index, index + ascii.length), separator, index });
  }
  return found;
}

/**
 * Digits grouped by dots (`9.607`, `1.200.000`): a thousands separator in fr, es, pt, ru, but in a
 * language whose decimal mark is the dot (English) neither a whole count nor a plausible decimal (9.607
 * weapons). `integerPattern` rightly reads no integer in it there; this finds it, so that it is
 * reported rather than passed over.
 */
const DOT_GROUPED = /(?<![\d.,’'\u066c])\d{1,3}(?:\.\d{3})+(?![\d]|[.,\u066c]\d)/gu;

export interface AmbiguousNumber {
  /** As written. */
  raw: string;
  /** Offset of `raw` in the text searched. */
  index: number;
  /** Why it is not read as a count, naming the words and the language's decimal mark. */
  reason: string;
}

const LANGUAGE_NAMES = new Intl.DisplayNames(['en'], { type: 'language' });

/** Why `raw` (`9.607`) is no count in `language`, whose decimal mark is the dot. */
export function dotGroupedReason(raw: string, language: Language): string {
  const digits = raw.replace(/\D/g, '');
  return `'${raw}' is not a whole count in ${languageName(language)} (decimal mark '.'): a decimal, or ${digits} written with another language's thousands separator; not guessed`;
}

function languageName(language: Language): string {
  return LANGUAGE_NAMES.of(language) ?? language;
}

/** The dot-grouped numbers of `text` where `language`'s decimal mark is the dot (none for other or unknown languages). */
export function findDotGroupedNumbers(text: string, language: Language | null): AmbiguousNumber[] {
  if (language === null || matchersOf(language).lexicon.decimalMark !== '.') return [];
  return [...asciiDigits(text).matchAll(DOT_GROUPED)].map((match) => {
    const index = match.index ?? 0;
    const raw = text.slice(index, index + match[0].length);
    return { raw, index, reason: dotGroupedReason(raw, language) };
  });
}

/**
 * Digits joined by two commas or apostrophes or more that make no number (`1,25,00`, `1'2'3`): a typing slip or a
 * grouping no language writes. `integerPattern` reads nothing in them (neither the head nor the tail digits), so
 * a caller that sees words naming weapons after one reports it instead of passing it over.
 */
// Two marks or more: digits with one (`12,5000`, `2,5 thousand`) are a decimal to the count reader (count-not-integer).
const JOINED_DIGITS = /(?<![\d.,’'\u066c])\d+(?:[,’'\u066c]\d+){2,}(?![\d]|[.,’'\u066c]\d)/gu;

export function findMalformedNumbers(text: string, language: Language | null): AmbiguousNumber[] {
  const ascii = asciiDigits(text);
  const found: AmbiguousNumber[] = [];
  for (const match of ascii.matchAll(JOINED_DIGITS)) {
    const digits = match[0];
    const read = findIntegerTokens(digits, language);
    if (read.length === 1 && read[0]?.raw.length === digits.length) continue;
    const index = match.index ?? 0;
    const raw = text.slice(index, index + digits.length);
    found.push({ raw, index, reason: `'${raw}' groups its digits in no way a number is written: not read, not guessed` });
  }
  return found;
}

/**
 * A grouped number whose last group runs on by one or two digits (`1,2003`): no grouping any language writes, but
 * the grouped number and a note reference a PDF glued to it when the superscript was lost. Read so only where the
 * digits after the last group are a note the document defines (`refs`): `1,2003` with a note 3 is 1,200 and note 3.
 * Groups are marked by a comma, an apostrophe, U+066C, or a dot where the language's decimal mark is a comma; a
 * space is left out (`1 2003` is as likely two numbers).
 */
export function findNoteGluedNumbers(text: string, language: Language | null, refs: ReadonlySet<string>): (NumberToken & { note: string })[] {
  if (refs.size === 0) return [];
  const dot = language === null || matchersOf(language).lexicon.decimalMark === ',' ? '.' : '';
  const pattern = new RegExp(`(?<![\\d.,’'\\u066c])(\\d{1,3}([,’'\\u066c${dot}])\\d{3}(?:\\2\\d{3})*)(\\d{1,2})(?![\\d]|[.,’'\\u066c]\\d)`, 'gu');
  const found: (NumberToken & { note: string })[] = [];
  for (const match of asciiDigits(text).matchAll(pattern)) {
    const grouped = match[1] ?? '';
    const note = match[3] ?? '';
    if (!refs.has(note)) continue;
    const index = match.index ?? 0;
    found.push({ value: Number(grouped.replace(/\D/gu, '')), raw: text.slice(index, index + grouped.length), separator: match[2] ?? null, index, note });
  }
  return found;
}

/**
 * What `lines` (a document's lines in order) say about its notes (see `DocumentNotes`): the refs of its notes lists
 * (`noteListRefs`) and of `footnoteRefs` (the notes a reader found at its pages' feet), and whether it writes a number
 * of thousands grouped anywhere (`1,200`, `1 850`).
 */
export function documentNotes(lines: readonly string[], footnoteRefs: readonly string[], language: Language | null): DocumentNotes {
  const refs = new Set([...noteListRefs(lines), ...footnoteRefs]);
  const groupsThousands = lines.some((line) => findIntegerTokens(line, language).some((token) => token.separator !== null && token.value >= 1000));
  return { refs, groupsThousands };
}

/**
 * The note a number written without a separator may end in (`3124` with a note 4 defined: 3,124, or 312 and note 4),
 * where the document groups its other thousands: the longest such note, or null. Such a number has two readings.
 */
export function trailingNoteRef(raw: string, refs: ReadonlySet<string>): string | null {
  if (!/^\d{4,}$/u.test(raw)) return null;
  for (const length of [2, 1]) {
    const ref = raw.slice(-length);
    if (refs.has(ref) && !ref.startsWith('0')) return ref;
  }
  return null;
}

/** A token that is one whole integer (`9,607`, `1’300`, `3 200`, `1,046¹`: see `parseIntegerCell`), or null. */
export function parseIntegerToken(raw: string, language: Language | null): number | null {
  return parseIntegerCell(raw, language)?.value ?? null;
}

/**
 * A token that is one whole integer, with a footnote marker glued to it or not (`1,046¹`, `1.873*`, `1 092**`,
 * `12,580[1]`): the marker never changes the number and never removes it; it is returned apart, for the lineage.
 * Null for anything else: digits that run on into the marker's place (`12,5801`, a `<sup>` lost) are no number.
 */
export function parseIntegerCell(raw: string, language: Language | null): { value: number; marker: string | null } | null {
  const { head, marker } = splitGluedMarker(raw);
  const found = findIntegerTokens(head, language);
  const only = found[0];
  return found.length === 1 && only && only.raw.length === head.length ? { value: only.value, marker } : null;
}

/**
 * Where the last clause break (`,`, `;`, `.`) of `text` is, or -1: a mark with a digit on both sides is
 * part of a written number (`1,100`, `7.62`, `1.450`), never a break between clauses, so the words after
 * the break never start inside a number and a reader that takes "the words of the last clause" cannot cut
 * `1,100 killed` down to `100 killed`.
 */
export function lastClauseBreak(text: string, marks = ',;.'): number {
  const digits = asciiDigits(text);
  for (let i = text.length - 1; i >= 0; i--) {
    if (!marks.includes(text[i] ?? '')) continue;
    if (/\d/u.test(digits[i - 1] ?? '') && /\d/u.test(digits[i + 1] ?? '')) continue;
    return i;
  }
  return -1;
}

// ---------------------------------------------------------------------------------------------------
// Number words.

export interface NumberPhrase {
  value: number;
  /** The lexicon entries read, in order (`quatre-vingt-dix`, `sept`). */
  entries: string[];
}

type WordRole = { role: 'value' | 'small' | 'large' | 'article'; value: number } | { role: 'joiner'; value: 0 };

function roleOf(word: string, language: Language, articles: boolean): WordRole | null {
  const words = matchersOf(language).lexicon.numberWords;
  const key = foldKey(word);
  if (key in words.values) return { role: 'value', value: words.values[key] ?? 0 };
  if (key in words.smallMultipliers) return { role: 'small', value: words.smallMultipliers[key] ?? 0 };
  if (key in words.largeMultipliers) return { role: 'large', value: words.largeMultipliers[key] ?? 0 };
  if (words.joiners.includes(key)) return { role: 'joiner', value: 0 };
  if (articles && key in words.articles) return { role: 'article', value: words.articles[key] ?? 0 };
  return null;
}

/** The phrase cut into lexicon entries, longest first (`quatre-vingt-dix` before `quatre`). */
function entriesOf(phrase: string, language: Language, articles: boolean): Array<{ word: string; role: WordRole }> | null {
  const lexicon = matchersOf(language).lexicon;
  const pieces = lexicon.boundary === 'none' ? [...phrase.replace(/\s+/gu, '')] : phrase.trim().split(/[\s-]+/u).filter((p) => p !== '');
  const out: Array<{ word: string; role: WordRole }> = [];
  let at = 0;
  while (at < pieces.length) {
    let taken = 0;
    for (let n = Math.min(3, pieces.length - at); n >= 1 && taken === 0; n--) {
      for (const glue of lexicon.boundary === 'none' ? [''] : ['-', ' ']) {
        const word = pieces.slice(at, at + n).join(glue);
        const role = roleOf(word, language, articles);
        if (role) {
          out.push({ word: foldKey(word), role });
          taken = n;
          break;
        }
      }
    }
    if (taken === 0) {
      // A glued proclitic conjunction (Arabic `وعشرون` = and twenty).
      const piece = pieces[at] ?? '';
      const joiner = lexicon.proclitics.length > 0 ? lexicon.numberWords.joiners.find((j) => piece.startsWith(j) && piece.length > j.length) : undefined;
      const role = joiner ? roleOf(piece.slice(joiner.length), language, articles) : null;
      if (!joiner || !role) return null;
      out.push({ word: joiner, role: { role: 'joiner', value: 0 } }, { word: foldKey(piece.slice(joiner.length)), role });
      taken = 1;
    }
    at += taken;
  }
  return out;
}

/**
 * A phrase of number words in `language` as an integer: `twenty-one` 21, `quatre-vingt-dix-sept` 97,
 * `treinta y cinco` 35, `две тысячи триста` 2300, `三百二十` 320. Articles (`a`, `une`, `um`) count only
 * when `articles` is set (a phrase read as a whole count). Null for anything else: "numerous" gives no number.
 */
export function parseNumberPhrase(phrase: string, language: Language, { articles = false } = {}): NumberPhrase | null {
  const entries = entriesOf(phrase, language, articles);
  if (!entries || entries.length === 0) return null;
  const first = entries[0];
  const last = entries.at(-1);
  if (first?.role.role === 'joiner' || last?.role.role === 'joiner') return null;
  let total = 0;
  let section = 0;
  let current: number | null = null;
  for (const { role } of entries) {
    if (role.role === 'value' || role.role === 'article') current = (current ?? 0) + role.value;
    else if (role.role === 'small') {
      section += (current ?? 1) * role.value;
      current = null;
    } else if (role.role === 'large') {
      total += (section + (current ?? 0) || 1) * role.value;
      section = 0;
      current = null;
    }
  }
  const value = total + section + (current ?? 0);
  return Number.isSafeInteger(value) ? { value, entries: entries.filter((e) => e.role.role !== 'joiner').map((e) => e.word) } : null;
}

/** A vague word of any language right before a number's words (`several thousand`, `quelques centaines`, `несколько тысяч`). */
const VAGUE_BEFORE = new RegExp(`(?:${VAGUE_QUANTITY})\\s*$`, 'iu');

/** A word that is itself a vague quantity, whole (`тысячи`, `сотни`: thousands, hundreds), in any language. */
const VAGUE_WORD = new RegExp(`^(?:${VAGUE_QUANTITY})$`, 'iu');
/** Digits right before a number's words: the words scale them (`2 тысячи` is 2,000), they are no number of their own. */
const DIGITS_BEFORE = /\d\s*$/u;

/** Whether a number's words open with a multiplier, no value before it (`thousand`, `hundred thousand`, `mil`). */
function opensWithMultiplier(words: readonly string[], language: Language): boolean {
  const { smallMultipliers, largeMultipliers } = matchersOf(language).lexicon.numberWords;
  const first = foldKey(words[0] ?? '');
  return Object.keys(smallMultipliers).some((w) => foldKey(w) === first) || Object.keys(largeMultipliers).some((w) => foldKey(w) === first);
}

/**
 * Number words in running text, in order (`Seventeen rifles` -> 17). Articles are not read here (too
 * often not a count), nor a word glued by a hyphen to another (`three-year`). A multiplier after a vague word
 * (`several thousand weapons`, `quelques centaines d'armes`), or one whose form is a vague word itself (`тысячи
 * единиц`: thousands of), is no number (it had read as 1,000 and 100): it goes to `vague`, when given, not to the tokens.
 */
export function findNumberWordTokens(text: string, language: Language, vague?: NumberToken[]): NumberToken[] {
  const found: NumberToken[] = [];
  const boundary = matchersOf(language).lexicon.boundary;
  for (const match of text.matchAll(matchersOf(language).numberWordRun)) {
    const index = match.index ?? 0;
    const raw = match[0];
    if (boundary !== 'none' && (text[index - 1] === '-' || text[index + raw.length] === '-')) continue;
    const phrase = parseNumberPhrase(raw, language);
    if (phrase === null) continue;
    const multiplierFirst = opensWithMultiplier(phrase.entries, language);
    const vagueWords = multiplierFirst ? VAGUE_BEFORE.exec(text.slice(Math.max(0, index - 40), index)) : null;
    // "тысячи единиц оружия" (thousands of weapons): a multiplier in a form that is a vague word opens no number (it
    // had read as 1,000), unless digits before it are what it multiplies (`2 тысячи`).
    const vagueItself = multiplierFirst && VAGUE_WORD.test(phrase.entries[0] ?? '') && !DIGITS_BEFORE.test(text.slice(Math.max(0, index - 20), index));
    if (vagueWords !== null || vagueItself) {
      // Given back (`vague`) with the vague words, for a reader that reports what it did not load.
      const lead = vagueWords?.[0] ?? '';
      vague?.push({ value: phrase.value, raw: lead + raw, separator: null, index: index - lead.length, entries: phrase.entries });
      continue;
    }
    found.push({ value: phrase.value, raw, separator: null, index, entries: phrase.entries });
  }
  return found;
}

/** A number written twice that gives two values (`one thousand four hundred (1,450)`): no count, and why. */
export interface DisagreeingNumber extends AmbiguousNumber {
  /** Where the written-twice number ends in the text searched (after the closing parenthesis). */
  end: number;
}

/**
 * Numbers written twice, in words then in digits in parentheses or the other way round, the legal style of
 * French, Spanish, Portuguese and English (`mille quatre cent cinquante (1 450)`, `one thousand four hundred and
 * fifty (1,450)`, `1 450 (mille quatre cent cinquante)`): ONE number, never two counts. When both give the same value
 * the pair becomes one token (the digits' value and separator, `raw` running over both and the parenthesis); when
 * they disagree neither is a count (`disagreeing` names both: the document contradicts itself, nothing is guessed).
 * `isYear(token)` marks digits that are a year (`deux mille vingt (2020)`): such a pair is no count at all, dropped.
 */
export function pairNumbersWrittenTwice(
  text: string,
  tokens: readonly NumberToken[],
  isYear: (token: NumberToken) => boolean = () => false,
): { tokens: NumberToken[]; disagreeing: DisagreeingNumber[] } {
  const ordered = [...tokens].sort((a, b) => a.index - b.index);
  const out: NumberToken[] = [];
  const disagreeing: DisagreeingNumber[] = [];
  for (let i = 0; i < ordered.length; i++) {
    const first = ordered[i];
    const second = ordered[i + 1];
    if (!first) continue;
    const pair = second ? writtenTwice(text, first, second) : null;
    if (!second || !pair) {
      out.push(first);
      continue;
    }
    i++;
    const [words, digits] = pair.wordsFirst ? [first, second] : [second, first];
    if (isYear(digits)) continue;
    const raw = text.slice(first.index, pair.end);
    if (words.value !== digits.value) {
      disagreeing.push({
        raw,
        index: first.index,
        end: pair.end,
        reason: `the words '${words.raw}' (${words.value}) and the digits '${digits.raw}' (${digits.value}) are one number written twice and disagree; not guessed`,
      });
      continue;
    }
    out.push({ value: digits.value, raw, separator: digits.separator, index: first.index, entries: words.entries ?? [], doubled: { words: words.raw, digits: digits.raw } });
  }
  return { tokens: out, disagreeing };
}

/** Whether `second` repeats `first` in parentheses (one in words, the other in digits), and where the pair ends. */
function writtenTwice(text: string, first: NumberToken, second: NumberToken): { wordsFirst: boolean; end: number } | null {
  const firstWords = (first.entries?.length ?? 0) > 0;
  const secondWords = (second.entries?.length ?? 0) > 0;
  if (firstWords === secondWords || first.doubled || second.doubled) return null;
  if (!/^\s*\(\s*$/u.test(text.slice(first.index + first.raw.length, second.index))) return null;
  const close = /^\s*\)/u.exec(text.slice(second.index + second.raw.length));
  if (!close) return null;
  return { wordsFirst: firstWords, end: second.index + second.raw.length + close[0].length };
}

const zeroWordCache = new Map<Language, RegExp | null>();

/**
 * The words of `language` that say "none of" before a noun (`no`, `aucune`, `ningún`, `nenhuma`: the lexicon's
 * number-word articles worth 0; `not a single`, `ни одной`: its `notASingle` phrases), as tokens of value 0.
 * Whether one counts weapons is the caller's to check; a number word inside such a phrase is no count of its own.
 */
export function findZeroWordTokens(text: string, language: Language): NumberToken[] {
  if (!zeroWordCache.has(language)) {
    const lexicon = matchersOf(language).lexicon;
    const words = lexicon.numberWords;
    const zeros = Object.entries(words.articles).filter(([, value]) => value === 0).map(([word]) => word);
    // The phrases first: `not one` is read whole, before `no` could be read in `not`.
    const sources = [...words.notASingle, ...(zeros.length === 0 ? [] : [alternation(zeros)])];
    zeroWordCache.set(language, sources.length === 0 ? null : new RegExp(bounded(sources.join('|'), lexicon), 'giu'));
  }
  const pattern = zeroWordCache.get(language);
  if (!pattern) return [];
  return [...text.matchAll(pattern)].map((match) => ({ value: 0, raw: match[0], separator: null, index: match.index ?? 0 }));
}

// ---------------------------------------------------------------------------------------------------
// Qualifiers.

export interface QualifierReading {
  /** As written. */
  written: string;
  entry: CanonicalEntry;
  language: Language;
  /** Offset of `written` in the text given. */
  index: number;
}

/** Qualifiers and the phrasal verbs before them are short: the regexes look at the end of the text only. */
const QUALIFIER_WINDOW = 80;

function qualifierBeforeIn(before: string, language: Language): QualifierReading | null {
  const m = matchersOf(language);
  const cut = Math.max(0, before.length - QUALIFIER_WINDOW);
  // Cut at a space so that the window never starts inside a word.
  const from = cut === 0 ? 0 : Math.max(cut, before.indexOf(' ', cut) + 1);
  const tail = before.slice(from);
  const hit = m.qualifierAtEnd.exec(tail);
  const written = hit?.[1];
  if (!hit || written === undefined) return null;
  const entry = m.qualifierBySurface.get(foldKey(written));
  if (!entry) return null;
  // "handed over 300 rifles": a phrasal verb, not "over 300".
  if (m.falseQualifierAtEnd?.test(tail)) return null;
  const index = from + hit.index;
  const contexts = m.lexicon.qualifierContexts[foldKey(written)];
  if (contexts) {
    const head = before.slice(0, index);
    const inContext = /(?:^|[,;:(])\s*$/u.test(head) || new RegExp(`(?<![\\p{L}\\p{M}])(?:${alternation(contexts)})\\s*$`, 'iu').test(head);
    if (!inContext) return null;
  }
  return { written, entry, language, index };
}

/**
 * The approximation qualifier that ends `before` (the text up to a number), in `language`; with a
 * null language, in any registered language (the longest wins).
 */
export function qualifierBefore(before: string, language: Language | null): QualifierReading | null {
  if (language !== null) return qualifierBeforeIn(before, language);
  let best: QualifierReading | null = null;
  for (const each of LANGUAGES) {
    const found = qualifierBeforeIn(before, each);
    if (found && (best === null || found.written.length > best.written.length)) best = found;
  }
  return best;
}

/**
 * A word of the counted noun phrase between a number and a qualifier that closes it: a word (`rounds`,
 * `of`, `d’assaut`) or a measure that is no count (`5.56 mm`, `7,62x39`, `9 mm`). A bare integer is
 * another count, and any punctuation (a comma, a full stop, a parenthesis) ends the phrase: neither is crossed.
 */
const NOUN_PHRASE_WORD = "(?:[\\p{L}\\p{M}][\\p{L}\\p{M}’'\\-]*|\\d+(?:[.,x×]\\d+)+(?:\\s*mm)?|\\d+\\s*mm)";
/** How many words of a noun phrase may stand between a number and its qualifier (`1,200 rounds of 5.56 mm ammunition approximately`). */
const NOUN_PHRASE_WORDS = 6;
const trailingQualifierCache = new Map<Language, RegExp | null>();

function trailingQualifierOf(language: Language): RegExp | null {
  if (trailingQualifierCache.has(language)) return trailingQualifierCache.get(language) ?? null;
  const lexicon = matchersOf(language).lexicon;
  const built =
    lexicon.boundary === 'none' || lexicon.qualifiersAfter.length === 0
      ? null
      : new RegExp(`^\\s*(?:${NOUN_PHRASE_WORD}\\s+){0,${NOUN_PHRASE_WORDS}}?(${alternation(lexicon.qualifiersAfter.map((e) => e.surface))})(?![\\p{L}\\p{M}])`, 'iu');
  trailingQualifierCache.set(language, built);
  return built;
}

/**
 * The approximation qualifier after a number (`after` is the text after it): right after it or after
 * its noun (`300 or so`, `50 с лишним`, `300 fusils environ`), or closing the counted noun phrase
 * (`1 200 cartouches de 5,56 mm environ`, `40 pistolets automatiques au moins`). A qualifier word that
 * is followed by a number hedges that number, not this one (`300 rifles from about 20 armouries`).
 */
export function qualifierAfter(after: string, language: Language): QualifierReading | null {
  const m = matchersOf(language);
  const hit = m.qualifierAtStart.exec(after) ?? trailingQualifierOf(language)?.exec(after) ?? null;
  const written = hit?.[1];
  if (!hit || written === undefined) return null;
  const entry = m.qualifierAfterBySurface.get(foldKey(written));
  if (!entry) return null;
  const rest = after.slice(hit[0].length);
  const nextWord = /^\s+([\p{L}\p{M}][\p{L}\p{M}-]*)/u.exec(rest)?.[1];
  if (/^\s*\d/u.test(rest) || (nextWord !== undefined && parseNumberPhrase(nextWord, language) !== null)) return null;
  return { written, entry, language, index: hit[0].length - written.length };
}

export function qualifierStep(column: string, q: QualifierReading, side: 'before' | 'after'): TransformationStep {
  return {
    column: `${column}_approx`,
    source_words: q.written,
    rule: `quantity.qualifier-${side}`,
    lexicon_entry: `${side === 'before' ? 'qualifiersBefore' : 'qualifiersAfter'}: ${q.entry.canonical}`,
    language: q.language,
    value: '1',
  };
}

export function numberStep(column: string, token: NumberToken, language: Language | null): TransformationStep | null {
  if (token.entries && token.entries.length > 0) {
    return { column, source_words: token.raw, rule: 'quantity.number-words', lexicon_entry: `numberWords: ${token.entries.join(' ')}`, language, value: String(token.value) };
  }
  if (token.separator !== null) {
    return {
      column,
      source_words: token.raw,
      rule: separatorRule(token.raw, token.separator),
      lexicon_entry: token.separator === '.' && language !== null ? `decimalMark: ,` : null,
      language: token.separator === '.' ? language : null,
      value: String(token.value),
    };
  }
  return null;
}
