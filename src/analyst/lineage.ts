import { SalwError } from '../model/errors.ts';
import { tableDeclaration } from '../warehouse/declaration/tables.ts';
import { DICTIONARY } from '../warehouse/dictionary.ts';
import type { RowReader } from '../warehouse/rows.ts';
import { FACT_TABLES } from '../warehouse/schema.ts';
import type { TransformationStep } from '../model/transformations.ts';

type Row = Record<string, unknown>;

/**
 * Where a value came from: from a fact row (or a row of a view over one) to the document version,
 * its lines, the verbatim words, the extractor and run that loaded it, and the steps that turned the
 * words into the values. `salw-etl lineage <table> <id>` prints this.
 */

export interface LineageDocument {
  document_id: number;
  source_path: string;
  source_url: string | null;
  retrieved_at: string | null;
  kind: string | null;
  format: string | null;
  country_iso3: string | null;
  sha256: string;
  version: number;
  status: string;
  /** True when this version is the current one (status loaded). */
  current: boolean;
  status_reason: string | null;
  superseded_by: number | null;
  superseded_by_path: string | null;
}

export interface LineageRun {
  run_id: number;
  pipeline: string;
  trigger: string;
  started_at: string;
  finished_at: string | null;
  status: string;
  code_version: string;
}

export interface LineageReport {
  table: string;
  id_column: string;
  id: number;
  /** The row's own values (lineage columns aside). */
  values: Record<string, unknown>;
  document: LineageDocument;
  line_start: number | null;
  line_end: number | null;
  page: number | null;
  source_text: string;
  /** For a weapon count: the statement it belongs to, whose words give the year, action and agency. */
  statement: { statement_id: number; line_start: number | null; line_end: number | null; source_text: string } | null;
  extractor: string;
  run: LineageRun | null;
  /** What the fact is, whatever lines it was read from: the key that keeps its id across re-extraction. */
  fact_key: string | null;
  /**
   * The steps the parsers recorded when they made the values (the `transformations` table), in order;
   * null when none were recorded for this row (code that did not record them loaded it).
   */
  steps: TransformationStep[] | null;
  /** Quality issues raised about this row. */
  issues: Array<{ severity: string; rule: string; message: string }>;
}

const LINEAGE_COLUMNS = new Set(['document_id', 'run_id', 'extractor', 'line_start', 'line_end', 'page', 'source_text', 'fact_key']);

/** The fact table behind `name`: the name itself for a fact table, the table a view's rows are for otherwise. */
export function lineageTableOf(name: string): string | null {
  if ((FACT_TABLES as readonly string[]).includes(name)) return name;
  return DICTIONARY[name]?.lineageTable ?? null;
}

/** The key column of a fact table, as declared (src/warehouse/declaration). */
function primaryKey(table: string): string {
  const key = tableDeclaration(table).columns.find(([, column]) => column.primaryKey !== undefined);
  if (!key) throw new SalwError('config', `table ${table} has no primary key`);
  return key[0];
}

/**
 * Looks up the lineage of row `id` of `table` (a fact table, or a view with one row per fact, e.g.
 * weapons_by_country_year_category with a count_id). Throws a SalwError naming the problem when the
 * table is not a fact table or the row does not exist.
 */
export async function lookupLineage(reader: RowReader, table: string, id: number): Promise<LineageReport> {
  const factTable = lineageTableOf(table);
  if (factTable === null) {
    const known = [...FACT_TABLES, ...Object.keys(DICTIONARY).filter((n) => DICTIONARY[n]?.lineageTable)].join(', ');
    throw new SalwError('config', `"${table}" is not a table of facts with lineage; use one of ${known}`);
  }
  const idColumn = primaryKey(factTable);
  const row = await reader.get<Row>(`SELECT * FROM "${factTable}" WHERE "${idColumn}" = ?`, [id]);
  if (!row) throw new SalwError('config', `${factTable} has no row with ${idColumn} = ${id}`);

  const document = await reader.get<Omit<LineageDocument, 'current'>>(`
    SELECT d.document_id, d.source_path, d.source_url, d.retrieved_at, d.kind, d.format, d.country_iso3, d.sha256, d.version,
           d.status, d.status_reason, d.superseded_by, n.source_path AS superseded_by_path
    FROM documents d LEFT JOIN documents n ON n.document_id = d.superseded_by
    WHERE d.document_id = ?`, [row.document_id]);
  if (!document) throw new SalwError('config', `${factTable} ${id} points at document ${String(row.document_id)}, which does not exist`);
  const run = (await reader.get<LineageRun>('SELECT run_id, pipeline, trigger, started_at, finished_at, status, code_version FROM runs WHERE run_id = ?', [row.run_id])) ?? null;
  const statement = factTable === 'weapon_counts'
    ? ((await reader.get<Row>('SELECT * FROM count_statements WHERE statement_id = ?', [row.statement_id])) ?? null)
    : null;
  const issues = await reader.all<LineageReport['issues'][number]>('SELECT severity, rule, message FROM quality_issues WHERE table_name = ? AND record_id = ? ORDER BY issue_id', [factTable, id]);

  const steps = await recordedSteps(reader, factTable, id);
  const values: Record<string, unknown> = {};
  for (const [column, value] of Object.entries(row)) if (!LINEAGE_COLUMNS.has(column)) values[column] = value;
  return {
    table: factTable,
    id_column: idColumn,
    id,
    values,
    document: { ...document, current: document.status === 'loaded' },
    line_start: (row.line_start as number | null) ?? null,
    line_end: (row.line_end as number | null) ?? null,
    page: (row.page as number | null) ?? null,
    source_text: String(row.source_text),
    statement: statement
      ? {
          statement_id: Number(statement.statement_id),
          line_start: (statement.line_start as number | null) ?? null,
          line_end: (statement.line_end as number | null) ?? null,
          source_text: String(statement.source_text),
        }
      : null,
    extractor: String(row.extractor),
    run,
    fact_key: typeof row.fact_key === 'string' ? row.fact_key : null,
    steps: steps.length > 0 ? steps : null,
    issues,
  };
}

/** The recorded steps of a fact, in order (none when the warehouse predates the transformations table). */
async function recordedSteps(reader: RowReader, table: string, id: number): Promise<TransformationStep[]> {
  if (!(await reader.hasTable('transformations'))) return [];
  return reader.all<TransformationStep>(`SELECT column_name AS "column", source_words, rule, lexicon_entry, language, value
    FROM transformations WHERE fact_table = ? AND fact_id = ? ORDER BY step_index`, [table, id]);
}

/** One recorded step as `lineage` prints it: every field as stored, nothing inferred. */
export function formatStep(step: TransformationStep): string {
  const from = [`rule ${step.rule}`];
  if (step.lexicon_entry !== null) from.push(`lexicon ${step.lexicon_entry}`);
  if (step.language !== null) from.push(`language ${step.language}`);
  return `\`${step.source_words}\` -> ${step.column} = ${step.value} (${from.join(', ')})`;
}

function lines(report: LineageReport): string {
  const { line_start: start, line_end: end, page } = report;
  const range = start === null ? 'unknown lines' : end !== null && end !== start ? `lines ${start}-${end}` : `line ${start}`;
  return page === null ? range : `page ${page}, ${range}`;
}

function version(doc: LineageDocument): string {
  const state = doc.current
    ? 'current'
    : doc.status === 'superseded'
      ? `superseded${doc.superseded_by !== null ? ` by document ${doc.superseded_by}${doc.superseded_by_path ? ` (${doc.superseded_by_path})` : ''}` : ''}`
      : `${doc.status}${doc.status_reason ? `: ${doc.status_reason}` : ''}`;
  return `version ${doc.version}, sha256 ${doc.sha256}, ${state}`;
}

const show = (value: unknown): string => (value === null || value === undefined ? 'NULL' : String(value));

/** The report as an analyst reads it on a terminal. */
export function formatLineage(report: LineageReport): string {
  const doc = report.document;
  const out: string[] = [];
  out.push(`${report.table} ${report.id_column} = ${report.id}`);
  for (const [column, value] of Object.entries(report.values)) out.push(`  ${column}: ${show(value)}`);
  out.push('');
  out.push(`document     ${doc.source_path} (document_id ${doc.document_id})`);
  out.push(`source       ${doc.source_url ?? 'source URL unknown'}${doc.retrieved_at ? `, retrieved ${doc.retrieved_at}` : ''}`);
  out.push(`kind         ${show(doc.kind)}, ${show(doc.format)}, ${show(doc.country_iso3)}`);
  out.push(`version      ${version(doc)}`);
  out.push(`where        ${lines(report)}`);
  out.push('source text');
  for (const line of report.source_text.split('\n')) out.push(`  > ${line}`);
  if (report.statement && report.statement.source_text !== report.source_text) {
    out.push(`in statement ${report.statement.statement_id} (count_statements)`);
    for (const line of report.statement.source_text.split('\n')) out.push(`  > ${line}`);
  }
  out.push(`extractor    ${report.extractor}`);
  out.push(report.run
    ? `run          ${report.run.run_id} (${report.run.pipeline}, ${report.run.trigger}, started ${report.run.started_at}, ${report.run.status}, salw-etl ${report.run.code_version})`
    : 'run          unknown');
  if (report.fact_key !== null) out.push(`fact key     ${report.fact_key}`);
  out.push('transformations');
  if (report.steps === null) {
    out.push(`  transformation steps were not recorded for this row; it was loaded by ${report.extractor} in run ${report.run?.run_id ?? 'unknown'}`);
  }
  for (const step of report.steps ?? []) out.push(`  - ${formatStep(step)}`);
  if (report.issues.length > 0) {
    out.push('quality issues');
    for (const issue of report.issues) out.push(`  - ${issue.severity} ${issue.rule}: ${issue.message}`);
  }
  return `${out.join('\n')}\n`;
}
