import { copyFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { PIPELINES } from '../../pipelines/index.ts';
import type { Extractor } from '../../src/extractors/extractor.ts';
import type { PipelineDefinition } from '../../src/pipeline/definition.ts';
import { FactKeyer, foldSourceText } from '../../src/warehouse/fact-keys.ts';
import { ExtractionError } from '../../src/model/errors.ts';
import { stubExtractor, stubPipeline, stubSidecar } from '../helpers/stub-pipeline.ts';
import { testBackend } from '../helpers/backend.ts';
import { makeWorkspace, REPO_ROOT, writeFile } from '../helpers/tmp.ts';

/** SQLite, or PostgreSQL read through an exact copy (tests/helpers/backend.ts). */
const backend = await testBackend();

let cleanup = () => {};
afterEach(() => cleanup());

function workspace() {
  const ws = makeWorkspace('fact-ids');
  cleanup = ws.cleanup;
  const query = <T>(text: string): T[] => {
    const db = new Database(ws.warehouse, { readonly: true });
    try {
      return db.prepare(text).all() as T[];
    } finally {
      db.close();
    }
  };
  const run = (pipeline: PipelineDefinition, extra: { fullRefresh?: boolean } = {}) =>
    backend.runPipelines({ rawDir: ws.raw, warehousePath: ws.warehouse, pipelines: [pipeline], allPipelines: [pipeline], ...extra });
  const stubDoc = (name: string, body: string) => {
    writeFile(join(ws.raw, name), body);
    writeFile(join(ws.raw, `${name}.meta.json`), stubSidecar());
  };
  return { ws, query, run, stubDoc };
}

/** The stub extractor as a decoder change would leave it: every line two further down, same facts. */
function shiftedStub(): Extractor {
  const inner = stubExtractor(2);
  return { ...inner, extract: (doc, ctx) => inner.extract({ ...doc, lines: ['', '', ...doc.lines] }, ctx) };
}

/** The stub extractor recording one step per explosion: deaths read by `rule`. */
function recordingStub(version: number, rule: string): Extractor {
  const inner = stubExtractor(version);
  return {
    ...inner,
    extract: (doc, ctx) => {
      const extraction = inner.extract(doc, ctx);
      for (const e of extraction.explosions) {
        e.steps = [{ column: 'deaths', source_words: String(e.deaths), rule, lexicon_entry: null, language: null, value: String(e.deaths) }];
      }
      return extraction;
    },
  };
}

/** Lines `S <year> <quantity>...`: one count statement of that year, a weapon count per quantity; `fail` throws. */
function statements(version: number, keep: (line: string) => boolean = () => true, fail = false): Extractor {
  return {
    ...stubExtractor(version),
    extract: (doc) => {
      if (fail) throw new ExtractionError('the stub was told to fail', { documentPath: 'a.txt', line: 1 });
      const extraction = stubExtractor(version).extract({ ...doc, lines: [] }, { kind: 'amap_profile', countryIso3: 'KAZ', reportYear: null, language: null, sourcePath: 'a.txt' });
      doc.lines.forEach((line, i) => {
        const m = /^S (\d{4}) ([\d ]+)$/u.exec(line);
        if (!m || !keep(line)) return;
        const at = { line_start: i + 1, line_end: i + 1, page: null, source_text: `In ${m[1]}` };
        extraction.count_statements.push({
          ...at, year: Number(m[1]), year_basis: 'stated', action: 'seized', action_raw: 'seized', agency: null, agency_raw: null,
          total: null, components_sum: null, reconciliation: 'no_total', reported_in: null,
          counts: (m[2] ?? '').split(' ').map((q) => ({ ...at, source_text: q, category: null, category_raw: 'weapons', parent_category: null, quantity: Number(q), is_total: false, approx: false, approx_qualifier: null })),
        });
      });
      return extraction;
    },
  };
}

const explosions = 'SELECT explosion_id, document_id, deaths, line_start FROM explosions ORDER BY explosion_id';

describe('fact keys', () => {
  it('fold whitespace and case of the source text, and number equal facts by occurrence', () => {
    expect(foldSourceText('  Approximately\n1’300   RIFLES ')).toBe('approximately 1’300 rifles');
    const row = { year: 2019, location: 'Arys', source_text: '2019 Arys 3', line_start: 2 };
    const keyer = new FactKeyer('amap_profile|KAZ|a.txt');
    const [first, second] = [keyer.next('explosions', row), keyer.next('explosions', { ...row, line_start: 9, source_text: '2019  ARYS 3' })];
    expect(first).toMatch(/^[0-9a-f]{32}$/u);
    expect(second).not.toBe(first);
    expect(new FactKeyer('amap_profile|KAZ|a.txt').next('explosions', { ...row, line_start: 40 })).toBe(first);
    expect(new FactKeyer('amap_profile|KAZ|b.txt').next('explosions', row)).not.toBe(first);
    expect(new FactKeyer('amap_profile|KAZ|a.txt').next('explosions', { ...row, year: 2020 })).not.toBe(first);
  });
});

describe('stable fact ids', () => {
  it('an id cited before --full-refresh resolves to the same fact after it', async () => {
    const { ws, query, run } = workspace();
    copyFileSync(join(REPO_ROOT, 'raw', '000_88da758a976dd473.txt'), join(ws.raw, '000_88da758a976dd473.txt'));
    copyFileSync(join(REPO_ROOT, 'raw', '003_9c7cc2717d99486b.txt'), join(ws.raw, '003_9c7cc2717d99486b.txt'));
    const [amap, poa] = PIPELINES as [PipelineDefinition, PipelineDefinition];
    const all = { ...poa, name: 'all', kinds: [...amap.kinds, ...poa.kinds], extractors: [...amap.extractors, ...poa.extractors] };
    await run(all);
    const snapshot = () => ({
      counts: query('SELECT count_id, statement_id, quantity, category_raw, source_text FROM weapons_by_country_year_category ORDER BY count_id'),
      sections: query('SELECT section_id, heading_raw, fact_key FROM sections ORDER BY section_id'),
      explosions: query('SELECT explosion_id, year, location, deaths, fact_key FROM explosions ORDER BY explosion_id'),
      citations: query('SELECT citation_id, section_id, text FROM citations ORDER BY citation_id'),
    });
    const before = snapshot();
    expect(before.counts.length).toBeGreaterThan(22);
    expect(before.explosions.length).toBe(8);
    const refreshed = await run(all, { fullRefresh: true });
    expect(refreshed.documentsReextracted).toBe(2);
    expect(snapshot()).toEqual(before);
    expect(query('SELECT count(*) AS n FROM explosions WHERE fact_key IS NULL')).toEqual([{ n: 0 }]);
  });

  it('a decoder change that shifts line numbers keeps every id, duplicate rows included', async () => {
    const { query, run, stubDoc } = workspace();
    stubDoc('a.txt', 'STUB PROFILE\n2019 Arys 3\n2019 Arys 3\n2021 Taraz 12\n');
    await run(stubPipeline(1));
    expect(query(explosions)).toEqual([
      { explosion_id: 1, document_id: 1, deaths: 3, line_start: 2 },
      { explosion_id: 2, document_id: 1, deaths: 3, line_start: 3 },
      { explosion_id: 3, document_id: 1, deaths: 12, line_start: 4 },
    ]);
    const second = await run({ ...stubPipeline(2), extractors: [shiftedStub()] });
    expect(second.documentsReextracted).toBe(1);
    expect(query(explosions)).toEqual([
      { explosion_id: 1, document_id: 1, deaths: 3, line_start: 4 },
      { explosion_id: 2, document_id: 1, deaths: 3, line_start: 5 },
      { explosion_id: 3, document_id: 1, deaths: 12, line_start: 6 },
    ]);
  });

  it('a removed document that comes back with the same bytes keeps its ids', async () => {
    const { ws, query, run, stubDoc } = workspace();
    stubDoc('a.txt', 'STUB PROFILE\n2019 Arys 3\n2021 Taraz 12\n');
    // A second document stays, so the folder is not empty: an emptied folder is the removal guard's case.
    stubDoc('b.txt', 'STUB PROFILE\n2020 Balkhash 1\n');
    await run(stubPipeline());
    rmSync(join(ws.raw, 'a.txt'));
    rmSync(join(ws.raw, 'a.txt.meta.json'));
    expect((await run(stubPipeline())).documentsRemoved).toBe(1);
    stubDoc('a.txt', 'STUB PROFILE\n2019 Arys 3\n2021 Taraz 12\n');
    await run(stubPipeline());
    const current = "SELECT e.explosion_id, e.deaths FROM explosions e JOIN documents d USING (document_id) WHERE d.status = 'loaded' AND d.source_path = 'a.txt' ORDER BY e.explosion_id";
    expect(query(current)).toEqual([{ explosion_id: 1, deaths: 3 }, { explosion_id: 2, deaths: 12 }]);
    expect(query('SELECT count(*) AS n FROM explosions')).toEqual([{ n: 3 }]);
  });

  it('a new version keeps the ids of the facts it repeats; the superseded version keeps the facts that changed', async () => {
    const { query, run, stubDoc } = workspace();
    stubDoc('a.txt', 'STUB PROFILE\n2019 Arys 3\n2021 Taraz 12\n');
    await run(stubPipeline());
    stubDoc('a.txt', 'STUB PROFILE\n2019 Arys 3\n2021 Taraz 13\n');
    await run(stubPipeline());
    expect(query('SELECT document_id, status FROM documents ORDER BY document_id')).toEqual([
      { document_id: 1, status: 'superseded' }, { document_id: 2, status: 'loaded' },
    ]);
    expect(query(explosions)).toEqual([
      { explosion_id: 1, document_id: 2, deaths: 3, line_start: 2 },
      { explosion_id: 2, document_id: 1, deaths: 12, line_start: 3 },
      { explosion_id: 3, document_id: 2, deaths: 13, line_start: 3 },
    ]);
  });

  it('replaces a fact\'s recorded steps when it is re-extracted, and drops those of facts that went', async () => {
    const { query, run, stubDoc } = workspace();
    stubDoc('a.txt', 'STUB PROFILE\n2019 Arys 3\n2021 Taraz 12\n');
    await run({ ...stubPipeline(1), extractors: [recordingStub(1, 'count.digits')] });
    const steps = 'SELECT fact_table, fact_id, step_index, column_name, rule, value, run_id FROM transformations ORDER BY fact_id, step_index';
    expect(query(steps)).toEqual([
      { fact_table: 'explosions', fact_id: 1, step_index: 0, column_name: 'deaths', rule: 'count.digits', value: '3', run_id: 1 },
      { fact_table: 'explosions', fact_id: 2, step_index: 0, column_name: 'deaths', rule: 'count.digits', value: '12', run_id: 1 },
    ]);
    await run({ ...stubPipeline(2), extractors: [recordingStub(2, 'count.digits-v2')] });
    expect(query(steps)).toEqual([
      { fact_table: 'explosions', fact_id: 1, step_index: 0, column_name: 'deaths', rule: 'count.digits-v2', value: '3', run_id: 2 },
      { fact_table: 'explosions', fact_id: 2, step_index: 0, column_name: 'deaths', rule: 'count.digits-v2', value: '12', run_id: 2 },
    ]);
    const dropping: Extractor = { ...recordingStub(3, 'count.digits-v3'), extract: (doc, ctx) => recordingStub(3, 'count.digits-v3').extract({ ...doc, lines: doc.lines.filter((l) => !l.includes('Taraz')) }, ctx) };
    await run({ ...stubPipeline(3), extractors: [dropping] });
    expect(query(steps)).toEqual([
      { fact_table: 'explosions', fact_id: 1, step_index: 0, column_name: 'deaths', rule: 'count.digits-v3', value: '3', run_id: 3 },
    ]);
    expect(query(explosions)).toEqual([{ explosion_id: 1, document_id: 1, deaths: 3, line_start: 2 }]);
  });

  it('a statement that moved to a new version and then goes takes the old version\'s counts under it along', async () => {
    const { query, run, stubDoc } = workspace();
    stubDoc('a.txt', 'STUB PROFILE\nS 2019 5 7\n');
    await run({ ...stubPipeline(1), extractors: [statements(1)] });
    stubDoc('a.txt', 'STUB PROFILE\nS 2019 5 8\n');
    await run({ ...stubPipeline(1), extractors: [statements(1)] });
    const counts = 'SELECT count_id, statement_id, document_id, quantity FROM weapon_counts ORDER BY count_id';
    // The statement and the count of 5 moved to version 2; the count of 7 stays with version 1, under the moved statement.
    expect(query(counts)).toEqual([
      { count_id: 1, statement_id: 1, document_id: 2, quantity: 5 },
      { count_id: 2, statement_id: 1, document_id: 1, quantity: 7 },
      { count_id: 3, statement_id: 1, document_id: 2, quantity: 8 },
    ]);
    await run({ ...stubPipeline(2), extractors: [statements(2, () => false)] });
    expect(query(counts)).toEqual([]);
    expect(query('SELECT count(*) AS n FROM count_statements')).toEqual([{ n: 0 }]);
  });

  it('a document that can no longer be extracted loses its facts, and the old version\'s rows under them go too', async () => {
    const { query, run, stubDoc } = workspace();
    stubDoc('a.txt', 'STUB PROFILE\nS 2019 5 7\n');
    await run({ ...stubPipeline(1), extractors: [statements(1)] });
    stubDoc('a.txt', 'STUB PROFILE\nS 2019 5 8\n');
    await run({ ...stubPipeline(1), extractors: [statements(1)] });
    expect(query('SELECT count(*) AS n FROM weapon_counts WHERE document_id = 1')).toEqual([{ n: 1 }]);
    const failing = await run({ ...stubPipeline(2), extractors: [statements(2, () => true, true)] });
    expect(failing.documents.map((d) => d.outcome)).toEqual(['quarantined']);
    expect(query('SELECT document_id, status FROM documents ORDER BY document_id')).toEqual([
      { document_id: 1, status: 'superseded' }, { document_id: 2, status: 'quarantined' },
    ]);
    expect(query('SELECT count(*) AS n FROM weapon_counts')).toEqual([{ n: 0 }]);
  });
});
