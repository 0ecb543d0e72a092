import { type Kysely, sql } from 'kysely';

/**
 * The first warehouse schema: bookkeeping (runs, documents, quality_issues, the write lock) and the
 * fact tables of WAREHOUSE.md, every fact with its lineage columns. Forward only: later changes are
 * new migrations, never edits of this one.
 */

const LINEAGE = `
  document_id  INTEGER NOT NULL REFERENCES documents(document_id),
  run_id       INTEGER NOT NULL REFERENCES runs(run_id),
  extractor    TEXT    NOT NULL,
  line_start   INTEGER,
  line_end     INTEGER,
  page         INTEGER,
  source_text  TEXT    NOT NULL`;

const STATEMENTS = [
  `CREATE TABLE runs (
    run_id                 INTEGER PRIMARY KEY AUTOINCREMENT,
    pipeline               TEXT    NOT NULL,
    trigger                TEXT    NOT NULL CHECK (trigger IN ('manual', 'schedule')),
    started_at             TEXT    NOT NULL,
    finished_at            TEXT,
    status                 TEXT    NOT NULL CHECK (status IN ('running', 'succeeded', 'failed', 'partial', 'interrupted')),
    documents_seen         INTEGER NOT NULL DEFAULT 0,
    documents_loaded       INTEGER NOT NULL DEFAULT 0,
    documents_skipped      INTEGER NOT NULL DEFAULT 0,
    documents_quarantined  INTEGER NOT NULL DEFAULT 0,
    documents_removed      INTEGER NOT NULL DEFAULT 0,
    documents_reextracted  INTEGER NOT NULL DEFAULT 0,
    records_loaded         INTEGER NOT NULL DEFAULT 0,
    code_version           TEXT    NOT NULL,
    duration_ms            INTEGER,
    options_json           TEXT,
    message                TEXT,
    host                   TEXT,
    pid                    INTEGER
  )`,
  `CREATE TABLE documents (
    document_id     INTEGER PRIMARY KEY AUTOINCREMENT,
    source_path     TEXT    NOT NULL,
    logical_key     TEXT,
    version         INTEGER NOT NULL DEFAULT 1,
    sha256          TEXT    NOT NULL,
    size_bytes      INTEGER NOT NULL,
    format          TEXT    CHECK (format IN ('text', 'html', 'pdf')),
    encoding        TEXT,
    page_count      INTEGER,
    kind            TEXT    CHECK (kind IN ('amap_profile', 'poa_profile', 'poa_report')),
    country_iso3    TEXT,
    title           TEXT,
    report_year     INTEGER,
    language        TEXT,
    date_raw        TEXT,
    date_iso        TEXT,
    document_code   TEXT,
    source_url      TEXT,
    retrieved_at    TEXT,
    file_mtime      TEXT,
    meta_json       TEXT,
    status          TEXT    NOT NULL CHECK (status IN ('loaded', 'quarantined', 'superseded', 'removed', 'skipped')),
    status_reason   TEXT,
    extractor       TEXT,
    first_run_id    INTEGER NOT NULL REFERENCES runs(run_id),
    last_run_id     INTEGER NOT NULL REFERENCES runs(run_id),
    superseded_by   INTEGER REFERENCES documents(document_id),
    loaded_at       TEXT    NOT NULL
  )`,
  `CREATE INDEX documents_by_path ON documents(source_path, sha256)`,
  `CREATE INDEX documents_by_logical_key ON documents(logical_key)`,
  `CREATE INDEX documents_by_status ON documents(status)`,
  `CREATE TABLE quality_issues (
    issue_id     INTEGER PRIMARY KEY AUTOINCREMENT,
    run_id       INTEGER NOT NULL REFERENCES runs(run_id),
    document_id  INTEGER REFERENCES documents(document_id),
    severity     TEXT    NOT NULL CHECK (severity IN ('error', 'warning', 'info')),
    rule         TEXT    NOT NULL,
    message      TEXT    NOT NULL,
    table_name   TEXT,
    record_id    INTEGER,
    line_start   INTEGER
  )`,
  `CREATE INDEX quality_issues_by_document ON quality_issues(document_id)`,
  `CREATE TABLE explosions (
    explosion_id   INTEGER PRIMARY KEY AUTOINCREMENT,
    country_iso3   TEXT,
    year           INTEGER,
    location       TEXT,
    owner_raw      TEXT,
    owner_type     TEXT CHECK (owner_type IN ('state', 'non_state')),
    owner_sector   TEXT CHECK (owner_sector IN ('military', 'police', 'company', 'other')),
    deaths         INTEGER,
    injuries       INTEGER,
    row_number     INTEGER NOT NULL,
    table_caption  TEXT,${LINEAGE}
  )`,
  `CREATE TABLE diversions (
    diversion_id        INTEGER PRIMARY KEY AUTOINCREMENT,
    country_iso3        TEXT,
    year                INTEGER,
    location            TEXT,
    description         TEXT,
    quantity            INTEGER,
    quantity_approx     INTEGER CHECK (quantity_approx IN (0, 1)),
    quantity_qualifier  TEXT,
    row_number          INTEGER NOT NULL,
    table_caption       TEXT,${LINEAGE}
  )`,
  `CREATE TABLE tallies (
    tally_id        INTEGER PRIMARY KEY AUTOINCREMENT,
    country_iso3    TEXT,
    topic           TEXT NOT NULL CHECK (topic IN ('explosions', 'diversions')),
    period_start    INTEGER,
    period_end      INTEGER,
    reported_count  INTEGER,
    reported_raw    TEXT NOT NULL,${LINEAGE}
  )`,
  `CREATE TABLE sections (
    section_id          INTEGER PRIMARY KEY AUTOINCREMENT,
    country_iso3        TEXT,
    topic               TEXT,
    heading_raw         TEXT,
    question            TEXT,
    source_tag          TEXT,
    answer              TEXT,
    source_report_year  INTEGER,
    source_date_raw     TEXT,
    source_date_iso     TEXT,${LINEAGE}
  )`,
  `CREATE TABLE citations (
    citation_id   INTEGER PRIMARY KEY AUTOINCREMENT,
    section_id    INTEGER REFERENCES sections(section_id),
    ref           TEXT,
    ref_inferred  INTEGER NOT NULL DEFAULT 0 CHECK (ref_inferred IN (0, 1)),
    text          TEXT NOT NULL,
    url           TEXT,
    accessed_on   TEXT,${LINEAGE}
  )`,
  `CREATE TABLE count_statements (
    statement_id    INTEGER PRIMARY KEY AUTOINCREMENT,
    country_iso3    TEXT,
    year            INTEGER,
    year_basis      TEXT CHECK (year_basis IN ('stated', 'inferred')),
    action          TEXT,
    action_raw      TEXT,
    agency          TEXT,
    agency_raw      TEXT,
    total           INTEGER,
    components_sum  INTEGER,
    reconciliation  TEXT NOT NULL CHECK (reconciliation IN ('balanced', 'nested', 'unbalanced', 'no_total')),
    reported_in     INTEGER,${LINEAGE}
  )`,
  `CREATE TABLE weapon_counts (
    count_id          INTEGER PRIMARY KEY AUTOINCREMENT,
    statement_id      INTEGER NOT NULL REFERENCES count_statements(statement_id),
    country_iso3      TEXT,
    year              INTEGER,
    year_basis        TEXT CHECK (year_basis IN ('stated', 'inferred')),
    action            TEXT,
    agency            TEXT,
    category          TEXT,
    category_raw      TEXT NOT NULL,
    parent_category   TEXT,
    quantity          INTEGER NOT NULL,
    is_total          INTEGER NOT NULL CHECK (is_total IN (0, 1)),
    approx            INTEGER NOT NULL CHECK (approx IN (0, 1)),
    approx_qualifier  TEXT,
    reported_in       INTEGER,${LINEAGE}
  )`,
  `CREATE TABLE report_submissions (
    submission_id  INTEGER PRIMARY KEY AUTOINCREMENT,
    country_iso3   TEXT,
    report_year    INTEGER NOT NULL,
    language       TEXT NOT NULL,
    language_raw   TEXT,${LINEAGE}
  )`,
  `CREATE TABLE meeting_statements (
    meeting_statement_id  INTEGER PRIMARY KEY AUTOINCREMENT,
    country_iso3          TEXT,
    year                  INTEGER NOT NULL,
    meeting               TEXT NOT NULL,
    has_text              INTEGER NOT NULL CHECK (has_text IN (0, 1)),
    text                  TEXT,${LINEAGE}
  )`,
  `CREATE TABLE warehouse_lock (
    lock_id       INTEGER PRIMARY KEY CHECK (lock_id = 1),
    holder_pid    INTEGER NOT NULL,
    holder_host   TEXT    NOT NULL,
    command       TEXT    NOT NULL,
    started_at    TEXT    NOT NULL,
    heartbeat_at  TEXT    NOT NULL
  )`,
];

const FACT_TABLES = [
  'explosions', 'diversions', 'tallies', 'sections', 'citations', 'count_statements', 'weapon_counts',
  'report_submissions', 'meeting_statements',
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of STATEMENTS) await sql.raw(statement).execute(db);
  for (const table of FACT_TABLES) {
    await sql.raw(`CREATE INDEX ${table}_by_document ON ${table}(document_id)`).execute(db);
  }
  await sql.raw('CREATE INDEX weapon_counts_by_statement ON weapon_counts(statement_id)').execute(db);
}
