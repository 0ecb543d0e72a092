import type { DocumentModel, TableBlock } from '../../model/document.ts';
import type { Extraction, IssueDraft } from '../../model/records.ts';
import { findActions, matchWeaponCategory } from '../../transforms/categories.ts';
import { parseYear } from '../../transforms/dates.ts';
import { parseIntegerToken } from '../../transforms/quantity.ts';

/**
 * A table the decoder saw, about weapons (its caption or header names a weapon category or an action), with
 * counts in its cells, from which the extractor loaded nothing and said nothing: a part seen but not read.
 * Nothing may be dropped silently, so such a table gets a warning naming it, whatever layout kept it from being
 * read (wrapped cells, a layout no reader knows). Nothing is loaded from it: the warning tells the analyst where
 * to look by hand. The PoA extractors run it over what they read (the A-MAP reader names the tables it cannot
 * read itself, table-assembly.ts); it reads the same action and weapon words as their count statements, so a
 * change of those words changes the PoA extractors' versions and no other.
 */
export function unreadTableIssues(model: DocumentModel, extraction: Extraction, path: string): IssueDraft[] {
  const tables = model.blocks.filter((block): block is TableBlock => block.kind === 'table');
  if (tables.length === 0) return [];
  // Sections span whole passages (a table included): only the facts read from lines say a table was read.
  const read: Array<{ line_start: number; line_end: number }> = [
    ...extraction.count_statements,
    ...extraction.explosions,
    ...extraction.diversions,
    ...extraction.tallies,
    ...extraction.citations,
    ...extraction.report_submissions,
    ...extraction.meeting_statements,
  ];
  const issues: IssueDraft[] = [];
  for (const table of tables) {
    const { lineStart, lineEnd } = table.span;
    const inside = (line: number | null) => line !== null && line >= lineStart && line <= lineEnd;
    if (read.some((fact) => fact.line_start <= lineEnd && fact.line_end >= lineStart)) continue;
    // The extractor looked at it and said why (a malformed row, a cell not a whole number, a table it names as not read).
    if (extraction.issues.some((issue) => inside(issue.line_start))) continue;
    const counts = countCells(table);
    if (counts === 0 || !isAboutWeapons(table)) continue;
    const name = table.caption?.trim() || headerText(table);
    issues.push({
      severity: 'warning',
      rule: 'table-not-read',
      message: `${path}:${lineStart}: table '${name.slice(0, 120)}' (lines ${lineStart}-${lineEnd}) holds ${counts} ${counts === 1 ? 'count' : 'counts'} and none was read: its layout is not one the extractor knows; nothing is loaded from it.`,
      line_start: lineStart,
    });
  }
  return issues;
}

/** Cells of the table's body rows that are one whole number and not a year (a count as a reader would take it). */
function countCells(table: TableBlock): number {
  let counts = 0;
  for (const row of table.rows) {
    if (row.isHeader) continue;
    for (const cell of row.cells) {
      const value = parseIntegerToken(cell, null);
      if (value !== null && parseYear(cell) === null) counts++;
    }
  }
  return counts;
}

/**
 * The caption and the header row, where a table says what it counts (`Firearms destroyed`, `Armas incautadas`), or
 * its rows' labels when the header says only `Category | Number`: two body rows or more that open with a weapon
 * category (`Pistols | 120`, `Rifles | 40`).
 */
function isAboutWeapons(table: TableBlock): boolean {
  const words = [table.caption ?? '', ...(headerOf(table)?.cells ?? [])];
  if (words.some((text) => text.trim() !== '' && (findActions(text).length > 0 || matchWeaponCategory(text)?.code != null))) return true;
  const header = headerOf(table);
  const labelled = table.rows.filter((row) => row !== header && !row.isHeader && matchWeaponCategory(row.cells.find((cell) => cell.trim() !== '') ?? '')?.code != null);
  return labelled.length >= 2;
}

function headerText(table: TableBlock): string {
  return headerOf(table)?.cells.filter((cell) => cell.trim() !== '').join(' | ') ?? '';
}

/** The table's header row, or its first row when none is marked as one. */
function headerOf(table: TableBlock): TableBlock['rows'][number] | undefined {
  return table.rows.find((row) => row.isHeader) ?? table.rows[0];
}

/** `extraction` with the unread tables' warnings added (see unreadTableIssues). */
export function withUnreadTables(model: DocumentModel, extraction: Extraction, path: string): Extraction {
  const unread = unreadTableIssues(model, extraction, path);
  return unread.length === 0 ? extraction : { ...extraction, issues: [...extraction.issues, ...unread] };
}
