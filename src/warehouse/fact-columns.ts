import type { Generated } from 'kysely';

/**
 * The fact tables' columns, stated once: the kysely row types (schema.ts) are derived from this
 * declaration; the loader checks every row it writes against it (fact-writer.ts); tests compare it with
 * a migrated warehouse (PRAGMA table_info) and with the dictionary. Migrations stay hand-written: adding
 * a column is a migration, a line here and a line in the dictionary, and a test fails until all agree.
 *
 * `pk`: the INTEGER PRIMARY KEY; `INTEGER!`/`TEXT!`: NOT NULL; plain `INTEGER`/`TEXT`: nullable.
 */
export type ColumnType = 'pk' | 'INTEGER' | 'INTEGER!' | 'TEXT' | 'TEXT!';

/** The lineage columns every fact carries, after its own (WAREHOUSE.md), and the fact key added by migration 0004. */
export const LINEAGE_COLUMNS = {
  document_id: 'INTEGER!',
  run_id: 'INTEGER!',
  extractor: 'TEXT!',
  line_start: 'INTEGER',
  line_end: 'INTEGER',
  page: 'INTEGER',
  source_text: 'TEXT!',
  fact_key: 'TEXT',
} as const satisfies Record<string, ColumnType>;

/** Each fact table's own columns, in table order (the lineage columns follow them). */
export const FACT_OWN_COLUMNS = {
  explosions: {
    explosion_id: 'pk', country_iso3: 'TEXT', year: 'INTEGER', location: 'TEXT', owner_raw: 'TEXT', owner_type: 'TEXT',
    owner_sector: 'TEXT', deaths: 'INTEGER', injuries: 'INTEGER', row_number: 'INTEGER!', table_caption: 'TEXT',
  },
  diversions: {
    diversion_id: 'pk', country_iso3: 'TEXT', year: 'INTEGER', location: 'TEXT', description: 'TEXT', quantity: 'INTEGER',
    quantity_approx: 'INTEGER', quantity_qualifier: 'TEXT', row_number: 'INTEGER!', table_caption: 'TEXT',
  },
  tallies: {
    tally_id: 'pk', country_iso3: 'TEXT', topic: 'TEXT!', period_start: 'INTEGER', period_end: 'INTEGER',
    reported_count: 'INTEGER', reported_raw: 'TEXT!',
  },
  sections: {
    section_id: 'pk', country_iso3: 'TEXT', topic: 'TEXT', heading_raw: 'TEXT', question: 'TEXT', source_tag: 'TEXT',
    answer: 'TEXT', source_report_year: 'INTEGER', source_date_raw: 'TEXT', source_date_iso: 'TEXT',
  },
  citations: {
    citation_id: 'pk', section_id: 'INTEGER', ref: 'TEXT', ref_inferred: 'INTEGER!', text: 'TEXT!', url: 'TEXT', accessed_on: 'TEXT',
  },
  count_statements: {
    statement_id: 'pk', country_iso3: 'TEXT', year: 'INTEGER', year_basis: 'TEXT', action: 'TEXT', action_raw: 'TEXT',
    agency: 'TEXT', agency_raw: 'TEXT', total: 'INTEGER', components_sum: 'INTEGER', reconciliation: 'TEXT!', reported_in: 'INTEGER',
  },
  weapon_counts: {
    count_id: 'pk', statement_id: 'INTEGER!', country_iso3: 'TEXT', year: 'INTEGER', year_basis: 'TEXT', action: 'TEXT',
    agency: 'TEXT', category: 'TEXT', category_raw: 'TEXT!', parent_category: 'TEXT', quantity: 'INTEGER!',
    is_total: 'INTEGER!', approx: 'INTEGER!', approx_qualifier: 'TEXT', reported_in: 'INTEGER',
  },
  report_submissions: {
    submission_id: 'pk', country_iso3: 'TEXT', report_year: 'INTEGER!', language: 'TEXT!', language_raw: 'TEXT',
  },
  meeting_statements: {
    meeting_statement_id: 'pk', country_iso3: 'TEXT', year: 'INTEGER!', meeting: 'TEXT!', has_text: 'INTEGER!', text: 'TEXT',
  },
} as const satisfies Record<string, Record<string, ColumnType>>;

export type DeclaredFactTable = keyof typeof FACT_OWN_COLUMNS;

type ValueOf<T extends ColumnType> = T extends 'pk'
  ? Generated<number>
  : T extends 'INTEGER!'
    ? number
    : T extends 'INTEGER'
      ? number | null
      : T extends 'TEXT!'
        ? string
        : string | null;

/** The kysely row type of a fact table, as declared. */
export type FactRow<T extends DeclaredFactTable> = {
  -readonly [C in keyof (typeof FACT_OWN_COLUMNS)[T]]: (typeof FACT_OWN_COLUMNS)[T][C] extends ColumnType ? ValueOf<(typeof FACT_OWN_COLUMNS)[T][C]> : never;
} & { -readonly [C in keyof typeof LINEAGE_COLUMNS]: ValueOf<(typeof LINEAGE_COLUMNS)[C]> };

/** Every column of a fact table, in table order, with its declared type. */
export function declaredColumns(table: DeclaredFactTable): Array<[string, ColumnType]> {
  return [...Object.entries(FACT_OWN_COLUMNS[table]), ...Object.entries(LINEAGE_COLUMNS)] as Array<[string, ColumnType]>;
}

const WRITTEN = new Map<DeclaredFactTable, readonly string[]>();

/**
 * The columns the loader writes into a fact table, in table order: every declared column but the
 * INTEGER PRIMARY KEY, fact_key included. Worked out once per table: the loader asks for every row.
 */
export function writtenColumns(table: DeclaredFactTable): readonly string[] {
  let columns = WRITTEN.get(table);
  if (!columns) {
    columns = Object.freeze(declaredColumns(table).filter(([, type]) => type !== 'pk').map(([column]) => column));
    WRITTEN.set(table, columns);
  }
  return columns;
}
