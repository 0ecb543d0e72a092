/**
 * A number whose group of thousands a line break carried onto the next line: a PDF's text wrapped a paragraph
 * at `... collected 2` / `418 firearms from rural communities`, where the one-line text reads `2 418` (a space
 * between the groups). Read as two numbers it loads 418, a wrong number; the count reader reads the break as
 * the space it stands for, and the count records the step (`quantity.line-wrapped-group`).
 *
 * Only where the break cannot stand between two numbers: a number of one to three digits ends the line, with
 * no digit, separator or letter glued before it (`1 604` / `418` is a whole number, then another), and the
 * next line opens with exactly three digits that end there (no fourth digit, no further group or decimal).
 * Nor on a line laid out as a table row, its label then its count (`Machine guns 4` / `418 firearms were
 * ...`): a row's label is a few capitalised words naming no action, or a weapon category or a total.
 */
import { findActions } from '../categories.ts';
import { GROUP_SPACES } from '../digits.ts';
import { labelBefore } from './mentions.ts';

/** A lone number of one to three digits ending a line, and the line break after it. */
// The group spaces are the number parser's own (digits.ts), so a number it reads as one is never cut here.
const NUMBER_ENDING_LINE = new RegExp(
  `(?<![\\p{L}\\p{N}.,’'\\u066c${GROUP_SPACES}]|\\p{N}\\s)(\\p{N}{1,3})\\n(?=\\p{N}{3}(?![\\p{N}]|[.,’'\\u066c${GROUP_SPACES} ]\\p{N}|\\p{L})[^\\n])`,
  'gu',
);
/** A row's label: a few capitalised words of letters (`Machine guns`, `Pump-action shotguns`). */
const ROW_LABEL = /^[\p{Lu}\p{Lo}][\p{L}\p{M}\s'’\-/().]{0,60}$/u;

/** Offsets in `text` of the line breaks that stand inside a number (`2` / `418`): each is read as a space. */
export function wrappedNumberBreaks(text: string): number[] {
  if (!text.includes('\n')) return [];
  const breaks: number[] = [];
  for (const m of text.matchAll(NUMBER_ENDING_LINE)) {
    const numberStart = m.index ?? 0;
    const lineStart = text.lastIndexOf('\n', numberStart - 1) + 1;
    const label = text.slice(lineStart, numberStart).trim();
    if (label === '' || labelBefore(text, lineStart, numberStart) !== null) continue;
    if (ROW_LABEL.test(label) && label.split(/\s+/u).length <= 6 && findActions(label).length === 0) continue;
    breaks.push(numberStart + (m[1]?.length ?? 0));
  }
  return breaks;
}

/** `text` with each of `breaks` (offsets of line breaks) read as a space: offsets stay those of `text`. */
export function unwrapNumbers(text: string, breaks: readonly number[]): string {
  let out = text;
  for (const at of breaks) out = `${out.slice(0, at)} ${out.slice(at + 1)}`;
  return out;
}
