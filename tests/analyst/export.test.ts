import { execFile, execFileSync } from 'node:child_process';
import { existsSync, lstatSync, mkdirSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportCommand } from '../../src/cli/commands/export.ts';
import { openWarehouse } from '../../src/warehouse/db.ts';
import { captureIo, type SeededFile, seededWarehouseFile } from './support.ts';

/** Descriptions with the characters CSV gets wrong: quotes, commas, line breaks, CR, leading =, non-Latin scripts. */
const AWKWARD = [
  'He said "about 40, maybe 50" pistols, then left.',
  'Line one,\nline two "quoted"\r\nline three',
  '=SUM(A1:A2) is not a formula here',
  'Около 1 560 единиц оружия; الأسلحة; 武器',
  '',
];

describe('salw-etl export', () => {
  let seeded: SeededFile;
  beforeAll(async () => {
    seeded = await seededWarehouseFile();
    const warehouse = await openWarehouse(seeded.path);
    for (const [index, description] of AWKWARD.entries()) {
      await warehouse.db.insertInto('diversions').values({
        document_id: seeded.ids.profileId, run_id: seeded.ids.runId, extractor: 'test@1', line_start: 100 + index, line_end: 100 + index, page: null,
        source_text: `2020 | Somewhere, "quoted" | ${description} |`, country_iso3: 'KAZ', year: 2020, location: index === 4 ? '' : 'Somewhere, "quoted"',
        description, quantity: index === 0 ? 40 : null, quantity_approx: index === 0 ? 1 : null, quantity_qualifier: index === 0 ? 'about' : null,
        row_number: 3 + index, table_caption: null,
      }).execute();
    }
    await warehouse.close();
  });
  afterAll(() => seeded.cleanup());

  const table = (name: string) => {
    const db = new Database(seeded.path, { readonly: true });
    try {
      const statement = db.prepare(`SELECT * FROM ${name}`);
      return { columns: statement.columns().map((c: { name: string }) => c.name) as string[], rows: statement.all() as Record<string, unknown>[] };
    } finally {
      db.close();
    }
  };

  it('CSV round-trips: parsed back it equals the table, quotes, commas, line breaks and NULLs included', async () => {
    const io = captureIo();
    expect(await exportCommand('diversions', { warehouse: seeded.path, format: 'csv' }, io)).toBe(0);
    const csv = io.stdout.text;
    const { columns, rows } = table('diversions');
    const parsed = parse(csv, { columns: false, relax_quotes: false }) as string[][];
    expect(parsed[0]).toEqual(columns);
    expect(parsed.length - 1).toBe(rows.length);
    expect(rows.length).toBe(7);
    // Back to values: an unquoted empty field is NULL, a quoted one ("") is the empty string.
    const back = parse(csv, {
      columns: true,
      cast: (value, context) => (context.header ? value : value === '' && !context.quoting ? null : value),
    }) as Record<string, string | null>[];
    const asText = rows.map((row) => Object.fromEntries(Object.entries(row).map(([k, v]) => [k, v === null ? null : String(v)])));
    expect(back).toEqual(asText);
    expect(back.find((r) => r.row_number === '3')?.description).toBe('He said "about 40, maybe 50" pistols, then left.');
    expect(back.find((r) => r.row_number === '7')).toMatchObject({ location: '', description: '', quantity: null });
  });

  it('writes RFC 4180: a header row, CRLF between records, quotes doubled inside quoted fields, UTF-8', async () => {
    const io = captureIo();
    await exportCommand('diversions', { warehouse: seeded.path, format: 'csv' }, io);
    const csv = io.stdout.text;
    expect(csv.startsWith('diversion_id,country_iso3,year,location,description,quantity,quantity_approx,quantity_qualifier,row_number,table_caption,document_id,run_id,extractor,line_start,line_end,page,source_text,fact_key\r\n')).toBe(true);
    expect(csv).toContain('3,KAZ,2020,"Somewhere, ""quoted""","He said ""about 40, maybe 50"" pistols, then left.",40,1,about,3,,1,1,test@1,100,100,,');
    expect(csv).toContain('Approximately 1’300 service weapons');
    expect(csv).toContain('Около 1 560 единиц оружия; الأسلحة; 武器');
  });

  it('exports views and JSON lines, NULL as null', async () => {
    const io = captureIo();
    expect(await exportCommand('explosions_with_sources', { warehouse: seeded.path, format: 'jsonl' }, io)).toBe(0);
    const lines = io.stdout.text.trimEnd().split('\n').map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(lines).toHaveLength(8);
    expect(lines[6]).toMatchObject({ year: 2001, location: 'Balkhash', deaths: null, injuries: null, casualties: null, source_line: 22 });
    expect(lines).toEqual(table('explosions_with_sources').rows);
  });

  it('writes --out through a temporary file, leaving only the finished file', async () => {
    const io = captureIo();
    const out = join(seeded.dir, 'weapons.csv');
    expect(await exportCommand('weapons_by_country_year_category', { warehouse: seeded.path, format: 'csv', out }, io)).toBe(0);
    expect(io.stderr.text).toBe(`exported 62 rows of weapons_by_country_year_category to ${out}\n`);
    const parsed = parse(readFileSync(out, 'utf8'), { columns: true }) as Record<string, string>[];
    expect(parsed).toHaveLength(62);
    expect(parsed.filter((r) => r.year === '2005' && r.action === 'destroyed' && r.category === 'smoothbore').map((r) => [r.quantity, r.line_start]))
      .toEqual([['3605', '24']]);
    expect(readdirSync(seeded.dir).filter((f) => f.endsWith('.partial'))).toEqual([]);
  });

  it('writes through a symbolic link: the target gets the rows, the link stays a link', async () => {
    const io = captureIo();
    const target = join(seeded.dir, 'shared-target.csv');
    const link = join(seeded.dir, 'link.csv');
    writeFileSync(target, 'old contents\n');
    symlinkSync(target, link);
    expect(await exportCommand('diversions', { warehouse: seeded.path, format: 'csv', out: link }, io)).toBe(0);
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect(readFileSync(target, 'utf8').split('\r\n')[0]).toMatch(/^diversion_id,/);
  });

  it('writes into a FIFO as it is, and reports a device that fails (/dev/full) without replacing it', async () => {
    const fifo = join(seeded.dir, 'rows.fifo');
    execFileSync('mkfifo', [fifo]);
    const reader = new Promise<string>((resolve, reject) => {
      // The reader opens the FIFO's other end; `cat` stands for a program taking the export from it.
      execFile('cat', [fifo], { encoding: 'utf8' }, (error, stdout) => (error ? reject(error) : resolve(stdout)));
    });
    const io = captureIo();
    const exported = exportCommand('diversions', { warehouse: seeded.path, format: 'jsonl', out: fifo }, io);
    const [code, text] = await Promise.all([exported, reader]);
    expect(code).toBe(0);
    expect(statSync(fifo).isFIFO()).toBe(true);
    expect(text.trim().split('\n').map((line) => Object.keys(JSON.parse(line) as object)[0])).toEqual(Array(text.trim().split('\n').length).fill('diversion_id'));
    expect(text.trim().split('\n')).toHaveLength(io.stderr.text.match(/exported (\d+) rows/)?.[1] ? Number(io.stderr.text.match(/exported (\d+) rows/)?.[1]) : -1);
    const full = captureIo();
    expect(await exportCommand('diversions', { warehouse: seeded.path, format: 'csv', out: '/dev/full' }, full)).toBe(1);
    expect(full.stderr.text).toBe('salw-etl export: ENOSPC: no space left on device, write\n');
    expect(statSync('/dev/full').isCharacterDevice()).toBe(true);
  });

  it('`-` is stdout, and a folder is refused as a wrong argument', async () => {
    const io = captureIo();
    expect(await exportCommand('diversions', { warehouse: seeded.path, format: 'csv', out: '-' }, io)).toBe(0);
    expect(io.stdout.text.split('\r\n')[0]).toMatch(/^diversion_id,/);
    const folder = join(seeded.dir, 'a-folder');
    mkdirSync(folder);
    const io2 = captureIo();
    expect(await exportCommand('diversions', { warehouse: seeded.path, format: 'csv', out: folder }, io2)).toBe(2);
    expect(io2.stderr.text).toBe(`salw-etl export: --out ${folder} names a folder; give a file name\n`);
  });

  it('refuses names that are not a table or view, and leaves no file', async () => {
    const io = captureIo();
    const out = join(seeded.dir, 'nothing.csv');
    expect(await exportCommand('diversions; DROP TABLE runs', { warehouse: seeded.path, format: 'csv', out }, io)).toBe(2);
    expect(io.stderr.text).toMatch(/^salw-etl export: "diversions; DROP TABLE runs" is not a table or view of the warehouse; choose one of: /);
    expect(existsSync(out)).toBe(false);
    expect(existsSync(`${out}.partial`)).toBe(false);
    const io2 = captureIo();
    expect(await exportCommand('explosions_by_date', { warehouse: seeded.path, format: 'csv' }, io2)).toBe(2);
    const io3 = captureIo();
    expect(await exportCommand('explosions', { warehouse: seeded.path, format: 'xlsx' }, io3)).toBe(2);
    expect(io3.stderr.text).toBe('salw-etl export: unknown format "xlsx"; use csv or jsonl\n');
  });

  it('streams a large table row by row (iterate) with constant output per row', async () => {
    const warehouse = await openWarehouse(seeded.path);
    const insert = warehouse.sqlite.prepare(`INSERT INTO tallies (document_id, run_id, extractor, line_start, line_end, page, source_text, country_iso3, topic, period_start, period_end, reported_count, reported_raw)
      VALUES (?, ?, 'bulk@1', ?, ?, NULL, ?, 'KAZ', 'explosions', 1979, NULL, ?, ?)`);
    warehouse.sqlite.transaction(() => {
      for (let i = 0; i < 50_000; i++) insert.run(seeded.ids.profileId, seeded.ids.runId, i, i, `row ${i}, "with" quotes`, i, String(i));
    })();
    await warehouse.close();
    const io = captureIo();
    expect(await exportCommand('tallies', { warehouse: seeded.path, format: 'csv' }, io)).toBe(0);
    // Many chunks, not one string built in memory.
    expect(io.stdout.chunks.length).toBeGreaterThan(1000);
    const parsed = parse(io.stdout.text, { columns: true }) as Record<string, string>[];
    expect(parsed).toHaveLength(50_002);
    expect(parsed[50_001]).toMatchObject({ source_text: 'row 49999, "with" quotes', reported_count: '49999' });
  });
});
