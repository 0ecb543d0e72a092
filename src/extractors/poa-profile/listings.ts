import { alternation, sourceLinePatterns } from '../../language/matchers.ts';
import { allLexicons } from '../../language/registry.ts';
import { splitLanguageList, type LanguageToken } from '../../transforms/languages.ts';

/**
 * The two lists at the top of a PoA page: the national reports submitted (`2010 : English Русский`)
 * and the statements made at meetings (`2005 - 2nd BMS :`, `2008 SC Open Debate (page#13-14) :`).
 */

export interface SubmissionLine {
  year: number;
  /** Every word after the colon, with its language code (null when the word is not a language name). */
  languages: LanguageToken[];
  /** The row's status cell when the list is a table with one (`Submitted`, `Not submitted`), else absent. */
  status?: { raw: string; submitted: boolean };
}

/** A status cell, the words the whole cell, a qualifier in brackets allowed after them (`Submitted (late)`). */
const STATUS = (() => {
  const statuses = allLexicons().map((lexicon) => lexicon.sourceLines.reportStatuses);
  const cell = (words: readonly string[]) => new RegExp(`^\\s*(?:${alternation(words)})\\s*(?:[(（][^()（）]*[)）])?\\s*$`, 'iu');
  return { submitted: cell(statuses.flatMap((s) => s.submitted)), notSubmitted: cell(statuses.flatMap((s) => s.notSubmitted)) };
})();

/** A cell holding a date only (`02/06/2014`, `2014-06-02`, `19.11.2018`): when the report came, no language. */
const DATE_CELL = /^\s*(?:\d{1,2}[./-]\d{1,2}[./-](?:19|20)\d{2}|(?:19|20)\d{2}[./-]\d{1,2}[./-]\d{1,2})\s*$/u;
/** A cell with nothing in it but a dash (`–`): no value. */
const EMPTY_CELL = /^\s*[-–—]*\s*$/u;

/**
 * The cells after the year of a row of a reports TABLE (`2014 | Submitted | English | 02/06/2014`): the status
 * cell read as a status, date cells and empty cells left out, the other cells' words as languages. Null when the
 * row has no status cell (the languages are read from the whole row as before).
 */
function readTableRow(rest: string): { languages: LanguageToken[]; status: { raw: string; submitted: boolean } } | null {
  const cells = rest.split('|');
  const statusCell = cells.find((cell) => STATUS.notSubmitted.test(cell) || STATUS.submitted.test(cell));
  if (statusCell === undefined) return null;
  const status = { raw: statusCell.trim(), submitted: !STATUS.notSubmitted.test(statusCell) };
  const languages = cells
    .filter((cell) => cell !== statusCell && !DATE_CELL.test(cell) && !EMPTY_CELL.test(cell))
    .flatMap((cell) => splitLanguageList(cell));
  return { languages, status };
}

/** `2010 : English Русский`, or a row of a Year | Languages table (`2014 | Français, English`). */
const YEAR_COLON = /^\s*\|?\s*((?:19|20)\d{2})\s*[:|]\s*([^\s|].*?)[\s|]*$/u;

/**
 * A year and languages with no colon: a row of a Year / Language(s) table laid out with spaces
 * (`2022        Français, English`), or a list item of links whose language stands in a tag of its own
 * (`<a>2020</a> <span class="lang">English</span>`, read `2020 English`).
 */
const YEAR_GAP = /^\s*((?:19|20)\d{2})\s+(\S.*?)\s*$/u;

/**
 * A report-submission line: a year, a colon (or a table's cell edge), and words of which at least one is a
 * language name. Without a colon nothing but the words says it is a list's row, so every word after the year
 * must be a language name (`2019   Regional workshop`, `2019 English speaking countries` are no report list).
 */
export function readSubmissionLine(text: string): SubmissionLine | null {
  const match = YEAR_COLON.exec(text);
  if (match) {
    const row = text.includes('|') ? readTableRow(match[2] ?? '') : null;
    // A row of a table with a status column: a report not submitted is a row of the list with no submission.
    if (row) return { year: Number(match[1]), ...row };
    const languages = splitLanguageList(match[2] ?? '');
    return languages.some((token) => token.code !== null) ? { year: Number(match[1]), languages } : null;
  }
  const row = YEAR_GAP.exec(text);
  if (!row) return null;
  const languages = splitLanguageList(row[2] ?? '');
  return languages.length > 0 && languages.every((token) => token.code !== null) ? { year: Number(row[1]), languages } : null;
}

/** `2010 (Español, English)`: a year and the languages of its report in brackets. */
const YEAR_BRACKETED = /((?:19|20)\d{2})\s*[(（]([^()（）]*)[)）]/gu;
/** What may stand between two such items: a comma or semicolon of any script, `and`-like words are not needed. */
const ITEM_GAP = /^[\s,;،，；、]*$/u;

/**
 * The reports listed on one line after a label (`National reports submitted: 2005 (Español), 2010 (Español, English),
 * 2018 (Español)`): one submission per year, with the languages in its brackets. The label must name a report
 * (a Source line's report words), and the whole rest of the line must be such items, each naming a language, so
 * that a sentence that happens to hold `2010 (English)` is not taken for a list.
 */
export function readInlineSubmissions(text: string): SubmissionLine[] | null {
  const colon = text.search(/[:：]/u);
  if (colon <= 0) return null;
  const label = text.slice(0, colon);
  if (/\d/u.test(label) || !sourceLinePatterns().reportWord.test(label)) return null;
  const rest = text.slice(colon + 1);
  const items: SubmissionLine[] = [];
  let from = 0;
  for (const match of rest.matchAll(YEAR_BRACKETED)) {
    if (!ITEM_GAP.test(rest.slice(from, match.index))) return null;
    const languages = splitLanguageList(match[2] ?? '');
    if (!languages.some((token) => token.code !== null)) return null;
    items.push({ year: Number(match[1]), languages });
    from = (match.index ?? 0) + match[0].length;
  }
  return items.length > 0 && ITEM_GAP.test(rest.slice(from)) ? items : null;
}

/**
 * A year in the list of reports with no language after it (`2009 :`): the page lists a report it gives
 * no version of. Returns the year, so the caller can say so instead of dropping the line.
 */
export function readBareYearLine(text: string): number | null {
  const match = /^\s*((?:19|20)\d{2})\s*:\s*$/u.exec(text);
  return match ? Number(match[1]) : null;
}

export interface MeetingLine {
  year: number;
  /** The meeting's name without a page reference: `SC Open Debate`, `2nd BMS`, `Prep Com for 2006 Review Conference`. */
  meeting: string;
  /** What follows the colon, or null. */
  text: string | null;
}

const MEETING = /^\s*((?:19|20)\d{2})\s*(?:[-–—]\s*)?([^:]*\p{L}[^:]*?)\s*:+\s*(.*)$/u;
/** The lexicons' meeting names, an ordinal before a series' acronym, and a page reference, over every language. */
interface MeetingPatterns {
  words: RegExp;
  ordinalName: RegExp;
  pageReference: RegExp;
}

let meetingPatterns: MeetingPatterns | null = null;

function meetingPatternsOf(): MeetingPatterns {
  if (meetingPatterns) return meetingPatterns;
  const names = allLexicons().map((lexicon) => lexicon.meetingNames);
  // An acronym may carry the meeting's number glued to it (`BMS5`, `RevCon3`).
  const acronyms = alternation(names.flatMap((n) => n.acronyms));
  // Word edges are Unicode letter look-arounds: `\b` knows only ASCII, so `\bСГУ\b` could never match. Stems match
  // inside a word: Russian endings, the Arabic article glued before its noun, Chinese unspaced.
  const stems = names.flatMap((n) => n.stems);
  const whole = `(?<![\\p{L}\\p{N}])(?:(?:${acronyms})\\d{0,2}|${alternation(names.flatMap((n) => n.words))})(?![\\p{L}\\p{N}])`;
  // The ordinal's digits may be followed by a point or a degree sign whatever the language (`5. BMS`, `5° RBE`), and
  // its ending by a point before it (`7.ª RBE`, as Portuguese abbreviates).
  const endings = [...new Set(names.flatMap((n) => n.ordinalEndings))].sort((a, b) => b.length - a.length);
  const pageWords = alternation(allLexicons().flatMap((lexicon) => lexicon.pageFurniture.page.concat(lexicon.pageFurniture.pages)));
  meetingPatterns = {
    words: new RegExp(stems.length === 0 ? whole : `${whole}|${alternation(stems)}`, 'iu'),
    ordinalName: new RegExp(`^\\d{1,2}(?:\\.?(?:${endings.join('|')})|°|\\.)\\s+\\p{Lu}{2,8}(?!\\p{L})`, 'u'),
    // `(page#13-14)`, `(p. 4)`, `(pp. 13-14)`: where the statement sits in a record, not part of the meeting's name.
    pageReference: new RegExp(`\\s*\\((?:${pageWords})\\s*#?\\s*[\\d\\s,–-]+\\)\\s*`, 'giu'),
  };
  return meetingPatterns;
}

/**
 * A meeting-statement line: a year, the meeting's name, a colon, and the statement's text if any.
 * The name must sound like a meeting, or the line must stop at the colon, so that prose starting with
 * a year (`2012 was a year of reform: ...`) is not taken for one.
 */
export function readMeetingLine(text: string): MeetingLine | null {
  const match = MEETING.exec(text);
  if (!match) return null;
  const rawName = (match[2] ?? '').trim();
  const rest = (match[3] ?? '').trim();
  if (rawName.length > 100) return null;
  const patterns = meetingPatternsOf();
  if (!patterns.words.test(rawName) && !patterns.ordinalName.test(rawName) && rest !== '') return null;
  const meeting = rawName.replace(patterns.pageReference, ' ').replace(/\s+/gu, ' ').trim();
  return { year: Number(match[1]), meeting, text: rest === '' ? null : rest };
}
