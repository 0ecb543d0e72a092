import { DICTIONARY, type DictionaryRow } from '../warehouse/dictionary.ts';
import { FACT_TABLES } from '../warehouse/schema.ts';

/**
 * Renders the data dictionary (the rows of the `dictionary` table) as docs/warehouse.md. Views come
 * first because they are where an analyst starts; then fact tables, bookkeeping, and internals.
 */

function group(name: string, type: string): number {
  if (DICTIONARY[name]?.internal) return 4;
  if (type === 'view') return 0;
  if ((FACT_TABLES as readonly string[]).includes(name)) return 1;
  if (name === 'dictionary') return 3;
  return 2;
}

const GROUP_TITLES = ['Views over current data', 'Fact tables', 'Bookkeeping', 'The dictionary', 'Internal'];

/** A markdown table cell: pipes escaped, line breaks flattened. */
function md(value: string | null): string {
  return (value ?? '').replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
}

/** Orders relations for reading: by group, then fact tables in load order, others by name. */
export function relationOrder(rows: readonly DictionaryRow[]): DictionaryRow[] {
  const relations = rows.filter((r) => r.column_name === null);
  const factIndex = (name: string) => (FACT_TABLES as readonly string[]).indexOf(name);
  return [...relations].sort((a, b) =>
    group(a.object_name, a.object_type) - group(b.object_name, b.object_type)
    || factIndex(a.object_name) - factIndex(b.object_name)
    // The views named after the questions they answer come before the plain current_* views.
    || Number(a.object_name.startsWith('current_')) - Number(b.object_name.startsWith('current_'))
    || a.object_name.localeCompare(b.object_name));
}

export function renderWarehouseDoc(rows: readonly DictionaryRow[]): string {
  const out: string[] = [
    '# The warehouse: data dictionary',
    '',
    '<!-- Generated from src/warehouse/dictionary.ts by `node bin/run-ts.js scripts/render-docs.ts`; do not edit by hand. -->',
    '',
    'The same text is inside every warehouse file, in the `dictionary` table: `select * from dictionary where object_name = \'weapon_counts\'`.',
    '',
    'Conventions: one row per fact; unknown values are NULL, never 0 or a guess; countries are ISO 3166-1 alpha-3 codes',
    'in `country_iso3`; vocabulary columns hold lower_snake_case codes and the words as written stay in a `*_raw` column;',
    'booleans are 0/1; timestamps are ISO 8601 UTC. Every fact row carries its lineage: `document_id`, `run_id`, `extractor`,',
    '`line_start`, `line_end`, `page` and the verbatim `source_text`; `salw-etl lineage <table> <id>` prints it in full.',
    'Only documents with status `loaded` are current: the views below leave superseded, removed and quarantined versions out.',
    'Example questions with their SQL are in [queries.md](queries.md).',
    '',
  ];
  const relations = relationOrder(rows);
  let currentGroup = -1;
  const toc: string[] = [];
  const body: string[] = [];
  for (const relation of relations) {
    const g = group(relation.object_name, relation.object_type);
    if (g !== currentGroup) {
      currentGroup = g;
      toc.push(`- ${GROUP_TITLES[g]}: `);
      body.push(`## ${GROUP_TITLES[g]}`, '');
    }
    toc[toc.length - 1] += `${toc[toc.length - 1]?.endsWith(': ') ? '' : ', '}[${relation.object_name}](#${relation.object_name})`;
    body.push(`### ${relation.object_name}`, '', `*${relation.object_type}.* ${relation.meaning}`, '');
    body.push('| column | type | meaning | unit | vocabulary | example |', '|---|---|---|---|---|---|');
    for (const column of rows.filter((r) => r.object_name === relation.object_name && r.column_name !== null)) {
      body.push(`| ${md(column.column_name)} | ${md(column.data_type)} | ${md(column.meaning)} | ${md(column.unit)} | ${md(column.vocabulary)} | ${md(column.example)} |`);
    }
    body.push('');
  }
  return `${[...out, ...toc, '', ...body].join('\n').trimEnd()}\n`;
}
