/**
 * Count statements in prose: "In 2005, 9,607 weapons were seized: 7,195 smoothbore weapons, ..." ->
 * one CountStatementRecord with its total, its parts (categories from the vocabulary), the year
 * (stated, or inferred and marked so), action, agency, and a reconciliation of parts against the total.
 *
 * NOTE: interface agreed between the PoA extractors and this module; the implementation is being written.
 */
import type { Span } from '../model/document.ts';
import type { CountStatementRecord, IssueDraft } from '../model/records.ts';

/** A piece of prose in document order: one bullet or one paragraph (its text may span lines, joined by LF). */
export interface ProseUnit {
  text: string;
  span: Span;
}

export interface CountContext {
  /**
   * The report year the facts are attributed to (`(National Report, 2005)` closing the group, or a
   * national report's own year). "In the past year" resolves against it (year - 1, inferred).
   */
  reportedIn: number | null;
  /** ISO 639-1 language of the text (`en`, `ru`, `fr`, `es`), or null if unknown. */
  language: string | null;
}

export interface CountExtraction {
  statements: CountStatementRecord[];
  /** Issues about the statements; `record.index` points into `statements` (table `count_statements`). */
  issues: IssueDraft[];
}

/**
 * Finds every count statement in `units` (one attribution group, in document order). Pure; never throws.
 */
export function extractCountStatements(units: ProseUnit[], ctx: CountContext): CountExtraction {
  void units;
  void ctx;
  return { statements: [], issues: [] };
}
