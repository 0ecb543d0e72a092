import { type Kysely, sql } from 'kysely';

/**
 * A total given without any breakdown was recorded as `balanced` with components_sum NULL; the analyst
 * contract (docs/WAREHOUSE.md) names it `no_parts`, so that `balanced` always means parts that add up.
 * The rows change in place and keep their ids; their fact_key, which includes the reconciliation, is
 * cleared so that the next extraction recomputes it from the row and finds them again (fact-writer.ts).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`UPDATE count_statements SET reconciliation = 'no_parts', fact_key = NULL
    WHERE reconciliation = 'balanced' AND components_sum IS NULL`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`UPDATE count_statements SET reconciliation = 'balanced', fact_key = NULL WHERE reconciliation = 'no_parts'`.execute(db);
}
