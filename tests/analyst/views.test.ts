import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Warehouse } from '../../src/warehouse/db.ts';
import type { SeededIds } from '../helpers/seed-warehouse.ts';
import { seededMemoryWarehouse } from './support.ts';

/** The views over current data, on the seeds plus history (an older superseded retrieval, a removed file) and rows of other shapes. */
describe('views over current data', () => {
  let warehouse: Warehouse;
  let ids: SeededIds;
  const all = (query: string, ...params: unknown[]) => warehouse.sqlite.prepare(query).all(...params);
  beforeEach(async () => {
    ({ warehouse, ids } = await seededMemoryWarehouse({ withHistory: true }));
  });
  afterEach(async () => {
    await warehouse.close();
  });

  /** Another country's document, loaded in the same run, with the shapes the seeds do not have. */
  async function addDocument(overrides: { source_path: string; country_iso3: string; status?: 'loaded' | 'quarantined' | 'superseded' }) {
    const row = await warehouse.db.insertInto('documents').values({
      source_path: overrides.source_path, logical_key: overrides.source_path, version: 1, sha256: `sha-${overrides.source_path}`, size_bytes: 10,
      format: 'text', encoding: 'utf-8', page_count: null, kind: 'poa_profile', country_iso3: overrides.country_iso3, title: null,
      report_year: null, language: 'en', date_raw: null, date_iso: null, document_code: null, source_url: null, retrieved_at: null,
      file_mtime: '2025-01-01T00:00:00.000Z', meta_json: null, status: overrides.status ?? 'loaded',
      status_reason: overrides.status === 'quarantined' ? 'no text layer' : null, extractor: 'poa-profile@1', first_run_id: ids.runId,
      last_run_id: ids.runId, superseded_by: null, loaded_at: '2025-01-01T00:00:00.000Z',
    }).returning('document_id').executeTakeFirstOrThrow();
    return row.document_id;
  }
  const lineage = (documentId: number, line: number, text: string) => ({
    document_id: documentId, run_id: ids.runId, extractor: 'test@1', line_start: line, line_end: line, page: null, source_text: text,
  });

  it('current_explosions and explosions_with_sources leave superseded and removed versions out', () => {
    expect(all('SELECT count(*) AS n FROM explosions')).toEqual([{ n: 10 }]);
    expect(all('SELECT count(*) AS n FROM current_explosions')).toEqual([{ n: 8 }]);
    expect(all("SELECT deaths, source_path FROM explosions_with_sources WHERE location = 'Taraz'"))
      .toEqual([{ deaths: 12, source_path: '000_88da758a976dd473.txt' }]);
    expect(all('SELECT count(*) AS n FROM current_documents')).toEqual([{ n: 2 }]);
  });

  it('explosions_with_sources keeps both 2019 Arys rows, the N/A casualties as NULL, and cites the Source line under the table', () => {
    expect(all("SELECT year, location, deaths, injuries, casualties, source_line, source_citation, line_start FROM explosions_with_sources WHERE year IN (2019, 2001) ORDER BY line_start")).toEqual([
      { year: 2019, location: 'Arys', deaths: 3, injuries: 77, casualties: 80, source_line: 22, source_citation: 'Small Arms Survey. n.d. Unplanned Explosions at Munitions Sites (UEMS). Database.', line_start: 15 },
      { year: 2019, location: 'Arys', deaths: 0, injuries: 10, casualties: 10, source_line: 22, source_citation: 'Small Arms Survey. n.d. Unplanned Explosions at Munitions Sites (UEMS). Database.', line_start: 16 },
      { year: 2001, location: 'Balkhash', deaths: null, injuries: null, casualties: null, source_line: 22, source_citation: 'Small Arms Survey. n.d. Unplanned Explosions at Munitions Sites (UEMS). Database.', line_start: 20 },
      { year: 2001, location: 'Almaty', deaths: 0, injuries: 0, casualties: 0, source_line: 22, source_citation: 'Small Arms Survey. n.d. Unplanned Explosions at Munitions Sites (UEMS). Database.', line_start: 21 },
    ]);
  });

  it('explosions_with_sources joins a two-work Source line, and never borrows the next section\'s Source line', async () => {
    const doc = await addDocument({ source_path: 'arm_profile.txt', country_iso3: 'ARM' });
    const section = async (line: number, heading: string, topic: string) => (await warehouse.db.insertInto('sections').values({
      ...lineage(doc, line, heading), country_iso3: 'ARM', topic, heading_raw: heading, question: null, source_tag: null, answer: null,
      source_report_year: null, source_date_raw: null, source_date_iso: null,
    }).returning('section_id').executeTakeFirstOrThrow()).section_id;
    const explosionsSection = await section(3, 'Accidental explosions', 'accidental_explosions');
    const diversionSection = await section(12, 'Cases of diversion', 'diversion');
    const explosion = (line: number, row: number, text: string) => warehouse.db.insertInto('explosions').values({
      ...lineage(doc, line, text), country_iso3: 'ARM', year: 2012, location: 'Yerevan', owner_raw: 'State (military)', owner_type: 'state',
      owner_sector: 'military', deaths: 1, injuries: 2, row_number: row, table_caption: 'Table 1',
    }).execute();
    await explosion(6, 1, '2012 | Yerevan | State (military) | 1 | 2');
    await explosion(7, 2, '2012 | Yerevan | State (military) | 1 | 2');
    const citation = (line: number, sectionId: number, text: string, url: string | null) => warehouse.db.insertInto('citations').values({
      ...lineage(doc, line, text), section_id: sectionId, ref: null, ref_inferred: 0, text, url, accessed_on: null,
    }).execute();
    await citation(8, explosionsSection, 'Mkrtchyan, A. "Depot blast." Armenian Weekly, 2013.', 'https://weekly.example/blast');
    await citation(8, explosionsSection, 'UEMS database.', null);
    // The first table has no Source line of its own in a second document: the diversion section's must not be used.
    const doc2 = await addDocument({ source_path: 'geo_profile.txt', country_iso3: 'GEO' });
    await warehouse.db.insertInto('explosions').values({
      ...lineage(doc2, 6, '2008 | Gori | State (military) | 0 | N/A'), country_iso3: 'GEO', year: 2008, location: 'Gori', owner_raw: 'State (military)',
      owner_type: 'state', owner_sector: 'military', deaths: 0, injuries: null, row_number: 1, table_caption: null,
    }).execute();
    await warehouse.db.insertInto('sections').values({
      ...lineage(doc2, 9, 'Cases of diversion'), country_iso3: 'GEO', topic: 'diversion', heading_raw: 'Cases of diversion', question: null,
      source_tag: null, answer: null, source_report_year: null, source_date_raw: null, source_date_iso: null,
    }).execute();
    await warehouse.db.insertInto('citations').values({
      ...lineage(doc2, 12, 'Police report.'), section_id: diversionSection, ref: null, ref_inferred: 0, text: 'Police report.', url: null, accessed_on: null,
    }).execute();

    expect(all("SELECT country_iso3, row_number, source_line, source_citation, source_urls FROM explosions_with_sources WHERE country_iso3 IN ('ARM', 'GEO') ORDER BY country_iso3, row_number")).toEqual([
      { country_iso3: 'ARM', row_number: 1, source_line: 8, source_citation: 'Mkrtchyan, A. "Depot blast." Armenian Weekly, 2013. || UEMS database.', source_urls: 'https://weekly.example/blast' },
      { country_iso3: 'ARM', row_number: 2, source_line: 8, source_citation: 'Mkrtchyan, A. "Depot blast." Armenian Weekly, 2013. || UEMS database.', source_urls: 'https://weekly.example/blast' },
      { country_iso3: 'GEO', row_number: 1, source_line: null, source_citation: null, source_urls: null },
    ]);
  });

  it('weapons_by_country_year_category gives each number with its report, document and lines', () => {
    expect(all("SELECT year, action, category, quantity, is_total, parent_category, reported_in, reconciliation, source_path, line_start, line_end FROM weapons_by_country_year_category WHERE year = 2005 AND category IN ('smoothbore', 'pistols_and_revolvers') ORDER BY action")).toEqual([
      { year: 2005, action: 'destroyed', category: 'smoothbore', quantity: 3605, is_total: 0, parent_category: null, reported_in: 2006, reconciliation: 'balanced', source_path: '003_9c7cc2717d99486b.txt', line_start: 24, line_end: 24 },
      { year: 2005, action: 'seized', category: 'smoothbore', quantity: 7195, is_total: 0, parent_category: null, reported_in: 2006, reconciliation: 'nested', source_path: '003_9c7cc2717d99486b.txt', line_start: 24, line_end: 24 },
      { year: 2005, action: 'seized', category: 'pistols_and_revolvers', quantity: 372, is_total: 0, parent_category: 'rifled', reported_in: 2006, reconciliation: 'nested', source_path: '003_9c7cc2717d99486b.txt', line_start: 24, line_end: 24 },
      { year: 2005, action: 'surrendered', category: 'smoothbore', quantity: 4348, is_total: 0, parent_category: null, reported_in: 2006, reconciliation: 'balanced', source_path: '003_9c7cc2717d99486b.txt', line_start: 24, line_end: 24 },
    ]);
    // Top-level parts add back up to each total; nested sub-counts are left out of the sum.
    expect(all("SELECT action, sum(CASE WHEN is_total = 0 AND parent_category IS NULL THEN quantity END) AS parts, sum(CASE WHEN is_total = 1 THEN quantity END) AS total FROM weapons_by_country_year_category WHERE year = 2005 GROUP BY action ORDER BY action"))
      .toEqual([{ action: 'destroyed', parts: 5563, total: 5563 }, { action: 'seized', parts: 9607, total: 9607 }, { action: 'surrendered', parts: 6037, total: 6037 }]);
  });

  it('weapons_by_country_year_category drops the counts of a quarantined or superseded document', async () => {
    await warehouse.db.updateTable('documents').set({ status: 'superseded' }).where('document_id', '=', ids.poaId).execute();
    expect(all('SELECT count(*) AS n FROM weapons_by_country_year_category')).toEqual([{ n: 0 }]);
    expect(all('SELECT count(*) AS n FROM current_count_statements')).toEqual([{ n: 0 }]);
  });

  it('latest_report_submissions picks the latest year per country with its languages', async () => {
    const doc = await addDocument({ source_path: 'tun_poa.txt', country_iso3: 'TUN' });
    for (const [year, language, raw] of [[2014, 'fr', 'Français'], [2014, 'ar', 'العربية'], [2014, 'en', 'English'], [2012, 'fr', 'Français']] as const) {
      await warehouse.db.insertInto('report_submissions').values({ ...lineage(doc, year === 2014 ? 9 : 10, `${year} : ...`), country_iso3: 'TUN', report_year: year, language, language_raw: raw }).execute();
    }
    expect(all('SELECT country_iso3, latest_report_year, languages, first_report_year, report_years_listed, source_path, line_start, source_text FROM latest_report_submissions')).toEqual([
      { country_iso3: 'KAZ', latest_report_year: 2015, languages: 'ru', first_report_year: 2005, report_years_listed: 5, source_path: '003_9c7cc2717d99486b.txt', line_start: 9, source_text: '2015 : Русский' },
      { country_iso3: 'TUN', latest_report_year: 2014, languages: 'ar,en,fr', first_report_year: 2012, report_years_listed: 2, source_path: 'tun_poa.txt', line_start: 9, source_text: '2014 : ...' },
    ]);
  });

  it('template_answers lines countries up on question_key whatever the case and colons, with empty answers kept', async () => {
    const doc = await addDocument({ source_path: 'tun_poa.txt', country_iso3: 'TUN' });
    const question = (line: number, q: string, answer: string | null) => warehouse.db.insertInto('sections').values({
      ...lineage(doc, line, q), country_iso3: 'TUN', topic: 'marking', heading_raw: null, question: q, source_tag: null, answer,
      source_report_year: 2012, source_date_raw: '21/05/2012', source_date_iso: '2012-05-21',
    }).execute();
    await question(30, 'NATIONAL MARKING PRACTICES:', 'Firearms bear a serial number.');
    await question(32, 'Marking at the time of import::', null);
    await question(34, 'Marking of SALW in the possession of government armed and security forces', null);
    expect(all("SELECT country_iso3, question_key, answered, answer FROM template_answers WHERE question_key LIKE 'marking%' OR question_key LIKE 'national marking%' ORDER BY question_key, country_iso3")).toEqual([
      { country_iso3: 'KAZ', question_key: 'marking at the time of import', answered: 0, answer: null },
      { country_iso3: 'TUN', question_key: 'marking at the time of import', answered: 0, answer: null },
      { country_iso3: 'KAZ', question_key: 'marking of salw in the possession of government armed and security forces', answered: 1, answer: 'The markings on combat small arms comply with the technical requirements adopted by the Ministry of Defence, with the manufacturing code of the weapon consisting of a predetermined letter index identifying the year of manufacture and a three-character serial number.\nNo manufacturing code identifying the country of manufacture is applied to combat small arms.' },
      { country_iso3: 'TUN', question_key: 'marking of salw in the possession of government armed and security forces', answered: 0, answer: null },
      { country_iso3: 'KAZ', question_key: 'national marking practices', answered: 1, answer: expect.stringMatching(/^The legislation of Kazakhstan provides/) },
      { country_iso3: 'TUN', question_key: 'national marking practices', answered: 1, answer: 'Firearms bear a serial number.' },
    ]);
    // Narrative sections (no question) are not template answers.
    expect(all("SELECT count(*) AS n FROM template_answers WHERE topic IN ('public_awareness', 'collection_destruction')")).toEqual([{ n: 0 }]);
  });

  it('open_quality_issues shows issues of current and quarantined documents and the latest run\'s own, not of old versions', async () => {
    const quarantined = await addDocument({ source_path: 'broken.pdf', country_iso3: 'JAM', status: 'quarantined' });
    await warehouse.db.insertInto('quality_issues').values([
      { run_id: ids.runId, document_id: quarantined, severity: 'error', rule: 'no-text-layer', message: 'broken.pdf has no text layer', table_name: null, record_id: null, line_start: null },
      { run_id: ids.runId, document_id: null, severity: 'warning', rule: 'sidecar-invalid', message: 'old run-level issue', table_name: null, record_id: null, line_start: null },
    ]).execute();
    const run2 = await warehouse.db.insertInto('runs').values({ pipeline: 'all', trigger: 'schedule', started_at: '2025-01-16T09:30:00.000Z', finished_at: null, status: 'succeeded', code_version: '0.1.0' })
      .returning('run_id').executeTakeFirstOrThrow();
    await warehouse.db.insertInto('quality_issues').values({ run_id: run2.run_id, document_id: null, severity: 'info', rule: 'raw-folder-empty-subdir', message: 'latest run-level issue', table_name: null, record_id: null, line_start: null }).execute();

    expect(all('SELECT severity, rule, source_path, document_status, line_start FROM open_quality_issues')).toEqual([
      { severity: 'error', rule: 'no-text-layer', source_path: 'broken.pdf', document_status: 'quarantined', line_start: null },
      { severity: 'warning', rule: 'unknown-value', source_path: '000_88da758a976dd473.txt', document_status: 'loaded', line_start: 19 },
      { severity: 'warning', rule: 'unknown-value', source_path: '000_88da758a976dd473.txt', document_status: 'loaded', line_start: 20 },
      { severity: 'info', rule: 'raw-folder-empty-subdir', source_path: null, document_status: null, line_start: null },
      { severity: 'info', rule: 'year-inferred', source_path: '003_9c7cc2717d99486b.txt', document_status: 'loaded', line_start: 24 },
      { severity: 'info', rule: 'ambiguous-date', source_path: '003_9c7cc2717d99486b.txt', document_status: 'loaded', line_start: 34 },
    ]);
  });
});
