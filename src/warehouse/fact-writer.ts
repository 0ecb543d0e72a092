import { type Kysely, sql, type Transaction } from 'kysely';
import type { TransformationStep } from '../model/transformations.ts';
import { declaredColumns } from './fact-columns.ts';
import { FACT_ID_COLUMN, FactKeyer } from './fact-keys.ts';
import { FACT_TABLES, type FactTableName, type WarehouseDatabase } from './schema.ts';

type Trx = Transaction<WarehouseDatabase> | Kysely<WarehouseDatabase>;
type Row = Record<string, string | number | null>;

/** Children before parents: the order in which facts of a document can be deleted. */
const DELETE_ORDER: readonly FactTableName[] = [
  'weapon_counts', 'count_statements', 'citations', 'sections', 'explosions', 'diversions', 'tallies',
  'report_submissions', 'meeting_statements',
];

interface Existing {
  id: number;
  documentId: number;
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
  private readonly kept = new Map<FactTableName, number[]>();

  constructor(
    private readonly trx: Trx,
    private readonly documentId: number,
    private readonly logicalKey: string,
    private readonly runId: number,
    /** False when this document is stored as an older, superseded version: it never takes facts from the current one. */
    private readonly reuseFromOtherVersions: boolean,
  ) {
    this.keyer = new FactKeyer(logicalKey);
  }

  /** Reads the facts of every version of the logical document (keys of rows loaded before fact keys are recomputed). */
  async prepare(): Promise<void> {
    const docs = await this.trx.selectFrom('documents').select('document_id')
      .where((eb) => eb.or([eb('logical_key', '=', this.logicalKey), eb('document_id', '=', this.documentId)]))
      .orderBy('document_id', 'desc').execute();
    const others = this.reuseFromOtherVersions ? docs.map((d) => d.document_id).filter((id) => id !== this.documentId) : [];
    const order = [this.documentId, ...others];
    for (const table of FACT_TABLES) {
      const byKey = new Map<string, Existing[]>();
      this.existing.set(table, byKey);
      this.kept.set(table, []);
      for (const documentId of order) {
        const idColumn = FACT_ID_COLUMN[table];
        const rows = (await sql<Row>`SELECT * FROM ${sql.table(table)} WHERE document_id = ${documentId} ORDER BY ${sql.ref(idColumn)}`.execute(this.trx)).rows;
        const keyer = new FactKeyer(this.logicalKey);
        for (const row of rows) {
          const key = typeof row.fact_key === 'string' ? row.fact_key : keyer.next(table, row);
          byKey.set(key, [...(byKey.get(key) ?? []), { id: Number(row[idColumn]), documentId }]);
        }
      }
    }
  }

  /** Writes one fact (insert, or update in place of the row with its fact_key) and its recorded steps; returns its id. */
  async write(table: FactTableName, values: Row, steps: readonly TransformationStep[] | undefined): Promise<number> {
    assertDeclared(table, values);
    const factKey = this.keyer.next(table, values);
    const row: Row = { ...values, fact_key: factKey };
    const idColumn = FACT_ID_COLUMN[table];
    const candidates = this.existing.get(table)?.get(factKey) ?? [];
    const reuse = candidates.shift();
    let id: number;
    if (reuse) {
      id = reuse.id;
      const assignments = sql.join(Object.entries(row).map(([column, value]) => sql`${sql.ref(column)} = ${value}`));
      await sql`UPDATE ${sql.table(table)} SET ${assignments} WHERE ${sql.ref(idColumn)} = ${id}`.execute(this.trx);
    } else {
      const columns = Object.keys(row);
      // Lower case like kysely's own statements, which the kill tests recognise by their text.
      const inserted = await sql<Row>`insert into ${sql.table(table)} (${sql.join(columns.map((c) => sql.ref(c)))})
        values (${sql.join(columns.map((c) => row[c] ?? null))}) returning ${sql.ref(idColumn)}`.execute(this.trx);
      id = Number(inserted.rows[0]?.[idColumn]);
    }
    this.kept.get(table)?.push(id);
    await this.trx.deleteFrom('transformations').where('fact_table', '=', table).where('fact_id', '=', id).execute();
    for (const [index, step] of (steps ?? []).entries()) {
      await this.trx.insertInto('transformations').values({
        fact_table: table, fact_id: id, step_index: index, column_name: step.column, source_words: step.source_words,
        rule: step.rule, lexicon_entry: step.lexicon_entry, language: step.language, value: step.value, run_id: this.runId,
      }).execute();
    }
    return id;
  }

  /** Deletes the facts of this document that were not written again (children first), with their steps. */
  async finish(): Promise<void> {
    for (const table of DELETE_ORDER) {
      const idColumn = FACT_ID_COLUMN[table];
      const kept = new Set(this.kept.get(table) ?? []);
      const gone = (await sql<Row>`SELECT ${sql.ref(idColumn)} AS id FROM ${sql.table(table)} WHERE document_id = ${this.documentId}`.execute(this.trx))
        .rows.map((r) => Number(r.id)).filter((id) => !kept.has(id));
      if (gone.length > 0) await deleteFacts(this.trx, table, idColumn, gone);
    }
  }
}

/**
 * The loader writes exactly the declared columns of a table (fact-columns.ts), its key and fact_key
 * aside: a column added to the declaration and not written, or written and not declared, fails every
 * load at once, in tests first.
 */
function assertDeclared(table: FactTableName, values: Row): void {
  const declared = declaredColumns(table).filter(([column, type]) => type !== 'pk' && column !== 'fact_key').map(([column]) => column).sort();
  const written = Object.keys(values).sort();
  if (declared.join(',') !== written.join(',')) {
    const missing = declared.filter((c) => !written.includes(c));
    const extra = written.filter((c) => !declared.includes(c));
    throw new Error(`the loader's ${table} row disagrees with warehouse/fact-columns.ts: missing ${missing.join(', ') || 'none'}, undeclared ${extra.join(', ') || 'none'}`);
  }
}

async function deleteFacts(trx: Trx, table: FactTableName, column: string, values: readonly number[]): Promise<void> {
  const idColumn = FACT_ID_COLUMN[table];
  const ids = (await sql<Row>`SELECT ${sql.ref(idColumn)} AS id FROM ${sql.table(table)} WHERE ${sql.ref(column)} IN (${sql.join([...values])})`.execute(trx)).rows.map((r) => Number(r.id));
  if (ids.length === 0) return;
  // Rows of earlier versions may still point at a parent that moved to this document and goes now.
  if (table === 'sections') await trx.updateTable('citations').set({ section_id: null }).where('section_id', 'in', ids).execute();
  if (table === 'count_statements') await deleteFacts(trx, 'weapon_counts', 'statement_id', ids);
  await trx.deleteFrom('transformations').where('fact_table', '=', table).where('fact_id', 'in', ids).execute();
  await sql`DELETE FROM ${sql.table(table)} WHERE ${sql.ref(idColumn)} IN (${sql.join(ids)})`.execute(trx);
}

/** Deletes every fact of a document and their recorded steps (a version that became unreadable). */
export async function deleteDocumentFacts(trx: Trx, documentId: number): Promise<void> {
  for (const table of DELETE_ORDER) await deleteFacts(trx, table, 'document_id', [documentId]);
}
