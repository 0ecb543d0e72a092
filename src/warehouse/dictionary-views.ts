/**
 * Data dictionary entries of the views: the `current_*` views (fact tables restricted to current
 * documents) and the analyst views built on them. A view describes only the columns it adds; the others
 * are inherited from the relations it takes them from.
 */
import { COUNTRY, type ColumnDoc, type RelationDoc } from './dictionary-shared.ts';

const SOURCE_PATH: ColumnDoc = { meaning: 'Path of the source document relative to the raw folder (documents.source_path).', example: '003_9c7cc2717d99486b.txt' };
const DOCUMENT_KIND: ColumnDoc = { meaning: 'Kind of the source document (documents.kind).', vocabulary: 'amap_profile, poa_profile, poa_report', example: 'poa_profile' };

const CLAIM_KEY: ColumnDoc = {
  meaning:
    'What the claim is: country|year|action|category|agency of the weapon count, from its codes, the same in every warehouse built from the same documents. The agency is its code, or `named:` and the words naming it (lower-cased) when the vocabulary has no code for it, or "-" when no agency is named. A count whose country, year, action or category is unknown, or whose category is `other`, is linked to no other and is keyed by its own id (weapon_counts#<count_id>).',
  example: 'KAZ|2005|destroyed|smoothbore|-',
};
const LINKABLE: ColumnDoc = {
  meaning: '1 when the claim can gather several sources (country, year, action and a named category all known); 0 for a weapon count that stands alone because one of them is unknown.',
  vocabulary: '0, 1',
  example: '1',
};

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
      'How many weapons were seized, surrendered, destroyed... per country, year, action and weapon category, one row per number a current document gives, with the report it came from and where it says so. Add up only rows with is_total = 0 and parent_category NULL, or take the is_total = 1 row; the same figure can be stated by several documents (a PoA page quoting a report, a report in two languages or as text and PDF), so to count each once sum claim_view instead (claim_sources links each row here to its claim).',
    columns: {
      reconciliation: { meaning: 'How the parts of the statement the number belongs to relate to its total (count_statements.reconciliation).', vocabulary: 'balanced, nested, unbalanced, no_total, no_parts' },
      source_path: SOURCE_PATH,
      document_kind: DOCUMENT_KIND,
    },
    inherits: ['weapon_counts', 'count_statements'],
    lineageTable: 'weapon_counts',
  },
  claim_sources: {
    type: 'view',
    description:
      'Every weapon count of a current document with the claim it states (claim_key): one row per source of a claim. Where claim_view says a figure is stated by several documents or that its sources disagree, these are the rows to read and cite. Counts of superseded and removed documents are left out.',
    columns: {
      claim_key: CLAIM_KEY,
      linkable: LINKABLE,
      fact_table: { meaning: 'The fact table the source is a row of: weapon_counts (the only table whose facts are claims: every number of a count statement, its total included, is a weapon count).', vocabulary: 'weapon_counts', example: 'weapon_counts' },
      fact_id: { meaning: 'The id of the source row in fact_table (here weapon_counts.count_id): `salw-etl lineage weapon_counts <fact_id>` shows where it was read.', example: '22' },
      source_path: SOURCE_PATH,
      document_kind: DOCUMENT_KIND,
      document_format: { meaning: 'Format of the source document (documents.format): the same report as text and as PDF is two sources.', vocabulary: 'text, html, pdf', example: 'text' },
      document_language: { meaning: 'Language of the source document (documents.language, ISO 639-1): the same report in English and in Russian is two sources.', example: 'en' },
      document_report_year: { meaning: 'The report year of the source document (documents.report_year): for a national report, the year of the report itself; NULL for pages that are no report.', unit: 'calendar year' },
    },
    inherits: ['weapon_counts', 'count_statements'],
    lineageTable: 'weapon_counts',
  },
  claim_view: {
    type: 'view',
    description:
      'One row per claim: a figure for a country, year, action, weapon category and agency, however many current documents state it (a PoA page quoting a national report, the report in several languages, as text and as PDF). Sum quantity over this view, not over weapons_by_country_year_category, to count each figure once; a claim whose sources disagree has quantity NULL and its values in quantities: read its rows in claim_sources before choosing. As with the weapon counts, add up parts (is_total = 0) or take totals (is_total = 1), not both.',
    columns: {
      claim_key: CLAIM_KEY,
      quantity: { meaning: 'The number of weapons the claim\'s sources state, when they all state the same; NULL when they disagree (see quantities).', unit: 'weapons', example: '3605' },
      sources_disagree: { meaning: '1 when the sources of the claim give different quantities, 0 when they agree (or there is one source).', vocabulary: '0, 1', example: '0' },
      quantities: { meaning: 'The distinct quantities the sources give, ascending, comma-separated: one value when they agree (two sources saying 604 and 640: 604,640).', example: '3605' },
      min_quantity: { meaning: 'The smallest quantity a source gives.', unit: 'weapons', example: '3605' },
      max_quantity: { meaning: 'The largest quantity a source gives.', unit: 'weapons', example: '3605' },
      source_count: { meaning: 'How many weapon counts of current documents state the claim (rows of claim_sources).', unit: 'weapon counts', example: '1' },
      document_count: { meaning: 'How many current documents state the claim.', unit: 'documents', example: '1' },
      source_paths: { meaning: 'The documents stating the claim (documents.source_path), alphabetical, comma-separated.', example: '003_9c7cc2717d99486b.txt' },
      document_ids: { meaning: 'The ids of those documents (documents.document_id), ascending, comma-separated.', example: '2' },
      reported_in_years: { meaning: 'The report years the sources attribute the figure to (weapon_counts.reported_in), ascending, comma-separated: a PoA page quoting "(National Report, 2009)" and the 2009 report itself both give 2009. NULL when no source names a report.', example: '2006' },
      approx: { meaning: '1 when a source gives the quantity as approximate ("about", "more than"), else 0.', vocabulary: '0, 1', example: '0' },
      is_total: { meaning: '1 when a source gives the number as its statement\'s total, else 0.', vocabulary: '0, 1', example: '0' },
      year_inferred: { meaning: '1 when a source\'s year was worked out from context (year_basis inferred) rather than written: treat the link with care.', vocabulary: '0, 1', example: '0' },
      linkable: LINKABLE,
    },
    inherits: ['weapon_counts'],
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
