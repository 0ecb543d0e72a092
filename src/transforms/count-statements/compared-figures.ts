/**
 * Figures of another period set beside a count: "the police seized 734 firearms, up from 581 in 2019", "numbered
 * 1,906, against 1,215 in the amnesty of 2017", "destroyed 2,288 weapons in 2020 (2019: 1,740)", "contre 581 en
 * 2019", "frente a 581 en 2019", "против 581 в 2019 году".
 *
 * Such a figure is never a part of the count it is set beside (734 + 581 is no total of anything), and its year is
 * never the count's. With a year of its own it is the country's figure for that year, of the same action and the
 * same weapons: a statement of its own (index.ts), its agency not asserted (the sentence's subject acted in the
 * count's year). Without one (`up from 581 the year before`, `compared with 1,215 previously`) which year it is
 * cannot be told: no statement, an info issue. Either way the figure's words are blanked before the ordinary reader
 * reads the sentence, as a year list's items are, so that neither its number nor its year is read as the count's.
 */
import type { Language } from '../../language/types.ts';
import { matchWeaponCategory } from '../categories.ts';
import { asciiDigits, findIntegerTokens } from '../quantity.ts';
import { ANY_YEAR, CHANGE_FROM_BEFORE, CHANGE_FROM_YEAR_TAIL, COMPARED_FIGURE_BEFORE, EVENT_YEAR, OTHER_PERIOD, PERCENT_AFTER, STATED_YEAR, YEAR_SPAN } from './compile.ts';
import type { ProseUnit } from './types.ts';
import { yearTokenOffsets } from './years.ts';

export interface ComparedFigure {
  unit: number;
  /** Offsets in the unit's text of the figure's words: its lead (or bracket) to the end of its year phrase. */
  start: number;
  end: number;
  numberStart: number;
  value: number;
  /** The number as written. */
  raw: string;
  /** The thousands separator it was written with (`1,215`), or null: the lineage's step says how the digits were read. */
  separator: string | null;
  /** The figure's own year (`in 2019`, `(2019: `), or null when it names none or several. */
  year: number | null;
  /** The words its year was read from. */
  yearWords: string | null;
  /** The weapons the figure names itself (`up from 581 firearms`), else null: those of the count before it. */
  weapons: { code: string; raw: string } | null;
  /**
   * The figure opens a change to the count after it (`rose from 1,200 in 2021 to 1,526 in 2022`): the same body's figure
   * of its own year, whose statement comes before the count's and shares its agency.
   */
  opensChange?: true;
}

/** How far before its lead a figure's count may stand: its weapon words and a year phrase (`734 firearms in 2020, up from`). */
const LOOK_BACK = 80;
/** Where the figure's own words end: a clause's punctuation, a sentence's end, a line break. */
const FIGURE_END = /[,;:()]|[.!?](?=\s|$)|\n/u;

/** Letter words that are no more than a year phrase's or an article's (`in`, `the`, `of`, `en`, `в`, `году`). */
function onlyShortWords(text: string): boolean {
  const rest = asciiDigits(text).replace(ANY_YEAR, ' ');
  return !/\d/u.test(rest) && (rest.match(/\p{L}+/gu) ?? []).every((word) => word.length <= 4);
}

/** `text` without the weapon words it opens with (`firearms`, `armas de fuego`, `единицы оружия`). */
function withoutWeapons(text: string): string {
  const weapons = matchWeaponCategory(text);
  return weapons && weapons.code !== null && /^\s*$/u.test(text.slice(0, weapons.index)) ? text.slice(weapons.index + weapons.raw.length) : text;
}

/**
 * The text between a count and a compared lead sets the lead beside that count: a clause's punctuation closes it
 * (`734 firearms during the 2020 amnesty, against`), or it holds only the count's weapon words and a year phrase
 * (`734 firearms in 2020 up from`). Otherwise the lead is a word of the sentence (`seized 300 weapons in operations
 * against 12 groups`): nothing is compared.
 */
function besideCount(gap: string): boolean {
  const rest = asciiDigits(gap).replace(ANY_YEAR, ' ');
  if (/\d/u.test(rest)) return false;
  return /[,;(–—]\s*$/u.test(gap) || onlyShortWords(withoutWeapons(gap));
}

/**
 * The words after a compared figure, up to its clause's end, say no more than its weapons and its year (`firearms in
 * 2019`, `in the amnesty of 2017`, `в 2019 году`): `against 12 criminal groups in 2019` compares no figure.
 */
function figureWords(own: string): boolean {
  const rest = withoutWeapons(own).replace(EVENT_YEAR, ' ').replace(STATED_YEAR, ' ');
  return onlyShortWords(rest);
}

/** The compared figures of `units`, in order. */
export function findComparedFigures(units: readonly ProseUnit[], language: Language | null): ComparedFigure[] {
  const figures: ComparedFigure[] = [];
  units.forEach((unit, u) => {
    const { text } = unit;
    const tokens = findIntegerTokens(text, language);
    if (tokens.length < 2) return;
    const years = yearTokenOffsets(text, 0);
    let previousEnd: number | null = null;
    for (const token of tokens) {
      const numberStart = token.index;
      const numberEnd = numberStart + token.raw.length;
      // A year is no count a figure is set beside (`(2019: 1,740)`: the bracket's year is the figure's own).
      if (years.has(numberStart) || /^(?:19|20)\d{2}$/u.test(asciiDigits(token.raw))) continue;
      const countEnd = previousEnd;
      previousEnd = numberEnd;
      const head = text.slice(Math.max(0, numberStart - LOOK_BACK), numberStart);
      const opening = CHANGE_FROM_BEFORE.test(head) ? CHANGE_FROM_YEAR_TAIL.exec(text.slice(numberEnd)) : null;
      const openingYears = opening ? [...new Set([...asciiDigits(opening[1] ?? '').matchAll(ANY_YEAR)].map((m) => Number(m[0])))] : [];
      if (opening && openingYears.length === 1) {
        // "rose from 1,200 in 2021 to 1,526 in 2022": the first figure, with the year written beside it, is that year's.
        const yearWords = (opening[1] ?? '').trim();
        figures.push({
          unit: u, start: numberStart, end: numberEnd + (opening[1] ?? '').length, numberStart, value: token.value, raw: token.raw, separator: token.separator,
          year: openingYears[0] ?? null, yearWords, weapons: null, opensChange: true,
        });
        continue;
      }
      const found = COMPARED_FIGURE_BEFORE.exec(head);
      if (!found || countEnd === null) continue;
      const start = numberStart - head.length + found.index;
      if (start < countEnd || !besideCount(text.slice(countEnd, start))) continue;
      const after = text.slice(numberEnd);
      if (PERCENT_AFTER.test(after)) continue;
      const bracketYear = found.groups?.year;
      let end: number;
      let year: number | null = null;
      let yearWords: string | null = null;
      let own: string;
      if (bracketYear !== undefined) {
        // `(2019: 1,740)`: the bracket names the year; it closes right after the figure (and its weapon words).
        const close = /^[^()\d\n]{0,40}\)/u.exec(after);
        if (!close) continue;
        end = numberEnd + close[0].length;
        own = close[0].slice(0, -1);
        year = Number(asciiDigits(bracketYear));
        yearWords = bracketYear;
      } else {
        const stop = after.search(FIGURE_END);
        own = stop < 0 ? after : after.slice(0, stop);
        end = numberEnd + own.trimEnd().length;
        const ascii = asciiDigits(own);
        const named = [...new Set([...ascii.matchAll(ANY_YEAR)].map((m) => Number(m[0])))];
        // `in 2019`, `in the amnesty of 2017`: one year; `in 2018-2019`, `since 2015` name a period, not a year.
        if (named.length === 1 && ascii.match(YEAR_SPAN) === null && !OTHER_PERIOD.test(ascii)) {
          if (!figureWords(own)) continue;
          year = named[0] ?? null;
          yearWords = own.trim();
        }
      }
      const weapons = matchWeaponCategory(own);
      figures.push({
        unit: u,
        start,
        end,
        numberStart,
        value: token.value,
        raw: token.raw,
        separator: token.separator,
        year,
        yearWords,
        weapons: weapons && weapons.code !== null && /^\s*$/u.test(own.slice(0, weapons.index)) ? { code: weapons.code, raw: weapons.raw } : null,
      });
    }
  });
  return figures;
}

/** The units with the compared figures' words blanked (offsets kept), so that the ordinary reader reads none of them. */
export function blankFigures(units: readonly ProseUnit[], figures: readonly ComparedFigure[]): ProseUnit[] {
  if (figures.length === 0) return [...units];
  const texts = units.map((u) => u.text);
  for (const figure of figures) {
    const text = texts[figure.unit] ?? '';
    texts[figure.unit] = text.slice(0, figure.start) + text.slice(figure.start, figure.end).replace(/[^\n]/gu, ' ') + text.slice(figure.end);
  }
  return units.map((u, i) => ({ ...u, text: texts[i] ?? u.text }));
}
