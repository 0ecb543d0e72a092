/**
 * A column whose header names two columns at once (`Deaths/Injuries`, `Morts / Blessés`), its cells
 * holding both values (`2/14`, `N/A / 3`, `5/unknown`): the table is read as if it had the two columns.
 * A cell is split only where both sides are a count or an unknown marker; a cell that cannot be split so
 * is left whole in the first column, where it fails as a count and the row is reported, never guessed.
 */
import type { Language } from '../../language/types.ts';
import { parseIntegerToken } from '../../transforms/quantity.ts';
import { isUnknownMarker } from '../../transforms/unknown.ts';
import { type ColumnKey, columnOfLabel } from './table-drafts.ts';

/** The two labels of a header cell naming two different columns joined by a slash, or null. */
export function combinedLabels(label: string): [string, string] | null {
  const parts = label.split('/');
  if (parts.length !== 2) return null;
  const [first, second] = parts.map((p) => p.trim()) as [string, string];
  const a: ColumnKey | null = columnOfLabel(first);
  const b: ColumnKey | null = columnOfLabel(second);
  // `Owner/manager` names one column (owner) twice, or once: not two columns.
  return a !== null && b !== null && a !== b ? [first, second] : null;
}

/** The two labels of a header cell written on two lines naming two different columns (`Deaths<br>Injuries`), or null. */
function combinedLineLabels(lines: readonly string[] | undefined): [string, string] | null {
  if (lines?.length !== 2) return null;
  const [first, second] = lines.map((l) => l.trim()) as [string, string];
  const a = columnOfLabel(first);
  const b = columnOfLabel(second);
  return a !== null && b !== null && a !== b ? [first, second] : null;
}

/** A side of a combined cell: a whole count (with any thousands separator: the cell is split here, read later) or an unknown marker. */
const isValue = (text: string, language: Language | null): boolean => parseIntegerToken(text, null) !== null || isUnknownMarker(text, language);

/**
 * The two values of a combined cell: the one slash where both sides are a count or an unknown marker
 * (`N/A / 3` splits at the spaced slash, not inside `N/A`). A cell that is one unknown marker (`N/A`)
 * stands for both. Null when no such split exists or more than one does.
 */
export function splitCombinedCell(raw: string, language: Language | null): [string, string] | null {
  const text = raw.trim();
  const splits: Array<[string, string]> = [];
  for (let i = text.indexOf('/'); i >= 0; i = text.indexOf('/', i + 1)) {
    const left = text.slice(0, i).trim();
    const right = text.slice(i + 1).trim();
    if (isValue(left, language) && isValue(right, language)) splits.push([left, right]);
  }
  if (splits.length === 1) return splits[0] ?? null;
  if (splits.length === 0 && isUnknownMarker(text, language)) return [text, text];
  return null;
}

/**
 * The positions of the combined columns of a header row (empty when it has none) and the header cells with
 * each combined label written as its two labels.
 */
export function expandHeader(cells: readonly string[], cellLines?: readonly string[][]): { combined: number[]; cells: string[] } {
  const combined: number[] = [];
  const expanded: string[] = [];
  cells.forEach((cell, i) => {
    const labels = combinedLabels(cell) ?? combinedLineLabels(cellLines?.[i]);
    if (labels) {
      combined.push(i);
      expanded.push(...labels);
    } else expanded.push(cell);
  });
  return { combined, cells: expanded };
}

/**
 * The two values of a combined cell written on two lines (`4<br>11`, `0<br>N/D`): each line a count or an
 * unknown marker. Null for any other number of lines, or a line that is neither.
 */
export function splitCellLines(lines: readonly string[] | undefined, language: Language | null): [string, string] | null {
  if (lines?.length !== 2) return null;
  const [first, second] = lines.map((l) => l.trim()) as [string, string];
  return isValue(first, language) && isValue(second, language) ? [first, second] : null;
}

/**
 * A data row's cells with each combined cell split in two (an unsplittable one kept whole, then an empty
 * cell): at its slash, else at its line break when the document gave the cell's lines (`cellLines`).
 */
export function expandRow(cells: readonly string[], combined: readonly number[], language: Language | null, cellLines?: readonly string[][]): string[] {
  if (combined.length === 0) return [...cells];
  const expanded: string[] = [];
  cells.forEach((cell, i) => {
    if (!combined.includes(i)) {
      expanded.push(cell);
      return;
    }
    const split = splitCellLines(cellLines?.[i], language) ?? splitCombinedCell(cell, language);
    expanded.push(...(split ?? [cell, '']));
  });
  return expanded;
}
