/**
 * Year-dash-count lists under a lead-in: "Firearms seized by the police, by year: 2019 — 1,204; 2020 — 987;
 * 2021 — n/a", one item a line or several on one line, with any dash (`-`, `–`, `—`) or a colon between the
 * year and the number. The lead-in names the action, the agency and the category; each item gives the year
 * and the count. One statement per numeric item; an unknown marker (`n/a`, `н/д`, `s/d`) gives no
 * statement (never 0); words in brackets after the count (`(рост на 16,5 %)`) are no count, unless they break it down
 * (`(в том числе 300 пистолетов)`): then they are its parts, and the statement is reconciled as a prose one is.
 *
 * A list is read only when the lead-in ends with a colon right before its first item, names an action and a
 * weapon category, and holds no number but years: a lead-in with a count of its own ("The police seized 5,000
 * weapons: 2019 — ...") is a statement the ordinary reader takes, and a list under it would be its parts.
 */
import type { Language } from '../../language/types.ts';
import { counterAlone, findActions, matchWeaponCategory, type TermMatch } from '../categories.ts';
import { asciiDigits, findIntegerTokens } from '../quantity.ts';
import { readUnknownMarker } from '../unknown.ts';
import { DASHES, NAMED_YEARS, PART_INTRODUCER_GAP } from './compile.ts';
import { findCounts } from './mentions.ts';
import type { Count, ProseUnit } from './types.ts';

/** One item of a list: its year and its count (null for an unknown marker). */
export interface YearListItem {
  unit: number;
  /** Offsets in the unit's text: the year to the end of the count's words. */
  start: number;
  end: number;
  year: number;
  /** The count, null when the item is an unknown marker. */
  count: Count | null;
  /** The unknown marker as written, when the item is one. */
  marker: string | null;
  /** The item's words when they are neither a plain count nor a marker (`2022: 14 % more than in 2021`): not read, said so. */
  unread?: string;
  /** The parts a bracket after the count breaks it into (`1 316 ед. (в том числе 300 пистолетов)`), read as prose parts are. */
  parts?: Count[];
}

export interface YearList {
  /** The lead-in: unit and offsets (to the colon, excluded). */
  lead: { unit: number; start: number; end: number };
  action: TermMatch;
  category: { code: string | null; raw: string };
  items: YearListItem[];
}

const YEAR = '(?:19|20)\\d{2}';
/** What joins an item's year to its count: a dash of any kind (the one definition of a dash, compile.ts) or a colon. */
const YEAR_JOIN = `(?:${DASHES}|:)`;
/** An item's head: a year, a dash of any kind or a colon. */
const ITEM_HEAD = new RegExp(`^[\\s;,]*(?<![\\p{L}\\p{N}])(${YEAR})\\s*${YEAR_JOIN}\\s*`, 'u');
/** Where an item's value ends: a semicolon, a line break, or a comma before the next item's year. */
const ITEM_END = new RegExp(`[;؛；\\n]|,\\s*(?=${YEAR}\\s*${YEAR_JOIN})`, 'u');
/** The colon that ends a lead-in, the first item right after it (maybe on the next line). */
const LEAD_COLON = new RegExp(`[:：]\\s*(?=${YEAR}\\s*${YEAR_JOIN})|[:：]\\s*$`, 'gu');
/**
 * Words in brackets after the count: a comment (`(рост на 16,5 %)`), never a count, or the count's breakdown
 * (`(в том числе 300 пистолетов)`, `(of which 300 pistols)`), its parts.
 */
const BRACKETED = /^\s*[(（][^()（）]*[)）]/u;
/** A sentence end before the lead-in (the lead-in is the words after it). */
const SENTENCE_END = /[.!?…。](?=\s)/gu;

/**
 * The item starting at `at` in `text`, or null when no year and dash open the words there (the list has ended). An
 * item whose value is no whole count nor marker is kept as `unread`, so that the list's other items are read and the
 * reader says which one was not.
 */
function readItem(text: string, at: number, unit: number, language: Language | null): (YearListItem & { next: number }) | null {
  const item = readPlainItem(text, at, unit, language);
  if (item !== null) return item;
  const head = ITEM_HEAD.exec(text.slice(at));
  if (!head) return null;
  const valueStart = at + head[0].length;
  const endMatch = ITEM_END.exec(text.slice(valueStart));
  const valueEnd = endMatch ? valueStart + endMatch.index : text.length;
  const yearStart = at + head[0].indexOf(head[1] as string);
  const words = text.slice(yearStart, valueEnd).trimEnd();
  return { unit, start: yearStart, end: yearStart + words.length, year: Number(head[1]), count: null, marker: null, unread: words, next: endMatch ? valueEnd + endMatch[0].length : text.length };
}

/** The item starting at `at` when it is a plain one: a year, a dash, and a whole count (maybe its weapons) or an unknown marker. */
function readPlainItem(text: string, at: number, unit: number, language: Language | null): (YearListItem & { next: number }) | null {
  const head = ITEM_HEAD.exec(text.slice(at));
  if (!head) return null;
  const yearStart = at + head[0].indexOf(head[1] as string);
  const valueStart = at + head[0].length;
  const endMatch = ITEM_END.exec(text.slice(valueStart));
  const valueEnd = endMatch ? valueStart + endMatch.index : text.length;
  const body = text.slice(valueStart, valueEnd).trimEnd();
  const year = Number(head[1]);
  const next = endMatch ? valueEnd + endMatch[0].length : text.length;
  // "2021 — s/d.": the list's full stop is not the marker's ("n.d." keeps its own).
  const bare = body.replace(/(?<!\.\s?\p{L})\.$/u, '');
  const marker = bare === '' ? null : (readUnknownMarker(body, language) ?? readUnknownMarker(bare, language));
  if (marker) return { unit, start: yearStart, end: valueStart + marker.written.length, year, count: null, marker: marker.written, next };
  const token = findIntegerTokens(body, language)[0];
  if (token?.index !== 0) return null;
  let rest = body.slice(token.raw.length);
  // "16,5": a decimal is no count.
  if (/^[.,]\d/u.test(asciiDigits(rest))) return null;
  let end = valueStart + token.raw.length;
  let category: { code: string | null; raw: string } | null = null;
  // The weapons the item names (`812 pistolas`, `1 204 единицы оружия`), else a counter word of the lexicons standing
  // alone (`1 204 ед.`, `877 units`, `1 013 unités`, `1.204 unidades`): the lead-in names the weapons.
  const named = matchWeaponCategory(rest.trimStart());
  const counter = named?.index === 0 ? 0 : counterAlone(rest);
  if (named && named.index === 0) {
    const shift = rest.length - rest.trimStart().length;
    end += shift + named.end;
    rest = rest.slice(shift + named.end);
    category = { code: named.code, raw: named.raw };
  } else if (counter > 0) {
    end += counter;
    rest = rest.slice(counter);
  }
  const bracket = BRACKETED.exec(rest);
  let parts: Count[] = [];
  if (bracket) {
    const close = end + bracket[0].length;
    const breakdown = bracketBreakdown(text, close - bracket[0].trimStart().length, close, language);
    // Weapons counted in the bracket that are no breakdown of the count: not a plain item, named in a warning.
    if (breakdown === 'not-read') return null;
    if (breakdown !== null) {
      parts = breakdown;
      end = close;
    }
    rest = rest.slice(bracket[0].length);
  }
  // Any other words after the count: not a plain list item (the count may be of something else).
  if (rest.replace(/[\s.]+/gu, '') !== '') return null;
  const count: Count = {
    value: token.value,
    raw: token.raw,
    separator: token.separator,
    start: valueStart,
    numberStart: valueStart,
    end,
    category: category?.code ?? null,
    categoryRaw: category?.raw ?? '',
    kind: 'known',
    qualifier: null,
    label: null,
    under: null,
  };
  return { unit, start: yearStart, end, year, count, marker: null, next, ...(parts.length > 0 ? { parts } : {}) };
}

/**
 * The parts a bracket after an item's count (`open` at its opening bracket, `close` after the closing one) breaks the
 * count into, read as prose parts are (mentions.ts) after a part introducer of the lexicons (`(в том числе 300
 * пистолетов)`, `(of which 300 pistols and 200 rifles)`, `(dont 300 pistolets)`); null when the bracket counts no
 * weapons (a comment: `(рост на 16,5 %)`); 'not-read' when it counts weapons otherwise (no introducer, a range, words
 * that name no weapons): those are no parts to guess at.
 */
function bracketBreakdown(text: string, open: number, close: number, language: Language | null): Count[] | null | 'not-read' {
  const found = findCounts(text, { start: open + 1, end: close - 1 }, language);
  if (found.counts.every((c) => c.kind !== 'known') && found.skipped.length === 0) return null;
  const first = found.counts[0];
  const introduced = first !== undefined && PART_INTRODUCER_GAP.test(text.slice(open, first.start));
  return introduced && found.skipped.length === 0 && found.counts.every((c) => c.kind === 'known') ? found.counts : 'not-read';
}

/** The weapon category the lead-in names first ("Количество огнестрельного оружия, изъятого ..." -> firearms). */
function leadCategory(lead: string): { code: string | null; raw: string } | null {
  for (const m of lead.matchAll(/(?<![\p{L}\p{M}])\p{L}/gu)) {
    const found = matchWeaponCategory(lead.slice(m.index ?? 0));
    if (found && found.index === 0 && found.code !== null) return { code: found.code, raw: found.raw };
  }
  return null;
}

/**
 * Every year-dash-count list of `units`, in document order; a list may run over several units (one item a line). A
 * list none of whose items is a count or an unknown marker (`2019 — 14 % more; 2020 — about a thousand`) is `unread`:
 * left to the ordinary reader, as before, and named in a warning (index.ts), never passed over with no word.
 */
export function findYearLists(units: readonly ProseUnit[], language: Language | null): { lists: YearList[]; unread: YearList[] } {
  const lists: YearList[] = [];
  const unread: YearList[] = [];
  for (const [u, unit] of units.entries()) {
    const text = unit.text;
    for (const colon of text.matchAll(LEAD_COLON)) {
      const colonAt = colon.index ?? 0;
      const before = text.slice(0, colonAt);
      const sentenceStart = Math.max(0, ...[...before.matchAll(SENTENCE_END)].map((m) => (m.index ?? 0) + m[0].length));
      const leadStart = sentenceStart + (/^[\s\-–—•*]*/u.exec(before.slice(sentenceStart))?.[0].length ?? 0);
      const lead = text.slice(leadStart, colonAt);
      if (/\d/u.test(asciiDigits(lead).replace(NAMED_YEARS, ''))) continue;
      const action = findActions(lead)[0];
      const category = leadCategory(lead);
      if (!action || !category) continue;
      const items: YearListItem[] = [];
      let unitIndex = u;
      let at = colonAt + colon[0].length;
      while (unitIndex < units.length) {
        const itemText = units[unitIndex]?.text ?? '';
        // The unit read to its end: the list may go on in the next unit (one item a line).
        if (itemText.slice(at).trim() === '') {
          unitIndex++;
          at = 0;
          continue;
        }
        const item = readItem(itemText, at, unitIndex, language);
        if (!item) break;
        const { next, ...kept } = item;
        items.push(kept);
        at = next;
      }
      if (items.length < 2) continue;
      const list = { lead: { unit: u, start: leadStart, end: colonAt }, action: { ...action, index: leadStart + action.index, end: leadStart + action.end }, category, items };
      // Counts or unknown markers (`2019 — n/a; 2020 — н/д`): a list, each marker said to be unknown (index.ts).
      if (items.every((i) => i.unread !== undefined)) unread.push(list);
      else lists.push(list);
    }
  }
  return { lists, unread };
}
