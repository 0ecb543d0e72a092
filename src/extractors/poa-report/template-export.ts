import { alternation } from '../../language/matchers.ts';
import { allLexicons } from '../../language/registry.ts';
import { BOX_SOURCE, TICKED_BOX_SOURCE } from '../poa-shared/answers.ts';

/**
 * Reporting templates exported from the PoA-ISS (the UN's PoA implementation support system) as text:
 * the table's cells come out one per line, so a question's source tag (`PoA II.4`, `ITI 8(b)`) stands on a
 * line of its own apart from its question, and the Yes/No/N/A columns are flattened into one header line
 * (`Yes No N/A`) followed, under each question, by a row of marks (`☒ ☐ ☐`) or a lone mark (`X`) whose
 * column is lost.
 */

/**
 * A source tag without its brackets: an instrument's acronym (two capitals or more: `PoA`, `ITI`, `IIT`)
 * and the paragraph it cites (`II.4`, `8(b)`, `14`). Acronyms, not words of a language.
 */
const TAG_LINE = /^\s*((?=\p{L}*\p{Lu}\p{L}*\p{Lu})\p{L}{2,5}\s+(?:[IVX]{1,5}|\d{1,2})(?:\.\d{1,2}|\([a-z]\)|\.[a-z])*)\s*$/u;

/** The tag a line holds when that is all it holds (`PoA II.4`), else null. */
export function readTagLine(text: string): string | null {
  return TAG_LINE.exec(text)?.[1] ?? null;
}

/** The questionnaire's answer words of every language (`yes`, `not applicable`, `sans objet`, `sí`). */
const ANSWER_WORD = new RegExp(`(?:${alternation(allLexicons().flatMap((lexicon) => lexicon.questionnaireAnswers))})(?![\\p{L}/])`, 'iuy');

/**
 * The column labels of a flattened answer header (`Yes No N/A` -> [`Yes`, `No`, `N/A`]): a line made only of
 * two or more answer words. Null for anything else.
 */
export function readAnswerHeader(text: string): string[] | null {
  const labels: string[] = [];
  const line = text.trim();
  let at = 0;
  while (at < line.length) {
    while (/\s/u.test(line[at] ?? '')) at++;
    if (at >= line.length) break;
    ANSWER_WORD.lastIndex = at;
    const match = ANSWER_WORD.exec(line);
    if (!match) return null;
    labels.push(match[0]);
    at += match[0].length;
  }
  return labels.length >= 2 ? labels : null;
}

/** A tick standing alone (`X`, `✓`), as an export writes a mark whose box it lost. */
const LONE_TICK = '[xX✓✔×]';
/** A mark in a flattened row: a box as questionnaires render them (answers.ts) or a lone tick. */
const MARK = new RegExp(`${BOX_SOURCE}|(?<![\\p{L}\\p{N}])${LONE_TICK}(?![\\p{L}\\p{N}])`, 'gu');
const TICKED_MARK = new RegExp(`^(?:${TICKED_BOX_SOURCE}|${LONE_TICK})$`, 'u');

export type MarksReading =
  /** The ticked columns' labels, read by position under the header. */
  | { kind: 'ticked'; labels: string[] }
  /** Marks whose column cannot be told (a lone `X`, or a row of another width than the header). */
  | { kind: 'lost'; marks: string };

/**
 * A line made only of marks, read against the header's columns: `☒ ☐ ☐` under `Yes No N/A` is `Yes`; a lone
 * `X` has lost its column. Null when the line holds anything but marks.
 */
export function readMarksRow(text: string, columns: readonly string[] | null): MarksReading | null {
  const line = text.trim();
  const marks = line.match(MARK) ?? [];
  if (marks.length === 0 || line.replace(MARK, '').trim() !== '') return null;
  const boxes = marks.map((mark) => mark.replace(/\s+/gu, ''));
  // Only boxes, ticked and empty, in as many places as the header has columns, say which column is ticked.
  const positional = columns !== null && boxes.length === columns.length && boxes.some((box) => !TICKED_MARK.test(box) || box.startsWith('['));
  if (!positional || !columns) return { kind: 'lost', marks: line };
  return { kind: 'ticked', labels: columns.filter((_, k) => TICKED_MARK.test(boxes[k] ?? '')) };
}
