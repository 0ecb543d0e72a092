/**
 * The footnotes of a profile and the works its `Source:` lines cite, read as citation records in reading
 * order. Footnote numbering is scoped: a marker in the prose waits for its entry, and an entry resolves to
 * the latest unresolved marker with its number, so `[1]` under Needs and `[1]` in the opening paragraph
 * point to different entries (the entry's section is the marker's). Entries come as footnote blocks, as
 * lines (`[1] ...`, `1 ...`, `1PoA Report ...`, wrapped over several lines), or without numbers: an
 * unnumbered entry takes the number its position gives when its neighbours settle it (an info issue), else
 * it is loaded with ref NULL (a warning). A marker that never gets an entry is reported.
 */
import { lineOfOffset } from '../../model/document.ts';
import type { CitationRecord, Extraction } from '../../model/records.ts';
import { MarkerLedger } from './footnote-markers.ts';
import { findUrls, mentionsAccess, readCitation, splitCitedWorks, splitFootnoteWorks } from '../../transforms/citations.ts';
import { findMarkers, isHeadingShaped, looksLikeCitation, opensWithCitationOpener, readFootnoteLine, type TextUnit, type Unit } from './lines.ts';

/** Text that starts the way a cited work does and carries no footnote marker of its own. */
function opensCitation(text: string): boolean {
  if (findMarkers(text).length > 0) return false;
  const t = text.trim();
  return (
    /\b(?:https?:\/\/|www\.)/i.test(t) ||
    mentionsAccess(t) ||
    /^[“"‘«]/u.test(t) ||
    opensWithCitationOpener(t) ||
    /^\p{Lu}[\p{L}'’-]+(?:\s\p{Lu}[\p{L}'’-]+)*,\s\p{Lu}[\p{L}.-]*[.,]\s/u.test(t)
  );
}

/** Reads footnote entries and Source lines into `out.citations`, and the markers they answer. */
export class FootnoteReader {
  private readonly markers: MarkerLedger;
  /** Set while consecutive footnote entries are read: the last number and the unit it came from. */
  private footnoteRun: { lastRef: number | null; blockIndex: number } | null = null;
  /** Set after a `Notes` heading: the number the next unnumbered list entry has by its position. */
  private notesList: { next: number } | null = null;

  /**
   * `currentSection` gives the index of the section being read: an entry without a waiting marker, and a
   * Source line, belong to it.
   */
  constructor(
    private readonly units: readonly Unit[],
    private readonly out: Extraction,
    private readonly currentSection: () => number | null,
  ) {
    this.markers = new MarkerLedger(out);
  }

  /** The footnote markers of a line of prose in section `sectionIndex`: each waits for its entry. */
  noteMarkers(unit: Pick<Unit, 'text' | 'span'>, sectionIndex: number | null): void {
    for (const marker of findMarkers(unit.text)) {
      this.markers.add(marker.ref, sectionIndex, lineOfOffset(unit.text, unit.span, marker.index));
    }
  }

  /** Something other than a footnote entry was read: the next line cannot continue the last entry. */
  endRun(): void {
    this.footnoteRun = null;
  }

  /** A `Notes` heading: the unnumbered list entries under it are numbered by their position. */
  openNotesList(): void {
    this.notesList = { next: 1 };
  }

  closeNotesList(): void {
    this.notesList = null;
  }

  /** An entry of the list under a `Notes` heading, when `text` is one (see `addListedNote`). */
  readListedNote(unit: TextUnit, text: string): boolean {
    if (!this.notesList || unit.hint !== 'list_item' || readFootnoteLine(text) !== null || isHeadingShaped(text, 3)) return false;
    this.addListedNote(unit, text);
    return true;
  }

  /** A footnote entry written as a line, or a wrapped line of the last one; the list under a `Notes` heading goes on after its number. */
  readEntryLine(unit: TextUnit, text: string, i: number): boolean {
    if (!this.readFootnoteText(unit, text, i)) return false;
    const ref = Number(this.out.citations.at(-1)?.ref ?? NaN);
    if (this.notesList && Number.isInteger(ref)) this.notesList.next = ref + 1;
    return true;
  }

  /** At the end of the page: every marker still waiting has no entry. */
  finish(): void {
    this.markers.finish();
  }

  /** The number of the footnote entry at unit i, if it is one. */
  private footnoteRefAt(i: number): number | null {
    const unit = this.units[i];
    if (!unit) return null;
    if (unit.kind === 'footnote') return unit.footnote.ref === null ? null : Number(unit.footnote.ref);
    if (unit.kind !== 'text') return null;
    const line = readFootnoteLine(unit.text);
    if (!line) return null;
    if (!/^\d+$/u.test(line.ref)) return null;
    return line.bracketed || looksLikeCitation(line.body) ? Number(line.ref) : null;
  }

  /**
   * The citation records of one footnote entry: one per work it cites (works separated by `;`), all
   * with the entry's number and section. A work's URL is the one in its text; a decoder's link URLs
   * stand in when there is one per work.
   */
  private addCitation(
    unit: Unit,
    ref: string | null,
    refInferred: boolean,
    body: string,
    urls: readonly string[],
  ): void {
    const sectionIndex = this.markers.sectionOfEntry(ref, unit.span.lineStart) ?? this.currentSection();
    const works = splitFootnoteWorks(body.trim());
    const single = works.length <= 1;
    works.forEach((work, k) => {
      const citation: CitationRecord = {
        section_index: sectionIndex,
        ref,
        ref_inferred: refInferred,
        text: work.text,
        url: (single ? urls[0] : urls.length === works.length ? urls[k] : undefined) ?? work.url,
        accessed_on: work.accessed_on,
        line_start: unit.span.lineStart,
        line_end: unit.span.lineEnd,
        page: unit.span.page ?? null,
        // One work: the entry's line as written. Several: each its verbatim slice of the entry.
        source_text: single ? unit.text : work.text,
      };
      this.out.citations.push(citation);
    });
    // A symbol or letter (`*`, `a`) has no place in a numbered list: no number for the next entry to follow.
    this.footnoteRun = { lastRef: ref === null || !/^\d+$/u.test(ref) ? null : Number(ref), blockIndex: unit.blockIndex };
    this.markers.entryAdded();
  }

  /** A number for an unnumbered entry from its neighbours, or null when they do not settle it. */
  private inferRef(i: number): number | null {
    const previous = this.footnoteRun?.lastRef ?? null;
    const next = this.footnoteRefAt(i + 1);
    const candidate = previous !== null ? previous + 1 : next !== null ? next - 1 : this.markers.firstWaitingRef();
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
    const marker = this.markers.hasPending(ref) ? `, and marker ${ref} has no other entry` : '';
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

  /** A footnote block a decoder was sure of (the caller closes any table first). */
  readFootnoteBlock(unit: Extract<Unit, { kind: 'footnote' }>, i: number): void {
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
    // A line opening with its own symbol or `a/` (`† Daily Mirror ...` under `* Perera ...`) is the next entry, no wrap.
    const symbolEntry = readFootnoteLine(text);
    const opensSymbolEntry = symbolEntry?.symbol === true && (symbolEntry.bracketed || this.markers.hasPending(symbolEntry.ref));
    // PDF text cuts an entry mid-sentence (`... Addis Ababa: Horn Policy` / `Institute, 2023. https://...`):
    // the next line goes on with it when the entry stopped with no sentence's end and no URL yet.
    const cutMidSentence =
      last !== undefined && last.url === null && unit.span.lineStart === last.line_end + 1 && readFootnoteLine(text) === null && !/[.!?)\]"”’»]\s*$/u.test(last.text);
    if (
      run &&
      last &&
      last.ref !== null &&
      !opensSymbolEntry &&
      (unit.blockIndex === run.blockIndex || noNumberLeft || cutMidSentence || /^(?:\p{Ll}|https?:\/\/|www\.)/u.test(text))
    ) {
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
      // `* text` is a Markdown bullet unless a `*` marker waits for its entry.
      const plausible = line.symbol === true && !line.bracketed ? this.markers.hasPending(line.ref) :
        line.bracketed || looksLikeCitation(line.body) || run !== null || this.markers.hasPending(line.ref) || this.footnoteRefAt(i + 1) !== null;
      if (plausible) {
        this.addCitation(unit, line.ref, false, line.body, []);
        return true;
      }
    }
    const nextIsEntry = this.footnoteRefAt(i + 1) !== null;
    // The first entry of a list with no numbers at all: it opens the list when markers wait for entries
    // and it reads as a citation from its start (a quote inside a prose sentence is not enough).
    const opensUnnumberedList = !run && this.markers.firstWaitingRef() !== null && opensCitation(text);
    if ((run && (nextIsEntry || looksLikeCitation(text))) || (!run && nextIsEntry && looksLikeCitation(text)) || opensUnnumberedList) {
      this.addUnnumbered(unit, text, [], i);
      return true;
    }
    return false;
  }

  /** A `Source:` line and its wrapped continuations: one citation per work it names. Returns the index of the last unit read. */
  readSource(unit: TextUnit, i: number): number {
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
    // An endnote marker on the Source line (`... Database.[3]`) belongs to the section the line closes.
    this.noteMarkers({ text, span: { ...unit.span, lineEnd } }, this.currentSection());
    for (const work of splitCitedWorks(text)) {
      this.out.citations.push({
        section_index: this.currentSection(),
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
}
