/**
 * A Markdown table's alignment row (`|---|:---:|---:|`): it only draws the table, it is no row of it. One
 * expression for the decoder that recognises a Markdown export and the report reader that reads a pipe table.
 */
const ALIGNMENT_ROW = /^\s*\|?\s*:?-{2,}:?\s*(?:\|\s*:?-{2,}:?\s*)+\|?\s*$/u;

/** True when `line` is a Markdown table's alignment row (two columns at least). */
export function isAlignmentRow(line: string): boolean {
  return ALIGNMENT_ROW.test(line);
}
