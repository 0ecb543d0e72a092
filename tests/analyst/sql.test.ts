import Database from 'better-sqlite3';
import { Command } from 'commander';
import { parse } from 'csv-parse/sync';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { registerSqlCommand, sqlCommand } from '../../src/cli/commands/sql.ts';
import { captureIo, type SeededFile, seededWarehouseFile } from './support.ts';

describe('salw-etl sql', () => {
  let seeded: SeededFile;
  beforeAll(async () => {
    seeded = await seededWarehouseFile();
  });
  afterAll(() => seeded.cleanup());
  afterEach(() => {
    process.exitCode = undefined;
  });

  async function run(query: string, options: { tty?: boolean; format?: string; maxWidth?: string; maxRows?: string } = {}) {
    const io = captureIo(options.tty ?? false);
    const code = await sqlCommand(query, { warehouse: seeded.path, format: options.format, maxWidth: options.maxWidth, maxRows: options.maxRows }, io);
    return { code, out: io.stdout.text, err: io.stderr.text };
  }
  const counts = () => {
    const db = new Database(seeded.path, { readonly: true });
    try {
      return db.prepare('SELECT (SELECT count(*) FROM explosions) AS explosions, (SELECT count(*) FROM runs) AS runs, (SELECT count(*) FROM documents) AS documents').get();
    } finally {
      db.close();
    }
  };

  it('prints a readable table on a terminal', async () => {
    const { code, out } = await run("SELECT year, location, deaths, injuries FROM explosions_with_sources WHERE year = 2009 ORDER BY location", { tty: true });
    expect(code).toBe(0);
    expect(out).toBe([
      'year | location | deaths | injuries',
      '-----+----------+--------+---------',
      '2009 | Almaty   |      1 |     NULL',
      '2009 | Arys     |      5 |       15',
      '(2 rows)',
      '',
    ].join('\n'));
  });

  it('cuts long cells on a terminal and shows line breaks', async () => {
    const { out } = await run("SELECT answer FROM template_answers WHERE question_key = 'national marking practices'", { tty: true, maxWidth: '20' });
    expect(out.split('\n')[2]).toBe('The legislation of …');
    const { out: breaks } = await run("SELECT 'a' || char(10) || 'b' AS two_lines", { tty: true });
    expect(breaks.split('\n')[2]).toBe('a⏎b');
  });

  it('writes CSV when piped, which parses back to the rows', async () => {
    const { code, out } = await run("SELECT year, location, source_text FROM current_explosions ORDER BY line_start LIMIT 2");
    expect(code).toBe(0);
    expect(out).toBe('year,location,source_text\r\n2021,Taraz,2021 | Taraz | State (military) | 12 | 90 |\r\n2019,Arys,2019 | Arys | State (military) | 3 | 77 |\r\n');
    const { out: quoted } = await run("SELECT text FROM current_citations WHERE ref IS NULL AND line_start = 29 ORDER BY citation_id");
    expect((parse(quoted, { columns: true }) as Array<{ text: string }>).map((r) => r.text.slice(0, 40))).toEqual([
      'Assaniyaz, Assem. “January Riots in Kaza', 'Benevento, Chris. “Kazakhstan: Former Co',
    ]);
  });

  it.each([
    'DELETE FROM explosions',
    "UPDATE explosions SET deaths = 0 WHERE location = 'Taraz'",
    "INSERT INTO runs (pipeline, trigger, started_at, status, code_version) VALUES ('x', 'manual', 'now', 'running', '0')",
    'DROP TABLE explosions',
    'DROP VIEW template_answers',
    'CREATE TABLE notes (x)',
    'ALTER TABLE explosions ADD COLUMN x',
    'PRAGMA user_version = 7',
    'VACUUM',
    'REINDEX',
    'WITH gone AS (SELECT 1) DELETE FROM explosions',
  ])('refuses to write: %s', async (query) => {
    const before = counts();
    const { code, out, err } = await run(query);
    expect(code).toBe(1);
    expect(out).toBe('');
    expect(err).toBe('salw-etl sql: refused: this statement would change the warehouse, and `salw-etl sql` only reads (the warehouse is opened read-only). Changes come from runs of the pipeline.\n');
    expect(counts()).toEqual(before);
  });

  it.each([
    ["ATTACH DATABASE '/tmp/other.sqlite' AS other", 'ATTACH is refused: `salw-etl sql` reads the warehouse alone (open other databases with the sqlite3 shell)'],
    ['  detach other', 'DETACH is refused: `salw-etl sql` reads the warehouse alone (open other databases with the sqlite3 shell)'],
    ['PRAGMA foreign_keys = OFF', 'PRAGMA foreign_keys with a value is refused: `salw-etl sql` only reads, and settings of its session have no use (read a pragma without a value)'],
    ['/* session */ PRAGMA main.query_only(0)', 'PRAGMA query_only with a value is refused: `salw-etl sql` only reads, and settings of its session have no use (read a pragma without a value)'],
  ])('refuses what would change the session, not accepted as a no-op: %s', async (query, reason) => {
    expect(await run(query)).toEqual({ code: 1, out: '', err: `salw-etl sql: ${reason}\n` });
  });

  it('reads pragmas that only name what they read', async () => {
    const { code, out } = await run('PRAGMA table_info(explosions)', { format: 'jsonl' });
    expect(code).toBe(0);
    expect(JSON.parse(out.split('\n')[0] ?? '')).toMatchObject({ cid: 0, name: 'explosion_id', pk: 1 });
    expect((await run('PRAGMA foreign_keys', { format: 'csv' })).out).toBe('foreign_keys\r\n1\r\n');
  });

  it('a table shows its first rows and counts the rest; CSV streams every row', async () => {
    const many = 'WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 130000) SELECT i FROM n';
    const table = await run(many, { tty: true });
    expect(table.code).toBe(0);
    const lines = table.out.trimEnd().split('\n');
    expect(lines.slice(0, 3)).toEqual(['   i', '----', '   1']);
    expect(lines.at(-2)).toBe('(1000 rows)');
    expect(lines.at(-1)).toBe('... and 129000 more rows not shown (130000 in all): --max-rows to show more, --format csv or jsonl for every row');
    const csv = await run(many, { format: 'csv' });
    expect(csv.out.split('\r\n').filter((l) => l !== '')).toHaveLength(130001);
    expect((await run(many, { tty: true, maxRows: '0' })).err).toBe('salw-etl sql: --max-rows must be a whole number of at least 1\n');
  });

  it('refuses several statements at once and reports SQL errors clearly', async () => {
    expect(await run('SELECT 1; DELETE FROM explosions')).toEqual({ code: 1, out: '', err: 'salw-etl sql: give one statement at a time (no `;` between statements)\n' });
    expect(await run('SELECT nope FROM explosions')).toEqual({ code: 1, out: '', err: 'salw-etl sql: the query failed: no such column: nope\n' });
    expect(counts()).toMatchObject({ explosions: 8 });
  });

  it('sets a non-zero exit code through the registered command', async () => {
    const io = captureIo();
    const program = new Command('salw-etl').exitOverride();
    registerSqlCommand(program, io);
    await program.parseAsync(['sql', 'DELETE FROM explosions', '--warehouse', seeded.path], { from: 'user' });
    expect(process.exitCode).toBe(1);
    expect(io.stderr.text).toMatch(/^salw-etl sql: refused: /);
    process.exitCode = undefined;
    await program.parseAsync(['sql', 'SELECT count(*) AS n FROM explosions', '--warehouse', seeded.path, '--format', 'jsonl'], { from: 'user' });
    expect(process.exitCode).toBeUndefined();
    expect(io.stdout.text).toBe('{"n":8}\n');
  });
});
