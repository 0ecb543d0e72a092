/**
 * What a line of an ammunition profile is: a section heading, page chrome, a table caption, a footnote
 * entry, a `Source:` line, or prose. Decoders of plain text only guess block kinds, so the profile
 * reader looks at each line itself and uses the decoder's kind as a hint.
 */
import type { Language } from '../../language/types.ts';
import { mentionsAccess } from '../../transforms/citations.ts';
import { guessLanguage } from '../../transforms/languages.ts';
import { matchHeading } from '../../transforms/topics.ts';
import type { Block, DocumentModel, FootnoteBlock, Span, TableBlock } from '../../model/document.ts';
import { anyProfileWord } from './words.ts';
import { BRACKETED_REF } from '../../transforms/footnote-refs.ts';

export type ProfileTopic =
  | 'security_situation'
  | 'international_support'
  | 'accidental_explosions'
  | 'diversion'
  | 'disposal'
  | 'needs';

/** One thing the reader looks at: a line of text, a whole table, or a footnote a decoder was sure of. */
export type Unit =
  | { kind: 'text'; text: string; span: Span; blockIndex: number; hint: Block['kind']; level: number | undefined }
  | { kind: 'table'; text: string; span: Span; blockIndex: number; table: TableBlock }
  | { kind: 'footnote'; text: string; span: Span; blockIndex: number; footnote: FootnoteBlock };

export type TextUnit = Extract<Unit, { kind: 'text' }>;

/**
 * Blocks -> units. A text block whose lines map one-to-one onto its span is split into lines: the text
 * decoder joins lines it believes continue a sentence, which also glues a table's rows onto its header
 * (`Year Location Description` + `2021 Ulaanbaatar`). The reader re-joins prose lines of one block.
 */
export function unitsOf(doc: DocumentModel): Unit[] {
  const units: Unit[] = [];
  doc.blocks.forEach((block, blockIndex) => {
    if (block.kind === 'table') {
      units.push({ kind: 'table', text: block.text, span: block.span, blockIndex, table: block });
      return;
    }
    if (block.kind === 'footnote') {
      units.push({ kind: 'footnote', text: block.text, span: block.span, blockIndex, footnote: block });
      return;
    }
    const level = block.kind === 'heading' ? block.level : undefined;
    const pieces = block.text.split('\n');
    if (pieces.length > 1 && pieces.length === block.span.lineEnd - block.span.lineStart + 1) {
      pieces.forEach((piece, k) => {
        if (piece.trim() === '') return;
        const line = block.span.lineStart + k;
        const span: Span = { ...block.span, lineStart: line, lineEnd: line };
        units.push({ kind: 'text', text: piece, span, blockIndex, hint: block.kind, level });
      });
      return;
    }
    units.push({ kind: 'text', text: block.text, span: block.span, blockIndex, hint: block.kind, level });
  });
  return units;
}

// ---------------------------------------------------------------------------------------------------
// Footnote markers in prose: `[1]` (old pages, and what HTML decoders write for `<sup>`), superscript
// digits, and bare digits glued after a sentence's end (`stable.1`, `(VRAEM).1`, `in 2022.2`).

export interface FootnoteMarker {
  ref: string;
  index: number;
  length: number;
}

const SUPERSCRIPT_DIGITS: Record<string, string> = {
  '⁰': '0', '¹': '1', '²': '2', '³': '3', '⁴': '4', '⁵': '5', '⁶': '6', '⁷': '7', '⁸': '8', '⁹': '9',
};

/**
 * A bare-digit marker needs a sentence end right before it: a word, bracket or quote and then `.`/`!`/`?`
 * (`groups.3`), or a year and a period (`between 2018 and 2022.2`: the year is 2022, the marker 2). It
 * must be followed by a space or the line's end, so decimals (`3.5 tonnes`, `7.62 mm`) are not markers.
 */
const GLUED_MARKER = /(?<=(?:[\p{L})”"’\]]|(?<!\d)(?:19|20)\d{2})[.!?])(\d{1,3})(?=\s|$)/gu;
const BRACKET_MARKER = new RegExp(String.raw`\[(${BRACKETED_REF})\]`, 'gu');
const SUPERSCRIPT_MARKER = /[⁰¹²³⁴⁵⁶⁷⁸⁹]+/g;
/**
 * A lettered marker `(a)` right after a word or a sentence's end (one space allowed), before a space, a
 * punctuation mark or the line's end; never at a line's start, where `(a)` opens a footnote entry.
 */
const LETTER_MARKER = /(?<=[\p{L}.,;:!?)”"’\]]\s?)\(([a-z])\)(?=[\s.,;:]|$)/gu;
/**
 * A numbered marker in parentheses `(1)`, only right after a sentence's end (`du Pool.(1)`, `obsolètes. (2)`):
 * after a word it may be an enumeration (`requirements (1) marking`) or a count (`rifles (12)`).
 */
const PAREN_NUMBER_MARKER = /(?<=[.!?”"’]\s?)\((\d{1,2})\)(?=\s|$)/gu;
/**
 * A symbol marker (`*`, `†`, `‡`, `§`, doubled as `**` or `††` for the second note) glued to a word, a
 * number or a sentence's end (`ammunition.*`, `relocation.†`, a cell's `3*` or `47†`), before a space,
 * punctuation, a cell's pipe or the line's end. `*` also opens Markdown emphasis (`**Total**`, `*2019*`):
 * a `*` after an opening `*` in the same text closes the emphasis and is no marker.
 */
const SYMBOL_MARKER = /(?<=[\p{L}\p{N}.!?)”"’\]])(\*{1,3}|†{1,3}|‡{1,2}|§{1,2})(?=[\s.,;:|]|$)/gu;
/** The characters SYMBOL_MARKER's every match starts with. */
const SYMBOL_MARKS = /[*†‡§]/u;
const EMPHASIS_OPENED = /(?:^|[\s(|[])[*_]{1,2}(?=[^\s*])/u;
/**
 * A UN-style lettered marker `a/` right after a sentence's end or punctuation (`depots.a/`, `report,b/`),
 * before a space or the line's end; never after a letter (`Owner/`, `and/or`).
 */
const SLASH_LETTER_MARKER = /(?<=[.!?;:,)”"’\]\d]\s?)([a-z])\/(?=\s|$)/gu;

export function findMarkers(text: string): FootnoteMarker[] {
  const markers: FootnoteMarker[] = [];
  for (const m of text.matchAll(BRACKET_MARKER)) markers.push({ ref: m[1] ?? '', index: m.index ?? 0, length: m[0].length });
  for (const m of text.matchAll(SUPERSCRIPT_MARKER)) {
    const ref = [...m[0]].map((c) => SUPERSCRIPT_DIGITS[c] ?? '').join('');
    markers.push({ ref, index: m.index ?? 0, length: m[0].length });
  }
  for (const m of text.matchAll(GLUED_MARKER)) markers.push({ ref: m[1] ?? '', index: m.index ?? 0, length: m[0].length });
  // The expressions below open with a look-behind, which V8 tries at every place of the text before anything else:
  // each is run only on a text holding a character every match of it holds (most of the markers' time in a profile
  // of 600 readings, for texts that mostly hold none).
  const bracket = text.includes('(');
  if (bracket) for (const m of text.matchAll(LETTER_MARKER)) markers.push({ ref: m[1] ?? '', index: m.index ?? 0, length: m[0].length });
  if (bracket) for (const m of text.matchAll(PAREN_NUMBER_MARKER)) markers.push({ ref: m[1] ?? '', index: m.index ?? 0, length: m[0].length });
  if (SYMBOL_MARKS.test(text)) {
    for (const m of text.matchAll(SYMBOL_MARKER)) {
      const at = m.index ?? 0;
      if (m[1]?.startsWith('*') && EMPHASIS_OPENED.test(text.slice(0, at))) continue;
      markers.push({ ref: m[1] ?? '', index: at, length: m[0].length });
    }
  }
  if (text.includes('/')) for (const m of text.matchAll(SLASH_LETTER_MARKER)) markers.push({ ref: m[1] ?? '', index: m.index ?? 0, length: m[0].length });
  return markers.sort((a, b) => a.index - b.index);
}

/** The text with its footnote markers removed, so no marker is ever read as (part of) a number. */
export function stripMarkers(text: string): string {
  let out = '';
  let at = 0;
  for (const marker of findMarkers(text)) {
    out += text.slice(at, marker.index);
    at = marker.index + marker.length;
  }
  return out + text.slice(at);
}

// ---------------------------------------------------------------------------------------------------
// Headings, chrome, captions, Source lines.

/** The section headings of a profile, as pages word them (a recognised heading is short: see `topicOfHeading`). */
const TOPIC_HEADINGS: ReadonlyArray<[ProfileTopic, RegExp]> = [
  [
    'security_situation',
    /^(?:(?:the\s+)?(?:(?:national\s+)?security\s+(?:situation|context|environment)|(?:country\s+)?context|background)|(?:situation|contexte)\s+(?:s[ée]curitaire|de\s+s[ée]curit[ée])|(?:situaci[óo]n|contexto)\s+de\s+(?:la\s+)?seguridad)$/iu,
  ],
  [
    'international_support',
    /^(?:(?:international|external|donor)\s+(?:support|assistance|cooperation|co-operation)(?:\s+and\s+\p{L}+)?|(?:soutien|appui|assistance|coop[ée]ration)\s+internationale?|(?:apoyo|asistencia|cooperaci[óo]n)\s+internacional)$/iu,
  ],
  [
    'accidental_explosions',
    /^(?:(?:(?:accidental|unplanned|unintended)\s+explosions?|explosions?)(?:\s+at\s+(?:munitions?|ammunition)\s+(?:storage\s+)?(?:sites?|depots?))?|explosions?\s+(?:accidentelles?|non\s+planifi[ée]es?|impr[ée]vues?)(?:\s+(?:sur|dans)\s+(?:des|les)\s+(?:sites|d[ée]p[ôo]ts)\s+de\s+munitions)?|explosi(?:[óo]n|ones)\s+(?:accidental(?:es)?|no\s+planificadas?|imprevistas?)(?:\s+en\s+(?:sitios|dep[óo]sitos|polvorines)\s+de\s+municiones)?)$/iu,
  ],
  [
    'diversion',
    /^(?:(?:(?:cases|incidents)\s+of\s+)?diversions?(?:\s+(?:cases|incidents))?(?:\s+of\s+(?:arms|ammunition|weapons)[\p{L}\s,]*)?|(?:cas\s+de\s+)?d[ée]tournements?(?:\s+d['’]armes[\p{L}\s,'’]*)?|(?:casos\s+de\s+)?desv[íi]os?(?:\s+de\s+armas[\p{L}\s,]*)?)$/iu,
  ],
  [
    'disposal',
    /^(?:(?:(?:ammunition|stockpile|surplus)\s+)?disposal(?:\s+of\s+(?:surplus\s+)?ammunition)?|(?:stockpile\s+)?destruction(?:\s+of\s+(?:surplus\s+)?ammunition)?|demilitari[sz]ation|[ée]limination(?:\s+des\s+munitions)?|destruction\s+des\s+munitions|eliminaci[óo]n(?:\s+de\s+(?:las\s+)?municiones)?|destrucci[óo]n(?:\s+de\s+(?:las\s+)?municiones)?)$/iu,
  ],
  [
    'needs',
    /^(?:(?:assistance\s+)?needs(?:\s+and\s+(?:requirements|priorities))?|requirements|besoins(?:\s+d['’]assistance)?|necesidades(?:\s+de\s+asistencia)?)$/iu,
  ],
];

/** Headings of a page's notes list (`Notes`, `References`): no section of their own; what follows are footnote entries. */
const NOTES_HEADING = /^(?:notes|footnotes|endnotes|references|sources|bibliography|notas|r[ée]f[ée]rences|referencias|fuentes)$/iu;

export function isNotesHeading(text: string): boolean {
  return NOTES_HEADING.test(headingCore(text));
}

/** A heading's text without numbering (`3.`, `3.1`), markers and a closing colon. */
function headingCore(text: string): string {
  return stripMarkers(text)
    .trim()
    .replace(/^\d+(?:\.\d+)*\.?\s+/, '')
    .replace(/\s*:$/, '')
    .replace(/\s+/g, ' ');
}

export function topicOfHeading(text: string): ProfileTopic | null {
  const core = headingCore(text);
  if (core.length === 0 || core.length > 80) return null;
  for (const [topic, pattern] of TOPIC_HEADINGS) if (pattern.test(core)) return topic;
  // The profile headings of every lexicon (`sectionHeadings`: `Explosões acidentais`, `Necessidades`), word for word.
  const listed = matchHeading(core, { family: 'amap', keywords: false });
  return listed?.how === 'exact' ? (listed.topic as ProfileTopic) : null;
}

/**
 * Navigation and widgets of the web page, never content: a line that is wholly one of the lexicons'
 * `pageChrome` phrases (skip links, menu entries, the country map's label), or opens with `©`.
 */
const CHROME = new RegExp(`^(?:©.*|${anyProfileWord((words) => words.pageChrome)})$`, 'iu');

export function isChrome(text: string): boolean {
  return CHROME.test(text.trim().replace(/\s+/g, ' '));
}

/** A line that opens with a word pointing to another work (`See A-MAP Database.`, `Voir ...`, `Véase ...`). */
const CITATION_OPENER = new RegExp(`^(?:${anyProfileWord((words) => words.citationOpeners)})(?=\\s|$)`, 'iu');

export function opensWithCitationOpener(text: string): boolean {
  return CITATION_OPENER.test(text.trim());
}

/**
 * Short, without a sentence's closing punctuation (of any script: `。`, `؟`): a heading or a title line, not
 * prose. A capital first, or in a script without capitals (Arabic, Chinese: \p{Lo}) any letter.
 */
export function isHeadingShaped(text: string, maxWords: number): boolean {
  const t = stripMarkers(text).trim();
  if (t.length === 0 || t.includes('\n')) return false;
  if (/[.;,!?。；，！？،؛؟]$/u.test(t)) return false;
  if (/^\d{4}\b/.test(t)) return false;
  // A capital, or a letter of a script without case (Arabic, Chinese), whose headings cannot be told by one.
  if (!/^[\p{Lu}\p{Lo}\d]/u.test(t)) return false;
  return t.split(/\s+/).length <= maxWords;
}

// ---------------------------------------------------------------------------------------------------
// Footnote entries written as lines: `[1] text`, `1 text`, `1text` (`1PoA Report ...`), `1. text`, `¹ text`.

export interface FootnoteLine {
  ref: string;
  /** The entry's text after its number. */
  body: string;
  /** True for `[1]` and superscripts: unmistakably a footnote. Bare numbers need more evidence. */
  bracketed: boolean;
  /** A symbol or `a/` entry (`* ...`, `† ...`, `a/ ...`): no number, so no position in a numbered list. */
  symbol?: boolean;
}

/** `[1] text`, `[ii] text`: an entry whose number is in brackets. */
const BRACKET_ENTRY = new RegExp(String.raw`^\[(${BRACKETED_REF})\]\s*(\S.*)$`, 'su');

export function readFootnoteLine(text: string): FootnoteLine | null {
  const t = text.trim();
  const bracket = BRACKET_ENTRY.exec(t);
  if (bracket) return { ref: bracket[1] ?? '', body: bracket[2] ?? '', bracketed: true };
  const superscript = /^([⁰¹²³⁴⁵⁶⁷⁸⁹]+)\s*(\S.*)$/su.exec(t);
  if (superscript) {
    const ref = [...(superscript[1] ?? '')].map((c) => SUPERSCRIPT_DIGITS[c] ?? '').join('');
    return { ref, body: superscript[2] ?? '', bracketed: true };
  }
  // `(a) Ngono, Paul. “...”`, `(1) Mabiala, Jean. « ... »`: a lettered or numbered entry in parentheses, only
  // when it reads as a citation (`(a) the police ...`, `(1) marking ...` are a list).
  const lettered = /^\(([a-z]|\d{1,2})\)\s+(\S.*)$/su.exec(t);
  if (lettered) return looksLikeCitation(lettered[2] ?? '') ? { ref: lettered[1] ?? '', body: lettered[2] ?? '', bracketed: true } : null;
  // `a/ Tesfaye, A. ...` (UN documents' lettered notes) and `† Daily Mirror ...`: unmistakable entries.
  // `* text` may also be a Markdown bullet: it is an entry only where a `*` marker waits for one (the caller).
  const unLetter = /^([a-z])\/\s+(\S.*)$/su.exec(t);
  if (unLetter) return { ref: unLetter[1] ?? '', body: unLetter[2] ?? '', bracketed: true, symbol: true };
  const symbol = /^(\*{1,3}|†{1,3}|‡{1,2}|§{1,2})\s*(?=[^\s*])(.*)$/su.exec(t);
  if (symbol) return { ref: symbol[1] ?? '', body: symbol[2] ?? '', bracketed: !(symbol[1] ?? '').startsWith('*'), symbol: true };
  // The entry's text starts with a capital or an opening quote: `12 soldiers were ...` is prose.
  const bare = /^(\d{1,3})(?:[.)]\s+|\s+|(?=[\p{Lu}“"‘«]))(?=[\p{Lu}“"‘«])(.*)$/su.exec(t);
  if (bare) return { ref: bare[1] ?? '', body: bare[2] ?? '', bracketed: false };
  return null;
}

/** Signs that a line is a bibliographic entry: a URL, a quoted title, `Accessed`, `See ...`, `Author, Given.`. */
export function looksLikeCitation(text: string): boolean {
  return (
    /\b(?:https?:\/\/|www\.)/i.test(text) ||
    /[“”"]/.test(text) ||
    mentionsAccess(text) ||
    opensWithCitationOpener(text) ||
    /^\p{Lu}[\p{L}'’-]+(?:\s\p{Lu}[\p{L}'’-]+)*,\s\p{Lu}[\p{L}.-]*[.,]\s/u.test(text.trim())
  );
}

/**
 * The language of a page's prose, from its script and function words (the one language guess of
 * transforms/languages.ts); null when the prose is short (under 20 words) or no language stands out.
 */
export function proseLanguage(text: string): Language | null {
  return guessLanguage(text, { minWords: 20 });
}
