/**
 * Step 3: the numbers of a sentence and what they count. A number counts weapons only when the words
 * after it (or a label before it) name a weapon category; years, decimals, scaled numbers, money,
 * ranges and counts of ammunition or people are not counts, and the ones near weapon words are
 * reported as skipped so that nothing is dropped silently.
 */
import { GENERIC_CATEGORY } from '../../model/vocabulary.ts';
import { NON_WEAPON_ITEMS, counterAlone, findActions, matchWeaponCategory } from '../categories.ts';
import { matchersOf } from '../../language/matchers.ts';
import { allLexicons } from '../../language/registry.ts';
import type { Language } from '../../language/types.ts';
import { asciiDigits, findDotGroupedNumbers, findIntegerTokens, findMalformedNumbers, findNoteGluedNumbers, findNumberWordTokens, findZeroWordTokens, pairNumbersWrittenTwice, qualifierAfter, qualifierBefore, trailingNoteRef, type NumberToken } from '../quantity.ts';
import {
  AUXILIARY_AFTER,
  AUXILIARY_LEAD,
  BRACKET_COUNT_NEXT,
  BREAKDOWN,
  CHANGE_BEFORE,
  COPULA_LEAD,
  CORRECTION_BEFORE,
  CURRENCY_BEFORE,
  DASHES,
  NAMED_YEARS,
  AVERAGE_BEFORE,
  RATE_AFTER,
  RATE_RIGHT_AFTER,
  SHARE_OF_BEFORE,
  FUNCTION_WORD,
  GLUED_CONJUNCTION,
  HAN,
  LABEL_TAIL,
  NEGATED_ZERO,
  NOT_WEAPONS,
  PARTITIVE_LEAD,
  PARTITIVE_PRONOUN,
  PART_INTRODUCER_GAP,
  PART_INTRODUCER_AFTER_CLAUSE,
  PHRASE_STOP,
  RANGE_JOIN,
  RANGE_OPEN,
  RANGE_REST,
  RANGE_TO,
  SCALE_OF,
  PARTITIVE_OF,
  CHANGE_THEN_LEVEL_BEFORE,
  CHANGE_FROM_BEFORE,
  CHANGE_FROM_TO_BEFORE,
  LEVEL_LEAD_BEFORE,
  STATED_YEAR,
  COMPARED,
  CHANGE_LEAD,
  SCALE_WORD,
  TOTAL_LABEL,
  UNDER_CATEGORY,
  ZERO_AUXILIARY,
} from './compile.ts';
import { type DocumentNotes, gluedFootnoteMarker } from '../footnote-refs.ts';
import { VAGUE_QUANTITY } from '../vague-quantities.ts';
import { chineseCount, chineseScaledDecimal } from './mentions-chinese.ts';
import type { Count, Range, SkippedNumber } from './types.ts';
import { yearTokenOffsets } from './years.ts';

/** A decimal number ("1,5", "1.5", "2.75"): never a count of items. */
const DECIMAL = /(?<![\d.,’'])\d+[.,](?:\d{1,2}|\d{4,})(?![\d]|[.,]\d)/gu;
/** A scale letter glued to the digits (`12k firearms`): read as the lexicons' scale word `k`. */
const GLUED_SCALE = /^[kK](?![\p{L}\d])/u;
/**
 * A sign glued before a number (`-9,607`, `−500`, `+300`): a count is never negative, and a sign says the
 * number is a difference or a change, not a count. Not after a digit or a letter (`300-400` is a range,
 * `AK-47` a name); a hyphen or dash opening its line is a bullet (`-500 pistols`), not a sign.
 */
const SIGN = /(?<![\p{L}\p{N}])[-‐‑–−+]$/u;
const BULLET_DASH = /^[-‐‑–]$/u;
/** A label closing before a number in a table-like list ("; rifles, 80", ": pistols – 120"). */
const LABEL_BOUNDARY = /[;:(\n]|^/gu;
/** A dash or colon between a partitive pronoun and the part's category ("100 из них – пистолеты"). */
const PARTITIVE_DASH = /^\s*[-‐‑–—:]/u;
/** A partitive part's words up to the next punctuation (the issue cites them). */
const PARTITIVE_REST = /^[^,;.:()\n\d،؛，；。]*[^,;.:()\n\d\s،؛，；。]/u;

/** The sign glued before the number starting at `numberStart` (see SIGN), or null. */
function signBefore(text: string, from: number, numberStart: number): string | null {
  const lineStart = text.lastIndexOf('\n', numberStart - 1) + 1;
  const before = text.slice(Math.max(from, lineStart), numberStart);
  const sign = SIGN.exec(before)?.[0] ?? null;
  if (sign === null) return null;
  return BULLET_DASH.test(sign) && before.slice(0, -1).trim() === '' ? null : sign;
}

/** The category words of an unknown part: up to the first punctuation, number or linking word, at most five words. */
export function unknownWords(after: string): string {
  const stop = PHRASE_STOP.exec(after);
  const words = (stop ? after.slice(0, stop.index) : after).trim().split(/\s+/u).filter(Boolean).slice(0, 5);
  return words.join(' ');
}

/** The category a label before a number names, if the text between the last list mark and the number is exactly one. */
export function labelBefore(text: string, from: number, numberStart: number): { start: number; category: string | null; raw: string; total: boolean } | null {
  const before = text.slice(from, numberStart);
  let cut = 0;
  for (const m of before.matchAll(LABEL_BOUNDARY)) cut = (m.index ?? 0) + m[0].length;
  const segment = before.slice(cut);
  const lead = segment.length - segment.trimStart().length;
  if (TOTAL_LABEL.test(segment)) return { start: from + cut + lead, category: null, raw: segment.trim().replace(/[,:–—-]$/u, '').trim(), total: true };
  const match = matchWeaponCategory(segment);
  if (!match || match.index !== lead || !/^\s*[,:–—-]?\s*$/u.test(segment.slice(match.end))) return null;
  return { start: from + cut + match.index, category: match.code, raw: match.raw, total: false };
}

/** Where a list item of words and a count in brackets starts: after a list mark, a colon or a bracket. */
const BRACKET_ITEM_BOUNDARY = /[;:,(（)）\n،，；：]/gu;

/**
 * The category of a count in brackets right after its words ("pistols (612), revolvers (403)"), with where they start and
 * where the closing bracket ends (in `after`), or null. Only in a list of two or more such items after a count (the
 * previous count is one, or the next item is one): a lone number in brackets after a weapon word may be a footnote
 * ("pistols (1)"), and is not read as a count.
 */
function bracketedLabel(text: string, counts: readonly Count[], from: number, numberStart: number, after: string): { start: number; category: string | null; raw: string; close: number } | null {
  const close = /^\s*[)）]/u.exec(after);
  if (!close) return null;
  const previous = counts[counts.length - 1];
  if (!previous) return null;
  const before = text.slice(Math.max(from, previous.end), numberStart);
  const open = /[(（]\s*$/u.exec(before);
  if (!open) return null;
  const words = before.slice(0, open.index).trimEnd();
  let cut = 0;
  for (const m of words.matchAll(BRACKET_ITEM_BOUNDARY)) cut = (m.index ?? 0) + m[0].length;
  const previousBracketed = previous.label === 'part' && /[)）]$/u.test(text.slice(previous.start, previous.end));
  if (!previousBracketed && !BRACKET_COUNT_NEXT.test(after)) return null;
  // The longest words naming weapons that end right at the bracket ("and home-made firearms" -> "home-made firearms").
  const base = Math.max(from, previous.end);
  for (const m of words.slice(cut).matchAll(/(?<![\p{L}\p{M}])\p{L}/gu)) {
    const at = cut + (m.index ?? 0);
    const found = matchWeaponCategory(words.slice(at));
    if (found && found.index === 0 && words.slice(at + found.end).trim() === '') return { start: base + at, category: found.code, raw: found.raw, close: close[0].length };
  }
  return null;
}

/**
 * The weapons named after a scale word (`mil armas`, `million d'armes` -> after `armes`, `тыс. единиц оружия`): their
 * category and where their words end in `rest`; null when they are not weapons.
 */
function scaledWeapons(rest: string): { code: string | null; raw: string; end: number } | null {
  const prefix = SCALE_OF.exec(rest)?.[0].length ?? 0;
  const weapon = matchWeaponCategory(prefix > 0 ? ` ${rest.slice(prefix)}` : rest);
  if (!weapon) return null;
  return { code: weapon.code, raw: weapon.raw, end: prefix > 0 ? prefix + weapon.end - 1 : weapon.end };
}

/** Where the weapon words after a scale word end ("million d'armes" -> after "armes"), or null if they are not weapons. */
export function scaledWeaponEnd(rest: string): number | null {
  return scaledWeapons(rest)?.end ?? null;
}

/** A line laid out as a table row: a capitalised label, then a number ending the line (`Rifles 40`, `Total 1 204`). */
const ROW_LINE = /^[^\S\n]*[\p{Lu}\p{Lo}][^\n]*?[^\S\n]\d[\d.,’'\u00a0\u202f\u2009 ]*[^\S\n]*$/u;
/** A row's label: letters, spaces, hyphens, slashes and brackets, a few words. */
const ROW_LABEL = /^[\p{Lu}\p{Lo}][\p{L}\p{M}\s'’\-/().]{0,60}$/u;

/**
 * The label before a number that ends its line, when the number stands in a run of rows (`Pump-action shotguns 95`
 * with `Rifles 40` below or above it) and the label names no action: the row's own words, whatever category they
 * are. Null when the number does not end a row of such a run.
 */
function unknownRowLabel(text: string, from: number, numberStart: number, after: string): { start: number; raw: string } | null {
  if (!/^[^\S\n]*(?:\n|$)/u.test(after)) return null;
  const lineStart = Math.max(from, text.lastIndexOf('\n', numberStart - 1) + 1);
  const written = text.slice(lineStart, numberStart);
  const raw = written.trim();
  if (!ROW_LABEL.test(raw) || raw.split(/\s+/u).length > 6 || findActions(raw).length > 0) return null;
  const lineEnd = text.indexOf('\n', numberStart);
  const nextEnd = lineEnd < 0 ? -1 : text.indexOf('\n', lineEnd + 1);
  const next = lineEnd < 0 ? null : text.slice(lineEnd + 1, nextEnd < 0 ? text.length : nextEnd);
  const previous = lineStart <= from ? null : text.slice(text.lastIndexOf('\n', lineStart - 2) + 1, lineStart - 1);
  if (!(next !== null && ROW_LINE.test(next)) && !(previous !== null && ROW_LINE.test(previous))) return null;
  return { start: lineStart + (written.length - written.trimStart().length), raw };
}

/** The category named right before a count as the thing it breaks down ("of the rifled weapons, 13 were ..."). */
export function underCategory(text: string, from: number, countStart: number): { code: string; raw: string } | null {
  const gap = text.slice(from, countStart);
  const m = UNDER_CATEGORY.exec(gap);
  if (!m?.[1]) return null;
  const match = matchWeaponCategory(m[1]);
  if (!match?.code || match.code === GENERIC_CATEGORY || match.index !== 0 || match.end !== m[1].length) return null;
  return { code: match.code, raw: match.raw };
}

/**
 * The weapon words after a number that action words describe ("45 stolen firearms", "45 изъятых пистолетов"):
 * the category match with its offsets in `after`, from the first action word, or null. An action word standing
 * between a number and its weapons is an adjective of the weapons, never what was done with them (the caller's
 * statement finds its action outside the count's words); at most two ("45 recovered stolen firearms").
 */
export function describedWeapons(after: string): { code: string | null; raw: string; index: number; end: number } | null {
  let at = 0;
  let first = -1;
  for (let i = 0; i < 2; i++) {
    const lead = /^\s+/u.exec(after.slice(at))?.[0].length ?? 0;
    if (lead === 0) break;
    const action = findActions(after.slice(at, at + lead + 40))[0];
    if (!action || action.index !== lead) break;
    if (first < 0) first = at + lead;
    at += action.end;
  }
  if (first < 0) return null;
  const weapon = matchWeaponCategory(after.slice(at));
  if (!weapon || !/^\s+$/u.test(after.slice(at, at + weapon.index))) return null;
  return { code: weapon.code, raw: after.slice(first, at + weapon.end), index: first, end: at + weapon.end };
}

/**
 * The count a number with no weapon words of its own shares its noun with ("In 2016, 300 weapons were destroyed,
 * 200 seized"), or null. Only when its own action word follows it (an auxiliary at most between: "200 were seized"),
 * never a guessed action ("200 in 2017" is no count); only when the sentence before it counts one kind of weapons
 * (one count with its words, the others sharing them), its own action after it, and not in a breakdown of that
 * count ("300 weapons: 200 seized ...", "of which 200 ..." are parts of it, not statements of their own).
 */
export function sharedNounCount(text: string, sentenceStart: number, before: readonly Count[], numberStart: number, after: string): Count | null {
  const own = before.filter((c) => !c.sharedNoun);
  const source = own[0];
  const last = before[before.length - 1];
  if (own.length !== 1 || !source || !last || source.kind !== 'known' || source.category === null || source.label !== null) return null;
  if (BREAKDOWN.test(text.slice(last.end, numberStart))) return null;
  // The clauses run parallel, each count before its own action ("300 weapons were destroyed, 200 seized"). After
  // "the police destroyed 300 weapons, 200 seized and 100 surrendered" the participles may say where the destroyed
  // weapons came from (seized in other years): not read.
  if (findActions(text.slice(sentenceStart, source.start)).length > 0 || findActions(text.slice(source.end, numberStart)).length === 0) return null;
  const action = actionAfter(after);
  // "200 seizures were made", "200 saisies ont été effectuées": an action word a verb follows is a noun, the subject.
  if (!action || AUXILIARY_AFTER.test(after.slice(action.end))) return null;
  return { ...source, sharedNoun: true };
}

/**
 * What may follow the level a change or a level verb reaches for the number to be that level: nothing but punctuation,
 * a stated year maybe before it (`rose to 1,526 in 2022.`, `достигли 1 526 в 2022 году.`). A noun after the number
 * (`rose to 1,400 cases`) says it counts something else.
 */
const LEVEL_TAIL = new RegExp(`^\\s*(?:(?:${STATED_YEAR.source})\\s*)?(?:[,;:.)]|$)`, 'iu');

/**
 * Whether `after`, the words right after a number, fit a level: LEVEL_TAIL, maybe after a counter word of the weapons
 * (`до 1 526 ед.`, `to 1,526 units in 2022`), which counts what the words before the change name and no other thing.
 * The counter's length (with its white space) is returned, or null when the words after say the number counts
 * something else.
 */
function levelTail(after: string): number | null {
  const counter = counterAlone(after);
  return LEVEL_TAIL.test(after.slice(counter)) ? counter : null;
}

/** A key's end right before its value: a colon, or a dash with a space or a bracket before it (`seized in 2022: 1,340`, `(2023) – 2,100`). */
const KEY_END = new RegExp(`(?:[:：]|(?<=[\\s)])(?:${DASHES}))\\s*$`, 'u');
/**
 * The one character KEY_END can end on, to test before it: KEY_END is tried at every position of the text before the
 * number (it ends in `$`), so a long sentence with many numbers paid a scan per number; almost no number follows a
 * colon or a dash.
 */
const KEY_END_MARK = new RegExp(`^(?:[:：]|${DASHES})$`, 'u');

/** The last character of `text` between `from` and `end` that is not a space, or '' when there is none. */
function lastVisible(text: string, from: number, end: number): string {
  for (let i = end - 1; i >= from; i--) {
    const character = text[i] ?? '';
    if (!/\s/u.test(character)) return character;
  }
  return '';
}

/** Where a key starts: its line, or the item after a semicolon. */
const KEY_START = /[\n;؛；]/gu;
/**
 * What may follow a keyed value: nothing, a year in brackets, then the end of the line, a punctuation mark or a bracket
 * (its breakdown: `1,200 (of which 300 pistols)`).
 */
const KEYED_TAIL = /^[^\S\n]*(?:[(（][^\S\n]*(?:19|20)\d{2}[^\S\n]*[)）][^\S\n]*)?(?:[,;.\n(（]|$)/u;

/** A colon or a spaced dash inside a key: what stands before the last one is the list's lead-in (`Bilan 2023 de la Gendarmerie : saisies`). */
const KEY_INNER_END = new RegExp(`(?:[:：]|(?<=\\s)(?:${DASHES})(?=\\s))`, 'gu');
/** An item of a list of keys: the key, a colon or a dash, a number. */
const KEY_ITEM = new RegExp(`^\\s*([^\\n:：]{1,80}?)\\s*(?:[:：]|(?<=\\s)(?:${DASHES}))\\s*\\d`, 'u');

/**
 * How many items follow a value in its sentence (`; destructions : 340 ; pertes : 12`), each a key naming an action
 * and its number; 0 when one of them is anything else (`; arrestations : 45`: the list does not count weapons only).
 */
function actionItemsAfter(rest: string): number {
  let items = 0;
  for (const item of rest.split(/[;؛；\n]/u).slice(1)) {
    if (!/\d/u.test(item)) continue;
    const key = KEY_ITEM.exec(item);
    if (!key || findActions(key[1] ?? '').length === 0) return 0;
    items++;
  }
  return items;
}

/** The one weapon category `words` name (several words may spell it), or null when they name none or more than one. */
function onlyWeapons(words: string): { code: string; raw: string } | null | 'several' {
  const found: { code: string; raw: string }[] = [];
  for (const word of words.matchAll(/(?<![\p{L}\p{M}\d])[\p{L}\d]/gu)) {
    const weapons = matchWeaponCategory(words.slice(word.index ?? 0));
    if (weapons && weapons.code !== null && weapons.index === 0) found.push({ code: weapons.code, raw: weapons.raw });
  }
  const first = found[0];
  if (!first) return null;
  return new Set(found.map((f) => f.code)).size === 1 ? first : 'several';
}

/** What `keyedWeapons` reads: the value's weapons (`code` null: none named), where its key starts, the counter after it. */
interface KeyedValue {
  code: string | null;
  raw: string;
  keyStart: number;
  tail: number;
  /**
   * The key names the action only: where the list's lead-in ends (the weapons, the year and the agency are the lead-in's;
   * `code` null when it names no weapons); null for a key naming its weapons.
   */
  leadIn: number | null;
}

/**
 * The weapons of a key that a colon or a dash ends right before a number (`Firearms seized in 2022: 1,340`, `Armas de
 * fuego incautadas (2022) – 1.340`, `Изъято единиц оружия в 2022 году: 1 340 ед.`): the key is the number's line (or
 * its item after a semicolon), names an action and one weapon category and no number but years, and nothing but a
 * counter word, a bracketed year or punctuation follows the number. With `ownLine`, the key must open its line or item
 * (a count stands before it in the sentence). Null otherwise: `Firearms: 1,340` (no action) is a stock, and `Firearms
 * seized: 12 operations` counts something else.
 *
 * A key naming its action only (`saisies : 120 ; destructions : 340`, `seized: 120; destroyed: 340`, `изъято — 120;
 * уничтожено — 340`) is one item of a list whose lead-in says what was counted: the weapons the lead-in names
 * (`Firearms, 2023: seized: 120`), or, when it names none, the weapons a report of ours counts, of no known category
 * (`code` null), and only when another key naming an action follows or comes before it: a lone `Seized: 120` may count
 * operations as well as weapons.
 */
function keyedWeapons(text: string, from: number, numberStart: number, after: string, lead: { start: number; previous: Count | undefined }): KeyedValue | null {
  if (!KEY_END_MARK.test(lastVisible(text, from, numberStart))) return null;
  const ownLine = lead.previous !== undefined;
  const before = text.slice(from, numberStart);
  const end = KEY_END.exec(before);
  if (!end) return null;
  let keyStart = -1;
  for (const m of before.slice(0, end.index).matchAll(KEY_START)) keyStart = (m.index ?? 0) + m[0].length;
  if (keyStart < 0 && ownLine) return null;
  keyStart = Math.max(0, keyStart);
  const key = before.slice(keyStart, end.index);
  if (/\d/u.test(asciiDigits(key).replace(NAMED_YEARS, '')) || findActions(key).length === 0) return null;
  const counter = counterAlone(after);
  if (!KEYED_TAIL.test(after.slice(counter))) return null;
  const weapons = onlyWeapons(key);
  const opens = /^\s*/u.exec(key)?.[0].length ?? 0;
  if (weapons === 'several') return null;
  // The key's own words are those after the last colon or dash inside it; the words before are a list's lead-in
  // (`Bilan 2023 de la Gendarmerie : saisies`, `Armes à feu, bilan 2022 : saisies`).
  let own = 0;
  for (const m of key.matchAll(KEY_INNER_END)) own = (m.index ?? 0) + m[0].length;
  const ownKey = key.slice(own);
  if (weapons && (own === 0 || onlyWeapons(ownKey) !== null)) return { ...weapons, keyStart: from + keyStart + opens, tail: counter, leadIn: null };
  // The key names its action only.
  if (findActions(ownKey).length === 0 || /\d/u.test(ownKey)) return null;
  const ownStart = from + keyStart + own + (/^\s*/u.exec(ownKey)?.[0].length ?? 0);
  const previous = lead.previous;
  // The items after the first take the weapons of the key before (`Firearms seized in 2022: 1,340; destroyed: 2,100`).
  if (previous?.keyed !== undefined && /^[\s,.;؛；]*$/u.test(text.slice(previous.end, from + keyStart))) {
    return { code: previous.category, raw: previous.categoryRaw, keyStart: ownStart, tail: counter, leadIn: previous.keyedLeadIn ?? previous.keyed };
  }
  if (ownLine) return null;
  // The first item: a lead-in with a number (`arrestations : 45 ; saisies : 120`) heads a list of other things too.
  const leadIn = text.slice(lead.start, ownStart);
  if (/\d/u.test(asciiDigits(leadIn).replace(NAMED_YEARS, ''))) return null;
  const leadWeapons = onlyWeapons(leadIn);
  if (leadWeapons === 'several') return null;
  if (leadWeapons) return { ...leadWeapons, keyStart: ownStart, tail: counter, leadIn: ownStart };
  if (actionItemsAfter(after.slice(counter)) === 0) return null;
  return { code: null, raw: '', keyStart: ownStart, tail: counter, leadIn: ownStart };
}

/** Words ending right before a number that make it no count of the action, and the rule that says so. */
const NO_COUNT_LEADS = [
  { pattern: AVERAGE_BEFORE, rule: 'count-rate' },
  { pattern: SHARE_OF_BEFORE, rule: 'count-group' },
] as const;

/** The words ending `before` that make the number after them an average or a share's group, with their rule; null for none. */
function noCountLead(before: string): { words: string; rule: (typeof NO_COUNT_LEADS)[number]['rule'] } | null {
  for (const { pattern, rule } of NO_COUNT_LEADS) {
    const found = pattern.exec(before);
    if (found) return { words: found[0], rule };
  }
  return null;
}

/** The words that make the number right after them a level reached, ending where the number starts; null for none. */
function levelWords(before: string): RegExpExecArray | null {
  // "rose from 1,200 to 1,526", "выросли с 1 200 до 1 526": the second figure is the level (`с` compares, elsewhere).
  const fromTo = CHANGE_FROM_TO_BEFORE.exec(before);
  if (fromTo) return fromTo;
  // "rose by 12 % from 1,250", "de 1 250", "с 1 250": the level the change started from is none.
  if (RANGE_OPEN.test(before)) return null;
  // "rose by 14 % compared with 1,200": the number after comparison words is the figure compared with, not the level.
  const change = CHANGE_THEN_LEVEL_BEFORE.exec(before);
  if (change) return COMPARED.test(change[0].replace(CHANGE_LEAD, '')) ? null : change;
  return LEVEL_LEAD_BEFORE.exec(before);
}

/**
 * The weapons named before the words of a level reached that end right before a number: a change and its figure
 * (`firearm seizures ... rose by 12 % to 1,400`, `les saisies d'armes ... ont augmenté de 14 % pour atteindre 1 092`,
 * `rose from 1,200 to 1,526`) or a level verb (`seizures of firearms reached 1,526`, `las incautaciones de armas de
 * fuego ascendieron a 1.526`, `изъятия оружия достигли 1 526`); null when there are none, or when the words before
 * name no weapons or more than one category (whose level it is would be a guess).
 */
function weaponsBeforeLevel(text: string, from: number, numberStart: number): { code: string; raw: string } | null {
  const before = text.slice(from, numberStart);
  const change = levelWords(before);
  if (!change) return null;
  const weapons = onlyWeapons(before.slice(0, change.index));
  return weapons === 'several' ? null : weapons;
}

/**
 * The count a number followed by a partitive pronoun picks from ("seized 1,284 illicit firearms and destroyed 950 of
 * them"), as a count sharing its noun (so it opens a statement of its own), or null. Only when one count of a known
 * category stands before it and an action word of its own stands between them: with several counts before it
 * ("300 pistols and 200 rifles ..., 100 of them") the weapons it counts are not known, and it is not read.
 */
export function partitiveCount(text: string, before: readonly Count[], numberStart: number): Count | null {
  const source = before[0];
  if (before.length !== 1 || !source || source.sharedNoun === true || source.kind !== 'known' || source.category === null || source.label !== null) return null;
  const gap = text.slice(source.end, numberStart);
  if (BREAKDOWN.test(gap) || findActions(gap).length === 0) return null;
  return { ...source, sharedNoun: true };
}

/**
 * The weapons a number opening its sentence counts when it refers back to weapons counted or named before, under an
 * action of its own sentence ("In 2020 the army collected 250 weapons. 100 of them were destroyed.", "Of these, 100
 * were destroyed", "It destroyed 100 of them", "Из них 100 уничтожено", "De ellas, 100 fueron destruidas"): those of
 * `carried`, the one count of the sentence before; or the weapons the words opening the sentence name ("Of the weapons
 * collected, 100 were destroyed", "Of the pistols seized, 40 ..."). `start` is where the count's words start (the
 * group's words, whose action words are not the count's), `tail` the length of a pronoun after the number. `unread`
 * when the count refers back but which weapons it counts is not known (the sentence before counts several kinds, or
 * none): never guessed. Null when the number refers to nothing before, or has no action of its own.
 */
function referredBack(text: string, range: Range, start: number, after: string, pronoun: RegExpExecArray | null, carried: Count | null):
  { start: number; tail: number; category: string | null; categoryRaw: string } | { unread: string; start: number } | null {
  const lead = text.slice(range.start, start);
  const rest = pronoun ? after.slice(pronoun[0].length).replace(PARTITIVE_DASH, ' ') : after;
  // Its own action right after it ("100 of them were destroyed", "Of these, 100 were destroyed"), or before it in its
  // sentence when a pronoun follows it ("It destroyed 100 of them").
  const acted = actionAfter(rest) !== null || actionAfter(` ${rest.replace(COPULA_LEAD, '')}`) !== null || (pronoun !== null && findActions(lead).length > 0);
  if (!acted) return null;
  const opening = range.start + (lead.length - lead.trimStart().length);
  if (pronoun !== null || PARTITIVE_LEAD.test(lead)) {
    if (carried === null || carried.category === null) {
      return {
        unread: 'it refers back to weapons counted before, but the sentence before does not count one kind of weapons alone: which weapons it counts is not known, so no count is loaded for it',
        start: pronoun !== null ? start : opening,
      };
    }
    return { start: pronoun !== null ? start : opening, tail: pronoun?.[0].length ?? 0, category: carried.category, categoryRaw: carried.categoryRaw };
  }
  const group = UNDER_CATEGORY.exec(lead);
  // Only words opening the sentence: "Of the weapons collected, |100"; not a group named after other words.
  if (!group?.[1] || lead.slice(0, group.index).trim() !== '') return null;
  const weapons = matchWeaponCategory(group[1]);
  if (!weapons || weapons.code === null || weapons.index !== 0) return null;
  return { start: opening, tail: 0, category: weapons.code, categoryRaw: weapons.raw };
}

/** The action word right after a number, an auxiliary at most between ("200 seized", "200 were seized"), or null. */
function actionAfter(after: string): { end: number } | null {
  const lead = AUXILIARY_LEAD.exec(after)?.[0].length ?? 0;
  if (lead === 0 || !/^\s/u.test(after)) return null;
  const action = findActions(after.slice(0, lead + 40))[0];
  return action && action.index === lead ? { end: action.end } : null;
}

/** Offsets of the numbers that belong to a range ("200–300", "between 200 and 300"); `-1 - i` marks a range's second number. */
function rangeMembers(sentence: string, numbers: readonly NumberToken[], years: ReadonlySet<number>, base: number): Set<number> {
  const inRange = new Set<number>();
  for (const [i, n] of numbers.entries()) {
    const next = numbers[i + 1];
    if (!next || years.has(base + n.index)) continue;
    const join = sentence.slice(n.index + n.raw.length, next.index);
    const opened = RANGE_OPEN.test(sentence.slice(0, n.index));
    if (RANGE_TO.test(join) || (opened && RANGE_JOIN.test(join))) {
      inRange.add(n.index);
      inRange.add(next.index);
      inRange.add(-1 - next.index);
    }
  }
  return inRange;
}

/**
 * The zero words of negated actions in `sentence` ("لم يتم إتلاف أي أسلحة": `أي`, a count of 0): the words
 * between the negation and the zero word must be an action, after an auxiliary at most, and nothing else (the
 * caller checks that weapons follow). "لا يعرف ما إذا تم إتلاف أي أسلحة" (not known whether any ...) is none.
 */
export function negatedZeroTokens(sentence: string): NumberToken[] {
  const tokens: NumberToken[] = [];
  for (const m of sentence.matchAll(NEGATED_ZERO)) {
    const between = m[1] ?? '';
    const zero = m[2] ?? '';
    const verb = between.slice(ZERO_AUXILIARY.exec(between)?.[0].length ?? 0);
    // The action may run on past the zero word to an adverb after the weapons ("لم تُسلَّم أي أسلحة طوعاً").
    const verbAt = (m.index ?? 0) + m[0].lastIndexOf(between, m[0].length - zero.length) + between.length - verb.length;
    const runsOn = (action: { index: number; end: number }): boolean => action.index === 0 && action.end > verb.length + 1 + zero.length;
    if (!findActions(verb).some((action) => action.index === 0 && action.end === verb.length) && !findActions(sentence.slice(verbAt)).some(runsOn)) continue;
    tokens.push({ value: 0, raw: zero, separator: null, index: (m.index ?? 0) + m[0].length - zero.length });
  }
  return tokens;
}

/**
 * The value of a scale word (`thousand`, `тыс.`, `mil`, `k`) in `language`'s lexicon; a word that lexicon lacks (an
 * English report quoting `12 тыс.`), or with no language, in the lexicons that have it when they agree (null when
 * none does, or two give it different values).
 */
function scaleValue(word: string, language: Language | null): number | null {
  const key = word.trim().toLowerCase();
  const own = language === null ? undefined : matchersOf(language).lexicon.scaleWords[key];
  if (own !== undefined) return own;
  const values = new Set(allLexicons().flatMap((lexicon) => (key in lexicon.scaleWords ? [lexicon.scaleWords[key] ?? 0] : [])));
  return values.size === 1 ? ([...values][0] ?? null) : null;
}

/**
 * `written` (`2,3`, `1.5`) times `scale` when the decimal mark is `language`'s and the product is a whole number of
 * items (`2,3 mil` = 2300 in Spanish, `1.5 thousand` = 1500 in English); null otherwise (no language, another mark:
 * `2,5 thousand` in English is not read; `1.25 thousand` = 1250 is, `1.2345 thousand` is not).
 */
function scaledDecimal(written: string, scale: number, language: Language | null): number | null {
  if (language === null) return null;
  const mark = matchersOf(language).lexicon.decimalMark;
  const [whole, fraction] = written.split(/[.,]/u);
  if (whole === undefined || fraction === undefined || written[whole.length] !== mark) return null;
  // In integer arithmetic: 2,3 mil = 23 * 1000 / 10, never a float rounded into a count.
  const units = Number(whole + fraction) * scale;
  const divisor = 10 ** fraction.length;
  return units % divisor === 0 && Number.isSafeInteger(units / divisor) ? units / divisor : null;
}

/**
 * The counts picked from a group (`120 of the 300 weapons`, `none of the 300 weapons`, `aucune des 300 armes`, `ни
 * одна из 300 единиц`): each maps to the group's number, whose weapons it counts. Years are never a group.
 */
function groupsPickedFrom(tokens: readonly NumberToken[], years: ReadonlySet<number>, base: number, sentence: string): { picked: Map<NumberToken, NumberToken>; groupOf: Map<NumberToken, NumberToken> } {
  const picked = new Map<NumberToken, NumberToken>();
  const groupOf = new Map<NumberToken, NumberToken>();
  const ordered = [...tokens].sort((a, b) => a.index - b.index);
  for (const [i, token] of ordered.entries()) {
    const group = ordered[i + 1];
    if (!group || years.has(base + token.index) || years.has(base + group.index) || !/^\d/u.test(group.raw)) continue;
    if (!PARTITIVE_OF.test(sentence.slice(token.index + token.raw.length, group.index))) continue;
    picked.set(token, group);
    groupOf.set(group, token);
  }
  return { picked, groupOf };
}

/** Every language's vague quantity words (`hundreds`, `plusieurs`, `des milliers`, `miles`, `сотни`), whole words; global. */
const VAGUE_WORDS = new RegExp(VAGUE_QUANTITY, 'giu');

/**
 * The runs of vague words in `sentence` (`plusieurs milliers`, `varios miles`, `des centaines`), each as one, that no
 * number token holds or touches (`несколько тысяч` is the number reader's, `2 тысячи` is 2,000) and no digit precedes.
 */
function vagueWordRuns(sentence: string, tokens: readonly NumberToken[]): { start: number; end: number }[] {
  const runs: { start: number; end: number }[] = [];
  for (const m of sentence.matchAll(VAGUE_WORDS)) {
    const start = m.index ?? 0;
    const end = start + m[0].length;
    if (tokens.some((t) => start < t.index + t.raw.length && end > t.index) || /\d\s*$/u.test(sentence.slice(0, start))) continue;
    const last = runs[runs.length - 1];
    if (last && /^\s+$/u.test(sentence.slice(last.end, start))) last.end = end;
    else runs.push({ start, end });
  }
  return runs;
}

/**
 * Numbers in `range` of `text` with what they count, in order, and the numbers near weapon words left out
 * on purpose. Digits, number words and qualifiers are read in `language` (`9.607` is 9607 in pt, not in
 * en); with no language, digits with any separator, English number words and every language's qualifiers.
 * `carried` is the one weapons count of the sentence before, which a count opening this one may refer back to.
 */
export function findCounts(
  text: string,
  range: Range,
  language: Language | null = null,
  carried: Count | null = null,
  notes: DocumentNotes | null = null,
): { counts: Count[]; skipped: SkippedNumber[] } {
  const sentence = text.slice(range.start, range.end);
  // "1,2003 firearms" with a note 3: the grouped number and the note a PDF glued to it (1,200 and note 3).
  const noteGlued = findNoteGluedNumbers(sentence, language, notes?.refs ?? new Set());
  const gluedNote = new Map<NumberToken, string>(noteGlued.map((token) => [token, token.note]));
  const insideNoteGlued = (at: number) => noteGlued.some((token) => at >= token.index && at <= token.index + token.raw.length + token.note.length);
  const years = yearTokenOffsets(sentence, range.start);
  // The `one` of `not one`, `ни одной` is part of a zero, never a count of 1 (whether weapons follow or not).
  const zeroPhrases = [...findZeroWordTokens(sentence, language ?? 'en'), ...negatedZeroTokens(sentence)];
  // "several thousand weapons": no number, but weapons were counted vaguely; reported below, never read as 1,000.
  const vague: NumberToken[] = [];
  const insideZero = (token: NumberToken): boolean => zeroPhrases.some((zero) => token.index >= zero.index && token.index + token.raw.length <= zero.index + zero.raw.length);
  // "mille quatre cent cinquante (1 450) armes": one number written twice, in words and digits, is one token.
  const writtenTwice = pairNumbersWrittenTwice(
    sentence,
    [...findIntegerTokens(sentence, language), ...findNumberWordTokens(sentence, language ?? 'en', vague).filter((token) => !insideZero(token))],
    (token) => years.has(range.start + token.index),
  );
  const digitsAndWords = [...writtenTwice.tokens, ...noteGlued];
  const groups = groupsPickedFrom([...digitsAndWords, ...zeroPhrases], years, range.start, sentence);
  // "No weapons were destroyed in 2016", "aucune arme n'a été saisie": a zero word right before the weapons is a count
  // of 0; so is "none of the 300 weapons" (the weapons of the group it is picked from).
  const zeros = zeroPhrases.filter((zero) => {
    if (groups.picked.has(zero)) return true;
    const after = sentence.slice(zero.index + zero.raw.length);
    const weapon = matchWeaponCategory(after);
    return weapon !== null && weapon.code !== null && /^\s+$/u.test(after.slice(0, weapon.index));
  });
  const numbers: NumberToken[] = [...digitsAndWords, ...zeros].sort((a, b) => a.index - b.index);
  const counts: Count[] = [];
  const skipped: SkippedNumber[] = [];
  // "1.5 weapons": a decimal is never a count (nor 15, nor 1); scaled to a whole number ("2,3 mil armas", "1.5 thousand
  // weapons", in the language's decimal mark) it is that many, and "1,5 million d'armes" too; else it is reported.
  const scaledDecimals: Count[] = [];
  for (const m of sentence.matchAll(DECIMAL)) {
    const at = m.index ?? 0;
    if (insideNoteGlued(at)) continue;
    const end = at + m[0].length;
    const scaleWord = SCALE_WORD.exec(sentence.slice(end))?.[0] ?? '';
    const scale = scaleWord.length;
    const weapons = scaledWeapons(sentence.slice(end + scale));
    const weaponEnd = weapons?.end ?? null;
    const scaleBy = scale > 0 ? scaleValue(scaleWord, language) : null;
    const value = scaleBy === null ? null : scaledDecimal(m[0], scaleBy, language);
    if (value !== null && weapons !== null && weaponEnd !== null) {
      const qualifier = qualifierBefore(sentence.slice(0, at), language)?.written.toLowerCase() ?? null;
      const start = qualifier === null ? at : sentence.toLowerCase().lastIndexOf(qualifier, at);
      scaledDecimals.push({
        value, raw: sentence.slice(at, end + scale).trim(), separator: null, start: range.start + start, numberStart: range.start + at,
        end: range.start + end + scale + weaponEnd, category: weapons.code, categoryRaw: weapons.raw, kind: 'known', qualifier, label: null, under: null,
        scale: scaleWord.trim(),
      });
      continue;
    }
    if (weaponEnd !== null) {
      skipped.push({ at: range.start + at, rule: 'count-not-integer', words: sentence.slice(at, end + scale + weaponEnd) });
      continue;
    }
    const chinese = chineseScaledDecimal(sentence, at, end);
    if (chinese !== null) skipped.push({ at: range.start + at, rule: 'count-not-integer', words: chinese });
  }
  for (const token of vague) {
    const end = token.index + token.raw.length;
    const weaponEnd = scaledWeaponEnd(sentence.slice(end));
    if (weaponEnd !== null) skipped.push({ at: range.start + token.index, rule: 'count-vague', words: sentence.slice(token.index, end + weaponEnd) });
  }
  // "des centaines d'armes", "miles de armas", "milhares de armas", "сотни единиц оружия": vague words with no number
  // words at all before weapons count them without a number; reported the same way.
  for (const words of vagueWordRuns(sentence, [...digitsAndWords, ...vague])) {
    const weaponEnd = scaledWeaponEnd(sentence.slice(words.end));
    if (weaponEnd !== null) skipped.push({ at: range.start + words.start, rule: 'count-vague', words: sentence.slice(words.start, words.end + weaponEnd) });
  }
  // "9.607 weapons" in English: no integer is read in it (the dot is the decimal mark), but words naming
  // weapons after it say a count was meant; reported, never passed over, never guessed.
  for (const ambiguous of [...findDotGroupedNumbers(sentence, language), ...findMalformedNumbers(sentence, language)]) {
    if (insideNoteGlued(ambiguous.index)) continue;
    const end = ambiguous.index + ambiguous.raw.length;
    const scale = SCALE_WORD.exec(sentence.slice(end))?.[0].length ?? 0;
    const weaponEnd = scaledWeaponEnd(sentence.slice(end + scale));
    if (weaponEnd === null) continue;
    skipped.push({ at: range.start + ambiguous.index, rule: 'count-ambiguous-number', words: sentence.slice(ambiguous.index, end + scale + weaponEnd), reason: ambiguous.reason });
  }
  // "one thousand four hundred (1,450) firearms": words and digits that disagree give no count; the weapons after
  // them say one was meant, so it is reported (NULL, never either value guessed).
  for (const twice of writtenTwice.disagreeing) {
    const weaponEnd = scaledWeaponEnd(sentence.slice(twice.end));
    if (weaponEnd === null) continue;
    skipped.push({ at: range.start + twice.index, rule: 'count-ambiguous-number', words: sentence.slice(twice.index, twice.end + weaponEnd), reason: twice.reason });
  }
  const inRange = rangeMembers(sentence, numbers, years, range.start);
  for (const n of numbers) {
    const numberStart = range.start + n.index;
    const numberEnd = numberStart + n.raw.length;
    if (years.has(numberStart)) continue;
    // "The figure of 1,200 firearms destroyed in 2017 ... should read 1,020": the number after the correction
    // words replaces the count before it, which the text declares wrong and is never loaded. The corrected
    // count keeps the place and words of the one it replaces (its weapons, for its year and action); its source
    // words run from them to the new number.
    const replaced = [...counts].reverse().find((c) => c.kind === 'known');
    if (replaced && CORRECTION_BEFORE.test(text.slice(counts[counts.length - 1]?.end ?? range.start, numberStart))) {
      skipped.push({ at: replaced.numberStart, rule: 'count-corrected', words: text.slice(replaced.start, replaced.end), reason: `corrected to ${n.raw}` });
      counts.splice(counts.indexOf(replaced), 1, { ...replaced, value: n.value, raw: n.raw, separator: n.separator, qualifier: null, correctedEnd: numberEnd });
      continue;
    }
    const charBefore = text[numberStart - 1] ?? '';
    const charAfter = text[numberEnd] ?? '';
    // Chinese writes "收缴枪支1,200支" (noun, number, counter word) with no spaces.
    if (HAN.test(charBefore) || HAN.test(charAfter)) {
      // "猎枪200至300支": a range is no count, never either bound; one issue at its first number, citing the range.
      if (inRange.has(n.index)) {
        if (!inRange.has(-1 - n.index)) {
          const rest = RANGE_REST.exec(text.slice(numberEnd))?.[0].length ?? 0;
          const counter = /^\p{L}?/u.exec(text.slice(numberEnd + rest))?.[0].length ?? 0;
          skipped.push({ at: numberStart, rule: 'count-range', words: text.slice(numberStart, numberEnd + rest + counter) });
        }
        continue;
      }
      const chinese = chineseCount(text, counts[counts.length - 1]?.end ?? range.start, n, numberStart, numberEnd);
      if (chinese && 'skip' in chinese) skipped.push(chinese.skip);
      else if (chinese) counts.push(chinese);
      continue;
    }
    // Arabic glues the conjunction to the number ("800 مسدس و450 بندقية" = 800 pistols and 450 rifles).
    const gluedAnd = GLUED_CONJUNCTION.test(text.slice(range.start, numberStart));
    // Document codes (A/CONF.192), ordinals (2nd), footnote markers glued to words (weapons2).
    if ((/[\p{L}/]/u.test(charBefore) && !gluedAnd) || (/\p{L}/u.test(charAfter) && !GLUED_SCALE.test(text.slice(numberEnd)))) continue;
    // Model names (AK-47, M-16, RPG-7): the number after a letter and a hyphen is part of the name.
    if (/\p{L}[-‐‑]$/u.test(text.slice(Math.max(range.start, numberStart - 2), numberStart))) continue;
    // A heading or list number ("1. National coordination", "1) ...") at the start of a sentence.
    if (n.index === 0 && /^[.)]\s/u.test(text.slice(numberEnd, numberEnd + 2))) continue;
    if (CURRENCY_BEFORE.test(text.slice(range.start, numberStart))) continue;
    // "seized 3124 weapons" where the document groups its thousands and defines a note 4: 3,124 written without a
    // separator, or 312 and note 4 glued on. Nothing tells them apart: reported with both readings, never guessed.
    const trailingNote = notes?.groupsThousands && n.separator === null ? trailingNoteRef(n.raw, notes.refs) : null;
    if (trailingNote !== null) {
      const weaponEnd = scaledWeaponEnd(text.slice(numberEnd, range.end));
      const head = n.raw.slice(0, -trailingNote.length);
      const reason = `'${n.raw}' may be ${n.value.toLocaleString('en')} written without the separator the document's other numbers have, or ${Number(head).toLocaleString('en')} with note ${trailingNote} (which the document's notes define) glued on: the two cannot be told apart; not guessed`;
      if (weaponEnd !== null) skipped.push({ at: numberStart, rule: 'count-ambiguous-number', words: text.slice(numberStart, numberEnd + weaponEnd), reason });
      continue;
    }
    // "2.5 thousand": a number word scaling the digits before it is not a count of its own.
    // Only a scale word scales the digits before it: `In 2018 two rifles`, `In 2018 not one firearm` are counts.
    if (/\d(?:[.,]\d+)?\s*$/u.test(text.slice(range.start, numberStart)) && SCALE_WORD.test(n.raw)) continue;
    let after = text.slice(numberEnd, range.end);
    // A footnote marker glued to the number (`1,046¹`, `2 318*`, `12,580[1]`) is set aside: it never changes the count.
    const marker = gluedNote.get(n) ?? gluedFootnoteMarker(after);
    after = after.slice(marker?.length ?? 0);
    // "300+ firearms": a plus after the number bounds it from below, as "more than 300" does: approximate, never exact.
    const plus = /^ ?\+(?![\d+])/u.exec(after)?.[0] ?? '';
    after = after.slice(plus.length);
    const footnote = (marker?.length ?? 0) + plus.length;
    const sign = signBefore(text, range.start, numberStart);
    if (sign !== null) {
      const weaponEnd = scaledWeaponEnd(after);
      const reason = `the sign '${sign}' before ${n.raw} makes it a difference or a change, not a count of items (a count is never negative); not guessed`;
      if (weaponEnd !== null) skipped.push({ at: numberStart - sign.length, rule: 'count-ambiguous-number', words: text.slice(numberStart - sign.length, numberEnd + footnote + weaponEnd), reason });
      continue;
    }
    // "seizures rose by 212 firearms", "une hausse de 40 armes": a change between two periods, not a count of items.
    const change = CHANGE_BEFORE.exec(text.slice(range.start, numberStart));
    if (change) {
      const weaponEnd = scaledWeaponEnd(after);
      const reason = `'${change[0].trim()}' before ${n.raw} makes it a change between two figures, not a count of items; not loaded`;
      if (weaponEnd !== null) skipped.push({ at: numberStart, rule: 'count-ambiguous-number', words: text.slice(numberStart - change[0].length, numberEnd + footnote + weaponEnd).trim(), reason });
      continue;
    }
    // "an average of 100 weapons" (an average), "half of the 1,200 weapons collected were destroyed" (the group a share
    // is taken from, its size not given, as in "120 of the 300 weapons"): no count of the action, scaled or not.
    const noCount = noCountLead(text.slice(range.start, numberStart));
    if (noCount) {
      const weaponEnd = scaledWeaponEnd(after);
      const at = numberStart - noCount.words.length;
      if (weaponEnd !== null) skipped.push({ at, rule: noCount.rule, words: text.slice(at, numberEnd + footnote + weaponEnd).trim() });
      continue;
    }
    // "2 million weapons", "12 тыс. единиц оружия", "12k firearms": the digits times the scale word are the count.
    const scale = SCALE_WORD.exec(after) ?? GLUED_SCALE.exec(text.slice(numberEnd));
    if (scale) {
      const weapons = scaledWeapons(text.slice(numberEnd + footnote + scale[0].length, range.end));
      const weaponEnd = weapons?.end ?? null;
      const scaleBy = scaleValue(scale[0], language);
      const value = scaleBy === null || !/^\d/u.test(n.raw) ? null : n.value * scaleBy;
      if (value !== null && Number.isSafeInteger(value) && weapons !== null && weaponEnd !== null) {
        const qualifier = qualifierBefore(text.slice(range.start, numberStart), language)?.written.toLowerCase() ?? null;
        const start = qualifier === null ? numberStart : text.toLowerCase().lastIndexOf(qualifier, numberStart);
        counts.push({
          value, raw: text.slice(numberStart, numberEnd + footnote + scale[0].length).trim(), separator: n.separator, start: start < range.start ? numberStart : start, numberStart,
          end: numberEnd + footnote + scale[0].length + weaponEnd, category: weapons.code, categoryRaw: weapons.raw, kind: 'known', qualifier, label: null, under: null,
          scale: scale[0].trim(),
        });
        continue;
      }
      if (weaponEnd !== null) skipped.push({ at: numberStart, rule: 'count-not-integer', words: text.slice(numberStart, numberEnd + footnote + scale[0].length + weaponEnd) });
      continue;
    }
    // "120 of the 300 weapons collected were destroyed", "none of the 300 ...": 300 is the group the count is picked
    // from, not a count of what was done; 120 (or none) counts its weapons.
    const pickedBy = groups.groupOf.get(n);
    if (pickedBy) {
      const weaponEnd = scaledWeaponEnd(after);
      if (weaponEnd !== null) skipped.push({ at: range.start + pickedBy.index, rule: 'count-group', words: text.slice(range.start + pickedBy.index, numberEnd + footnote + weaponEnd) });
      continue;
    }
    const group = groups.picked.get(n);
    const groupWeapons = group ? matchWeaponCategory(sentence.slice(group.index + group.raw.length)) : null;
    if (group && groupWeapons) {
      counts.push({
        value: n.value, raw: n.raw, separator: n.separator, start: numberStart, numberStart, qualifier: null, label: null, under: null,
        end: range.start + group.index + group.raw.length + groupWeapons.end, category: groupWeapons.code, categoryRaw: groupWeapons.raw, kind: 'known',
      });
      continue;
    }
    if (inRange.has(n.index)) {
      // "seizures of firearms rose from 1,200 to 1,526 (firearms)": no range but a change, whose second figure is the
      // level reached, the count; the first is the level it started from, a figure of another period, never loaded.
      if (inRange.has(-1 - n.index)) {
        const own = CHANGE_FROM_TO_BEFORE.test(text.slice(range.start, numberStart)) ? matchWeaponCategory(after) : null;
        const levelCounter = own === null && counts.length === 0 ? levelTail(after) : null;
        const level = levelCounter === null ? null : weaponsBeforeLevel(text, range.start, numberStart);
        const weapons = own ?? level;
        const tail = own?.end ?? levelCounter ?? 0;
        if (weapons) counts.push({ value: n.value, raw: n.raw, separator: n.separator, start: numberStart, numberStart, qualifier: null, label: null, under: null, end: numberEnd + footnote + tail, category: weapons.code, categoryRaw: weapons.raw, kind: 'known' });
        continue;
      }
      if (CHANGE_FROM_BEFORE.test(text.slice(range.start, numberStart))) continue;
      // One issue per range, at its first number, citing the whole range.
      const rest = after.replace(RANGE_REST, ' ');
      const weapon = matchWeaponCategory(after) ?? matchWeaponCategory(rest);
      if (weapon) {
        const rangeAfter = after.length - rest.length;
        skipped.push({ at: numberStart, rule: 'count-range', words: text.slice(numberStart, numberEnd + footnote + rangeAfter + weapon.end).trim() });
      }
      continue;
    }
    const qualifierWords = qualifierBefore(text.slice(range.start, numberStart), language)?.written.toLowerCase() ?? null;
    const qualifier = qualifierWords ?? (plus === '' ? null : '+');
    const start = qualifierWords === null ? numberStart : text.toLowerCase().lastIndexOf(qualifierWords, numberStart);
    const under = underCategory(text, counts[counts.length - 1]?.end ?? range.start, start < range.start ? numberStart : start);
    const base = {
      value: n.value, raw: n.raw, separator: n.separator, start: start < range.start ? numberStart : start, numberStart, qualifier, label: null, under,
      ...(n.doubled ? { doubled: n.doubled } : {}),
      ...(marker !== null ? { footnote: marker.trim() } : {}),
    };
    // A table row laid out as a line ("Pistols 1,204" above "Revolvers 386"): a number ending its line
    // with a label before it on that line counts the label, never the next row's words.
    const rowLabel = /^[^\S\n]*\n/u.test(after) ? labelBefore(text, counts[counts.length - 1]?.end ?? range.start, numberStart) : null;
    if (rowLabel) {
      counts.push({
        ...base, start: rowLabel.start, end: numberEnd, category: rowLabel.total ? GENERIC_CATEGORY : rowLabel.category, categoryRaw: rowLabel.raw,
        kind: 'known', label: rowLabel.total ? 'total' : 'part', under: null,
      });
      continue;
    }
    // A row whose label the vocabulary does not know ("Pump-action shotguns 95" above "Rifles 40"): its count is
    // that label's, of no known category, never the words of the row below it.
    const ownRow = unknownRowLabel(text, range.start, numberStart, after);
    if (ownRow && labelBefore(text, counts[counts.length - 1]?.end ?? range.start, numberStart) === null) {
      counts.push({ ...base, start: ownRow.start, end: numberEnd, category: null, categoryRaw: ownRow.raw, kind: 'unknown', label: 'part', under: null });
      continue;
    }
    // "300 weapons, 100 of them pistols", "100 de las cuales eran pistolas", "100 из них – пистолеты": the partitive
    // pronoun points back at the count before, so this count is a part OF it (its category after the pronoun), never
    // one more item beside it (read as such, 100 would be added to its own total of 300).
    // "300 weapons. 100 of them were pistols.": a number opening its sentence picks from the sentence before.
    const opensSentence = counts.length === 0 && /^[\s\p{P}]*$/u.test(text.slice(range.start, start));
    const pronoun = PARTITIVE_PRONOUN.exec(after);
    const partitive = counts.length > 0 || opensSentence ? pronoun : null;
    if (partitive) {
      const rest = after.slice(partitive[0].length).replace(PARTITIVE_DASH, ' ');
      const restTrimmed = rest.replace(COPULA_LEAD, '');
      const own = matchWeaponCategory(restTrimmed);
      if (own) {
        const ownEnd = after.length - restTrimmed.length + own.end;
        counts.push({ ...base, end: numberEnd + footnote + ownEnd, category: own.code, categoryRaw: own.raw, kind: 'known', partOfPrevious: true });
        continue;
      }
      // "100 of them in Nairobi": a part of the count before that names no weapons: no part is loaded, and an issue says
      // so. "destroyed 950 of them", "950 of them were destroyed": the weapons counted before, under an action (below).
      if (partitiveCount(text, counts, numberStart) === null && actionAfter(rest) === null && actionAfter(` ${restTrimmed.trimStart()}`) === null) {
        skipped.push({ at: numberStart, rule: 'count-part-no-category', words: text.slice(numberStart, numberEnd + footnote + partitive[0].length + (PARTITIVE_REST.exec(rest)?.[0].length ?? 0)).trim() });
        continue;
      }
    }
    // "Firearms seized in 2022: 1,340": the number is the value of a key that names its action and its weapons. Before
    // the weapons after it: a value ending its line never counts the next line's first words (`1,340` / `Firearms ...`).
    // After another count, only a key of its own line or item (`...: 1,340; firearms destroyed in 2022: 2,100`).
    const keyedYear = n.separator === null && /^(?:19|20)\d{2}$/u.test(asciiDigits(n.raw));
    const keyed = keyedYear ? null : keyedWeapons(text, counts[counts.length - 1]?.end ?? range.start, start, after, { start: range.start, previous: counts[counts.length - 1] });
    if (keyed) {
      counts.push({
        ...base, end: numberEnd + footnote + keyed.tail, category: keyed.code, categoryRaw: keyed.raw, kind: 'known', keyed: keyed.keyStart,
        ...(keyed.leadIn === null ? {} : { keyedLeadIn: keyed.leadIn }),
      });
      continue;
    }
    const trimmed = after.replace(COPULA_LEAD, '');
    // "3.904 eram pistolas": a copula of the lexicon between the number and its category is skipped.
    const copula = after.length - trimmed.length;
    const direct = matchWeaponCategory(after) ?? describedWeapons(after);
    const viaCopula = direct || copula === 0 ? null : matchWeaponCategory(trimmed);
    const match = direct ?? (viaCopula ? { ...viaCopula, end: copula + viaCopula.end } : null);
    // "100 weapons a month", "12 firearms per day", "300 armes par mois": a rate, not a count of items.
    const rate = match ? RATE_AFTER.exec(after.slice(match.end)) : null;
    const bareRate = match ? null : RATE_RIGHT_AFTER.exec(after);
    if (rate || bareRate) {
      skipped.push({ at: start, rule: 'count-rate', words: text.slice(start, numberEnd + footnote + (match?.end ?? 0) + ((rate ?? bareRate)?.[0].length ?? 0)).trim() });
      continue;
    }
    if (match) {
      // "300 armas aproximadamente", "200 fusils environ": a qualifier of the language right after the category.
      const hedge = qualifier === null && language !== null ? qualifierAfter(after.slice(match.end), language) : null;
      const rightAfter = hedge !== null && hedge.index === (/^\s*/u.exec(after.slice(match.end))?.[0].length ?? 0);
      // "200 pistols or more rifles": words naming weapons after it make it a conjunction, not a hedge.
      const hedgeEnd = hedge && rightAfter ? match.end + hedge.index + hedge.written.length : null;
      const hedged = hedgeEnd !== null && matchWeaponCategory(after.slice(hedgeEnd)) === null;
      counts.push({
        ...base,
        ...(hedge && hedged ? { qualifier: hedge.written.toLowerCase() } : {}),
        end: numberEnd + footnote + (hedged && hedgeEnd !== null ? hedgeEnd : match.end),
        category: match.code,
        categoryRaw: match.raw,
        kind: 'known',
      });
      continue;
    }
    // "firearm seizures by the police rose by 12 % to 1,400, of which ...": the number a percentage change reaches is
    // the count, of the weapons the words before the change name (one category only); the percentage is none.
    // Only a number no words follow (`to 1,400, of which`, `до 1 526.`): `to 1,400 cases` counts something else.
    // A bare four-digit number that may be a year (`rose by 14 % compared with 2021`, `an increase of 22 % on 2017`) is
    // the other term of a comparison, never a count.
    const yearLike = n.separator === null && /^(?:19|20)\d{2}$/u.test(asciiDigits(n.raw));
    const levelCounter = counts.length === 0 && !yearLike ? levelTail(after) : null;
    const levelRead = levelCounter !== null;
    const level = levelRead ? weaponsBeforeLevel(text, range.start, start) : null;
    if (level) {
      counts.push({ ...base, end: numberEnd + footnote + (levelCounter ?? 0), category: level.code, categoryRaw: level.raw, kind: 'known' });
      continue;
    }
    // "aumentaron hasta 1.526", "went up to 1,526", "выросли до 1 526": the word read as a qualifier is the level verb's
    // preposition (no "up to", no hedge): the count is exact and starts at its number.
    const levelAfterQualifier = levelRead && start !== numberStart ? weaponsBeforeLevel(text, range.start, numberStart) : null;
    if (levelAfterQualifier) {
      counts.push({ ...base, start: numberStart, qualifier: null, end: numberEnd + footnote + (levelCounter ?? 0), category: levelAfterQualifier.code, categoryRaw: levelAfterQualifier.raw, kind: 'known' });
      continue;
    }
    const item = NON_WEAPON_ITEMS.exec(trimmed);
    if (item) {
      skipped.push({ at: numberStart, rule: 'not-a-weapon-count', words: `${n.raw} ${item[0].trim()}` });
      continue;
    }
    // "pistols (612), revolvers (403) and shotguns (145)": in a list of counts in brackets, each is its category's,
    // the words right before its bracket.
    const bracketed = bracketedLabel(text, counts, range.start, numberStart, after);
    if (bracketed && /^(?:19|20)\d{2}$/u.test(n.raw)) {
      // "pistols (2019)": a year in brackets names when, not how many; never guessed to be a count.
      const words = text.slice(bracketed.start, numberEnd + footnote + bracketed.close);
      skipped.push({ at: numberStart, rule: 'count-ambiguous-number', words, reason: `'${n.raw}' in brackets after '${bracketed.raw}' may be a year as well as a count; not read as a count` });
      continue;
    }
    if (bracketed) {
      counts.push({ ...base, start: bracketed.start, end: numberEnd + footnote + bracketed.close, category: bracketed.category, categoryRaw: bracketed.raw, kind: 'known', label: 'part', under: null });
      continue;
    }
    // "pistols, 120; rifles, 80; total, 240": the category is the label before the number.
    if (LABEL_TAIL.test(after)) {
      const label = labelBefore(text, counts[counts.length - 1]?.end ?? range.start, numberStart);
      if (label) {
        counts.push({
          ...base, start: label.start, end: numberEnd, category: label.total ? GENERIC_CATEGORY : label.category, categoryRaw: label.raw,
          kind: 'known', label: label.total ? 'total' : 'part', under: null,
        });
        continue;
      }
    }
    // "seized 1,284 illicit firearms and destroyed 950 of them": the count is of the weapons counted before.
    const picked = pronoun ? partitiveCount(text, counts, numberStart) : null;
    if (pronoun && picked) {
      counts.push({ ...picked, ...base, end: numberEnd + footnote + pronoun[0].length, kind: 'known' });
      continue;
    }
    // "In 2020 the army collected 250 weapons. 100 of them were destroyed.": the weapons of the sentence before, under
    // the action of this one; when which weapons is not known, an issue says a count was not read.
    const back = counts.length === 0 ? referredBack(text, range, start, after, pronoun, carried) : null;
    if (back && 'unread' in back) {
      skipped.push({ at: back.start, rule: 'count-not-read', words: text.slice(back.start, numberEnd + footnote + (pronoun?.[0].length ?? 0)).trim(), reason: back.unread });
      continue;
    }
    if (back) {
      counts.push({ ...base, start: back.start, end: numberEnd + footnote + back.tail, category: back.category, categoryRaw: back.categoryRaw, kind: 'known', under: null, sharedNoun: true, referredBack: true });
      continue;
    }
    if (NOT_WEAPONS.test(trimmed)) continue;
    const shared = sharedNounCount(text, range.start, counts, numberStart, after);
    if (shared) {
      counts.push({ ...shared, ...base, end: numberEnd + footnote, kind: 'known' });
      continue;
    }
    // "the police destroyed 300 weapons, 200 seized": words that are an action name no weapons, in no list.
    if (actionAfter(after)) continue;
    const words = unknownWords(trimmed);
    if (words === '' || !/^\p{L}/u.test(words) || FUNCTION_WORD.test(words)) {
      // "300 weapons, of which 100 in Nairobi", "dont 100 à Nairobi", "из них 100 в Москве": a part the words announce
      // that names no weapons: none is loaded, and an issue says so rather than dropping it silently.
      const last = counts[counts.length - 1];
      if (last && (PART_INTRODUCER_GAP.test(text.slice(last.end, start)) || PART_INTRODUCER_AFTER_CLAUSE.test(text.slice(last.end, start)))) {
        skipped.push({ at: numberStart, rule: 'count-part-no-category', words: text.slice(numberStart, numberEnd + footnote + (PARTITIVE_REST.exec(after)?.[0].length ?? 0)).trim() });
      }
      continue;
    }
    // "From Q3 2021 to Q2 2022 the police seized 120 firearms": a bare number that may be a year, with words after it
    // that name no weapons, is a year whose lead the lexicons do not know, never a count of "the police seized".
    if (yearLike) continue;
    const wordsAt = after.indexOf(words);
    counts.push({ ...base, end: numberEnd + footnote + wordsAt + words.length, category: null, categoryRaw: words, kind: 'unknown' });
  }
  // The scaled decimals in their place among the counts, in the order the sentence gives them.
  const ordered = scaledDecimals.length === 0 ? counts : [...counts, ...scaledDecimals].sort((a, b) => a.start - b.start);
  return { counts: counterTotals(text, ordered, skipped), skipped };
}

/**
 * The counts with each counter word whose breakdown names weapons read as their total (`540 items were surrendered,
 * among them 320 shotguns and 220 rifles`, `a saisi 86 pièces, dont 54 fusils de chasse et 32 pistolets`, `изъято 86
 * единиц, в том числе 54 винтовки`): a counter alone names nothing, but the parts it announces say it counts weapons,
 * the weapons in general (the generic category, the counter kept raw). Only when no noun follows the counter (`86
 * pièces détachées` counts spare parts), the next count names a weapon category and the words between
 * announce it as a part, and no number after it in the sentence counts ammunition or other items (`540 items, of
 * which 320 rifles and 220 cartridges` counts more than weapons). Any other counter alone stays unread (`140 items`).
 */
function counterTotals(text: string, counts: readonly Count[], skipped: readonly SkippedNumber[]): Count[] {
  return counts.map((c, i) => {
    const next = counts[i + 1];
    if (c.kind !== 'unknown' || c.label !== null || !next || next.kind !== 'known' || next.category === null) return c;
    const numberEnd = c.numberStart + c.raw.length + (c.footnote?.length ?? 0);
    const counter = counterAlone(text.slice(numberEnd));
    const end = numberEnd + counter;
    // The words read after the number are the counter, then punctuation (`قطعة، منها`) or the count's action (`unités ont
    // été détruites`) if anything: no noun the counter would count (`pièces détachées`).
    const tail = text.slice(end, c.end);
    if (counter === 0 || (tail !== '' && !/^\p{P}/u.test(tail) && actionAfter(tail) === null)) return c;
    if (!BREAKDOWN.test(text.slice(end, next.start)) && next.partOfPrevious !== true) return c;
    if (skipped.some((k) => k.rule === 'not-a-weapon-count' && k.at > c.numberStart)) return c;
    return { ...c, end, category: GENERIC_CATEGORY, categoryRaw: text.slice(numberEnd, end).trim(), kind: 'known', counterTotal: true };
  });
}
