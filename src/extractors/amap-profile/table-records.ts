/**
 * One row of a finished table -> an explosion or a diversion record with its issues and steps, or the
 * reason the row cannot be loaded (a row without the table's shape, a cell that cannot be what its
 * column says).
 */
import type { Language } from '../../language/types.ts';
import type { DiversionRecord, ExplosionRecord, IssueDraft } from '../../model/records.ts';
import { normaliseOwner } from '../../transforms/owner.ts';
import { readUnknownMarker, unknownStep } from '../../transforms/unknown.ts';
import { readDiversionQuantity } from './diversion-quantity.ts';
import { type CellReading, cellText, describeRow, readCount, readText, readYearCell } from './table-cells.ts';
import type { ColumnKey, RowDraft, TableKind } from './table-drafts.ts';

export interface RowContext {
  kind: TableKind;
  /** The page's language (number words, unknown markers, the dot as a thousands separator), or null. */
  language: Language | null;
  rowNumber: number;
  row: RowDraft;
  caption: string | null;
  /** The year group row the row sits under (`2016 | | | | |`), when the table writes its years so. */
  group?: GroupYear;
}

/** A table's year group row: the year, as written, and its line. */
export interface GroupYear {
  year: number;
  written: string;
  line: number;
}

/**
 * The row's year: its own year cell, else (no year column, or the cell empty) the year of the group row
 * it sits under, with the step and an info issue saying where it was read.
 */
function rowYear(ctx: RowContext, raw: string | undefined, where: string, line: number): CellReading<number> {
  const group = ctx.group;
  if (group === undefined || (raw !== undefined && cellText(raw) !== '')) return readYearCell(raw, where, line, ctx.language);
  return {
    ok: true,
    value: group.year,
    issue: { severity: 'info', rule: 'year-from-group-row', message: `${where}: year ${group.year} read from the table's year row '${group.written}' (line ${group.line}) above it.`, line_start: line },
    steps: [{ column: 'year', source_words: group.written, rule: 'table.year-group-row', lexicon_entry: null, language: null, value: String(group.year) }],
  };
}

function rowLineage(row: RowDraft) {
  return { line_start: row.lineStart, line_end: row.lineEnd, page: row.page, source_text: row.texts.join('\n') };
}

/** Cells by column, or an error reason when the row does not have the table's shape. */
export function cellsOf(cells: string[], columns: Array<ColumnKey | null>): Map<ColumnKey, string> | string {
  const width = columns.length;
  if (cells.length < width) return `has ${cells.length} cells where the table has ${width} columns (truncated row)`;
  if (cells.slice(width).some((c) => c.trim() !== '')) return `has ${cells.length} cells where the table has ${width} columns`;
  const byColumn = new Map<ColumnKey, string>();
  columns.forEach((column, i) => {
    if (column !== null) byColumn.set(column, cells[i] ?? '');
  });
  return byColumn;
}

export function explosionOf(ctx: RowContext, cells: Map<ColumnKey, string>): { record: ExplosionRecord; issues: Array<Omit<IssueDraft, 'record'>> } | string {
  const where = describeRow('explosions', ctx.rowNumber, ctx.row);
  const line = ctx.row.lineStart;
  const year = rowYear(ctx, cells.get('year'), where, line);
  const location = readText(cells.get('location'), 'location', where, line, ctx.language);
  const owner = readText(cells.get('owner'), 'owner/manager', where, line, ctx.language, 'owner_raw');
  const deaths = readCount(cells.get('deaths'), 'deaths', where, line, ctx.language);
  const injuries = readCount(cells.get('injuries'), 'injuries', where, line, ctx.language);
  for (const reading of [year, location, owner, deaths, injuries]) if (!reading.ok) return reading.reason;
  if (!year.ok || !location.ok || !owner.ok || !deaths.ok || !injuries.ok) return 'unreadable row';

  const issues = [year, location, owner, deaths, injuries].flatMap((r) => (r.ok && r.issue ? [r.issue] : []));
  const steps = [year, location, owner, deaths, injuries].flatMap((r) => (r.ok && r.steps ? r.steps : []));
  const ownerRaw = owner.value;
  const reading = ownerRaw === null ? null : normaliseOwner(ownerRaw);
  if (ownerRaw !== null && reading && !reading.recognised) {
    issues.push({
      severity: 'info',
      rule: 'unknown-vocabulary',
      message: `${where}: owner/manager '${ownerRaw}' is not fully in the vocabulary (read as type ${reading.owner_type ?? 'NULL'}, sector ${reading.owner_sector ?? 'NULL'}); raw text kept.`,
      line_start: line,
    });
  }
  return {
    record: {
      year: year.value,
      location: location.value,
      owner_raw: ownerRaw,
      owner_type: reading?.owner_type ?? null,
      owner_sector: reading?.owner_sector ?? null,
      deaths: deaths.value,
      injuries: injuries.value,
      row_number: ctx.rowNumber,
      table_caption: ctx.caption,
      ...rowLineage(ctx.row),
      ...(steps.length > 0 ? { steps } : {}),
    },
    issues,
  };
}

export function diversionOf(ctx: RowContext, cells: Map<ColumnKey, string>): { record: DiversionRecord; issues: Array<Omit<IssueDraft, 'record'>> } | string {
  const where = describeRow('diversions', ctx.rowNumber, ctx.row);
  const line = ctx.row.lineStart;
  const year = rowYear(ctx, cells.get('year'), where, line);
  const location = readText(cells.get('location'), 'location', where, line, ctx.language);
  const rawDescription = cells.get('description');
  if (!year.ok) return year.reason;
  if (!location.ok) return location.reason;
  const issues = [year, location].flatMap((r) => (r.ok && r.issue ? [r.issue] : []));
  const steps = [year, location].flatMap((r) => (r.ok && r.steps ? r.steps : []));

  // The description is kept verbatim (separators such as U+00A0 included); only N/A and blanks are unknown.
  const descriptionText = rawDescription?.trim() ?? '';
  const descriptionUnknown = descriptionText === '' ? null : readUnknownMarker(descriptionText, ctx.language);
  if (descriptionUnknown) steps.push(unknownStep('description', descriptionUnknown));
  const description = descriptionText === '' || descriptionUnknown ? null : descriptionText;
  const reading = description === null ? { quantity: null, qualifier: null, unsure: undefined, steps: [] } : readDiversionQuantity(description, ctx.language);
  const { quantity, qualifier, unsure } = reading;
  steps.push(...reading.steps);
  if (unsure !== undefined) {
    issues.push({
      severity: 'warning',
      rule: 'quantity-not-exact',
      message: `${where}: ${unsure} -> quantity NULL, the description kept.`,
      line_start: line,
    });
  } else if (quantity === null) {
    issues.push({
      severity: 'info',
      rule: 'quantity-unknown',
      message: `${where}: the description names no quantity of diverted items -> quantity NULL.`,
      line_start: line,
    });
  }
  return {
    record: {
      year: year.value,
      location: location.value,
      description,
      quantity,
      quantity_approx: quantity === null ? null : qualifier === null ? 0 : 1,
      quantity_qualifier: qualifier,
      row_number: ctx.rowNumber,
      table_caption: ctx.caption,
      ...rowLineage(ctx.row),
      ...(steps.length > 0 ? { steps } : {}),
    },
    issues,
  };
}
