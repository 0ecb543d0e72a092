import type { TransformationStep } from '../model/transformations.ts';
import { writtenColumns } from './fact-columns.ts';
import { FactKeyer } from './fact-keys.ts';
import type { FactStore, FactValues } from './fact-store.ts';
import { FACT_TABLES, type FactTableName } from './schema.ts';

/** Children before parents: the order in which facts of a document can be deleted. */
const DELETE_ORDER: readonly FactTableName[] = [
  'weapon_counts', 'count_statements', 'citations', 'sections', 'explosions', 'diversions', 'tallies',
  'report_submissions', 'meeting_statements',
];

interface Existing {
  id: number;
  documentId: number;
}

interface Read {
  id: number;
  row: FactValues;
}

/**
 * Writes one document's facts so that a fact already in the warehouse for the same logical document
 * (same fact_key: see fact-keys.ts) keeps its id: re-extraction of the same bytes, a full refresh, a new
 * version of the document, or a removed document coming back. The row is updated in place (and moves to
 * this document when it belonged to an earlier version); facts of this document that were not written
 * again are deleted. Facts of earlier versions that the new one does not repeat stay with them, as history.
 */
export class FactWriter {
  private readonly keyer: FactKeyer;
  /** fact_key -> existing rows with that key, this document's first, then the most recent documents'. */
  private readonly existing = new Map<FactTableName, Map<string, Existing[]>>();
  /** The ids of this document's facts when the load began, per table. */
  private readonly before = new Map<FactTableName, number[]>();
  private readonly kept = new Map<FactTableName, Set<number>>();

  constructor(
    private readonly store: FactStore,
    private readonly documentId: number,
    private readonly logicalKey: string,
    private readonly runId: number,
    /** False when this document is stored as an older, superseded version: it never takes facts from the current one. */
    private readonly reuseFromOtherVersions: boolean,
  ) {
    this.keyer = new FactKeyer(logicalKey);
  }

  /**
   * Reads the facts of every version of the logical document, one query per table (keys of rows loaded
   * before fact keys are recomputed, per version, in the order they were written).
   */
  async prepare(): Promise<void> {
    const versions = await this.store.documentVersions(this.logicalKey, this.documentId);
    const others = this.reuseFromOtherVersions ? versions.filter((id) => id !== this.documentId) : [];
    const order = [this.documentId, ...others];
    for (const table of FACT_TABLES) {
      const byDocument = new Map<number, Read[]>();
      for (const fact of await this.store.factsOf(table, order)) {
        const rows = byDocument.get(fact.documentId) ?? [];
        rows.push({ id: fact.id, row: fact.row });
        byDocument.set(fact.documentId, rows);
      }
      const byKey = new Map<string, Existing[]>();
      for (const documentId of order) {
        const keyer = new FactKeyer(this.logicalKey);
        for (const { id, row } of byDocument.get(documentId) ?? []) {
          const key = typeof row.fact_key === 'string' ? row.fact_key : keyer.next(table, row);
          const list = byKey.get(key);
          if (list) list.push({ id, documentId });
          else byKey.set(key, [{ id, documentId }]);
        }
      }
      this.existing.set(table, byKey);
      this.before.set(table, (byDocument.get(this.documentId) ?? []).map((r) => r.id));
      this.kept.set(table, new Set());
    }
  }

  /** Writes one fact (insert, or update in place of the row with its fact_key) and its recorded steps; returns its id. */
  async write(table: FactTableName, values: FactValues, steps: readonly TransformationStep[] | undefined): Promise<number> {
    assertDeclared(table, values);
    const factKey = this.keyer.next(table, values);
    const row: FactValues = { ...values, fact_key: factKey };
    const reuse = this.existing.get(table)?.get(factKey)?.shift();
    let id: number;
    if (reuse) {
      id = reuse.id;
      await this.store.updateFact(table, id, row, steps ?? [], this.runId);
    } else {
      id = await this.store.insertFact(table, row, steps ?? [], this.runId);
    }
    this.kept.get(table)?.add(id);
    return id;
  }

  /**
   * Deletes the facts of this document that were not written again (children first), with their steps.
   * They are the document's facts when the load began less those written again: every other fact the
   * document holds now was written by this load.
   */
  async finish(): Promise<void> {
    for (const table of DELETE_ORDER) {
      const kept = this.kept.get(table) ?? new Set<number>();
      const gone = (this.before.get(table) ?? []).filter((id) => !kept.has(id));
      if (gone.length > 0) await deleteFacts(this.store, table, gone);
    }
  }
}

/** Per fact table, the columns a loaded row carries (fact_key aside): worked out once per table, checked for every row. */
const DECLARED = new Map<FactTableName, ReadonlySet<string>>();

/**
 * The loader writes exactly the declared columns of a table (fact-columns.ts), its key and fact_key
 * aside: a column added to the declaration and not written, or written and not declared, fails every
 * load at once, in tests first.
 */
function assertDeclared(table: FactTableName, values: FactValues): void {
  let declared = DECLARED.get(table);
  if (!declared) {
    declared = new Set(writtenColumns(table).filter((column) => column !== 'fact_key'));
    DECLARED.set(table, declared);
  }
  const written = Object.keys(values);
  if (written.length === declared.size && written.every((column) => declared.has(column))) return;
  const missing = [...declared].filter((c) => !written.includes(c)).sort();
  const extra = written.filter((c) => !declared.has(c)).sort();
  throw new Error(`the loader's ${table} row disagrees with warehouse/fact-columns.ts: missing ${missing.join(', ') || 'none'}, undeclared ${extra.join(', ') || 'none'}`);
}

/** Deletes these facts of `table` with their steps, and what hangs on them. */
async function deleteFacts(store: FactStore, table: FactTableName, ids: readonly number[]): Promise<void> {
  if (ids.length === 0) return;
  // Rows of earlier versions may still point at a parent that moved to this document and goes now.
  if (table === 'sections') await store.unlinkCitations(ids);
  if (table === 'count_statements') await deleteFacts(store, 'weapon_counts', await store.factIdsWhere('weapon_counts', 'statement_id', ids));
  await store.deleteFacts(table, ids);
}

/** Deletes every fact of a document and their recorded steps (a version that became unreadable). */
export async function deleteDocumentFacts(store: FactStore, documentId: number): Promise<void> {
  for (const table of DELETE_ORDER) await deleteFacts(store, table, await store.factIdsWhere(table, 'document_id', [documentId]));
}
