/**
 * Lexicon terms matched with word boundaries, cheaply. A Unicode class such as `[\p{L}\p{N}]` costs V8
 * milliseconds to compile, in every expression it is in and again when the expression is compiled to
 * native code; a term compiled with its own boundaries (`(?<![\p{L}\p{N}])(?:seized)(?![\p{L}\p{N}])`)
 * pays that per term, per process and per worker: with a few hundred terms it was most of what reading
 * the first documents cost. Here a term is compiled bare (`(?:seized)`: cheap) and the boundaries are
 * tested where the bare term matched, with one sticky expression shared by every term. The answers are
 * those of the bounded expression, exactly:
 * - a bounded expression can only match where the bare term does, so a place where the bare term does
 *   not match is no match;
 * - at a place, the bounded expression tries the term's ways of matching in the bare term's order and
 *   keeps the first one the end boundary allows: when the bare term's first way is allowed, that is the
 *   answer; only when it is not (rare: `gas` in `gasoline`) is the bounded expression compiled and run
 *   there, so that backtracking to a shorter way (`rifled` out of `rifled weaponsmith`) stays as it was.
 */

/** Cached per source and flags: every term of every lexicon shares the few distinct boundary expressions. */
const ASSERTIONS = new Map<string, RegExp>();

/** A zero-width assertion (`(?<!…)`, `(?!…)`) as a sticky expression: `holds(text, at)` is the assertion at `at`. */
function stickyAssertion(source: string, flags: string): RegExp {
  const key = `${flags} ${source}`;
  let re = ASSERTIONS.get(key);
  if (!re) {
    re = new RegExp(source, `${flags.replace(/[gy]/gu, '')}y`);
    ASSERTIONS.set(key, re);
  }
  return re;
}

function holds(assertion: RegExp | null, text: string, at: number): boolean {
  if (assertion === null) return true;
  assertion.lastIndex = at;
  return assertion.test(text);
}

/** The place after the code point at `at`: where a Unicode expression tries next. */
function nextPlace(text: string, at: number): number {
  const code = text.codePointAt(at);
  return at + (code !== undefined && code > 0xffff ? 2 : 1);
}

export interface TermBoundaries {
  /** A look-behind that must hold where the term starts (`(?<![\p{L}\p{N}])`), or '' for none. */
  start: string;
  /** A look-ahead that must hold where the term ends (`(?![\p{L}\p{N}])`), or '' for none. */
  end: string;
}

export interface TermSpan {
  index: number;
  end: number;
}

/**
 * A term found anywhere in a text, as `new RegExp(start + '(?:' + pattern + ')' + end, flags)` with
 * `matchAll` or `test` would find it. The bare and the bounded expressions number their groups alike, so a
 * pattern's back-references mean the same in both.
 */
export class BoundedTerm {
  private readonly bare: RegExp;
  private readonly start: RegExp | null;
  private readonly end: RegExp | null;
  private sticky: RegExp | null = null;

  constructor(
    private readonly pattern: string,
    private readonly boundaries: TermBoundaries,
    private readonly flags: string,
  ) {
    const base = flags.replace(/[gy]/gu, '');
    this.bare = new RegExp(`(?:${pattern})`, `${base}g`);
    this.start = boundaries.start === '' ? null : stickyAssertion(boundaries.start, base);
    this.end = boundaries.end === '' ? null : stickyAssertion(boundaries.end, base);
  }

  /** The first match starting at or after `from`, or null. */
  next(text: string, from: number): TermSpan | null {
    let at = from;
    while (at <= text.length) {
      this.bare.lastIndex = at;
      const m = this.bare.exec(text);
      if (!m) return null;
      const index = m.index;
      if (holds(this.start, text, index)) {
        const end = index + m[0].length;
        if (holds(this.end, text, end)) return { index, end };
        // The first way is not allowed there: the bounded expression decides, backtracking as it does.
        this.sticky ??= new RegExp(`${this.boundaries.start}(?:${this.pattern})${this.boundaries.end}`, `${this.flags.replace(/[gy]/gu, '')}y`);
        this.sticky.lastIndex = index;
        const bounded = this.sticky.exec(text);
        if (bounded) return { index, end: index + bounded[0].length };
      }
      at = nextPlace(text, index);
    }
    return null;
  }

  /** Every match, left to right, never overlapping: what `matchAll` gives. */
  all(text: string): TermSpan[] {
    const found: TermSpan[] = [];
    let from = 0;
    for (let span = this.next(text, from); span !== null; span = this.next(text, from)) {
      found.push(span);
      from = span.end > span.index ? span.end : nextPlace(text, span.end);
    }
    return found;
  }

  test(text: string): boolean {
    return this.next(text, 0) !== null;
  }
}

/**
 * A term at the start of a text, as `new RegExp('^(?:' + pattern + ')' + end, flags)` matches it: the
 * length of the match, or -1.
 */
export class AnchoredTerm {
  private readonly bare: RegExp;
  private readonly endCheck: RegExp | null;
  private full: RegExp | null = null;

  constructor(
    private readonly pattern: string,
    private readonly end: string,
    private readonly flags: string,
  ) {
    const base = flags.replace(/[gy]/gu, '');
    this.bare = new RegExp(`^(?:${pattern})`, base);
    this.endCheck = end === '' ? null : stickyAssertion(end, base);
  }

  matchLength(text: string): number {
    const m = this.bare.exec(text);
    if (!m) return -1;
    if (holds(this.endCheck, text, m[0].length)) return m[0].length;
    this.full ??= new RegExp(`^(?:${this.pattern})${this.end}`, this.flags.replace(/[gy]/gu, ''));
    return this.full.exec(text)?.[0].length ?? -1;
  }
}
