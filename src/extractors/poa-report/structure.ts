import { alternation } from '../../language/matchers.ts';
import { allLexicons } from '../../language/registry.ts';
import { BLOCK_PREFIX, matchHeading, matchQuestionTopic, QUESTION_TAG, sectionOrdinal, type TopicMatch } from '../../transforms/topics.ts';
import { BULLET_LINE, type DocLine } from '../poa-shared/lines.ts';
import { readCheckboxLine } from '../poa-shared/answers.ts';

/**
 * What a line of a national report is: a questionnaire question (`[PoA II.4] 1.1. Has your country
 * ...?`), a block heading (`SECTION 1. NATIONAL LEVEL`), a section heading (`1. National coordination
 * agency`, `2. Сбор и уничтожение оружия`, or a known heading without a number), or prose.
 */

export interface ReportQuestion {
  kind: 'question';
  /** `PoA II.4`, `ITI 8(a)`, or null. */
  tag: string | null;
  /** The question as written, tag excluded, number kept: `1.1. Has your country ...?`. */
  question: string;
  /** A one-word answer written on the question's own line (`...полиции? Да`), or null. */
  inlineAnswer?: string | null;
  match: TopicMatch | null;
}

export interface ReportHeading {
  kind: 'heading' | 'block';
  text: string;
  match: TopicMatch | null;
}

export type ReportLine = ReportQuestion | ReportHeading;

/** A question's number (`1.1.`, `4.`), with a one-letter label before it as forms write it (`Q1.`, `Q.4`, `P3.`). */
const QUESTION_NUMBER = /^\s*(?:(?:\d{1,2}\.){1,3}\d{0,2}\.?|\p{Lu}\.?\s?\d{1,2}(?:\.\d{1,2}){0,2}[.:)]?)\s+/u;
// Chinese numbers a heading `一、` with no space after; Arabic reports may number `١.` in Arabic-Indic digits, or
// with ordinal words (`أولاً: `, the lexicons' sectionOrdinals).
const HEADING_NUMBER = new RegExp(
  `^\\s*(?:(?:(?:\\d{1,2}\\.)+\\d{0,2}|\\d{1,2}\\)|[IVX]{1,5}\\.|[A-H][.)]|[\\u0660-\\u0669\\u06F0-\\u06F9]{1,2}[.)-])\\s+|[一二三四五六七八九十]{1,3}[、．]\\s*|${sectionOrdinal()})(\\S.*)$`,
  'u',
);
/** A heading numbered with an ordinal word (`ثانياً: ...`). */
const ORDINAL_HEADING = new RegExp(`^\\s*${sectionOrdinal()}\\S`, 'u');

/** A sentence's last mark, of any script: `.`, `;`, `!`, the Chinese full stop `。`. */
const SENTENCE_END = /[.;!。；！]\s*$/u;

/** A question: it ends with its mark, opens with Spanish `¿`, or its mark is followed by an instruction (`...? If yes, please give figures.`). */
function isQuestionWording(text: string): boolean {
  return /[?？]\s*$/u.test(text) || /^¿/u.test(text) || /[?？]\s+[\p{Lu}\p{Lo}]/u.test(text);
}

export function readReportLine(raw: string): ReportLine | null {
  const text = raw.trim();
  if (text === '' || BULLET_LINE.test(text)) return null;

  const tag = QUESTION_TAG.exec(text);
  const whole = tag ? text.slice(tag[0].length).trim() : text;
  // A form filled in on the question's line: `6. Имеются ли стандарты ...? Да`.
  const inline = INLINE_ANSWER.exec(whole);
  const untagged = inline ? (inline[1] ?? whole) : whole;
  if (untagged !== '' && (tag || (QUESTION_NUMBER.test(untagged) && isQuestionWording(untagged)))) {
    return { kind: 'question', tag: tag?.[1]?.trim() ?? null, question: untagged, inlineAnswer: inline?.[2] ?? null, match: matchQuestionTopic(untagged) };
  }

  // `Chapter 2 of the Act requires ...`, `الفصل الأول من القانون يحظر ...`: a sentence that opens with a section's
  // name, ended as sentences are, is prose, not the section's heading.
  if (BLOCK_PREFIX.test(text) && !isQuestionWording(text) && text.length <= 120 && !SENTENCE_END.test(text.replace(BLOCK_PREFIX, ''))) {
    return { kind: 'block', text, match: matchHeading(text, { keywords: false }) };
  }

  const numbered = HEADING_NUMBER.exec(text);
  if (numbered) {
    const words = numbered[1] ?? '';
    // Arabic and Chinese have no capitals: a heading starts with any letter of an uncased script (\p{Lo}).
    const headingLike = words.length <= 100 && /^[\p{Lu}\p{Lo}]/u.test(words) && !/[.;,?!]$/u.test(words) && words.split(/\s+/u).length <= 12;
    if (headingLike) return { kind: 'heading', text, match: matchHeading(text) };
    return null;
  }

  // A known heading without a number (`STOCKPILE MANAGEMENT`, `Marquage`): only the vocabulary decides,
  // so that a short line of prose is never taken for a heading.
  if (text.length <= 100 && !/[.;,?!]$/u.test(text)) {
    const match = matchHeading(text.replace(/[\s:]+$/u, ''), { keywords: false });
    if (match) return { kind: 'heading', text, match };
  }
  return null;
}

/** The number of a heading numbered in Arabic digits (`2`, `2.1`, `3.1.2`), or null. */
function headingNumber(text: string): string | null {
  return /^\s*((?:\d{1,2}\.)*\d{1,2})\.?\s/u.exec(text)?.[1] ?? null;
}

/**
 * The outline level a heading's numbering style stands for, as UN documents nest them: Roman numerals
 * (`I.`, `II.`) or ordinal words (`أولاً:`) above capital letters (`A.`, `B)`) above Arabic numbers (`1.`,
 * `2.1`). Null for a heading without a number.
 */
function outlineLevel(text: string): number | null {
  if (/^\s*[IVX]{1,5}\.\s/u.test(text) || ORDINAL_HEADING.test(text)) return 0;
  if (/^\s*[A-H][.)]\s/u.test(text)) return 1;
  return headingNumber(text) === null ? null : 2;
}

/**
 * `2.1 Marking at manufacture` is a sub-heading of `2. Marking and record-keeping`, and so are `A. Commission
 * nationale` of `I. COORDINATION NATIONALE` and `1. Police` of `A. Agencies`: a deeper numbering style, or
 * the parent's number followed by more.
 */
export function isSubHeading(parent: string, child: string): boolean {
  const a = headingNumber(parent);
  const b = headingNumber(child);
  if (a !== null && b !== null) return b.startsWith(`${a}.`);
  const parentLevel = outlineLevel(parent);
  const childLevel = outlineLevel(child);
  return parentLevel !== null && childLevel !== null && childLevel > parentLevel;
}

/** One-word answers of a questionnaire, every language's (`yes`, `sans objet`, `да`): never a heading. */
const SHORT_ANSWER_WORDS = alternation(allLexicons().flatMap((lexicon) => lexicon.questionnaireAnswers));
const SHORT_ANSWER = new RegExp(`^(?:${SHORT_ANSWER_WORDS})$`, 'iu');
/** A question mark followed by nothing but a one-word answer. */
const INLINE_ANSWER = new RegExp(`^(.*\\?)\\s+(${SHORT_ANSWER_WORDS})\\.?\\s*$`, 'iu');

/**
 * A heading outside the vocabulary in a report whose headings have no numbers: a short title-like line
 * (capital first, at most six words, no digits, no final punctuation) between the end of a sentence and
 * the text it heads. `isTaken(j)` tells lines already read as headings, questions or furniture.
 */
export function readUnnumberedHeading(
  lines: readonly DocLine[],
  i: number,
  isTaken: (j: number) => boolean,
  /** Lines that end a block as a sentence does (the header's title or date line above a first `Overview`). */
  endsBlock: (j: number) => boolean = () => false,
): ReportHeading | null {
  const text = lines[i]?.text.trim() ?? '';
  if (text === '' || BULLET_LINE.test(text) || SHORT_ANSWER.test(text) || readCheckboxLine(text)) return null;
  // A heading may be a question (`What has changed since the last report?`, `¿Qué ha cambiado?`): its mark
  // ends it, and nowhere else may it hold a sentence's punctuation or a number.
  const words = text.replace(/^¿/u, '').replace(/[?？]$/u, '');
  if (!/^\p{Lu}/u.test(words) || /[\d.,;:?!？¿]/u.test(words) || text.split(/\s+/u).length > (words === text ? 6 : 10)) return null;
  let before = i - 1;
  while (before >= 0 && (lines[before]?.text.trim() ?? '') === '') before--;
  let after = i + 1;
  while (after < lines.length && (lines[after]?.text.trim() ?? '') === '') after++;
  const previous = lines[before]?.text.trim() ?? '';
  const next = lines[after]?.text.trim() ?? '';
  if (before < 0 || after >= lines.length || isTaken(after)) return null;
  // The line above ends a sentence (a wrapped sentence would end mid-phrase), the line below starts one.
  if ((!/[.!:»"”)]$/u.test(previous) && !endsBlock(before)) || !/^[\p{Lu}\d–—-]/u.test(next)) return null;
  // A question heading heads prose (a sentence), not another question.
  if (words !== text && /[?？]\s*$/u.test(next)) return null;
  // The layout already makes the line a heading: its topic may come from its keywords (`Recovery and destruction
  // of illicit weapons`), as a numbered heading's does.
  return { kind: 'heading', text, match: matchHeading(text.replace(/[?？]$/u, '')) };
}
