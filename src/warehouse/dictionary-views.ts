/**
 * Data dictionary entries of the views: the `current_*` views (fact tables restricted to current
 * documents) and the analyst views built on them. A view describes only the columns it adds; the others
 * are inherited from the relations it takes them from.
 */
import { COUNTRY, type ColumnDoc, type RelationDoc } from './dictionary-shared.ts';

const SOURCE_PATH: ColumnDoc = { meaning: 'Path of the source document relative to the raw folder (documents.source_path).', example: '003_9c7cc2717d99486b.txt' };
const DOCUMENT_KIND: ColumnDoc = { meaning: 'Kind of the source document (documents.kind).', vocabulary: 'amap_profile, poa_profile, poa_report', example: 'poa_profile' };

/** `current_<fact>`: the fact table restricted to current documents, plus the document path. */
function currentFactView(table: string): RelationDoc {
  return {
    type: 'view',
    description: `The rows of ${table} read from current documents (status loaded): superseded, removed and quarantined versions left out. Same columns as ${table}, plus source_path.`,
    columns: { source_path: SOURCE_PATH },
    inherits: [table],
    lineageTable: table,
  };
}

export const VIEWS: Record<string, RelationDoc> = {
  current_documents: {
    type: 'view',
    description: 'The current version of every logical document (status loaded): what the current views are built from.',
    columns: {},
    inherits: ['documents'],
  },
  current_explosions: currentFactView('explosions'),
  current_diversions: currentFactView('diversions'),
  current_tallies: currentFactView('tallies'),
  current_sections: currentFactView('sections'),
  current_citations: currentFactView('citations'),
  current_count_statements: currentFactView('count_statements'),
  current_weapon_counts: currentFactView('weapon_counts'),
  current_report_submissions: currentFactView('report_submissions'),
  current_meeting_statements: currentFactView('meeting_statements'),
  weapons_by_country_year_category: {
    type: 'view',
    description:
      'How many weapons were seized, surrendered, destroyed... per country, year, action and weapon category, one row per number a current document gives, with the report it came from and where it says so. Add up only rows with is_total = 0 and parent_category NULL, or take the is_total = 1 row; the same event can be reported in several reports, so check reported_in before summing across documents.',
    columns: {
      reconciliation: { meaning: 'How the parts of the statement the number belongs to relate to its total (count_statements.reconciliation).', vocabulary: 'balanced, nested, unbalanced, no_total, no_parts' },
      source_path: SOURCE_PATH,
      document_kind: DOCUMENT_KIND,
    },
    inherits: ['weapon_counts', 'count_statements'],
    lineageTable: 'weapon_counts',
  },
  explosions_with_sources: {
    type: 'view',
    description:
      'Unplanned explosions at munitions sites in current documents, with deaths, injuries and the work(s) cited on the Source line under their table.',
    columns: {
      casualties: { meaning: 'deaths + injuries; NULL when either is unknown.', unit: 'people', example: '102' },
      source_line: { meaning: 'The line of the Source line under the table (the first Source line after the row, in the same section); NULL when the table cites none.', unit: 'line number', example: '22' },
      source_citation: { meaning: 'The work(s) cited on that Source line, joined with " || " when several.', example: 'Small Arms Survey. n.d. Unplanned Explosions at Munitions Sites (UEMS). Database.' },
      source_urls: { meaning: 'The URLs of those works, joined with " || "; NULL when they give none.' },
      source_path: SOURCE_PATH,
    },
    inherits: ['explosions'],
    lineageTable: 'explosions',
  },
  latest_report_submissions: {
    type: 'view',
    description: 'For each country: the latest national report it submitted (by report year), in which languages, and how many report years are listed in all.',
    columns: {
      latest_report_year: { meaning: 'The most recent report year listed for the country.', unit: 'calendar year', example: '2015' },
      languages: { meaning: 'Languages of the latest report\'s versions (ISO 639-1, comma-separated, alphabetical).', example: 'ru' },
      first_report_year: { meaning: 'The earliest report year listed.', unit: 'calendar year', example: '2005' },
      report_years_listed: { meaning: 'How many distinct report years are listed.', unit: 'reports', example: '5' },
      source_path: { meaning: 'The document(s) listing the latest report (comma-separated when several).', example: '003_9c7cc2717d99486b.txt' },
    },
    inherits: ['report_submissions'],
  },
  template_answers: {
    type: 'view',
    description:
      'Answers to the PoA template questions in current documents, one row per country and question, so countries can be compared side by side (filter on question_key or topic). answer NULL = the state left the question unanswered.',
    columns: {
      question_key: { meaning: 'The question lower-cased with surrounding spaces and trailing colons removed: join or filter on this to compare countries whose pages spell the question differently.', example: 'national marking practices' },
      answered: { meaning: '1 when the document gives an answer, 0 when the question was left empty.', vocabulary: '0, 1', example: '1' },
      source_path: SOURCE_PATH,
      document_kind: DOCUMENT_KIND,
    },
    inherits: ['sections'],
    lineageTable: 'sections',
  },
  open_quality_issues: {
    type: 'view',
    description:
      'Quality issues that concern the current data: issues of current, quarantined and skipped documents, and run-level issues of the latest run. Read these before publishing a number from the same document.',
    columns: {
      source_path: { meaning: 'The document the issue is about (NULL for run-level issues).' },
      document_status: { meaning: 'Status of that document.', vocabulary: 'loaded, quarantined, skipped' },
      country_iso3: COUNTRY,
      document_kind: DOCUMENT_KIND,
    },
    inherits: ['quality_issues'],
  },
};
