/** Years written in a text: the stated ones ("In 2005", "В 2013 году", "2016年") and the ones a number scan must skip. */
import { asciiDigits } from '../quantity.ts';
import { DOCUMENT_BEFORE, DOCUMENT_YEAR, EVENT_YEAR, STATED_YEAR, YEAR_DIGITS, YEAR_SPAN, YEAR_TOKEN } from './compile.ts';

/** A stated year: the year, the offset of the words stating it, and whether it names an event ("the 2019 campaign"). */
export interface StatedYear {
  year: number;
  index: number;
  event?: true;
}

/**
 * Every stated year in `text`, with the offset of the words stating it, in order: the ones a lead states ("In
 * 2005"), but not a document's ("the plan for 2020"), and the years of events the counts belong to ("the 2018
 * amnesty", `event`).
 */
export function statedYears(text: string): StatedYear[] {
  const ascii = asciiDigits(text);
  // Most texts hold no four digits that may be a year: the long expression is not run over them.
  if (!YEAR_DIGITS.test(ascii)) return [];
  const stated: (StatedYear & { at: number })[] = [];
  for (const m of ascii.matchAll(STATED_YEAR)) {
    const year = m[1] ?? m[2] ?? m[3] ?? '';
    const index = m.index ?? 0;
    if (DOCUMENT_BEFORE.test(ascii.slice(0, index))) continue;
    stated.push({ year: Number(year), index, at: index + m[0].indexOf(year) });
  }
  for (const m of ascii.matchAll(EVENT_YEAR)) {
    const year = m[1] ?? m[2] ?? '';
    const at = (m.index ?? 0) + m[0].indexOf(year);
    // "In 2019 operations ...": a year a lead states already is not read twice.
    if (stated.some((s) => s.at === at)) continue;
    stated.push({ year: Number(year), index: m.index ?? 0, event: true, at });
  }
  return stated.sort((a, b) => a.index - b.index).map(({ at: _at, ...y }) => y);
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
  // A YEAR_TOKEN match starts at its year.
  for (const m of text.matchAll(YEAR_TOKEN)) offsets.add(base + (m.index ?? 0));
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
  // "the 2018 amnesty": a year naming an event is no count of it.
  for (const m of text.matchAll(EVENT_YEAR)) {
    const year = m[1] ?? m[2];
    if (year) offsets.add(base + (m.index ?? 0) + m[0].indexOf(year));
  }
  // "the 2019 National Action Plan": nor is a year naming a document.
  for (const m of text.matchAll(DOCUMENT_YEAR)) offsets.add(base + (m.index ?? 0));
  return offsets;
}
