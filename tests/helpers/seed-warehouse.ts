import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Kysely } from 'kysely';
import type { WarehouseDatabase } from '../../src/warehouse/schema.ts';

/**
 * Fills a warehouse with the facts a correct pipeline loads from the two seeds in raw/, with exact
 * lineage (lines and verbatim text checked against the files), so the analyst side can be tested
 * before the extractors land. Every source_text is verified to be on the lines it claims: a typo here
 * fails loudly instead of making a lineage test pass on invented text.
 */

export const PROFILE_PATH = '000_88da758a976dd473.txt';
export const POA_PATH = '003_9c7cc2717d99486b.txt';

const RAW = fileURLToPath(new URL('../../raw/', import.meta.url));

function rawLines(path: string): string[] {
  return readFileSync(RAW + path, 'utf8').split(/\r?\n/);
}

/** Lineage for `text` found on line `line` of `lines` (throws when it is not there). */
function at(lines: string[], line: number, text?: string) {
  const content = lines[line - 1];
  if (content === undefined) throw new Error(`seed: line ${line} does not exist`);
  const sourceText = text ?? content;
  if (!content.includes(sourceText)) throw new Error(`seed: line ${line} does not contain ${JSON.stringify(sourceText)}`);
  return { line_start: line, line_end: line, page: null, source_text: sourceText };
}

export interface SeededIds {
  runId: number;
  profileId: number;
  poaId: number;
  /** explosions.explosion_id of the 2021 Taraz row. */
  tarazExplosionId: number;
  /** weapon_counts.count_id of the 372 pistols and revolvers seized in 2005. */
  pistolsAndRevolvers2005Id: number;
  /** weapon_counts.count_id of the 3,605 smoothbore weapons destroyed in 2005. */
  smoothboreDestroyed2005Id: number;
  /** diversions.diversion_id of the ~1,300 weapons stolen in 2022. */
  stolenWeapons2022Id: number;
  /** report_submissions.submission_id of the 2010 Russian version. */
  submission2010RuId: number;
  /** sections.section_id of "Marking at the time of import:" (empty answer). */
  emptyAnswerSectionId: number;
  /** count_statements.statement_id of "In the past year ... destroyed 5,708 weapons" (year inferred). */
  pastYearStatementId: number;
}

interface PartSpec {
  quantity: number;
  raw: string;
  category: string | null;
  parent?: string;
}

interface StatementSpec {
  text: string;
  year: number | null;
  yearBasis: 'stated' | 'inferred' | null;
  action: string;
  actionRaw: string;
  agency: string | null;
  agencyRaw: string | null;
  total: { quantity: number; raw: string } | null;
  reconciliation: 'balanced' | 'nested' | 'unbalanced' | 'no_total';
  reportedIn: number;
  parts: PartSpec[];
}

const STATEMENTS: StatementSpec[] = [
  {
    text: 'In 2005, 9,607 weapons were seized: 7,195 smoothbore weapons, 1,118 gas weapons, 344 home-made weapons, 950 rifle-bored weapons, 13 fully automatic weapons, 532 rifles and carbines, 33 combined weapons, 372 pistols and revolvers',
    year: 2005, yearBasis: 'stated', action: 'seized', actionRaw: 'seized', agency: null, agencyRaw: null,
    total: { quantity: 9607, raw: 'weapons' }, reconciliation: 'nested', reportedIn: 2006,
    parts: [
      { quantity: 7195, raw: 'smoothbore weapons', category: 'smoothbore' },
      { quantity: 1118, raw: 'gas weapons', category: 'gas' },
      { quantity: 344, raw: 'home-made weapons', category: 'home_made' },
      { quantity: 950, raw: 'rifle-bored weapons', category: 'rifled' },
      { quantity: 13, raw: 'fully automatic weapons', category: 'fully_automatic', parent: 'rifled' },
      { quantity: 532, raw: 'rifles and carbines', category: 'rifles_and_carbines', parent: 'rifled' },
      { quantity: 33, raw: 'combined weapons', category: 'combination', parent: 'rifled' },
      { quantity: 372, raw: 'pistols and revolvers', category: 'pistols_and_revolvers', parent: 'rifled' },
    ],
  },
  {
    text: 'In 2005, 6,037 units of weapons were voluntarily surrendered: 618 rifle-bored weapons, 4,348 smoothbore weapons, 989 gas weapons, 82 home-made weapons',
    year: 2005, yearBasis: 'stated', action: 'surrendered', actionRaw: 'voluntarily surrendered', agency: null, agencyRaw: null,
    total: { quantity: 6037, raw: 'units of weapons' }, reconciliation: 'balanced', reportedIn: 2006,
    parts: [
      { quantity: 618, raw: 'rifle-bored weapons', category: 'rifled' },
      { quantity: 4348, raw: 'smoothbore weapons', category: 'smoothbore' },
      { quantity: 989, raw: 'gas weapons', category: 'gas' },
      { quantity: 82, raw: 'home-made weapons', category: 'home_made' },
    ],
  },
  {
    text: 'In 2005, 5,563 weapons were destroyed: 7 fully automatic weapons, 152 pistols, 228 revolvers, 347 rifles, 44 carbines, 30 combined weapons, 3,605 smoothbore weapons, 980 gas weapons, 170 home-made weapons',
    year: 2005, yearBasis: 'stated', action: 'destroyed', actionRaw: 'destroyed', agency: null, agencyRaw: null,
    total: { quantity: 5563, raw: 'weapons' }, reconciliation: 'balanced', reportedIn: 2006,
    parts: [
      { quantity: 7, raw: 'fully automatic weapons', category: 'fully_automatic' },
      { quantity: 152, raw: 'pistols', category: 'pistols' },
      { quantity: 228, raw: 'revolvers', category: 'revolvers' },
      { quantity: 347, raw: 'rifles', category: 'rifles' },
      { quantity: 44, raw: 'carbines', category: 'carbines' },
      { quantity: 30, raw: 'combined weapons', category: 'combination' },
      { quantity: 3605, raw: 'smoothbore weapons', category: 'smoothbore' },
      { quantity: 980, raw: 'gas weapons', category: 'gas' },
      { quantity: 170, raw: 'home-made weapons', category: 'home_made' },
    ],
  },
  {
    text: 'In 2003, internal affairs agencies seized and removed from circulation 13,545 weapons, of which 10,400 were smooth-bore weapons, 1,549 were gas weapons, 354 were home-made weapons and 1,242 were rifle-bored weapons; they included 27 fully automatic weapons, 706 rifles and carbines, 42 combination weapons and 467 pistols and revolvers.',
    year: 2003, yearBasis: 'stated', action: 'seized', actionRaw: 'seized and removed from circulation', agency: 'police',
    agencyRaw: 'internal affairs agencies', total: { quantity: 13545, raw: 'weapons' }, reconciliation: 'nested', reportedIn: 2005,
    parts: [
      { quantity: 10400, raw: 'smooth-bore weapons', category: 'smoothbore' },
      { quantity: 1549, raw: 'gas weapons', category: 'gas' },
      { quantity: 354, raw: 'home-made weapons', category: 'home_made' },
      { quantity: 1242, raw: 'rifle-bored weapons', category: 'rifled' },
      { quantity: 27, raw: 'fully automatic weapons', category: 'fully_automatic', parent: 'rifled' },
      { quantity: 706, raw: 'rifles and carbines', category: 'rifles_and_carbines', parent: 'rifled' },
      { quantity: 42, raw: 'combination weapons', category: 'combination', parent: 'rifled' },
      { quantity: 467, raw: 'pistols and revolvers', category: 'pistols_and_revolvers', parent: 'rifled' },
    ],
  },
  {
    text: 'In 2003, National Security Committee agencies seized and removed from illicit circulation 186 firearms, including 9 fully automatic weapons, 18 rifle-bored weapons, 22 pistols and revolvers of various kinds and 137 hunting and sawn-off weapons.',
    year: 2003, yearBasis: 'stated', action: 'seized', actionRaw: 'seized and removed from illicit circulation', agency: 'national_security',
    agencyRaw: 'National Security Committee agencies', total: { quantity: 186, raw: 'firearms' }, reconciliation: 'balanced', reportedIn: 2005,
    parts: [
      { quantity: 9, raw: 'fully automatic weapons', category: 'fully_automatic' },
      { quantity: 18, raw: 'rifle-bored weapons', category: 'rifled' },
      { quantity: 22, raw: 'pistols and revolvers of various kinds', category: 'pistols_and_revolvers' },
      { quantity: 137, raw: 'hunting and sawn-off weapons', category: 'hunting_and_sawn_off' },
    ],
  },
  {
    text: 'For 2003, 9,069 weapons were voluntarily surrendered. They included 717 rifle-bored weapons, 6,987 smooth-bore weapons, 1,270 gas weapons and 95 home-made weapons.',
    year: 2003, yearBasis: 'stated', action: 'surrendered', actionRaw: 'voluntarily surrendered', agency: null, agencyRaw: null,
    total: { quantity: 9069, raw: 'weapons' }, reconciliation: 'balanced', reportedIn: 2005,
    parts: [
      { quantity: 717, raw: 'rifle-bored weapons', category: 'rifled' },
      { quantity: 6987, raw: 'smooth-bore weapons', category: 'smoothbore' },
      { quantity: 1270, raw: 'gas weapons', category: 'gas' },
      { quantity: 95, raw: 'home-made weapons', category: 'home_made' },
    ],
  },
  {
    text: 'In the past year, internal affairs agencies destroyed 5,708 weapons, including 9 fully automatic weapons, 51 pistols, 48 revolvers, 312 rifles, 41 carbines, 20 combination weapons, 4,501 smooth-bore weapons, 467 gas weapons and 259 home-made weapons.',
    year: 2004, yearBasis: 'inferred', action: 'destroyed', actionRaw: 'destroyed', agency: 'police', agencyRaw: 'internal affairs agencies',
    total: { quantity: 5708, raw: 'weapons' }, reconciliation: 'balanced', reportedIn: 2005,
    parts: [
      { quantity: 9, raw: 'fully automatic weapons', category: 'fully_automatic' },
      { quantity: 51, raw: 'pistols', category: 'pistols' },
      { quantity: 48, raw: 'revolvers', category: 'revolvers' },
      { quantity: 312, raw: 'rifles', category: 'rifles' },
      { quantity: 41, raw: 'carbines', category: 'carbines' },
      { quantity: 20, raw: 'combination weapons', category: 'combination' },
      { quantity: 4501, raw: 'smooth-bore weapons', category: 'smoothbore' },
      { quantity: 467, raw: 'gas weapons', category: 'gas' },
      { quantity: 259, raw: 'home-made weapons', category: 'home_made' },
    ],
  },
  {
    text: 'The following were destroyed by smelting in an electric furnace: 875 firearms, consisting of 86 smooth-bore weapons, 35 gas weapons, 36 carbines, 57 sawn-off weapons, 17 fully automatic weapons, 275 pistols, 1 machine gun and 368 rifles.',
    year: 2004, yearBasis: 'inferred', action: 'destroyed', actionRaw: 'destroyed by smelting', agency: null, agencyRaw: null,
    total: { quantity: 875, raw: 'firearms' }, reconciliation: 'balanced', reportedIn: 2005,
    parts: [
      { quantity: 86, raw: 'smooth-bore weapons', category: 'smoothbore' },
      { quantity: 35, raw: 'gas weapons', category: 'gas' },
      { quantity: 36, raw: 'carbines', category: 'carbines' },
      { quantity: 57, raw: 'sawn-off weapons', category: 'sawn_off' },
      { quantity: 17, raw: 'fully automatic weapons', category: 'fully_automatic' },
      { quantity: 275, raw: 'pistols', category: 'pistols' },
      { quantity: 1, raw: 'machine gun', category: 'machine_guns' },
      { quantity: 368, raw: 'rifles', category: 'rifles' },
    ],
  },
];

const EXPLOSION_ROWS: Array<[number, string, string, 'state' | 'non_state', 'military' | 'company', number | null, number | null]> = [
  [2021, 'Taraz', 'State (military)', 'state', 'military', 12, 90],
  [2019, 'Arys', 'State (military)', 'state', 'military', 3, 77],
  [2019, 'Arys', 'State (military)', 'state', 'military', 0, 10],
  [2010, 'Zhambyl', 'State (military)', 'state', 'military', 0, 0],
  [2009, 'Arys', 'Non-state (company)', 'non_state', 'company', 5, 15],
  [2009, 'Almaty', 'State (military)', 'state', 'military', 1, null],
  [2001, 'Balkhash', 'State (military)', 'state', 'military', null, null],
  [2001, 'Almaty', 'State (military)', 'state', 'military', 0, 0],
];

/** [line, topic, question, answer lines (null = empty answer), source report year, source date] */
const TEMPLATE_QUESTIONS: Array<[number, string, string, number[] | null, number | null, string | null]> = [
  [27, 'brokering', 'Definition (including closely associated activities and extraterritoriality):', null, 2010, '6/5/2011'],
  [28, 'brokering', 'Optional elements for national legislation (registration, record-keeping, licensing, related legislation, jurisdiction, penalties):', [29], 2010, '6/5/2011'],
  [30, 'brokering', 'Operational information exchange (including a) Cooperation on activities violating UNSC arms embargoes; and b) Cooperation with relevant organizations, e.g. WCO, Interpol, the UN):', null, 2010, '6/5/2011'],
  [31, 'brokering', 'Cooperation and measures within a regional Organization:', null, 2010, '6/5/2011'],
  [32, 'brokering', 'National needs (Assistance in capacity building):', null, 2010, '6/5/2011'],
  [35, 'legislation', 'National laws, regulations and administrative procedures:', null, null, null],
  [36, 'marking', 'National marking practices:', [37, 38, 39, 41, 42], null, null],
  [43, 'marking', 'Marking at the time of import:', null, null, null],
  [44, 'marking', 'Marking of SALW in the possession of government armed and security forces:', [45, 46], null, null],
  [47, 'marking', 'Measures against the removal or alteration of markings:', null, null, null],
  [48, 'record_keeping', 'Accurate and comprehensive records for all marked SALW within their territory:', [49], null, null],
  [50, 'tracing', 'Measures taken for undertaking traces and responding to tracing requests:', null, null, null],
  [51, 'information_exchange', 'Operational information exchange:', [52], null, null],
  [53, 'assistance_needs', 'Needs and request for assistance:', null, null, null],
  [54, 'implementation_challenges', 'Implementation challenges and opportunities:', null, null, null],
];

/** The words of one number in a statement: `372 pistols and revolvers`, `10,400 were smooth-bore weapons`. */
function countWords(statement: string, quantity: number, raw: string): string {
  const escaped = raw.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  for (const match of statement.matchAll(new RegExp(`(\\d{1,3}(?:,\\d{3})*|\\d+)\\s+(?:were\\s+)?${escaped}`, 'g'))) {
    if (Number((match[1] ?? '').replace(/,/g, '')) === quantity) return match[0];
  }
  throw new Error(`seed: no "${quantity} ${raw}" in ${JSON.stringify(statement)}`);
}

export interface SeedOptions {
  /**
   * Also add history the current views must leave out: an older, superseded retrieval of the profile
   * (Taraz with 10 deaths) and a document whose file was removed from raw/.
   */
  withHistory?: boolean;
}

/** Inserts one run and the seeds' documents and facts; returns the ids tests look rows up by. */
export async function seedWarehouse(db: Kysely<WarehouseDatabase>, options: SeedOptions = {}): Promise<SeededIds> {
  const profile = rawLines(PROFILE_PATH);
  const poa = rawLines(POA_PATH);
  const run = await db.insertInto('runs').values({
    pipeline: 'all', trigger: 'manual', started_at: '2025-01-15T09:30:00.000Z', finished_at: '2025-01-15T09:30:02.000Z',
    status: 'succeeded', documents_seen: 2, documents_loaded: 2, code_version: '0.1.0',
  }).returning('run_id').executeTakeFirstOrThrow();
  const runId = run.run_id;

  const documentRow = (path: string, kind: 'amap_profile' | 'poa_profile', sha256: string, extractor: string) => ({
    source_path: path, logical_key: `${kind}|KAZ|${path}`, version: 1, sha256, size_bytes: 1000, format: 'text' as const,
    encoding: 'utf-8', page_count: null, kind, country_iso3: 'KAZ', title: null, report_year: null, language: 'en',
    date_raw: null, date_iso: null, document_code: null, source_url: null, retrieved_at: null,
    file_mtime: '2025-01-10T08:00:00.000Z', meta_json: null, status: 'loaded' as const, status_reason: null, extractor,
    first_run_id: runId, last_run_id: runId, superseded_by: null, loaded_at: '2025-01-15T09:30:01.000Z',
  });

  const profileId = (await db.insertInto('documents')
    .values(documentRow(PROFILE_PATH, 'amap_profile', '88da758a976dd473c1b2d5e1f0a4c6b8e9d7f3a2b1c0d9e8f7a6b5c4d3e2f1a0', 'amap-profile@1'))
    .returning('document_id').executeTakeFirstOrThrow()).document_id;
  const poaId = (await db.insertInto('documents')
    .values(documentRow(POA_PATH, 'poa_profile', '9c7cc2717d99486b0a1b2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f6071', 'poa-profile@1'))
    .returning('document_id').executeTakeFirstOrThrow()).document_id;

  const lineageOf = (documentId: number, extractor: string) => (l: ReturnType<typeof at>) => ({
    ...l, document_id: documentId, run_id: runId, extractor,
  });
  const P = lineageOf(profileId, 'amap-profile@1');
  const K = lineageOf(poaId, 'poa-profile@1');

  // --- The ammunition country profile (seed 000) ---
  const profileSection = async (line: number, topic: string, heading: string | null, answerLine: number) =>
    (await db.insertInto('sections').values({
      ...P({ ...at(profile, line), line_end: answerLine, source_text: profile.slice(line - 1, answerLine).join('\n') }),
      country_iso3: 'KAZ', topic, heading_raw: heading, question: null, source_tag: null,
      answer: profile[answerLine - 1] ?? null, source_report_year: null, source_date_raw: null, source_date_iso: null,
    }).returning('section_id').executeTakeFirstOrThrow()).section_id;
  const security = await profileSection(1, 'security_situation', null, 1);
  const support = await profileSection(2, 'international_support', null, 2);
  const explosionsSection = await profileSection(10, 'accidental_explosions', 'Accidental explosions', 11);
  const diversionSection = await profileSection(23, 'diversion', 'Cases of diversion', 24);
  await profileSection(30, 'disposal', 'Disposal', 32);
  const needs = await profileSection(33, 'needs', 'Needs', 35);

  const citation = (line: number, sectionId: number, ref: string | null, text: string, url: string | null, accessedOn: string | null) =>
    db.insertInto('citations').values({
      ...P(at(profile, line, ref === null ? text : undefined)), section_id: sectionId, ref, ref_inferred: 0, text, url, accessed_on: accessedOn,
    }).execute();
  const footnote = (line: number) => (profile[line - 1] ?? '').replace(/^\[\d+\]\s*/, '');
  await citation(3, security, '1', footnote(3), 'https://www.crisisgroup.org/europe-central-asia/central-asia/kazakhstan/behind-unrest-kazakhstan', null);
  await citation(4, security, '2', footnote(4), 'https://www.hrw.org/world-report/2022/country-chapters/kazakhstan', '2022-09-06');
  await citation(5, security, '3', footnote(5), 'https://www.gunpolicy.org/firearms/region/kazakhstan', '2022-09-06');
  await citation(6, security, '4', footnote(6), 'http://the-monitor.org/en-gb/reports/2020/kazakhstan/view-all.aspx', '2022-09-06');
  await citation(7, support, '5', footnote(7), null, null);
  await citation(22, explosionsSection, null, 'Small Arms Survey. n.d. Unplanned Explosions at Munitions Sites (UEMS). Database.', null, null);
  await citation(29, diversionSection, null,
    'Assaniyaz, Assem. “January Riots in Kazakhstan: Police Discovers Only One-Third of Stolen Weapons.” The Astana Times, August 17, 2022. https://astanatimes.com/2022/08/january-riots-police-discovers-only-one-third-of-stolen-weapons/.',
    'https://astanatimes.com/2022/08/january-riots-police-discovers-only-one-third-of-stolen-weapons/', null);
  await citation(29, diversionSection, null,
    'Benevento, Chris. “Kazakhstan: Former Cop Headed Massive Car Theft Ring.” OCCRP, October 24, 2016. https://www.occrp.org/en/daily/5737-kazakhstan-former-cop-headed-massive-car-theft-ring.',
    'https://www.occrp.org/en/daily/5737-kazakhstan-former-cop-headed-massive-car-theft-ring', null);
  await citation(36, needs, '1', footnote(36), 'https://smallarms.un-arm.org/country-profiles/KAZ', null);

  const caption = 'Table. 1 Accidental explosions in Kazakhstan (1979-2021)';
  const explosionIds: number[] = [];
  for (const [index, [year, location, owner, type, sector, deaths, injuries]] of EXPLOSION_ROWS.entries()) {
    const line = 14 + index;
    const row = await db.insertInto('explosions').values({
      ...P(at(profile, line)), country_iso3: 'KAZ', year, location, owner_raw: owner, owner_type: type, owner_sector: sector,
      deaths, injuries, row_number: index + 1, table_caption: caption,
    }).returning('explosion_id').executeTakeFirstOrThrow();
    explosionIds.push(row.explosion_id);
  }
  const tarazExplosionId = explosionIds[0] ?? 0;

  const divCaption = 'Table 2: Cases of diversion of arms, ammunition, and explosives in Kazakhstan since 2000';
  const stolenWeapons2022Id = (await db.insertInto('diversions').values({
    ...P(at(profile, 27)), country_iso3: 'KAZ', year: 2022, location: null,
    description: 'Approximately 1’300 service weapons were stolen during nationwide protests.', quantity: 1300, quantity_approx: 1,
    quantity_qualifier: 'approximately', row_number: 1, table_caption: divCaption,
  }).returning('diversion_id').executeTakeFirstOrThrow()).diversion_id;
  await db.insertInto('diversions').values({
    ...P(at(profile, 28)), country_iso3: 'KAZ', year: 2000, location: 'Almaty',
    description: 'A police officer was demoted for stealing firearms from his colleagues.', quantity: null, quantity_approx: null,
    quantity_qualifier: null, row_number: 2, table_caption: divCaption,
  }).execute();

  await db.insertInto('tallies').values([
    { ...P(at(profile, 11)), country_iso3: 'KAZ', topic: 'explosions', period_start: 1979, period_end: null, reported_count: null, reported_raw: 'numerous' },
    { ...P(at(profile, 24)), country_iso3: 'KAZ', topic: 'diversions', period_start: 2000, period_end: null, reported_count: null, reported_raw: 'Some cases' },
  ]).execute();

  // --- The PoA country page (seed 003) ---
  let submission2010RuId = 0;
  for (const line of [9, 10, 11, 12, 13]) {
    const text = poa[line - 1] ?? '';
    const year = Number(text.slice(0, 4));
    for (const [raw, code] of [['English', 'en'], ['Русский', 'ru']] as const) {
      if (!text.includes(raw)) continue;
      const row = await db.insertInto('report_submissions').values({
        ...K(at(poa, line)), country_iso3: 'KAZ', report_year: year, language: code, language_raw: raw,
      }).returning('submission_id').executeTakeFirstOrThrow();
      if (year === 2010 && code === 'ru') submission2010RuId = row.submission_id;
    }
  }
  const meetings: Array<[number, number, string]> = [
    [14, 2008, 'SC Open Debate (page#13-14)'], [15, 2001, 'Conference'], [16, 2003, '1st BMS'], [17, 2005, '2nd BMS'],
    [18, 2006, 'Prep Com for 2006 Review Conference'], [19, 2006, 'Review Conference'],
  ];
  for (const [line, year, meeting] of meetings) {
    await db.insertInto('meeting_statements').values({ ...K(at(poa, line)), country_iso3: 'KAZ', year, meeting, has_text: 0, text: null }).execute();
  }

  const bullet = (line: number) => (poa[line - 1] ?? '').trim().replace(/^- /, '');
  const narrative = async (heading: number, topic: string, year: number | null) => {
    await db.insertInto('sections').values({
      ...K({ ...at(poa, heading), line_end: heading + 1, source_text: poa.slice(heading - 1, heading + 1).join('\n') }),
      country_iso3: 'KAZ', topic, heading_raw: poa[heading - 1] ?? null, question: null, source_tag: null, answer: bullet(heading + 1),
      source_report_year: year, source_date_raw: null, source_date_iso: null,
    }).execute();
  };
  await narrative(21, 'public_awareness', 2005);
  await narrative(23, 'collection_destruction', null);
  await narrative(25, 'crime_linkage', 2005);

  let emptyAnswerSectionId = 0;
  for (const [line, topic, question, answerLines, year, date] of TEMPLATE_QUESTIONS) {
    const lastLine = answerLines ? Math.max(...answerLines) : line;
    const row = await db.insertInto('sections').values({
      ...K({ ...at(poa, line, question), line_end: lastLine, source_text: poa.slice(line - 1, lastLine).join('\n') }),
      country_iso3: 'KAZ', topic, heading_raw: null, question, source_tag: null,
      answer: answerLines ? answerLines.map((l) => poa[l - 1]).join('\n') : null,
      source_report_year: year, source_date_raw: date, source_date_iso: null,
    }).returning('section_id').executeTakeFirstOrThrow();
    if (line === 43) emptyAnswerSectionId = row.section_id;
  }
  await narrative(56, 'regional_events', 2005);

  let pistolsAndRevolvers2005Id = 0;
  let smoothboreDestroyed2005Id = 0;
  let pastYearStatementId = 0;
  for (const spec of STATEMENTS) {
    const lineage = K(at(poa, 24, spec.text));
    const topLevel = spec.parts.filter((p) => p.parent === undefined).reduce((sum, p) => sum + p.quantity, 0);
    const statement = await db.insertInto('count_statements').values({
      ...lineage, country_iso3: 'KAZ', year: spec.year, year_basis: spec.yearBasis, action: spec.action, action_raw: spec.actionRaw,
      agency: spec.agency, agency_raw: spec.agencyRaw, total: spec.total?.quantity ?? null, components_sum: topLevel,
      reconciliation: spec.reconciliation, reported_in: spec.reportedIn,
    }).returning('statement_id').executeTakeFirstOrThrow();
    if (spec.text.startsWith('In the past year')) pastYearStatementId = statement.statement_id;
    const counts = [
      ...(spec.total ? [{ quantity: spec.total.quantity, raw: spec.total.raw, category: 'firearms', isTotal: 1 }] : []),
      ...spec.parts.map((p) => ({ ...p, isTotal: 0 })),
    ];
    for (const c of counts) {
      // Each number's own lineage is its words in the statement ("372 pistols and revolvers"), as the extractor gives it.
      const row = await db.insertInto('weapon_counts').values({
        ...K(at(poa, 24, countWords(spec.text, c.quantity, c.raw))), statement_id: statement.statement_id, country_iso3: 'KAZ', year: spec.year, year_basis: spec.yearBasis,
        action: spec.action, agency: spec.agency, category: c.category, category_raw: c.raw,
        parent_category: 'parent' in c ? (c.parent ?? null) : null, quantity: c.quantity, is_total: c.isTotal, approx: 0,
        approx_qualifier: null, reported_in: spec.reportedIn,
      }).returning('count_id').executeTakeFirstOrThrow();
      if (spec.year === 2005 && spec.action === 'seized' && c.category === 'pistols_and_revolvers') pistolsAndRevolvers2005Id = row.count_id;
      if (spec.year === 2005 && spec.action === 'destroyed' && c.category === 'smoothbore') smoothboreDestroyed2005Id = row.count_id;
    }
  }

  await db.insertInto('quality_issues').values([
    { run_id: runId, document_id: profileId, severity: 'warning', rule: 'unknown-value', message: 'explosions row 6 (2009 Almaty): injuries `N/A` loaded as NULL', table_name: 'explosions', record_id: explosionIds[5] ?? null, line_start: 19 },
    { run_id: runId, document_id: profileId, severity: 'warning', rule: 'unknown-value', message: 'explosions row 7 (2001 Balkhash): deaths and injuries `N/A` loaded as NULL', table_name: 'explosions', record_id: explosionIds[6] ?? null, line_start: 20 },
    { run_id: runId, document_id: poaId, severity: 'info', rule: 'year-inferred', message: '"In the past year" in a group attributed to the National Report 2005: year 2004 inferred', table_name: 'count_statements', record_id: pastYearStatementId, line_start: 24 },
    { run_id: runId, document_id: poaId, severity: 'info', rule: 'ambiguous-date', message: 'Date `6/5/2011` is 6 May or 5 June: kept raw, no ISO date', table_name: null, record_id: null, line_start: 34 },
  ]).execute();

  if (options.withHistory) await seedHistory(db, runId, profileId, profile);

  return {
    runId, profileId, poaId, tarazExplosionId, pistolsAndRevolvers2005Id, smoothboreDestroyed2005Id, stolenWeapons2022Id,
    submission2010RuId, emptyAnswerSectionId, pastYearStatementId,
  };
}

/** An older retrieval of the profile (superseded by the seed) and a removed document: both must stay out of current views. */
async function seedHistory(db: Kysely<WarehouseDatabase>, runId: number, currentProfileId: number, profile: string[]): Promise<void> {
  const base = {
    size_bytes: 900, format: 'text' as const, encoding: 'utf-8', page_count: null, kind: 'amap_profile' as const, country_iso3: 'KAZ',
    title: null, report_year: null, language: 'en', date_raw: null, date_iso: null, document_code: null, source_url: null,
    retrieved_at: null, file_mtime: '2024-06-01T08:00:00.000Z', meta_json: null, extractor: 'amap-profile@1', first_run_id: runId,
    last_run_id: runId, loaded_at: '2025-01-15T09:30:01.000Z',
  };
  const old = await db.insertInto('documents').values({
    ...base, source_path: 'archive/kaz_profile_2024.txt', logical_key: `amap_profile|KAZ|${PROFILE_PATH}`, version: 0,
    sha256: '0ld0ld0ld', status: 'superseded', status_reason: 'a newer retrieval is current', superseded_by: currentProfileId,
  }).returning('document_id').executeTakeFirstOrThrow();
  const gone = await db.insertInto('documents').values({
    ...base, source_path: 'kaz_profile_removed.txt', logical_key: 'amap_profile|KAZ|kaz_profile_removed.txt', version: 1,
    sha256: 'g0neg0ne', status: 'removed', status_reason: 'file kaz_profile_removed.txt is no longer in the raw folder', superseded_by: null,
  }).returning('document_id').executeTakeFirstOrThrow();
  for (const documentId of [old.document_id, gone.document_id]) {
    await db.insertInto('explosions').values({
      document_id: documentId, run_id: runId, extractor: 'amap-profile@1', line_start: 14, line_end: 14, page: null,
      source_text: '2021 | Taraz | State (military) | 10 | 90 |', country_iso3: 'KAZ', year: 2021, location: 'Taraz',
      owner_raw: 'State (military)', owner_type: 'state', owner_sector: 'military', deaths: 10, injuries: 90, row_number: 1,
      table_caption: profile[11] ?? null,
    }).execute();
    await db.insertInto('quality_issues').values({
      run_id: runId, document_id: documentId, severity: 'warning', rule: 'unknown-value', message: 'an issue of an old version',
      table_name: null, record_id: null, line_start: 14,
    }).execute();
  }
}
