import { declaredColumns, FACT_OWN_COLUMNS, type DeclaredFactTable } from '../fact-columns.ts';
import { tableDeclaration } from './tables.ts';
import type { ViewDecl } from './types.ts';

/**
 * The analysts' views and their columns (the contract of docs/WAREHOUSE.md). What each computes is written
 * once per backend: SQLite's in its migrations (0002, 0010), PostgreSQL's in src/warehouse/postgres/views.ts;
 * tests/warehouse/declaration.test.ts checks both against these columns, and that both give the same rows.
 */

const words = (text: string): string[] => text.trim().split(/\s*,\s*|\s+/u);

/** current_documents predates the columns added to documents after 0002 (kind_confidence, kind_signs, report_year_basis; sidecar_size, sidecar_mtime: bookkeeping of change detection). */
const CURRENT_DOCUMENT_COLUMNS = tableDeclaration('documents')
  .columns.map(([name]) => name)
  .filter((name) => !['kind_confidence', 'kind_signs', 'report_year_basis', 'sidecar_size', 'sidecar_mtime'].includes(name));

const currentFacts = (table: DeclaredFactTable): ViewDecl => ({
  name: `current_${table}`,
  columns: [...declaredColumns(table).map(([name]) => name), 'source_path'],
  ordered: false,
});

export const VIEWS: readonly ViewDecl[] = [
  { name: 'current_documents', columns: CURRENT_DOCUMENT_COLUMNS, ordered: false },
  ...(Object.keys(FACT_OWN_COLUMNS) as DeclaredFactTable[]).map(currentFacts),
  {
    name: 'weapons_by_country_year_category',
    columns: words(`country_iso3 year year_basis action category category_raw parent_category is_total quantity approx approx_qualifier agency
      reported_in reconciliation source_path document_kind line_start line_end page source_text count_id statement_id document_id`),
    ordered: true,
  },
  {
    name: 'explosions_with_sources',
    columns: words(`country_iso3 year location owner_raw owner_type owner_sector deaths injuries casualties table_caption row_number source_line
      source_citation source_urls source_path line_start line_end page source_text explosion_id document_id`),
    ordered: true,
  },
  {
    name: 'latest_report_submissions',
    columns: words('country_iso3 latest_report_year languages first_report_year report_years_listed source_path line_start source_text'),
    ordered: true,
  },
  {
    name: 'template_answers',
    columns: words(`country_iso3 topic question question_key answer answered source_tag source_report_year source_date_raw source_date_iso
      source_path document_kind line_start line_end page section_id document_id`),
    ordered: true,
  },
  {
    name: 'open_quality_issues',
    columns: words('issue_id severity rule message table_name record_id line_start document_id source_path document_status country_iso3 document_kind run_id'),
    ordered: true,
  },
  {
    name: 'claim_sources',
    columns: words(`claim_key linkable fact_table fact_id country_iso3 year year_basis action category agency agency_raw quantity approx is_total
      parent_category category_raw reported_in source_path document_kind document_format document_language document_report_year line_start
      line_end page source_text count_id statement_id document_id`),
    ordered: true,
  },
  {
    name: 'claim_view',
    columns: words(`claim_key country_iso3 year action category agency quantity sources_disagree quantities min_quantity max_quantity source_count
      document_count source_paths document_ids reported_in_years approx is_total year_inferred linkable`),
    ordered: true,
  },
];
