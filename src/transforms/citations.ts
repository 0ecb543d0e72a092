/**
 * Citations as profile pages write them: footnote entries (`Author. “Title.” Publisher, date. URL.`) and
 * `Source:` lines under tables that cite one or several works in a row. URLs are returned without the
 * sentence-final punctuation that follows them in the text; an access date only where the citation
 * says "Accessed ..." (a publication date is not an access date).
 */
import { alternation, bounded } from '../language/matchers.ts';
import { allLexicons } from '../language/registry.ts';
import { UNREAD_LATIN_LANGUAGES } from '../language/unread-languages.ts';
import { parseDate } from './dates.ts';

export interface CitedWork {
  /** The work as written (verbatim slice of the line, label `Source:` and separators excluded). */
  text: string;
  /** Offset of `text` in the line it was cut from. */
  index: number;
  url: string | null;
  accessed_on: string | null;
}

const URL_PATTERN = /\b(?:https?:\/\/|www\.)[^\s<>"“”‘’]+/giu;
/**
 * A `Source:` line's label, of every lexicon (`sourceLines.sourceLabels`: `Source`, `Fuente`, `Источник`, `المصدر`),
 * before an ASCII or a full-width colon: an Arabic or a Chinese profile's table source is one too.
 */
const SOURCE_LABEL = new RegExp(`^\\s*(?:${allLexicons().flatMap((lexicon) => lexicon.sourceLines.sourceLabels).join('|')})\\s*[:：]\\s*`, 'iu');

/** Drops punctuation that ends the sentence, not the URL (`.../view-all.aspx.` -> `.../view-all.aspx`). */
function trimUrl(raw: string): string {
  let url = raw;
  for (;;) {
    const last = url.at(-1);
    if (last === undefined) return url;
    if ('.,;:!?'.includes(last)) {
      url = url.slice(0, -1);
      continue;
    }
    // A closing bracket belongs to the URL only when the URL opened one (`.../Foo_(bar)`).
    if (last === ')' && (url.match(/\(/g)?.length ?? 0) < (url.match(/\)/g)?.length ?? 0)) {
      url = url.slice(0, -1);
      continue;
    }
    if (last === ']' && !url.includes('[')) {
      url = url.slice(0, -1);
      continue;
    }
    return url;
  }
}

export interface FoundUrl {
  url: string;
  index: number;
}

/** Every URL in the text, in order, with its offset; sentence-final punctuation excluded. */
export function findUrls(text: string): FoundUrl[] {
  const found: FoundUrl[] = [];
  for (const match of text.matchAll(URL_PATTERN)) {
    const url = trimUrl(match[0]);
    if (url.length > 'https://'.length || url.startsWith('www.')) found.push({ url, index: match.index ?? 0 });
  }
  return found;
}

let accessedWords: RegExp | null = null;

/** The words with which a citation gives its access date, of every lexicon (`accessedWords`), each a whole word. */
function accessedWordsPattern(): RegExp {
  accessedWords ??= new RegExp(
    allLexicons()
      .filter((lexicon) => lexicon.accessedWords.length > 0)
      .map((lexicon) => bounded(alternation(lexicon.accessedWords), lexicon))
      .join('|') || '(?!)',
    'iu',
  );
  return accessedWords;
}

/** True when the text gives an access date's words (`Accessed`, `Consulté le`): a sign of a cited work. */
export function mentionsAccess(text: string): boolean {
  return accessedWordsPattern().test(text);
}

/**
 * The date after the access words: an ISO date (`2024-03-05`, which the other form would cut at its year), a numeric one
 * (`03.02.2025`, whose dots the other form stops at), or words and digits up to a year (`September 6, 2022`, `9 février
 * 2023`, `3 февраля 2025 г.`) and the month and day a Chinese date writes after it (`2025年2月3日`), never past a full
 * stop, a semicolon or a bracket.
 */
const ACCESS_DATE = /^\s*[:：]?\s*(\d{4}-\d{1,2}-\d{1,2}(?!\d)|\d{1,2}[./]\d{1,2}[./]\d{4}|[^.;()[\]]*?\d{4}(?:年\d{1,2}月\d{1,2}日)?)/u;

/** The access date a citation gives (`Accessed September 6, 2022`, `Consulté le 9 février 2023`, `(accessed 2024-03-05)`), ISO; null when none or unreadable. */
export function findAccessedDate(text: string): string | null {
  const words = accessedWordsPattern().exec(text);
  if (!words) return null;
  const date = ACCESS_DATE.exec(text.slice(words.index + words[0].length));
  return date?.[1] ? (parseDate(date[1])?.iso ?? null) : null;
}

/**
 * The length of the access date that opens `text` (its words, the date, the punctuation after it), in brackets
 * too (`(accessed 2024-03-05);`); 0 when it opens with none.
 */
function accessDateAtStart(text: string): number {
  const open = /^\s*[([]?\s*/u.exec(text)?.[0] ?? '';
  const lead = open.length;
  const words = accessedWordsPattern().exec(text.slice(lead));
  if (words?.index !== 0) return 0;
  const date = ACCESS_DATE.exec(text.slice(lead + words[0].length));
  if (!date) return 0;
  const bracketed = /[([]/u.test(open);
  const close = (bracketed ? /^\s*[)\]]?[.,;]?/u : /^[.,;]?/u).exec(text.slice(lead + words[0].length + date[0].length))?.[0] ?? '';
  return lead + words[0].length + date[0].length + close.length;
}

/** True for a `Source:` / `Sources:` line (the label may have a space before the colon). */
export function isSourceLine(text: string): boolean {
  return SOURCE_LABEL.test(text);
}

/** Reads one cited work: its URL (the first one) and its access date. */
export function readCitation(text: string): { url: string | null; accessed_on: string | null } {
  return { url: findUrls(text)[0]?.url ?? null, accessed_on: findAccessedDate(text) };
}

/** A new work starts here: `Surname, Given` or a quoted title. */
const WORK_START = /^(?:\p{Lu}[\p{L}'’-]*,\s+\p{Lu}|[“"‘«])/u;

/** The small words inside an organisation's name in every language the layer knows, read ones and unread ones. */
const NAME_LINKS = [
  ...allLexicons().flatMap((lexicon) => lexicon.nameLinks),
  ...UNREAD_LATIN_LANGUAGES.flatMap((language) => language.nameLinks ?? []),
].join('|');

/**
 * A work whose author is an organisation (`Basra Provincial Council, Annual Security Report 2018`): capitalised words
 * (small linking words between them), a comma, a capital. Taken for a new work only after a part that ends as a work
 * ends, with its year (`Weapons of the Islamic State, 2017; Basra Provincial Council, ...`): inside a title a semicolon
 * is not followed by a dated close before it. The organisation's work may be named by its year alone, author-date
 * (`informe anual 2022 ; Observatorio Austral de Seguridad, 2023.`).
 */
const ORGANISATION_WORK_START = new RegExp(
  `^\\p{Lu}[\\p{L}'’.-]*(?:\\s+(?:(?:${NAME_LINKS})\\s+)?\\p{Lu}[\\p{L}'’.-]*){0,7},\\s+(?:(?:[«“"‘]\\s*)?\\p{Lu}|(?:1[89]|20)\\d{2}(?!\\d))`,
  'u',
);
const ENDS_WITH_YEAR = /\b(?:1[89]|20)\d{2}[a-z]?[.)]?$/u;

/**
 * A new work that starts right after the full stop closing the one before: `Surname, Given. “Title`
 * (an author, then a quoted title). The title is required so that a place written `Lima, Peru.` inside
 * a work is not taken for an author.
 */
const AUTHOR_THEN_TITLE = /^\p{Lu}[\p{L}'’-]*(?:\s\p{Lu}[\p{L}'’-]*)*,\s+\p{Lu}[\p{L}.-]*(?:\s+(?:and\s+|&\s+)?\p{Lu}[\p{L}.-]*)*\.\s+[“"‘«]/u;

/** Splits a run of works where a work without a URL is followed by another (`Database. Eze, Ngozi. “...”`). */
function splitBeforeAuthors(text: string, index: number): Array<{ text: string; index: number }> {
  const parts: Array<{ text: string; index: number }> = [];
  let start = 0;
  for (const match of text.matchAll(/\.\s+/g)) {
    const at = (match.index ?? 0) + 1;
    const next = (match.index ?? 0) + match[0].length;
    if (at - start >= 15 && AUTHOR_THEN_TITLE.test(text.slice(next))) {
      parts.push({ text: text.slice(start, at), index: index + start });
      start = next;
    }
  }
  parts.push({ text: text.slice(start), index: index + start });
  return parts;
}

function splitOnSemicolons(text: string, index: number): Array<{ text: string; index: number }> {
  const parts: Array<{ text: string; index: number }> = [];
  let start = 0;
  for (const match of text.matchAll(/;\s+/g)) {
    const at = match.index ?? 0;
    const next = text.slice(at + match[0].length);
    // A semicolon inside a title is followed by lower case; one between works by a new author or title.
    const before = text.slice(start, at).trimEnd();
    if (at - start >= 15 && (WORK_START.test(next) || (ENDS_WITH_YEAR.test(before) && ORGANISATION_WORK_START.test(next)))) {
      parts.push({ text: text.slice(start, at), index: index + start });
      start = at + match[0].length;
    }
  }
  parts.push({ text: text.slice(start), index: index + start });
  return parts;
}

/**
 * Splits one footnote into the works it cites: Chicago-style notes separate works with `; ` before a new
 * author or a quoted title (`... /craft-guns; Sharma, Rita. “Policing ...”`). A semicolon inside a work
 * (followed by lower case) does not split it. One work when there is no such separator.
 *
 * @example splitFootnoteWorks('“A.” X, 2020. https://a.example/1; Roe, Rick. “B.” Y, 2021.').map((w) => w.url)
 *   // ['https://a.example/1', null]
 */
export function splitFootnoteWorks(note: string): CitedWork[] {
  const works: CitedWork[] = [];
  for (const part of splitOnSemicolons(note, 0)) {
    const lead = part.text.length - part.text.trimStart().length;
    const text = part.text.trim();
    if (text === '') continue;
    works.push({ text, index: part.index + lead, ...readCitation(text) });
  }
  return works;
}

/**
 * Splits a `Source:` line into the works it cites. A work ends after its URL; works without URLs are
 * separated by `; ` before a new author or title. Works that cannot be told apart stay one work (a
 * citation too long is better than a work split in the middle).
 *
 * @example splitCitedWorks('Source: Doe, Jane. “A.” X, 2020. https://a.example/1. Roe, Rick. “B.” Y, 2021. https://b.example/2.')
 *   // two works, urls https://a.example/1 and https://b.example/2
 */
export function splitCitedWorks(line: string): CitedWork[] {
  const label = SOURCE_LABEL.exec(line);
  const bodyStart = label ? label[0].length : 0;
  const body = line.slice(bodyStart);

  const chunks: Array<{ text: string; index: number }> = [];
  let start = 0;
  for (const { url, index } of findUrls(body)) {
    let end = index + url.length;
    // The punctuation closing the work belongs to it.
    while (end < body.length && /[.,;]/.test(body[end] ?? '')) end++;
    // So does the access date after its URL (`https://a.example/1. Accessed 3 March 2024.`, `تاريخ الدخول: 3 مارس 2024.`).
    const access = accessDateAtStart(body.slice(end));
    if (access > 0) end += access;
    if (body.slice(end).trim() === '') break;
    chunks.push({ text: body.slice(start, end), index: start });
    start = end;
  }
  chunks.push({ text: body.slice(start), index: start });

  const works: CitedWork[] = [];
  for (const chunk of chunks.flatMap((c) => splitBeforeAuthors(c.text, c.index))) {
    for (const part of splitOnSemicolons(chunk.text, chunk.index)) {
      const lead = part.text.length - part.text.trimStart().length;
      // The `;` or `,` between two works belongs to neither.
      const text = part.text.trim().replace(/\s*[;,]$/, '');
      if (text === '' || !/\p{L}/u.test(text)) continue;
      works.push({ text, index: bodyStart + part.index + lead, ...readCitation(text) });
    }
  }
  return works;
}
