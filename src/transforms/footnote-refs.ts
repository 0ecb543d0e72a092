/**
 * What a bracketed footnote marker or entry may hold (`[12]`, `[ii]`): a number of up to three digits, or a
 * lower-case Roman numeral (i to xxxix), as profiles number their notes afresh in each section (`[i]`, `[ii]`).
 * A lone `x` is left out: `[x]` is a ticked box far more often than a tenth note.
 */
export const BRACKETED_REF = String.raw`\d{1,3}|(?!x\])(?=[ivx]+\])x{0,3}(?:ix|iv|v?i{0,3})`;

/** The superscript digits (`¹²³⁴⁵⁶⁷⁸⁹⁰`): Unicode `No`, never read as digits by any number parser. */
export const SUPERSCRIPT_DIGITS = '\u00b9\u00b2\u00b3\u2070\u2074-\u2079';

/**
 * The signs a note marker is written with, wherever it stands: superscript digits, one to three, or a list of them
 * (`¹`, `¹˒²`, `¹,²`); one to three asterisks, one to three daggers (`†`, `‡`, `††`); one or two section signs (`§`).
 */
const MARKER_GLYPHS = String.raw`[${SUPERSCRIPT_DIGITS}]{1,3}(?:[,\u02d2][${SUPERSCRIPT_DIGITS}]{1,3})*|\*{1,3}(?!\*)|[†‡]{1,3}(?![†‡])|§{1,2}(?!§)`;
/** A bracketed reference, or several in a row (`[1]`, `[ii]`, `[1][2]`). */
const MARKER_BRACKETS = String.raw`\[(?:${BRACKETED_REF})\](?:\[(?:${BRACKETED_REF})\])*`;

/**
 * The one place that knows what a FOOTNOTE MARKER looks like: the signs above and the bracketed references, glued to a
 * number (`1,046¹`, `2019²`, `1.873*`, `1 092**`, `12,580[1]`, `86[2]` (the HTML decoder writes `<sup>2</sup>` so),
 * `3 050†`, `1 204§`), to a word (`Defence*`, `Police[2]`), or ending a table's header label (`Rifles*`, `Pistols [2]`,
 * `Fusils de chasse b/`). Where it stands decides what else it may be:
 * - after a number, a bracketed reference may stand after one space (`1,400 [1]`), and a parenthesised number of one
 *   or two digits glued to it is one too (`1,400(1)`): written with a space (`pistols (612)`), a parenthesised number
 *   is a count of its own and never a marker;
 * - after a word, a marker is glued, and a parenthesis (`Police(1)`) is the word's own text;
 * - at the end of a header label, where nothing follows, a bracketed reference may stand after a space
 *   (`Pistols [2]`) and a lower-case letter and slash (`chasse b/`, the UN's note letters) is a marker too. In prose a
 *   letter and slash after a space is as often a word's abbreviation (`c/` con, `s/` sin, `p/` para): never blanked.
 * A marker is never followed by a digit or a letter (`2*3` is a product, `3*a` no marker). The number's value never
 * changes and the number is never removed: the marker is set aside and recorded (see `gluedFootnoteMarker`).
 */
const MARKER_BODY = String.raw`(?:${MARKER_GLYPHS}|\s?${MARKER_BRACKETS}|\(\d{1,2}\))(?![\p{L}\p{N}])`;
const MARKER = new RegExp(`^${MARKER_BODY}`, 'u');
/** Every marker glued to a digit (the digits of any script: `٢٠١٧¹` too). */
const MARKER_AFTER_DIGIT = new RegExp(`(?<=\\p{Nd})${MARKER_BODY}`, 'gu');
/** Every marker glued to the end of a word (`Defence*`, `Police[2]`, `Ministry³`, `Act.¹`): it must end where the word would. */
const MARKER_AFTER_WORD = new RegExp(`(?<=[\\p{L}.)])(?:${MARKER_GLYPHS}|${MARKER_BRACKETS})(?=[\\s,;:]|$)`, 'gu');
/**
 * The marker ending a header label: one glued to its last digit or to any other sign (`Total (toutes armes)*`), or
 * a bracketed reference or a note letter after a space.
 */
const MARKER_ENDING_LABEL = new RegExp(`(?:(?<=\\p{Nd})${MARKER_BODY}|(?<=\\S)(?:${MARKER_GLYPHS}|${MARKER_BRACKETS})|\\s+${MARKER_BRACKETS}|\\s+[a-z]/)$`, 'u');

/**
 * The footnote marker at the very start of `after` (the text right after a number), as written, or null. Its length is
 * what a reader skips to reach the words the number counts (`1,046¹ armas` -> `¹`).
 */
export function gluedFootnoteMarker(after: string): string | null {
  return MARKER.exec(after)?.[0] ?? null;
}

/**
 * `text` with every footnote marker glued to a number or a word blanked out, space for character (offsets stay valid), for
 * readers of the words around numbers: `In 2017¹ the Ministry` is `In 2017  the Ministry`, whose subject is `the
 * Ministry`, never `¹ the Ministry`. The verbatim text is untouched; only what is read from it changes.
 */
export function blankGluedMarkers(text: string): string {
  const blank = (marker: string) => ' '.repeat(marker.length);
  return text.replace(MARKER_AFTER_DIGIT, blank).replace(MARKER_AFTER_WORD, blank);
}

/**
 * A cell or token ending in a footnote marker glued to its last digit (`2019²`, `1.873*`, `1 092**`, `86[2]`) cut in
 * two: the words before the marker and the marker; `marker` is null (and `head` the whole text, trimmed) when there is none.
 */
export function splitGluedMarker(text: string): { head: string; marker: string | null } {
  const trimmed = text.trim();
  for (const m of trimmed.matchAll(MARKER_AFTER_DIGIT)) {
    const at = m.index ?? 0;
    if (at + m[0].length === trimmed.length) return { head: trimmed.slice(0, at).trimEnd(), marker: m[0].trim() };
  }
  return { head: trimmed, marker: null };
}

/**
 * A header label without the note markers a table puts after it (`Fusils de chasse b/`, `Rifles*`, `Pistols [2]`,
 * `Shotguns²`, `Revolvers¹,²`): the marker names a note below the table, not the weapons. A label that is a marker
 * and nothing else is left as it is.
 */
export function withoutNoteMarker(label: string): string {
  let text = label.trim();
  for (let m = MARKER_ENDING_LABEL.exec(text); m !== null && m.index > 0; m = MARKER_ENDING_LABEL.exec(text)) text = text.slice(0, m.index).trimEnd();
  return text;
}

/**
 * What a document says about its notes that a reader of its numbers needs: a PDF's text loses the superscript, so a
 * note reference lands glued to the number it follows (`1,2003 firearms` = 1,200 and note 3; `3124 weapons` = 3,124,
 * or 312 and note 4).
 */
export interface DocumentNotes {
  /** The note numbers the document defines (its notes list, its footnotes), as written (`1`, `12`). */
  refs: ReadonlySet<string>;
  /**
   * Whether the document writes its thousands grouped (`1,200`, `1 850`): then a number of four digits or more
   * written without a separator that ends in a defined note number may be that note glued on, and is never read.
   */
  groupsThousands: boolean;
}

/** A numbered note line (`3 Provisional figure from ...`): its number, a space, no dot or bracket, and words. */
const NOTE_LINE = /^\s*(\d{1,3})[^\S\n]+(?=\p{L})/u;

/**
 * The note numbers of the notes lists in `lines` (a document's lines in order): a run of two or more lines numbered
 * one after the other (`1 The Centre ...`, `2 Destruction ...`, blank lines and wrapped lines between them allowed).
 * One numbered line alone is as likely a table row or a list item and defines nothing.
 */
export function noteListRefs(lines: readonly string[]): Set<string> {
  const refs = new Set<string>();
  let run: string[] = [];
  const close = () => {
    if (run.length >= 2) for (const ref of run) refs.add(ref);
    run = [];
  };
  for (const line of lines) {
    const numbered = NOTE_LINE.exec(line)?.[1];
    if (numbered === undefined) {
      // Blank lines and the wrapped lines of a note (lower case first) do not end a list; anything else does.
      if (line.trim() !== '' && !/^\s*\p{Ll}/u.test(line)) close();
      continue;
    }
    const last = run[run.length - 1];
    if (last !== undefined && Number(numbered) !== Number(last) + 1) close();
    run.push(numbered);
  }
  close();
  return refs;
}
