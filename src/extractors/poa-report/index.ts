import type { DocumentModel } from '../../model/document.ts';
import { emptyExtraction, type Extraction, type IssueDraft } from '../../model/records.ts';
import type { ProseUnit } from '../../transforms/count-statements/index.ts';
import { guessLanguage } from '../../transforms/languages.ts';
import type { ExtractContext, Extractor } from '../extractor.ts';
import { isNoResponse, readCheckboxLine } from '../poa-shared/answers.ts';
import { agencyAliasesFromText, counterAlone, matchWeaponCategory } from '../../transforms/categories.ts';
import { addCountStatements } from '../poa-shared/counts.ts';
import { BULLET_LINE, type DocLine, documentLines, isBlank, isBulletLine, lineageOf } from '../poa-shared/lines.ts';
import { withUnreadTables } from '../poa-shared/unread-tables.ts';
import { readReportFacts } from './facts.ts';
import { chooseReportYear } from '../../model/report-year.ts';
import { findDatedTables } from './dated-table.ts';
import { findYearColumnTables } from './year-column-table.ts';
import { findLabelActionTables, spacedActionTableLines } from './label-action-table.ts';
import { cellsOf, findYearTables } from './year-table.ts';
import { cellCount } from './category-table.ts';
import { isUnknownMarker } from '../../transforms/unknown.ts';
import { readAnswerHeader, readMarksRow, readTagLine } from './template-export.ts';
import { matchHeading, matchQuestionTopic, sectionTopic } from '../../transforms/topics.ts';
import { applyErrata } from './errata.ts';
import { findFurniture, type Footnote } from './furniture.ts';
import { isSubHeading, type ReportLine, readReportLine, readUnnumberedHeading } from './structure.ts';
import { isLooseCaption } from '../../transforms/table-captions.ts';
import { GROUP_SPACES } from '../../transforms/digits.ts';
import { isTableRule } from '../../transforms/alignment-row.ts';
import { type DocumentNotes, SUPERSCRIPT_DIGITS } from '../../transforms/footnote-refs.ts';
import { asLanguage } from '../../language/registry.ts';
import { documentNotes } from '../../transforms/quantity.ts';

/**
 * National reports on the implementation of the PoA (prose reports out of PDFs, filled questionnaires,
 * any UN language): the document's own facts, one section row per heading (numbered or known), one per
 * questionnaire question with its answer, and the count statements of each section's prose, all
 * attributed to the report's own year.
 */

interface Container {
  /** Index of the heading or question line (the first line, for text without a heading). */
  at: number;
  /** `text`: prose under no heading at all. */
  line: ReportLine | { kind: 'text'; match?: undefined };
  body: number[];
  /** A source tag on a line of its own (`PoA II.4`, a template export's), for a question without one. */
  tagApart?: string;
  /** The columns of a flattened answer header (`Yes No N/A`) the question's marks are read under. */
  columns?: readonly string[] | null;
}

interface ReportState {
  lines: readonly DocLine[];
  out: Extraction;
  reportYear: number | null;
  dateRaw: string | null;
  dateIso: string | null;
  language: string | null;
  block: Container | null;
  /** A numbered heading with no text of its own whose sub-sections follow (`2.` above `2.1`, `2.2`). */
  parent?: Container | null;
  /** Acronyms the report defines for agencies ("Jamaica Constabulary Force (JCF)"), for statements that use them. */
  agencyAliases: Readonly<Record<string, string>>;
  /** The period the report covers (`Reporting period: 1 January to 31 December 2023`), for "during the period". */
  reportingPeriod: { year: number | null; words: string } | null;
  /** The report's note numbers and whether it groups its thousands: a note a PDF glued to a number is not read into it. */
  notes: DocumentNotes;
}

/** `Table 1. Firearms destroyed in 2017, by type`: a caption whose rows follow as text lines. */

/** A table row with cells between pipes, as the HTML decoder writes them. */
const PIPE_ROW = /\S\s*\|\s*\S/u;
/** A header row of a tab-separated table: two to six cells of words, no figures (`Tipo<TAB>Incautadas`). */
const TAB_HEADER = /^[^\t\d]+(?:\t+[^\t\d]+){1,5}$/u;
/** A table row as a PDF lays it out: a label, then a count ending the line (`Machine guns 93`, `Total 4,145`). */
// Digits glued to a label's letters are a model's name (`AK-47 rifles 3,602`, `G3 rifles 411`), never its count.
const TABLE_ROW = new RegExp(`^\\p{L}(?:[^\\d]|(?<=[\\p{L}-])\\d+(?=[\\p{L}\\s])){0,60}?\\s\\d{1,3}(?:[,. ’'${GROUP_SPACES}]\\d{3})*$`, 'u');

/**
 * The width the document's lines were wrapped at (a PDF's or a plain-text report's): the length most full
 * lines reach, the 90th percentile. Null when it is too short to tell, or its lines are paragraphs (HTML).
 */
function lineWidth(lines: readonly DocLine[]): number | null {
  const lengths = lines.map((line) => line.text.trim().length).filter((n) => n > 0).sort((a, b) => a - b);
  if (lengths.length < 8) return null;
  const width = lengths[Math.floor(lengths.length * 0.9)] ?? 0;
  // Lines of paragraphs (HTML, text without wrapping) run far longer than any page is wide.
  return width >= 40 && width <= 140 ? width : null;
}

/**
 * A sentence wrapped where the next line opens with a capital (a name: `... de Ressano` / `Garcia, das
 * quais ...`, `North-Central zones`): the line before reaches the wrapping width and ends inside a word, with
 * no punctuation.
 */
function wrappedBefore(previous: DocLine, next: string, width: number | null): boolean {
  if (width === null) return false;
  const before = previous.text.trim();
  return before.length >= width * 0.85 && /[\p{L}\d]$/u.test(before) && /^\p{Lu}\p{Ll}*(?:[-‐]\p{L}\p{Ll}*)*[\s,]/u.test(next) && !isLooseCaption(next);
}

/** A list item lettered or numbered in Roman figures (`a) ...`, `(b) ...`, `iv. ...`): it opens a unit of its own. */
const LETTERED_ITEM = /^\(?(?:\p{Ll}|[ivx]{1,5})[.)]\s/u;

/**
 * A line opening with a lower-case letter goes on the sentence of the line before, whatever that line ends
 * with: an acronym (`... and the KDF` / `collected a further 212 weapons`), a name, a bracket, a percentage
 * or an abbreviation's point. Sentences open with a capital in every cased script, so a lower-case word is
 * never a sentence's first. Not after a table's caption (its own unit, the rows under it are read as a
 * table), nor for a list item (a bullet, an `<li>`, a lettered `a) ...`), which opens a unit of its own.
 */
function opensLowerCase(current: { first: DocLine }, text: string): boolean {
  return /^\p{Ll}/u.test(text) && !LETTERED_ITEM.test(text) && !isLooseCaption(current.first.text.trim());
}

/** A key and its number, alone on a line (`Weapons seized (2023): 1 340`, `Armes saisies : 120`). */
const KEYED_LINE = /^[^:：]{2,80}[:：]\s*\d[\d\s\u00a0\u202f,.’']*$/u;
/** A block heading: one short line that ends no sentence and is no key itself (`Summary for 2023 (Zambia Police Service)`). */
const isBlockHeading = (text: string): boolean => !text.includes('\n') && !/[.;!?]$/u.test(text) && text.split(/\s+/u).length <= 12 && !KEYED_LINE.test(text);

/** `Pistols: 320`, `Rifles 85`: a bullet's label, when it is all a weapon category, and its count. */
const CATEGORY_BULLET = /^(.+?):?\s+\d{1,3}(?:[,.\u00a0\u202f ’']\d{3})*$/u;

/** The bullets opening `from` (up to the first line that is no bullet) are all `category: count`, two or more. */
function categoryBullets(lines: readonly DocLine[], from: readonly number[]): boolean {
  let seen = 0;
  for (const index of from) {
    const line = lines[index];
    if (!line || isBlank(line) || !isBulletLine(line)) break;
    const label = CATEGORY_BULLET.exec(line.text.trim().replace(BULLET_LINE, ''))?.[1]?.trim();
    // A bullet that is no `label count` ends the run (`Weapons surrendered: not reported.`).
    if (label === undefined) break;
    const category = matchWeaponCategory(label);
    if (!category || category.code === null || category.index !== 0 || category.raw.trim().length < label.length - 1) return false;
    seen++;
  }
  return seen >= 2;
}

/** A bullet's count, then what it counts (`1,850 rifles`, `1 120 шт. гладкоствольного оружия;`). */
const COUNT_BULLET = new RegExp(`^(\\d{1,3}(?:[,.’'${GROUP_SPACES} ]\\d{3})*)\\s+(\\S.*?)[;.,]?$`, 'u');

/**
 * The bullets opening `from` (up to the first line that is no bullet) are all `count weapons` (a counter word between
 * them allowed: `1 120 шт. гладкоствольного оружия`), two or more: the parts of the sentence above them.
 */
function countBullets(lines: readonly DocLine[], from: readonly number[]): boolean {
  let seen = 0;
  for (const index of from) {
    const line = lines[index];
    if (!line || isBlank(line) || !isBulletLine(line)) break;
    const counted = COUNT_BULLET.exec(line.text.trim().replace(BULLET_LINE, ''))?.[2];
    if (counted === undefined) break;
    const words = ` ${counted}`;
    const weapons = matchWeaponCategory(words.slice(counterAlone(words)).trim());
    if (weapons?.index !== 0) return false;
    seen++;
  }
  return seen >= 2;
}

/**
 * A sentence announcing a list: it ends with a colon, maybe with a note's number a PDF glued to it (`burning site:2`,
 * `site:²`).
 */
const LEAD_IN_END = new RegExp(`[:：](?:\\d{1,2}|[${SUPERSCRIPT_DIGITS}]{1,3})?$`, 'u');

/**
 * Paragraphs and list items of a body: a line starts a new unit unless it continues a sentence broken by
 * the PDF. A table caption and the rows under it (a header line, then `label count` lines) are one unit,
 * so that the caption's action and year go with the rows' counts.
 */
function proseUnits(lines: readonly DocLine[], body: readonly number[]): ProseUnit[] {
  const units: ProseUnit[] = [];
  const width = lineWidth(lines);
  let current: { text: string; first: DocLine; last: DocLine; nos: number[] } | null = null;
  let table: 'header' | 'rows' | null = null;
  // The current unit is a block heading with the keys under it.
  let keyBlock = false;
  // The current unit is a sentence announcing a list with the `count weapons` bullets under it.
  let countList = false;
  const flush = () => {
    if (!current) return;
    // Lines left out inside the unit (page furniture it goes on past): each line of the text says its number.
    const gapped = current.nos.some((no, k) => k > 0 && no !== (current?.nos[k - 1] ?? no) + 1);
    units.push({
      text: current.text,
      span: { lineStart: current.first.no, lineEnd: current.last.no, ...(current.first.page === null ? {} : { page: current.first.page }), ...(gapped ? { lines: current.nos } : {}) },
    });
    current = null;
  };
  for (const [k, index] of body.entries()) {
    const line = lines[index];
    if (!line || isBlank(line)) {
      flush();
      continue;
    }
    const bullet = isBulletLine(line);
    // An HTML table gives its rows as `Pistols | 1,020`: the cells are read as the PDF lays them out
    // (`Pistols 1,020`), so that a label is never taken for the words of the count before it.
    const text = PIPE_ROW.test(line.text) ? line.text.trim().replace(/^\|\s*|\s*\|$/gu, '').replace(/\s*\|\s*/gu, ' ') : line.text.trim().replace(BULLET_LINE, '');
    // A title right above a pipe table (an HTML <caption>) is the table's caption even without `Table 1.`.
    const next = lines[body[k + 1] ?? -1];
    const captionOfPipeTable = !PIPE_ROW.test(line.text) && !/[.;:!?]$/u.test(text) && next !== undefined && PIPE_ROW.test(next.text);
    // So is a title right above a tab-separated header of words (`Armas incautadas ... en 2022` / `Tipo<TAB>Incautadas`):
    // the rows under the header (`Pistolas<TAB>146`) go with the title's action, year and agency.
    const captionOfTabTable = !line.text.includes('\t') && !/[.;:!?]$/u.test(text) && next !== undefined && TAB_HEADER.test(next.text.trim());
    const row = TABLE_ROW.test(text);
    // Counts listed as bullets under the sentence that names their action and year (`destroyed the following
    // weapons:` / `• Pistols: 320` / `• Shotguns: 1,140`): the bullets are that sentence's parts, one unit.
    // Only when every bullet of the run is a weapon category and its count: a label the vocabulary does not
    // know would let its count be paired with the next bullet's label (`Pump-action shotguns 95` / `Rifles 40`).
    const listRow: boolean = bullet && row && current !== null && (table === 'rows' || (/:$/u.test(current.text) && categoryBullets(lines, body.slice(k))));
    // The same with the count first (`destroyed the following ...:` / `- 1,850 rifles` / `- 612 pistols`): one unit, the
    // lead-in's year, action and agency the bullets'.
    const countItem: boolean = bullet && current !== null && (countList || (LEAD_IN_END.test(current.text) && countBullets(lines, body.slice(k))));
    // Rows laid out as lines under a sentence that announces them (`Weapons seized by the police in 2020:` /
    // `Pistols 120` / `Rifles 40`) are that sentence's parts, as a caption's rows are.
    const announcedRow: boolean = !bullet && row && current !== null && table === null && /:$/u.test(current.text);
    // The keys under a block heading (`Summary for 2023 (Zambia Police Service)` / `Weapons seized (2023): 1 340` /
    // `Weapons destroyed (2023): 0`) are one unit with it, so that the heading's year and agency go with every key.
    const keyedRow: boolean = !bullet && current !== null && KEYED_LINE.test(text) && (keyBlock || isBlockHeading(current.text));
    const tableLine: boolean = listRow || announcedRow || (table !== null && !bullet && (row || (table === 'header' && text.split(/\s+/u).length <= 6 && !/[.;:!?]$/u.test(text))));
    table = tableLine ? (row ? 'rows' : table) : null;
    // A sentence cut mid-phrase goes on on the next line, which may open with a quotation mark or a
    // bracket (`lors d’une cérémonie de la` / `« Flamme de la paix »`).
    const continues =
      current !== null &&
      (listRow || countItem || keyedRow || (!bullet && (tableLine || (/[,;\p{Ll}\d]$/u.test(current.text) && /^[\p{Ll}\d«“„‘"([]/u.test(text)) || opensLowerCase(current, text) || wrappedBefore(current.last, text, width))));
    if (!continues && (isLooseCaption(text) || captionOfPipeTable || captionOfTabTable)) table = 'header';
    if (continues && current) {
      // `Pistols: 320` is read as a table row is (`Pistols 320`): the label's colon introduces no parts.
      const piece: string = listRow ? text.replace(/:\s+(?=\d)/u, ' ') : text;
      current = { text: `${current.text}\n${piece}`, first: current.first, last: line, nos: [...current.nos, line.no] };
      keyBlock = keyedRow;
      countList = countItem;
    } else {
      flush();
      keyBlock = false;
      countList = false;
      current = { text, first: line, last: line, nos: [line.no] };
    }
  }
  flush();
  return units;
}

/**
 * The body lines that finish a question cut by a line break: the question ends with no `?`, `:` or `.`,
 * and one of the next three lines ends with `?` (each of them starting in lower case or going on the
 * sentence). Empty when the question is whole.
 */
function questionWrap(lines: readonly DocLine[], question: string, body: readonly number[]): number[] {
  if (/[?:.？]\s*$/u.test(question)) return [];
  const end = body.slice(0, 3).findIndex((i) => /\?\s*$/u.test(lines[i]?.text ?? ''));
  if (end < 0) return [];
  const taken = body.slice(0, end + 1);
  return /^\p{Ll}/u.test(lines[taken[0] ?? -1]?.text.trim() ?? '') ? taken : [];
}

function closeContainer(state: ReportState, container: Container | null): void {
  if (!container) return;
  const { lines, out } = state;
  const { line } = container;
  const allFilled = container.body.filter((i) => !isBlank(lines[i]));
  const wrapped = line.kind === 'question' ? questionWrap(lines, line.question, allFilled) : [];
  // A question wrapped over lines (an online template's long question) ends on its `?` line: those lines
  // are the question's, not its answer's.
  const questionText = line.kind === 'question' ? [line.question, ...wrapped.map((i) => lines[i]?.text.trim() ?? '')].join(' ') : null;
  const filled = allFilled.slice(wrapped.length);
  const first = allFilled[0];
  const last = allFilled[allFilled.length - 1];
  // A block heading (`SECTION 1. ...`), or a heading with questions under it and no text of its own, is no section.
  if ((line.kind === 'block' || container === state.block) && filled.length === 0) return;

  const issues: IssueDraft[] = [];
  const lineNo = lines[container.at]?.no ?? null;
  const answerLines: string[] = line.kind === 'question' && line.inlineAnswer ? [line.inlineAnswer] : [];
  let boxesSeen = false;
  const ticked: string[] = [];
  let columnLost = false;
  for (const i of filled) {
    const text = lines[i]?.text.trim() ?? '';
    const marks = line.kind === 'question' && answerLines.length === 0 && !boxesSeen ? readMarksRow(text, container.columns ?? null) : null;
    if (marks?.kind === 'ticked') {
      // `☒ ☐ ☐` under `Yes No N/A`: the ticked column's label is the answer.
      boxesSeen = true;
      ticked.push(...marks.labels);
      continue;
    }
    if (marks?.kind === 'lost') {
      // A lone `X` whose column the export flattened away: which answer it ticks cannot be told.
      columnLost = true;
      continue;
    }
    const boxes = line.kind === 'question' ? readCheckboxLine(text) : null;
    if (!boxes) {
      answerLines.push(text);
      continue;
    }
    // `[X] Yes [ ] No`: the answer is the ticked option; the boxes themselves stay in source_text.
    boxesSeen = true;
    ticked.push(...boxes.ticked);
  }
  if (boxesSeen) {
    if (ticked.length > 1) {
      issues.push({ severity: 'warning', rule: 'conflicting-answers', message: `Several boxes ticked (${ticked.join(', ')}): all kept in the answer.`, line_start: lineNo });
    }
    if (ticked.length > 0) answerLines.unshift(ticked.join(' / '));
    else if (answerLines.length === 0) {
      issues.push({ severity: 'info', rule: 'no-response', message: `Question ${line.kind === 'question' ? line.question.slice(0, 60) : ''}: no box ticked: answer NULL.`, line_start: lineNo });
    }
  }
  if (columnLost) {
    issues.push({ severity: 'warning', rule: 'answer-column-lost', message: `Question ${line.kind === 'question' ? line.question.slice(0, 60) : ''}: a mark whose column (${container.columns?.join(' / ') ?? 'Yes / No'}) was lost in the export: answer NULL.`, line_start: lineNo });
  }
  let answer: string | null = answerLines.length === 0 ? null : answerLines.join('\n').trim();
  // A ticked `N/A` box is the state's answer (not applicable), not a missing one.
  if (answer !== null && line.kind === 'question' && ticked.length === 0 && isNoResponse(answer)) {
    issues.push({ severity: 'info', rule: 'no-response', message: `Question ${line.question.slice(0, 60)} answered '${answer}': answer NULL.`, line_start: lineNo });
    answer = null;
  }
  if (answer === '') answer = null;
  // A question followed straight by the next one: the state gave no answer (NULL), which an analyst should see.
  if (line.kind === 'question' && answer === null && !boxesSeen && !columnLost && issues.every((i) => i.rule !== 'no-response')) {
    issues.push({ severity: 'info', rule: 'no-response', message: `Question ${line.question.slice(0, 60)} has no answer: answer NULL.`, line_start: lineNo });
  }

  const blockTopic = line.kind === 'question' && state.block && state.block.line.kind !== 'question' ? (state.block.line.match?.topic ?? null) : null;
  const parentTopic = line.kind === 'heading' && state.parent?.line.kind === 'heading' ? (state.parent.line.match?.topic ?? null) : null;
  const wholeQuestion = wrapped.length > 0 && questionText !== null ? matchQuestionTopic(questionText) : null;
  // A block heading with text of its own (`Section 2: Firearms handed in and destroyed`) is that text's heading: its
  // topic may come from its keywords, as a numbered heading's does (its vocabulary match alone heads the questions under it).
  const headingTopic =
    line.kind === 'heading' ? sectionTopic(line.text, line.match ?? null, answer) : line.kind === 'block' ? sectionTopic(line.text, line.match ?? matchHeading(line.text), answer) : (line.match?.topic ?? null);
  const topic = headingTopic ?? wholeQuestion?.topic ?? blockTopic ?? parentTopic;
  const lineageStart = line.kind === 'text' ? (first ?? container.at) : container.at;
  const index =
    out.sections.push({
      topic,
      heading_raw: line.kind === 'text' ? null : line.kind === 'question' ? (state.block ? (lines[state.block.at]?.text.trim() ?? null) : null) : line.text.trim(),
      question: questionText,
      source_tag: line.kind === 'question' ? (line.tag ?? container.tagApart ?? null) : null,
      answer,
      source_report_year: state.reportYear,
      source_date_raw: state.dateRaw,
      source_date_iso: state.dateIso,
      ...lineageOf(lines, lineageStart, last ?? container.at),
    }) - 1;
  if (topic === null) {
    const what = line.kind === 'question' ? `Question '${line.question}'` : line.kind === 'text' ? 'Text under no heading' : `Heading '${line.text}'`;
    issues.push({ severity: 'info', rule: 'unknown-topic', message: `${what} matches no topic of the vocabulary: topic NULL.`, line_start: lineNo });
  }
  for (const issue of issues) out.issues.push({ ...issue, record: { table: 'sections', index } });

  // Tables by year (`Year | Seized | Destroyed`) are read cell by cell; the prose around them as prose, in
  // document order.
  const countContext = { reportedIn: state.reportYear, language: guessLanguage(answer ?? '') ?? state.language, agencyAliases: state.agencyAliases, reportingPeriod: state.reportingPeriod, notes: state.notes };
  // The lines that only draw a table (a grid table's borders, a Markdown alignment row) are no rows of it, nor prose.
  const answerBody = container.body.filter((i) => !wrapped.includes(i) && !isTableRule(lines[i]?.text ?? ''));
  let rest = answerBody;
  const tables = [...findYearTables(lines, answerBody, state.reportYear, state.agencyAliases), ...findYearColumnTables(lines, answerBody, state.reportYear), ...findDatedTables(lines, answerBody, state.reportYear), ...findLabelActionTables(lines, answerBody, state.reportYear, state.agencyAliases)].sort((a, b) => a.from - b.from);
  let readTo = -1;
  const prose = (indexes: readonly number[]) => addCountStatements(out, proseUnits(lines, withoutGridRows(lines, indexes, out.issues)), countContext);
  for (const table of tables) {
    // Two readers taking the same lines for a table of theirs: the first one's reading stands, never both.
    if (table.from <= readTo) continue;
    readTo = table.to;
    prose(rest.filter((i) => i < table.from));
    out.count_statements.push(...table.statements);
    out.issues.push(...table.issues);
    rest = rest.filter((i) => i > table.to);
  }
  prose(rest);
}

/**
 * A row of a table with two count columns or more (`Pistols   214   160`, `2019 | 120 | 80`): a label, then
 * cells that are all counts (or say not known), two of them at least. No table reader took it (they run
 * first), so which column each count is under is not known: read as prose, a count would be paired with
 * the next row's label (`160 Rifles`) or another column's action.
 */
function isGridRow(text: string): boolean {
  const cells = cellsOf(text);
  if (cells.length < 3) return false;
  const values = cells.slice(1);
  return values.every((cell) => cellCount(cell) !== null || isUnknownMarker(cell)) && values.filter((cell) => cellCount(cell) !== null).length >= 2;
}

/**
 * `body` without the rows of tables with several count columns that no reader knows (see isGridRow): none of
 * their numbers is loaded, and each run of such rows gets a `table-not-read` warning naming its lines.
 */
function withoutGridRows(lines: readonly DocLine[], body: readonly number[], issues: IssueDraft[]): number[] {
  const kept: number[] = [];
  let run: number[] = [];
  const close = () => {
    if (run.length === 0) return;
    const first = lines[run[0] ?? -1]?.no ?? null;
    const last = lines[run[run.length - 1] ?? -1]?.no ?? first;
    issues.push({
      severity: 'warning',
      rule: 'table-not-read',
      message: `Lines ${first}-${last}: rows of a table with several count columns whose layout no reader knows (which column a count is under cannot be told): nothing is loaded from them.`,
      line_start: first,
    });
    run = [];
  };
  for (const index of body) {
    const line = lines[index];
    if (line && !isBlank(line) && isGridRow(line.text)) {
      run.push(index);
      continue;
    }
    // A blank line between rows does not end the table (it still parts the prose around it); any other line does.
    if (!line || !isBlank(line)) close();
    kept.push(index);
  }
  close();
  return kept;
}

/**
 * What a line is, with what the format says about it: the term of a description list (`<dt>National marking
 * practices:</dt>`) is a question whose `<dd>` answers it; a heading the format marks (`<h2>`, not the page's
 * `<h1>` title) is a section heading even when its words are outside the vocabulary (topic NULL then).
 */
function readMarkedLine(line: DocLine): ReportLine | null {
  const text = line.text.trim();
  if (line.term && text !== '') return { kind: 'question', tag: null, question: text, match: matchQuestionTopic(text.replace(/[\s:]+$/u, '')) };
  const read = readReportLine(line.text);
  if (read !== null || line.headingLevel === undefined || line.headingLevel < 2 || text === '') return read;
  return { kind: 'heading', text, match: matchHeading(text) };
}

export function extractPoaReport(doc: DocumentModel, ctx: ExtractContext): Extraction {
  const lines = documentLines(doc);
  const out = emptyExtraction();
  // A cell of a table laid out with spaces wrapped onto a line of its own (`manufactured)`) is part of its row,
  // never a heading, whatever its words.
  const inTable = spacedActionTableLines(lines);
  const structure = lines.map((line, i) => (inTable.has(i) ? null : readMarkedLine(line)));
  const firstStructure = structure.findIndex((line) => line !== null);
  const headerEnd = firstStructure < 0 ? Math.min(lines.length, 12) : firstStructure;

  const header = readReportFacts(lines, headerEnd, null, firstStructure < 0);
  const language = doc.declaredLanguage ?? header.statedLanguage ?? guessLanguage(lines.map((line) => line.text).join('\n')) ?? ctx.language;
  // A report whose headings stand without numbers (`Marcado`, `Registro`) may have some outside the
  // vocabulary (`Otras cuestiones`, `Overview`): they close the section above them (topic NULL), and one may
  // come before the first known heading, right under the header's facts: the header ends there.
  const unnumbered = structure.filter((line) => line?.kind === 'heading' && !/^\s*(?:\d|[IVX]{1,5}\.|[A-H][.)])/u.test(line.text)).length;
  let bodyStart = firstStructure;
  if (unnumbered >= 2) {
    const factLines = header.used;
    const afterFacts = factLines.size === 0 ? 0 : Math.max(...factLines) + 1;
    for (let i = afterFacts; i < firstStructure; i++) {
      if (structure[i]) continue;
      const heading = readUnnumberedHeading(lines, i, (j) => structure[j] !== null, (j) => factLines.has(j));
      if (heading) {
        structure[i] = heading;
        bodyStart = i;
        break;
      }
    }
  }
  // The date convention (day first in French, Spanish, Russian) depends on the language: read again once it is known.
  const { facts, used, issues, reportingPeriod } = readReportFacts(lines, bodyStart < 0 ? headerEnd : bodyStart, language, firstStructure < 0, doc.runningLines ?? []);
  const { year: reportYear, basis: reportYearBasis } = chooseReportYear(ctx.reportYear, { year: facts.report_year ?? null, basis: facts.report_year_basis ?? null });
  out.document = { ...facts, report_year: reportYear, report_year_basis: reportYearBasis, language };
  out.issues.push(...issues);
  if (header.original && header.original.language !== language) {
    out.issues.push({ severity: 'info', rule: 'translated-document', message: `The header says the text was translated from ${header.original.language}: its words (source_text) are the translation's.`, line_start: header.original.line });
  }
  if (facts.report_year != null && ctx.reportYear !== null && facts.report_year !== ctx.reportYear) {
    out.issues.push({
      severity: 'warning',
      rule: 'report-year-disagrees',
      message: `The report states ${facts.report_year} (${facts.report_year_basis}) but its sidecar says ${ctx.reportYear}: report year ${ctx.reportYear} from the sidecar, which overrides the document.`,
      line_start: null,
    });
  }
  if (facts.report_year == null && ctx.reportYear !== null) {
    out.issues.push({ severity: 'info', rule: 'report-year-from-context', message: `The report states no date or year of its own: report year ${ctx.reportYear} from the file's metadata.`, line_start: null });
  } else if (reportYear === null) {
    out.issues.push({ severity: 'warning', rule: 'report-year-missing', message: 'The report states no date, document code or year: report year and source_report_year NULL.', line_start: null });
  }

  const state: ReportState = { lines, out, reportYear, dateRaw: facts.date_raw ?? null, dateIso: facts.date_iso ?? null, language, block: null, agencyAliases: agencyAliasesFromText(lines.map((l) => l.text).join('\n')), reportingPeriod, notes: documentNotes(lines.map((l) => l.text), [], asLanguage(language)) };
  if (firstStructure < 0) {
    // No heading and no question: the text after the facts is one section of unknown topic.
    const afterFacts = used.size === 0 ? 0 : Math.max(...used) + 1;
    const body = lines.map((_, i) => i).filter((i) => i >= afterFacts && !isBlank(lines[i]));
    const first = body[0];
    if (first !== undefined) closeContainer(state, { at: first, line: { kind: 'text' }, body });
    return out;
  }

  const furniture = findFurniture(lines, bodyStart);
  // Notes at the pages' feet, under a separator, are notes the text may refer to as well.
  if (furniture.footnotes.length > 0) state.notes = documentNotes(lines.map((l) => l.text), furniture.footnotes.map((note) => note.ref), asLanguage(language));
  if (unnumbered >= 2) {
    for (let i = bodyStart + 1; i < lines.length; i++) {
      if (structure[i] || furniture.skip.has(i)) continue;
      const heading = readUnnumberedHeading(lines, i, (j) => structure[j] !== null || furniture.skip.has(j));
      if (heading) structure[i] = heading;
    }
  }

  // A template export puts each source tag on a line of its own, before its question or after it: the
  // document's first tag line tells which (before the first question: tags lead their questions).
  const firstTag = lines.findIndex((line, i) => i >= bodyStart && readTagLine(line.text) !== null);
  const firstQuestion = structure.findIndex((line) => line?.kind === 'question');
  const tagsLead = firstTag >= 0 && firstQuestion >= 0 && firstTag < firstQuestion;
  let pendingTag: string | null = null;
  let columns: readonly string[] | null = null;

  reportUnreadHeader(out, lines, bodyStart, used, furniture.skip);
  let current: Container | null = null;
  for (let i = bodyStart; i < lines.length; i++) {
    // The blank margin of a page break parts no paragraphs: whether the text goes on is the sentence's to say.
    if (furniture.skip.has(i) || furniture.pageBreakBlanks.has(i)) continue;
    const line = structure[i];
    if (!line) {
      const text = lines[i]?.text ?? '';
      const header = readAnswerHeader(text);
      if (header) {
        // `Yes No N/A`: the flattened columns of the answers below; no answer of its own.
        columns = header;
        continue;
      }
      const tag = firstQuestion >= 0 ? readTagLine(text) : null;
      if (tag && tagsLead) pendingTag = tag;
      else if (tag && current?.line.kind === 'question' && !current.line.tag && !current.tagApart) current.tagApart = tag;
      else current?.body.push(i);
      continue;
    }
    // `2. Marking and record-keeping` right above `2.1 Marking at manufacture`: the parent has no text of
    // its own (all of it is its sub-sections'), so it is no section; a row with answer NULL would claim
    // the state left it empty. Its topic still stands for sub-sections whose own words match none.
    const parentOnly = current !== null && current.line.kind === 'heading' && line.kind === 'heading' && current.body.every((j) => isBlank(lines[j])) && isSubHeading(current.line.text, line.text);
    // A heading with no text of its own right above a question heads the questions below it, as a block does.
    const headsQuestions = current !== null && current.line.kind === 'heading' && line.kind === 'question' && current.body.every((j) => isBlank(lines[j]));
    if (parentOnly) state.parent = current;
    else if (headsQuestions) state.block = current;
    else closeContainer(state, current);
    if (line.kind === 'heading' && state.parent && state.parent !== current && !isSubHeading(state.parent.line.kind === 'heading' ? state.parent.line.text : '', line.text)) state.parent = null;
    current = { at: i, line, body: [], columns, ...(line.kind === 'question' && pendingTag ? { tagApart: pendingTag } : {}) };
    if (line.kind === 'question') pendingTag = null;
    if (line.kind === 'block') {
      state.block = current;
      columns = null;
    } else if (line.kind === 'heading') {
      state.block = null;
      columns = null;
    }
  }
  closeContainer(state, current);
  addFootnotes(out, lines, furniture.footnotes);
  applyErrata(out, lines, asLanguage(language));
  return out;
}

/**
 * Prose above the report's first heading that is no fact of its header (a paragraph the structure did not
 * see: under a heading nothing recognised, or under none) is read by nothing: each such paragraph gets an
 * `unread-text` warning naming its lines, never a silent drop. Letterhead lines (a ministry's name, a
 * title without a sentence) are the header's, not prose.
 */
function reportUnreadHeader(out: Extraction, lines: readonly DocLine[], end: number, used: ReadonlySet<number>, skip: ReadonlySet<number>): void {
  let paragraph: number[] = [];
  const close = () => {
    const texts = paragraph.map((i) => lines[i]?.text.trim() ?? '');
    const words = texts.join(' ').split(/\s+/u).length;
    // A sentence: it has the words of one and ends as sentences do; a letterhead's lines (`Republic of Kenya` /
    // `National Focal Point`) and a title wrapped over lines (`... in All Its Aspects` / `and of the ...`) do not.
    const prose = words >= 8 && texts.some((t) => /[.;!?。]$/u.test(t));
    if (prose && paragraph.length > 0) {
      const first = lines[paragraph[0] ?? -1]?.no ?? null;
      const last = lines[paragraph[paragraph.length - 1] ?? -1]?.no ?? first;
      out.issues.push({
        severity: 'warning',
        rule: 'unread-text',
        message: `Lines ${first}-${last}: prose above the report's first heading that is no part of its header (title, date, code) and under no section: not read, none of its counts is loaded.`,
        line_start: first,
      });
    }
    paragraph = [];
  };
  for (let i = 0; i < end; i++) {
    const line = lines[i];
    if (!line || isBlank(line) || used.has(i) || skip.has(i)) {
      close();
      continue;
    }
    paragraph.push(i);
  }
  close();
}

/**
 * Footnotes become citations of the section whose text carries their marker (`... of 2007.1`), the
 * nearest one above the note; a note whose marker is found nowhere goes to the section it sits in.
 */
function addFootnotes(out: Extraction, lines: readonly DocLine[], footnotes: readonly Footnote[]): void {
  for (const note of footnotes) {
    const lineNo = lines[note.from]?.no ?? 0;
    const marker = new RegExp(`[\\p{L}.,;:)”"’]${note.ref}(?!\\d)`, 'u');
    let sectionIndex: number | null = null;
    let enclosing: number | null = null;
    out.sections.forEach((section, index) => {
      if (section.line_start > lineNo) return;
      enclosing = index;
      if (section.answer !== null && marker.test(section.answer)) sectionIndex = index;
    });
    out.citations.push({
      section_index: sectionIndex ?? enclosing,
      ref: note.ref,
      ref_inferred: false,
      text: note.text,
      url: /https?:\/\/\S+/u.exec(note.text)?.[0].replace(/[.,;)]+$/u, '') ?? null,
      accessed_on: null,
      ...lineageOf(lines, note.from, note.to),
    });
  }
}

export const poaReportExtractor: Extractor = {
  name: 'poa-report',
  kinds: ['poa_report'],
  // A table about weapons that nothing was read from is named, never passed over in silence.
  extract: (doc, ctx) => withUnreadTables(doc, extractPoaReport(doc, ctx), ctx.sourcePath),
};
