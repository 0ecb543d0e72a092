import { APPROX_QUALIFIERS, describeSeparator, findIntegers } from '../transforms/numbers.ts';
import { readUnknownMarker } from '../transforms/unknown.ts';
import { findRelativeYear } from '../transforms/years.ts';

/**
 * Explains, for one fact row, how the loaded values were read from the verbatim source text: which
 * token became which number (and which thousands separator was dropped), which qualifier made it
 * approximate, which words became which vocabulary code, what became NULL and why, which year was
 * inferred. Derived from the row and its source text alone, so it explains rows of any extractor
 * version; pure, no I/O.
 */

export type Row = Readonly<Record<string, unknown>>;

const str = (value: unknown): string | null => (typeof value === 'string' ? value : null);
const num = (value: unknown): number | null => (typeof value === 'number' ? value : null);

/** What a table writes for "unknown" (`N/A`, `unknown`, `inconnu`, `нет данных`): the shared parser's reading. */
function unknownMarker(cell: string | undefined): string | null {
  return cell === undefined ? null : (readUnknownMarker(cell)?.written ?? null);
}

/** The cells of a pipe table row (`2021 | Taraz | ... |`), or null when the text is not one. */
function pipeCells(text: string): string[] | null {
  if (!text.includes('|')) return null;
  const cells = text.split('|').map((c) => c.trim());
  if (cells[cells.length - 1] === '') cells.pop();
  return cells;
}

/**
 * The token in `text` that was read as `value`, preferring one followed by `followedBy` (a category's
 * words), so "372 pistols and revolvers" is found even when 372 also appears elsewhere.
 */
function findToken(text: string, value: number, followedBy?: string | null): { raw: string; separator: string | null; index: number } | null {
  const candidates = findIntegers(text).filter((t) => t.value === value);
  if (candidates.length === 0) return null;
  if (followedBy) {
    const want = followedBy.toLowerCase();
    const near = candidates.find((t) => {
      const after = text.slice(t.index + t.raw.length, t.index + t.raw.length + want.length + 12).toLowerCase();
      return after.includes(want);
    });
    if (near) return near;
  }
  return candidates[0] ?? null;
}

function numberStep(text: string, value: number, column: string, followedBy?: string | null): string | null {
  const token = findToken(text, value, followedBy);
  if (!token) return null;
  if (token.separator === null) return null;
  return `\`${token.raw}\` -> ${column} ${value}, thousands separator ${describeSeparator(token.separator)} removed`;
}

/** The qualifier as written in the text (keeping its case), e.g. `Approximately`. */
function qualifierAsWritten(text: string, qualifier: string): string {
  const index = text.toLowerCase().indexOf(qualifier.toLowerCase());
  return index < 0 ? qualifier : text.slice(index, index + qualifier.length);
}

function approxStep(text: string, qualifier: string | null, column: string): string {
  if (qualifier) return `\`${qualifierAsWritten(text, qualifier)}\` -> ${column} = 1 (approximate; qualifier "${qualifier}")`;
  const written = APPROX_QUALIFIERS.find((q) => new RegExp(`(?:^|[^\\p{L}])${q.replace(/[.]/g, '\\.')}\\s+\\d`, 'iu').test(text));
  return written ? `\`${qualifierAsWritten(text, written)}\` -> ${column} = 1 (approximate)` : `${column} = 1 (approximate)`;
}

function yearStep(row: Row): string | null {
  const year = num(row.year);
  const basis = str(row.year_basis);
  const text = str(row.source_text) ?? '';
  const reportedIn = num(row.reported_in);
  if (year === null) return 'year not stated and not inferable -> year NULL';
  if (basis === 'inferred') {
    const phrase = findRelativeYear(text)?.written;
    const from = reportedIn !== null ? ` the report it is attributed to is the ${reportedIn} national report` : '';
    return phrase
      ? `\`${phrase}\` -> year ${year} (inferred, not written:${from}${reportedIn !== null ? `; ${reportedIn} - 1 = ${year}` : ''})`
      : `year ${year} inferred from the surrounding text (not written in the statement${reportedIn !== null ? `; attributed to the ${reportedIn} report` : ''})`;
  }
  const written = new RegExp(`\\b(?:in|for|during|of)\\s+${year}\\b`, 'i').exec(text)?.[0];
  return written ? `\`${written}\` -> year ${year} (stated)` : null;
}

function vocabularyStep(raw: string | null, code: string | null, column: string): string | null {
  if (raw === null) return null;
  if (code === null) return `\`${raw}\` is not in the ${column} vocabulary -> ${column} NULL (words kept in ${column}_raw)`;
  if (raw.trim().toLowerCase() === code) return null;
  return `\`${raw}\` -> ${column} ${code}`;
}

function explainExplosion(row: Row): string[] {
  const steps: string[] = [];
  const text = str(row.source_text) ?? '';
  const cells = pipeCells(text);
  const ownerRaw = str(row.owner_raw);
  if (ownerRaw !== null) {
    const type = str(row.owner_type);
    const sector = str(row.owner_sector);
    steps.push(`\`${ownerRaw}\` -> owner_type ${type ?? 'NULL'}, owner_sector ${sector ?? 'NULL'} (owner normalised; the words are kept in owner_raw)`);
  }
  if (row.location === null) {
    const marker = cells?.map(unknownMarker).find((m) => m !== null);
    steps.push(marker ? `location \`${marker}\` -> NULL (unknown)` : 'no location given -> location NULL');
  }
  for (const column of ['deaths', 'injuries'] as const) {
    const value = num(row[column]);
    if (value === null) {
      const marker = cells?.map(unknownMarker).find((m) => m !== null) ?? null;
      steps.push(marker ? `${column} \`${marker}\` -> NULL (unknown, not 0)` : `${column} not given -> NULL (unknown, not 0)`);
    } else {
      const step = numberStep(text, value, column);
      if (step) steps.push(step);
    }
  }
  return steps;
}

function explainDiversion(row: Row): string[] {
  const steps: string[] = [];
  const text = str(row.source_text) ?? '';
  const quantity = num(row.quantity);
  if (row.location === null) {
    const marker = pipeCells(text)?.map(unknownMarker).find((m) => m !== null);
    steps.push(marker ? `location \`${marker}\` -> NULL (unknown)` : 'no location given -> location NULL');
  }
  if (quantity === null) steps.push('no number of items in the description -> quantity NULL');
  else {
    const token = findToken(str(row.description) ?? text, quantity) ?? findToken(text, quantity);
    if (token?.separator) steps.push(`\`${token.raw}\` -> quantity ${quantity}, thousands separator ${describeSeparator(token.separator)} removed`);
    else if (token) steps.push(`\`${token.raw}\` -> quantity ${quantity}`);
    if (row.quantity_approx === 1) steps.push(approxStep(text, str(row.quantity_qualifier), 'quantity_approx'));
  }
  return steps;
}

function explainCount(row: Row, statement: Row | null): string[] {
  const steps: string[] = [];
  const text = str(row.source_text) ?? '';
  const quantity = num(row.quantity);
  const categoryRaw = str(row.category_raw);
  const category = str(row.category);
  if (quantity !== null) {
    const token = findToken(text, quantity, categoryRaw);
    const words = token && categoryRaw ? `${token.raw} ${categoryRaw}` : (token?.raw ?? String(quantity));
    const written = text.includes(words) ? words : (token?.raw ?? String(quantity));
    const what = row.is_total === 1 ? `the statement's total (is_total = 1), category ${category ?? 'NULL'}` : `category ${category ?? 'NULL'}`;
    steps.push(`\`${written}\` -> quantity ${quantity}, ${what}`);
    if (token?.separator) steps.push(`\`${token.raw}\` -> ${quantity}, thousands separator ${describeSeparator(token.separator)} removed`);
  }
  if (categoryRaw !== null && category === null) steps.push(`\`${categoryRaw}\` is not in the category vocabulary -> category NULL (words kept in category_raw)`);
  const parent = str(row.parent_category);
  if (parent !== null) steps.push(`nested: a sub-count of ${parent} (breaks that part down; not added to the total)`);
  if (row.approx === 1) steps.push(approxStep(text, str(row.approx_qualifier), 'approx'));
  steps.push(...explainStatementContext(row, statement));
  return steps;
}

/** Year, action and agency: the statement's, repeated on each count. */
function explainStatementContext(row: Row, statement: Row | null): string[] {
  const steps: string[] = [];
  // A count's own words ("372 pistols and revolvers") rarely hold the year: the statement's do.
  const year = yearStep({ ...row, source_text: statement?.source_text ?? row.source_text, reported_in: row.reported_in ?? statement?.reported_in ?? null });
  if (year) steps.push(year);
  const action = vocabularyStep(str(statement?.action_raw ?? row.action_raw), str(row.action), 'action');
  if (action) steps.push(action);
  const agency = vocabularyStep(str(statement?.agency_raw ?? row.agency_raw), str(row.agency), 'agency');
  if (agency) steps.push(agency);
  const reportedIn = num(row.reported_in);
  if (reportedIn !== null) steps.push(`attributed to the national report of ${reportedIn} -> reported_in ${reportedIn}`);
  return steps;
}

function explainStatement(row: Row): string[] {
  const steps: string[] = [];
  const text = str(row.source_text) ?? '';
  const total = num(row.total);
  if (total !== null) {
    const step = numberStep(text, total, 'total');
    if (step) steps.push(step);
  }
  steps.push(...explainStatementContext(row, row));
  const sum = num(row.components_sum);
  switch (row.reconciliation) {
    case 'balanced':
      steps.push(`parts add up to ${sum} = total -> reconciliation balanced`);
      break;
    case 'nested':
      steps.push(`top-level parts add up to ${sum} = total; further numbers break one part down -> reconciliation nested`);
      break;
    case 'unbalanced':
      steps.push(`parts add up to ${sum}, the total says ${total} (difference ${sum !== null && total !== null ? sum - total : 'unknown'}) -> reconciliation unbalanced; both kept as written`);
      break;
    case 'no_total':
      steps.push(`no total given; parts add up to ${sum} -> total NULL, reconciliation no_total`);
      break;
  }
  return steps;
}

const MONTHS = 'January|February|March|April|May|June|July|August|September|October|November|December';

function explainCitation(row: Row): string[] {
  const steps: string[] = [];
  const text = str(row.text) ?? '';
  if (row.ref === null) steps.push('a work cited on a Source line, not a numbered footnote -> ref NULL');
  else if (row.ref_inferred === 1) steps.push(`footnote number not written; ${String(row.ref)} taken from the footnote's position -> ref_inferred 1`);
  const accessed = str(row.accessed_on);
  if (accessed !== null) {
    const written = new RegExp(`Accessed\\s+(?:(?:${MONTHS})\\s+\\d{1,2},?\\s+\\d{4}|\\d{1,2}\\s+(?:${MONTHS})\\s+\\d{4}|[\\d./-]+)`, 'i').exec(text)?.[0];
    steps.push(written ? `\`${written}\` -> accessed_on ${accessed}` : `accessed_on ${accessed}`);
  }
  const url = str(row.url);
  if (url !== null && text.includes(`${url}.`)) steps.push(`URL read from the text without the sentence-final \`.\``);
  return steps;
}

function explainSection(row: Row): string[] {
  const steps: string[] = [];
  const question = str(row.question);
  const heading = str(row.heading_raw);
  const topic = str(row.topic);
  const label = question ?? heading;
  if (label !== null) steps.push(topic === null ? `\`${label}\` not recognised -> topic NULL` : `\`${label}\` -> topic ${topic}`);
  if (question !== null && row.answer === null) steps.push('empty answer -> answer NULL (the state gave no answer)');
  const dateRaw = str(row.source_date_raw);
  if (dateRaw !== null) {
    const iso = str(row.source_date_iso);
    steps.push(iso ? `\`${dateRaw}\` -> source_date_iso ${iso}` : `\`${dateRaw}\` is ambiguous (day and month could be either way round) -> source_date_iso NULL, raw kept`);
  }
  const year = num(row.source_report_year);
  if (year !== null) steps.push(`attributed to the national report of ${year} -> source_report_year ${year}`);
  return steps;
}

function explainTally(row: Row): string[] {
  const raw = str(row.reported_raw) ?? '';
  const count = num(row.reported_count);
  if (count === null) return [`\`${raw}\` gives no number -> reported_count NULL (unknown, not a guess)`];
  if (/^\d/.test(raw.trim())) {
    const step = numberStep(raw, count, 'reported_count');
    return step ? [step] : [];
  }
  return [`\`${raw}\` -> reported_count ${count} (number in words)`];
}

function explainSubmission(row: Row): string[] {
  const step = vocabularyStep(str(row.language_raw), str(row.language), 'language');
  return step ? [step] : [];
}

function explainMeeting(row: Row): string[] {
  return row.has_text === 1 ? [] : ['the page lists the meeting without the statement\'s text -> has_text 0, text NULL'];
}

/**
 * The transformations that turned `row.source_text` into the row of `table`, as lines such as
 * "`1’300` -> quantity 1300, thousands separator apostrophe U+2019 removed". `statement` is the
 * count statement of a weapon_counts row (its raw action and agency words).
 */
export function explainTransformations(table: string, row: Row, statement: Row | null = null): string[] {
  switch (table) {
    case 'explosions':
      return explainExplosion(row);
    case 'diversions':
      return explainDiversion(row);
    case 'weapon_counts':
      return explainCount(row, statement);
    case 'count_statements':
      return explainStatement(row);
    case 'citations':
      return explainCitation(row);
    case 'sections':
      return explainSection(row);
    case 'tallies':
      return explainTally(row);
    case 'report_submissions':
      return explainSubmission(row);
    case 'meeting_statements':
      return explainMeeting(row);
    default:
      return [];
  }
}
