/**
 * `\b` under the `iu` flags, written as the one look-around it stands for where the pattern shows it.
 *
 * Why: with both `i` and `u`, V8 compiles every `\b` into `(?:(?<=\w)(?!\w)|(?<!\w)(?=\w))` (the
 * word characters then include `ſ` and the Kelvin sign), an alternation of look-arounds that keeps it from
 * skipping ahead to where the pattern's first letters stand: `\b(?:la séance est ouverte|…)\b` tried at
 * every position of a text took about ten times as long as `(?<!\w)(?:la séance est ouverte|…)(?!\w)`.
 * The genre and kind signals (classify/kind.ts) are such patterns, run over every document's whole text.
 *
 * The rewrite keeps the meaning exactly: a `\b` right before something that always starts with a word
 * character is `(?<!\w)`, before something that always starts with another character it is `(?<=\w)`; a
 * `\b` right after something that always ends with a word character is `(?!\w)`, after something that always
 * ends with another character `(?=\w)`. Under `iu`, `\w` in a look-around is the same set as `\b`'s word
 * characters, and whether a letter of the pattern is a word character does not depend on its case. Where the
 * pattern does not show it (a `\b` before a class, `\p{L}`, a part that may be empty), the `\b` stays as written.
 */

type Wordness = 'word' | 'other' | null;

interface Term {
  /** The term as written, its quantifier included. */
  text: string;
  kind: 'boundary' | 'assertion' | 'atom' | 'group';
  /** For an atom: whether the characters it matches are all word characters, all other ones, or either. */
  wordness?: Wordness;
  /** For a group: its alternatives (look-arounds are assertions, their insides rewritten alike). */
  alternatives?: Term[][];
  /** For a group: what opens it (`(`, `(?:`, `(?<name>`, `(?=` ...). */
  open?: string;
  /** The quantifier after it (``, `?`, `+`, `{2,3}?`...) and whether it allows no repetition. */
  quantifier: string;
  optional: boolean;
}

/** Word characters under `iu`: ASCII letters, digits, `_`, and the `ſ` and Kelvin sign that fold to them. */
const WORD_CHARACTER = /^\w$/iu;

function wordnessOfCharacter(character: string): Wordness {
  return WORD_CHARACTER.test(character) ? 'word' : 'other';
}

/** The character a single-character escape stands for (`\.`, `\n`, `\u00e9`, `\u{1F600}`), or null for others. */
function escapedCharacter(written: string): string | null {
  const body = written.slice(1);
  const controls: Record<string, string> = { t: '\t', n: '\n', r: '\r', f: '\f', v: '\v', '0': '\0' };
  if (body in controls) return controls[body] ?? null;
  if (/^u\{[0-9a-fA-F]+\}$/u.test(body)) return String.fromCodePoint(Number.parseInt(body.slice(2, -1), 16));
  if (/^u[0-9a-fA-F]{4}$/u.test(body) || /^x[0-9a-fA-F]{2}$/u.test(body)) return String.fromCharCode(Number.parseInt(body.slice(1), 16));
  // Under `u` only syntax characters (and `/`, `-`) may be escaped as themselves.
  if (/^[\^$\\.*+?()[\]{}|/-]$/u.test(body)) return body;
  return null;
}

class Parser {
  private at = 0;
  constructor(private readonly source: string) {}

  parse(): Term[][] {
    const alternatives = this.alternatives();
    if (this.at !== this.source.length) throw new Error(`unbalanced pattern at ${this.at}: ${this.source}`);
    return alternatives;
  }

  private alternatives(): Term[][] {
    const out: Term[][] = [[]];
    while (this.at < this.source.length) {
      const character = this.source[this.at];
      if (character === ')') break;
      if (character === '|') {
        this.at++;
        out.push([]);
        continue;
      }
      out[out.length - 1]?.push(this.term());
    }
    return out;
  }

  private term(): Term {
    const start = this.at;
    const character = this.source[this.at] as string;
    if (character === '(') {
      const open = /^\((?:\?(?::|=|!|<=|<!|<[A-Za-z_$][\w$]*>))?/u.exec(this.source.slice(this.at))?.[0] ?? '(';
      this.at += open.length;
      const alternatives = this.alternatives();
      if (this.source[this.at] !== ')') throw new Error(`unclosed group in ${this.source}`);
      this.at++;
      const lookaround = open === '(?=' || open === '(?!' || open === '(?<=' || open === '(?<!';
      return this.quantified(start, { kind: lookaround ? 'assertion' : 'group', alternatives, open });
    }
    if (character === '[') {
      this.at++;
      while (this.at < this.source.length && this.source[this.at] !== ']') this.at += this.source[this.at] === '\\' ? 2 : 1;
      this.at++;
      return this.quantified(start, { kind: 'atom', wordness: null });
    }
    if (character === '^' || character === '$') {
      this.at++;
      return this.quantified(start, { kind: 'assertion' });
    }
    if (character === '.') {
      this.at++;
      return this.quantified(start, { kind: 'atom', wordness: null });
    }
    if (character === '\\') return this.escape(start);
    const codePoint = this.source.codePointAt(this.at) as number;
    const literal = String.fromCodePoint(codePoint);
    this.at += literal.length;
    return this.quantified(start, { kind: 'atom', wordness: wordnessOfCharacter(literal) });
  }

  private escape(start: number): Term {
    const rest = this.source.slice(this.at);
    const written = /^\\(?:[pP]\{[^}]*\}|u\{[0-9a-fA-F]+\}|u[0-9a-fA-F]{4}|x[0-9a-fA-F]{2}|c[A-Za-z]|k<[^>]*>|[1-9]\d*|[\s\S])/u.exec(rest)?.[0] ?? rest.slice(0, 2);
    this.at += written.length;
    if (written === '\\b') return this.quantified(start, { kind: 'boundary' });
    if (written === '\\B') return this.quantified(start, { kind: 'assertion' });
    if (written === '\\d' || written === '\\w') return this.quantified(start, { kind: 'atom', wordness: 'word' });
    // White space is never a word character.
    if (written === '\\s') return this.quantified(start, { kind: 'atom', wordness: 'other' });
    const character = escapedCharacter(written);
    return this.quantified(start, { kind: 'atom', wordness: character === null ? null : wordnessOfCharacter(character) });
  }

  private quantified(start: number, term: Omit<Term, 'text' | 'quantifier' | 'optional'>): Term {
    const quantifier = /^(?:[?*+]|\{\d+(?:,\d*)?\})\??/u.exec(this.source.slice(this.at))?.[0] ?? '';
    this.at += quantifier.length;
    const optional = quantifier.startsWith('?') || quantifier.startsWith('*') || /^\{0\b/u.test(quantifier);
    return { ...term, text: this.source.slice(start, this.at), quantifier, optional };
  }
}

/** Whether whatever `terms` match starts (or, `fromEnd`, ends) with a word character, another one, or either. */
function edgeWordness(terms: readonly Term[], fromEnd: boolean): Wordness {
  const term = fromEnd ? terms[terms.length - 1] : terms[0];
  if (!term || term.kind === 'boundary' || term.kind === 'assertion') return null;
  const edges = term.kind === 'atom' ? [term.wordness ?? null] : (term.alternatives ?? []).map((alternative) => edgeWordness(alternative, fromEnd));
  // An optional term (`contacts?`) may match nothing: the edge is then the next term's.
  if (term.optional) edges.push(edgeWordness(fromEnd ? terms.slice(0, -1) : terms.slice(1), fromEnd));
  const [first] = edges;
  return first !== undefined && first !== null && edges.every((edge) => edge === first) ? first : null;
}

function rewriteAlternatives(alternatives: readonly Term[][]): string {
  return alternatives.map(rewriteSequence).join('|');
}

function rewriteSequence(terms: readonly Term[]): string {
  return terms
    .map((term, i) => {
      if (term.kind === 'group' || (term.kind === 'assertion' && term.alternatives)) {
        return `${term.open}${rewriteAlternatives(term.alternatives ?? [])})${term.quantifier}`;
      }
      if (term.kind !== 'boundary' || term.quantifier !== '') return term.text;
      const after = edgeWordness(terms.slice(i + 1), false);
      if (after === 'word') return '(?<!\\w)';
      if (after === 'other') return '(?<=\\w)';
      const before = edgeWordness(terms.slice(0, i), true);
      if (before === 'word') return '(?!\\w)';
      if (before === 'other') return '(?=\\w)';
      return term.text;
    })
    .join('');
}

/**
 * `source` with each `\b` the pattern shows the side of written as that look-around, when `flags` hold both
 * `i` and `u` (elsewhere `\b` is fast, and the source is returned as it is).
 */
export function withPlainBoundaries(source: string, flags: string): string {
  if (!flags.includes('i') || !flags.includes('u') || !source.includes('\\b')) return source;
  return rewriteAlternatives(new Parser(source).parse());
}

/** `new RegExp(source, flags)` with `\b` rewritten as `withPlainBoundaries` does: the same matches, found faster. */
export function boundaryRegExp(source: string, flags: string): RegExp {
  return new RegExp(withPlainBoundaries(source, flags), flags);
}
