/**
 * A Markdown table's alignment row (`|---|:---:|---:|`): it only draws the table, it is no row of it. One
 * expression for the decoder that recognises a Markdown export and the report reader that reads a pipe table.
 */
const ALIGNMENT_ROW = /^\s*\|?\s*:?-{2,}:?\s*(?:\|\s*:?-{2,}:?\s*)+\|?\s*$/u;

/** True when `line` is a Markdown table's alignment row (two columns at least). */
export function isAlignmentRow(line: string): boolean {
  return ALIGNMENT_ROW.test(line);
}

/** A reStructuredText grid table's border (`+------+-----+`) or header rule (`+======+=====+`): it draws the table only. */
const GRID_BORDER = /^\s*\+(?:[-=:]{2,}\+){2,}\s*$/u;

/** True when `line` only draws a table: a Markdown alignment row or a grid table's border. */
export function isTableRule(line: string): boolean {
  return ALIGNMENT_ROW.test(line) || GRID_BORDER.test(line);
}
