import { type Kysely, sql } from 'kysely';

/**
 * No vocabulary frozen into a CHECK: documents.kind, documents.status and count_statements.reconciliation
 * held CHECK (... IN (...)) constraints, so a new document kind, status or reconciliation outcome needed a
 * table rebuild. The code states those vocabularies (model/kinds.ts, schema.ts, the dictionary); the
 * tables are rebuilt here once without those CHECKs, every row and id kept, and the AUTOINCREMENT
 * counter kept so no deleted id is handed out again.
 *
 * Rebuilds a table: db.ts backs the warehouse file up first and runs this with foreign keys off (they
 * cannot be switched inside the transaction), checking them before it commits.
 */

const DOCUMENTS = `CREATE TABLE documents_rebuilt (
    document_id     INTEGER PRIMARY KEY AUTOINCREMENT,
    source_path     TEXT    NOT NULL,
    logical_key     TEXT,
    version         INTEGER NOT NULL DEFAULT 1,
    sha256          TEXT    NOT NULL,
    size_bytes      INTEGER NOT NULL,
    format          TEXT    CHECK (format IN ('text', 'html', 'pdf')),
    encoding        TEXT,
    page_count      INTEGER,
    kind            TEXT,
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
    status          TEXT    NOT NULL,
    status_reason   TEXT,
    extractor       TEXT,
    first_run_id    INTEGER NOT NULL REFERENCES runs(run_id),
    last_run_id     INTEGER NOT NULL REFERENCES runs(run_id),
    superseded_by   INTEGER REFERENCES documents(document_id),
    loaded_at       TEXT    NOT NULL
  )`;

const COUNT_STATEMENTS = `CREATE TABLE count_statements_rebuilt (
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
    reconciliation  TEXT NOT NULL,
    reported_in     INTEGER,
    document_id  INTEGER NOT NULL REFERENCES documents(document_id),
    run_id       INTEGER NOT NULL REFERENCES runs(run_id),
    extractor    TEXT    NOT NULL,
    line_start   INTEGER,
    line_end     INTEGER,
    page         INTEGER,
    source_text  TEXT    NOT NULL,
    fact_key     TEXT
  )`;

const REBUILDS: ReadonlyArray<{ table: string; create: string; indexes: readonly string[] }> = [
  {
    table: 'documents',
    create: DOCUMENTS,
    indexes: [
      'CREATE INDEX documents_by_path ON documents(source_path, sha256)',
      'CREATE INDEX documents_by_logical_key ON documents(logical_key)',
      'CREATE INDEX documents_by_status ON documents(status)',
    ],
  },
  {
    table: 'count_statements',
    create: COUNT_STATEMENTS,
    indexes: [
      'CREATE INDEX count_statements_by_document ON count_statements(document_id)',
      'CREATE INDEX count_statements_by_fact_key ON count_statements(fact_key)',
    ],
  },
];

export async function up(db: Kysely<unknown>): Promise<void> {
  // Renaming with views in place: the legacy rename leaves views alone (they name `documents`, which
  // exists again once the rebuilt table takes the name).
  await sql.raw('PRAGMA legacy_alter_table = ON').execute(db);
  for (const { table, create, indexes } of REBUILDS) {
    const sequence = await sql<{ seq: number }>`SELECT seq FROM sqlite_sequence WHERE name = ${table}`.execute(db);
    const columns = (await sql<{ name: string }>`SELECT name FROM pragma_table_info(${table}) ORDER BY cid`.execute(db)).rows.map((c) => `"${c.name}"`).join(', ');
    await sql.raw(create).execute(db);
    await sql.raw(`INSERT INTO ${table}_rebuilt (${columns}) SELECT ${columns} FROM ${table}`).execute(db);
    await sql.raw(`DROP TABLE ${table}`).execute(db);
    await sql.raw(`ALTER TABLE ${table}_rebuilt RENAME TO ${table}`).execute(db);
    for (const index of indexes) await sql.raw(index).execute(db);
    const seq = sequence.rows[0]?.seq;
    if (seq !== undefined) {
      await sql`INSERT INTO sqlite_sequence (name, seq) SELECT ${table}, 0 WHERE NOT EXISTS (SELECT 1 FROM sqlite_sequence WHERE name = ${table})`.execute(db);
      await sql`UPDATE sqlite_sequence SET seq = max(seq, ${seq}) WHERE name = ${table}`.execute(db);
    }
  }
  await sql.raw('PRAGMA legacy_alter_table = OFF').execute(db);
}
