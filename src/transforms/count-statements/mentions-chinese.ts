/** Step 3, Chinese: a number written between its noun and its counter word, with no spaces ("收缴枪支1,200支"). */
import { type CategoryMatch, matchWeaponCategory, matchWeaponCategoryBefore } from '../categories.ts';
import { lexiconOf } from '../../language/registry.ts';
import { type NumberToken, qualifierAfter, qualifierBefore } from '../quantity.ts';
import { PART_INTRODUCER_GAP, ZH_COPULA, ZH_LEVEL_LEAD, ZH_NON_WEAPON_ITEM, ZH_NOT_WEAPONS, ZH_PHRASE_START, ZH_SCALE, ZH_WEAPON_COUNTER } from './compile.ts';
import type { Count, SkippedNumber } from './types.ts';

/**
 * A Chinese count: the category noun right before the number ("枪支1,200支", "其中手枪800支") or, in the
 * other order, after the number and its counter ("800支手枪"). Null when the words are not weapons.
 */
export function chineseCount(text: string, from: number, n: NumberToken, numberStart: number, numberEnd: number): Count | { skip: SkippedNumber } | null {
  const before = text.slice(from, numberStart);
  // "约3,000支" (about), "30,000余支" / "300支左右" (over, about): the qualifier stands right before the number
  // or right after it, before or after the counter word; the hedge word is not the counter.
  const hedgeBefore = qualifierBefore(before, 'zh');
  const hedgeAfter = hedgeBefore === null ? qualifierAfter(text.slice(numberEnd), 'zh') : null;
  const hedgeRightAfter = hedgeAfter !== null && hedgeAfter.index === 0;
  const afterNumber = numberEnd + (hedgeRightAfter ? hedgeAfter.written.length : 0);
  const after = text.slice(afterNumber);
  const counter = ZH_WEAPON_COUNTER.exec(after)?.[0].length ?? 0;
  const qualifier = (hedgeBefore ?? hedgeAfter)?.written ?? null;
  const base = { value: n.value, raw: n.raw, separator: n.separator, numberStart, qualifier, label: null, under: null, kind: 'known' as const };
  let cut = 0;
  for (const m of before.matchAll(ZH_PHRASE_START)) cut = (m.index ?? 0) + m[0].length;
  // "非法枪支约5万支", "枪支约3,000支": the hedge word right before the number is no part of the noun before it.
  const hedgeAt = hedgeBefore !== null && hedgeBefore.index >= cut ? hedgeBefore.index : before.length;
  // "非法枪支增至1,526支" (rose to 1,526): the level lead between the noun and the number is no part of the noun; the
  // number is the level reached, a count of the noun.
  const level = ZH_LEVEL_LEAD.exec(before.slice(cut, hedgeAt));
  const phrase = before.slice(cut, level ? cut + level.index : hedgeAt);
  if (ZH_NON_WEAPON_ITEM.test(phrase)) {
    return { skip: { at: numberStart, rule: 'not-a-weapon-count', words: `${phrase}${n.raw}${/^\p{L}?/u.exec(after)?.[0] ?? ''}` } };
  }
  // "12万支": 万 (ten thousand) scales the digits: 120,000 guns, never 12. The scale's value is the lexicon's.
  const scale = ZH_SCALE.exec(after)?.[0];
  if (scale !== undefined) {
    const noun = matchWeaponCategoryBefore(phrase);
    if (!noun) return null;
    const value = n.value * (lexiconOf('zh').scaleWords[scale] ?? Number.NaN);
    if (!/^\d/u.test(n.raw) || !Number.isSafeInteger(value)) return { skip: { at: numberStart, rule: 'count-not-integer', words: `${phrase}${n.raw}${/^\p{L}{1,2}/u.exec(after)?.[0] ?? ''}` } };
    const scaledCounter = ZH_WEAPON_COUNTER.exec(after.slice(scale.length))?.[0].length ?? 0;
    return { ...base, value, raw: `${n.raw}${scale}`, scale, start: from + cut + noun.index, end: afterNumber + scale.length + scaledCounter, category: noun.code, categoryRaw: noun.raw };
  }
  if (ZH_NOT_WEAPONS.test(after)) return null;
  // "非法枪支由2021年的1,200支增至1,526支": the level's weapons are named before the change's first figure.
  const inPhrase = matchWeaponCategoryBefore(phrase);
  const beforeChange = inPhrase === null && level ? nounBeforeChange(text.slice(from, from + cut)) : null;
  const noun = inPhrase ?? beforeChange;
  if (noun) {
    const start = beforeChange ? from + beforeChange.index : from + cut + noun.index;
    return { ...base, start, end: afterNumber + counter, category: noun.code, categoryRaw: noun.raw };
  }
  if (counter === 0) return null;
  // "其中100支为手枪" (of which 100 were pistols): a copula between the counter word and the category.
  const copula = ZH_COPULA.exec(after.slice(counter))?.[0].length ?? 0;
  const direct = matchWeaponCategory(after.slice(counter));
  const viaCopula = direct?.index === 0 || copula === 0 ? null : matchWeaponCategory(after.slice(counter + copula));
  const following = viaCopula?.index === 0 ? viaCopula : direct;
  const lead = following === viaCopula ? copula : 0;
  if (following?.index !== 0) {
    // "其中100支在北京" (of which 100 in Beijing): a part the words announce that names no weapons: not loaded, said so.
    if (PART_INTRODUCER_GAP.test(before)) {
      return { skip: { at: numberStart, rule: 'count-part-no-category', words: `${n.raw}${/^[^,;.:()\n\d，；。、]*/u.exec(after)?.[0] ?? ''}` } };
    }
    return null;
  }
  return { ...base, start: numberStart, end: afterNumber + counter + lead + following.end, category: following.code, categoryRaw: following.raw };
}

/** Most characters of a from-word (`由`, `从`) between a change's noun and its first figure. */
const FROM_WORD_LENGTH = 2;

/**
 * The weapons a change from one figure to a level counts (`收缴非法枪支由2021年的1,200支增至1,526支`): the noun right
 * before the change's first figure, a from-word at most between them (the first digit of its year or figure), and no
 * clause punctuation after it. Null when there is none.
 */
function nounBeforeChange(span: string): CategoryMatch | null {
  // The clause the level's number stands in: after the last clause punctuation (`2022年，`).
  let clause = 0;
  for (const m of span.matchAll(ZH_CLAUSE_BREAK)) clause = (m.index ?? 0) + m[0].length;
  const firstDigit = span.slice(clause).search(/\d/u);
  if (firstDigit < 0) return null;
  for (let k = clause + firstDigit; k >= Math.max(clause, clause + firstDigit - FROM_WORD_LENGTH); k--) {
    const noun = matchWeaponCategoryBefore(span.slice(0, k));
    if (noun) return noun;
  }
  return null;
}

/** Punctuation ending a Chinese clause (the comma of digit groups, `1,200`, is none): a change's noun and figures stand in one. */
const ZH_CLAUSE_BREAK = /[，、；。;]/gu;

/**
 * A decimal scaled by 万 after a Chinese weapon noun ("枪支1.2万支" = 12,000 guns): the words to report
 * it as not a whole count, or null when it is not one.
 */
export function chineseScaledDecimal(sentence: string, at: number, end: number): string | null {
  const after = sentence.slice(end);
  if (!ZH_SCALE.test(after)) return null;
  const before = sentence.slice(0, at);
  let cut = 0;
  for (const m of before.matchAll(ZH_PHRASE_START)) cut = (m.index ?? 0) + m[0].length;
  const phrase = before.slice(cut);
  if (!matchWeaponCategoryBefore(phrase)) return null;
  return `${phrase}${sentence.slice(at, end)}${/^\p{L}{1,2}/u.exec(after)?.[0] ?? ''}`;
}
