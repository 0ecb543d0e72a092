/**
 * Data dictionary entries of the tables that say what the pipeline did and what it read: runs,
 * documents (one row per version of a source file) and the quality issues found while reading.
 */
import { COUNTRY, type RelationDoc } from './dictionary-shared.ts';

export const RUN_TABLES: Record<string, RelationDoc> = {
  fetches: {
    type: 'table',
    description: 'One row per address `salw-etl fetch` checks (a document or a listing of sources.yaml, a document a listing gave, or --url): its last check, how it went, the validators the site gave, and the failures in a row.',
    columns: {
      source_url: { meaning: 'The address fetched, as the manifest names it (also the sidecar source_url of its files).', example: 'https://example.org/reports/ken.pdf' },
      checked_at: { meaning: 'When it was last checked, ISO 8601 UTC.', example: '2026-11-28T02:00:05.123Z' },
      outcome: {
        meaning: 'How the last check went.',
        vocabulary: 'new (first version written), changed (a new version written beside the old), unchanged (same bytes, nothing written), not-modified (the site answered 304), disallowed (robots.txt, also of a redirect target), failed (see failure), listed (a listing read for its document addresses; failure NULL)',
        example: 'not-modified',
      },
      http_status: { meaning: 'HTTP status of the last answer; NULL when none came (time-out, network error, robots.txt).', example: '304' },
      raw_path: { meaning: 'The newest version kept in the raw folder (absolute path); NULL while none is.' },
      etag: { meaning: 'ETag of the newest version kept, sent as If-None-Match.' },
      last_modified: { meaning: 'Last-Modified of the newest version kept, sent as If-Modified-Since.' },
      failure: { meaning: 'Why the last check failed or was not made (HTTP status, time-out, too large, wrong content, robots.txt); NULL when it went well.' },
      consecutive_failures: { meaning: 'Checks in a row that failed; 0 after a good one.', unit: 'checks', example: '0' },
      last_changed_at: { meaning: 'When a new version was last written, ISO 8601 UTC.' },
    },
  },
  runs: {
    type: 'table',
    description: 'One row per run of the pipeline: when it ran, what it saw and loaded, and how it ended.',
    columns: {
      run_id: { meaning: 'Surrogate key of the run.', example: '1' },
      pipeline: { meaning: 'The pipeline definitions that ran (pipelines/<name>, comma-separated), or `fetch` for a `salw-etl fetch` (alone or as the first step of a scheduled night).', example: 'amap-profiles,poa' },
      trigger: { meaning: 'What started the run.', vocabulary: 'manual, schedule', example: 'manual' },
      started_at: { meaning: 'When the run started, ISO 8601 UTC.', example: '2025-01-15T09:30:00.000Z' },
      finished_at: { meaning: 'When the run ended, ISO 8601 UTC; NULL while running or if it was killed.' },
      status: { meaning: 'How the run ended.', vocabulary: 'running, succeeded, failed, partial (some documents quarantined), interrupted, removal_refused (would have removed too many documents; removed none)', example: 'succeeded' },
      documents_seen: { meaning: 'Files found in the raw folder (a fetch: document addresses checked, listings not counted).', unit: 'documents', example: '2' },
      documents_loaded: { meaning: 'Documents whose facts were (re)loaded by this run (a fetch: new or changed files written into raw/).', unit: 'documents', example: '2' },
      documents_skipped: { meaning: 'Documents left out: unchanged since the last run, or of no known kind (a fetch: unchanged, not modified, or disallowed by robots.txt).', unit: 'documents', example: '0' },
      documents_quarantined: { meaning: 'Documents that could not be read (see quality_issues) (a fetch: addresses, listings included, whose download failed; see the fetches table).', unit: 'documents', example: '0' },
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
      kind_confidence: {
        meaning: 'How sure the classification from the content is: the lead of the winning kind\'s score over the next kind\'s or genre\'s, over 6, capped at 1. NULL when the content gave no kind (skipped documents), or when a sidecar gave a kind the content does not show.',
        unit: 'share (0-1)',
        example: '0.83',
      },
      kind_signs: {
        meaning: 'The signs the classifier saw, by kind and by genre (news, press_release, meeting_document, paper, encyclopaedia, job_advert, advocacy, blank_form, listing, several_countries), with their scores: why a document has its kind, or why a page that quotes a profile\'s words is none.',
        example: 'amap_profile 7 (explosionsHeading, diversionHeading, uems, amap); news 1 (subscribe)',
      },
      country_iso3: COUNTRY,
      title: { meaning: 'The document title, when it has one.' },
      report_year: { meaning: 'For national reports: the year of the report.', unit: 'calendar year' },
      report_year_basis: {
        meaning:
          'Where report_year was read: the Source line naming the report (`National Report on the implementation of the PoA, 2010`), its submission line (`Date of submission:`, `Submitted on ...`), another date it states (a dateline, `Date:`, the UN header\'s date), the year in its UN document symbol, a year in its title, or the file\'s sidecar, in that order; a sidecar year overrides the document\'s (a `report-year-disagrees` warning when they differ), here and in the sections\' source_report_year alike. NULL when there is no report year.',
        vocabulary: 'source_line, submission, date, document_code, title, sidecar',
        example: 'date',
      },
      language: { meaning: 'Main language of the document, ISO 639-1.', vocabulary: 'en, fr, es, ru, ar, zh', example: 'en' },
      date_raw: { meaning: 'The document date as written.', example: '27/06/16' },
      date_iso: { meaning: 'The document date as ISO 8601, only when the written date is unambiguous.', example: '2016-06-27' },
      document_code: { meaning: 'The UN document symbol, when the document carries one.' },
      source_url: { meaning: 'Where the file was retrieved from (from its .meta.json sidecar); NULL when unknown.' },
      retrieved_at: { meaning: 'When the file was retrieved, ISO 8601 UTC (sidecar); NULL when unknown.' },
      file_mtime: { meaning: 'Modification time of the file when a run last found these bytes in it, ISO 8601 UTC (a file touched without a change of bytes gets its new time, so the next run trusts it without reading it).' },
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
};
