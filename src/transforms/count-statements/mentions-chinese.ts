/** Step 3, Chinese: a number written between its noun and its counter word, with no spaces ("收缴枪支1,200支"). */
import { matchWeaponCategory, matchWeaponCategoryBefore } from '../categories.ts';
import type { NumberToken } from '../quantity.ts';
import { ZH_NON_WEAPON_ITEM, ZH_NOT_WEAPONS, ZH_PHRASE_START, ZH_SCALE, ZH_WEAPON_COUNTER } from './compile.ts';
import type { Count, SkippedNumber } from './types.ts';

/**
 * A Chinese count: the category noun right before the number ("枪支1,200支", "其中手枪800支") or, in the
 * other order, after the number and its counter ("800支手枪"). Null when the words are not weapons.
 */
export function chineseCount(text: string, from: number, n: NumberToken, numberStart: number, numberEnd: number): Count | { skip: SkippedNumber } | null {
  const after = text.slice(numberEnd);
  const counter = ZH_WEAPON_COUNTER.exec(after)?.[0].length ?? 0;
  const base = { value: n.value, raw: n.raw, separator: n.separator, numberStart, qualifier: null, label: null, under: null, kind: 'known' as const };
  const before = text.slice(from, numberStart);
  let cut = 0;
  for (const m of before.matchAll(ZH_PHRASE_START)) cut = (m.index ?? 0) + m[0].length;
  const phrase = before.slice(cut);
  if (ZH_NON_WEAPON_ITEM.test(phrase)) {
    return { skip: { at: numberStart, rule: 'not-a-weapon-count', words: `${phrase}${n.raw}${/^\p{L}?/u.exec(after)?.[0] ?? ''}` } };
  }
  // "1.2万支", "12万支": 万 (ten thousand) scales the digits, which are not the count.
  if (ZH_SCALE.test(after)) {
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
  if (following?.index !== 0) return null;
  return { ...base, start: numberStart, end: numberEnd + counter + following.end, category: following.code, categoryRaw: following.raw };
}

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
