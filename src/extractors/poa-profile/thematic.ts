import type { Extraction, SectionRecord } from '../../model/records.ts';
import type { ProseUnit } from '../../transforms/count-statements/index.ts';
import { guessLanguage } from '../../transforms/languages.ts';
import { matchHeading, matchTemplateQuestion } from '../../transforms/topics.ts';
import { ATTRIBUTION, readLeadInAttribution, splitAttributionGroups, splitBullets } from '../poa-shared/attribution.ts';
import { addCountStatements } from '../poa-shared/counts.ts';
import { readMeetingLine, readSubmissionLine } from './listings.ts';
import { type DocLine, isBlank, isBulletLine, nextFilled } from '../poa-shared/lines.ts';

/**
 * Thematic sections of a PoA page (`Public awareness`, `Collection and destruction`, ...): a heading,
 * then bullets, each run of bullets closed by an attribution, or opened by one written as a lead-in line
 * (`From the National Report, 2020:`). One section row per attribution group; the group's bullets go to the
 * count-statement parser with the attribution's year.
 */

/**
 * True when line `i` is a lead-in attribution (`From the National Report, 2020:`, `Selon le rapport national de
 * 2020 :`) with a bullet below it: it opens the group of the bullets that follow, up to the next lead-in or heading.
 */
function isLeadIn(lines: readonly DocLine[], i: number): boolean {
  if (readLeadInAttribution(lines[i]?.text ?? '') === null) return false;
  const next = nextFilled(lines, i + 1);
  return next >= 0 && isBulletLine(lines[next]);
}

/** A line ending with an attribution: the group it closes is complete. */
const ENDS_WITH_ATTRIBUTION = new RegExp(`${ATTRIBUTION.source}\\s*[.;]?\\s*$`, 'iu');
/** A line that is an attribution and nothing else (`(National Report, 2022)` below sub-bullets): it closes a group. */
const ATTRIBUTION_ALONE = new RegExp(`^\\s*${ATTRIBUTION.source}\\s*[.;]?\\s*$`, 'iu');

/**
 * A thematic heading: a short line that is not a label (no final colon or full stop) and is followed by
 * a bullet. Whether the words are a known topic does not decide it: an unknown heading still opens a
 * section (topic NULL), and page chrome such as `Brokering Control` is not followed by bullets.
 */
export function isThematicHeading(lines: readonly DocLine[], i: number): boolean {
  const text = lines[i]?.text.trim() ?? '';
  if (text === '' || text.length > 120 || isBulletLine(lines[i])) return false;
  if (/[:.;,?!]$/u.test(text) || !/\p{L}/u.test(text)) return false;
  // An attribution on a line of its own closes the bullets above it; it heads nothing.
  if (ATTRIBUTION_ALONE.test(text)) return false;
  if (matchTemplateQuestion(text)) return false;
  const below = nextFilled(lines, i + 1);
  // A lead-in attribution between the heading and its first bullet belongs to the section.
  const next = below >= 0 && isLeadIn(lines, below) ? nextFilled(lines, below + 1) : below;
  if (next < 0) return false;
  if (!isBulletLine(lines[next]) && unmarkedItems(lines, i) === null) return false;
  // `National Reports` / `Statements` above the lists of an HTML page are list titles, not sections.
  const first = lines[next]?.text.trim() ?? '';
  return readSubmissionLine(first) === null && readMeetingLine(first) === null;
}

/**
 * An item of a list of dated events, written without a bullet mark: a year, a dash, words (`2019 - Regional
 * workshop on weapons marking, Douala`). A meeting line (`2018 - 3rd RevCon : Statement ...`) is not one.
 */
const DATED_ITEM = /^\s*(?:19|20)\d{2}\s*[-–—]\s*\p{L}/u;
function isDatedItem(line: DocLine | undefined): boolean {
  return line !== undefined && DATED_ITEM.test(line.text) && readMeetingLine(line.text.trim()) === null;
}

/**
 * The items of a section written without bullet marks, under a heading that names a topic (its words a topic's
 * heading, not only a keyword of one), by what its first line is:
 * - `dated`: a list of dated events (`Regional seminars` / `2019 - Regional workshop on marking, Douala`);
 * - `paragraphs`: under a heading the format marks as one (HTML `<h3>`, a `<details>`' `<summary>`), paragraphs
 *   each closed by an attribution (`<p>In 2015, Polri destroyed ... (National Report, 2016)</p>`);
 * - `prose`: sentences with no attribution (`Regional seminars` / `Peru hosted a UNLIREC workshop in Lima in 2019.`),
 *   each a paragraph of its own, up to the first blank line: a section whose report is unknown (said so), never
 *   words left unread.
 * Null when the section's items are bullets, or the lines below are not such items: a year and a dash, a paragraph
 * under a heading, also start other things.
 */
type ItemShape = 'dated' | 'paragraphs' | 'prose';

/**
 * A sentence of prose standing alone under a heading (`Regional seminars` / `Peru hosted a UNLIREC workshop ... in
 * 2019.`): several words, ending as a sentence ends, no label (a colon before its end asks a template question) and
 * no list line.
 */
function isProseLine(line: DocLine | undefined): boolean {
  const text = line?.text.trim() ?? '';
  if (line === undefined || line.headingLevel !== undefined || line.footnote || isBulletLine(line)) return false;
  if (!/[.!?。]$/u.test(text) || text.split(/\s+/u).length < 5 || /[:：]/u.test(text)) return false;
  return readSubmissionLine(text) === null && readMeetingLine(text) === null;
}

function unmarkedItems(lines: readonly DocLine[], i: number): ItemShape | null {
  const heading = lines[i];
  const next = lines[nextFilled(lines, i + 1)];
  if (!heading || !next || isBulletLine(next) || next.footnote) return null;
  const shape: ItemShape | null = isDatedItem(next) && !isDatedItem(heading)
    ? 'dated'
    : heading.headingLevel !== undefined && next.headingLevel === undefined && ENDS_WITH_ATTRIBUTION.test(next.text)
      ? 'paragraphs'
      : isProseLine(next)
        ? 'prose'
        : null;
  return shape !== null && matchHeading(heading.text.trim(), { keywords: false }) !== null ? shape : null;
}

/** True when line `line` is an item of a section whose items are of shape `shape` (see `unmarkedItems`). */
function isUnmarkedItem(line: DocLine | undefined, shape: ItemShape | null): boolean {
  if (line?.footnote) return false;
  if (shape === 'dated') return isDatedItem(line);
  if (shape === 'prose') return isProseLine(line);
  return shape === 'paragraphs' && line !== undefined && line.headingLevel === undefined && !isBulletLine(line);
}

export interface ThematicContext {
  lines: readonly DocLine[];
  out: Extraction;
  /** Language of the page, for the count parser when a group's own language cannot be told. */
  language: string | null;
  /** Acronyms the page defines for agencies, for statements that use them. */
  agencyAliases: Readonly<Record<string, string>>;
  /** True when line `i` starts something else (a list line, a Source/Date line, a heading, a question). */
  isStructural(i: number): boolean;
}

/** Reads the section whose heading is line `i`; returns the index of the first line after it. */
export function readThematicSection(ctx: ThematicContext, i: number): number {
  const { lines, out } = ctx;
  const heading = lines[i];
  if (!heading) return i + 1;
  const body: number[] = [];
  const items = unmarkedItems(lines, i);
  /** Body lines that are lead-in attributions (`From the National Report, 2020:`), with the years they name. */
  const leadIns = new Map<number, number[]>();
  let j = i + 1;
  for (; j < lines.length; j++) {
    const line = lines[j];
    if (isBlank(line)) {
      // Prose under a heading is one paragraph: a blank line ends it (a text page's next heading may follow), unless
      // bullets follow it (an introduction above the section's bullets).
      if (items === 'prose' && body.length > 0 && !isBulletLine(lines[nextFilled(lines, j)])) break;
      continue;
    }
    // A note explaining a marker (`<ol class="notes">`) ends the section: it is no answer, and no work cited.
    if (line?.footnote) break;
    if (items === null && isLeadIn(lines, j)) {
      leadIns.set(j, readLeadInAttribution(line?.text ?? '') ?? []);
      body.push(j);
      continue;
    }
    // Under a heading whose items have no marks (dated events, paragraphs), each such line is an item as a bullet
    // is, and any other line (`Statements`, the next list's title, a heading) ends the list: an item does not wrap.
    const bullet = isBulletLine(line) || isUnmarkedItem(line, items);
    const last = lines[body[body.length - 1] ?? -1];
    const groupClosed = last !== undefined && ENDS_WITH_ATTRIBUTION.test(last.text);
    // After a closed group only a new bullet continues the section; an open group runs on (a bullet's
    // second line) until something else starts.
    if (!bullet && (groupClosed || items !== null || ctx.isStructural(j))) break;
    if ((items === 'paragraphs' || items === 'prose') && ctx.isStructural(j)) break;
    body.push(j);
  }

  // The body as one text, each line's start remembered so that offsets map back to lines.
  const starts: number[] = [];
  /** Offsets of lines that are bullets without a mark (HTML list items): each starts a bullet. */
  const unmarked: number[] = [];
  /** The lead-in lines' offsets in the text, in order: each opens a part of the body with its report years. */
  const openers: { start: number; end: number; years: number[]; raw: string }[] = [];
  let text = '';
  for (const index of body) {
    if (text !== '') text += '\n';
    starts.push(text.length);
    const leadIn = leadIns.get(index);
    if (leadIn) openers.push({ start: text.length, end: text.length + (lines[index]?.text.length ?? 0), years: leadIn, raw: lines[index]?.text.trim() ?? '' });
    if (lines[index]?.listItem || isUnmarkedItem(lines[index], items)) unmarked.push(text.length);
    text += lines[index]?.text ?? '';
  }
  const lineAt = (offset: number): DocLine => {
    let k = 0;
    while (k + 1 < starts.length && (starts[k + 1] ?? 0) <= offset) k++;
    return lines[body[k] ?? i] ?? heading;
  };

  const headingText = heading.text.trim();
  const match = matchHeading(headingText);
  // The body's parts: before the first lead-in (attributions close their groups), then each lead-in's bullets, whose
  // groups take its attribution unless an attribution of their own closes them.
  const parts = [{ from: 0, to: openers[0]?.start ?? text.length, opener: null as (typeof openers)[number] | null }];
  for (const [k, opener] of openers.entries()) parts.push({ from: opener.end, to: openers[k + 1]?.start ?? text.length, opener });
  const groups = parts.flatMap(({ from, to, opener }) =>
    splitAttributionGroups(text, from, to).map((group, k) => {
      if (opener === null || group.attribution !== null) return { group, sourceStart: group.start };
      // The lead-in is part of the first group's words as written: the year's lineage.
      return { group: { ...group, attribution: opener.raw, years: opener.years }, sourceStart: k === 0 ? opener.start : group.start };
    }),
  );
  for (const { group, sourceStart } of groups) {
    const year = group.years[0] ?? null;
    const bullets = splitBullets(text, group.start, group.end, unmarked);
    // One bullet per line, marks dropped: the same answer whether the page joined its bullets with
    // ` - ` on one line (text) or gave each its own element (HTML). source_text keeps the words as written.
    // A bullet wrapped over two lines is one sentence: its line break is layout, read as a space.
    const answer = bullets.map(([start, end]) => text.slice(start, end).replace(/\s*\n\s*/gu, ' ')).join('\n');
    const sourceText = text.slice(sourceStart, group.closeEnd).trim();
    const last = lineAt(Math.max(group.start, group.closeEnd - 1));
    const record: SectionRecord = {
      topic: match?.topic ?? null,
      heading_raw: headingText,
      question: null,
      source_tag: null,
      answer,
      source_report_year: year,
      source_date_raw: null,
      source_date_iso: null,
      line_start: heading.no,
      line_end: last.no,
      page: heading.page,
      source_text: sourceText,
    };
    const index = out.sections.push(record) - 1;
    const firstLine = lineAt(group.start).no;
    if (match === null) {
      out.issues.push({
        severity: 'info',
        rule: 'unknown-topic',
        message: `Heading '${headingText}' is not in the topic vocabulary: topic NULL.`,
        line_start: heading.no,
        record: { table: 'sections', index },
      });
    }
    if (match?.how === 'fuzzy') {
      out.issues.push({
        severity: 'info',
        rule: 'fuzzy-heading-match',
        message: `Heading '${headingText}' read as '${match.matched}' (spelling differs): topic ${match.topic}.`,
        line_start: heading.no,
        record: { table: 'sections', index },
      });
    }
    if (group.attribution === null) {
      out.issues.push({
        severity: 'info',
        rule: 'unattributed-text',
        message: `Text under '${headingText}' (line ${firstLine}) is not closed by an attribution such as '(National Report, 2005)': source_report_year NULL.`,
        line_start: firstLine,
        record: { table: 'sections', index },
      });
    } else if (new Set(group.years).size > 1) {
      out.issues.push({
        severity: 'info',
        rule: 'multiple-report-years',
        message: `Attribution '${group.attribution}' names several reports: source_report_year is the first, ${year}.`,
        line_start: last.no,
        record: { table: 'sections', index },
      });
    }

    const units: ProseUnit[] = bullets.map(([start, end]) => ({
      text: text.slice(start, end),
      span: { lineStart: lineAt(start).no, lineEnd: lineAt(end - 1).no, ...(heading.page === null ? {} : { page: heading.page }) },
    }));
    addCountStatements(out, units, { reportedIn: year, language: guessLanguage(answer) ?? ctx.language, agencyAliases: ctx.agencyAliases });
  }
  return j;
}
