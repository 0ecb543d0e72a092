/**
 * Count statements in prose: "In 2005, 9,607 weapons were seized: 7,195 smoothbore weapons, ..." ->
 * one CountStatementRecord with its total, its parts (categories from the vocabulary), the year
 * (stated, or inferred and marked so), action, agency, and a reconciliation of parts against the total.
 *
 * How a statement is read, in order:
 * 1. each unit (bullet or paragraph) is cut into sentences; a sentence opening with "They included",
 *    "Из них", "Parmi elles" ... continues the statement of the sentence before;
 * 2. every number in a sentence is looked at with the words after it: it counts weapons only when
 *    those words name a weapon category ("45 officials", "12 December", "14 учебных семинаров" do not);
 *    a number with unknown words is kept as a part (category null) only when it sits inside a list of
 *    weapon counts;
 * 3. a statement needs an action word (seized, surrendered, destroyed, ...); numbers without one are
 *    not collection facts and are left alone;
 * 4. the first count is the total when it uses a generic word (weapons, firearms, единиц оружия) or
 *    when a breakdown follows it ("of which", ":", "including", "из них", "dont", "entre ellas");
 * 5. parts are reconciled against the total (reconcile.ts); nesting only where the arithmetic is exact.
 */
import { lineOfOffset } from '../model/document.ts';
import type { Span } from '../model/document.ts';
import type { CountStatementRecord, IssueDraft, WeaponCountRecord } from '../model/records.ts';
import { GENERIC_CATEGORY, NON_WEAPON_ITEMS, findActions, matchAgency, matchWeaponCategory, matchWeaponCategoryBefore } from './categories.ts';
import type { TermMatch } from './categories.ts';
import { approxQualifierBefore, asciiDigits, findIntegers, findNumberWords } from './numbers.ts';
import type { ParsedInteger } from './numbers.ts';
import { reconcileParts } from './reconcile.ts';
import type { CountPart } from './reconcile.ts';

/** A piece of prose in document order: one bullet or one paragraph (its text may span lines, joined by LF). */
export interface ProseUnit {
  text: string;
  span: Span;
}

export interface CountContext {
  /**
   * The report year the facts are attributed to (`(National Report, 2005)` closing the group, or a
   * national report's own year). "In the past year" resolves against it (year - 1, inferred).
   */
  reportedIn: number | null;
  /** ISO 639-1 language of the text (`en`, `ru`, `fr`, `es`), or null if unknown. */
  language: string | null;
  /**
   * Agency acronyms the document defines (`{ JCF: 'police' }`, see `agencyAliasesFromText`), so that
   * "the JCF seized ..." gets an agency code. Optional.
   */
  agencyAliases?: Readonly<Record<string, string>>;
}

export interface CountExtraction {
  statements: CountStatementRecord[];
  /** Issues about the statements; `record.index` points into `statements` (table `count_statements`). */
  issues: IssueDraft[];
}

// ---------------------------------------------------------------------------------------------------
// Sentences

interface Range {
  start: number;
  /** Exclusive. */
  end: number;
}

/** Words after which a full stop does not end a sentence. */
const ABBREVIATION = /(?:^|[^\p{L}])(?:no|nos|mr|mrs|ms|dr|st|art|arts|para|paras|p|pp|vol|cf|e\.g|i\.e|etc|approx|ca|incl|г|гг|ст|п|ч|т\.е|т\.д|т\.п|см|n°|núm|art)$/iu;

/** An attribution closing a bullet group ("(National Report, 2005)"), if a caller left it on the unit. */
const TRAILING_ATTRIBUTION = /\s*\((?:[^()]*(?:report|rapport|informe|доклад)[^()]*)\)\s*$/iu;
const LEADING_BULLET = /^[\s\-–—•*]+/u;

/** Sentences of a unit as offset ranges, bullet marks and a trailing attribution left out. */
export function splitSentences(text: string): Range[] {
  let end = text.length;
  const attribution = TRAILING_ATTRIBUTION.exec(text);
  if (attribution) end = attribution.index;
  const ranges: Range[] = [];
  let start = 0;
  // Chinese and Arabic have no capitals: "。" ends a sentence anywhere, a full stop before an Arabic word does.
  const boundary = /[.!?…]+(?=\s+["“«(]?[\p{Lu}\d\p{Script=Arabic}])|[。！？]+/gu;
  for (const m of text.slice(0, end).matchAll(boundary)) {
    const stop = (m.index ?? 0) + m[0].length;
    if ((m.index ?? 0) + m[0].length >= end) continue;
    if (m[0] === '.' && ABBREVIATION.test(text.slice(start, m.index ?? 0))) continue;
    ranges.push({ start, end: stop });
    start = stop;
  }
  ranges.push({ start, end });
  return ranges
    .map((r) => {
      const lead = LEADING_BULLET.exec(text.slice(r.start, r.end))?.[0].length ?? 0;
      let stop = r.end;
      while (stop > r.start + lead && /\s/u.test(text[stop - 1] ?? '')) stop--;
      return { start: r.start + lead, end: stop };
    })
    .filter((r) => r.end > r.start);
}

// ---------------------------------------------------------------------------------------------------
// Years

const MONTH_NAMES =
  'January|February|March|April|May|June|July|August|September|October|November|December|' +
  'janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre|' +
  'enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre|' +
  'января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря|' +
  'январе|феврале|марте|апреле|мае|июне|июле|августе|сентябре|октябре|ноябре|декабре';

/**
 * "In 2005", "For 2003", "Also in 2015", "in March 2004", "В 2013 году", "En 2012", "durante 2014", and the
 * end of a date range inside one year ("from 1 March to 31 May 2017", "du 2 au 30 juin 2016", "entre enero y
 * diciembre de 2016").
 */
const STATED_YEAR = new RegExp(
  // Chinese writes the year before 年 ("2016年，..."): the first capture group; every other form, the second.
  `(?<![\\d.,])((?:19|20)\\d{2})\\s*年|` +
  `(?<![\\p{L}])(?:in|for|during|throughout|en|durante|pendant|au\\s+cours\\s+de|в|во|за|в\\s+течение|` +
    // Arabic: "في عام 2017", "وخلال عام ٢٠١٧", "عام 2017" (digits are read through asciiDigits).
    `[وف]?(?:في|خلال)|عام|سنة|` +
    `(?:to|until|till|through|au|jusqu['’]au|hasta(?:\\s+el)?|al|and|et|y)(?=\\s+(?:\\d{1,2}(?:er)?\\s+)?(?:de\\s+)?(?:${MONTH_NAMES})\\s))\\s+` +
    `(?:(?:the\\s+)?(?:year|l['’]année|l['’]an|el\\s+año|año|عام|العام|سنة)\\s+)?(?:(?:\\d{1,2}\\s+)?(?:${MONTH_NAMES})\\s+(?:de\\s+)?)?` +
    `((?:19|20)\\d{2})(?![\\d\\p{L}])(?:\\s*(?:году|год|г\\.))?`,
  'giu',
);

/** "In the past year", "last year", "за прошедший год", "l'année dernière", "el año pasado". */
const PAST_YEAR = new RegExp(
  `(?<![\\p{L}])(?:(?:in|during|over|for)\\s+the\\s+(?:past|last|previous|preceding)\\s+(?:year|twelve\\s+months|12\\s+months)|last\\s+year|` +
    `за\\s+(?:прошедший|прошлый|истекший|минувший)\\s+год|в\\s+(?:прошлом|истекшем|минувшем)\\s+году|` +
    `(?:au\\s+cours\\s+de\\s+|pendant\\s+)?l['’]année\\s+(?:dernière|écoulée|précédente)|` +
    `(?:en\\s+|durante\\s+)?el\\s+(?:último\\s+año|año\\s+(?:pasado|anterior))|(?:en|durante)\\s+el\\s+último\\s+año)(?![\\p{L}])`,
  'iu',
);

/** "This year", "cette année", "este año", "в этом году": the report's own year. */
const THIS_YEAR = new RegExp(
  `(?<![\\p{L}])(?:(?:this|the\\s+current)\\s+year|cette\\s+année|l['’]année\\s+en\\s+cours|este\\s+año|el\\s+año\\s+en\\s+curso|в\\s+(?:этом|текущем)\\s+году)(?![\\p{L}])`,
  'iu',
);

/**
 * Periods that are not one calendar year: a reporting period (PoA reports cover two years or more),
 * "since 2010", "over the past five years", "to date". A statement naming one has no single year,
 * and the year of the sentence before must not be borrowed for it.
 */
const OTHER_PERIOD = new RegExp(
  `(?<![\\p{L}])(?:(?:reporting|review|reference)\\s+period|since\\s+(?:the\\s+(?:last|previous)\\s+report|independence|(?:19|20)\\d{2})|` +
    `(?:past|last|previous|recent)\\s+(?:[\\p{L}\\d]+\\s+)?(?:years|decades?)|to\\s+date|so\\s+far|` +
    `période\\s+(?:considérée|couverte|de\\s+référence|examinée|du\\s+rapport)|depuis\\s+(?:le\\s+dernier\\s+rapport|(?:19|20)\\d{2})|ces\\s+dernières\\s+années|à\\s+ce\\s+jour|` +
    `per[ií]odo\\s+(?:que\\s+abarca|del\\s+informe|examinado|de\\s+referencia|objeto)|desde\\s+(?:el\\s+último\\s+informe|(?:19|20)\\d{2})|(?:los\\s+)?últimos\\s+(?:[\\p{L}\\d]+\\s+)?años|hasta\\s+la\\s+fecha|` +
    `отч[её]тн\\p{L}+\\s+период\\p{L}*|последние\\s+(?:[\\p{L}\\d]+\\s+)?(?:лет|года)|с\\s+(?:19|20)\\d{2}\\s+года|на\\s+сегодняшний\\s+день)(?![\\p{L}])`,
  'iu',
);

/** Offsets of 4-digit years that a number scan must not read as counts. */
const YEAR_TOKEN = new RegExp(
  `(?:(?:${MONTH_NAMES})\\s+|(?:since|until|from|to|between|and|by|of|in|for|during|en|de|desde|hasta|в|с|по|до|à|au)\\s+)((?:19|20)\\d{2})(?!\\d)|` +
    `((?:19|20)\\d{2})\\s*(?:году|года|год|г\\.)`,
  'giu',
);

/** A bare year-like number (for spotting periods: "2010 and 2012", "2012-2013"). */
const ANY_YEAR = /(?<![\d.,’'])(?:19|20)\d{2}(?!\d|[.,’'\u00a0\u202f ]\d{3})/gu;
const COMPARISON = /(?<![\p{L}])(?:than|compared|comparison|versus|vs\.?|up\s+from|down\s+from|as\s+against|since|по\s+сравнению|чем|par\s+rapport|que\s+en|frente\s+a|desde|depuis|с)(?![\p{L}])/iu;

function statedYears(text: string): { year: number; index: number }[] {
  return [...asciiDigits(text).matchAll(STATED_YEAR)].map((m) => ({ year: Number(m[1] ?? m[2]), index: m.index ?? 0 }));
}

// ---------------------------------------------------------------------------------------------------
// Numbers and what they count

interface Count {
  value: number;
  /** The number as written. */
  raw: string;
  /** Offset in the unit text of the qualifier (if any) or the number. */
  start: number;
  numberStart: number;
  /** Offset after the category words (or after the number when there are none). */
  end: number;
  category: string | null;
  categoryRaw: string;
  /** 'known': the words name a weapon category; 'unknown': unrecognised words, kept only inside a list. */
  kind: 'known' | 'unknown';
  qualifier: string | null;
  /** The category was written before the number as a label ("pistols, 120; total, 240"); 'total' marks the total. */
  label: 'part' | 'total' | null;
  /** Words before the count name the category it breaks down ("of the rifled weapons, 13 were ..."). */
  under: { code: string; raw: string } | null;
}

/** A number near weapon words that is deliberately not loaded, reported so that nothing is dropped silently. */
interface SkippedNumber {
  /** Offset in the unit text. */
  at: number;
  rule: 'count-range' | 'count-not-integer' | 'not-a-weapon-count';
  /** The words, as written. */
  words: string;
}

/** Words after a number that show it counts something other than weapons. */
const NOT_WEAPONS = new RegExp(
  `^(?:of|per|out|to|times|mm|cm|km|m|kg|g|t|tonnes?|tons?|per\\s?cent|percent|%|years?|months?|weeks?|days?|hours?|` +
    `calibre|caliber|rounds?|cartridges?|ammunition|munitions?|explosives?|grenades?|mines?|shells?|detonators?|` +
    `persons?|people|individuals?|suspects?|officers?|officials?|participants?|journalists?|members?|staff|cases?|` +
    `operations?|raids?|campaigns?|seminars?|workshops?|courses?|regions?|countries|states?|agreements?|` +
    `${MONTH_NAMES}|` +
    `патрон\\p{L}*|боеприпас\\p{L}*|взрывчат\\p{L}*|гранат\\p{L}*|человек|лиц|сотрудник\\p{L}*|семинар\\p{L}*|раз|лет|год\\p{L}*|т|кг|тонн\\p{L}*|` +
    `cartouches?|munitions?|personnes?|fois|ans|cartuchos?|municiones|personas?|veces|años)(?![\\p{L}])`,
  'iu',
);

/** Unknown words that start like this are not a noun phrase ("1,500 in 2012", "300 of them"). */
const FUNCTION_WORD = /^(?:in|at|on|from|by|during|for|with|to|of|than|and|or|more|less|each|per|were|was|are|is|в|на|из|с|по|и|dans|par|pour|et|en|de|por|para|y|que)(?![\p{L}])/iu;

const FOOTNOTE_MARK = /^\s*\[\d{1,3}\]/u;

/** The category words of an unknown part: up to the first punctuation, number or linking word, at most five words. */
function unknownWords(after: string): string {
  const stop = /[,;:.()\n\d]|\s(?:and|or|were|was|in|at|from|by|during|with|и|или|в|et|ou|y|o)\s/iu.exec(after);
  const words = (stop ? after.slice(0, stop.index) : after).trim().split(/\s+/u).filter(Boolean).slice(0, 5);
  return words.join(' ');
}

function yearTokenOffsets(written: string, base: number): Set<number> {
  const offsets = new Set<number>();
  // Arabic-Indic digits ("٢٠١٧") are years too; asciiDigits keeps every offset.
  const text = asciiDigits(written);
  for (const m of text.matchAll(YEAR_TOKEN)) {
    const year = m[1] ?? m[2];
    if (!year) continue;
    offsets.add(base + (m.index ?? 0) + m[0].indexOf(year));
  }
  for (const m of text.matchAll(STATED_YEAR)) {
    const year = m[1] ?? m[2];
    if (year) offsets.add(base + (m.index ?? 0) + m[0].indexOf(year));
  }
  return offsets;
}

/** Words that scale a number ("1,5 million", "12 тыс.", "2 mil"): the written digits are not the count. */
const SCALE_WORD = /^\s*(?:millions?|billions?|thousands?|milliers?|milliards?|mil(?:es)?|millón|millones|миллион\p{L}*|млн\.?|тыс\.?|тысяч\p{L}*)(?![\p{L}])/iu;
/** A decimal number ("1,5", "1.5", "2.75"): never a count of items. */
const DECIMAL = /(?<![\d.,’'])\d+[.,](?:\d{1,2}|\d{4,})(?![\d]|[.,]\d)/gu;
/** Currency before a number ("US$ 1,200", "€ 300", "USD 250 000"): money, not weapons. */
const CURRENCY_BEFORE = /(?:[$€£¥₽₸]|US\$|\b(?:USD|EUR|CHF|GBP|FCFA|CFA|KZT|RUB)|руб\.?|тенге|долл\.?)\s*$/u;
/** Joins two numbers into a range ("between 200 and 300", "200–300", "from 200 to 300", "от 200 до 300"). */
const RANGE_JOIN = /^\s*(?:[–—-]|to|and|or|à|a|et|y|o|до|-|или)\s*$/iu;
const RANGE_OPEN = /(?:between|from|entre|de|от|из)\s+$/iu;
/** A label closing before a number in a table-like list ("; rifles, 80", ": pistols – 120"). */
const LABEL_BOUNDARY = /[;:(\n]|^/gu;
const LABEL_TAIL = /^\s*(?:[;,.)]|$|(?:and|et|y|и)\s)/iu;
const TOTAL_LABEL = /^\s*(?:total|in\s+total|altogether|всего|итого|au\s+total|en\s+total)\s*[,:–—-]?\s*$/iu;
/** Words before a count naming what it breaks down: "of the rifled weapons, 13 ...", "parmi les armes à canon rayé, 13 ...". */
const UNDER_CATEGORY = /(?:^|[\s,;:(])(?:of|among|out\s+of|parmi|de|entre|из|среди)\s+(?:the|these|those|les|ces|las|los|estas|estos|них\s+)?\s*([^,;:\d]+?)\s*[,:–—-]?\s*$/iu;

/** The category a label before a number names, if the text between `boundary` and the number is exactly one. */
function labelBefore(text: string, from: number, numberStart: number): { start: number; category: string | null; raw: string; total: boolean } | null {
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

/** Numbers in `range` of `text` with what they count, in order, and the numbers near weapon words left out on purpose. */
function findCounts(text: string, range: Range): { counts: Count[]; skipped: SkippedNumber[] } {
  const sentence = text.slice(range.start, range.end);
  const years = yearTokenOffsets(sentence, range.start);
  const numbers: ParsedInteger[] = [...findIntegers(sentence), ...findNumberWords(sentence)].sort((a, b) => a.index - b.index);
  const counts: Count[] = [];
  const skipped: SkippedNumber[] = [];
  // "1,5 million d'armes", "2.5 thousand weapons": a decimal is never read as a count (nor as 15, nor as 1).
  for (const m of sentence.matchAll(DECIMAL)) {
    const at = m.index ?? 0;
    const end = at + m[0].length;
    const scale = SCALE_WORD.exec(sentence.slice(end))?.[0].length ?? 0;
    const weaponEnd = scaledWeaponEnd(sentence.slice(end + scale));
    if (weaponEnd !== null) skipped.push({ at: range.start + at, rule: 'count-not-integer', words: sentence.slice(at, end + scale + weaponEnd) });
  }
  const inRange = new Set<number>();
  for (const [i, n] of numbers.entries()) {
    const next = numbers[i + 1];
    if (!next || years.has(range.start + n.index)) continue;
    const join = sentence.slice(n.index + n.raw.length, next.index);
    const opened = RANGE_OPEN.test(sentence.slice(0, n.index));
    if (/^\s*(?:[–—-]|to|до)\s*$/iu.test(join) || (opened && RANGE_JOIN.test(join))) {
      inRange.add(n.index);
      inRange.add(next.index);
      inRange.add(-1 - next.index);
    }
  }
  for (const n of numbers) {
    const numberStart = range.start + n.index;
    const numberEnd = numberStart + n.raw.length;
    if (years.has(numberStart)) continue;
    const charBefore = text[numberStart - 1] ?? '';
    const charAfter = text[numberEnd] ?? '';
    // Chinese writes "收缴枪支1,200支" (noun, number, counter word) with no spaces.
    if (HAN.test(charBefore) || HAN.test(charAfter)) {
      const chinese = chineseCount(text, counts[counts.length - 1]?.end ?? range.start, n, numberStart, numberEnd);
      if (chinese && 'skip' in chinese) skipped.push(chinese.skip);
      else if (chinese) counts.push(chinese);
      continue;
    }
    // Arabic glues the conjunction to the number ("800 مسدس و450 بندقية" = 800 pistols and 450 rifles).
    const gluedAnd = charBefore === 'و' && /(?:^|[\s،,])$/u.test(text.slice(range.start, numberStart - 1));
    // Document codes (A/CONF.192), ordinals (2nd), footnote markers glued to words (weapons2).
    if ((/[\p{L}/]/u.test(charBefore) && !gluedAnd) || /\p{L}/u.test(charAfter)) continue;
    // A heading or list number ("1. National coordination", "1) ...") at the start of a sentence.
    if (n.index === 0 && /^[.)]\s/u.test(text.slice(numberEnd, numberEnd + 2))) continue;
    if (CURRENCY_BEFORE.test(text.slice(range.start, numberStart))) continue;
    // "2.5 thousand": a number word scaling the digits before it is not a count of its own.
    if (/\d(?:[.,]\d+)?\s*$/u.test(text.slice(range.start, numberStart)) && /^\p{L}/u.test(n.raw)) continue;
    let after = text.slice(numberEnd, range.end);
    const footnote = FOOTNOTE_MARK.exec(after)?.[0].length ?? 0;
    after = after.slice(footnote);
    // "1 million weapons", "12 тыс. единиц оружия": the digits alone are not the count.
    const scale = SCALE_WORD.exec(after);
    if (scale) {
      const weaponEnd = scaledWeaponEnd(after.slice(scale[0].length));
      if (weaponEnd !== null) skipped.push({ at: numberStart, rule: 'count-not-integer', words: text.slice(numberStart, numberEnd + footnote + scale[0].length + weaponEnd) });
      continue;
    }
    if (inRange.has(n.index)) {
      // One issue per range, at its first number, citing the whole range.
      if (inRange.has(-1 - n.index)) continue;
      const weapon = matchWeaponCategory(after) ?? matchWeaponCategory(after.replace(/^\s*(?:[–—-]|to|and|or|à|a|et|y|o|до)\s*[\d\s.,’'\u00a0\u202f]+/iu, ' '));
      if (weapon) {
        const rangeAfter = after.length - after.replace(/^\s*(?:[–—-]|to|and|or|à|a|et|y|o|до)\s*[\d\s.,’'\u00a0\u202f]+/iu, ' ').length;
        skipped.push({ at: numberStart, rule: 'count-range', words: text.slice(numberStart, numberEnd + footnote + rangeAfter + weapon.end).trim() });
      }
      continue;
    }
    const qualifier = approxQualifierBefore(text.slice(range.start, numberStart));
    const start = qualifier === null ? numberStart : text.toLowerCase().lastIndexOf(qualifier, numberStart);
    const under = underCategory(text, counts[counts.length - 1]?.end ?? range.start, start < range.start ? numberStart : start);
    const base = { value: n.value, raw: n.raw, start: start < range.start ? numberStart : start, numberStart, qualifier, label: null, under };
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
    const match = matchWeaponCategory(after);
    if (match) {
      counts.push({ ...base, end: numberEnd + footnote + match.end, category: match.code, categoryRaw: match.raw, kind: 'known' });
      continue;
    }
    const trimmed = after.replace(/^\s*(?:(?:were|was|are|is)\s+)?/iu, '');
    const item = NON_WEAPON_ITEMS.exec(trimmed);
    if (item) {
      skipped.push({ at: numberStart, rule: 'not-a-weapon-count', words: `${n.raw} ${item[0].trim()}` });
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
    if (NOT_WEAPONS.test(trimmed)) continue;
    const words = unknownWords(trimmed);
    if (words === '' || !/^\p{L}/u.test(words) || FUNCTION_WORD.test(words)) continue;
    const wordsAt = after.indexOf(words);
    counts.push({ ...base, end: numberEnd + footnote + wordsAt + words.length, category: null, categoryRaw: words, kind: 'unknown' });
  }
  return { counts, skipped };
}

const HAN = /\p{Script=Han}/u;
/** Chinese counter words after a number of weapons (支 guns, 把 handguns, 挺 machine guns, 件 items). */
const ZH_WEAPON_COUNTER = /^(?:支|把|挺|件|具|杆|门)/u;
/** Chinese counters and nouns that show a number is not of weapons (rounds, grenades, kilograms, people). */
const ZH_NOT_WEAPONS = /^(?:发|枚|颗|粒|公斤|千克|吨|克|人|名|个|次|期|起|年|月|日|%)/u;
const ZH_NON_WEAPON_ITEM = /(?:子弹|枪弹|弹药|炮弹|手榴弹|炸药|雷管|爆炸物)$/u;
/** Where a Chinese noun phrase before a number starts: after punctuation, a digit, or a breakdown word. */
const ZH_PHRASE_START = /[，、；：。,;:\s\d（()]|其中/gu;

/**
 * A Chinese count: the category noun right before the number ("枪支1,200支", "其中手枪800支") or, in the
 * other order, after the number and its counter ("800支手枪"). Null when the words are not weapons.
 */
function chineseCount(text: string, from: number, n: ParsedInteger, numberStart: number, numberEnd: number): Count | { skip: SkippedNumber } | null {
  const after = text.slice(numberEnd);
  const counter = ZH_WEAPON_COUNTER.exec(after)?.[0].length ?? 0;
  const base = { value: n.value, raw: n.raw, numberStart, qualifier: null, label: null, under: null, kind: 'known' as const };
  const before = text.slice(from, numberStart);
  let cut = 0;
  for (const m of before.matchAll(ZH_PHRASE_START)) cut = (m.index ?? 0) + m[0].length;
  const phrase = before.slice(cut);
  if (ZH_NON_WEAPON_ITEM.test(phrase)) {
    return { skip: { at: numberStart, rule: 'not-a-weapon-count', words: `${phrase}${n.raw}${/^\p{L}?/u.exec(after)?.[0] ?? ''}` } };
  }
  // "1.2万支", "12万支": 万 (ten thousand) scales the digits, which are not the count.
  if (/^(?:万|千|百|亿)/u.test(after)) {
    return matchWeaponCategoryBefore(phrase) ? { skip: { at: numberStart, rule: 'count-not-integer', words: `${phrase}${n.raw}${/^\p{L}{1,2}/u.exec(after)?.[0] ?? ''}` } } : null;
  }
  if (ZH_NOT_WEAPONS.test(after)) return null;
  const noun = matchWeaponCategoryBefore(phrase);
  if (noun) {
    const start = from + cut + noun.index;
    return { ...base, start, end: numberEnd + counter, category: noun.code, categoryRaw: noun.raw };
  }
  if (counter === 0) return null;
  const following = matchWeaponCategory(after.slice(counter));
  if (!following || following.index !== 0) return null;
  return { ...base, start: numberStart, end: numberEnd + counter + following.end, category: following.code, categoryRaw: following.raw };
}

/** Where the weapon words after a scale word end ("million d'armes" -> after "armes"), or null if they are not weapons. */
function scaledWeaponEnd(rest: string): number | null {
  const prefix = /^\s*(?:of|de|d['’])\s*/iu.exec(rest)?.[0].length ?? 0;
  const weapon = matchWeaponCategory(prefix > 0 ? ` ${rest.slice(prefix)}` : rest);
  if (!weapon) return null;
  return prefix > 0 ? prefix + weapon.end - 1 : weapon.end;
}

/** The category named right before a count as the thing it breaks down ("of the rifled weapons, 13 were ..."). */
function underCategory(text: string, from: number, countStart: number): { code: string; raw: string } | null {
  const gap = text.slice(from, countStart);
  const m = UNDER_CATEGORY.exec(gap);
  if (!m?.[1]) return null;
  const match = matchWeaponCategory(m[1]);
  if (!match?.code || match.code === GENERIC_CATEGORY || match.index !== 0 || match.end !== m[1].length) return null;
  return { code: match.code, raw: match.raw };
}

/** Text between two counts that keeps them in one list: commas, "and", "и", "et", "y" ... */
const LIST_GAP = /^[\s,;、，；،]*(?:(?:and|or|as\s+well\s+as|plus|и|а\s+также|et|ou|y|e|o)\s+|و\s*|以及|和|及)?$/iu;

/** Keeps known counts, and unknown ones only where they sit in a list with known ones. */
function listMembers(text: string, counts: Count[]): Count[] {
  const member = counts.map((c) => c.kind === 'known');
  let changed = true;
  while (changed) {
    changed = false;
    for (let i = 0; i < counts.length; i++) {
      if (member[i]) continue;
      const c = counts[i];
      const prev = counts[i - 1];
      const next = counts[i + 1];
      if (!c) continue;
      const joinsPrev = prev && member[i - 1] && LIST_GAP.test(text.slice(prev.end, c.start));
      const joinsNext = next && member[i + 1] && LIST_GAP.test(text.slice(c.end, next.start));
      if (joinsPrev || joinsNext) {
        member[i] = true;
        changed = true;
      }
    }
  }
  return counts.filter((_, i) => member[i]);
}

// ---------------------------------------------------------------------------------------------------
// Statement structure

/** Words that announce a breakdown of the count before them. */
const BREAKDOWN = new RegExp(
  `:|(?<![\\p{L}])(?:of\\s+which|of\\s+these|of\\s+them|including|included|include|consisting\\s+of|comprising|comprised\\s+of|namely|` +
    `among\\s+(?:them|these|which)|broken\\s+down\\s+(?:as\\s+follows|into)|as\\s+follows|i\\.e\\.|` +
    `в\\s+том\\s+числе|из\\s+них|из\\s+которых|среди\\s+них|а\\s+именно|` +
    `dont|parmi\\s+(?:lesquelles|lesquels|elles|eux|celles-ci|ceux-ci)|y\\s+compris|à\\s+savoir|notamment|` +
    `entre\\s+(?:ellas|ellos|las\\s+cuales|los\\s+cuales)|de\\s+(?:las|los)\\s+cuales|incluid[oa]s?|incluyendo|a\\s+saber|` +
    // Arabic "منها" / "من بينها" = of which; "بما في ذلك" = including.
    `و?منها|و?من\\s+بينها|بما\\s+في\\s+ذلك)(?![\\p{L}])|` +
    // Chinese "其中" = of which, "包括" = including (no word boundaries in Chinese).
    `其中|包括`,
  'iu',
);

/** A sentence that continues the statement before it ("They included 717 ...", "Из них ..."). */
const CONTINUATION = new RegExp(
  `^(?:they|these|those|this|it)\\s+(?:included|includes|include|comprised|consisted\\s+of|were)|^(?:of\\s+(?:these|them|which)|among\\s+(?:them|these)|including|namely)|` +
    `^(?:из\\s+них|в\\s+том\\s+числе|среди\\s+них)|^(?:parmi\\s+(?:elles|eux|celles-ci|ceux-ci)|dont|il\\s+s['’]agit)|^(?:entre\\s+(?:ellas|ellos)|de\\s+(?:ellas|ellos|estas|estos))|^(?:و?منها|其中)`,
  'iu',
);

/** Words saying a count is the total ("a total of 502 weapons", "всего 502 единицы"). */
const TOTAL_WORD = /(?:total(?:\s+of)?|in\s+all|altogether|всего|au\s+total|en\s+total|un\s+total\s+de)\s*$/iu;

interface Draft {
  unit: number;
  /** Offsets in the unit's text. */
  start: number;
  end: number;
  counts: Count[];
  /** The sentence the statement sits in (for the year when a clause does not name one). */
  sentence: Range;
  sentenceIndex: number;
  /** Sentences merged into the statement after the first (continuations). */
  continued: boolean;
}

/**
 * Cuts one sentence's counts into statements: a new action after a list starts a new statement.
 * An action written after its count ("800 weapons were seized and 650 destroyed") belongs to the
 * clause before it, and a clause left without any action of its own ("...; of the rifled weapons,
 * 13 were ...") stays with the clause before.
 */
function clauses(text: string, sentence: Range, counts: Count[]): { start: number; end: number; counts: Count[] }[] {
  const groups: { start: number; end: number; counts: Count[] }[] = [];
  let current: Count[] = [];
  let start = sentence.start;
  for (const c of counts) {
    const prev = current[current.length - 1];
    if (prev) {
      const gap = text.slice(prev.end, c.start);
      const gapActions = findActions(gap);
      const newClause = gapActions.length > 0 && !BREAKDOWN.test(gap);
      if (newClause) {
        const hasAction = findActions(text.slice(start, prev.end)).length > 0;
        const claimed = hasAction ? null : gapActions[0];
        const end = claimed ? prev.end + claimed.end : prev.end;
        groups.push({ start, end, counts: current });
        start = end + (/^[\s,;]*/u.exec(text.slice(end, c.start))?.[0].length ?? 0);
        current = [];
      }
    }
    current.push(c);
  }
  if (current.length > 0) groups.push({ start, end: sentence.end, counts: current });
  // A clause without an action of its own continues the one before it.
  const merged: { start: number; end: number; counts: Count[] }[] = [];
  for (const g of groups) {
    const last = merged[merged.length - 1];
    if (last && findActions(text.slice(g.start, g.end)).length === 0) {
      last.counts.push(...g.counts);
      last.end = g.end;
    } else merged.push({ ...g, counts: [...g.counts] });
  }
  if (merged.length > 1) {
    // The earlier clauses end where their last count's words (or the action claimed after them) end.
    for (let i = 0; i < merged.length - 1; i++) {
      const g = merged[i];
      const lastCount = g?.counts[g.counts.length - 1];
      if (g && lastCount && findActions(text.slice(lastCount.end, g.end)).length === 0) g.end = lastCount.end;
    }
  }
  return merged;
}

function formatCount(n: number): string {
  return n.toLocaleString('en-US');
}

/** The action of a statement: the first action word before its second count, else the first anywhere. */
function pickAction(text: string, draft: Draft): TermMatch | null {
  const region = text.slice(draft.start, draft.end);
  const actions = findActions(region);
  const secondCount = draft.counts[1]?.start ?? draft.end;
  const head = actions.find((a) => draft.start + a.index < secondCount);
  const chosen = head ?? actions[0];
  return chosen ? { ...chosen, index: draft.start + chosen.index, end: draft.start + chosen.end } : null;
}

const AUXILIARY_TAIL = /\s+(?:were|was|have\s+been|has\s+been|had\s+been|have|has|had|are|is|been|было|были|была|был|ont\s+été|a\s+été|ont|sont|se|fueron|han\s+sido|ha\s+sido|fue|a|ha|han)\s*$/iu;
const TIME_LEAD = new RegExp(
  `^(?:(?:also|moreover|furthermore|in\\s+addition|besides|кроме\\s+того|также|en\\s+outre|además|asimismo)[,\\s]+)?` +
    `(?:${STATED_YEAR.source}|${PAST_YEAR.source})?[,\\s]*`,
  'iu',
);

/** Chinese adverbs between the subject and the verb ("公安机关共收缴" = the police seized in all): not part of the agency. */
const ZH_ADVERB_TAIL = /(?:共计|总共|累计|先后|依法|共|还|也|又|已|都)+$/u;

interface AgencyReading {
  raw: string;
  code: string | null;
}

/** A capitalised name of a public body ("Kenya Forest Service", "Wildlife Authority"), an adverb after it aside. */
const ORGANISATION_NAME = /^(?:the\s+)?((?:\p{Lu}[\p{L}'’-]*\s+){1,6}(?:Service|Force|Agency|Authority|Department|Directorate|Commission|Bureau|Office|Unit|Guard|Administration))(?:\s+(?:also|further|additionally|jointly|then))?$/u;

function agencyFromPhrase(phrase: string, ctx: CountContext): AgencyReading | null {
  const raw = phrase.trim().replace(/^[,;:\s]+|[,;:\s]+$/gu, '');
  if (raw === '' || /\d/u.test(raw) || raw.split(/\s+/u).length > 10) return null;
  const code = matchAgency(raw);
  if (code) return { raw, code };
  const acronym = /(?<!\p{L})(\p{Lu}{2,8})(?!\p{L})/u.exec(raw)?.[1];
  if (acronym) return { raw, code: ctx.agencyAliases?.[acronym] ?? null };
  // "the Kenya Forest Service also seized": a named body outside the vocabulary is still the agency (raw
  // kept, code NULL and flagged), never dropped.
  const body = ORGANISATION_NAME.exec(raw)?.[1];
  if (body) return { raw: body, code: null };
  return null;
}

/** The agency: the subject before the action verb, or "by ..." / an instrumental right after it. */
function pickAgency(text: string, draft: Draft, action: TermMatch | null, ctx: CountContext): AgencyReading | null {
  if (!action) return null;
  // "2,150 small arms and light weapons (SALW) were destroyed": when the count comes before the verb,
  // the counted words are the subject, not an agency; only the words before the count may name one.
  const countFirst = draft.counts[0];
  let head = text.slice(draft.start, countFirst && countFirst.start < action.index ? countFirst.start : action.index);
  const lastComma = Math.max(...[',', ';', '،', '؛', '，', '；'].map((c) => head.lastIndexOf(c)));
  // "In 2016,3 the police ...": a footnote marker glued to the comma is not part of the subject.
  head = lastComma >= 0 ? head.slice(lastComma + 1).replace(/^\d{1,3}(?=\s)/u, '') : head.replace(TIME_LEAD, '');
  // "Таможенными органами в 2012 году изъято": a year inside the subject is not part of it.
  head = asciiDigits(head).replace(new RegExp(STATED_YEAR.source, 'giu'), ' ').replace(new RegExp(PAST_YEAR.source, 'giu'), ' ');
  head = head.replace(AUXILIARY_TAIL, '').replace(ZH_ADVERB_TAIL, '').replace(/\s{2,}/gu, ' ');
  const subject = agencyFromPhrase(head, ctx);
  if (subject) return subject;
  const firstCount = draft.counts[0];
  const afterEnd = firstCount && firstCount.start > action.end ? firstCount.start : draft.end;
  const after = text.slice(action.end, afterEnd);
  // "surrendered to the police": the agency that received them.
  const agent = action.code === 'surrendered' ? '(?:by|to|par|à|por|a)' : '(?:by|par|por)';
  // "seized in 2013 by the Guyana Police Force": a year may stand between the verb and the agent.
  const agentPhrase = new RegExp(
    `^\\s*(?:(?:in|during|en|durante)\\s+(?:19|20)\\d{2}\\s+)?(?:and\\s+[\\p{L}\\s]+?\\s+)?${agent}\\s+([^,;:.()\\d]+?)(?=\\s+(?:in|at|during|from|on|and|en|dans|durante)\\s|[,;:.()\\d]|$)`,
    'iu',
  );
  // The words up to a line break first (a caption above its table rows), then the phrase wrapped over lines.
  const agentOf = (phrase: string | undefined): AgencyReading | null =>
    phrase === undefined ? null : ((phrase.includes('\n') ? agencyFromPhrase(phrase.slice(0, phrase.indexOf('\n')), ctx) : null) ?? agencyFromPhrase(phrase, ctx));
  const byAgency = agentOf(agentPhrase.exec(after)?.[1]);
  if (byAgency) return byAgency;
  // "surrendered 1,862 firearms to NAMPOL, comprising ...": the phrase may follow the total's words.
  if (firstCount && firstCount.start > action.end) {
    const afterCount = text.slice(firstCount.end, draft.counts[1]?.start ?? draft.end);
    const agency = agentOf(agentPhrase.exec(afterCount)?.[1]);
    if (agency) return agency;
  }
  // Russian puts the agent after the verb too: "изъято органами внутренних дел 1 560 ...".
  if (firstCount && firstCount.start > action.end) {
    const between = after.replace(/^[,\s]+|[,\s]+$/gu, '');
    if (between !== '' && matchAgency(between) && !/\d/u.test(between)) return { raw: between, code: matchAgency(between) };
  }
  return null;
}

interface YearReading {
  year: number | null;
  basis: 'stated' | 'inferred' | null;
  how: string | null;
}

function distinctYears(text: string): number[] {
  return [...new Set(statedYears(text).map((y) => y.year))];
}

function pickYear(text: string, draft: Draft, units: readonly ProseUnit[], sentences: readonly Range[][], ctx: CountContext): YearReading {
  const own = text.slice(draft.start, draft.end);
  const firstCountAt = (draft.counts[0]?.start ?? draft.end) - draft.start;
  // "In 2012 and 2013, ...", "Between 2010 and 2012, ...": a period, not a year.
  const headYears = [...new Set([...asciiDigits(own.slice(0, firstCountAt)).matchAll(ANY_YEAR)].map((m) => Number(m[0])))];
  if (headYears.length > 1) return { year: null, basis: null, how: `names several years (${headYears.join(', ')})` };
  const stated = statedYears(own);
  const inHead = stated.find((y) => y.index < firstCountAt);
  if (inHead) return { year: inHead.year, basis: 'stated', how: null };
  // After the counts a year may be the one compared with ("15% more than in 2012"): only a plain one is taken.
  const after = stated.filter((y) => !COMPARISON.test(own.slice(0, y.index)));
  const distinct = [...new Set(after.map((y) => y.year))];
  if (distinct.length === 1 && distinct[0] !== undefined && after.length === stated.length) return { year: distinct[0], basis: 'stated', how: null };
  if (stated.length > 0) return { year: null, basis: null, how: `names ${[...new Set(stated.map((y) => y.year))].join(', ')} only after its numbers, in a comparison or more than once` };

  const period = OTHER_PERIOD.exec(own);
  if (period) return { year: null, basis: null, how: `refers to "${period[0]}", a period that is not one calendar year` };
  const thisYear = THIS_YEAR.exec(own);
  if (thisYear) {
    if (ctx.reportedIn === null) return { year: null, basis: null, how: `says "${thisYear[0]}" but the report year is unknown` };
    return { year: ctx.reportedIn, basis: 'inferred', how: `"${thisYear[0]}" in a report of ${ctx.reportedIn}` };
  }

  // A clause cut from a longer sentence takes the year its sentence states before it.
  if (draft.start > draft.sentence.start) {
    const sentenceYears = distinctYears(text.slice(draft.sentence.start, draft.start));
    if (sentenceYears.length === 1 && sentenceYears[0] !== undefined) return { year: sentenceYears[0], basis: 'stated', how: null };
  }

  const past = PAST_YEAR.exec(own);
  if (past) {
    if (ctx.reportedIn === null) return { year: null, basis: null, how: `says "${past[0].trim()}" but the report year is unknown` };
    return { year: ctx.reportedIn - 1, basis: 'inferred', how: `"${past[0].trim()}" in a report of ${ctx.reportedIn}` };
  }

  // The sentence just before (in the same unit), or the unit just before when this is the first sentence.
  const before =
    draft.sentenceIndex > 0
      ? (() => {
          const prev = sentences[draft.unit]?.[draft.sentenceIndex - 1];
          return prev ? text.slice(prev.start, prev.end) : '';
        })()
      : (units[draft.unit - 1]?.text ?? '');
  if (before !== '') {
    const years = distinctYears(before);
    if (years.length === 1 && years[0] !== undefined) {
      return { year: years[0], basis: 'inferred', how: `taken from the ${draft.sentenceIndex > 0 ? 'sentence' : 'bullet'} before, which names ${years[0]}` };
    }
    if (years.length === 0 && PAST_YEAR.test(before) && ctx.reportedIn !== null) {
      return { year: ctx.reportedIn - 1, basis: 'inferred', how: `the text before says "past year" in a report of ${ctx.reportedIn}` };
    }
  }
  return { year: null, basis: null, how: null };
}

// ---------------------------------------------------------------------------------------------------

function lineage(unit: ProseUnit, start: number, end: number): { line_start: number; line_end: number; page: number | null; source_text: string } {
  return {
    line_start: lineOfOffset(unit.text, unit.span, start),
    line_end: lineOfOffset(unit.text, unit.span, Math.max(start, end - 1)),
    page: unit.span.page ?? null,
    source_text: unit.text.slice(start, end),
  };
}

/** Drafts of statements in all units, continuations merged, in document order. */
function draftStatements(
  units: readonly ProseUnit[],
  sentences: readonly Range[][],
  skipped: (SkippedNumber & { unit: number; sentence: Range })[],
): Draft[] {
  const drafts: Draft[] = [];
  for (const [u, unit] of units.entries()) {
    const text = unit.text;
    let previousSentenceDraft: Draft | null = null;
    for (const [s, sentence] of (sentences[u] ?? []).entries()) {
      const found = findCounts(text, sentence);
      skipped.push(...found.skipped.map((k) => ({ ...k, unit: u, sentence })));
      const members = listMembers(text, found.counts);
      const sentenceText = text.slice(sentence.start, sentence.end);
      if (members.length > 0 && previousSentenceDraft && CONTINUATION.test(sentenceText)) {
        previousSentenceDraft.counts.push(...members);
        previousSentenceDraft.end = sentence.end;
        previousSentenceDraft.continued = true;
        continue;
      }
      previousSentenceDraft = null;
      for (const clause of clauses(text, sentence, members)) {
        const draft: Draft = { unit: u, start: clause.start, end: clause.end, counts: clause.counts, sentence, sentenceIndex: s, continued: false };
        drafts.push(draft);
        previousSentenceDraft = draft;
      }
    }
  }
  return drafts;
}

/** Which count is the total: a generic first count, a first count a breakdown follows, or one "a total of" names. */
function pickTotal(text: string, counts: readonly Count[]): number | null {
  const first = counts[0];
  if (!first) return null;
  // "pistols, 120; rifles, 80; total, 240": the labelled total, wherever it stands.
  const labelled = counts.findIndex((c) => c.label === 'total');
  if (labelled >= 0) return labelled;
  if (first.label === 'part') return null;
  const second = counts[1];
  // "seized 120 firearms, 300 grenades and 15 grenade launchers": a generic count that only opens a
  // plain list is one item of it, not the total of the others.
  const plainList = second !== undefined && LIST_GAP.test(text.slice(first.end, second.start));
  if (first.category === GENERIC_CATEGORY && !plainList) return 0;
  if (!second) return first.kind === 'known' ? 0 : null;
  if (BREAKDOWN.test(text.slice(first.end, second.start))) return 0;
  for (let i = 1; i < counts.length; i++) {
    const c = counts[i];
    const prev = counts[i - 1];
    if (c && prev && c.category === GENERIC_CATEGORY && TOTAL_WORD.test(text.slice(prev.end, c.start))) return i;
  }
  return null;
}

function countRecord(unit: ProseUnit, c: Count, isTotal: boolean, parentCategory: string | null): WeaponCountRecord {
  return {
    ...lineage(unit, c.start, c.end),
    category: isTotal && c.category === null ? null : c.category,
    category_raw: c.categoryRaw,
    parent_category: parentCategory,
    quantity: c.value,
    is_total: isTotal,
    approx: c.qualifier !== null,
    approx_qualifier: c.qualifier,
  };
}

/**
 * Finds every count statement in `units` (one attribution group, in document order). Pure; never throws.
 *
 * @example
 * extractCountStatements([{ text: 'In 2013, the police destroyed 300 weapons: 200 pistols and 100 rifles.', span: { lineStart: 4, lineEnd: 4 } }], { reportedIn: 2014, language: 'en' })
 * // statements[0]: year 2013 stated, action 'destroyed', agency 'police', total 300, components_sum 300, 'balanced'
 */
export function extractCountStatements(units: ProseUnit[], ctx: CountContext): CountExtraction {
  const statements: CountStatementRecord[] = [];
  const issues: IssueDraft[] = [];
  const sentences = units.map((u) => splitSentences(u.text));

  const readAgencies: { draft: Draft; agency: AgencyReading | null }[] = [];
  const skipped: (SkippedNumber & { unit: number; sentence: Range })[] = [];
  const drafts = draftStatements(units, sentences, skipped);
  const draftsPerSentence = new Map<string, number>();
  for (const d of drafts) draftsPerSentence.set(`${d.unit}:${d.sentenceIndex}`, (draftsPerSentence.get(`${d.unit}:${d.sentenceIndex}`) ?? 0) + 1);
  for (const draft of drafts) {
    const unit = units[draft.unit];
    if (!unit || draft.counts.length === 0) continue;
    const text = unit.text;
    if (!draft.counts.some((c) => c.kind === 'known')) continue;
    const action = pickAction(text, draft);
    // Without an action word a number of weapons is not a collection fact (a stockpile, a licence count).
    if (!action) continue;

    const totalAt = pickTotal(text, draft.counts);
    const total = totalAt === null ? null : (draft.counts[totalAt] ?? null);
    const allParts = draft.counts.filter((_, i) => i !== totalAt);
    // "...; of the rifled weapons, 13 were fully automatic and 532 rifles": the words put a run of parts
    // under a category. The run lasts until a semicolon or another such phrase.
    const under: ({ code: string; raw: string } | null)[] = [];
    for (const [i, p] of allParts.entries()) {
      const prev = allParts[i - 1];
      const inherited = prev && under[i - 1] && !/;/u.test(text.slice(prev.end, p.start)) ? (under[i - 1] ?? null) : null;
      under.push(p.under ?? inherited);
    }
    // Under a category that has a count of its own, the run is a sub-list reconciliation checks; under
    // one without ("of the rifled weapons" when no rifled number is given), nothing can be checked.
    const uncounted = allParts.map((p, i) => {
      const u = under[i];
      return u !== null && u !== undefined && !allParts.slice(0, i).some((q, j) => q.category === u.code && under[j] === null);
    });
    const parts = allParts.filter((_, i) => !uncounted[i]);
    const partUnder = under.filter((_, i) => !uncounted[i]);
    const reconcileInput: CountPart[] = parts.map((p, i) => {
      const prev = i === 0 ? total : parts[i - 1];
      const gap = prev ? text.slice(prev.end, p.start) : '';
      const opensRun = (partUnder[i] ?? null) !== null && (i === 0 || partUnder[i - 1] !== partUnder[i]);
      return { quantity: p.value, category: p.category, opensSublist: i > 0 && (BREAKDOWN.test(gap) || opensRun) };
    });
    const result = reconcileParts(total?.value ?? null, reconcileInput);
    // "The police seized 800 weapons and destroyed 650": the second clause shares the subject.
    const previous = readAgencies[readAgencies.length - 1];
    const sameSentence = previous !== undefined && previous.draft.unit === draft.unit && previous.draft.sentenceIndex === draft.sentenceIndex;
    const agency = pickAgency(text, draft, action, ctx) ?? (sameSentence ? previous.agency : null);
    readAgencies.push({ draft, agency });
    const year = pickYear(text, draft, units, sentences, ctx);
    const index = statements.length;
    // Two statements in one sentence ("In 2014, the police seized 800 weapons and destroyed 650") share its
    // year and agency: each cites the whole sentence, so the words it was read from are all in its source_text.
    const sentence = sentences[draft.unit]?.[draft.sentenceIndex];
    const shared = sentence && (draftsPerSentence.get(`${draft.unit}:${draft.sentenceIndex}`) ?? 0) > 1;
    const where = shared ? lineage(unit, Math.min(sentence.start, draft.start), Math.max(sentence.end, draft.end)) : lineage(unit, draft.start, draft.end);

    // Rows in document order: a total written after its parts ("... and 95 pistols, a total of 407") comes last.
    const placed: [number, WeaponCountRecord][] = [];
    if (total) placed.push([total.start, countRecord(unit, total, true, null)]);
    for (const [i, part] of allParts.entries()) {
      if (uncounted[i]) {
        placed.push([part.start, countRecord(unit, part, false, under[i]?.code ?? null)]);
        continue;
      }
      const parent = result.parentIndex[parts.indexOf(part)];
      placed.push([part.start, countRecord(unit, part, false, parent === null || parent === undefined ? null : (parts[parent]?.category ?? null))]);
    }
    const counts = placed.sort((a, b) => a[0] - b[0]).map(([, record]) => record);

    statements.push({
      ...where,
      year: year.year,
      year_basis: year.basis,
      action: action.code,
      action_raw: action.raw,
      agency: agency?.code ?? null,
      agency_raw: agency?.raw ?? null,
      total: total?.value ?? null,
      components_sum: result.componentsSum,
      reconciliation: result.reconciliation,
      reported_in: ctx.reportedIn,
      counts,
    });

    const record = { table: 'count_statements' as const, index };
    const label = `line ${where.line_start}, '${action.raw} ${total ? `${total.raw} ${total.categoryRaw}` : '...'}'`;
    if (result.reconciliation === 'unbalanced' && total && result.componentsSum !== null) {
      const topLevel = parts.filter((_, i) => result.parentIndex[i] === null).map((p) => formatCount(p.value));
      const difference = result.componentsSum - total.value;
      issues.push({
        severity: 'warning',
        rule: 'unbalanced-count',
        message:
          `Count statement (${label}): parts ${topLevel.join(' + ')} = ${formatCount(result.componentsSum)}, not ${formatCount(total.value)} ` +
          `(difference ${difference > 0 ? '+' : ''}${formatCount(difference)}). Numbers loaded as written; reconciliation 'unbalanced'.` +
          (result.note ? ` ${result.note}.` : ''),
        line_start: where.line_start,
        record,
      });
    }
    if (year.basis === 'inferred') {
      issues.push({
        severity: 'info',
        rule: 'year-inferred',
        message: `Count statement (${label}) names no year of its own: year ${year.year} ${year.how ?? 'inferred'}; year_basis 'inferred'.`,
        line_start: where.line_start,
        record,
      });
    } else if (year.year === null) {
      issues.push({
        severity: 'info',
        rule: 'year-unknown',
        message: `Count statement (${label}): ${year.how ?? 'no year is stated and none can be read from the text before'}; year left NULL.`,
        line_start: where.line_start,
        record,
      });
    }
    if (result.reconciliation === 'no_total') {
      issues.push({
        severity: 'info',
        rule: 'no-total',
        message: `Count statement (${label}) lists parts without a total; total NULL, components_sum ${result.componentsSum === null ? 'NULL' : formatCount(result.componentsSum)}.`,
        line_start: where.line_start,
        record,
      });
    }
    const uncountedParts = allParts.filter((_, i) => uncounted[i]);
    if (uncountedParts.length > 0) {
      const u = under[allParts.indexOf(uncountedParts[0] as Count)];
      issues.push({
        severity: 'info',
        rule: 'uncounted-parent',
        message:
          `Count statement (${label}): ${uncountedParts.map((p) => formatCount(p.value)).join(' + ')} break down the ${u?.raw ?? 'category'} named before them, ` +
          `whose own number the statement does not give; loaded with parent_category '${u?.code ?? ''}', left out of components_sum.`,
        line_start: where.line_start,
        record,
      });
    }
    for (const part of allParts) {
      if (part.category !== GENERIC_CATEGORY) continue;
      issues.push({
        severity: 'info',
        rule: 'generic-part',
        message: `Count statement (${label}): the part "${part.raw} ${part.categoryRaw}" names weapons in general; category '${GENERIC_CATEGORY}' like a total, raw words kept.`,
        line_start: lineOfOffset(text, unit.span, part.start),
        record,
      });
    }
    for (const part of draft.counts) {
      if (part.category !== null) continue;
      issues.push({
        severity: 'info',
        rule: 'unknown-category',
        message: `Count statement (${label}): "${part.raw} ${part.categoryRaw}" names no known weapon category; category NULL, raw words kept.`,
        line_start: lineOfOffset(text, unit.span, part.start),
        record,
      });
    }
    if (agency && agency.code === null) {
      issues.push({
        severity: 'info',
        rule: 'unknown-agency',
        message: `Count statement (${label}): agency "${agency.raw}" is not in the agency vocabulary; agency NULL, raw words kept.`,
        line_start: where.line_start,
        record,
      });
    }
  }
  for (const k of skipped) {
    const unit = units[k.unit];
    if (!unit || findActions(unit.text.slice(k.sentence.start, k.sentence.end)).length === 0) continue;
    const why =
      k.rule === 'count-range'
        ? 'is a range, not one number: not loaded'
        : k.rule === 'count-not-integer'
          ? 'is not written as a whole number of items (a decimal or a scaled number such as "million", "тыс."): not loaded'
          : 'counts ammunition or other items, not weapons: not loaded in weapon_counts, never added to a weapons total';
    issues.push({ severity: 'info', rule: k.rule, message: `"${k.words}" ${why}.`, line_start: lineOfOffset(unit.text, unit.span, k.at) });
  }
  return { statements, issues };
}
