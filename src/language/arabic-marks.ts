/**
 * Arabic is written with its short vowels, shadda, sukun and tanween (the harakat) mostly left out, and put in
 * where a writer wants a word read one way (`سلّم`, handed over, beside `سلم`, peace) or a text is formal, and
 * stretched with the tatweel (`ـ`). A lexicon's patterns are written bare; these make every mark optional after
 * each letter, so a word matches with or without them, and the text matched (source_text) stays as written.
 */

/** The harakat (U+064B-U+065F), the superscript alif (U+0670) and the tatweel (U+0640), any number of them. */
const MARKS = '[\\u064B-\\u065F\\u0670\\u0640]*';
/** A letter of the Arabic script (not a mark, not a digit). */
const ARABIC_LETTER = /[\u0620-\u063F\u0641-\u064A\u0671-\u06D3]/u;
/** A quantifier after an atom: `?`, `*`, `+`, `{2}`, `{1,3}`, lazy or not. */
const QUANTIFIER = /^(?:[?*+]|\{\d+(?:,\d*)?\})\??/u;

/** The length of the escape starting at `at` (`\s`, `\p{L}`, `\u0660`, `\u{1F600}`, `\x41`, `\k<name>`). */
function escapeLength(source: string, at: number): number {
  const kind = source[at + 1];
  if ((kind === 'p' || kind === 'P' || kind === 'u') && source[at + 2] === '{') return source.indexOf('}', at) + 1 - at;
  if (kind === 'k' && source[at + 2] === '<') return source.indexOf('>', at) + 1 - at;
  if (kind === 'u') return 6;
  if (kind === 'x') return 4;
  return 2;
}

/** The length of the character class starting at `at` (`[وف]`, `[^\]]`), its brackets included. */
function classLength(source: string, at: number): number {
  let j = at + 1;
  if (source[j] === '^') j++;
  if (source[j] === ']') j++;
  while (j < source.length && source[j] !== ']') j += source[j] === '\\' ? 2 : 1;
  return j + 1 - at;
}

/**
 * A regex source (a lexicon's pattern, for the `u` flag) in which each Arabic letter, and each character class
 * holding one, may be followed by marks: `سلم` matches `سلّم` and `سَلَّمَ`. A quantified letter keeps its
 * quantifier over the letter and its marks (`ي?` becomes `(?:ي[marks]*)?`). Other characters are left as they are.
 */
export function withOptionalMarks(source: string): string {
  let out = '';
  let i = 0;
  while (i < source.length) {
    const ch = source[i] ?? '';
    const length = ch === '\\' ? escapeLength(source, i) : ch === '[' ? classLength(source, i) : (source.codePointAt(i) ?? 0) > 0xffff ? 2 : 1;
    const atom = source.slice(i, i + length);
    i += length;
    if (ch === '\\' || !ARABIC_LETTER.test(atom)) {
      out += atom;
      continue;
    }
    const quantifier = QUANTIFIER.exec(source.slice(i))?.[0];
    if (quantifier === undefined) {
      out += `${atom}${MARKS}`;
    } else {
      out += `(?:${atom}${MARKS})${quantifier}`;
      i += quantifier.length;
    }
  }
  return out;
}

/** Every pattern of a lexicon section (`actions`, `agencies`, ...: code -> regex sources) with optional marks. */
export function marksOptional(section: Readonly<Record<string, readonly string[]>>): Record<string, readonly string[]> {
  return Object.fromEntries(Object.entries(section).map(([code, patterns]) => [code, patterns.map(withOptionalMarks)]));
}
