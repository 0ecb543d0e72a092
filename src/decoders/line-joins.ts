/**
 * How two lines that a page wrapped are put back into one: the words at the break are joined by a
 * space, except where the break fell inside a word or a URL.
 *
 * - A URL is never broken at a space, so a line that ends inside a URL goes on with the next line's
 *   first characters directly, and every character of the URL is kept: writers break URLs after `://`,
 *   a `/` or a real `-` (or before a `/`, `.`, `-`, as Chicago style asks) and add no hyphen of their own.
 *   `…/behind-` + `unrest-kazakhstan.` is `…/behind-unrest-kazakhstan.`, never `behind-unrestkazakhstan`.
 * - A note marker at the start of the next line (`trafficking.` + `[3] The`) was glued to the sentence.
 * - A word hyphenated at a line end (`implemen-` + `tation`) loses the hyphen, unless the document
 *   writes the hyphenated form elsewhere (`home-` + `made` when `home-made` appears), which the caller knows.
 */

/**
 * A URL as found in running text: a scheme or `www.` and no spaces (quotes and angle brackets end it),
 * or a host name and a path (`astanatimes.com/2022/08/…`: the scheme left on the line above).
 */
const URL_TOKEN = /(?:(?:https?:\/\/|www\.)[^\s<>"“”‘’]*|(?<![\p{L}\p{N}.@-])(?:[\p{L}\p{N}-]+\.)+\p{L}{2,}\/[^\s<>"“”‘’]*)$/iu;

/** Characters after which a URL cannot have ended: the break fell inside it. */
const URL_GOES_ON_AFTER = /(?::\/\/|[/\-_=&?#~+%:])$/u;

/** Characters a URL goes on with when it was broken before them (`…/kazakhstan` + `/view-all.aspx`). */
const URL_GOES_ON_WITH = /^[/.\-_=&?#~%](?:\S|$)/u;

const HYPHENATED_END = /(\p{L}+)[-\u00AD\u2010]$/u;
const LOWER_WORD_START = /^(\p{Ll}[\p{L}\p{M}]*)/u;
const CAPITAL_WORD_START = /^\p{Lu}/u;
/** A note marker glued to the sentence it follows (`trafficking.[3] The`), which the break moved down. */
const GLUED_MARKER = /^\[\d{1,3}\](?=\s|$|\p{L})/u;

/** The URL a line ends inside, when its last word is (part of) a URL; null otherwise. */
export function trailingUrl(line: string): string | null {
  const last = /\S+$/u.exec(line.trimEnd())?.[0] ?? '';
  return URL_TOKEN.exec(last)?.[0] ?? null;
}

/** True when the line's last word is a URL that the line break cut: the next line goes on with it. */
export function endsInsideUrl(line: string, next: string): boolean {
  const url = trailingUrl(line);
  if (url === null) return false;
  const start = next.trimStart();
  if (start === '') return false;
  return URL_GOES_ON_AFTER.test(url) || URL_GOES_ON_WITH.test(start);
}

/** True when the document writes `first-second` with its hyphen somewhere (then the hyphen is real). */
export type HyphenEvidence = (first: string, second: string) => boolean;

/** How line `b` goes on from line `a`: directly (inside a URL or a hyphenated word) or after a space. */
export type Junction = { kind: 'url' } | { kind: 'hyphenated'; keepHyphen: boolean } | { kind: 'soft-hyphen' } | { kind: 'glued-marker' } | { kind: 'space' };

/** Decides how the break between `a` and `b` is undone, from the words on both sides of it. */
export function junctionOf(a: string, b: string, hyphenIsReal: HyphenEvidence): Junction {
  const end = a.trimEnd();
  const start = b.trimStart();
  if (endsInsideUrl(end, start)) return { kind: 'url' };
  if (end.endsWith('\u00AD')) return { kind: 'soft-hyphen' };
  if (GLUED_MARKER.test(start) && /[\p{L}\p{N}.,;:!?)”’"]$/u.test(end)) return { kind: 'glued-marker' };
  const head = HYPHENATED_END.exec(end);
  // Nobody hyphenates a word before a capital: `One-` + `Third` is the compound `One-Third`.
  if (head?.[1] && CAPITAL_WORD_START.test(start) && !/\s[-\u2010]$/u.test(end)) return { kind: 'hyphenated', keepHyphen: true };
  const tail = LOWER_WORD_START.exec(start);
  // ` - ` (a dash between words) is no hyphenation.
  if (head?.[1] && tail?.[1] && !/\s[-\u2010]$/u.test(end)) return { kind: 'hyphenated', keepHyphen: hyphenIsReal(head[1], tail[1]) };
  return { kind: 'space' };
}

/** Joins two lines of one paragraph (or one table cell) into one, as `junctionOf` decides. */
export function joinWrappedLines(a: string, b: string, hyphenIsReal: HyphenEvidence = () => false): string {
  const end = a.trimEnd();
  const start = b.trimStart();
  if (end === '') return start;
  if (start === '') return end;
  const junction = junctionOf(end, start, hyphenIsReal);
  switch (junction.kind) {
    case 'url':
    case 'glued-marker':
      return end + start;
    case 'soft-hyphen':
      return end.slice(0, -1) + start;
    case 'hyphenated':
      return `${end.slice(0, -1)}${junction.keepHyphen ? '-' : ''}${start}`;
    case 'space':
      return `${end} ${start}`;
  }
}

/**
 * Hyphen evidence from a document's whole text. The hyphen of `first-` + `second` is real when the
 * document writes `first-second` somewhere; it was added by the writer when it writes `firstsecond`;
 * otherwise it is real when either half (four letters or more) stands as a word of its own elsewhere
 * (`ouest-` + `africain` where `l’ouest` is written: a compound), and added when neither does
 * (`implemen-` + `tation`). A word never seen whole nor in halves stays ambiguous: the hyphen goes.
 */
export function hyphenEvidenceFrom(wholeText: string): HyphenEvidence {
  const words = new Set(wholeText.toLowerCase().split(/[^\p{L}\p{M}]+/u));
  const written = writtenIn(wholeText);
  return (first, second) => {
    if (written(`${first}-${second}`)) return true;
    if (written(`${first}${second}`)) return false;
    return [first, second].some((half) => half.length >= 4 && words.has(half.toLowerCase()));
  };
}

/** Whether `wholeText` writes a word (`home-made`) as a word of its own, whatever its case. */
export function writtenIn(wholeText: string): (word: string) => boolean {
  return (word) => new RegExp(`(^|[^\\p{L}])${word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}])`, 'iu').test(wholeText);
}
