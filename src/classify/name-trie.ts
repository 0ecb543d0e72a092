/**
 * Finds the names of a large set (every country name of every UN language) in a text in one pass: a
 * trie of the names, walked from each place a name may start. It gives the matches one alternation of
 * all the names would (`/(?<=start)(longest|...|shortest)(tail)/giu` with `matchAll`): at each place
 * the longest name whose tail is allowed, matches never overlapping, the text scanned left to right.
 * A regular expression of thousands of alternatives tries them one by one at every place of every
 * line; the trie walks only as far as the text agrees with some name.
 */

interface TrieNode {
  /** By code point (a number: looking one up needs no one-character string cut out of the text). */
  next: Map<number, TrieNode>;
  /** A name ends here. */
  terminal: boolean;
}

export interface NameMatch {
  /** Where the name starts in the text. */
  index: number;
  /** The name as written in the text. */
  written: string;
  /** What followed the name and was allowed (a case ending), as written; '' when nothing. */
  tail: string;
}

export interface NameTrieOptions {
  /**
   * Where a name may start: every place (scripts written without spaces) or only at a word's start.
   * `wordStart(text, at)` decides; default: every place.
   */
  startsAt?: (text: string, at: number) => boolean;
  /**
   * What must follow a name, as a sticky (`y`) expression tried where the name ends; its match (maybe
   * empty) is the tail. A name not followed by it does not match there (a shorter one may). Default: anything.
   */
  tail?: RegExp;
}

function node(): TrieNode {
  return { next: new Map(), terminal: false };
}

/**
 * Lower case one character at a time, so places in the lowered text are places in the text (`İ` lowers
 * to two characters; such a character is kept as it is, and no name holds it).
 */
export function lowerInPlace(text: string): string {
  const lowered = text.toLowerCase();
  if (lowered.length === text.length) return lowered;
  let out = '';
  for (const char of text) {
    const lower = char.toLowerCase();
    out += lower.length === char.length ? lower : char;
  }
  return out;
}

export class NameTrie {
  private readonly root = node();
  /**
   * Whether some name starts with a code point, for every code point below 0x10000 (1 = yes): looked up at
   * every place of every line, an array is cheaper than the root's map (astral code points ask the map).
   */
  private readonly startsBmp = new Uint8Array(0x10000);
  private readonly startsAt: (text: string, at: number) => boolean;
  private readonly tail: RegExp | null;

  /** `names` in lower case, as `lowerInPlace` lowers the text. */
  constructor(names: Iterable<string>, options: NameTrieOptions = {}) {
    for (const name of names) this.add(name);
    this.startsAt = options.startsAt ?? (() => true);
    if (options.tail && !options.tail.sticky) throw new Error('a NameTrie tail must be a sticky (y) expression');
    this.tail = options.tail ?? null;
  }

  private add(name: string): void {
    let at = this.root;
    for (const char of name) {
      const codePoint = char.codePointAt(0) as number;
      let child = at.next.get(codePoint);
      if (!child) {
        child = node();
        at.next.set(codePoint, child);
      }
      at = child;
    }
    at.terminal = true;
    const first = name.codePointAt(0);
    if (first !== undefined && first < 0x10000) this.startsBmp[first] = 1;
  }

  /** The matches in `text`, left to right, never overlapping. */
  matchAll(text: string): NameMatch[] {
    const lower = lowerInPlace(text);
    const matches: NameMatch[] = [];
    const ends: number[] = [];
    let at = 0;
    while (at < text.length) {
      // Most places start no name: the first character rules them out before the (costlier) start rule.
      const codePoint = lower.codePointAt(at) as number;
      const first = codePoint < 0x10000 ? this.startsBmp[codePoint] === 1 : this.root.next.has(codePoint);
      const match = first && this.startsAt(text, at) ? this.matchAt(text, lower, at, ends) : null;
      if (match) {
        matches.push(match);
        at = match.index + match.written.length + match.tail.length;
      } else {
        at++;
      }
    }
    return matches;
  }

  /** The longest name starting at `at` whose tail is allowed, or null. */
  private matchAt(text: string, lower: string, at: number, ends: number[]): NameMatch | null {
    ends.length = 0;
    let walked: TrieNode | undefined = this.root;
    // Code point by code point, as the names were added.
    for (let i = at; i < lower.length && walked; ) {
      const codePoint = lower.codePointAt(i) as number;
      const width = codePoint > 0xffff ? 2 : 1;
      walked = walked.next.get(codePoint);
      i += width;
      if (walked?.terminal) ends.push(i);
    }
    for (let k = ends.length - 1; k >= 0; k--) {
      const end = ends[k] as number;
      let tail = '';
      if (this.tail) {
        this.tail.lastIndex = end;
        const allowed = this.tail.exec(text);
        if (!allowed) continue;
        tail = allowed[0];
      }
      return { index: at, written: text.slice(at, end), tail };
    }
    return null;
  }
}
