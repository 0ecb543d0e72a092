import { alternation } from '../language/matchers.ts';
import { allLexicons } from '../language/registry.ts';

/**
 * A table's caption: a table word of any language (`Table`, `Tableau`, `Tabla`, `Cuadro`, `Tabela`,
 * `Таблица`: the lexicons' `tableWords`), a number and a separator (`Table 1:`, `Table. 1`, `Tableau 2 –`,
 * `Cuadro 3.`). Every language's words are tried on every page: tables are captioned in the page's
 * language, which is not always known, and sometimes in another. One pattern for the decoders (which join
 * a caption to the table under it) and the extractors (which read a table's kind under its caption).
 */

/** The lexicons' table words as one alternation (regex source), longest first. */
const TABLE_WORDS: string = alternation(allLexicons().flatMap((lexicon) => lexicon.tableWords));

/** `Table 1`, `Table. 1`: the start of a caption that names its number. Capture 1 is the number. */
const NUMBERED = new RegExp(`^\\s*(?:${TABLE_WORDS})\\.?\\s*(\\d{1,3})\\s*[.:–—-]?(?:\\s+|$)`, 'iu');

/** A caption whose number may be missing (`Table: seizures by year`), as report prose writes them. */
const LOOSE = new RegExp(`^\\s*(?:${TABLE_WORDS})\\s*\\d{0,3}\\s*[.:–—-]?\\s`, 'iu');

/** The number of the table a caption names (`Table. 1` -> '1'), or null when the text is no numbered caption. */
export function captionNumber(text: string): string | null {
  return NUMBERED.exec(text)?.[1] ?? null;
}

/** True when the text opens like a numbered caption (`Table 1:`, `Tableau 2`). */
export function isNumberedCaption(text: string): boolean {
  return NUMBERED.test(text);
}

/** True when the text opens with a table word, numbered or not (`Table: ...`, `Cuadro 2. ...`). */
export function isLooseCaption(text: string): boolean {
  return LOOSE.test(text);
}
