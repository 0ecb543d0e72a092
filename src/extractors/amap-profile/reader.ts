/**
 * Reads an ammunition country profile top to bottom, in one pass over its units (lines, tables,
 * footnotes), keeping the state a reader keeps: the current section, the footnote markers waiting
 * for their entries, the table being read. Footnote numbering is scoped: an entry resolves to the
 * latest unresolved marker with its number, so `[1]` under Needs and `[1]` in the opening paragraph
 * point to different entries.
 */
import { asLanguage } from '../../language/registry.ts';
import type { Language } from '../../language/types.ts';
import { type DocumentModel, lineOfOffset, type Span } from '../../model/document.ts';
import { emptyExtraction, type CitationRecord, type Extraction, type SectionRecord, type TallyRecord } from '../../model/records.ts';
import { findUrls, isSourceLine, readCitation, splitCitedWorks } from '../../transforms/citations.ts';
import {
  findMarkers,
  isCaptionShaped,
  isChrome,
  isHeadingShaped,
  isNotesHeading,
  looksLikeCitation,
  proseLanguage,
  type ProfileTopic,
  readFootnoteLine,
  type TextUnit,
  topicOfHeading,
  type Unit,
  unitsOf,
} from './lines.ts';
import { readTally, tallyMismatch } from './tallies.ts';
import { readSpaceRowStart, spaceRowComplete } from './space-rows.ts';
import { endsWithDescription, headerColumns, ignoredLabels, spaceHeaderColumns, type TableDraft, type TableKind } from './table-drafts.ts';
import { loadTable } from './tables.ts';

interface Paragraph {
  text: string;
  span: Span;
  blockIndex: number;
}

interface SectionDraft {
  topic: ProfileTopic | null;
  heading: TextUnit | null;
  paragraphs: Paragraph[];
}

interface PendingMarker {
  ref: string;
  sectionIndex: number | null;
  line: number;
  resolved: boolean;
}

/** Words of the opening paragraph about help from abroad (the pages' second, unheaded paragraph). */
const SUPPORT_WORDS = /\b(?:support(?:ed|ing)?|assist(?:ance|ed|ing)?|cooperat(?:ion|ed|ing)|donors?|partners?|funded|funding|OSCE|UNDP|UNODA|UNMAS|UNREC|UNLIREC|ITF|NATO|EU|European Union|training)\b/u;

const TERMINAL = /[.!?…)"”’]$/u;

/** Text that starts the way a cited work does and carries no footnote marker of its own. */
function opensCitation(text: string): boolean {
  if (findMarkers(text).length > 0) return false;
  const t = text.trim();
  return (
    /\b(?:https?:\/\/|www\.)/i.test(t) ||
    /\b(?:Accessed|Retrieved|Consulted)\b/i.test(t) ||
    /^[“"‘«]/u.test(t) ||
    (looksLikeCitation(t) && /^(?:See|Cf\.|Ibid)\b/i.test(t)) ||
    /^\p{Lu}[\p{L}'’-]+(?:\s\p{Lu}[\p{L}'’-]+)*,\s\p{Lu}[\p{L}.-]*[.,]\s/u.test(t)
  );
}

export class ProfileReader {
  private readonly out: Extraction = emptyExtraction();
  private readonly units: Unit[];
  private readonly sections: SectionDraft[] = [];
  private readonly markers: PendingMarker[] = [];
  private readonly prelude: string[] = [];
  private readonly tables: Array<{ kind: TableKind | null; rows: number; line: number }> = [];
  private current: number | null = null;
  private headingSeen = false;
  private table: TableDraft | null = null;
  /** The previous unit was part of the table (so a pipe-less line may continue its last row). */
  private inTable = false;
  private pendingCaption: string | null = null;
  /** Set while consecutive footnote entries are read: the last number and the unit it came from. */
  private footnoteRun: { lastRef: number | null; blockIndex: number } | null = null;
  /** Set after a `Notes` heading: the number the next unnumbered list entry has by its position. */
  private notesList: { next: number } | null = null;
  /** How many markers had been read when the last citation was added: later ones await this list. */
  private markersBeforeList = 0;

  /** The page's language, for the parsers (number words, unknown markers, separators); null when unclear. */
  private readonly language: Language | null;

  constructor(private readonly doc: DocumentModel) {
    this.units = unitsOf(doc);
    this.language = asLanguage(doc.declaredLanguage) ?? asLanguage(proseLanguage(doc.lines.join(' ')));
  }

  read(): Extraction {
    for (let i = 0; i < this.units.length; i++) {
      const unit = this.units[i];
      if (unit) i = this.readUnit(unit, i);
    }
    this.closeTable();
    this.finish();
    return this.out;
  }

  // -------------------------------------------------------------------------------------------------

  /** Reads one unit; returns the index of the last unit consumed. */
  private readUnit(unit: Unit, i: number): number {
    if (unit.kind === 'table') {
      this.readTable(unit);
      return i;
    }
    if (unit.kind === 'footnote') {
      this.readFootnoteBlock(unit, i);
      return i;
    }
    const text = unit.text.trim();
    if (text === '') return i;

    if (isSourceLine(text)) {
      this.closeTable();
      this.footnoteRun = null;
      return this.readSource(unit, i);
    }
    if (isCaptionShaped(text) && this.followedByTable(i)) {
      this.closeTable();
      this.footnoteRun = null;
      this.pendingCaption = text;
      const next = this.units[i + 1];
      if (next && next.kind !== 'table') this.table = this.newTable('space', text, null, unit.span.lineStart);
      return i;
    }
    if (this.table?.mode === 'space' && this.readSpaceLine(unit, text)) return i;
    if (this.table?.mode === 'cells' && this.inTable && this.isCellContinuation(this.table, text)) {
      this.continueCellRow(this.table, unit, text);
      return i;
    }
    this.closeTable();

    const topic = topicOfHeading(text);
    if (topic !== null && isHeadingShaped(text, 10)) {
      this.footnoteRun = null;
      this.startSection(topic, unit);
      return i;
    }
    if (isChrome(text)) {
      this.footnoteRun = null;
      return i;
    }
    if (isNotesHeading(text) && isHeadingShaped(text, 3)) {
      // `Notes` / `References` over a list of entries: no section of its own (its entries are citations).
      this.footnoteRun = null;
      this.notesList = { next: 1 };
      return i;
    }
    if (this.notesList && unit.hint === 'list_item' && readFootnoteLine(text) === null && !isHeadingShaped(text, 3)) {
      this.addListedNote(unit, text);
      return i;
    }
    if (this.readFootnoteText(unit, text, i)) {
      const ref = Number(this.out.citations.at(-1)?.ref ?? NaN);
      if (this.notesList && Number.isInteger(ref)) this.notesList.next = ref + 1;
      return i;
    }
    this.footnoteRun = null;
    this.notesList = null;

    if (isHeadingShaped(text, 8) && this.sections.length === 0) {
      this.prelude.push(text);
      return i;
    }
    if (isHeadingShaped(text, 5) && (unit.hint === 'heading' || unit.level !== undefined)) {
      if (this.nextIsProse(i)) {
        this.startSection(null, unit);
        this.out.issues.push({
          severity: 'info',
          rule: 'unrecognised-heading',
          message: `heading '${text}' (line ${unit.span.lineStart}) is not a known profile section; its text is kept with topic NULL.`,
          line_start: unit.span.lineStart,
        });
      }
      // A short label followed by no text (a button, a widget title) is page furniture.
      return i;
    }
    this.addProse(unit);
    return i;
  }

  // -------------------------------------------------------------------------------------------------
  // Sections and prose.

  private startSection(topic: ProfileTopic | null, heading: TextUnit | null): void {
    this.notesList = null;
    if (heading) this.headingSeen = true;
    this.sections.push({ topic, heading, paragraphs: [] });
    this.current = this.sections.length - 1;
  }

  private addProse(unit: TextUnit): void {
    const section = this.current === null ? undefined : this.sections[this.current];
    const last = section?.paragraphs.at(-1);
    const continues = last !== undefined && last.blockIndex === unit.blockIndex && last.span.lineEnd + 1 >= unit.span.lineStart;
    if (!this.headingSeen && !continues) {
      // Old layout: the opening paragraphs have no headings. The first is the security situation; a
      // later one about help from abroad is the international support.
      if (section === undefined) this.startSection('security_situation', null);
      else if (section.topic === 'security_situation' && SUPPORT_WORDS.test(unit.text) && !this.sections.some((s) => s.topic === 'international_support')) {
        this.startSection('international_support', null);
      }
    } else if (section === undefined) {
      this.startSection(null, null);
    }
    const target = this.sections[this.current ?? 0];
    if (!target) return;
    const previous = target.paragraphs.at(-1);
    if (continues && previous) {
      previous.text = `${previous.text}\n${unit.text}`;
      previous.span = { ...previous.span, lineEnd: unit.span.lineEnd };
    } else {
      target.paragraphs.push({ text: unit.text, span: unit.span, blockIndex: unit.blockIndex });
    }
    for (const marker of findMarkers(unit.text)) {
      const line = lineOfOffset(unit.text, unit.span, marker.index);
      for (const older of this.markers) {
        if (older.ref === marker.ref && !older.resolved) this.danglingMarker(older);
      }
      this.markers.push({ ref: marker.ref, sectionIndex: this.current, line, resolved: false });
    }
  }

  private danglingMarker(marker: PendingMarker): void {
    marker.resolved = true;
    this.out.issues.push({
      severity: 'info',
      rule: 'footnote-without-entry',
      message: `footnote marker ${marker.ref} on line ${marker.line} has no footnote entry.`,
      line_start: marker.line,
    });
  }

  private nextIsProse(i: number): boolean {
    const next = this.units[i + 1];
    if (next?.kind !== 'text') return false;
    const text = next.text.trim();
    return !isHeadingShaped(text, 8) && !isSourceLine(text) && !isCaptionShaped(text) && readFootnoteLine(text) === null;
  }

  // -------------------------------------------------------------------------------------------------
  // Footnotes.

  /** The section an entry belongs to: the section of the latest unresolved marker with its number. */
  private resolveSection(ref: string | null): number | null {
    if (ref !== null) {
      for (let k = this.markers.length - 1; k >= 0; k--) {
        const marker = this.markers[k];
        if (marker && marker.ref === ref && !marker.resolved) {
          marker.resolved = true;
          return marker.sectionIndex;
        }
      }
    }
    return this.current;
  }

  private hasPendingMarker(ref: string): boolean {
    return this.markers.some((m) => m.ref === ref && !m.resolved);
  }

  /** The number of the footnote entry at unit i, if it is one. */
  private footnoteRefAt(i: number): number | null {
    const unit = this.units[i];
    if (!unit) return null;
    if (unit.kind === 'footnote') return unit.footnote.ref === null ? null : Number(unit.footnote.ref);
    if (unit.kind !== 'text') return null;
    const line = readFootnoteLine(unit.text);
    if (!line) return null;
    return line.bracketed || looksLikeCitation(line.body) ? Number(line.ref) : null;
  }

  private addCitation(
    unit: Unit,
    ref: string | null,
    refInferred: boolean,
    body: string,
    urls: readonly string[],
  ): void {
    const reading = readCitation(body);
    const sectionIndex = this.resolveSection(ref);
    const citation: CitationRecord = {
      section_index: sectionIndex,
      ref,
      ref_inferred: refInferred,
      text: body.trim(),
      url: urls[0] ?? reading.url,
      accessed_on: reading.accessed_on,
      line_start: unit.span.lineStart,
      line_end: unit.span.lineEnd,
      page: unit.span.page ?? null,
      source_text: unit.text,
    };
    this.out.citations.push(citation);
    this.footnoteRun = { lastRef: ref === null ? null : Number(ref), blockIndex: unit.blockIndex };
    this.markersBeforeList = this.markers.length;
  }

  /**
   * The number the first entry of an entirely unnumbered list has by its position: the first marker
   * read since the last footnote entry that is still waiting for its entry (null when none waits).
   */
  private firstWaitingRef(): number | null {
    const waiting = this.markers.slice(this.markersBeforeList).find((m) => !m.resolved);
    return waiting === undefined ? null : Number(waiting.ref);
  }

  /** A number for an unnumbered entry from its neighbours, or null when they do not settle it. */
  private inferRef(i: number): number | null {
    const previous = this.footnoteRun?.lastRef ?? null;
    const next = this.footnoteRefAt(i + 1);
    const candidate = previous !== null ? previous + 1 : next !== null ? next - 1 : this.firstWaitingRef();
    if (candidate === null || candidate < 1) return null;
    if (next !== null && next !== candidate + 1) return null;
    return candidate;
  }

  private addUnnumbered(unit: Unit, body: string, urls: readonly string[], i: number): void {
    const inferred = this.inferRef(i);
    const line = unit.span.lineStart;
    if (inferred === null) {
      this.out.issues.push({
        severity: 'warning',
        rule: 'footnote-number-unknown',
        message: `footnote entry on line ${line} has no number and its neighbours do not settle one; loaded with ref NULL.`,
        line_start: line,
        record: { table: 'citations', index: this.out.citations.length },
      });
      this.addCitation(unit, null, false, body, urls);
      return;
    }
    const ref = String(inferred);
    const marker = this.hasPendingMarker(ref) ? `, and marker ${ref} has no other entry` : '';
    this.out.issues.push({
      severity: 'info',
      rule: 'footnote-number-inferred',
      message: `footnote entry on line ${line} ('${body.trim().slice(0, 40)}...') has no number; it sits where entry ${ref} belongs${marker}, so it is ref ${ref} by position.`,
      line_start: line,
      record: { table: 'citations', index: this.out.citations.length },
    });
    this.addCitation(unit, ref, true, body, urls);
  }

  /**
   * An entry of an ordered list under a `Notes` heading (HTML `<ol>` without footnote ids): the reader
   * sees its number from its position, so the ref is the position, marked as inferred.
   */
  private addListedNote(unit: TextUnit, text: string): void {
    const notes = this.notesList;
    if (!notes) return;
    const ref = String(notes.next);
    notes.next++;
    const line = unit.span.lineStart;
    this.out.issues.push({
      severity: 'info',
      rule: 'footnote-number-inferred',
      message: `note on line ${line} ('${text.slice(0, 40)}...') is entry ${ref} of the list under a Notes heading; ref ${ref} by position.`,
      line_start: line,
      record: { table: 'citations', index: this.out.citations.length },
    });
    this.addCitation(unit, ref, true, text, []);
  }

  private readFootnoteBlock(unit: Extract<Unit, { kind: 'footnote' }>, i: number): void {
    this.closeTable();
    const { ref, urls } = unit.footnote;
    let body = unit.text.trim();
    if (ref !== null) {
      const prefix = new RegExp(`^(?:\\[${ref}\\]\\s*|${ref}[.)]\\s+)`);
      body = body.replace(prefix, '');
    }
    if (ref === null) this.addUnnumbered(unit, body, urls, i);
    else this.addCitation(unit, ref, false, body, urls);
  }

  /** Footnote entries written as lines (numbered, glued, unnumbered) and their wrapped continuations. */
  private readFootnoteText(unit: TextUnit, text: string, i: number): boolean {
    const run = this.footnoteRun;
    const last = this.out.citations.at(-1);
    // Between entries n and n+1 an unnumbered line has no number left to take by position: it is n's wrap.
    const noNumberLeft =
      last?.ref != null && /^\d+$/u.test(last.ref) && readFootnoteLine(text) === null && this.footnoteRefAt(i + 1) === Number(last.ref) + 1;
    if (run && last && last.ref !== null && (unit.blockIndex === run.blockIndex || noNumberLeft || /^(?:\p{Ll}|https?:\/\/|www\.)/u.test(text))) {
      // A wrapped entry: its next line belongs to it.
      last.text = `${last.text} ${text}`;
      last.source_text = `${last.source_text}\n${unit.text}`;
      last.line_end = unit.span.lineEnd;
      last.url ??= findUrls(text)[0]?.url ?? null;
      last.accessed_on ??= readCitation(last.text).accessed_on;
      return true;
    }
    const line = readFootnoteLine(text);
    if (line) {
      const plausible =
        line.bracketed || looksLikeCitation(line.body) || run !== null || this.hasPendingMarker(line.ref) || this.footnoteRefAt(i + 1) !== null;
      if (plausible) {
        this.addCitation(unit, line.ref, false, line.body, []);
        return true;
      }
    }
    const nextIsEntry = this.footnoteRefAt(i + 1) !== null;
    // The first entry of a list with no numbers at all: it opens the list when markers wait for entries
    // and it reads as a citation from its start (a quote inside a prose sentence is not enough).
    const opensUnnumberedList = !run && this.firstWaitingRef() !== null && opensCitation(text);
    if ((run && (nextIsEntry || looksLikeCitation(text))) || (!run && nextIsEntry && looksLikeCitation(text)) || opensUnnumberedList) {
      this.addUnnumbered(unit, text, [], i);
      return true;
    }
    return false;
  }

  private readSource(unit: TextUnit, i: number): number {
    // A Source line wrapped by the decoder continues on the next lines of its block.
    let end = i;
    let text = unit.text;
    let lineEnd = unit.span.lineEnd;
    for (let k = i + 1; k < this.units.length; k++) {
      const next = this.units[k];
      if (next?.kind !== 'text' || next.blockIndex !== unit.blockIndex) break;
      text = `${text}\n${next.text}`;
      lineEnd = next.span.lineEnd;
      end = k;
    }
    for (const work of splitCitedWorks(text)) {
      this.out.citations.push({
        section_index: this.current,
        ref: null,
        ref_inferred: false,
        text: work.text,
        url: work.url,
        accessed_on: work.accessed_on,
        line_start: lineOfOffset(text, unit.span, work.index),
        line_end: lineOfOffset(text, { ...unit.span, lineEnd }, work.index + work.text.length - 1),
        page: unit.span.page ?? null,
        source_text: work.text,
      });
    }
    return end;
  }

  // -------------------------------------------------------------------------------------------------
  // Tables.

  private newTable(mode: TableDraft['mode'], caption: string | null, columns: TableDraft['columns'], line: number): TableDraft {
    const topic = this.current === null ? null : (this.sections[this.current]?.topic ?? null);
    return { caption, columns, rows: [], mode, sectionTopic: topic, lineStart: line };
  }

  private followedByTable(i: number): boolean {
    const next = this.units[i + 1];
    if (!next) return false;
    if (next.kind === 'table') return true;
    if (next.kind !== 'text') return false;
    return spaceHeaderColumns(next.text) !== null || readSpaceRowStart(next.text) !== null;
  }

  private readTable(unit: Extract<Unit, { kind: 'table' }>): void {
    this.notesList = null;
    this.footnoteRun = null;
    const block = unit.table;
    let columns: TableDraft['columns'] = null;
    let ignored: string[] = [];
    const dataRows = block.rows.filter((row, k) => {
      const header = row.isHeader || k === 0 ? headerColumns(row.cells) : null;
      if (header && columns === null) {
        columns = header;
        ignored = ignoredLabels(row.cells, header);
      }
      return header === null && !(row.isHeader && row.cells.every((c) => !/\d/.test(c)));
    });
    // A table block that continues the previous one (the decoder cut it at a wrapped description line).
    const continuing = this.table?.mode === 'cells' && this.inTable && columns === null;
    if (!continuing) {
      this.closeTable();
      this.table = this.newTable('cells', block.caption ?? this.pendingCaption, columns, unit.span.lineStart);
      if (ignored.length > 0) this.table.ignored = ignored;
    }
    this.pendingCaption = null;
    const table = this.table;
    if (!table) return;
    for (const row of dataRows) {
      table.rows.push({
        cells: [...row.cells],
        lineStart: row.span.lineStart,
        lineEnd: row.span.lineEnd,
        page: row.span.page ?? null,
        texts: [row.text],
      });
    }
    this.inTable = true;
  }

  private isCellContinuation(table: TableDraft, text: string): boolean {
    const lastRow = table.rows.at(-1);
    if (!lastRow) return false;
    if (topicOfHeading(text) !== null || isCaptionShaped(text) || isChrome(text)) return false;
    if (readFootnoteLine(text)?.bracketed) return false;
    if (/\|\s*$/.test(text)) return true;
    if (/^\p{Ll}/u.test(text)) return true;
    return endsWithDescription(table) && !TERMINAL.test((lastRow.cells.at(-1) ?? '').trim());
  }

  private continueCellRow(table: TableDraft, unit: TextUnit, text: string): void {
    const lastRow = table.rows.at(-1);
    if (!lastRow) return;
    const piece = text.replace(/\s*\|\s*$/, '');
    const k = lastRow.cells.length - 1;
    lastRow.cells[k] = `${lastRow.cells[k] ?? ''} ${piece}`.trim();
    lastRow.texts.push(unit.text);
    lastRow.lineEnd = unit.span.lineEnd;
  }

  /** A line of a space-separated table: header, a row's year line, or the rest of a row. */
  private readSpaceLine(unit: TextUnit, text: string): boolean {
    const table = this.table;
    if (!table) return false;
    if (table.columns === null && table.rows.length === 0) {
      const header = spaceHeaderColumns(text);
      if (header) {
        table.columns = header;
        return true;
      }
    }
    const start = readSpaceRowStart(text);
    if (start) {
      table.rows.push({
        cells: [],
        space: { year: start.year, head: start.head, tail: [] },
        lineStart: unit.span.lineStart,
        lineEnd: unit.span.lineEnd,
        page: unit.span.page ?? null,
        texts: [unit.text],
      });
      return true;
    }
    const row = table.rows.at(-1);
    if (!row?.space || spaceRowComplete(table, row)) return false;
    if (topicOfHeading(text) !== null || isChrome(text) || readFootnoteLine(text)?.bracketed) return false;
    row.space.tail.push(text);
    row.texts.push(unit.text);
    row.lineEnd = unit.span.lineEnd;
    return true;
  }

  private closeTable(): void {
    this.inTable = false;
    const table = this.table;
    if (!table) return;
    this.table = null;
    if (table.rows.length === 0) return;
    const loaded = loadTable(table, this.out, this.language);
    this.tables.push({ kind: loaded.kind, rows: loaded.rows, line: table.lineStart });
  }

  // -------------------------------------------------------------------------------------------------

  private finish(): void {
    for (const marker of this.markers) if (!marker.resolved) this.danglingMarker(marker);

    for (const section of this.sections) {
      this.out.sections.push(sectionRecord(section));
      if (section.topic === null) continue;
      const topic = section.topic === 'accidental_explosions' ? 'explosions' : section.topic === 'diversion' ? 'diversions' : null;
      if (topic === null || this.out.tallies.some((t) => t.topic === topic)) continue;
      for (const paragraph of section.paragraphs) {
        const tally = readTally(paragraph.text, topic, this.language);
        if (!tally) continue;
        const record: TallyRecord = {
          topic,
          period_start: tally.period_start,
          period_end: tally.period_end,
          reported_count: tally.reported_count,
          reported_raw: tally.reported_raw,
          line_start: lineOfOffset(paragraph.text, paragraph.span, tally.sentenceStart),
          line_end: lineOfOffset(paragraph.text, paragraph.span, Math.max(tally.sentenceStart, tally.sentenceEnd - 1)),
          page: paragraph.span.page ?? null,
          source_text: paragraph.text.slice(tally.sentenceStart, tally.sentenceEnd),
          ...(tally.steps.length > 0 ? { steps: tally.steps } : {}),
        };
        const tallyIndex = this.out.tallies.push(record) - 1;
        if (tally.note) {
          this.out.issues.push({ severity: 'info', rule: 'tally-not-exact', message: `line ${record.line_start}: ${tally.note}`, line_start: record.line_start, record: { table: 'tallies', index: tallyIndex } });
        }
        const table = this.tables.find((t) => t.kind === topic);
        const mismatch = table ? tallyMismatch(record, table.rows, table.line) : null;
        if (mismatch) this.out.issues.push({ ...mismatch, record: { table: 'tallies', index: tallyIndex } });
        break;
      }
    }

    this.out.document.title = this.doc.title ?? titleOf(this.prelude);
    const prose = this.sections.flatMap((s) => s.paragraphs.map((p) => p.text)).join(' ');
    this.out.document.language = this.doc.declaredLanguage ?? proseLanguage(prose);
  }
}

function sectionRecord(section: SectionDraft): SectionRecord {
  const first = section.heading?.span ?? section.paragraphs[0]?.span;
  const lastSpan = section.paragraphs.at(-1)?.span ?? first;
  // A paragraph's line breaks are where a page or PDF wrapped it, not the author's: they read as spaces.
  const answer = section.paragraphs.map((p) => p.text.replace(/[ \t]*\n[ \t]*/g, ' ')).join('\n');
  const texts = [...(section.heading ? [section.heading.text] : []), ...section.paragraphs.map((p) => p.text)];
  return {
    topic: section.topic,
    heading_raw: section.heading?.text.trim() ?? null,
    question: null,
    source_tag: null,
    answer: answer === '' ? null : answer,
    source_report_year: null,
    source_date_raw: null,
    source_date_iso: null,
    line_start: first?.lineStart ?? 0,
    line_end: lastSpan?.lineEnd ?? first?.lineEnd ?? 0,
    page: first?.page ?? null,
    source_text: texts.join('\n'),
  };
}

/**
 * The page's title from the lines above the first section: the country line and the
 * "... country profile" line under it (`Peru` + `Ammunition management country profile`).
 */
function titleOf(prelude: string[]): string | null {
  const at = prelude.findIndex((line) => /\b(?:profile|profil|perfil)\b/iu.test(line));
  if (at < 0) return null;
  const profile = prelude[at] ?? '';
  const name = prelude
    .slice(0, at)
    .reverse()
    .find((line) => /\p{Ll}/u.test(line) && !/\b(?:profiles|profils|perfiles)\b/iu.test(line));
  return name ? `${name}: ${profile}` : profile;
}
