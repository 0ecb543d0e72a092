import { alternation } from '../../language/matchers.ts';
import { allLexicons } from '../../language/registry.ts';

/**
 * Answers that say the state gave no answer: every lexicon's `noResponseMarkers` (`[No response]`, `N/A`,
 * `pas de réponse`), or a lone dash or ellipsis, which every language writes alike. They become NULL
 * (with an info issue), never the text itself and never "No".
 */
const NO_RESPONSE = new RegExp(
  `^\\s*(?:\\[\\s*)?(?:${alternation(allLexicons().flatMap((lexicon) => lexicon.noResponseMarkers))}|[-–—…]+)(?:\\s*\\])?\\s*\\.?\\s*$`,
  'iu',
);

export function isNoResponse(answer: string): boolean {
  return NO_RESPONSE.test(answer);
}

/** A box as questionnaires render them: `[X]`, `[x]`, `[✓]`, `[ ]`, `☒`, `☑`, `☐` (a regex source). */
export const BOX_SOURCE = String.raw`\[\s*[xX✓✔×]?\s*\]|[☒☑☐■□]`;
/** A ticked box: `[X]`, `☒`, `☑`, `■` (a regex source). */
export const TICKED_BOX_SOURCE = String.raw`\[\s*[xX✓✔×]\s*\]|[☒☑■]`;
const BOX = new RegExp(`(${BOX_SOURCE})`, 'u');
const TICKED = new RegExp(`^(?:${TICKED_BOX_SOURCE})$`, 'u');

export interface CheckboxAnswer {
  /** The labels of the ticked boxes, in order (`Yes`, `Not applicable`). */
  ticked: string[];
  /** Number of boxes seen. */
  boxes: number;
}

/**
 * Reads a line made only of boxes and their labels (`[X] Yes [ ] No [ ] Not applicable`,
 * `☒ Yes ☐ No`, `[x] Yes`). Null when the line is anything else (prose, a plain `Yes`).
 */
export function readCheckboxLine(line: string): CheckboxAnswer | null {
  const text = line.trim();
  if (BOX.test(text) && text.search(BOX) !== 0) return readLabelFirstLine(text);
  if (!BOX.test(text)) return readDrawnBoxesLine(text);
  const parts = text.split(new RegExp(BOX.source, 'gu')).map((part) => part.trim());
  // parts: ['', box, label, box, label, ...]
  const ticked: string[] = [];
  let boxes = 0;
  for (let k = 1; k < parts.length; k += 2) {
    const box = parts[k] ?? '';
    const label = (parts[k + 1] ?? '').trim();
    // A label that is a sentence is not a checkbox option: leave the line alone.
    if (label === '' || label.split(/\s+/u).length > 5 || /[.?!]$/u.test(label)) return null;
    boxes++;
    if (TICKED.test(box)) ticked.push(label);
  }
  return boxes > 0 ? { ticked, boxes } : null;
}

/**
 * A line of labels each followed by its box, as French and Spanish forms write them, often with a
 * (non-breaking) space before the colon: `Oui : ☒ Non : ☐`, `Sí [X] No [ ]`. Null for anything else.
 */
function readLabelFirstLine(text: string): CheckboxAnswer | null {
  const parts = text.split(new RegExp(BOX.source, 'gu')).map((part) => part.trim());
  // parts: [label, box, label, box, ..., '']
  if ((parts[parts.length - 1] ?? '') !== '') return null;
  const ticked: string[] = [];
  let boxes = 0;
  for (let k = 0; k + 1 < parts.length; k += 2) {
    const label = (parts[k] ?? '').replace(/\s*:$/u, '').trim();
    if (label === '' || label.split(/\s+/u).length > 3 || /[.?!]$/u.test(label)) return null;
    boxes++;
    if (TICKED.test(parts[k + 1] ?? '')) ticked.push(label);
  }
  return boxes >= 2 ? { ticked, boxes } : null;
}

/** Every lexicon's answer options (`yes`, `no`, `not applicable`, ...), lower case. */
const OPTIONS = new Set(allLexicons().flatMap((lexicon) => lexicon.questionnaireAnswers.map((word) => word.toLowerCase())));
/** The mark a ticked box leaves in a PDF's text layer when the box itself is drawn (a square, no character). */
const DRAWN_MARK = /^[xX✓✔×](?:\s+|$)/u;

/**
 * A line of answer options whose boxes were drawn as squares, as PDF forms print them: the text layer keeps
 * the labels, set apart in cells, and the mark inside a ticked box before its label, `X Yes<TAB>No<TAB>Not
 * applicable` (an empty box leaves nothing). Every cell must be an answer option of some lexicon and one at
 * least marked; a line of options with no mark is left alone (a template's column header reads the same).
 */
function readDrawnBoxesLine(text: string): CheckboxAnswer | null {
  const cells = text.split(/\t|\s{2,}/u).map((cell) => cell.trim()).filter((cell) => cell !== '');
  // A mark set as an item of its own (`X<TAB>Yes`) belongs to the label after it.
  const merged: string[] = [];
  for (const cell of cells) {
    const previous = merged.at(-1);
    if (previous !== undefined && /^[xX✓✔×]$/u.test(previous)) merged[merged.length - 1] = `${previous} ${cell}`;
    else merged.push(cell);
  }
  if (merged.length < 2) return null;
  const ticked: string[] = [];
  for (const cell of merged) {
    const label = cell.replace(DRAWN_MARK, '');
    if (!OPTIONS.has(label.toLowerCase())) return null;
    if (label !== cell) ticked.push(label);
  }
  return ticked.length > 0 ? { ticked, boxes: merged.length } : null;
}
