/**
 * Tables whose columns are actions and whose rows are weapon models, agencies or places, the year in the caption:
 *
 *   Table 1. Weapons by model and action, 2023          Table 2. Firearms seized, destroyed and collected by agency, 2023
 *   Model      | Seized | Surrendered | Destroyed        Agency                | Seized | Destroyed | Collected
 *   G3 rifles  | 12     | 27          | 35               Tanzania Police Force | 1 206  | 2 450     | 318
 *   Pistols    | 41     | 8           | 30               Immigration Services  | 41     | –         | 12
 *   Total      | 53     | 35          | 65               Total                 | 1 247  | 2 450     | 330
 *
 * Rows of weapons: one statement per action column, its parts the model rows (a model's category from the
 * vocabulary, NULL when it names none, the cell's words kept raw), its total the Total row's cell when there is one,
 * reconciled as a sentence's parts are. Rows of agencies: one statement per filled cell (the row's agency, the
 * column's action, no parts); the Total row sums agencies and is no statement. Rows of places (the label column's
 * header a lexicon's `placeColumnLabels`: `Region`, `Province`, `Область`): one statement per action column, its total
 * the Total row's cell as printed, no parts (a region is no weapon category); rows that do not add up to it are named
 * in a warning, and without a Total row nothing is loaded (the rows' sum is a figure the document does not state). A
 * table of places with one count column (`Region | Number`) counts its caption's action. A table whose caption and
 * count columns name ammunition or other items and no weapons (`Ammunition seized ..., (rounds)`) holds no weapon
 * count: its lines are taken, nothing is loaded, and an info says so. A table whose rows are neither weapons,
 * agencies nor places (or several) is left to the unread-table warning: which reading holds cannot be told.
 *
 * A header may stand on two rows (an HTML header with `rowspan`/`colspan`, the decoder repeating a spanning cell:
 * `Region | Number of weapons | Number of weapons` above `Region | Seized | Destroyed`): the rows above the one naming
 * the actions are the header's too, and the caption is above them.
 */
import type { CountStatementRecord, IssueDraft, Lineage, WeaponCountRecord } from '../../model/records.ts';
import type { TransformationStep } from '../../model/transformations.ts';
import { GENERIC_CATEGORY } from '../../model/vocabulary.ts';
import { allLexicons } from '../../language/registry.ts';
import { findActions, matchAgency, matchWeaponCategory, NON_WEAPON_ITEMS, type TermMatch } from '../../transforms/categories.ts';
import { agencyFromPhrase } from '../../transforms/count-statements/bind-agency.ts';
import { ACTIONS_JOINED, AGENT_BY, ANY_YEAR, OTHER_PERIOD, TOTAL_LABEL, YEAR_SPAN } from '../../transforms/count-statements/compile.ts';
import { asciiDigits } from '../../transforms/quantity.ts';
import { isAlignmentRow } from '../../transforms/alignment-row.ts';
import { reconcileParts } from '../../transforms/reconcile.ts';
import { isUnknownMarker } from '../../transforms/unknown.ts';
import { captionAgency } from '../poa-shared/caption-agency.ts';
import { type DocLine, isBlank, lineageOf } from '../poa-shared/lines.ts';
import { categoryIn, cellAction, cellCount } from './category-table.ts';
import { readSpacedTable, spacedTableLines } from './spaced-table.ts';
import { cellsOf, isTableTitle, YEAR_CELL, type YearTable } from './year-table.ts';
import { withoutNoteMarker } from '../../transforms/footnote-refs.ts';

interface Row {
  index: number;
  /** The row's last line (a cell wrapped onto the lines below). */
  to: number;
  label: string;
  cells: string[];
  total: boolean;
}

/** The action a header cell names, when the cell is that action and little else (`Seized`, `Voluntarily surrendered`). */
const columnAction = cellAction;

/** The header of a label column whose rows are places: every lexicon's `placeColumnLabels` (`Region`, `Province`, `Область`). */
const PLACE_HEADER = new RegExp(`^(?:${allLexicons().flatMap((lexicon) => lexicon.placeColumnLabels).join('|')})$`, 'iu');

/**
 * True when `texts` (a caption, the count columns' headers) name ammunition or other items that are no weapons
 * (`Ammunition seized ..., 2022 (rounds)`, `Cartouches saisies`, `small arms ammunition`) and no weapon category
 * outside those words: the counts of such a table are none of weapons.
 */
function namesItemsOnly(texts: readonly string[]): boolean {
  let items = false;
  for (const text of texts) {
    let skipTo = 0;
    for (const word of text.matchAll(/(?<![\p{L}\p{M}\d])[\p{L}\d]/gu)) {
      const at = word.index ?? 0;
      if (at < skipTo) continue;
      const item = NON_WEAPON_ITEMS.exec(text.slice(at));
      if (item) {
        items = true;
        skipTo = at + item[0].length;
        continue;
      }
      const weapons = matchWeaponCategory(text.slice(at));
      if (weapons && weapons.index === 0 && weapons.code !== null) return false;
    }
  }
  return items;
}

/**
 * Where the header rows above the row at `k` of `filled` start: pipe rows with as many cells and no digit
 * (`Region | Number of weapons | Number of weapons` above `Region | Seized | Destroyed`, an HTML header of two rows
 * whose spanning cells the decoder repeats). `k` itself for a header of one row.
 */
function headerTop(lines: readonly DocLine[], filled: readonly number[], k: number, width: number): number {
  let top = k;
  while (top > 0) {
    const text = lines[filled[top - 1] as number]?.text ?? '';
    if (!text.includes('|') || /\d/u.test(text) || cellsOf(text).length !== width) break;
    top--;
  }
  return top;
}

/** The one action a caption names (`Firearms seized by the police, by region, 2022`), or null for none or several. */
function captionAction(caption: string): TermMatch | null {
  const found = findActions(caption);
  return found.length > 0 && found.every((a) => a.code === found[0]?.code) ? (found[0] ?? null) : null;
}

/**
 * The one calendar year a caption names (`..., 2023`), or why it has none: no year, several (`2019-2021`), or a year
 * that starts a span or names a period (`2022/23`, `FY2023`, `since 2015`), which is no calendar year of the cells.
 * Read with the count statements' own year expressions (compile.ts), so that a caption and a sentence agree on
 * what a year is.
 */
function captionYear(caption: string): { year: number; why: null } | { year: null; why: string } {
  const ascii = asciiDigits(caption);
  const years = [...new Set([...ascii.matchAll(ANY_YEAR)].map((m) => m[0]))];
  if (years.length === 0) return { year: null, why: 'its caption names no year' };
  if (years.length > 1) return { year: null, why: `its caption names several years (${years.join(', ')})` };
  const period = ascii.match(OTHER_PERIOD)?.[0] ?? ascii.match(YEAR_SPAN)?.[0];
  if (period !== undefined) return { year: null, why: `its caption names "${period}", a period that is not one calendar year` };
  return { year: Number(years[0]), why: null };
}

/**
 * The agent of `action` in the sentence that announces the table (`the weapons seized by the Liberia National
 * Police, those ... destroyed by LiNCSA in 2023`): the `by ...` phrase right after an action word of the same code.
 * Also the agent of a table's action row (year-column-table.ts).
 */
export function agentInLead(lead: string, action: TermMatch, aliases: Readonly<Record<string, string>>): { code: string | null; raw: string } | null {
  const actions = findActions(lead);
  for (const [i, found] of actions.entries()) {
    if (found.code !== action.code) continue;
    // `seized by the Police and destroyed by the Commission`: an action's agent is named before the next action and
    // the words joining the two (`and`, `et`, `y`, a comma).
    const next = actions[i + 1];
    // `seized and destroyed by the Police`: two actions joined with no agent between them share the agent after both.
    if (next && ACTIONS_JOINED.test(lead.slice(found.end, next.index))) return agentInLead(lead, next, aliases);
    let upTo = next?.index ?? lead.length;
    if (next) for (let at = upTo - 1; at > found.end; at--) if (/\s/u.test(lead[at - 1] ?? '') && ACTIONS_JOINED.test(lead.slice(at, next.index))) upTo = at;
    const phrase = AGENT_BY.exec(lead.slice(found.end, upTo))?.[1];
    const agency = phrase === undefined ? null : agencyFromPhrase(phrase, { agencyAliases: aliases });
    if (agency) return { code: agency.code, raw: agency.raw };
    // `destroyed by LiNCSA`: after `by`, a name (capital first, a few words) is the agent even outside the
    // vocabulary (code NULL, words kept); `by communities` names no body.
    // The name is its run of capitalised words (`SLeNCSA are given below` names SLeNCSA).
    const name = /^(?:\p{Lu}[\p{L}'’-]*)(?:\s+\p{Lu}[\p{L}'’-]*){0,5}/u.exec(phrase?.trim() ?? '')?.[0];
    if (name !== undefined) return { code: null, raw: name };
    return null;
  }
  return null;
}

/** The row lines (wrapped cells included) of the document's tables of action columns laid out with spaces. */
export function spacedActionTableLines(lines: readonly DocLine[]): Set<number> {
  return spacedTableLines(lines, (raw) => columnAction(withoutNoteMarker(raw)) !== null);
}

export function findLabelActionTables(
  lines: readonly DocLine[],
  body: readonly number[],
  reportedIn: number | null,
  aliases: Readonly<Record<string, string>> = {},
): YearTable[] {
  const tables: YearTable[] = [];
  const filled = body.filter((i) => !isBlank(lines[i]));
  for (let k = 0; k < filled.length; k++) {
    const headerIndex = filled[k] as number;
    const headerText = lines[headerIndex]?.text ?? '';
    let header: string[];
    let actions: Array<TermMatch | null>;
    let top = k;
    let itemsOnly = false;
    const rows: Row[] = [];
    if (headerText.includes('|')) {
      header = cellsOf(headerText).map(withoutNoteMarker);
      if (/\d/u.test(header[0] ?? '')) continue;
      top = headerTop(lines, filled, k, header.length);
      const above = top > 0 ? (lines[filled[top - 1] as number]?.text.trim() ?? '') : '';
      const title = isTableTitle(above) ? above : '';
      const places = PLACE_HEADER.test(header[0]?.trim() ?? '');
      itemsOnly = namesItemsOnly([title, ...header.slice(1)]);
      // Two columns: only a table of places (its one count column the caption's action) or of ammunition.
      if (header.length < 3 && !(header.length === 2 && (places || itemsOnly))) continue;
      actions = header.slice(1).map(columnAction);
      if (places && header.length === 2 && actions[0] === null) actions = [captionAction(title)];
      // A column naming no action (`Deactivated`, which no action code holds) is named below and read for nothing;
      // the table's other columns are still read.
      if (actions.every((a) => a === null) && !itemsOnly) continue;
      let r = k + 1;
      if (isAlignmentRow(lines[filled[r] ?? -1]?.text ?? '')) r++;
      for (; r < filled.length; r++) {
        const index = filled[r] as number;
        const text = lines[index]?.text ?? '';
        if (!text.includes('|')) break;
        const cells = cellsOf(text);
        // An empty cell is dropped by cellsOf: a row one short cannot say which column it lost.
        if (cells.length !== header.length) break;
        const label = cells[0] ?? '';
        if (YEAR_CELL.test(label) || !cells.slice(1).every((cell) => cellCount(cell) !== null || isUnknownMarker(cell))) break;
        rows.push({ index, to: index, label, cells: cells.slice(1), total: TOTAL_LABEL.test(label) });
      }
    } else {
      // A PDF's columns set apart by spaces, cells wrapping onto the next lines: the header's places say which
      // column a piece is in; columns naming no action (`Remarks`) are read for nothing.
      const spaced = readSpacedTable(lines, filled, k, (raw) => columnAction(withoutNoteMarker(raw)) !== null);
      if (spaced === null) continue;
      // Only under a caption naming the table's one year: without it the rows would load with year NULL, and
      // such a table is left to the unread-table warning as before.
      const above = k > 0 ? (lines[filled[k - 1] as number]?.text.trim() ?? '') : '';
      if (!isTableTitle(above) || captionYear(above).year === null) continue;
      const kept = spaced.header.flatMap((column, c) => (c === 0 || columnAction(withoutNoteMarker(column.raw)) !== null ? [c] : []));
      header = kept.map((c) => withoutNoteMarker(spaced.header[c]?.raw ?? ''));
      actions = header.slice(1).map(columnAction);
      if (spaced.kind === 'unsafe') {
        const at = lines[spaced.index]?.no ?? null;
        tables.push({
          from: headerIndex,
          to: spaced.last,
          statements: [],
          issues: [
            {
              severity: 'warning',
              rule: 'table-not-read',
              message: `Table at line ${lines[headerIndex]?.no ?? '?'} (columns set apart by spaces): line ${at} cannot be read safely (${spaced.why}): nothing is loaded from the table.`,
              line_start: at,
            },
          ],
        });
        k = filled.indexOf(spaced.last);
        continue;
      }
      for (const row of spaced.rows) {
        if (YEAR_CELL.test(row.label)) break;
        rows.push({ index: row.index, to: row.to, label: row.label, cells: kept.slice(1).map((c) => row.cells[c - 1] ?? ''), total: TOTAL_LABEL.test(row.label) });
      }
    }
    const named = rows.filter((row) => !row.total);
    if (named.length === 0 || rows.filter((row) => row.total).length > 1) continue;
    const captionIndex = top > 0 ? (filled[top - 1] as number) : null;
    const captionText = captionIndex === null ? '' : (lines[captionIndex]?.text.trim() ?? '');
    const caption = isTableTitle(captionText) ? captionText : '';
    const leadIndex = caption !== '' && top > 1 ? (filled[top - 2] as number) : null;
    const lead = leadIndex === null ? '' : (lines[leadIndex]?.text.trim() ?? '');
    const last = rows[rows.length - 1]?.to ?? headerIndex;
    const from = caption !== '' && captionIndex !== null ? captionIndex : (filled[top] as number);
    if (itemsOnly) {
      // Its lines are taken so that no reader pairs its counts with weapon words (`Total 32 345` is no total of weapons).
      const line = lines[headerIndex]?.no ?? null;
      const what = caption || header.join(' | ');
      const issue: IssueDraft = {
        severity: 'info',
        rule: 'not-a-weapon-count',
        message: `Table at line ${line ?? '?'} ('${what.slice(0, 120)}'): it counts ammunition or other items, not weapons: nothing is loaded from it in weapon_counts.`,
        line_start: line,
      };
      tables.push({ from, to: last, statements: [], issues: [issue] });
      k = filled.indexOf(last);
      continue;
    }
    const weaponRows = named.filter((row) => categoryIn(row.label) !== null).length;
    const agencyRows = named.filter((row) => matchAgency(row.label) !== null).length;
    const byWeapons = weaponRows > 0 && agencyRows === 0;
    const byAgency = agencyRows > 0 && weaponRows === 0;
    const byPlace = weaponRows === 0 && agencyRows === 0 && PLACE_HEADER.test(header[0]?.trim() ?? '');
    if (!byWeapons && !byAgency && !byPlace) continue;

    const issues: IssueDraft[] = [];
    const { year, why } = captionYear(caption);
    if (year === null) {
      issues.push({
        severity: 'warning',
        rule: 'year-missing',
        message: `Table at line ${lines[headerIndex]?.no ?? '?'}: ${why}: its statements have year NULL.`,
        line_start: lines[headerIndex]?.no ?? null,
      });
    }
    // The weapons the totals count: the caption's, else a header row above the actions' (`Number of weapons`).
    const upperHeader = filled.slice(top, k).map((i) => lines[i]?.text ?? '').join(' ');
    const totalCategory = categoryIn(caption) ?? categoryIn(upperHeader) ?? { code: GENERIC_CATEGORY, raw: '' };
    const statements: CountStatementRecord[] = [];
    // The year is the caption's, not written in any row: the step carries the caption's words as its lineage.
    const yearSteps: TransformationStep[] =
      year === null ? [] : [{ column: 'year', source_words: caption, rule: 'table.caption-year', lexicon_entry: null, language: null, value: String(year) }];
    const base = (action: TermMatch, agency: { code: string | null; raw: string } | null) => ({
      year,
      year_basis: year === null ? null : ('stated' as const),
      steps: yearSteps,
      action: action.code,
      action_raw: action.raw,
      agency: agency?.code ?? null,
      agency_raw: agency?.raw ?? null,
      reported_in: reportedIn,
    });
    const count = (quantity: number, category: string | null, raw: string, isTotal: boolean, lineage: Lineage): WeaponCountRecord => ({
      category,
      category_raw: raw,
      parent_category: null,
      quantity,
      is_total: isTotal,
      approx: false,
      approx_qualifier: null,
      ...lineage,
    });
    const unreadCell = (row: Row, c: number) => {
      const cell = row.cells[c] ?? '';
      const unknown = isUnknownMarker(cell);
      issues.push({
        severity: unknown ? 'info' : 'warning',
        rule: unknown ? 'unknown-value' : 'unreadable-count',
        message: `Table row '${row.label}', column '${header[c + 1] ?? ''}': '${cell}' ${unknown ? 'means not known or not reported' : 'is not a count'}: not loaded.`,
        line_start: lines[row.index]?.no ?? null,
      });
    };

    actions.forEach((action, c) => {
      if (action !== null) return;
      issues.push({
        severity: 'warning',
        rule: 'table-column-unread',
        message: `Table at line ${lines[headerIndex]?.no ?? '?'}: column '${header[c + 1] ?? ''}' names no action of the vocabulary: its counts are not loaded (the other columns are).`,
        line_start: lines[headerIndex]?.no ?? null,
      });
    });
    if (byPlace) {
      const at = lines[headerIndex]?.no ?? null;
      const totalRow = rows.find((row) => row.total);
      if (!totalRow) {
        issues.push({
          severity: 'warning',
          rule: 'table-not-read',
          message: `Table at line ${at ?? '?'}: its rows are places ('${header[0] ?? ''}'), no weapon categories, and no Total row states its columns' totals: nothing is loaded (the rows' sum would be a figure the document does not state).`,
          line_start: at,
        });
      } else {
        issues.push({
          severity: 'info',
          rule: 'table-rows-not-parts',
          message: `Table at line ${at ?? '?'}: its rows are places ('${header[0] ?? ''}'), no weapon categories: their counts are no parts of a statement and are not loaded; each action column's Total row is its statement's total.`,
          line_start: at,
        });
        const tableAgency = caption === '' ? null : captionAgency(caption, aliases);
        const totalLineage = lineageOf(lines, totalRow.index, totalRow.to);
        actions.forEach((action, c) => {
          if (action === null) return;
          const total = cellCount(totalRow.cells[c] ?? '');
          if (total === null) {
            unreadCell(totalRow, c);
            return;
          }
          // The rows against the printed Total: a difference is named, never mended (the stated total loads).
          const values = named.map((row) => cellCount(row.cells[c] ?? ''));
          const sum = values.every((v) => v !== null) ? values.reduce<number>((a, v) => a + (v ?? 0), 0) : null;
          if (sum !== null && sum !== total) {
            issues.push({
              severity: 'warning',
              rule: 'table-total-mismatch',
              message: `Table at line ${at ?? '?'}, column '${header[c + 1] ?? ''}': the rows (${named.map((row) => row.label).join(', ')}) add up to ${sum}, the Total row says ${total}: the stated total is loaded, flagged.`,
              line_start: lines[totalRow.index]?.no ?? null,
            });
          }
          statements.push({
            ...base(action, tableAgency ?? agentInLead(lead, action, aliases)),
            total,
            components_sum: null,
            reconciliation: 'no_parts',
            counts: [count(total, totalCategory.code, totalCategory.raw || totalRow.label, true, totalLineage)],
            ...lineageOf(lines, rows[0]?.index ?? headerIndex, last),
          });
        });
      }
    } else if (byAgency) {
      for (const row of rows) {
        if (row.total) {
          issues.push({ severity: 'info', rule: 'table-total-row', message: `Row '${row.label}' sums the agencies above it: no statement of its own.`, line_start: lines[row.index]?.no ?? null });
          continue;
        }
        const code = matchAgency(row.label);
        const lineage = lineageOf(lines, row.index, row.to);
        actions.forEach((action, c) => {
          if (action === null) return;
          const quantity = cellCount(row.cells[c] ?? '');
          if (quantity === null) {
            unreadCell(row, c);
            return;
          }
          statements.push({
            ...base(action, { code, raw: row.label }),
            total: quantity,
            components_sum: null,
            reconciliation: 'no_parts',
            counts: [count(quantity, totalCategory.code, totalCategory.raw, true, lineage)],
            ...lineage,
          });
        });
      }
    } else {
      const tableAgency = caption === '' ? null : captionAgency(caption, aliases);
      actions.forEach((action, c) => {
        if (action === null) return;
        const totalRow = rows.find((row) => row.total);
        // The statement's numbers stand in the rows: its lines are theirs (the header names only the action).
        const lineage = lineageOf(lines, rows[0]?.index ?? headerIndex, last);
        let unknownPart = false;
        const parts: Array<{ quantity: number; code: string | null; raw: string; lineage: Lineage }> = [];
        for (const row of named) {
          const quantity = cellCount(row.cells[c] ?? '');
          if (quantity === null) {
            unknownPart = true;
            unreadCell(row, c);
            continue;
          }
          const category = categoryIn(row.label);
          parts.push({ quantity, code: category?.code ?? null, raw: row.label, lineage: lineageOf(lines, row.index, row.to) });
        }
        let total: number | null = null;
        if (totalRow) {
          total = cellCount(totalRow.cells[c] ?? '');
          if (total === null) unreadCell(totalRow, c);
        }
        if (total === null && parts.length === 0) return;
        const reconciled = reconcileParts(total, parts.map((p) => ({ quantity: p.quantity, category: p.code, opensSublist: false })));
        // A part not known: the parts that remain cannot show the column balanced or not, unless they already make
        // the total (counts are never negative: the unknown cells hold none of it, `190 + 1,102 = 1,292` with `n/a`).
        const reconciliation = unknownPart && total !== null && reconciled.reconciliation !== 'balanced' ? 'no_parts' : reconciled.reconciliation;
        if (reconciliation === 'unbalanced' && total !== null) {
          issues.push({
            severity: 'warning',
            rule: 'unbalanced-count',
            message: `Table column '${header[c + 1] ?? ''}': rows ${parts.map((p) => p.quantity).join(' + ')} = ${reconciled.componentsSum}, not the Total row's ${total}. Numbers loaded as written; reconciliation 'unbalanced'.`,
            line_start: lines[totalRow?.index ?? headerIndex]?.no ?? null,
          });
        }
        const agency = tableAgency ?? agentInLead(lead, action, aliases);
        statements.push({
          ...base(action, agency),
          total,
          components_sum: reconciliation === 'no_parts' ? null : reconciled.componentsSum,
          reconciliation,
          counts: [
            ...(total === null || !totalRow ? [] : [count(total, totalCategory.code, totalCategory.raw || totalRow.label, true, lineageOf(lines, totalRow.index, totalRow.to))]),
            ...parts.map((p, i) => {
              const parent = reconciled.parentIndex[i] ?? null;
              return { ...count(p.quantity, p.code, p.raw, false, p.lineage), parent_category: parent === null ? null : (parts[parent]?.code ?? null) };
            }),
          ],
          ...lineage,
        });
      });
    }
    tables.push({ from, to: last, statements, issues });
    k = filled.indexOf(last);
  }
  return tables;
}
