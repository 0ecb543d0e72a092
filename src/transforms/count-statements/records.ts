/** Lineage and weapon_counts rows of a statement's counts. */
import { lineOfOffset } from '../../model/document.ts';
import type { WeaponCountRecord } from '../../model/records.ts';
import type { Count, ProseUnit } from './types.ts';

export interface TextLineage {
  line_start: number;
  line_end: number;
  page: number | null;
  source_text: string;
}

/**
 * The line of offset `at` of `unit.text`, counted in the unit's own words: a readable copy may read a line break
 * as a space (`2` / `418`, wrapped-numbers.ts), and the lines after it are still the document's next ones.
 */
export function lineOfUnit(unit: ProseUnit, at: number): number {
  return unit.verbatim ? lineOfOffset(unit.verbatim.text, unit.span, unit.verbatim.offset(at)) : lineOfOffset(unit.text, unit.span, at);
}

/** Lines, page and words of `unit.text` between `start` and `end`. */
export function lineage(unit: ProseUnit, start: number, end: number): TextLineage {
  return {
    line_start: lineOfUnit(unit, start),
    line_end: lineOfUnit(unit, Math.max(start, end - 1)),
    page: unit.span.page ?? null,
    source_text: unit.verbatim ? unit.verbatim.text.slice(unit.verbatim.offset(start), unit.verbatim.offset(end)) : unit.text.slice(start, end),
  };
}

export function countRecord(unit: ProseUnit, c: Count, isTotal: boolean, parentCategory: string | null): WeaponCountRecord {
  return {
    ...lineage(unit, c.start, Math.max(c.end, c.correctedEnd ?? c.end)),
    category: isTotal && c.category === null ? null : c.category,
    category_raw: c.categoryRaw,
    parent_category: parentCategory,
    quantity: c.value,
    is_total: isTotal,
    approx: c.qualifier !== null,
    approx_qualifier: c.qualifier,
  };
}

/** A count as messages write it ("9,607"). */
export function formatCount(n: number): string {
  return n.toLocaleString('en-US');
}
