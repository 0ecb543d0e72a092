import { type Kysely, sql } from 'kysely';
import { ACTION_CODES, AGENCY_CODES, GENERIC_CATEGORY, WEAPON_CATEGORY_CODES } from '../model/vocabulary.ts';

/** Codes of a vocabulary of the model, in the order it lists them: the dictionary names what the extractors can write. */
function codesOf(vocabulary: Readonly<Record<string, string>>): string[] {
  return Object.keys(vocabulary);
}

/**
 * The data dictionary: what every table, view and column of the warehouse means, in the analyst's
 * words. It is the single source of the `dictionary` table inside the warehouse, of docs/warehouse.md
 * and of the Datasette metadata.json, so the three cannot disagree.
 *
 * It cannot drift from the schema either: `syncDictionary` walks the live schema (`PRAGMA table_info`
 * of every table and view) and writes one row per column it finds; a column with no entry here gets a
 * row saying so, and tests/analyst/dictionary.test.ts fails on it (and on entries for columns that no
 * longer exist). Adding a column therefore means adding a line here.
 */

export interface ColumnDoc {
  /** What the value is, in the domain's words. */
  meaning: string;
  /** The unit of a number (`weapons`, `people`, `calendar year`), when it has one. */
  unit?: string;
  /** The codes the column holds, when it is a vocabulary column. */
  vocabulary?: string;
  /** A value as it appears in the warehouse built from the seeds. */
  example?: string;
}

export interface RelationDoc {
  type: 'table' | 'view';
  /** One or two sentences: what a row is, and what the table or view answers. */
  description: string;
  columns: Readonly<Record<string, ColumnDoc>>;
  /**
   * Relations a view takes columns from unchanged: a column not described in `columns` takes its
   * description from the first of these that describes it.
   */
  inherits?: readonly string[];
  /** For views with one row per fact: the fact table `salw-etl lineage` looks the row up in. */
  lineageTable?: string;
  /** Bookkeeping of the software, not data: listed last in the docs and hidden in Datasette. */
  internal?: boolean;
}

/** The marker a sync writes for a column that has no entry: tests fail on it. */
export const UNDOCUMENTED = 'UNDOCUMENTED: add this column to src/warehouse/dictionary.ts';

const YEAR: ColumnDoc = { meaning: 'The calendar year the fact refers to, as the document states it (NULL when unknown).', unit: 'calendar year', example: '2005' };
const COUNTRY: ColumnDoc = {
  meaning: 'The country the fact is about: ISO 3166-1 alpha-3 code, the join key between tables (taken from the document).',
  vocabulary: 'ISO 3166-1 alpha-3',
  example: 'KAZ',
};
const YEAR_BASIS: ColumnDoc = {
  meaning: 'Whether the year is written in the text (`stated`) or worked out from context, e.g. "in the past year" in a 2005 report -> 2004 (`inferred`). Treat inferred years with care when citing.',
  vocabulary: 'stated, inferred',
  example: 'inferred',
};
const ACTION: ColumnDoc = {
  meaning: 'What was done to the weapons, as a code; the words used are kept in count_statements.action_raw.',
  vocabulary: codesOf(ACTION_CODES).join(', '),
  example: 'destroyed',
};
const AGENCY: ColumnDoc = {
  meaning: 'The agency that acted, as a code, when the statement names one (NULL otherwise).',
  vocabulary: codesOf(AGENCY_CODES).join(', '),
  example: 'police',
};
const REPORTED_IN: ColumnDoc = {
  meaning: 'The year of the national report the statement is attributed to (e.g. "(National Report, 2006)"); NULL when no report is named.',
  unit: 'calendar year',
  example: '2006',
};

/** The lineage columns every fact table carries (WAREHOUSE.md). */
const LINEAGE: Readonly<Record<string, ColumnDoc>> = {
  document_id: { meaning: 'The document (version) the value was read from: documents.document_id.', example: '2' },
  run_id: { meaning: 'The run that loaded the value: runs.run_id.', example: '1' },
  extractor: { meaning: 'Name and version of the code that extracted the value; the version is a digest of the extractor\'s code and the lexicon sections it reads, so it changes exactly when the extractor\'s output can.', example: 'poa-profile@0bc47e22' },
  line_start: { meaning: 'First line (1-based) of the words the value was read from, in the document\'s decoded text.', unit: 'line number', example: '14' },
  line_end: { meaning: 'Last line (1-based, inclusive) of the words the value was read from.', unit: 'line number', example: '14' },
  page: { meaning: 'The PDF page the words are on (1-based); NULL for text and HTML documents.', unit: 'page number' },
  source_text: { meaning: 'The verbatim words the value was read from: quote these when citing.', example: '2021 | Taraz | State (military) | 12 | 90 |' },
  fact_key: {
    meaning: 'What the fact is, independent of where it was read: a hash of the logical document, the table, the values, the source text (whitespace and case folded) and its occurrence among equal facts. A fact read again with the same key keeps its id (re-extraction, full refresh, a new version of the document), so a cited id keeps resolving. NULL for rows loaded before keys existed, until their document is next loaded.',
    example: '5f0c1e9a2b7d4c3e8a6f1b2d9c0e7a43',
  },
};

const TABLES: Record<string, RelationDoc> = {
  runs: {
    type: 'table',
    description: 'One row per run of the pipeline: when it ran, what it saw and loaded, and how it ended.',
    columns: {
      run_id: { meaning: 'Surrogate key of the run.', example: '1' },
      pipeline: { meaning: 'The pipeline definition that ran (pipelines/<name>).', example: 'all' },
      trigger: { meaning: 'What started the run.', vocabulary: 'manual, schedule', example: 'manual' },
      started_at: { meaning: 'When the run started, ISO 8601 UTC.', example: '2025-01-15T09:30:00.000Z' },
      finished_at: { meaning: 'When the run ended, ISO 8601 UTC; NULL while running or if it was killed.' },
      status: { meaning: 'How the run ended.', vocabulary: 'running, succeeded, failed, partial (some documents quarantined), interrupted, removal_refused (would have removed too many documents; removed none)', example: 'succeeded' },
      documents_seen: { meaning: 'Files found in the raw folder.', unit: 'documents', example: '2' },
      documents_loaded: { meaning: 'Documents whose facts were (re)loaded by this run.', unit: 'documents', example: '2' },
      documents_skipped: { meaning: 'Documents left out: unchanged since the last run, or of no known kind.', unit: 'documents', example: '0' },
      documents_quarantined: { meaning: 'Documents that could not be read (see quality_issues).', unit: 'documents', example: '0' },
      documents_removed: { meaning: 'Documents whose file disappeared from the raw folder during this run.', unit: 'documents', example: '0' },
      documents_reextracted: { meaning: 'Unchanged documents extracted again (new extractor version or a full refresh).', unit: 'documents', example: '0' },
      records_loaded: { meaning: 'Fact rows written by this run.', unit: 'rows' },
      code_version: { meaning: 'Version of salw-etl that ran (package version, plus the git commit when known).', example: '0.1.0' },
      duration_ms: { meaning: 'How long the run took.', unit: 'milliseconds' },
      options_json: { meaning: 'The options the run was started with, as JSON.' },
      message: { meaning: 'A summary or the error that ended the run.' },
      host: { meaning: 'The machine the run ran on.' },
      pid: { meaning: 'The operating-system process id of the run.' },
    },
  },
  documents: {
    type: 'table',
    description:
      'One row per version of a source document (a file in raw/). Only rows with status `loaded` are current; older versions stay, `superseded`, so earlier citations keep working.',
    columns: {
      document_id: { meaning: 'Surrogate key of this document version.', example: '1' },
      source_path: { meaning: 'Path of the file relative to the raw folder.', example: '003_9c7cc2717d99486b.txt' },
      logical_key: { meaning: 'Identifies the logical document all versions share (kind, country, source URL or path).', example: 'poa_profile|KAZ|003_9c7cc2717d99486b.txt' },
      version: { meaning: 'Version number of the logical document, 1 for the first retrieval.', example: '1' },
      sha256: { meaning: 'SHA-256 of the file bytes: identifies the exact version cited.', example: '9c7cc2717d99486b...' },
      size_bytes: { meaning: 'Size of the file.', unit: 'bytes' },
      format: { meaning: 'The file format the document was decoded from.', vocabulary: 'text, html, pdf', example: 'text' },
      encoding: { meaning: 'The character encoding the text was decoded with.', example: 'utf-8' },
      page_count: { meaning: 'Number of pages (PDF only).', unit: 'pages' },
      kind: {
        meaning: 'What sort of document it is.',
        vocabulary: 'amap_profile (ammunition country profile), poa_profile (PoA country page), poa_report (PoA national report)',
        example: 'poa_profile',
      },
      country_iso3: COUNTRY,
      title: { meaning: 'The document title, when it has one.' },
      report_year: { meaning: 'For national reports: the year of the report.', unit: 'calendar year' },
      language: { meaning: 'Main language of the document, ISO 639-1.', vocabulary: 'en, fr, es, ru, ar, zh', example: 'en' },
      date_raw: { meaning: 'The document date as written.', example: '27/06/16' },
      date_iso: { meaning: 'The document date as ISO 8601, only when the written date is unambiguous.', example: '2016-06-27' },
      document_code: { meaning: 'The UN document symbol, when the document carries one.' },
      source_url: { meaning: 'Where the file was retrieved from (from its .meta.json sidecar); NULL when unknown.' },
      retrieved_at: { meaning: 'When the file was retrieved, ISO 8601 UTC (sidecar); NULL when unknown.' },
      file_mtime: { meaning: 'Modification time of the file when it was read, ISO 8601 UTC.' },
      meta_json: { meaning: 'The .meta.json sidecar as read, JSON.' },
      status: {
        meaning: 'Whether this version is current.',
        vocabulary:
          'loaded (current), superseded (an older version; superseded_by points to the newer), removed (the file left raw/), quarantined (could not be read; status_reason says why), skipped (unknown kind)',
        example: 'loaded',
      },
      status_reason: { meaning: 'Why the document is quarantined, skipped, superseded or removed.' },
      extractor: { meaning: 'Name and version of the extractor that read the document (`classifier@<digest>` when no extractor took it); versions are digests of the code, so a document whose extractor\'s code changed is re-extracted on the next run.', example: 'poa-profile@0bc47e22' },
      first_run_id: { meaning: 'The run that first saw this version.', example: '1' },
      last_run_id: { meaning: 'The last run that saw or changed this version.', example: '1' },
      superseded_by: { meaning: 'For a superseded version: the document_id of the version that replaced it.' },
      loaded_at: { meaning: 'When this version was last written, ISO 8601 UTC.' },
    },
  },
  quality_issues: {
    type: 'table',
    description:
      'Problems found while reading documents: values left NULL and why, totals that do not add up, years inferred, files that could not be read. Each issue points at the document, line and (when it concerns one) the fact row.',
    columns: {
      issue_id: { meaning: 'Surrogate key of the issue.' },
      run_id: { meaning: 'The run that found the issue.' },
      document_id: { meaning: 'The document version concerned; NULL for run-level problems.' },
      severity: { meaning: 'How much the issue matters.', vocabulary: 'error (a value could not be loaded), warning (a value is unknown or suspect), info (a judgement call worth knowing)', example: 'warning' },
      rule: { meaning: 'Stable kebab-case id of the check that raised it.', example: 'unknown-value' },
      message: { meaning: 'What was found, where, and what was done with it.' },
      table_name: { meaning: 'The fact table of the row concerned, if any.', example: 'explosions' },
      record_id: { meaning: 'The id of the row concerned in table_name (e.g. explosions.explosion_id), if any.' },
      line_start: { meaning: 'The line of the document the issue is about.', unit: 'line number' },
    },
  },
  explosions: {
    type: 'table',
    description: 'Unplanned explosions at munitions sites, one row per row of a source table (never deduplicated: two identical rows are two incidents).',
    columns: {
      explosion_id: { meaning: 'Surrogate key of the explosion row.' },
      country_iso3: COUNTRY,
      year: { ...YEAR, example: '2021' },
      location: { meaning: 'The place as written; NULL when the document says N/A.', example: 'Taraz' },
      owner_raw: { meaning: 'The owner/manager of the site as written.', example: 'State (military)' },
      owner_type: { meaning: 'Who owns or manages the site.', vocabulary: 'state, non_state', example: 'state' },
      owner_sector: { meaning: 'The owner\'s sector.', vocabulary: 'military, police, company, other', example: 'military' },
      deaths: { meaning: 'People killed; NULL when unknown (N/A), 0 only when the source says 0.', unit: 'people', example: '12' },
      injuries: { meaning: 'People injured; NULL when unknown (N/A), 0 only when the source says 0.', unit: 'people', example: '90' },
      row_number: { meaning: 'Position of the row in its source table (1 = first data row).', example: '1' },
      table_caption: { meaning: 'Caption of the source table, as written.', example: 'Table. 1 Accidental explosions in Kazakhstan (1979-2021)' },
      ...LINEAGE,
    },
  },
  diversions: {
    type: 'table',
    description: 'Cases of diversion (theft, loss, illicit transfer) of arms and ammunition, one row per row of a source table.',
    columns: {
      diversion_id: { meaning: 'Surrogate key of the diversion row.' },
      country_iso3: COUNTRY,
      year: { ...YEAR, example: '2022' },
      location: { meaning: 'The place as written; NULL when the document says N/A.', example: 'Almaty' },
      description: { meaning: 'The description of the case, as written.', example: 'Approximately 1’300 service weapons were stolen during nationwide protests.' },
      quantity: { meaning: 'Number of items diverted, when the description gives one; NULL otherwise.', unit: 'items (weapons, rounds, grenades...)', example: '1300' },
      quantity_approx: { meaning: '1 when the quantity is approximate ("approximately", "some", "at least"); NULL when there is no quantity.', vocabulary: '0, 1', example: '1' },
      quantity_qualifier: { meaning: 'The qualifier that made the quantity approximate, lower-cased.', example: 'approximately' },
      row_number: { meaning: 'Position of the row in its source table (1 = first data row).', example: '1' },
      table_caption: { meaning: 'Caption of the source table, as written.' },
      ...LINEAGE,
    },
  },
  tallies: {
    type: 'table',
    description:
      'What a document says about how many incidents there were, table or not: "no accidental explosion was reported" = 0, "five" = 5, "numerous" = NULL.',
    columns: {
      tally_id: { meaning: 'Surrogate key of the tally.' },
      country_iso3: COUNTRY,
      topic: { meaning: 'What is counted.', vocabulary: 'explosions, diversions', example: 'explosions' },
      period_start: { meaning: 'First year of the period the tally covers ("since 1979").', unit: 'calendar year', example: '1979' },
      period_end: { meaning: 'Last year of the period, when stated.', unit: 'calendar year' },
      reported_count: { meaning: 'The number of incidents; NULL when the words give no number ("numerous").', unit: 'incidents' },
      reported_raw: { meaning: 'The words the count was read from.', example: 'numerous' },
      ...LINEAGE,
    },
  },
  sections: {
    type: 'table',
    description:
      'Narrative sections and template answers: one row per section of text, or per template question with its answer (NULL when the state left it empty).',
    columns: {
      section_id: { meaning: 'Surrogate key of the section.' },
      country_iso3: COUNTRY,
      topic: {
        meaning: 'The theme of the section or question, as a code (NULL when the heading is not recognised).',
        vocabulary:
          'security_situation, international_support, accidental_explosions, diversion, disposal, needs, national_coordination, legislation, manufacture, transfers, brokering, stockpile_management, collection_destruction, marking, record_keeping, tracing, information_exchange, public_awareness, crime_linkage, border_control, international_cooperation, assistance_needs, implementation_challenges, regional_events',
        example: 'marking',
      },
      heading_raw: { meaning: 'The heading as written.', example: 'Collection and destruction' },
      question: { meaning: 'The template question as written; NULL for free text.', example: 'National marking practices:' },
      source_tag: { meaning: 'The question\'s tag in a questionnaire, when it has one.', example: 'PoA II.4' },
      answer: { meaning: 'The section text, or the answer to the question; NULL when the document left it empty (the state gave no answer).' },
      source_report_year: { meaning: 'The national report the text comes from (attribution or Source line).', unit: 'calendar year', example: '2010' },
      source_date_raw: { meaning: 'The date given with the source, as written.', example: '6/5/2011' },
      source_date_iso: { meaning: 'That date as ISO 8601, only when unambiguous (6/5/2011 is not: 6 May or 5 June).' },
      ...LINEAGE,
    },
  },
  citations: {
    type: 'table',
    description: 'Works cited by a document: footnotes (ref = their number) and the works on a table\'s `Source:` line (ref NULL, one row per work).',
    columns: {
      citation_id: { meaning: 'Surrogate key of the citation.' },
      section_id: { meaning: 'The section the citation belongs to: sections.section_id (footnote numbers restart per section).' },
      ref: { meaning: 'The footnote number as written; NULL for a work cited on a Source line.', example: '1' },
      ref_inferred: { meaning: '1 when the footnote number was not written and was taken from the footnote\'s position.', vocabulary: '0, 1', example: '0' },
      text: { meaning: 'The citation as written.', example: 'Small Arms Survey. n.d. Unplanned Explosions at Munitions Sites (UEMS). Database.' },
      url: { meaning: 'The URL in the citation, without trailing punctuation.' },
      accessed_on: { meaning: 'The access date the citation gives ("Accessed September 6, 2022"), ISO 8601; NULL when it gives none.', example: '2022-09-06' },
      ...LINEAGE,
    },
  },
  count_statements: {
    type: 'table',
    description:
      'Statements that count weapons ("In 2005, 9,607 weapons were seized: ..."): one row per statement, with its total and a check of its parts against the total. The numbers are in weapon_counts.',
    columns: {
      statement_id: { meaning: 'Surrogate key of the statement.' },
      country_iso3: COUNTRY,
      year: YEAR,
      year_basis: YEAR_BASIS,
      action: ACTION,
      action_raw: { meaning: 'The words that say what was done.', example: 'destroyed' },
      agency: AGENCY,
      agency_raw: { meaning: 'The words that name the agency.', example: 'internal affairs agencies' },
      total: { meaning: 'The total the statement gives; NULL when it gives only parts.', unit: 'weapons', example: '5563' },
      components_sum: { meaning: 'Sum of the top-level parts (parent_category NULL, not the total); NULL when the statement gives no parts.', unit: 'weapons', example: '5563' },
      reconciliation: {
        meaning: 'How the parts relate to the total. A total given without any parts is balanced with components_sum NULL (nothing disagrees with it).',
        vocabulary: 'balanced (parts add up, or no parts), nested (parts add up, with a second level breaking one part down), unbalanced (they do not: see quality_issues), no_total (parts only)',
        example: 'balanced',
      },
      reported_in: REPORTED_IN,
      ...LINEAGE,
    },
  },
  weapon_counts: {
    type: 'table',
    description:
      'One row per number in a count statement: the total (is_total = 1) and each part by weapon category. Parts with a parent_category break that part down further: do not add them to the top level.',
    columns: {
      count_id: { meaning: 'Surrogate key of the count.' },
      statement_id: { meaning: 'The statement the number belongs to: count_statements.statement_id.' },
      country_iso3: COUNTRY,
      year: YEAR,
      year_basis: YEAR_BASIS,
      action: ACTION,
      agency: AGENCY,
      category: {
        meaning: 'The weapon category, as a code (NULL when the words are not in the vocabulary: see category_raw).',
        vocabulary: codesOf(WEAPON_CATEGORY_CODES)
          .map((code) => (code === GENERIC_CATEGORY ? `${code} (the generic total)` : code))
          .join(', '),
        example: 'smoothbore',
      },
      category_raw: { meaning: 'The words naming the category.', example: 'smoothbore weapons' },
      parent_category: { meaning: 'For a sub-count: the category it breaks down (e.g. pistols_and_revolvers under rifled); NULL at the top level.', example: 'rifled' },
      quantity: { meaning: 'The number of weapons.', unit: 'weapons', example: '3605' },
      is_total: { meaning: '1 for the statement\'s total, 0 for a part.', vocabulary: '0, 1', example: '0' },
      approx: { meaning: '1 when the number is approximate ("about", "some").', vocabulary: '0, 1', example: '0' },
      approx_qualifier: { meaning: 'The word that made the number approximate, lower-cased.' },
      reported_in: REPORTED_IN,
      ...LINEAGE,
    },
  },
  report_submissions: {
    type: 'table',
    description: 'National reports on the PoA a state submitted, one row per report year and language version.',
    columns: {
      submission_id: { meaning: 'Surrogate key of the submission.' },
      country_iso3: COUNTRY,
      report_year: { meaning: 'The year of the report.', unit: 'calendar year', example: '2010' },
      language: { meaning: 'Language of this version, ISO 639-1.', vocabulary: 'en, fr, es, ru, ar, zh', example: 'ru' },
      language_raw: { meaning: 'The language as written.', example: 'Русский' },
      ...LINEAGE,
    },
  },
  meeting_statements: {
    type: 'table',
    description: 'Statements a state made at PoA meetings (BMS, Review Conferences, Security Council debates) as listed on its country page.',
    columns: {
      meeting_statement_id: { meaning: 'Surrogate key of the meeting statement.' },
      country_iso3: COUNTRY,
      year: { meaning: 'The year of the meeting.', unit: 'calendar year', example: '2005' },
      meeting: { meaning: 'The meeting as written.', example: '2nd BMS' },
      has_text: { meaning: '1 when the page gives the statement\'s text, 0 when it only lists the meeting.', vocabulary: '0, 1', example: '0' },
      text: { meaning: 'The statement\'s text, when given.' },
      ...LINEAGE,
    },
  },
  scheduler_state: {
    type: 'table',
    description: 'Operations: one row per running scheduler, saying which pipelines it runs, on what schedule, and when it will run them next (`salw-etl status` reads it).',
    internal: true,
    columns: {
      schedule_key: { meaning: 'Identifies the schedule (one row per schedule).' },
      pipelines: { meaning: 'The pipelines the scheduler runs, comma-separated.', example: 'amap-profiles,poa' },
      cron: { meaning: 'The cron expression of the schedule.', example: '0 3 * * 1' },
      timezone: { meaning: 'The time zone the cron expression is read in (IANA name).', example: 'UTC' },
      pid: { meaning: 'Process id of the scheduler; a row whose process is gone is stale.' },
      host: { meaning: 'Machine the scheduler runs on.' },
      started_at: { meaning: 'When the scheduler started, ISO 8601 UTC.' },
      next_due_at: { meaning: 'When it will next run the pipelines, ISO 8601 UTC; NULL when unknown.' },
      updated_at: { meaning: 'When the scheduler last wrote this row, ISO 8601 UTC.' },
    },
  },
  transformations: {
    type: 'table',
    description: 'One row per step that turned a document\'s words into a fact\'s value, recorded by the parser or extractor when it made the value (never re-derived afterwards); `salw-etl lineage <table> <id>` prints them. A fact with no rows here was loaded by code that did not record its steps.',
    columns: {
      transformation_id: { meaning: 'Surrogate key of the step.', example: '1' },
      fact_table: { meaning: 'The fact table of the fact the step made.', example: 'explosions' },
      fact_id: { meaning: 'The id of the fact in fact_table (its primary key).', example: '3' },
      step_index: { meaning: 'Order of the step among the fact\'s steps, from 0.', example: '0' },
      column_name: { meaning: 'The fact column the step set.', example: 'injuries' },
      source_words: { meaning: 'The words as written in the document that the step read.', example: 'N/A' },
      rule: { meaning: 'The rule that read them, `<parser>.<rule>`.', example: 'unknown.marker' },
      lexicon_entry: { meaning: 'The lexicon section and entry that matched, NULL when the rule used none.', example: 'unknownMarkers: N/A' },
      language: { meaning: 'The language whose lexicon was read (ISO 639-1), NULL for language-free rules.', example: 'en' },
      value: { meaning: 'The value the step stored, as text (`NULL` for a NULL).', example: 'NULL' },
      run_id: { meaning: 'The run that recorded the step: runs.run_id.', example: '1' },
    },
  },
  run_entries: {
    type: 'table',
    description: 'Every entry of the raw folder that a run did not take as a document (hidden, orphan sidecar, refused symbolic link, unreadable file or folder, duplicate bytes), with the reason: with `documents`, every entry is accounted for.',
    columns: {
      entry_id: { meaning: 'Surrogate key of the entry.' },
      run_id: { meaning: 'The run that saw the entry.' },
      path: { meaning: 'Path relative to the raw folder (a folder ends with `/`).', example: '.DS_Store' },
      outcome: { meaning: 'What became of the entry.', vocabulary: 'skipped, refused, unreadable, duplicate', example: 'skipped' },
      reason: { meaning: 'Why, in words an operator can act on.', example: 'hidden file (name starts with a dot)' },
    },
  },
  warehouse_lock: {
    type: 'table',
    internal: true,
    description: 'Internal: at most one row, held by the process that is writing the warehouse, so two runs never write at once.',
    columns: {
      lock_id: { meaning: 'Always 1.' },
      holder_pid: { meaning: 'Process id of the holder.' },
      holder_host: { meaning: 'Machine of the holder.' },
      command: { meaning: 'The command holding the lock.' },
      started_at: { meaning: 'When the lock was taken, ISO 8601 UTC.' },
      heartbeat_at: { meaning: 'Last sign of life of the holder, ISO 8601 UTC; a stale heartbeat means the lock can be broken.' },
    },
  },
  dictionary: {
    type: 'table',
    description: 'This data dictionary: a row per table or view (column_name NULL) and a row per column, saying what it means. Start here: `select * from dictionary`.',
    columns: {
      object_name: { meaning: 'The table or view described.', example: 'weapon_counts' },
      object_type: { meaning: 'Whether it is a table or a view.', vocabulary: 'table, view' },
      column_name: { meaning: 'The column described; NULL on the row describing the table or view itself.', example: 'quantity' },
      position: { meaning: 'Position of the column in the table (1-based); 0 for the table row.' },
      data_type: { meaning: 'The SQLite type declared for the column (empty for view columns computed by expressions).', example: 'INTEGER' },
      meaning: { meaning: 'What the table, view or column holds.' },
      unit: { meaning: 'The unit of a number.', example: 'weapons' },
      vocabulary: { meaning: 'The codes a vocabulary column holds.', example: 'stated, inferred' },
      example: { meaning: 'A value as found in the warehouse built from the seeds.' },
    },
  },
  kysely_migration: {
    type: 'table',
    internal: true,
    description: 'Internal: the schema migrations applied to this file (kysely).',
    columns: { name: { meaning: 'Migration name.', example: '0002_analyst_views' }, timestamp: { meaning: 'When it was applied, ISO 8601 UTC.' } },
  },
  kysely_migration_lock: {
    type: 'table',
    internal: true,
    description: 'Internal: the lock kysely holds while migrating.',
    columns: { id: { meaning: 'Lock name.' }, is_locked: { meaning: '1 while a migration runs.', vocabulary: '0, 1' } },
  },
};

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

const VIEWS: Record<string, RelationDoc> = {
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
      reconciliation: { meaning: 'How the parts of the statement the number belongs to relate to its total (count_statements.reconciliation).', vocabulary: 'balanced, nested, unbalanced, no_total' },
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

/** Every documented table and view, by name. */
export const DICTIONARY: Readonly<Record<string, RelationDoc>> = { ...TABLES, ...VIEWS };

/**
 * The description of `column` of `relation`: its own entry, else the first inherited relation's.
 * Undefined when nothing describes it.
 */
export function describeColumn(relation: string, column: string): ColumnDoc | undefined {
  const doc = DICTIONARY[relation];
  if (!doc) return undefined;
  const own = doc.columns[column];
  if (own) return own;
  for (const parent of doc.inherits ?? []) {
    const inherited = describeColumn(parent, column);
    if (inherited) return inherited;
  }
  return undefined;
}

export interface DictionaryRow {
  object_name: string;
  object_type: 'table' | 'view';
  column_name: string | null;
  position: number;
  data_type: string | null;
  meaning: string;
  unit: string | null;
  vocabulary: string | null;
  example: string | null;
}

export interface SchemaColumn {
  name: string;
  type: string;
}

export interface SchemaRelation {
  name: string;
  type: 'table' | 'view';
  columns: SchemaColumn[];
}

/** Every table and view of the live schema (SQLite's own `sqlite_*` tables aside), in name order, with their columns. */
export async function readSchema(db: Kysely<unknown>): Promise<SchemaRelation[]> {
  const relations = await sql<{ name: string; type: 'table' | 'view' }>`
    SELECT name, type FROM sqlite_master
    WHERE type IN ('table', 'view') AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\'
    ORDER BY name`.execute(db);
  const schema: SchemaRelation[] = [];
  for (const relation of relations.rows) {
    const columns = await sql<SchemaColumn>`SELECT name, type FROM pragma_table_info(${relation.name}) ORDER BY cid`.execute(db);
    schema.push({ name: relation.name, type: relation.type, columns: columns.rows });
  }
  return schema;
}

/** The dictionary rows for a schema: documented entries, and the UNDOCUMENTED marker where there is none. */
export function dictionaryRows(schema: readonly SchemaRelation[]): DictionaryRow[] {
  const rows: DictionaryRow[] = [];
  for (const relation of schema) {
    const doc = DICTIONARY[relation.name];
    rows.push({
      object_name: relation.name, object_type: relation.type, column_name: null, position: 0, data_type: null,
      meaning: doc?.description ?? UNDOCUMENTED, unit: null, vocabulary: null, example: null,
    });
    relation.columns.forEach((column, index) => {
      const described = describeColumn(relation.name, column.name);
      rows.push({
        object_name: relation.name, object_type: relation.type, column_name: column.name, position: index + 1,
        data_type: column.type || null, meaning: described?.meaning ?? UNDOCUMENTED, unit: described?.unit ?? null,
        vocabulary: described?.vocabulary ?? null, example: described?.example ?? null,
      });
    });
  }
  return rows;
}

/** True when the `dictionary` table already says what `syncDictionary` would write (a read, no lock taken). */
export async function dictionaryIsCurrent(db: Kysely<unknown>): Promise<boolean> {
  const exists = await sql`SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'dictionary'`.execute(db);
  if (exists.rows.length === 0) return false;
  const want = dictionaryRows(await readSchema(db));
  const have = await sql<DictionaryRow>`
    SELECT object_name, object_type, column_name, position, data_type, meaning, unit, vocabulary, example
    FROM dictionary ORDER BY rowid`.execute(db);
  return JSON.stringify(have.rows) === JSON.stringify(want);
}

/**
 * Rewrites the `dictionary` table from the live schema and DICTIONARY. Idempotent and cheap; run after
 * migrations (so new columns appear at once) and before writing docs or Datasette metadata. Never
 * throws on an undocumented column: the row says UNDOCUMENTED and the dictionary test fails.
 */
export async function syncDictionary(db: Kysely<unknown>, options: { inTransaction?: boolean } = {}): Promise<number> {
  const rows = dictionaryRows(await readSchema(db));
  const write = async (trx: Kysely<unknown>): Promise<void> => {
    await sql`DELETE FROM dictionary`.execute(trx);
    for (const row of rows) {
      await sql`INSERT INTO dictionary (object_name, object_type, column_name, position, data_type, meaning, unit, vocabulary, example)
        VALUES (${row.object_name}, ${row.object_type}, ${row.column_name}, ${row.position}, ${row.data_type}, ${row.meaning},
                ${row.unit}, ${row.vocabulary}, ${row.example})`.execute(trx);
    }
  };
  // Inside a migration the connection may already be a transaction, which cannot open another.
  if (db.isTransaction || options.inTransaction) await write(db);
  else await db.transaction().execute(write);
  return rows.length;
}
