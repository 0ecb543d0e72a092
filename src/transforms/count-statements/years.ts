/** Years written in a text: the stated ones ("In 2005", "В 2013 году", "2016年") and the ones a number scan must skip. */
import { asciiDigits } from '../quantity.ts';
import { STATED_YEAR, YEAR_DIGITS, YEAR_SPAN, YEAR_TOKEN } from './compile.ts';

/** Every stated year in `text`, with the offset of the words stating it. */
export function statedYears(text: string): { year: number; index: number }[] {
  const ascii = asciiDigits(text);
  // Most texts hold no four digits that may be a year: the long expression is not run over them.
  if (!YEAR_DIGITS.test(ascii)) return [];
  return [...ascii.matchAll(STATED_YEAR)].map((m) => ({ year: Number(m[1] ?? m[2] ?? m[3]), index: m.index ?? 0 }));
}

/** The distinct stated years of `text`, in order. */
export function distinctYears(text: string): number[] {
  return [...new Set(statedYears(text).map((y) => y.year))];
}

/** Offsets (from `base`) of 4-digit years in `written` that a number scan must not read as counts. */
export function yearTokenOffsets(written: string, base: number): Set<number> {
  const offsets = new Set<number>();
  // Arabic-Indic digits ("٢٠١٧") are years too; asciiDigits keeps every offset.
  const text = asciiDigits(written);
  if (!YEAR_DIGITS.test(text)) return offsets;
  for (const m of text.matchAll(YEAR_TOKEN)) {
    const year = m[1] ?? m[2];
    if (!year) continue;
    offsets.add(base + (m.index ?? 0) + m[0].indexOf(year));
  }
  for (const m of text.matchAll(STATED_YEAR)) {
    const year = m[1] ?? m[2] ?? m[3];
    if (year) offsets.add(base + (m.index ?? 0) + m[0].indexOf(year));
  }
  // `2019/20`, `2018-2019`: both ends of a span of years are years, never counts (the `20` of `2019-20` neither).
  for (const m of text.matchAll(YEAR_SPAN)) {
    const at = m.index ?? 0;
    offsets.add(base + at);
    const tail = /\d+$/u.exec(m[0]);
    if (tail) offsets.add(base + at + tail.index);
  }
  return offsets;
}
