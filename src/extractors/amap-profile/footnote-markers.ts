/**
 * The footnote markers of a profile's prose, each waiting for its entry, and what the numbering says when
 * it is inconsistent. Numbering is scoped: an entry answers the latest waiting marker with its number, so
 * `[1]` under Needs and `[1]` in the opening paragraph point to different entries. Pages get this wrong in
 * three ways, each reported and never guessed around:
 * - a marker used twice before its entry (`stable.4 ... 2018.4`), in one section or in two sections
 *   waiting for one list: a warning;
 * - a number cited but skipped by the list (entries 2 and 4, no 3): a warning, the claim's source unknown;
 * - an entry whose marker was lost from the text (`activities.The police`): its section is that of the
 *   markers numbered on both sides of it when they agree (an info issue), else the section being read.
 */
import type { Extraction } from '../../model/records.ts';

interface PendingMarker {
  ref: string;
  sectionIndex: number | null;
  line: number;
  /** Accounted for: answered by an entry, or reported. */
  resolved: boolean;
  /** Answered by an entry. */
  answered: boolean;
}

export class MarkerLedger {
  private readonly markers: PendingMarker[] = [];
  /** How many markers had been read when the last entry was added: later ones await the next list. */
  private markersBeforeList = 0;

  constructor(private readonly out: Extraction) {}

  /** A marker `ref` on `line` of section `sectionIndex`: it waits for its entry. */
  add(ref: string, sectionIndex: number | null, line: number): void {
    this.markers.forEach((older, k) => {
      if (older.ref !== ref || older.resolved) return;
      // No entry read since the older marker: both wait for the same list (the current layout numbers
      // the opening sections through, with one list after them).
      if (older.sectionIndex === sectionIndex || k >= this.markersBeforeList) this.repeated(older, line, older.sectionIndex === sectionIndex);
      else this.dangling(older);
    });
    this.markers.push({ ref, sectionIndex, line, resolved: false, answered: false });
  }

  hasPending(ref: string): boolean {
    return this.markers.some((m) => m.ref === ref && !m.resolved);
  }

  /** An entry was added: markers read after it await the next list. */
  entryAdded(): void {
    this.markersBeforeList = this.markers.length;
  }

  /**
   * The number the first entry of an entirely unnumbered list has by its position: the first marker
   * read since the last footnote entry that is still waiting for its entry (null when none waits).
   */
  firstWaitingRef(): number | null {
    // A lettered marker (`(a)`) has no position in a numbered list.
    const waiting = this.markers.slice(this.markersBeforeList).find((m) => !m.resolved && /^\d+$/u.test(m.ref));
    return waiting === undefined ? null : Number(waiting.ref);
  }

  /**
   * The section of entry `ref` (entry on `line`): the section of the latest waiting marker with its
   * number, which it answers; for an entry whose marker is not in the text, the section of the markers
   * numbered just before and after it when they agree; else undefined (the caller's section).
   */
  sectionOfEntry(ref: string | null, line: number): number | null | undefined {
    if (ref === null) return undefined;
    for (let k = this.markers.length - 1; k >= 0; k--) {
      const marker = this.markers[k];
      if (marker && marker.ref === ref && !marker.resolved) {
        marker.resolved = true;
        marker.answered = true;
        return marker.sectionIndex;
      }
    }
    const n = Number(ref);
    if (!Number.isInteger(n)) return undefined;
    const before = [...this.markers].reverse().find((m) => m.ref === String(n - 1));
    const after = this.markers.find((m) => m.ref === String(n + 1) && !m.resolved);
    if (!before || !after || before.sectionIndex !== after.sectionIndex) return undefined;
    this.out.issues.push({
      severity: 'info',
      rule: 'footnote-marker-lost',
      message: `footnote entry ${ref} (line ${line}) has no marker in the text (lost where the page was saved); it is read with the section of markers ${n - 1} (line ${before.line}) and ${n + 1} (line ${after.line}).`,
      line_start: line,
    });
    return before.sectionIndex;
  }

  /** At the end of the page: every marker still waiting has no entry. */
  finish(): void {
    for (const marker of this.markers) if (!marker.resolved) this.dangling(marker);
  }

  private repeated(older: PendingMarker, line: number, sameSection: boolean): void {
    older.resolved = true;
    const where = older.line === line ? `twice on line ${line}` : `on line ${older.line} and again on line ${line}`;
    const reading = sameSection
      ? `of one section before its entry; entry ${older.ref} is read as the source of both.`
      : `in two sections before any entry; entry ${older.ref} is loaded with the section of line ${line}, and the source of the claim on line ${older.line} is unknown.`;
    this.out.issues.push({
      severity: 'warning',
      rule: 'footnote-marker-repeated',
      message: `footnote marker ${older.ref} is used ${where} ${reading}`,
      line_start: older.line,
    });
  }

  /**
   * A marker with no entry. When the list went past its number (an entry numbered higher answered a
   * marker after it), the list skipped it: a warning. Otherwise the entries were not in the text: info.
   */
  private dangling(marker: PendingMarker): void {
    marker.resolved = true;
    const at = this.markers.indexOf(marker);
    const n = Number(marker.ref);
    const past = this.markers.slice(at + 1).find((m) => m.answered && Number(m.ref) > n);
    if (past) {
      this.out.issues.push({
        severity: 'warning',
        rule: 'footnote-entry-missing',
        message: `footnote marker ${marker.ref} on line ${marker.line} is cited, but the footnote list has no entry ${marker.ref} (it goes on to entry ${past.ref}); the source of that claim is unknown.`,
        line_start: marker.line,
      });
      return;
    }
    this.out.issues.push({
      severity: 'info',
      rule: 'footnote-without-entry',
      message: `footnote marker ${marker.ref} on line ${marker.line} has no footnote entry.`,
      line_start: marker.line,
    });
  }
}
