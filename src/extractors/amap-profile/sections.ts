/**
 * A profile's sections once the page is read: each becomes a section record (its heading and its
 * paragraphs, line breaks inside a paragraph read as spaces); the first tally sentence of the accidental
 * explosions and diversion sections becomes a tally record, checked against the table of its kind; and the
 * lines above the first section give the page's title.
 */
import type { Language } from '../../language/types.ts';
import { lineOfOffset, type Span } from '../../model/document.ts';
import type { Extraction, SectionRecord, TallyRecord } from '../../model/records.ts';
import type { ProfileTopic, TextUnit } from './lines.ts';
import type { LoadedTable } from './table-assembly.ts';
import { readTally, tallyMismatch } from './tallies.ts';

export interface Paragraph {
  text: string;
  span: Span;
  blockIndex: number;
}

export interface SectionDraft {
  topic: ProfileTopic | null;
  heading: TextUnit | null;
  paragraphs: Paragraph[];
}

/**
 * The tally of each accidental explosions or diversion section (the first paragraph that states one,
 * one tally per topic), appended to `out.tallies` with its issues: a count that is not exact, and a count
 * that disagrees with the number of rows of the table of its kind.
 */
export function loadTallies(sections: readonly SectionDraft[], out: Extraction, language: Language | null, tables: readonly LoadedTable[]): void {
  for (const section of sections) {
    if (section.topic === null) continue;
    const topic = section.topic === 'accidental_explosions' ? 'explosions' : section.topic === 'diversion' ? 'diversions' : null;
    if (topic === null || out.tallies.some((t) => t.topic === topic)) continue;
    for (const paragraph of section.paragraphs) {
      const tally = readTally(paragraph.text, topic, language);
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
      const tallyIndex = out.tallies.push(record) - 1;
      if (tally.note) {
        out.issues.push({ severity: 'info', rule: tally.note.rule, message: `line ${record.line_start}: ${tally.note.message}`, line_start: record.line_start, record: { table: 'tallies', index: tallyIndex } });
      }
      const table = tables.find((t) => t.kind === topic);
      const mismatch = table ? tallyMismatch(record, table.rows, table.line) : null;
      if (mismatch) out.issues.push({ ...mismatch, record: { table: 'tallies', index: tallyIndex } });
      break;
    }
  }
}

export function sectionRecord(section: SectionDraft): SectionRecord {
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
export function titleOf(prelude: string[]): string | null {
  const at = prelude.findIndex((line) => /\b(?:profile|profil|perfil)\b/iu.test(line));
  if (at < 0) return null;
  const profile = prelude[at] ?? '';
  const name = prelude
    .slice(0, at)
    .reverse()
    .find((line) => /\p{Ll}/u.test(line) && !/\b(?:profiles|profils|perfiles)\b/iu.test(line));
  return name ? `${name}: ${profile}` : profile;
}
