/**
 * Reads an ammunition country profile top to bottom, in one pass over its units (lines, tables,
 * footnotes), keeping the state a reader keeps: the current section and its paragraphs, the footnotes
 * (footnotes.ts: markers waiting for their entries, numbering scoped per section) and the table being put
 * together (table-assembly.ts). This module decides what each unit is and hands it on; at the end the
 * sections become records with their tallies (sections.ts).
 */
import { isNumberedCaption } from '../../transforms/table-captions.ts';
import { asLanguage } from '../../language/registry.ts';
import type { Language } from '../../language/types.ts';
import type { DocumentModel } from '../../model/document.ts';
import { emptyExtraction, type Extraction } from '../../model/records.ts';
import { isSourceLine } from '../../transforms/citations.ts';
import { FootnoteReader } from './footnotes.ts';
import { isDiversionItem, isIncidentLine, listItemText, loadDiversionList, loadIncidentList } from './incident-list.ts';
import {
  isChrome,
  isHeadingShaped,
  isNotesHeading,
  opensWithCitationOpener,
  proseLanguage,
  type ProfileTopic,
  readFootnoteLine,
  stripMarkers,
  type TextUnit,
  topicOfHeading,
  type Unit,
  unitsOf,
} from './lines.ts';
import { loadTallies, type SectionDraft, sectionRecord, titleOf } from './sections.ts';
import { TableAssembler } from './table-assembly.ts';

/** Words of the opening paragraph about help from abroad (the pages' second, unheaded paragraph). */
const SUPPORT_WORDS = /\b(?:support(?:ed|ing)?|assist(?:ance|ed|ing)?|cooperat(?:ion|ed|ing)|donors?|partners?|funded|funding|OSCE|UNDP|UNODA|UNMAS|UNREC|UNLIREC|ITF|NATO|EU|European Union|training)\b/u;

export class ProfileReader {
  private readonly out: Extraction = emptyExtraction();
  private readonly units: Unit[];
  private readonly sections: SectionDraft[] = [];
  private readonly prelude: string[] = [];
  private current: number | null = null;
  private headingSeen = false;
  private readonly footnotes: FootnoteReader;
  private readonly tables: TableAssembler;
  /** The incidents of an explosions section written as a list, one an item, until the list ends. */
  private incidentItems: TextUnit[] = [];
  /** The cases of a diversions section written as a list, one an item, until the list ends. */
  private diversionItems: TextUnit[] = [];

  /** The page's language, for the parsers (number words, unknown markers, separators); null when unclear. */
  private readonly language: Language | null;

  constructor(private readonly doc: DocumentModel) {
    this.units = unitsOf(doc);
    this.language = asLanguage(doc.declaredLanguage) ?? asLanguage(proseLanguage(doc.lines.join(' ')));
    this.footnotes = new FootnoteReader(this.units, this.out, () => this.current);
    this.tables = new TableAssembler(this.units, this.out, this.language, () => (this.current === null ? null : (this.sections[this.current]?.topic ?? null)));
  }

  read(): Extraction {
    for (let i = 0; i < this.units.length; i++) {
      const unit = this.units[i];
      if (unit) i = this.readUnit(unit, i);
    }
    this.tables.close();
    this.closeIncidentList();
    this.closeDiversionList();
    this.finish();
    return this.out;
  }

  // -------------------------------------------------------------------------------------------------

  /** Reads one unit; returns the index of the last unit consumed. */
  private readUnit(unit: Unit, i: number): number {
    if (unit.kind === 'text' && this.readIncidentItem(unit, i)) return i;
    this.closeIncidentList();
    if (unit.kind === 'text' && this.readDiversionItem(unit)) return i;
    this.closeDiversionList();
    if (unit.kind === 'table') {
      this.footnotes.closeNotesList();
      this.footnotes.endRun();
      this.tables.readTable(unit);
      // An endnote marker in a cell (`1,450 rounds ... post.[4]`) belongs to the table's section.
      this.footnotes.noteMarkers(unit, this.current);
      return i;
    }
    if (unit.kind === 'footnote') {
      this.tables.close();
      this.footnotes.readFootnoteBlock(unit, i);
      return i;
    }
    const text = unit.text.trim();
    if (text === '') return i;

    // Under a table, `See A-MAP Database.` is its source, written without a `Source:` label.
    if (isSourceLine(text) || (this.tables.reading && opensWithCitationOpener(text))) {
      this.tables.close();
      this.footnotes.endRun();
      return this.footnotes.readSource(unit, i);
    }
    if (isNumberedCaption(text) && this.tables.followedByTable(i)) {
      this.footnotes.endRun();
      this.tables.readCaption(unit, text, i);
      return i;
    }
    if (isNumberedCaption(text) && !/[.!?]$/u.test(stripMarkers(text).trim()) && this.tables.tableLost(i)) {
      // A caption line (no sentence's end) with no table under it: the table's cells were lost.
      this.footnotes.endRun();
      return this.tables.readLostTable(unit, text, i);
    }
    if (this.tables.readLine(unit, text)) {
      this.footnotes.noteMarkers(unit, this.current);
      return i;
    }
    this.tables.close();

    const topic = topicOfHeading(text);
    if (topic !== null && isHeadingShaped(text, 10)) {
      this.footnotes.endRun();
      this.startSection(topic, unit);
      return i;
    }
    if (isChrome(text)) {
      this.footnotes.endRun();
      return i;
    }
    if (isNotesHeading(text) && isHeadingShaped(text, 3)) {
      // `Notes` / `References` over a list of entries: no section of its own (its entries are citations).
      this.footnotes.endRun();
      this.footnotes.openNotesList();
      return i;
    }
    if (this.footnotes.readListedNote(unit, text)) return i;
    if (this.footnotes.readEntryLine(unit, text, i)) return i;
    this.footnotes.endRun();
    this.footnotes.closeNotesList();

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
  // Explosions written as a list.

  /** Takes a line of an explosions section that is an incident list's item; false for any other line. */
  private readIncidentItem(unit: TextUnit, i: number): boolean {
    if (this.current === null || this.sections[this.current]?.topic !== 'accidental_explosions' || this.tables.reading) return false;
    const listItem = unit.hint === 'list_item';
    if (!isIncidentLine(unit.text, listItem, this.language)) return false;
    // A bare dated line is an item only in a run of them (a sentence opening with a date is prose).
    const next = this.units[i + 1];
    const bare = !listItem && listItemText(unit.text) === null;
    const bareIncident = (other: Unit | undefined) => other?.kind === 'text' && listItemText(other.text) === null && isIncidentLine(other.text, false, this.language);
    if (bare && !bareIncident(this.incidentItems.at(-1)) && !bareIncident(next)) return false;
    this.tables.close();
    this.footnotes.endRun();
    this.incidentItems.push(unit);
    return true;
  }

  private closeIncidentList(): void {
    this.loadItemList(this.incidentItems, 'explosions', loadIncidentList);
    this.incidentItems = [];
  }

  /** Loads a list of items read as table rows (`load`) and counts them, as a table of `kind`, for the tallies. */
  private loadItemList(
    items: readonly TextUnit[],
    kind: 'explosions' | 'diversions',
    load: (items: readonly TextUnit[], out: Extraction, language: Language | null) => number,
  ): void {
    const first = items[0];
    if (first === undefined) return;
    const rows = load(items, this.out, this.language);
    this.tables.loaded.push({ kind, rows, line: first.span.lineStart });
  }

  /** Takes a line of a diversions section that is a list item opening with a date; false for any other line. */
  private readDiversionItem(unit: TextUnit): boolean {
    if (this.current === null || this.sections[this.current]?.topic !== 'diversion' || this.tables.reading) return false;
    if (!isDiversionItem(unit.text, unit.hint === 'list_item', this.language)) return false;
    this.footnotes.endRun();
    this.diversionItems.push(unit);
    return true;
  }

  private closeDiversionList(): void {
    this.loadItemList(this.diversionItems, 'diversions', loadDiversionList);
    this.diversionItems = [];
  }

  // -------------------------------------------------------------------------------------------------
  // Sections and prose.

  private startSection(topic: ProfileTopic | null, heading: TextUnit | null): void {
    this.footnotes.closeNotesList();
    if (heading) this.headingSeen = true;
    this.sections.push({ topic, heading, paragraphs: [] });
    this.current = this.sections.length - 1;
  }

  private addProse(unit: TextUnit): void {
    const section = this.current === null ? undefined : this.sections[this.current];
    const last = section?.paragraphs.at(-1);
    const adjacent = last !== undefined && last.span.lineEnd + 1 >= unit.span.lineStart;
    // PDF text breaks a sentence at the line's end, and the decoder may take its first line for a
    // heading (`... are known to have occurred in` / `Ethiopia since 1979 (Table 1).`): the next line
    // continues a paragraph that stopped mid-sentence.
    // Only after a word in lower case, a figure or a comma: capitalised words (`Twitter`) may be page furniture.
    const cutMidSentence = adjacent && last !== undefined && /(?:^|\s)[\p{Ll}\d][\p{L}\d’'-]*$|,$/u.test(stripMarkers(last.text).trim());
    const continues = last !== undefined && adjacent && (last.blockIndex === unit.blockIndex || cutMidSentence);
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
    this.footnotes.noteMarkers(unit, this.current);
  }

  private nextIsProse(i: number): boolean {
    const next = this.units[i + 1];
    if (next?.kind !== 'text') return false;
    const text = next.text.trim();
    return !isHeadingShaped(text, 8) && !isSourceLine(text) && !isNumberedCaption(text) && readFootnoteLine(text) === null;
  }

  // -------------------------------------------------------------------------------------------------

  private finish(): void {
    this.footnotes.finish();
    for (const section of this.sections) this.out.sections.push(sectionRecord(section));
    loadTallies(this.sections, this.out, this.language, this.tables.loaded);

    this.out.document.title = this.doc.title ?? titleOf(this.prelude);
    const prose = this.sections.flatMap((s) => s.paragraphs.map((p) => p.text)).join(' ');
    this.out.document.language = this.doc.declaredLanguage ?? proseLanguage(prose);
  }
}
