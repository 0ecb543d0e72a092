import { declaredColumns, FACT_OWN_COLUMNS, type DeclaredFactTable } from '../fact-columns.ts';
import { type ColumnDecl, column, type IndexDecl, type TableDecl } from './types.ts';

/**
 * Every table of the warehouse, as the SQLite migrations leave it (tests/warehouse/declaration.test.ts
 * compares the two) and as the PostgreSQL builder makes it (src/warehouse/postgres/build.ts). The fact
 * tables' columns come from fact-columns.ts; here they only gain their keys, defaults and checks.
 *
 * The order is one a copy can fill them in: a table after the tables it refers to (documents refers to
 * itself: superseded_by, and PostgreSQL checks its foreign keys at commit).
 */

const flag = (name: string): string => `${name} IN (0, 1)`;
const oneOf = (name: string, values: readonly string[]): string => `${name} IN (${values.map((v) => `'${v}'`).join(', ')})`;

const RUNS: TableDecl = {
  name: 'runs',
  columns: [
    ['run_id', column('pk')], ['pipeline', column('TEXT!')],
    ['trigger', column('TEXT!', { check: oneOf('trigger', ['manual', 'schedule']) })],
    ['started_at', column('TEXT!')], ['finished_at', column('TEXT')], ['status', column('TEXT!')],
    ...['documents_seen', 'documents_loaded', 'documents_skipped', 'documents_quarantined', 'documents_removed', 'documents_reextracted', 'records_loaded'].map(
      (name) => [name, column('INTEGER!', { default: '0' })] as const,
    ),
    ['code_version', column('TEXT!')], ['duration_ms', column('INTEGER')], ['options_json', column('TEXT')], ['message', column('TEXT')],
    ['host', column('TEXT')], ['pid', column('INTEGER')], ['heartbeat_at', column('TEXT')], ['code_digest', column('TEXT')],
  ],
};

const DOCUMENTS: TableDecl = {
  name: 'documents',
  columns: [
    ['document_id', column('pk')], ['source_path', column('TEXT!')], ['logical_key', column('TEXT')],
    ['version', column('INTEGER!', { default: '1' })], ['sha256', column('TEXT!')], ['size_bytes', column('INTEGER!')],
    ['format', column('TEXT', { check: oneOf('format', ['text', 'html', 'pdf']) })], ['encoding', column('TEXT')], ['page_count', column('INTEGER')],
    ['kind', column('TEXT')], ['country_iso3', column('TEXT')], ['title', column('TEXT')], ['report_year', column('INTEGER')],
    ['language', column('TEXT')], ['date_raw', column('TEXT')], ['date_iso', column('TEXT')], ['document_code', column('TEXT')],
    ['source_url', column('TEXT')], ['retrieved_at', column('TEXT')], ['file_mtime', column('TEXT')], ['meta_json', column('TEXT')],
    ['status', column('TEXT!')], ['status_reason', column('TEXT')], ['extractor', column('TEXT')],
    ['first_run_id', column('INTEGER!', { references: 'runs.run_id' })], ['last_run_id', column('INTEGER!', { references: 'runs.run_id' })],
    ['superseded_by', column('INTEGER', { references: 'documents.document_id' })], ['loaded_at', column('TEXT!')],
    ['kind_confidence', column('REAL')], ['kind_signs', column('TEXT')], ['report_year_basis', column('TEXT')],
    ['sidecar_size', column('INTEGER')], ['sidecar_mtime', column('TEXT')],
  ],
};

const RUN_ENTRIES: TableDecl = {
  name: 'run_entries',
  columns: [
    ['entry_id', column('pk')], ['run_id', column('INTEGER!', { references: 'runs.run_id' })], ['path', column('TEXT!')],
    ['outcome', column('TEXT!')], ['reason', column('TEXT!')],
  ],
};

const QUALITY_ISSUES: TableDecl = {
  name: 'quality_issues',
  columns: [
    ['issue_id', column('pk')], ['run_id', column('INTEGER!', { references: 'runs.run_id' })],
    ['document_id', column('INTEGER', { references: 'documents.document_id' })],
    ['severity', column('TEXT!', { check: oneOf('severity', ['error', 'warning', 'info']) })], ['rule', column('TEXT!')], ['message', column('TEXT!')],
    ['table_name', column('TEXT')], ['record_id', column('INTEGER')], ['line_start', column('INTEGER')],
  ],
};

/** What a fact table's columns gain beyond their type (keys, defaults, checks), by table and column. */
const FACT_EXTRAS: Partial<Record<DeclaredFactTable, Record<string, Partial<ColumnDecl>>>> = {
  explosions: {
    owner_type: { check: oneOf('owner_type', ['state', 'non_state']) },
    owner_sector: { check: oneOf('owner_sector', ['military', 'police', 'company', 'other']) },
  },
  diversions: { quantity_approx: { check: flag('quantity_approx') } },
  tallies: { topic: { check: oneOf('topic', ['explosions', 'diversions']) } },
  citations: { section_id: { references: 'sections.section_id' }, ref_inferred: { default: '0', check: flag('ref_inferred') } },
  count_statements: { year_basis: { check: oneOf('year_basis', ['stated', 'inferred']) } },
  weapon_counts: {
    statement_id: { references: 'count_statements.statement_id' }, year_basis: { check: oneOf('year_basis', ['stated', 'inferred']) },
    is_total: { check: flag('is_total') }, approx: { check: flag('approx') },
  },
  meeting_statements: { has_text: { check: flag('has_text') } },
};
const LINEAGE_EXTRAS: Record<string, Partial<ColumnDecl>> = { document_id: { references: 'documents.document_id' }, run_id: { references: 'runs.run_id' } };

function factTable(name: DeclaredFactTable): TableDecl {
  return {
    name,
    columns: declaredColumns(name).map(([columnName, type]) => {
      const extra = { ...LINEAGE_EXTRAS[columnName], ...FACT_EXTRAS[name]?.[columnName] };
      return [columnName, column(type === 'pk' ? 'pk' : type, extra)] as const;
    }),
  };
}

/** The fact tables in an order a copy can fill them: sections before citations, statements before their counts. */
const FACT_ORDER: readonly DeclaredFactTable[] = [
  'sections', 'citations', 'explosions', 'diversions', 'tallies', 'count_statements', 'weapon_counts', 'report_submissions', 'meeting_statements',
];

const TRANSFORMATIONS: TableDecl = {
  name: 'transformations',
  columns: [
    ['transformation_id', column('pk')], ['fact_table', column('TEXT!')], ['fact_id', column('INTEGER!')], ['step_index', column('INTEGER!')],
    ['column_name', column('TEXT!')], ['source_words', column('TEXT!')], ['rule', column('TEXT!')], ['lexicon_entry', column('TEXT')],
    ['language', column('TEXT')], ['value', column('TEXT!')], ['run_id', column('INTEGER!', { references: 'runs.run_id' })],
  ],
};

const DICTIONARY: TableDecl = {
  name: 'dictionary',
  columns: [
    ['object_name', column('TEXT!')], ['object_type', column('TEXT!', { check: oneOf('object_type', ['table', 'view']) })],
    ['column_name', column('TEXT')], ['position', column('INTEGER!')], ['data_type', column('TEXT')], ['meaning', column('TEXT!')],
    ['unit', column('TEXT')], ['vocabulary', column('TEXT')], ['example', column('TEXT')],
  ],
};

const WAREHOUSE_LOCK: TableDecl = {
  name: 'warehouse_lock',
  columns: [
    ['lock_id', column('INTEGER!', { primaryKey: 'given', check: 'lock_id = 1' })], ['holder_pid', column('INTEGER!')], ['holder_host', column('TEXT!')],
    ['command', column('TEXT!')], ['started_at', column('TEXT!')], ['heartbeat_at', column('TEXT!')],
  ],
};

const DOCUMENT_LEASES: TableDecl = {
  name: 'document_leases',
  columns: [
    ['source_path', column('TEXT!', { primaryKey: 'given' })], ['run_id', column('INTEGER!', { references: 'runs.run_id' })], ['leased_at', column('TEXT!')],
  ],
};

const SCHEDULER_STATE: TableDecl = {
  name: 'scheduler_state',
  columns: [
    ['schedule_key', column('TEXT!', { primaryKey: 'given' })], ['pipelines', column('TEXT!')], ['cron', column('TEXT!')], ['timezone', column('TEXT!')],
    ['pid', column('INTEGER!')], ['host', column('TEXT!')], ['started_at', column('TEXT!')], ['next_due_at', column('TEXT')], ['updated_at', column('TEXT!')],
  ],
};

const FETCHES: TableDecl = {
  name: 'fetches',
  columns: [
    ['source_url', column('TEXT!', { primaryKey: 'given' })], ['checked_at', column('TEXT!')],
    ['outcome', column('TEXT!', { check: oneOf('outcome', ['new', 'changed', 'unchanged', 'not-modified', 'disallowed', 'failed', 'listed']) })],
    ['http_status', column('INTEGER')], ['raw_path', column('TEXT')], ['etag', column('TEXT')], ['last_modified', column('TEXT')], ['failure', column('TEXT')],
    ['consecutive_failures', column('INTEGER!', { default: '0' })], ['last_changed_at', column('TEXT')],
  ],
};

export const TABLES: readonly TableDecl[] = [
  RUNS, DOCUMENTS, RUN_ENTRIES, QUALITY_ISSUES, ...FACT_ORDER.map(factTable), TRANSFORMATIONS, DICTIONARY, WAREHOUSE_LOCK, DOCUMENT_LEASES, SCHEDULER_STATE, FETCHES,
];

const FACT_INDEXES: IndexDecl[] = Object.keys(FACT_OWN_COLUMNS).flatMap((table) => [
  { name: `${table}_by_document`, table, parts: ['document_id'], unique: false },
  { name: `${table}_by_fact_key`, table, parts: ['fact_key'], unique: false },
]);

export const INDEXES: readonly IndexDecl[] = [
  { name: 'documents_by_path', table: 'documents', parts: ['source_path', 'sha256'], unique: false },
  { name: 'documents_by_logical_key_status', table: 'documents', parts: ['logical_key', 'status'], unique: false },
  { name: 'documents_by_status', table: 'documents', parts: ['status'], unique: false },
  { name: 'quality_issues_by_document', table: 'quality_issues', parts: ['document_id'], unique: false },
  { name: 'quality_issues_by_run', table: 'quality_issues', parts: ['run_id'], unique: false },
  { name: 'run_entries_by_run', table: 'run_entries', parts: ['run_id'], unique: false },
  ...FACT_INDEXES,
  { name: 'citations_by_section', table: 'citations', parts: ['section_id'], unique: false },
  { name: 'weapon_counts_by_statement', table: 'weapon_counts', parts: ['statement_id'], unique: false },
  { name: 'weapon_counts_by_claim', table: 'weapon_counts', parts: ['country_iso3', 'year', 'action', 'category', 'agency'], unique: false },
  { name: 'transformations_by_fact', table: 'transformations', parts: ['fact_table', 'fact_id', 'step_index'], unique: true },
  { name: 'dictionary_by_name', table: 'dictionary', parts: ['object_name', { expression: "coalesce(column_name, '')" }], unique: true },
];

export function tableDeclaration(name: string): TableDecl {
  const table = TABLES.find((t) => t.name === name);
  if (!table) throw new Error(`no table ${name} in the warehouse declaration`);
  return table;
}
