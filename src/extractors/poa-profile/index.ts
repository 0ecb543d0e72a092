import { agencyAliasesFromText } from '../../transforms/categories.ts';
import type { DocumentModel } from '../../model/document.ts';
import { emptyExtraction, type Extraction, type IssueDraft } from '../../model/records.ts';
import { findDateText } from '../../transforms/dates.ts';
import { guessLanguage } from '../../transforms/languages.ts';
import type { ExtractContext, Extractor } from '../extractor.ts';
import { isNoResponse } from '../poa-shared/answers.ts';
import { documentLines, type DocLine, isBlank, isBulletLine, lineageOf, nextFilled } from '../poa-shared/lines.ts';
import { withUnreadTables } from '../poa-shared/unread-tables.ts';
import { readSourceAttribution, readSourceDateLine, type SourceDateLine } from '../poa-shared/source-pair.ts';
import { type QuestionLine, readBlockHeading, readFieldLine, readQuestionLine, withoutFinalColons } from './fields.ts';
import { matchHeading, type TopicMatch } from '../../transforms/topics.ts';
import { readBareYearLine, readInlineSubmissions, readMeetingLine, readSubmissionLine } from './listings.ts';
import { isThematicHeading, readThematicSection } from './thematic.ts';

/**
 * PoA implementation-kit country pages (seed `003_...`): the list of national reports submitted, the
 * statements at meetings, thematic sections with attributed bullets (and the count statements in
 * them), and template questions with their answers, attributed by the Source/Date pair below them.
 */

interface OpenQuestion {
  index: number;
  line: QuestionLine;
  answerLines: number[];
}

interface PageState {
  lines: readonly DocLine[];
  out: Extraction;
  /** Sections (template answers) waiting for the Source/Date pair that closes them. */
  pending: number[];
  blockHeading: { text: string; topic: string | null } | null;
  question: OpenQuestion | null;
}

function closeQuestion(state: PageState): void {
  const open = state.question;
  if (!open) return;
  state.question = null;
  const { lines, out } = state;
  const filled = open.answerLines.filter((i) => !isBlank(lines[i]));
  const lastLine = filled[filled.length - 1] ?? open.index;
  const parts = [
    ...(open.line.inlineAnswer ? [open.line.inlineAnswer] : []),
    // Blank lines dropped: an HTML page has none, and the answer must not depend on the format.
    ...filled.map((i) => lines[i]?.text.trim() ?? ''),
  ];
  let answer: string | null = parts.join('\n').trim();
  const issues: IssueDraft[] = [];
  const questionLine = lines[open.index];
  if (answer !== '' && isNoResponse(answer)) {
    issues.push({ severity: 'info', rule: 'no-response', message: `Answer '${answer}' means no answer was given: answer NULL.`, line_start: questionLine?.no ?? null });
    answer = null;
  }
  if (answer === '') {
    // The page shows the question with nothing under it: NULL, and the analyst is told no answer was given.
    issues.push({ severity: 'info', rule: 'no-response', message: `Question '${open.line.question}' has no answer on the page: answer NULL.`, line_start: questionLine?.no ?? null });
    answer = null;
  }

  const match = open.line.match;
  const topic = match?.topic ?? state.blockHeading?.topic ?? null;
  const index =
    out.sections.push({
      topic,
      heading_raw: state.blockHeading?.text ?? null,
      question: open.line.question,
      source_tag: null,
      answer,
      source_report_year: null,
      source_date_raw: null,
      source_date_iso: null,
      ...lineageOf(lines, open.index, lastLine),
    }) - 1;
  state.pending.push(index);
  const line = questionLine?.no ?? null;
  if (topic === null) {
    issues.push({ severity: 'info', rule: 'unknown-topic', message: `Question '${open.line.question}' matches no topic: topic NULL.`, line_start: line });
  } else if (match?.how === 'fuzzy' || !open.line.hasColon) {
    const how = [match?.how === 'fuzzy' ? `spelling differs from '${match.matched}'` : '', open.line.hasColon ? '' : 'no colon'].filter(Boolean).join(', ');
    issues.push({ severity: 'info', rule: 'fuzzy-question-match', message: `Question '${open.line.question}' read as a template question (${how}).`, line_start: line });
  }
  for (const issue of issues) out.issues.push({ ...issue, record: { table: 'sections', index } });
}

/**
 * True when the open question's answer so far ends with a line ending in a colon (a list's intro or one
 * of its items): a label-like line after it is the next item, not a new question.
 */
function continuesList(state: PageState): boolean {
  const open = state.question;
  if (!open) return false;
  const filled = open.answerLines.filter((i) => !isBlank(state.lines[i]));
  const last = filled[filled.length - 1];
  return last !== undefined && /[:：]\s*$/u.test(state.lines[last]?.text ?? '');
}

/** True when a question is open and no line of its answer has been read yet (its answer, if any, on its own line). */
function awaitsAnswer(state: PageState): boolean {
  return state.question?.answerLines.every((i) => isBlank(state.lines[i])) ?? false;
}

/** Template answers no Source/Date pair closes: their report is unknown. */
function flushUnsourced(state: PageState): void {
  if (state.pending.length === 0) return;
  const first = state.out.sections[state.pending[0] ?? 0];
  const last = state.out.sections[state.pending[state.pending.length - 1] ?? 0];
  state.out.issues.push({
    severity: 'info',
    rule: 'no-source-line',
    message: `${state.pending.length} template answer(s) (lines ${first?.line_start}-${last?.line_end}) are not followed by a Source/Date pair: source_report_year NULL.`,
    line_start: first?.line_start ?? null,
    record: { table: 'sections', index: state.pending[0] ?? 0 },
  });
  state.pending = [];
}

/**
 * A `Source :` or `Date :` label with nothing after it whose value stands on the next line (pages that put
 * the label and the value in sibling elements, `<div class="field-label">Source :</div><div>...</div>`).
 * The next line is the value unless it starts something else; a Date's value must hold a date.
 * Returns the line with its content and the index after what was read.
 */
function valueBelow(lines: readonly DocLine[], i: number, line: SourceDateLine): { line: SourceDateLine; next: number } {
  const alone = { line, next: i + 1 };
  if (line.content !== '' || !line.labelled) return alone;
  let j = i + 1;
  while (j < lines.length && isBlank(lines[j])) j++;
  const text = lines[j]?.text.trim() ?? '';
  if (text === '' || readSourceDateLine(text) || readSubmissionLine(text) || readMeetingLine(text)) return alone;
  if (readQuestionLine(lines, j) || readBlockHeading(lines, j) || isThematicHeading(lines, j)) return alone;
  if (line.kind === 'date' && findDateText(text) === null) return alone;
  return { line: { ...line, content: text }, next: j + 1 };
}

/** Reads the Source/Date pair starting at line `i` (either order, blank lines between allowed); returns the next index. */
function applySourcePair(state: PageState, i: number, first: SourceDateLine): number {
  const { lines } = state;
  let source: { line: SourceDateLine; lineNo: number } | null = null;
  let date: { line: SourceDateLine; lineNo: number } | null = null;
  const take = (line: SourceDateLine, lineNo: number) => {
    if (line.kind === 'source') source = { line, lineNo };
    else date = { line, lineNo };
  };
  const firstRead = valueBelow(lines, i, first);
  take(firstRead.line, lines[i]?.no ?? 0);
  let j = firstRead.next;
  while (j < lines.length && isBlank(lines[j])) j++;
  const second = j < lines.length ? readSourceDateLine(lines[j]?.text ?? '') : null;
  if (second && second.kind !== first.kind) {
    const secondRead = valueBelow(lines, j, second);
    take(secondRead.line, lines[j]?.no ?? 0);
    j = secondRead.next;
  } else {
    j = firstRead.next;
  }
  const found = readSourceAttribution(source, date);
  for (const index of state.pending) {
    const record = state.out.sections[index];
    if (!record) continue;
    record.source_report_year = found.source_report_year;
    record.source_date_raw = found.source_date_raw;
    record.source_date_iso = found.source_date_iso;
  }
  const anchor = state.pending[0];
  for (const issue of found.issues) state.out.issues.push(anchor === undefined ? issue : { ...issue, record: { table: 'sections', index: anchor } });
  state.pending = [];
  state.blockHeading = null;
  return j;
}

/**
 * A template heading with nothing under it (`International cooperation`, a blank line, then `Marking` and its
 * questions): the next filled line, after a blank one, is another heading, block or thematic. The document left that
 * section empty. Headings on adjacent lines are left alone: one may head the other (a part and its first section);
 * but a heading the format marks (HTML `<h3>`) right before another it marks of the same or a higher rank heads
 * nothing (`<h3>Cooperación internacional</h3><h3>Control fronterizo</h3>`).
 */
function emptyHeading(lines: readonly DocLine[], i: number): TopicMatch | null {
  const line = lines[i];
  const text = line?.text.trim() ?? '';
  if (text === '' || text.length > 120 || isBulletLine(line) || /[:.;,?!]$/u.test(text)) return null;
  const next = nextFilled(lines, i + 1);
  const level = line?.headingLevel;
  const nextLevel = lines[next]?.headingLevel;
  const peerFollows = level !== undefined && nextLevel !== undefined && nextLevel <= level;
  if (next < 0 || (next === i + 1 && !peerFollows)) return null;
  const match = matchHeading(text, { keywords: false });
  return match && (readBlockHeading(lines, next) !== null || isThematicHeading(lines, next)) ? match : null;
}

/** The sections row of an empty heading: answer NULL (WAREHOUSE.md: the document left it empty), an info saying so. */
function emptySection(state: PageState, i: number, match: TopicMatch): void {
  const text = state.lines[i]?.text.trim() ?? '';
  const index =
    state.out.sections.push({
      topic: match.topic,
      heading_raw: text,
      question: null,
      source_tag: null,
      answer: null,
      source_report_year: null,
      source_date_raw: null,
      source_date_iso: null,
      ...lineageOf(state.lines, i, i),
    }) - 1;
  state.out.issues.push({ severity: 'info', rule: 'no-response', message: `Section '${text}' has nothing under it on the page: answer NULL.`, line_start: state.lines[i]?.no ?? null, record: { table: 'sections', index } });
}

export function extractPoaProfile(doc: DocumentModel, ctx: ExtractContext): Extraction {
  const lines = documentLines(doc);
  const out = emptyExtraction();
  const language = doc.declaredLanguage ?? guessLanguage(lines.map((line) => line.text).join('\n')) ?? ctx.language;
  out.document = { language, report_year: null };
  const state: PageState = { lines, out, pending: [], blockHeading: null, question: null };

  const agencyAliases = agencyAliasesFromText(lines.map((l) => l.text).join('\n'));
  const isStructural = (j: number): boolean => {
    const text = lines[j]?.text.trim() ?? '';
    return (
      readSubmissionLine(text) !== null ||
      readInlineSubmissions(text) !== null ||
      readMeetingLine(text) !== null ||
      readSourceDateLine(text) !== null ||
      isThematicHeading(lines, j) ||
      (readQuestionLine(lines, j)?.match?.how ?? 'keyword') !== 'keyword'
    );
  };

  let i = 0;
  while (i < lines.length) {
    const line = lines[i];
    const text = line?.text.trim() ?? '';
    if (!line || text === '') {
      state.question?.answerLines.push(i);
      i++;
      continue;
    }

    if (line.footnote && !state.question) {
      // A note the page marks as one (`<ol class="notes">`) explains a marker of the text above: it is no section's
      // answer and no work cited on a PoA page. Said, not loaded, so that no line goes unread in silence.
      out.issues.push({
        severity: 'info',
        rule: 'explanatory-note',
        message: `Line ${line.no} ('${text.slice(0, 80)}') is a note explaining a marker of the text above: not loaded (no section, no citation).`,
        line_start: line.no,
      });
      i++;
      continue;
    }

    // A list's row (`2010 : English`), or the whole list on one line after its label.
    const row = readSubmissionLine(text);
    const submissions = row ? [row] : readInlineSubmissions(text);
    if (submissions) {
      closeQuestion(state);
      for (const submission of submissions) {
        if (submission.status && !submission.status.submitted) {
          // The table lists the cycle with a status saying no report came: said, not loaded.
          out.issues.push({
            severity: 'info',
            rule: 'report-not-submitted',
            message: `The list of reports gives ${submission.year} the status '${submission.status.raw}': no submission row for it.`,
            line_start: line.no,
          });
          continue;
        }
        if (submission.status && submission.languages.length === 0) {
          out.issues.push({
            severity: 'warning',
            rule: 'submission-language-missing',
            message: `The list of reports gives ${submission.year} as '${submission.status.raw}' with no language: no submission row for it.`,
            line_start: line.no,
          });
          continue;
        }
        for (const token of submission.languages) {
          if (token.code === null) {
            out.issues.push({
              severity: 'warning',
              rule: 'unknown-language',
              message: `'${token.raw}' in the list of reports (${submission.year}) is not a language name: no submission row for it.`,
              line_start: line.no,
            });
            continue;
          }
          out.report_submissions.push({ report_year: submission.year, language: token.code, language_raw: token.raw, ...lineageOf(lines, i, i) });
        }
      }
      i++;
      continue;
    }

    const bareYear = readBareYearLine(text);
    if (bareYear !== null) {
      closeQuestion(state);
      out.issues.push({
        severity: 'warning',
        rule: 'submission-language-missing',
        message: `The list of reports names ${bareYear} with no language: no submission row for it (the report may exist in a version the page does not link).`,
        line_start: line.no,
      });
      i++;
      continue;
    }

    const meeting = readMeetingLine(text);
    if (meeting) {
      closeQuestion(state);
      out.meeting_statements.push({ year: meeting.year, meeting: meeting.meeting, has_text: meeting.text !== null, text: meeting.text, ...lineageOf(lines, i, i) });
      i++;
      continue;
    }

    const sourceOrDate = readSourceDateLine(text);
    if (sourceOrDate) {
      closeQuestion(state);
      i = applySourcePair(state, i, sourceOrDate);
      continue;
    }

    if (isThematicHeading(lines, i)) {
      closeQuestion(state);
      flushUnsourced(state);
      state.blockHeading = null;
      i = readThematicSection({ lines, out, language, isStructural, agencyAliases }, i);
      continue;
    }

    // A heading whose next filled line heads another section: an empty section, a row of its own, never dropped.
    const empty = emptyHeading(lines, i);
    if (empty) {
      closeQuestion(state);
      state.blockHeading = null;
      emptySection(state, i, empty);
      i++;
      continue;
    }

    const block = readBlockHeading(lines, i);
    if (block) {
      closeQuestion(state);
      state.blockHeading = { text: withoutFinalColons(text), topic: block.topic };
      i++;
      continue;
    }

    // Under a question still waiting for its answer, a `label: answer` line of the template is the next field.
    // Right under a block heading (no question yet), such a line is the block's first field.
    const fieldExpected = awaitsAnswer(state) || (state.question === null && state.blockHeading !== null);
    const question = readQuestionLine(lines, i) ?? (fieldExpected ? readFieldLine(lines, i) : null);
    if (question && !question.known && continuesList(state)) {
      // `Serial number:` under `... bear the following marks:`: an item of the answer's own list.
      state.question?.answerLines.push(i);
      i++;
      continue;
    }
    if (question) {
      closeQuestion(state);
      state.question = { index: i, line: question, answerLines: [] };
      i++;
      continue;
    }

    // An answer line, or page chrome before the first list.
    if (state.question) state.question.answerLines.push(i);
    else if (out.report_submissions.length + out.meeting_statements.length + out.sections.length > 0 && text.split(/\s+/u).length >= 6) {
      // Words below the lists that belong to no question or section: say so rather than drop them.
      out.issues.push({
        severity: 'info',
        rule: 'unread-text',
        message: `Line ${line.no} ('${text.slice(0, 80)}') belongs to no list, section or question: not loaded.`,
        line_start: line.no,
      });
    }
    i++;
  }
  closeQuestion(state);
  flushUnsourced(state);
  return out;
}

export const poaProfileExtractor: Extractor = {
  name: 'poa-profile',
  kinds: ['poa_profile'],
  // A table about weapons that nothing was read from is named, never passed over in silence.
  extract: (doc, ctx) => withUnreadTables(doc, extractPoaProfile(doc, ctx), ctx.sourcePath),
};
