/**
 * How far a label as written is from a lexicon phrase (a heading, a template question), both already
 * folded (lower case, no diacritics, words separated by single spaces: topics.ts `foldText`).
 *
 * Pages misspell their labels (`Informaton`, `pratices`, `Stockpille`, `marqauge`), so a label may differ
 * from a phrase by a few typos; but a typo is only believed in a word long enough that one edit leaves it
 * recognisable. Short words (`of`, `de`, `la`, `for`, `des`) must be written exactly: changing them
 * changes the meaning (`import`/`export` differ by two letters, `for`/`of` by all). The first letter of a
 * word is never a typo either: `Parking` is not `Marking`, `Instruction` is not `Destruction`.
 * Words run together or split (`Recordkeeping`, `Stock pile`) count as one edit when the letters agree.
 *
 * This is a general rule over the lexicons' phrases: no list of the misspellings seen.
 */

/** Lexicon words shorter than this must be written exactly (a longer one may lose a letter: `their` -> `ther`). */
export const MIN_TYPO_WORD = 5;

/** How many typos a lexicon word of this length may carry: none below 5 letters, one up to 8, two from 9. */
export function wordBudget(length: number): number {
  if (length < MIN_TYPO_WORD) return 0;
  return length < 9 ? 1 : 2;
}

/** How many typos a whole label of this (folded) length may carry, however long its words: none under 6 letters. */
export function labelBudget(length: number): number {
  if (length < 6) return 0;
  if (length < 14) return 1;
  if (length < 40) return 2;
  return 3;
}

/**
 * Optimal-string-alignment distance (Levenshtein plus the swap of two neighbouring letters, `marqauge` ->
 * `marquage` being one typo), giving up (returning `max + 1`) once it exceeds `max`.
 */
export function editDistance(a: string, b: string, max = Number.POSITIVE_INFINITY): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let before: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, (before[j - 2] ?? 0) + 1);
      current.push(value);
      if (value < rowMin) rowMin = value;
    }
    if (rowMin > max) return max + 1;
    before = previous;
    previous = current;
  }
  return previous[b.length] ?? max + 1;
}

/** Typos between one word of a label and the phrase's word in its place, or null when it may not carry them. */
function wordDistance(written: string, phraseWord: string): number | null {
  if (written === phraseWord) return 0;
  const budget = wordBudget(phraseWord.length);
  if (budget === 0 || written[0] !== phraseWord[0]) return null;
  const distance = editDistance(written, phraseWord, budget);
  return distance <= budget ? distance : null;
}

/** A folded label or phrase split into its words once, to be compared with many others. */
export interface SplitLabel {
  text: string;
  words: readonly string[];
}

export function splitLabel(text: string): SplitLabel {
  return { text, words: text.split(' ') };
}

/**
 * The number of typos between a folded label and a folded phrase, or null when the label is not the
 * phrase misspelled: words compared in their places, each within its own budget (`wordBudget`), the sum
 * within the label's (`labelBudget` of the shorter of the two).
 *
 * @example labelDistance('natonal marking pratices', 'national marking practices') // 2
 * @example labelDistance('marking at the time of export', 'marking at the time of import') // null
 */
export function labelDistance(label: string, phrase: string): number | null {
  return splitLabelDistance(splitLabel(label), splitLabel(phrase));
}

/** `labelDistance` of labels split once (a label compared with every phrase of a lexicon). */
export function splitLabelDistance(label: SplitLabel, phrase: SplitLabel): number | null {
  if (label.text === phrase.text) return 0;
  if (label.text === '' || phrase.text === '') return null;
  const max = labelBudget(Math.min(label.text.length, phrase.text.length));
  if (max === 0) return null;
  const written = label.words;
  const wanted = phrase.words;
  if (written.length !== wanted.length) {
    // `recordkeeping` for `record keeping`: the same letters, only the spacing differs.
    return written.join('') === wanted.join('') ? 1 : null;
  }
  // Each word is at least as many typos away as the difference of the lengths, so the whole is too.
  if (Math.abs(label.text.length - phrase.text.length) > max) return null;
  let total = 0;
  for (let k = 0; k < wanted.length; k++) {
    const distance = wordDistance(written[k] ?? '', wanted[k] ?? '');
    if (distance === null) return null;
    total += distance;
    if (total > max) return null;
  }
  return total;
}
