/**
 * Tables of weapon categories by year, whose action (and agency) only the caption names:
 *
 *   Table 2. Firearms destroyed by the Philippine National Police, 2019–2020
 *   Year | Pistols | Revolvers | Shotguns | Total
 *   2019 | 4,112   | 2,305     | 983      | 7,400
 *
 * Each year row is one count statement: its category cells are the parts, its Total cell (when the table
 * has one) the total, reconciled like a sentence's parts (an unbalanced row is loaded as written, with a
 * warning). A cell that is not a count (`n/a`) makes the row's arithmetic unknown: that part is left out
 * with an info issue, and the row is never called balanced on the parts that remain.
 */
import type { CountStatementRecord, IssueDraft, Lineage } from '../../model/records.ts';
import { GENERIC_CATEGORY } from '../../model/vocabulary.ts';
import { findActions, matchAgency, matchWeaponCategory, type TermMatch } from '../../transforms/categories.ts';
import { AGENT_BY, TOTAL_LABEL } from '../../transforms/count-statements/compile.ts';
import { parseIntegerToken } from '../../transforms/quantity.ts';
import { reconcileParts } from '../../transforms/reconcile.ts';
import { isUnknownMarker, readEmptyMarker } from '../../transforms/unknown.ts';

/**
 * A table cell's count: its whole number (`1 718`), or 0 for a cell that holds only a word saying none (`néant`,
 * `nil`, `ninguno`, `нет`: the lexicons' emptyMarkers, a stated zero); null for a cell that says not known
 * (`n/a`, `-`) or holds no count.
 */
export function cellCount(cell: string): number | null {
  const quantity = parseIntegerToken(cell, null);
  if (quantity !== null) return quantity;
  return readEmptyMarker(cell) === null ? null : 0;
}

/** The weapon category named anywhere in `text` (the first one), or null. */
export function categoryIn(text: string): { code: string; raw: string } | null {
  for (const start of [0, ...[...text.matchAll(/[\s(]+/gu)].map((m) => (m.index ?? 0) + m[0].length)]) {
    const found = matchWeaponCategory(text.slice(start));
    if (found && found.index === 0 && found.code !== null) return { code: found.code, raw: found.raw };
  }
  return null;
}

export interface CategoryColumns {
  /** Per column after the year: a weapon category, or the total. */
  columns: Array<{ raw: string; total: boolean; category: { code: string; raw: string } | null }>;
  action: TermMatch;
  agency: string | null;
  agencyRaw: string | null;
  /** The weapons the total counts: the caption's (`Firearms destroyed`), else the generic total named by its column. */
  totalCategory: { code: string; raw: string };
}

/**
 * The action a table cell names when it is that action and little else (`Seized`, `Voluntarily surrendered`,
 * `Recovered`), or null: no action, several, a long phrase or a number. A header cell over a column of counts, or
 * the cell of a column that names each row's action.
 */
export function cellAction(cell: string): TermMatch | null {
  const actions = findActions(cell);
  if (actions.length !== 1 || cell.split(/\s+/u).length > 4 || /\d/u.test(cell)) return null;
  return actions[0] ?? null;
}

/**
 * The header cells of a table's counts when every one is a weapon category (the whole label: `Pistols`, not
 * `Pistols returned to owners`) or the one total (`Total`, `Total (all weapons)`), one category at least; else null.
 */
export function categoryHeaderColumns(header: readonly string[]): CategoryColumns['columns'] | null {
  const columns = header.map((raw) => {
    // `Total (all weapons)`, `Total (toutes armes)`: a total whose bracket says what it sums.
    const total = TOTAL_LABEL.test(raw.replace(/\s*\([^()]*\)$/u, ''));
    const category = total ? null : matchWeaponCategory(raw);
    const whole = category && category.code !== null && category.index === 0 && category.raw.trim().length >= raw.trim().length - 1;
    return { raw, total, category: whole && category.code !== null ? { code: category.code, raw: category.raw } : null };
  });
  const parts = columns.filter((c) => c.category !== null);
  if (parts.length === 0 || columns.some((c) => !c.total && c.category === null) || columns.filter((c) => c.total).length > 1) return null;
  return columns;
}

/**
 * The columns of a table by year whose header cells are all weapon categories or a total, with the action
 * its caption names; null for any other table (a column naming neither, no action in the caption). A table
 * whose header names the action of each column (`Seized  Destroyed` under each year) passes it as `headerAction`:
 * the caption then gives only the agency and the weapons.
 */
export function categoryColumnsOf(header: readonly string[], caption: string, headerAction?: TermMatch): CategoryColumns | null {
  const captionAction = findActions(caption)[0];
  const action = headerAction ?? captionAction;
  if (!action) return null;
  const columns = categoryHeaderColumns(header);
  if (columns === null) return null;
  // The agency is named after the action (`destroyed by the Philippine National Police, 2019–2020`): its raw
  // words are the caption's after the action, up to the period (a comma, a parenthesis or a digit).
  const afterAction = captionAction ? caption.slice(captionAction.end) : caption;
  const agency = matchAgency(afterAction);
  // The agent's own words without the preposition (`by`, `par`, `por`), as a sentence's agency is read.
  const agent = AGENT_BY.exec(afterAction)?.[1]?.trim();
  const agencyRaw = agency === null ? null : (agent !== undefined && matchAgency(agent) === agency ? agent : afterAction.split(/[,(\d]/u)[0]?.trim() || null);
  const captionCategory = categoryIn(caption);
  return {
    columns,
    action,
    agency,
    agencyRaw,
    totalCategory: captionCategory ?? { code: GENERIC_CATEGORY, raw: columns.find((c) => c.total)?.raw ?? '' },
  };
}

/** One year row of such a table as a count statement (null when no cell holds a count), with its issues. */
export function categoryRowStatement(
  table: CategoryColumns,
  cells: readonly string[],
  year: number,
  reportedIn: number | null,
  lineage: Lineage,
  line: number | null,
): { statement: CountStatementRecord | null; issues: IssueDraft[] } {
  const issues: IssueDraft[] = [];
  let total: number | null = null;
  let unknownPart = false;
  const parts: Array<{ quantity: number; category: { code: string; raw: string } }> = [];
  table.columns.forEach((column, c) => {
    const cell = cells[c] ?? '';
    const quantity = cellCount(cell);
    if (quantity === null) {
      const unknown = isUnknownMarker(cell);
      if (!column.total) unknownPart = true;
      issues.push({
        severity: unknown ? 'info' : 'warning',
        rule: unknown ? 'unknown-value' : 'unreadable-count',
        message: `Table by year, row ${year}, column '${column.raw}': '${cell}' ${unknown ? 'means not known' : 'is not a count'}: not loaded.`,
        line_start: line,
      });
      return;
    }
    if (column.total) total = quantity;
    else if (column.category) parts.push({ quantity, category: column.category });
  });
  if (total === null && parts.length === 0) return { statement: null, issues };
  const reconciled = reconcileParts(total, parts.map((p) => ({ quantity: p.quantity, category: p.category.code, opensSublist: false })));
  // A part not known: the parts that remain cannot show the row balanced or not.
  const reconciliation = unknownPart && total !== null ? 'no_parts' : reconciled.reconciliation;
  if (reconciliation === 'unbalanced' && total !== null && reconciled.componentsSum !== null) {
    issues.push({
      severity: 'warning',
      rule: 'unbalanced-count',
      message: `Table by year, row ${year}: parts ${parts.map((p) => p.quantity).join(' + ')} = ${reconciled.componentsSum}, not the total ${total}. Numbers loaded as written; reconciliation 'unbalanced'.`,
      line_start: line,
    });
  }
  const count = (quantity: number, category: { code: string; raw: string }, isTotal: boolean, parent: string | null) => ({
    category: category.code,
    category_raw: category.raw,
    parent_category: parent,
    quantity,
    is_total: isTotal,
    approx: false,
    approx_qualifier: null,
    ...lineage,
  });
  const counts = [
    ...(total === null ? [] : [count(total, table.totalCategory, true, null)]),
    ...parts.map((p, i) => {
      const parentIndex = reconciled.parentIndex[i] ?? null;
      return count(p.quantity, p.category, false, parentIndex === null ? null : (parts[parentIndex]?.category.code ?? null));
    }),
  ];
  const statement: CountStatementRecord = {
    year,
    year_basis: 'stated',
    action: table.action.code,
    action_raw: table.action.raw,
    agency: table.agency,
    agency_raw: table.agencyRaw,
    total,
    components_sum: reconciliation === 'no_parts' ? null : reconciled.componentsSum,
    reconciliation,
    reported_in: reportedIn,
    counts,
    ...lineage,
  };
  return { statement, issues };
}
