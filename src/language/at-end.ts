/**
 * An expression that must end where the text ends (`…$`), tried once, at the end.
 *
 * Why: V8 runs a `$`-anchored expression by trying it at every position of the text, left to right, and only
 * learns at the end of each attempt that it did not reach the end. For the lexicons' tails ("the words of plan
 * before the action", "an auxiliary before the verb", "a document noun before the year"), whose alternations
 * start with hundreds of words of every language, that is a full alternation at every word of every clause. Here
 * the same expression is a look-behind at the end (`$(?<=…)`, sticky at the text's length): one attempt, read
 * backwards from the end.
 *
 * The meaning is kept exactly. Whether some match of an expression ends at a position does not depend on the
 * direction it is read in (these expressions hold no back-references), so `test` is the same. Where the match
 * itself is wanted (`exec`, `cut`), the backwards reading may settle on another start than the forward one (the
 * leftmost), so when it finds a tail the forward expression is run to return the very match it returned before;
 * most texts hold no tail, and pay only the one attempt.
 *
 * Not for every tail: an expression whose end is open-ended words (`(?:\s+[^\s,;]+){0,5}?\s*$` after a marker) or
 * a lazy run of any characters reads backwards slowly, trying every split of those words before it reaches the
 * fixed ones (the plan-marker tail took 13 times as long as its forward form over the corpus's clauses), and one
 * that may match nothing always finds a tail, so pays both readings. Those stay forward `RegExp`s: measure both
 * (`test` over real clauses) before making one an EndPattern.
 */
export class EndPattern {
  private readonly forward: RegExp;
  private readonly atEnd: RegExp;

  /** `source` is the expression without its closing `$`; `flags` may not hold `g` or `y`. */
  constructor(source: string, flags: string) {
    if (/[gy]/u.test(flags)) throw new Error(`EndPattern: flags '${flags}' may not hold g or y (it is tried once, at the end)`);
    this.forward = new RegExp(`(?:${source})$`, flags);
    this.atEnd = new RegExp(`$(?<=(?:${source}))`, `${flags}y`);
  }

  /** The expression's source as a `$`-anchored forward expression (for tests and messages). */
  get source(): string {
    return this.forward.source;
  }

  /** The flags it was compiled with. */
  get flags(): string {
    return this.forward.flags;
  }

  /** Whether a match of the expression ends where `text` ends. */
  test(text: string): boolean {
    this.atEnd.lastIndex = text.length;
    return this.atEnd.test(text);
  }

  /** The match ending where `text` ends that `new RegExp(source + '$').exec(text)` finds (the leftmost), or null. */
  exec(text: string): RegExpExecArray | null {
    return this.test(text) ? this.forward.exec(text) : null;
  }

  /** `text` without its tail: what `text.replace(new RegExp(source + '$'), '')` gives. */
  cut(text: string): string {
    const m = this.exec(text);
    return m ? text.slice(0, m.index) : text;
  }
}
