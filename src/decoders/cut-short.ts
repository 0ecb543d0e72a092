/**
 * Whether a saved page or text stops before its end (a download cut short, a page saved only in part).
 * The evidence is the file's own: an HTML page that never closes its body, or a text whose last line
 * stops inside a sentence. What such a document holds is still read; the pipeline warns that it is cut
 * short, so nobody reads an absence into the sections it never reached.
 */

import { allLexicons } from '../language/registry.ts';
import type { CutRow, DocumentModel } from '../model/document.ts';

export interface CutShort {
  /** The last line the document holds. */
  line: number;
  why: string;
  cutRow?: CutRow;
}

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

/** An HTML page whose source ends by closing a table row or a table: the last row it holds is whole, however the page ends. */
export function endsClosingTableRow(source: string): boolean {
  return /<\/(?:tr|thead|tbody|tfoot|table)\s*>\s*$/iu.test(source.slice(-256));
}

/**
 * A document cut short inside a table row: the row is where the document ends, not a row of its table. Its
 * cells may be cut anywhere (an owner `Non-st`, deaths `1` of `12`), so it is left out of the table and none of
 * its values is read by any extractor, and `cutShort.cutRow` keeps it for the truncation warning to name.
 * The row is the last row of the last block when nothing but blank lines follows it; a row the format shows
 * closed (`lastRowClosed`: an HTML page ending on `</tr>`) is whole and stays.
 *
 * @example a page ending `<tr><td>2008</td><td>Mutare</td><td>Non-st` loads its table without that row.
 */
export function setApartCutRow<M extends Pick<DocumentModel, 'lines' | 'blocks' | 'cutShort'>>(model: M, lastRowClosed = false): M {
  const cut = model.cutShort;
  const table = model.blocks.at(-1);
  if (!cut || lastRowClosed || table?.kind !== 'table') return model;
  const row = table.rows.at(-1);
  if (!row || row.isHeader) return model;
  let lastTextLine = model.lines.length;
  while (lastTextLine > 0 && (model.lines[lastTextLine - 1] ?? '').trim() === '') lastTextLine--;
  if (row.span.lineEnd < lastTextLine) return model;

  const rows = table.rows.slice(0, -1);
  const kept = rows.at(-1);
  const text = table.text.endsWith(row.text) ? table.text.slice(0, table.text.length - row.text.length).replace(/\n$/u, '') : table.text;
  const blocks = kept
    ? [...model.blocks.slice(0, -1), { ...table, rows, text, span: { ...table.span, lineEnd: Math.max(table.span.lineStart, kept.span.lineEnd) } }]
    : model.blocks.slice(0, -1);
  return { ...model, blocks, cutShort: { ...cut, cutRow: { line: row.span.lineStart, text: row.text, caption: table.caption } } };
}
