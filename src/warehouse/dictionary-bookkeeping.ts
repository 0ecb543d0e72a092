/**
 * Data dictionary entries of the software's bookkeeping tables (scheduler state, transformations, run
 * entries, the warehouse lock, the dictionary itself, Kysely's migration tables). Most are marked
 * `internal`: listed last in the docs and hidden in Datasette.
 */
import type { RelationDoc } from './dictionary-shared.ts';

export const BOOKKEEPING_TABLES: Record<string, RelationDoc> = {
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
  document_leases: {
    type: 'table',
    internal: true,
    description: 'Internal: one row per document an ingest process is reading now, taken before the document is decoded and given back in the transaction that loads it, so that several processes sharing a warehouse never read one document twice. A lease of a run that stopped beating (runs.heartbeat_at) is taken over.',
    columns: {
      source_path: { meaning: 'Path of the file relative to the raw folder.' },
      run_id: { meaning: 'The run whose process reads it: runs.run_id.' },
      leased_at: { meaning: 'When the lease was taken, ISO 8601 UTC.' },
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
