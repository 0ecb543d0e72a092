import { wordsOfEveryLanguage } from '../../language/matchers.ts';
import { matchHeading, matchQuestionTopic, matchTemplateQuestion, type TopicMatch } from '../../transforms/topics.ts';
import { type DocLine, isBulletLine, nextFilled } from '../poa-shared/lines.ts';

/**
 * Template fields of a PoA page: a question line (`National marking practices:`) and its answer on the
 * lines below, up to the next question, Source/Date line or section. The answer is often empty.
 */

export interface QuestionLine {
  /** The question as written, without its final colon(s). */
  question: string;
  match: TopicMatch | null;
  /** An answer written on the question's own line after the colon, if any. */
  inlineAnswer: string | null;
  hasColon: boolean;
  /** True when the words are a known template question, not merely a label ending with a colon. */
  known: boolean;
}

/**
 * An answer line that announces a list (`... must bear the following marks:`, `... comprennent :`,
 * `... incluyen lo siguiente:`): the colon introduces the state's own items, it does not ask anything.
 */
export const LIST_INTRO = new RegExp(wordsOfEveryLanguage((lexicon) => lexicon.listIntroducers), 'iu');

const FINAL_COLONS = /\s*[:：]+\s*$/u;

/** A label's words without its final colon(s): `Marking at the time of import::` -> `Marking at the time of import`. */
export function withoutFinalColons(text: string): string {
  return text.replace(FINAL_COLONS, '');
}

/** A line that reads as a label: short, no sentence inside, starting with a letter. */
function isLabelLike(text: string): boolean {
  return text.length <= 200 && /^\p{L}/u.test(text) && !/[.!?]\s+\p{Lu}/u.test(text) && text.split(/\s+/u).length <= 15;
}

/**
 * A field's label before its answer on one line: a few words opening with a capital (or a letter of a script
 * without case), no digit (`In 2017: ...` dates a sentence), no sentence inside.
 */
function isShortLabel(text: string, maxWords = 6): boolean {
  return /^(?:\p{Lu}|\p{Lo})/u.test(text) && !/\d/u.test(text) && !/[.!?;,。]/u.test(text) && text.split(/\s+/u).length <= maxWords;
}

/** The most words a template question written before its answer on one line has (`Measures to ensure the security of stockpiles: ...`). */
const FIELD_LABEL_WORDS = 12;

/**
 * A template field written as `label: answer` on one line whose label is a question of the template's shape, longer
 * than a short label: a label (no digit, no sentence inside, opening with a capital) naming a topic
 * (`Measures to ensure the security of stockpiles: Stockpiles ... are inspected twice a year.`). Only asked where a
 * question still waits for its answer's first line: there such a line is the next field, never the answer of the
 * question above it; below an answer's lines it may be an item of that answer (`Police: 200 weapons marked`).
 */
export function readFieldLine(lines: readonly DocLine[], i: number): QuestionLine | null {
  const text = (lines[i]?.text.trim() ?? '').replace(/\s*\|$/u, '');
  if (text === '' || isBulletLine(lines[i]) || FINAL_COLONS.test(text)) return null;
  const colon = text.search(/[:：]/u);
  if (colon <= 0) return null;
  const head = text.slice(0, colon).trim();
  const inlineAnswer = text.slice(colon).replace(/^[:：\s]+(?:\|\s*)?/u, '');
  if (inlineAnswer === '' || !isShortLabel(head, FIELD_LABEL_WORDS) || LIST_INTRO.test(head)) return null;
  const topic = matchQuestionTopic(head);
  return topic ? { question: head, match: topic, inlineAnswer, hasColon: true, known: false } : null;
}

/**
 * Is line `i` a template question? Yes when its words are a known template question (typos, case,
 * `::` and a missing colon tolerated), or when it is a short label ending with a colon that does not
 * introduce a list of bullets (`... the need for joint action to:` followed by `- Conduct ...` is prose).
 */
export function readQuestionLine(lines: readonly DocLine[], i: number): QuestionLine | null {
  // A template laid out as a table whose answer cell is empty ends with the bar before that cell.
  const text = (lines[i]?.text.trim() ?? '').replace(/\s*\|$/u, '');
  if (text === '' || isBulletLine(lines[i])) return null;
  const hasColon = FINAL_COLONS.test(text);
  const question = text.replace(FINAL_COLONS, '');
  const known = matchTemplateQuestion(question);
  if (known) return { question, match: known, inlineAnswer: null, hasColon, known: true };

  // `Marking at the time of import: All imported weapons are marked.`: a known question with its answer;
  // in a template laid out as a table, the answer is the next cell (`question: | answer`), without its bar.
  const colon = text.search(/[:：]/u);
  if (colon > 0 && !hasColon) {
    const head = text.slice(0, colon).trim();
    const inlineAnswer = text.slice(colon).replace(/^[:：\s]+(?:\|\s*)?/u, '');
    const inline = matchTemplateQuestion(head);
    if (inline) return { question: head, match: inline, inlineAnswer, hasColon: true, known: true };
    // `National point of contact: Yes, DIGECAM`: a short label naming a topic (a heading's words or a topic's
    // keyword) before its answer is a field of the template too, though not one of its known questions.
    const topic = isShortLabel(head) ? matchQuestionTopic(head) : null;
    if (topic) return { question: head, match: topic, inlineAnswer, hasColon: true, known: false };
  }

  if (!hasColon || !isLabelLike(question) || LIST_INTRO.test(question)) return null;
  const next = nextFilled(lines, i + 1);
  if (next >= 0 && isBulletLine(lines[next])) return null;
  return { question, match: matchQuestionTopic(question), inlineAnswer: null, hasColon, known: false };
}

/**
 * A block heading above template questions (`Marking, record-keeping and tracing`): a known heading,
 * not a label, directly followed by a question. A heading written with a colon (`Marking:`,
 * `Cooperation in tracing::`) is one too when a known template question follows it and its own words are
 * no template question: it heads the block, it asks nothing (no row with an empty answer for it).
 */
export function readBlockHeading(lines: readonly DocLine[], i: number): TopicMatch | null {
  const text = lines[i]?.text.trim() ?? '';
  if (text === '' || text.length > 120 || isBulletLine(lines[i])) return null;
  const withColon = FINAL_COLONS.test(text);
  const words = text.replace(FINAL_COLONS, '');
  if (/[:.;,]$/u.test(words) || (withColon && matchTemplateQuestion(words))) return null;
  const match = matchHeading(words, { keywords: false });
  if (!match) return null;
  const next = nextFilled(lines, i + 1);
  const question = next >= 0 ? readQuestionLine(lines, next) : null;
  // A heading with no colon may introduce fields written `question: answer` on one line, whose question is longer
  // than a short label (`Stockpile management` / `Measures to ensure the security of stockpiles: All armouries ...`).
  if (!question) return !withColon && next >= 0 && readFieldLine(lines, next) !== null ? match : null;
  return !withColon || question.known ? match : null;
}
