/**
 * Rows as an aligned plain-text table for a terminal: numbers right-aligned, NULL shown as NULL (so it
 * is not mistaken for an empty string), line breaks shown as ⏎, long cells cut with … at `maxWidth`.
 */

export interface TextTableOptions {
  /** Widest a cell may be, in characters (default 60). */
  maxWidth?: number;
}

function cell(value: unknown, maxWidth: number): string {
  if (value === null || value === undefined) return 'NULL';
  const text = (Buffer.isBuffer(value) ? `<${value.length} bytes>` : String(value)).replace(/\r?\n/g, '⏎');
  const chars = [...text];
  return chars.length > maxWidth ? `${chars.slice(0, Math.max(1, maxWidth - 1)).join('')}…` : text;
}

const width = (text: string): number => [...text].length;

export function renderTextTable(columns: readonly string[], rows: readonly (readonly unknown[])[], options: TextTableOptions = {}): string {
  const maxWidth = options.maxWidth ?? 60;
  const cells = rows.map((row) => columns.map((_, i) => cell(row[i], maxWidth)));
  const numeric = columns.map((_, i) => rows.length > 0 && rows.every((row) => row[i] === null || typeof row[i] === 'number' || typeof row[i] === 'bigint'));
  // A loop, not Math.max(...cells): spreading a hundred thousand arguments overflows the call stack.
  const widths = columns.map((name, i) => cells.reduce((widest, row) => Math.max(widest, width(row[i] ?? '')), width(name)));
  const pad = (text: string, i: number): string => {
    const fill = ' '.repeat((widths[i] ?? 0) - width(text));
    return numeric[i] ? fill + text : text + fill;
  };
  const line = (values: readonly string[]): string => values.map(pad).join(' | ').trimEnd();
  const out = [line(columns), widths.map((w) => '-'.repeat(w)).join('-+-')];
  for (const row of cells) out.push(line(row));
  out.push(`(${rows.length} row${rows.length === 1 ? '' : 's'})`);
  return `${out.join('\n')}\n`;
}
