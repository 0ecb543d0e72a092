import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lineageCommand } from '../../src/cli/commands/lineage.ts';
import type { LineageReport } from '../../src/analyst/lineage.ts';
import Database from 'better-sqlite3';
import { captureIo, pipelineWarehouseFile, type SeededFile, seededWarehouseFile } from './support.ts';

/**
 * The two lineages the issue asks for, on the seeded helper and on the warehouse the real pipeline
 * builds from raw/: same document, lines, verbatim words and transformations.
 */
describe.each([
  ['the seeded warehouse', () => seededWarehouseFile(), false],
  ['the warehouse built by runPipelines', () => pipelineWarehouseFile(), true],
])('salw-etl lineage on %s', (_name, build, stepsRecorded) => {
  let warehouse: { path: string; cleanup(): void };
  beforeAll(async () => {
    warehouse = await build();
  });
  afterAll(() => warehouse.cleanup());

  const idOf = (query: string): number => {
    const db = new Database(warehouse.path, { readonly: true });
    try {
      return (db.prepare(query).pluck().get() as number);
    } finally {
      db.close();
    }
  };
  async function run(table: string, id: number, json = false) {
    const io = captureIo();
    const code = await lineageCommand(table, String(id), { warehouse: warehouse.path, json }, io);
    return { code, out: io.stdout.text, err: io.stderr.text };
  }

  it('prints the document, version, line and verbatim row of the Taraz explosion', async () => {
    const { code, out } = await run('explosions', idOf("SELECT explosion_id FROM current_explosions WHERE location = 'Taraz'"));
    expect(code).toBe(0);
    expect(out).toMatch(/^document     000_88da758a976dd473\.txt \(document_id \d+\)$/m);
    expect(out).toContain('kind         amap_profile, text, KAZ\n');
    expect(out).toMatch(/^version      version 1, sha256 [0-9a-f]{16,}, current$/m);
    expect(out).toContain('where        line 14\nsource text\n  > 2021 | Taraz | State (military) | 12 | 90 |\n');
    // The seeded warehouse says @1; the pipeline writes the digest of the extractor's code.
    expect(out).toMatch(/^extractor    amap-profile@(?:1|[0-9a-f]{8})$/m);
    expect(out).toContain('  deaths: 12\n  injuries: 90\n');
    expect(out).toMatch(/^transformations\n  transformation steps were not recorded for this row; it was loaded by amap-profile@(?:1|[0-9a-f]{8}) in run 1$/m);
  });

  it('prints the 2005 pistols-and-revolvers count with its words, its sentence, nesting and report', async () => {
    const id = idOf("SELECT count_id FROM weapons_by_country_year_category WHERE country_iso3 = 'KAZ' AND year = 2005 AND action = 'seized' AND category = 'pistols_and_revolvers'");
    const { code, out } = await run('weapons_by_country_year_category', id);
    expect(code).toBe(0);
    expect(out).toMatch(/^weapon_counts count_id = \d+\n/);
    expect(out).toMatch(/^document     003_9c7cc2717d99486b\.txt \(document_id \d+\)$/m);
    expect(out).toContain('where        line 24\nsource text\n  > 372 pistols and revolvers\n');
    expect(out).toMatch(/^in statement \d+ \(count_statements\)\n  > In 2005, 9,607 weapons were seized: 7,195 smoothbore weapons, 1,118 gas weapons, 344 home-made weapons, 950 rifle-bored weapons, 13 fully automatic weapons, 532 rifles and carbines, 33 combined weapons, 372 pistols and revolvers\n/m);
    // The seeded warehouse stands for rows loaded before steps were recorded; the pipeline records them.
    if (stepsRecorded) {
      expect(out).toContain([
        'transformations',
        '  - `372` -> quantity = 372 (rule quantity.integer)',
        '  - `pistols and revolvers` -> category = pistols_and_revolvers (rule vocabulary.category, lexicon weaponCategories: pistols_and_revolvers)',
        '  - `372 pistols and revolvers` -> parent_category = rifled (rule reconcile.nested)',
      ].join('\n'));
    } else {
      expect(out).toMatch(/^transformations\n  transformation steps were not recorded for this row; it was loaded by poa-profile@1 in run 1$/m);
    }
  });

  it('lists the quality issues raised about the row (the inferred year of "In the past year")', async () => {
    const { out } = await run('count_statements', idOf("SELECT statement_id FROM current_count_statements WHERE source_text LIKE 'In the past year%'"));
    expect(out).toMatch(/quality issues\n  - info year-inferred: /);
  });
});

describe('salw-etl lineage prints the steps recorded when the values were made', () => {
  let warehouse: { path: string; cleanup(): void };
  beforeAll(async () => {
    warehouse = await pipelineWarehouseFile();
  });
  afterAll(() => warehouse.cleanup());

  it('prints the unknown markers of the Balkhash explosion verbatim, as the table reader recorded them', async () => {
    const db = new Database(warehouse.path, { readonly: true });
    const id = db.prepare("SELECT explosion_id FROM current_explosions WHERE location = 'Balkhash'").pluck().get() as number;
    const stored = db.prepare("SELECT step_index, column_name, source_words, rule, lexicon_entry, language, value FROM transformations WHERE fact_table = 'explosions' AND fact_id = ? ORDER BY step_index").all(id);
    db.close();
    expect(stored).toEqual([
      { step_index: 0, column_name: 'deaths', source_words: 'N/A', rule: 'unknown.marker', lexicon_entry: 'unknownMarkers: n/a', language: 'en', value: 'NULL' },
      { step_index: 1, column_name: 'injuries', source_words: 'N/A', rule: 'unknown.marker', lexicon_entry: 'unknownMarkers: n/a', language: 'en', value: 'NULL' },
    ]);
    const io = captureIo();
    expect(await lineageCommand('explosions', String(id), { warehouse: warehouse.path }, io)).toBe(0);
    expect(io.stdout.text).toContain([
      'transformations',
      '  - `N/A` -> deaths = NULL (rule unknown.marker, lexicon unknownMarkers: n/a, language en)',
      '  - `N/A` -> injuries = NULL (rule unknown.marker, lexicon unknownMarkers: n/a, language en)',
      '',
    ].join('\n'));
    expect(io.stdout.text).toMatch(/^fact key     [0-9a-f]{32}$/m);
  });
});

describe('salw-etl lineage', () => {
  let seeded: SeededFile;
  beforeAll(async () => {
    seeded = await seededWarehouseFile({ withHistory: true });
  });
  afterAll(() => seeded.cleanup());

  async function run(table: string, id: number | string, json = false) {
    const io = captureIo();
    const code = await lineageCommand(table, String(id), { warehouse: seeded.path, json }, io);
    return { code, out: io.stdout.text, err: io.stderr.text };
  }

      it('gives machines the same as JSON', async () => {
    const { code, out } = await run('weapon_counts', seeded.ids.pistolsAndRevolvers2005Id, true);
    expect(code).toBe(0);
    const report = JSON.parse(out) as LineageReport;
    expect(report).toMatchObject({
      table: 'weapon_counts', id_column: 'count_id', id: seeded.ids.pistolsAndRevolvers2005Id, line_start: 24, line_end: 24, page: null,
      extractor: 'poa-profile@1',
      values: { quantity: 372, category: 'pistols_and_revolvers', category_raw: 'pistols and revolvers', parent_category: 'rifled', year: 2005, reported_in: 2006 },
      document: { source_path: '003_9c7cc2717d99486b.txt', kind: 'poa_profile', status: 'loaded', current: true, source_url: null, version: 1 },
      run: { run_id: 1, pipeline: 'all' },
    });
    expect(report.source_text).toBe('372 pistols and revolvers');
    expect(report.statement?.source_text.startsWith('In 2005, 9,607 weapons were seized: ')).toBe(true);
    expect(report.values).not.toHaveProperty('source_text');
  });

  it('accepts a view with one row per fact (the id of the view row)', async () => {
    const { code, out } = await run('weapons_by_country_year_category', seeded.ids.smoothboreDestroyed2005Id);
    expect(code).toBe(0);
    expect(out).toContain('weapon_counts count_id = ');
    expect(out).toContain('in statement ');
  });

  it('says an older version is superseded, and by which document', async () => {
    const db = new Database(seeded.path, { readonly: true });
    const oldId = db.prepare("SELECT e.explosion_id FROM explosions e JOIN documents d USING (document_id) WHERE d.status = 'superseded'").pluck().get() as number;
    db.close();
    const { out } = await run('explosions', oldId);
    expect(out).toContain('document     archive/kaz_profile_2024.txt');
    expect(out).toMatch(/version      version 0, sha256 0ld0ld0ld, superseded by document 1 \(000_88da758a976dd473\.txt\)\n/);
  });

  it('refuses what is not a fact row, with a non-zero exit', async () => {
    expect(await run('documents', 1)).toMatchObject({ code: 1, out: '', err: expect.stringMatching(/^salw-etl lineage: "documents" is not a table of facts with lineage; use one of sections, /) });
    expect(await run('explosions', 9999)).toEqual({ code: 1, out: '', err: 'salw-etl lineage: explosions has no row with explosion_id = 9999\n' });
    expect(await run('explosions', '1; drop table runs')).toMatchObject({ code: 2, err: expect.stringContaining('the id must be a whole number') });
  });
});
