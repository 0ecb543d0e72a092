/**
 * The ammunition country profile extractor (document kind `amap_profile`): security situation and
 * international support paragraphs, the accidental explosions and diversion tables, tallies in words,
 * Disposal and Needs statements, and every footnote and `Source:` work, scoped to its section.
 */
import type { DocumentModel } from '../../model/document.ts';
import type { CitationRecord, Extraction } from '../../model/records.ts';
import type { ExtractContext, Extractor } from '../extractor.ts';
import { ProfileReader } from './reader.ts';

/** Reads one profile. Pure: the same blocks always give the same records. */
export function extractAmapProfile(doc: DocumentModel, _ctx?: ExtractContext): Extraction {
  return new ProfileReader(doc).read();
}

/**
 * The footnote a marker `[ref]` in section `sectionIndex` points to: numbering restarts per section,
 * so `[1]` under Needs is not `[1]` of the opening paragraph.
 *
 * @example resolveFootnote(extraction, needsIndex, '1')?.text // 'PoA Report 2022, Kazakhstan. ...'
 */
export function resolveFootnote(extraction: Extraction, sectionIndex: number, ref: string): CitationRecord | null {
  return extraction.citations.find((c) => c.section_index === sectionIndex && c.ref === ref) ?? null;
}

export const amapProfileExtractor: Extractor = {
  name: 'amap-profile',
  kinds: ['amap_profile'],
  extract: extractAmapProfile,
};
