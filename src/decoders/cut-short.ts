/**
 * Whether a saved page or text stops before its end (a download cut short, a page saved only in part).
 * The evidence is the file's own: an HTML page that never closes its body, or a text whose last line
 * stops inside a sentence. What such a document holds is still read; the pipeline warns that it is cut
 * short, so nobody reads an absence into the sections it never reached.
 */

export interface CutShort {
  /** The last line the document holds. */
  line: number;
  why: string;
}

import { allLexicons } from '../language/registry.ts';

/** A prose line: at least this many words (a heading, a label or a footer may lack a full stop). */
const PROSE_WORDS = 8;
/** A paragraph this long is no footer or label, whatever it ends with. */
const PARAGRAPH_CHARS = 120;
const ENDS_INSIDE_A_SENTENCE = /[\p{L}\p{N},;–—-]$/u;
/** Lines that end without a full stop and are whole: links, addresses, copyright and keyword lines, form answers. */
const WHOLE_WITHOUT_STOP = /https?:\/\/\S+$|\bwww\.\S+$|\S@\S|©|^\s*(?:keywords?|tags?|mots[- ]clés|palabras clave)\s*:|[☐☒☑□■]|\[[\sxX]\]/iu;
/** The words no sentence ends on (`of`, `the`, `de`, `и`): every lexicon's function words. */
const FUNCTION_WORDS: ReadonlySet<string> = new Set(allLexicons().flatMap((lexicon) => lexicon.functionWords.map((w) => w.toLocaleLowerCase('und'))));

/**
 * A text whose last line stops inside a sentence: prose of several words that ends on a function word
 * (`... of the`) or is a whole paragraph without its full stop (`... from public sourc`). A table row
 * is judged by its last cell.
 */
export function cutShortText(lines: readonly string[]): CutShort | null {
  let last = lines.length - 1;
  while (last >= 0 && (lines[last] ?? '').trim() === '') last--;
  if (last < 0) return null;
  const line = (lines[last] ?? '').trim();
  const text = line.includes('|') ? (line.replace(/\|\s*$/u, '').split('|').pop() ?? '').trim() : line;
  if (!ENDS_INSIDE_A_SENTENCE.test(text) || WHOLE_WITHOUT_STOP.test(line)) return null;
  const words = text.split(/\s+/u);
  if (words.length < PROSE_WORDS) return null;
  const lastWord = (words.at(-1) ?? '').toLocaleLowerCase('und');
  if (!FUNCTION_WORDS.has(lastWord) && text.length < PARAGRAPH_CHARS) return null;
  return { line: last + 1, why: `its last line (${last + 1}) stops inside a sentence` };
}

/** An HTML page that opens its body or document and never closes it. */
export function cutShortHtml(source: string, lineCount: number): CutShort | null {
  const tail = source.slice(-4096);
  if (/<\/(?:html|body)\s*>/iu.test(tail)) return null;
  if (!/<(?:html|body)[\s>]/iu.test(source.slice(0, 8192))) return null;
  return { line: lineCount, why: 'the page never closes its <body> or <html>' };
}
