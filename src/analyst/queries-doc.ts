/**
 * Reads the example questions of docs/queries.md: each `## ` heading is a question, followed by one
 * ```sql block and, after it, the result on the seeds as a markdown table. The same parse feeds the
 * test that runs every query and the Datasette canned queries.
 */

export interface ExampleQuery {
  /** The question, as the heading asks it. */
  question: string;
  sql: string;
  /** The result shown in the doc: column names and rows of cell texts (NULL written as `NULL`). */
  expected: { columns: string[]; rows: string[][] } | null;
}

function splitRow(line: string): string[] {
  const inner = line.trim().replace(/^\|/, '').replace(/\|$/, '');
  const cells: string[] = [];
  let current = '';
  for (let i = 0; i < inner.length; i++) {
    const ch = inner[i];
    if (ch === '\\' && inner[i + 1] === '|') {
      current += '|';
      i++;
    } else if (ch === '|') {
      cells.push(current.trim());
      current = '';
    } else current += ch;
  }
  cells.push(current.trim());
  return cells;
}

export function parseQueriesDoc(markdown: string): ExampleQuery[] {
  const queries: ExampleQuery[] = [];
  const sections = markdown.split(/^## /m).slice(1);
  for (const section of sections) {
    const question = (section.split('\n')[0] ?? '').trim();
    const sqlMatch = /```sql\n([\s\S]*?)```/.exec(section);
    if (!sqlMatch?.[1]) continue;
    const after = section.slice((sqlMatch.index ?? 0) + sqlMatch[0].length).split('\n');
    const tableLines: string[] = [];
    for (const line of after) {
      if (line.trim().startsWith('|')) tableLines.push(line);
      else if (tableLines.length > 0) break;
    }
    let expected: ExampleQuery['expected'] = null;
    if (tableLines.length >= 2) {
      const columns = splitRow(tableLines[0] ?? '');
      expected = { columns, rows: tableLines.slice(2).map(splitRow) };
    }
    queries.push({ question, sql: sqlMatch[1].trim(), expected });
  }
  return queries;
}

/** A value as the docs show it in a result table. */
export function formatResultCell(value: unknown): string {
  if (value === null || value === undefined) return 'NULL';
  return String(value).replace(/\r?\n/g, ' ');
}

/** A query result as the markdown table docs/queries.md shows. */
export function renderResultTable(columns: readonly string[], rows: readonly (readonly unknown[])[]): string {
  const cell = (v: unknown) => formatResultCell(v).replace(/\|/g, '\\|');
  return [
    `| ${columns.join(' | ')} |`,
    `|${columns.map(() => '---').join('|')}|`,
    ...rows.map((row) => `| ${row.map(cell).join(' | ')} |`),
  ].join('\n');
}
