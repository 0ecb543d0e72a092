/**
 * Explosions written as a list, one incident an item, instead of a table: `• 9 October 2018 – Ichnia
 * arsenal, Chernihiv oblast. Owner: State (military). 0 killed, 2 injured.` or `1. 12 March 2019, Arsenal X
 * near Y: 3 killed, 14 injured`. Each item is cut into the cells a table row would have (the date, the
 * place, the owner, the words before or after each casualty word) and those cells are read as table cells
 * (table-records.ts), so an item and a table row follow the same rules: `unknown` or `dozens` is NULL with an
 * issue, a qualified number NULL with a warning. An item that cannot be cut (no date, no casualty words, no place)
 * is a warning naming its line, never dropped silently.
 */
import type { Language } from '../../language/types.ts';
import type { Extraction } from '../../model/records.ts';
import { normaliseOwner } from '../../transforms/owner.ts';
import { lastClauseBreak } from '../../transforms/quantity.ts';
import { findQuantityMentions, type QuantityMention } from '../../transforms/quantity-mentions.ts';
import { readUnknownMarker } from '../../transforms/unknown.ts';
import { readVagueQuantity } from '../../transforms/vague-quantities.ts';
import type { TextUnit } from './lines.ts';
import { readYearCell } from './table-cells.ts';
import type { ColumnKey, RowDraft } from './table-drafts.ts';
import { diversionOf, explosionOf } from './table-records.ts';
import { anyProfilePhrase, profileWords } from './words.ts';

/** A bullet (`•`, `-`, `*`, ...) or an item number (`1.`, `2)`, `(3)`) opening a list item. */
const ITEM_OPENER = /^\s*(?:[•·▪◦‣●○■□*\-–—]|\(?\d{1,3}[.)])\s+/u;

/** Where a date can end: a spaced dash, a comma or a colon. */
const DATE_END = /\s+[–—-]\s+|[,:]\s+/gu;

const DEATH_WORDS = new RegExp(anyProfilePhrase((w) => w.incidentCasualties.deaths), 'giu');
const INJURY_WORDS = new RegExp(anyProfilePhrase((w) => w.incidentCasualties.injuries), 'giu');
const OWNER_CLAUSE = new RegExp(`(?<![\\p{L}])(?:${profileWords((w) => w.columnLabels.owner).join('|')})[\\p{L}\\s/]*:\\s*([^.;]+?)\\s*(?:[.;]|$)`, 'iu');

/** The text of a list item without its bullet or number, or null when the line is no list item. */
export function listItemText(text: string): string | null {
  const opener = ITEM_OPENER.exec(text);
  return opener ? text.slice(opener[0].length).trim() : null;
}

/**
 * Whether a line of an explosions section is an incident: a bulleted item naming casualties or opening
 * with a date, a numbered one naming casualties (a numbered note naming none is a note), or a bare line
 * opening with a date and naming casualties.
 */
export function isIncidentLine(text: string, listItem: boolean, language: Language | null): boolean {
  const item = listItemText(text);
  if (item === null) return namesCasualties(text) && (listItem || datePrefix(text.trim(), 0, language) !== null);
  if (/^\s*\(?\d/u.test(text)) return namesCasualties(item);
  return namesCasualties(item) || datePrefix(item, 0, language) !== null;
}

/** Whether an item's words name casualties (`killed`, `blessés`, `погибли`). */
export function namesCasualties(text: string): boolean {
  DEATH_WORDS.lastIndex = 0;
  INJURY_WORDS.lastIndex = 0;
  const names = DEATH_WORDS.test(text) || INJURY_WORDS.test(text);
  // `matchAll` starts where the expression's lastIndex is: left after a test, casualtyWords would miss the words before it.
  DEATH_WORDS.lastIndex = 0;
  INJURY_WORDS.lastIndex = 0;
  return names;
}

interface CasualtyWord {
  column: 'deaths' | 'injuries';
  index: number;
  end: number;
}

function casualtyWords(text: string): CasualtyWord[] {
  const found: CasualtyWord[] = [];
  for (const [column, pattern] of [['deaths', DEATH_WORDS], ['injuries', INJURY_WORDS]] as const) {
    for (const m of text.matchAll(pattern)) found.push({ column, index: m.index, end: m.index + m[0].length });
  }
  return found.sort((a, b) => a.index - b.index);
}

/** The date the item opens with: its shortest prefix that reads as a year (`9 October 2018`, `12 March, 2019`). */
function datePrefix(text: string, line: number, language: Language | null): { date: string; rest: string } | null {
  for (const end of text.matchAll(DATE_END)) {
    if (end.index > 40) break;
    const date = text.slice(0, end.index).trim();
    const year = readYearCell(date, '', line, language);
    if (year.ok && year.value !== null) return { date, rest: text.slice(end.index + end[0].length) };
  }
  return null;
}

/**
 * The cell a casualty word's number is written in: the words before it in its clause (`3`, `at least 3`),
 * else the words after it (`deaths: 3`, `number of injured unknown`). An exact number is the cell alone, so
 * filler between it and the word (`3 people were killed`) is left out; a qualified one keeps its qualifier.
 */
function countCell(before: string, after: string, language: Language | null, column: string): string | null {
  const clauseBefore = before.slice(lastClauseBreak(before) + 1);
  const cutAfter = after.search(/[,;.](?:\s|$)/u);
  const clauseAfter = (cutAfter < 0 ? after : after.slice(0, cutAfter)).replace(/^[\s:=–—-]+/u, '');
  const last = findQuantityMentions(clauseBefore, language, column).at(-1);
  if (last) return cellOfMention(clauseBefore, last);
  const first = findQuantityMentions(clauseAfter, language, column)[0];
  if (first) return cellOfMention(clauseAfter, first);
  for (const words of [clauseAfter.trim(), clauseBefore.trim(), clauseAfter.trim().split(/\s+/u)[0] ?? '']) {
    if (words !== '' && (readUnknownMarker(words, language) || readVagueQuantity(words, language))) return words;
  }
  return null;
}

function cellOfMention(clause: string, mention: QuantityMention): string {
  if (mention.qualifier === null && mention.notACount === null) return mention.raw;
  return clause.slice(0, mention.index + mention.raw.length).trim();
}

/** The place an item names before `word`: up to the last clause break before it (`placeEnd`, -1 when none). */
function placeBefore(rest: string, word: CasualtyWord): { placeEnd: number; place: string } {
  const head = rest.slice(0, word.index);
  const placeEnd = Math.max(head.lastIndexOf('. '), head.lastIndexOf(': '), head.lastIndexOf('; '), head.lastIndexOf(', '));
  return { placeEnd, place: (placeEnd < 0 ? '' : head.slice(0, placeEnd)).replace(/[\s.,:;–—-]+$/u, '').trim() };
}

export interface ItemCells {
  cells: Map<ColumnKey, string>;
  /** The casualty columns the item names no number or marker for. */
  unread: Array<'deaths' | 'injuries'>;
  /** Why a field of the item is left NULL (it could not be told what it is), for a warning. */
  notes: string[];
}

/** A spaced dash between the fields of an item (`27 January 2002 – Ikeja Cantonment, Lagos – State (military) – 3 killed`). */
const FIELD_DASH = /\s+[–—-]\s+/u;

/** The casualty cells of `text` (every casualty word's number or marker), the clause before the first word included. */
function casualtyCells(text: string, language: Language | null, cells: Map<ColumnKey, string>): void {
  const words = casualtyWords(text);
  words.forEach((word, k) => {
    if (cells.has(word.column)) return;
    const before = text.slice(k === 0 ? 0 : (words[k - 1]?.end ?? 0), word.index);
    const after = text.slice(word.end, words[k + 1]?.index ?? text.length);
    const cell = countCell(before, after, language, word.column);
    if (cell !== null) cells.set(word.column, cell);
  });
}

/** The owner a field gives (`State (military)`, `Owner: police`), or null when it names none. */
function ownerOfField(field: string): string | null {
  const labelled = OWNER_CLAUSE.exec(field);
  if (labelled && labelled.index === 0) return labelled[1] ?? null;
  const owner = normaliseOwner(field);
  return owner.owner_type !== null || owner.owner_sector !== null ? field : null;
}

/**
 * An item whose fields are split by spaced dashes, read field by field in whatever order the writer used:
 * the one that reads as a date is the date, those naming casualties with a number or marker the casualties,
 * the one naming an owner the owner, the one left the place. Null when the item is not of that shape (fewer
 * than three fields, no single date, no casualties), for the clause reader. A field that cannot be told
 * apart (two fields left for the place, two owners) is NULL with a note, never a guess.
 */
function cellsOfFields(item: string, line: number, language: Language | null): ItemCells | null {
  const raw = item.split(FIELD_DASH).map((f) => f.trim().replace(/[.;]$/u, '').trim());
  if (raw.length < 3 || raw.some((f) => f === '')) return null;
  const isDate = (f: string): boolean => {
    const year = readYearCell(f, '', line, language);
    return year.ok && year.value !== null && !namesCasualties(f);
  };
  // Two dates side by side are one range of dates (`December 2011 – January 2012`).
  // (Over two years it gives no year: the row loads with year NULL, as a table's range cell does.)
  const fields: Array<{ text: string; date: boolean }> = [];
  for (const f of raw) {
    const last = fields.at(-1);
    const date = isDate(f);
    if (last?.date && date) last.text = `${last.text} – ${f}`;
    else fields.push({ text: f, date });
  }
  const dates: string[] = [];
  const owners: string[] = [];
  const places: string[] = [];
  const casualties = new Map<ColumnKey, string>();
  let named = 0;
  for (const { text: f, date } of fields) {
    if (namesCasualties(f)) {
      const found = new Map<ColumnKey, string>();
      casualtyCells(f, language, found);
      if (found.size > 0) {
        named++;
        for (const [column, cell] of found) if (!casualties.has(column)) casualties.set(column, cell);
        continue;
      }
    }
    if (date) dates.push(f);
    else if (ownerOfField(f) !== null) owners.push(f);
    else places.push(f);
  }
  const date = dates[0];
  if (dates.length !== 1 || date === undefined || named === 0) return null;
  const cells = new Map<ColumnKey, string>([['year', date]]);
  const notes: string[] = [];
  const owner = owners[0];
  if (owners.length === 1 && owner !== undefined) cells.set('owner', ownerOfField(owner) ?? owner);
  else if (owners.length > 1) notes.push(`it names ${owners.length} owners (${owners.map((o) => `'${o}'`).join(', ')}); owner -> NULL`);
  const place = places[0];
  if (places.length === 1 && place !== undefined) cells.set('location', place);
  else if (places.length > 1) notes.push(`its fields ${places.map((p) => `'${p}'`).join(', ')} cannot be told apart (place or owner?); location${owners.length === 0 ? ' and owner' : ''} -> NULL`);
  else notes.push('it names no place; location -> NULL');
  for (const [column, cell] of casualties) cells.set(column, cell);
  const unread = (['deaths', 'injuries'] as const).filter((column) => !cells.has(column));
  return { cells, unread, notes };
}

/** An item's cells, or the reason it cannot be cut into them. */
export function cellsOfItem(item: string, line: number, language: Language | null): ItemCells | string {
  const byFields = cellsOfFields(item, line, language);
  if (byFields !== null) return byFields;
  const dated = datePrefix(item, line, language);
  if (dated === null) return 'it opens with no date';
  const cells = new Map<ColumnKey, string>([['year', dated.date]]);
  let rest = dated.rest;
  const owner = OWNER_CLAUSE.exec(rest);
  if (owner) {
    cells.set('owner', owner[1] ?? '');
    rest = `${rest.slice(0, owner.index)} ${rest.slice(owner.index + owner[0].length)}`;
  }
  const words = casualtyWords(rest);
  if (words.length === 0) return 'it names no deaths or injuries';
  // The place ends at the last clause break before the first casualty clause (`Arsenal X near Y: 3 killed`).
  // A casualty word in the place's own clause, with no number of its own, is a word of the place's name
  // (`Depot near the Dead Sea, 12 killed`, `Camp Hurt, 1 killed`): it would leave the item no place.
  let [first, next] = words as [CasualtyWord, ...CasualtyWord[]];
  let { placeEnd, place } = placeBefore(rest, first);
  while (place === '' && next !== undefined && countCell(rest.slice(0, first.index), rest.slice(first.end, next.index), language, first.column) === null) {
    words.shift();
    [first, next] = words as [CasualtyWord, ...CasualtyWord[]];
    ({ placeEnd, place } = placeBefore(rest, first));
  }
  if (place === '') return 'it names no place before its casualties';
  cells.set('location', place);
  const unread: Array<'deaths' | 'injuries'> = [];
  words.forEach((word, k) => {
    if (cells.has(word.column)) return;
    const before = rest.slice(k === 0 ? placeEnd + 1 : (words[k - 1]?.end ?? 0), word.index);
    const after = rest.slice(word.end, words[k + 1]?.index ?? rest.length);
    const cell = countCell(before, after, language, word.column);
    if (cell !== null) cells.set(word.column, cell);
  });
  for (const column of ['deaths', 'injuries'] as const) if (!cells.has(column)) unread.push(column);
  return { cells, unread, notes: [] };
}

/**
 * Reads the items of one list into explosions, row numbers counting every item (read or not). Returns
 * how many items the list had, for the tally check.
 */
export function loadIncidentList(items: readonly TextUnit[], out: Extraction, language: Language | null): number {
  items.forEach((unit, k) => {
    const rowNumber = k + 1;
    const line = unit.span.lineStart;
    const item = listItemText(unit.text) ?? unit.text.trim();
    const row: RowDraft = { cells: [], lineStart: line, lineEnd: unit.span.lineEnd, page: unit.span.page ?? null, texts: [unit.text] };
    const cut = cellsOfItem(item, line, language);
    const result = typeof cut === 'string' ? cut : explosionOf({ kind: 'explosions', language, rowNumber, row, caption: null }, cut.cells);
    if (typeof result === 'string') {
      out.issues.push({ severity: 'warning', rule: 'list-item-not-read', message: `explosions list item ${rowNumber} (line ${line}) is not read (${result}); nothing is loaded from it: '${unit.text.trim()}'.`, line_start: line });
      return;
    }
    const index = out.explosions.push(result.record) - 1;
    for (const issue of result.issues) out.issues.push({ ...issue, record: { table: 'explosions', index } });
    if (typeof cut === 'string') return;
    for (const note of cut.notes) {
      out.issues.push({ severity: 'warning', rule: 'list-item-field-not-read', message: `explosions list item ${rowNumber} (line ${line}): ${note}.`, line_start: line, record: { table: 'explosions', index } });
    }
    for (const column of cut.unread) {
      out.issues.push({ severity: 'warning', rule: 'missing-value', message: `explosions list item ${rowNumber} (line ${line}) gives no number of ${column} -> NULL.`, line_start: line, record: { table: 'explosions', index } });
    }
  });
  return items.length;
}

// ---------------------------------------------------------------------------------------------------
// Diversions written as a list: `• 2016, Maiduguri: about 200 rifles were taken ...`.

/** The longest place a diversion item names before its colon or dash (longer, the words are a sentence's). */
const MAX_PLACE_WORDS = 6;

/** Whether a line of a diversions section is a case: a list item (bulleted, numbered or marked so) opening with a date. */
export function isDiversionItem(text: string, listItem: boolean, language: Language | null): boolean {
  const item = listItemText(text) ?? (listItem ? text.trim() : null);
  return item !== null && datePrefix(item, 0, language) !== null;
}

/**
 * A diversion item's cells: the date it opens with, the place up to a colon or a spaced dash
 * (`2016, Maiduguri: ...`, `2019 – Lagos – ...`), the words after it the description. With no such
 * break, or words too many for a place, the place is NULL (not guessed) and the rest is the description.
 */
export function diversionCellsOfItem(item: string, line: number, language: Language | null): Map<ColumnKey, string> | string {
  const dated = datePrefix(item, line, language);
  if (dated === null) return 'it opens with no date';
  const cells = new Map<ColumnKey, string>([['year', dated.date]]);
  const rest = dated.rest.trim();
  const cut = /:\s+|\s+[–—-]\s+/u.exec(rest);
  const place = cut ? rest.slice(0, cut.index).trim() : '';
  if (cut && place !== '' && place.split(/\s+/u).length <= MAX_PLACE_WORDS && findQuantityMentions(place, language).length === 0) {
    cells.set('location', place);
    cells.set('description', rest.slice(cut.index + cut[0].length).trim());
  } else {
    cells.set('description', rest);
  }
  return cells;
}

/** Reads the items of one diversions list, row numbers counting every item. Returns how many items it had, for the tally check. */
export function loadDiversionList(items: readonly TextUnit[], out: Extraction, language: Language | null): number {
  items.forEach((unit, k) => {
    const rowNumber = k + 1;
    const line = unit.span.lineStart;
    const item = listItemText(unit.text) ?? unit.text.trim();
    const row: RowDraft = { cells: [], lineStart: line, lineEnd: unit.span.lineEnd, page: unit.span.page ?? null, texts: [unit.text] };
    const cells = diversionCellsOfItem(item, line, language);
    const result = typeof cells === 'string' ? cells : diversionOf({ kind: 'diversions', language, rowNumber, row, caption: null }, cells);
    if (typeof result === 'string') {
      out.issues.push({ severity: 'warning', rule: 'list-item-not-read', message: `diversions list item ${rowNumber} (line ${line}) is not read (${result}); nothing is loaded from it: '${unit.text.trim()}'.`, line_start: line });
      return;
    }
    const index = out.diversions.push(result.record) - 1;
    for (const issue of result.issues) out.issues.push({ ...issue, record: { table: 'diversions', index } });
    if (typeof cells !== 'string' && !cells.has('location')) {
      out.issues.push({ severity: 'info', rule: 'missing-value', message: `diversions list item ${rowNumber} (line ${line}) names no place before a colon or dash -> location NULL.`, line_start: line, record: { table: 'diversions', index } });
    }
  });
  return items.length;
}
