import { splitLanguageList, type LanguageToken } from '../../transforms/languages.ts';

/**
 * The two lists at the top of a PoA page: the national reports submitted (`2010 : English Русский`)
 * and the statements made at meetings (`2005 - 2nd BMS :`, `2008 SC Open Debate (page#13-14) :`).
 */

export interface SubmissionLine {
  year: number;
  /** Every word after the colon, with its language code (null when the word is not a language name). */
  languages: LanguageToken[];
}

const YEAR_COLON = /^\s*((?:19|20)\d{2})\s*:\s*(\S.*)$/u;

/** A report-submission line: a year, a colon, and words of which at least one is a language name. */
export function readSubmissionLine(text: string): SubmissionLine | null {
  const match = YEAR_COLON.exec(text);
  if (!match) return null;
  const languages = splitLanguageList(match[2] ?? '');
  if (!languages.some((token) => token.code !== null)) return null;
  return { year: Number(match[1]), languages };
}

export interface MeetingLine {
  year: number;
  /** The meeting's name without a page reference: `SC Open Debate`, `2nd BMS`, `Prep Com for 2006 Review Conference`. */
  meeting: string;
  /** What follows the colon, or null. */
  text: string | null;
}

const MEETING = /^\s*((?:19|20)\d{2})\s*(?:[-–—]\s*)?([^:]*\p{L}[^:]*?)\s*:+\s*(.*)$/u;
const MEETING_WORDS =
  /\b(?:BMS|MGE|MSE|OEMGE|RevCon|PrepCom|Prep\s*Com|conference|meeting|debate|session|committee|assembly|conférence|réunion|débat|conferencia|reunión|debate|sesión)\b|конференц|совещани|заседани|сесси|прени/iu;
/** `(page#13-14)`, `(p. 4)`, `(pp. 13-14)`: where the statement sits in a record, not part of the meeting's name. */
const PAGE_REFERENCE = /\s*\((?:page|pages|p\.|pp\.)\s*#?\s*[\d\s,–-]+\)\s*/giu;

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
  if (!MEETING_WORDS.test(rawName) && rest !== '') return null;
  const meeting = rawName.replace(PAGE_REFERENCE, ' ').replace(/\s+/gu, ' ').trim();
  return { year: Number(match[1]), meeting, text: rest === '' ? null : rest };
}
