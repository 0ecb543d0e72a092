/**
 * The last language-blind number wrappers, for the one caller that does not pass a language yet (the year
 * tables of national reports, extractors/poa-report/year-table.ts). New code calls `quantity.ts` and
 * `unknown.ts` with the document's language; this file goes when that caller does.
 */
import { parseIntegerToken } from './quantity.ts';
import { isUnknownMarker } from './unknown.ts';

/** Parses a token that is a whole integer (`9,607`, `1’300`, `3 200`, `9.607`); null otherwise. */
export function parseInteger(raw: string): number | null {
  return parseIntegerToken(raw, null);
}

/** A value that says "not known" in any language (`N/A`, `unknown`, `inconnu`, `нет данных`, a dash). */
export function isUnknownValue(raw: string): boolean {
  return isUnknownMarker(raw, null);
}
