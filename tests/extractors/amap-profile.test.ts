import { load } from 'cheerio';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeHtmlText } from '../../src/decoders/html.ts';
import { decodePlainText } from '../../src/decoders/text.ts';
import { amapProfileExtractor, extractAmapProfile, resolveFootnote } from '../../src/extractors/amap-profile/index.ts';
import { findMarkers, proseLanguage, stripMarkers, topicOfHeading } from '../../src/extractors/amap-profile/lines.ts';
import { readTally } from '../../src/extractors/amap-profile/tallies.ts';
import { diversionQuantity } from '../../src/extractors/amap-profile/diversion-quantity.ts';
import type { Extraction } from '../../src/model/records.ts';
import { findUrls, splitCitedWorks } from '../../src/transforms/citations.ts';
import { normaliseOwner } from '../../src/transforms/owner.ts';

const ROOT = new URL('../../', import.meta.url);
const read = (relative: string): string => readFileSync(new URL(relative, ROOT), 'utf8');
const extractText = (text: string): Extraction => extractAmapProfile(decodePlainText(text, 'utf-8'));
const extractFile = (relative: string): Extraction =>
  relative.endsWith('.html') ? extractAmapProfile(decodeHtmlText(read(relative), 'utf-8', load)) : extractText(read(relative));

type Row = Record<string, unknown>;

/**
 * Compares an expected row with an extracted one under the devset README's rules: only keys the expected
 * row has; `*_contains` are substrings; `section_topic` is the topic of the citation's section.
 */
function mismatches(expected: Row, actual: Row, extraction: Extraction): string[] {
  const problems: string[] = [];
  for (const [key, want] of Object.entries(expected)) {
    let got: unknown;
    if (key === 'section_topic') {
      const index = actual.section_index;
      got = typeof index === 'number' ? extraction.sections[index]?.topic : null;
    } else if (key === 'text_contains' || key === 'answer_contains') {
      const field = key === 'text_contains' ? actual.text : actual.answer;
      if (typeof field !== 'string' || !field.includes(String(want))) problems.push(`${key}: '${String(want)}' not in '${String(field)}'`);
      continue;
    } else {
      got = actual[key];
    }
    if (got !== want) problems.push(`${key}: expected ${JSON.stringify(want)}, got ${JSON.stringify(got)}`);
  }
  return problems;
}

function compareTables(extraction: Extraction, expected: Record<string, unknown>): void {
  for (const table of ['explosions', 'diversions', 'tallies', 'citations', 'sections'] as const) {
    const want = (expected[table] ?? []) as Row[];
    const got = extraction[table] as unknown as Row[];
    expect(got.length, `${table} row count`).toBe(want.length);
    want.forEach((row, i) => {
      expect(mismatches(row, got[i] ?? {}, extraction), `${table}[${i}]`).toEqual([]);
    });
  }
}

/** Every record carries lineage: lines, page, and verbatim words that are really in the document. */
function expectLineage(extraction: Extraction, lines: string[]): void {
  const records = [
    ...extraction.explosions,
    ...extraction.diversions,
    ...extraction.tallies,
    ...extraction.citations,
    ...extraction.sections,
  ];
  for (const record of records) {
    expect(record.line_start).toBeGreaterThanOrEqual(1);
    expect(record.line_end).toBeGreaterThanOrEqual(record.line_start);
    expect(record.page).toBeNull();
    const span = lines.slice(record.line_start - 1, record.line_end).join('\n');
    expect(span).toContain(record.source_text.split('\n')[0]);
  }
}

// -------------------------------------------------------------------------------------------------

describe('amap-profile extractor on the seed (raw/000_88da758a976dd473.txt)', () => {
  const seedText = read('raw/000_88da758a976dd473.txt');
  const seed = extractText(seedText);

  it('is registered for amap_profile as amap-profile, its version derived from its code', () => {
    expect(amapProfileExtractor.name).toBe('amap-profile');
    expect(amapProfileExtractor.fixedVersion).toBeUndefined();
    expect(amapProfileExtractor.kinds).toEqual(['amap_profile']);
  });

  it('loads the 8 explosion rows in table order, duplicates kept, N/A as NULL', () => {
    expect(seed.explosions.map((e) => [e.row_number, e.year, e.location, e.owner_type, e.owner_sector, e.deaths, e.injuries, e.line_start])).toEqual([
      [1, 2021, 'Taraz', 'state', 'military', 12, 90, 14],
      [2, 2019, 'Arys', 'state', 'military', 3, 77, 15],
      [3, 2019, 'Arys', 'state', 'military', 0, 10, 16],
      [4, 2010, 'Zhambyl', 'state', 'military', 0, 0, 17],
      [5, 2009, 'Arys', 'non_state', 'company', 5, 15, 18],
      [6, 2009, 'Almaty', 'state', 'military', 1, null, 19],
      [7, 2001, 'Balkhash', 'state', 'military', null, null, 20],
      [8, 2001, 'Almaty', 'state', 'military', 0, 0, 21],
    ]);
    expect(seed.explosions[4]?.owner_raw).toBe('Non-state (company)');
    expect(seed.explosions[1]?.source_text).toBe('2019 | Arys | State (military) | 3 | 77 |');
    expect(seed.explosions[0]?.table_caption).toBe('Table. 1 Accidental explosions in Kazakhstan (1979-2021)');
  });

  it('loads the 2 diversion rows; 2022 has no location and ~1300 weapons', () => {
    expect(seed.diversions).toEqual([
      {
        year: 2022,
        location: null,
        description: 'Approximately 1’300 service weapons were stolen during nationwide protests.',
        quantity: 1300,
        quantity_approx: 1,
        quantity_qualifier: 'approximately',
        row_number: 1,
        table_caption: 'Table 2: Cases of diversion of arms, ammunition, and explosives in Kazakhstan since 2000',
        line_start: 27,
        line_end: 27,
        page: null,
        source_text: '2022 | N/A | Approximately 1’300 service weapons were stolen during nationwide protests. |',
        steps: [
          { column: 'location', source_words: 'N/A', rule: 'unknown.marker', lexicon_entry: 'unknownMarkers: n/a', language: 'en', value: 'NULL' },
          { column: 'quantity', source_words: '1’300', rule: 'quantity.thousands-separator', lexicon_entry: null, language: null, value: '1300' },
          { column: 'quantity_approx', source_words: 'Approximately', rule: 'quantity.qualifier-before', lexicon_entry: 'qualifiersBefore: approximately', language: 'en', value: '1' },
        ],
      },
      {
        year: 2000,
        location: 'Almaty',
        description: 'A police officer was demoted for stealing firearms from his colleagues.',
        quantity: null,
        quantity_approx: null,
        quantity_qualifier: null,
        row_number: 2,
        table_caption: 'Table 2: Cases of diversion of arms, ammunition, and explosives in Kazakhstan since 2000',
        line_start: 28,
        line_end: 28,
        page: null,
        source_text: '2000 | Almaty | A police officer was demoted for stealing firearms from his colleagues. |',
      },
    ]);
  });

  it('reads the tallies: "numerous" explosions since 1979 is NULL with its words', () => {
    expect(seed.tallies.map((t) => [t.topic, t.reported_count, t.reported_raw, t.period_start, t.period_end, t.line_start])).toEqual([
      ['explosions', null, 'numerous', 1979, null, 11],
      ['diversions', null, 'Some', 2000, null, 24],
    ]);
    expect(seed.tallies[0]?.source_text).toBe(
      'Since the beginning of data collection in 1979 by the Small Arms Survey, numerous accidental explosions were reported in Kazakhstan (Table 1).',
    );
  });

  it('loads every citation with its url, access date and section', () => {
    const topics = seed.citations.map((c) => (c.section_index === null ? null : seed.sections[c.section_index]?.topic));
    expect(seed.citations.map((c, i) => [c.ref, topics[i], c.url, c.accessed_on, c.line_start])).toEqual([
      ['1', 'security_situation', 'https://www.crisisgroup.org/europe-central-asia/central-asia/kazakhstan/behind-unrest-kazakhstan', null, 3],
      ['2', 'security_situation', 'https://www.hrw.org/world-report/2022/country-chapters/kazakhstan', '2022-09-06', 4],
      ['3', 'security_situation', 'https://www.gunpolicy.org/firearms/region/kazakhstan', '2022-09-06', 5],
      ['4', 'security_situation', 'http://the-monitor.org/en-gb/reports/2020/kazakhstan/view-all.aspx', '2022-09-06', 6],
      ['5', 'international_support', null, null, 7],
      [null, 'accidental_explosions', null, null, 22],
      [null, 'diversion', 'https://astanatimes.com/2022/08/january-riots-police-discovers-only-one-third-of-stolen-weapons/', null, 29],
      [null, 'diversion', 'https://www.occrp.org/en/daily/5737-kazakhstan-former-cop-headed-massive-car-theft-ring', null, 29],
      ['1', 'needs', 'https://smallarms.un-arm.org/country-profiles/KAZ', null, 36],
    ]);
    expect(seed.citations[6]?.text).toBe(
      'Assaniyaz, Assem. “January Riots in Kazakhstan: Police Discovers Only One-Third of Stolen Weapons.” The Astana Times, August 17, 2022. https://astanatimes.com/2022/08/january-riots-police-discovers-only-one-third-of-stolen-weapons/.',
    );
  });

  it('resolves the [1] under Needs to the PoA Report 2022 footnote, not to the Crisis Group one', () => {
    const needs = seed.sections.findIndex((s) => s.topic === 'needs');
    expect(seed.sections[needs]?.answer).toContain('No needs have been reported for Kazakhstan.[1]');
    expect(resolveFootnote(seed, needs, '1')?.text).toMatch(/^PoA Report 2022, Kazakhstan\./);
    expect(resolveFootnote(seed, 0, '1')?.text).toMatch(/^“Behind the Unrest in Kazakhstan\.”/);
  });

  it('reads the sections, the opening ones without headings, and no page chrome', () => {
    expect(seed.sections.map((s) => [s.topic, s.heading_raw, s.line_start, s.line_end])).toEqual([
      ['security_situation', null, 1, 1],
      ['international_support', null, 2, 2],
      ['accidental_explosions', 'Accidental explosions', 10, 11],
      ['diversion', 'Cases of diversion', 23, 24],
      ['disposal', 'Disposal', 30, 32],
      ['needs', 'Needs', 33, 35],
    ]);
    expect(seed.sections[4]?.answer).toContain('Insufficient information on disposal of ammunition in Kazakhstan.');
    expect(seed.sections.some((s) => s.answer?.includes('Launch the country dashboard') || s.answer?.includes('Further information'))).toBe(false);
  });

  it('flags each N/A, the missing quantity and the tallies that give no number, and nothing else', () => {
    expect(seed.issues.map((i) => [i.severity, i.rule, i.line_start, i.record?.table, i.record?.index])).toEqual([
      ['info', 'unknown-value', 19, 'explosions', 5],
      ['info', 'unknown-value', 20, 'explosions', 6],
      ['info', 'unknown-value', 20, 'explosions', 6],
      ['info', 'unknown-value', 27, 'diversions', 0],
      ['info', 'quantity-unknown', 28, 'diversions', 1],
      ['info', 'tally-not-exact', 11, 'tallies', 0],
      ['info', 'tally-not-exact', 24, 'tallies', 1],
    ]);
    expect(seed.issues.at(-2)?.message).toBe("line 11: 'numerous' gives no number: reported_count NULL, the words kept.");
    expect(seed.document.language).toBe('en');
  });

  it('gives every row its lineage', () => {
    expectLineage(seed, seedText.split('\n'));
  });
});

// -------------------------------------------------------------------------------------------------

const DEVSET_PROFILES = ['d01_amap_peru_2023_layout.txt', 'd02_amap_mongolia_no_explosions.txt', 'd03_amap_peru_newer.html'];

describe('amap-profile extractor on the devset profiles', () => {
  it.each(DEVSET_PROFILES)('%s matches its expected rows', (name) => {
    const extraction = extractFile(`tests/fixtures/devset/docs/${name}`);
    const expected = JSON.parse(read(`tests/fixtures/devset/expected/${name.replace(/\.\w+$/, '.json')}`)) as Record<string, unknown>;
    compareTables(extraction, expected);
    expect(extraction.document.language).toBe('en');
  });

  it('d01: infers the unnumbered footnote as 3 and says so; N/A values are info issues', () => {
    const d01 = extractFile('tests/fixtures/devset/docs/d01_amap_peru_2023_layout.txt');
    expect(d01.issues.map((i) => [i.severity, i.rule, i.line_start])).toEqual([
      ['info', 'footnote-number-inferred', 12],
      ['info', 'unknown-value', 22],
      ['info', 'unknown-value', 31],
    ]);
    expect(d01.citations[2]?.ref_inferred).toBe(true);
    expect(d01.document.title).toBe('Peru: Ammunition management country profile');
    // "between 2018 and 2022.2": the marker is 2, the year stays 2022 and nothing reads 20222.
    expect(findMarkers(d01.sections[0]?.answer ?? '').map((m) => m.ref)).toEqual(['1', '2', '3']);
  });

  it('d02: wrapped space-separated rows span the year line and the description line', () => {
    const d02 = extractFile('tests/fixtures/devset/docs/d02_amap_mongolia_no_explosions.txt');
    expect(d02.diversions.map((d) => [d.location, d.line_start, d.line_end])).toEqual([
      ['Ulaanbaatar', 15, 16],
      ['Darkhan', 17, 18],
      ['Nalaikh District', 19, 20],
      ['Sükhbaatar', 21, 22],
    ]);
    expect(d02.diversions[2]?.description).toContain('3\u00a0200');
    expect(d02.diversions[0]?.source_text).toBe(
      '2021 Ulaanbaatar\nAt least 850 rounds of 7.62 mm ammunition were found missing during an inventory at a military unit.',
    );
    expect(d02.issues.map((i) => [i.severity, i.rule, i.line_start])).toEqual([['info', 'quantity-unknown', 21]]);
  });

  it('d03 (HTML): the same page with 3 deaths in Lima, nothing from the script or the footer', () => {
    const d03 = extractFile('tests/fixtures/devset/docs/d03_amap_peru_newer.html');
    expect(d03.explosions[1]?.deaths).toBe(3);
    expect(d03.explosions.some((e) => e.year === 2099)).toBe(false);
    expect(d03.citations.filter((c) => c.ref_inferred)).toEqual([]);
  });
});

// -------------------------------------------------------------------------------------------------

const FIXTURES = readdirSync(new URL('tests/fixtures/amap_profile/', ROOT)).filter((f) => /\.(?:txt|html)$/.test(f)).sort();

describe('amap-profile extractor on other pages of the family (tests/fixtures/amap_profile)', () => {
  it('has the fixtures', () => {
    expect(FIXTURES).toEqual([
      'afg_extra_columns_year_ranges.txt',
      'alb_malformed_rows.txt',
      'bfa_2024_french_lost_table.txt',
      'btn_notes_at_end_no_table.txt',
      'civ_french.txt',
      'col_spanish_wordpress.html',
      'geo_2023_layout.txt',
      'kgz_space_table.txt',
      'lbn_drupal_tfoot_total.html',
      'moz_markdown_total_row.txt',
      'npl_2024_chrome_lost_table.txt',
      'per_2024_spanish_chrome.html',
      'srb_no_incidents.txt',
      'uga_2023_space_rows_repeated_marker.txt',
      'zmb_2024_html_lost_table.html',
    ]);
  });

  it.each(FIXTURES)('%s matches its expected rows and issues', (name) => {
    const text = read(`tests/fixtures/amap_profile/${name}`);
    const extraction = extractFile(`tests/fixtures/amap_profile/${name}`);
    const expected = JSON.parse(read(`tests/fixtures/amap_profile/${name.replace(/\.\w+$/, '.json')}`)) as Record<string, unknown>;
    compareTables(extraction, expected);
    expect(extraction.issues.map((i) => ({ severity: i.severity, rule: i.rule, line_start: i.line_start }))).toEqual(expected.quality_issues);
    expect(extraction.document).toEqual(expected.document);
    // HTML rows are cell text joined by the decoder: their words are checked by the robustness suite, not line by line.
    if (name.endsWith('.txt')) expectLineage(extraction, text.split('\n'));
  });

  it('malformed rows are not loaded with guessed values, but keep their position', () => {
    const alb = extractFile('tests/fixtures/amap_profile/alb_malformed_rows.txt');
    expect(alb.explosions.map((e) => e.row_number)).toEqual([1, 2, 3, 6, 7]);
    expect(alb.explosions.some((e) => e.location === 'Poliçan' || e.location === 'Rinas')).toBe(false);
    // `several` deaths: a real incident whose deaths are not given, loaded with deaths NULL (never a guess).
    expect(alb.explosions.find((e) => e.location === 'Mjekës')).toMatchObject({ deaths: null, injuries: 2 });
    expect(alb.issues.find((i) => i.line_start === 14)?.message).toContain("deaths 'several' gives no number");
    const errors = alb.issues.filter((i) => i.severity === 'error').map((i) => i.message);
    expect(errors[0]).toContain("year '20l5' is not a year");
    expect(errors[1]).toContain('has 4 cells where the table has 5 columns (truncated row)');
    expect(errors).toHaveLength(2);
    // A period in the year cell is no reason to drop the incident: loaded with year NULL, never 1997 or 1998.
    expect(alb.diversions.map((d) => [d.row_number, d.year, d.location])).toEqual([
      [1, 2014, 'Tirana'],
      [2, null, 'Vlorë'],
    ]);
    expect(alb.issues.find((i) => i.rule === 'year-not-exact')?.message).toContain("year '1997–1998' is a period or an approximate year");
  });
});

// -------------------------------------------------------------------------------------------------

describe('amap-profile: shapes seen in no fixture file', () => {
  it('leaves an unnumbered footnote NULL when its neighbours do not settle its number', () => {
    const x = extractText(
      [
        'The security situation in Moldova is calm.[1] Stocks left in Transnistria remain a concern.[3]',
        '[1] “Moldova security review.” Chisinau Papers, 2021. https://chisinau-papers.example/2021.',
        'Ionescu, Ana. “The Cobasna depot.” Dniester Notes, 2020. https://dniester.example/cobasna.',
        '[4] See A-MAP Database.',
      ].join('\n'),
    );
    expect(x.citations.map((c) => [c.ref, c.ref_inferred, c.line_start])).toEqual([
      ['1', false, 2],
      [null, false, 3],
      ['4', false, 4],
    ]);
    expect(x.issues.map((i) => [i.severity, i.rule, i.line_start])).toEqual([
      ['warning', 'footnote-number-unknown', 3],
      ['info', 'footnote-without-entry', 1],
    ]);
  });

  it('keeps a one-line space-separated diversion row but does not guess its location', () => {
    const x = extractText(
      [
        'Cases of diversion',
        'One case of diversion has been reported since 2015 in Armenia (Table 1).',
        'Table 1: Cases of diversion in Armenia since 2015',
        'Year Location Description',
        '2016 Gyumri Some 25 grenades were stolen from a depot of the armed forces.',
        'Source: Grigoryan, Aram. “Grenades stolen in Gyumri.” Shirak Times, 2 May 2016. https://shirak-times.example/grenades.',
      ].join('\n'),
    );
    expect(x.diversions.map((d) => [d.year, d.location, d.description, d.quantity, d.quantity_qualifier])).toEqual([
      [2016, null, 'Gyumri Some 25 grenades were stolen from a depot of the armed forces.', 25, 'some'],
    ]);
    expect(x.issues.map((i) => [i.severity, i.rule, i.line_start])).toEqual([['warning', 'ambiguous-row', 5]]);
    expect(x.tallies.map((t) => [t.reported_count, t.reported_raw, t.period_start])).toEqual([[1, 'One', 2015]]);
  });

  it('puts back a pipe row split over two lines in the middle of a cell', () => {
    const x = extractText(
      [
        'Accidental explosions',
        'Two accidental explosions were reported in Bosnia and Herzegovina between 2000 and 2019 (Table 1).',
        'Table 1 Accidental explosions in Bosnia and Herzegovina (2000–2019)',
        'Year | Location | Owner/manager | Deaths | Injuries',
        '2019 | Doboj | Non-state',
        '(company) | 1 | 2',
        '2012 | Teslić | State (military) | 0 | 5',
      ].join('\n'),
    );
    expect(x.explosions.map((e) => [e.row_number, e.year, e.location, e.owner_raw, e.owner_type, e.owner_sector, e.deaths, e.injuries, e.line_start, e.line_end])).toEqual([
      [1, 2019, 'Doboj', 'Non-state (company)', 'non_state', 'company', 1, 2, 5, 6],
      [2, 2012, 'Teslić', 'State (military)', 'state', 'military', 0, 5, 7, 7],
    ]);
    expect(x.tallies.map((t) => [t.reported_count, t.period_start, t.period_end])).toEqual([[2, 2000, 2019]]);
    expect(x.issues).toEqual([]);
  });

  it('warns when the words and the table disagree', () => {
    const x = extractText(
      [
        'Accidental explosions',
        'No accidental explosion was reported in Montenegro (Table 1).',
        'Table 1. Accidental explosions in Montenegro (1979–2021)',
        'Year | Location | Owner/manager | Deaths | Injuries',
        '2015 | Podgorica | State (military) | 0 | 0',
      ].join('\n'),
    );
    expect(x.tallies[0]?.reported_count).toBe(0);
    expect(x.explosions).toHaveLength(1);
    expect(x.issues.map((i) => [i.severity, i.rule, i.line_start])).toEqual([['warning', 'tally-mismatch', 2]]);
  });
});

describe('tallies, quantities and markers', () => {
  it.each([
    ['Since 1979, no accidental explosion was reported in Mongolia.', 0, 'no accidental explosion was reported', 1979],
    ['Since 1979, one accidental explosion was reported in Georgia.', 1, 'one', 1979],
    ['Since 1979, Four accidental explosions were reported.', 4, 'Four', 1979],
    ['Since 1979 numerous accidental explosions were reported.', null, 'numerous', 1979],
    ['At least three accidental explosions were reported since 2001.', null, 'At least three', 2001],
    ['In 2019 accidental explosions were reported in several regions.', null, null, null],
  ])('%s', (sentence, count, raw, start) => {
    const tally = readTally(sentence, 'explosions');
    if (raw === null) expect(tally).toBeNull();
    else expect([tally?.reported_count, tally?.reported_raw, tally?.period_start]).toEqual([count, raw, start]);
  });

  it.each([
    ['At least 850 rounds of 7.62 mm ammunition were found missing.', 850, 'at least'],
    ['Approximately 1’300 service weapons were stolen.', 1300, 'approximately'],
    ['Two police officers were arrested for selling 45 pistols.', 45, null],
    ['2 officers were convicted after 150 rifles went missing.', 150, null],
    ['About 12 kg of explosives and 7.62 mm cartridges were taken.', null, null],
    ['500 kg d’explosifs ont été volés.', null, null],
    ['Похищено 3 тонны взрывчатки.', null, null],
    ['A police officer stole firearms from his colleagues.', null, null],
  ])('quantity of %s', (description, quantity, qualifier) => {
    expect(diversionQuantity(description)).toEqual({ quantity, qualifier });
  });

  it('finds markers in both styles and never reads them as numbers', () => {
    expect(findMarkers('stable.1 Then (VRAEM).12 and 2022.2 end[3] x 7.62 mm 3.5 tonnes').map((m) => m.ref)).toEqual(['1', '12', '2', '3']);
    expect(stripMarkers('between 2018 and 2022.2 Private')).toBe('between 2018 and 2022. Private');
  });
});

describe('owner and citation transforms', () => {
  it.each([
    ['State (military)', 'state', 'military', true],
    ['State (police)', 'state', 'police', true],
    ['Non-state (company)', 'non_state', 'company', true],
    ['Non-State (other)', 'non_state', 'other', true],
    ['Private company', 'non_state', 'company', true],
    ['Military', 'state', 'military', true],
    ['Estado (militar)', 'state', 'military', true],
    ['State – police', 'state', 'police', true],
    ['State (navy base)', 'state', null, false],
    // A rebel group, an armed group are the contract's sector other (fresh3 k10, fresh8 p10); a navy base is no sector word.
    ['Rebel group', null, 'other', true],
  ])('%s', (raw, type, sector, recognised) => {
    expect(normaliseOwner(raw)).toEqual({ owner_type: type, owner_sector: sector, recognised });
  });

  it('finds URLs without the sentence-final period', () => {
    expect(findUrls('See https://a.example/x/. And http://b.example/y.aspx, and (https://c.example/z).').map((u) => u.url)).toEqual([
      'https://a.example/x/',
      'http://b.example/y.aspx',
      'https://c.example/z',
    ]);
  });

  it('splits a Source line into its works', () => {
    const works = splitCitedWorks(
      'Sources: Nazarov, Ilkhom. “Depot blast.” Dushanbe Daily, 4 May 2018. https://dd.example/blast. Small Arms Survey. n.d. UEMS Database; “Annual report.” Ministry of Defence. Accessed 2 March 2021. https://mod.example/report.',
    );
    expect(works.map((w) => [w.text, w.url, w.accessed_on])).toEqual([
      ['Nazarov, Ilkhom. “Depot blast.” Dushanbe Daily, 4 May 2018. https://dd.example/blast.', 'https://dd.example/blast', null],
      ['Small Arms Survey. n.d. UEMS Database', null, null],
      ['“Annual report.” Ministry of Defence. Accessed 2 March 2021. https://mod.example/report.', 'https://mod.example/report', '2021-03-02'],
    ]);
    expect(works[0]?.index).toBe('Sources: '.length);
  });
});

describe('tables whose header names fewer columns', () => {
  it('loads the rows with NULL for the missing column and says so once', () => {
    const x = extractText(
      [
        'Accidental explosions',
        'Two accidental explosions were reported in North Macedonia since 1979 (Table 1).',
        'Table 1: Accidental explosions in North Macedonia (1979–2021)',
        'Year | Location | Deaths | Injuries |',
        '2014 | Kriva Palanka | 0 | 1 |',
        '2003 | Skopje | 2 | N/A |',
      ].join('\n'),
    );
    expect(x.explosions.map((e) => [e.year, e.location, e.owner_raw, e.owner_type, e.deaths, e.injuries])).toEqual([
      [2014, 'Kriva Palanka', null, null, 0, 1],
      [2003, 'Skopje', null, null, 2, null],
    ]);
    expect(x.issues.map((i) => [i.severity, i.rule, i.line_start])).toEqual([
      ['warning', 'missing-column', 4],
      ['info', 'unknown-value', 6],
    ]);
  });
});

// -------------------------------------------------------------------------------------------------
// Red-team cases: shapes of other countries' pages (each one loaded a wrong number, dropped a fact or
// missed one before the reader learned it).

describe('diversion quantities that are no single exact number', () => {
  it.each([
    ['Between 200–300 rifles went missing from an armoury.', 'range'],
    ['From 200 to 300 rifles were stolen.', 'range'],
    ['He sold 20 or 30 pistols.', 'range'],
    ['An audit found that 1.2 million rounds could not be accounted for.', 'scale word'],
    ['Some 2 million rounds were unaccounted for.', 'scale word'],
    ['3 mil cartuchos fueron robados.', 'scale word'],
    ['Thieves took 15 rifles and 200 rounds of ammunition.', 'no single total'],
    ['Hundreds of rounds of ammunition and 15 rifles were stolen.', 'uncounted quantity'],
    ['Des centaines de cartouches et 12 fusils ont disparu.', 'uncounted quantity'],
    ['About 2 tonnes of TNT and 40 hand grenades were stolen from a military depot.', "'2 tonnes' is a weight of items beside '40'"],
    ['Se robaron 1,5 toneladas de explosivos y 30 fusiles.', "'1,5 toneladas' is a weight of items beside '30'"],
  ])('%s -> NULL (%s)', (description, reason) => {
    const reading = diversionQuantity(description);
    expect([reading.quantity, reading.qualifier]).toEqual([null, null]);
    expect(reading.unsure).toContain(reason);
  });

  it.each([
    ['Insurgents took over 2,000 rounds of ammunition from a police post.', 2000, 'over'],
    ['A soldier sold two AK-74 rifles from his unit’s armoury.', 2, null],
    ['12 soldiers stole 40 grenades from the depot.', 40, null],
    ['Environ 3 000 armes ont été pillées.', 3000, 'environ'],
    ['Unos 400 cartuchos fueron sustraídos.', 400, 'unos'],
    // Russian items in any case form, with the qualifier before the number (ru itemNouns had none); French and Portuguese ones.
    ['Не менее 12 автоматов похищены со склада воинской части.', 12, 'не менее'],
    ['Около 300 единиц оружия похищено.', 300, 'около'],
    ['Со склада похищено 1 200 патронов.', 1200, null],
    ['Au moins 12 grenades ont été volées.', 12, 'au moins'],
    ['Foram roubadas 40 pistolas do paiol.', 40, null],
  ])('%s -> %s', (description, quantity, qualifier) => {
    expect(diversionQuantity(description)).toEqual({ quantity, qualifier });
  });

  it('flags the NULL quantity with the reason, and loads the row', () => {
    const x = extractText(
      [
        'Diversion',
        'Table 2: Cases of diversion in Zambia since 2010',
        'Year | Location | Description',
        '2016 | Lusaka | An audit found that 1.2 million rounds held by the police could not be accounted for.',
      ].join('\n'),
    );
    expect(x.diversions.map((d) => [d.year, d.location, d.quantity, d.quantity_approx])).toEqual([[2016, 'Lusaka', null, null]]);
    expect(x.issues.map((i) => [i.severity, i.rule, i.line_start])).toEqual([['warning', 'quantity-not-exact', 4]]);
    expect(x.issues[0]?.message).toContain("'1.2 million' is a number with a scale word");
  });
});

describe('explosion tables of other layouts', () => {
  it('does not load a Total row, and warns when it does not add up', () => {
    const x = extractText(
      [
        'Unplanned explosions at munitions sites',
        'Two unplanned explosions at munitions sites were reported in Tanzania since 1979 (Table 1).',
        'Table 1: Unplanned explosions at munitions sites in Tanzania (1979–2022)',
        '| Year | Location | Owner/manager | Deaths | Injuries |',
        '|------|----------|---------------|-------:|---------:|',
        '| 2009 | Mbagala | State (military) | 26 | 600 |',
        '| 2011 | Gongo la Mboto | State (military) | 20 | 300 |',
        '| **Total** | | | 46 | 1,000 |',
      ].join('\n'),
    );
    expect(x.explosions.map((e) => [e.row_number, e.year, e.deaths, e.injuries])).toEqual([
      [1, 2009, 26, 600],
      [2, 2011, 20, 300],
    ]);
    expect(x.tallies[0]?.reported_count).toBe(2);
    expect(x.issues.map((i) => [i.severity, i.rule, i.line_start])).toEqual([['warning', 'total-row-mismatch', 8]]);
    expect(x.issues[0]?.message).toContain('injuries total 1000 but the rows add up to 900');
  });

  it('reads a year from a Date column only when its four-digit year is written; a period or circa is NULL', () => {
    const x = extractText(
      [
        'Accidental explosions',
        'Table 1: Accidental explosions in Nigeria',
        'Date | Location | Owner/manager | Deaths | Injuries',
        '27 January 2002 | Lagos, Ikeja | State (military) | 1,100 | N/A',
        '2001-2002 | Kaduna | State (military) | 0 | 3',
        'c. 1995 | Ibadan | State (police) | 2 | 5',
        '1990s | Jos | Government (army) | 0 | 0',
        '27/01/02 | Abuja | State (military) | 1 | 1',
      ].join('\n'),
    );
    expect(x.explosions.map((e) => [e.row_number, e.year, e.location, e.deaths])).toEqual([
      [1, 2002, 'Lagos, Ikeja', 1100],
      [2, null, 'Kaduna', 0],
      [3, null, 'Ibadan', 2],
      [4, null, 'Jos', 0],
    ]);
    expect(x.issues.map((i) => [i.severity, i.rule, i.line_start])).toEqual([
      ['info', 'year-from-date', 4],
      ['info', 'unknown-value', 4],
      ['warning', 'year-not-exact', 5],
      ['warning', 'year-not-exact', 6],
      ['warning', 'year-not-exact', 7],
      ['error', 'malformed-row', 8],
    ]);
  });

  it('reads a header with columns it does not load, in any order, and says which', () => {
    const x = extractText(
      [
        'Accidental explosions',
        'Table 1. Accidental explosions in Iraq',
        'Source | Injuries | Deaths | Type of site | Owner/manager | Location | Year',
        'UEMS | 12 | 3 | Depot | State (military) | Baghdad, Iraq | 2016',
      ].join('\n'),
    );
    expect(x.explosions.map((e) => [e.year, e.location, e.owner_type, e.deaths, e.injuries])).toEqual([[2016, 'Baghdad, Iraq', 'state', 3, 12]]);
    expect(x.issues.map((i) => [i.rule, i.message])).toEqual([
      ['column-not-loaded', "explosions table at line 3: columns 'Source', 'Type of site' not loaded (no warehouse column)."],
    ]);
  });
});

describe('headings, tallies and notes of other languages and layouts', () => {
  it.each([
    ['Unplanned explosions at munitions sites', 'accidental_explosions'],
    ['Explosions non planifiées sur des sites de munitions', 'accidental_explosions'],
    ['Explosiones accidentales', 'accidental_explosions'],
    ['Diversion', 'diversion'],
    ['Cas de détournement', 'diversion'],
    ['Desvío de armas y municiones', 'diversion'],
    ['Stockpile disposal', 'disposal'],
    ['Élimination', 'disposal'],
    ['Eliminación de municiones', 'disposal'],
    ['Assistance needs', 'needs'],
    ['Besoins d’assistance', 'needs'],
    ['Necesidades', 'needs'],
    ['Security context', 'security_situation'],
    ['Situation sécuritaire', 'security_situation'],
    ['Situación de seguridad', 'security_situation'],
    ['Apoyo internacional', 'international_support'],
    ['Notes', null],
    ['Explosive remnants of war', null],
  ])('%s -> %s', (heading, topic) => {
    expect(topicOfHeading(heading)).toBe(topic);
  });

  it.each([
    ['About a dozen accidental explosions were reported since 1990.', 'explosions', null, 'About a dozen', 1990, null],
    ['Aucune explosion accidentelle n’a été signalée au Sénégal depuis 1979.', 'explosions', 0, 'Aucune explosion accidentelle', 1979, null],
    ['No se han registrado explosiones accidentales en Uruguay desde 1979.', 'explosions', 0, 'No se han registrado explosiones accidentales', 1979, null],
    ['Se registró una explosión accidental en 2014.', 'explosions', 1, 'una', 2014, 2014],
    ['Deux cas de détournement ont été signalés entre 2008 et 2015.', 'diversions', 2, 'Deux', 2008, 2015],
    ['Plusieurs cas de détournement ont été signalés depuis 2011.', 'diversions', null, 'Plusieurs', 2011, null],
    ['12 unplanned explosions at munitions sites were recorded between 1990 and 2020.', 'explosions', 12, '12', 1990, 2020],
  ] as const)('%s', (sentence, topic, count, raw, start, end) => {
    const tally = readTally(sentence, topic);
    expect([tally?.reported_count, tally?.reported_raw, tally?.period_start, tally?.period_end]).toEqual([count, raw, start, end]);
  });

  it('numbers the entries of a plain list under a Notes heading by position, per section', () => {
    const x = extractAmapProfile(
      decodeHtmlText(
        [
          '<html lang="en"><body><main>',
          '<h2>Security situation</h2>',
          '<p>The situation is calm.<sup>1</sup> Stocks are old.<sup>2</sup></p>',
          '<h3>Notes</h3>',
          '<ol><li>“Calm.” Review, 2021. <a href="https://a.example/1">https://a.example/1</a>.</li>',
          '<li>See A-MAP Database.</li></ol>',
          '<h2>Needs</h2>',
          '<p>No needs have been reported.<sup>1</sup></p>',
          '<h3>References</h3>',
          '<ol><li>PoA Report 2022. <a href="https://b.example/2">https://b.example/2</a>.</li></ol>',
          '</main></body></html>',
        ].join('\n'),
        'utf-8',
        load,
      ),
    );
    const topics = x.citations.map((c) => (c.section_index === null ? null : x.sections[c.section_index]?.topic));
    expect(x.citations.map((c, i) => [c.ref, c.ref_inferred, topics[i], c.url])).toEqual([
      ['1', true, 'security_situation', 'https://a.example/1'],
      ['2', true, 'security_situation', null],
      ['1', true, 'needs', 'https://b.example/2'],
    ]);
    expect(x.sections.map((s) => s.topic)).toEqual(['security_situation', 'needs']);
    expect(x.issues.map((i) => i.rule)).toEqual(['footnote-number-inferred', 'footnote-number-inferred', 'footnote-number-inferred']);
  });

  it('tells French and Spanish prose from English', () => {
    expect(proseLanguage('La situation sécuritaire en Côte d’Ivoire s’est améliorée depuis la fin de la crise. Des armes issues des stocks pillés pendant la crise circulent encore dans l’ouest du pays et dans les zones frontalières.')).toBe('fr');
    expect(proseLanguage('La situación de seguridad en Colombia sigue marcada por la presencia de grupos armados ilegales en varias regiones del país, y las disidencias se abastecen con armas desviadas de los arsenales.')).toBe('es');
    expect(proseLanguage('Too short to tell.')).toBeNull();
  });
});

describe('owner wordings of other pages', () => {
  it.each([
    ['Government (army)', 'state', 'military', true],
    ['State (military/police)', 'state', null, false],
    ['Non-state (private company)', 'non_state', 'company', true],
    ['Private security company', 'non_state', 'company', true],
    ['État (militaire)', 'state', 'military', true],
    ['Non étatique (entreprise)', 'non_state', 'company', true],
    ['No estatal (empresa)', 'non_state', 'company', true],
    ['Estado (Ejército)', 'state', 'military', true],
    ['Non-state (armed group)', 'non_state', 'other', true],
    ['Non-state (private individual)', 'non_state', null, false],
  ])('%s', (raw, type, sector, recognised) => {
    expect(normaliseOwner(raw)).toEqual({ owner_type: type, owner_sector: sector, recognised });
  });
});
