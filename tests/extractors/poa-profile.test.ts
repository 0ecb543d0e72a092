import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { DocumentModel } from '../../src/model/document.ts';
import { rankCountries } from '../../src/classify/country.ts';
import { classifyKind } from '../../src/classify/kind.ts';
import { decodePlainText } from '../../src/decoders/text.ts';
import { poaProfileExtractor } from '../../src/extractors/poa-profile/index.ts';
import { readMeetingLine, readSubmissionLine } from '../../src/extractors/poa-profile/listings.ts';
import { splitAttributionGroups, splitBullets } from '../../src/extractors/poa-shared/attribution.ts';
import { readSourceDateLine, readSourceYear } from '../../src/extractors/poa-shared/source-pair.ts';
import { countMismatches, decodeFixture, extractFile, type GoldenExpected, goldenMismatches } from './poa-golden.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const SEED = join(ROOT, 'raw', '003_9c7cc2717d99486b.txt');
const DEVSET = join(ROOT, 'tests', 'fixtures', 'devset');
const OWN = join(ROOT, 'tests', 'fixtures', 'poa_profile');

const seed = extractFile(poaProfileExtractor, SEED, 'poa_profile');
const sectionAt = (line: number) => seed.sections.filter((s) => s.line_start === line);

describe('poa-profile on seed 003 (Kazakhstan)', () => {
  it('is poa-profile for poa_profile documents, its version derived from its code', () => {
    expect([poaProfileExtractor.name, poaProfileExtractor.fixedVersion, poaProfileExtractor.kinds]).toEqual(['poa-profile', undefined, ['poa_profile']]);
  });

  it('reads all nine report submissions with their languages', () => {
    expect(seed.report_submissions.map((r) => [r.report_year, r.language, r.language_raw, r.line_start])).toEqual([
      [2015, 'ru', 'Русский', 9],
      [2010, 'en', 'English', 10],
      [2010, 'ru', 'Русский', 10],
      [2008, 'en', 'English', 11],
      [2008, 'ru', 'Русский', 11],
      [2006, 'en', 'English', 12],
      [2006, 'ru', 'Русский', 12],
      [2005, 'en', 'English', 13],
      [2005, 'ru', 'Русский', 13],
    ]);
    expect(seed.report_submissions[1]).toMatchObject({ line_end: 10, page: null, source_text: '2010 : English Русский' });
  });

  it('reads the six meeting statements, none with text', () => {
    expect(seed.meeting_statements.map((m) => [m.year, m.meeting, m.has_text, m.text, m.line_start])).toEqual([
      [2008, 'SC Open Debate', false, null, 14],
      [2001, 'Conference', false, null, 15],
      [2003, '1st BMS', false, null, 16],
      [2005, '2nd BMS', false, null, 17],
      [2006, 'Prep Com for 2006 Review Conference', false, null, 18],
      [2006, 'Review Conference', false, null, 19],
    ]);
    expect(seed.meeting_statements[0]?.source_text).toBe('2008 SC Open Debate (page#13-14) :');
  });

  it('loads one thematic section row per attribution group, with the attribution year', () => {
    const thematic = seed.sections.filter((s) => s.question === null);
    expect(thematic.map((s) => [s.topic, s.heading_raw, s.source_report_year, s.line_start, s.line_end])).toEqual([
      ['public_awareness', 'Public awareness', 2005, 21, 22],
      ['collection_destruction', 'Collection and destruction', 2006, 23, 24],
      ['collection_destruction', 'Collection and destruction', 2005, 23, 24],
      ['crime_linkage', 'Linkage with drug trafficking, transnational organized crime and terrorism', 2005, 25, 26],
      ['regional_events', 'Regional seminars, meetings, workshops', 2005, 56, 57],
    ]);
    const [first2006, then2005] = thematic.slice(1, 3);
    expect(first2006?.answer?.startsWith('In 2005, 9,607 weapons were seized:')).toBe(true);
    expect(first2006?.answer?.endsWith('170 home-made weapons')).toBe(true);
    expect(first2006?.source_text.endsWith('170 home-made weapons (National Report, 2006)')).toBe(true);
    expect(then2005?.answer?.startsWith('In 2003, internal affairs agencies seized')).toBe(true);
    expect(then2005?.answer).not.toContain('(National Report');
  });

  it('keeps the brokering fields, attributed by the Source/Date pair below them (2010, 6/5/2011, ISO NULL)', () => {
    const brokering = seed.sections.filter((s) => s.line_start >= 27 && s.line_start <= 32);
    expect(brokering.map((s) => [s.line_start, s.topic, s.answer === null])).toEqual([
      [27, 'brokering', true],
      [28, 'brokering', false],
      [30, 'brokering', true],
      [31, 'brokering', true],
      [32, 'brokering', true],
    ]);
    for (const field of brokering) {
      expect([field.source_report_year, field.source_date_raw, field.source_date_iso]).toEqual([2010, '6/5/2011', null]);
    }
    expect(brokering[1]?.answer).toBe(
      'The applicability of the Act on export control extends to the export, re-export, import, re-import and transit of goods subject to export control, as well as to the activities of those engaged in foreign economic activity.',
    );
    expect(brokering[1]?.question).toBe(
      'Optional elements for national legislation (registration, record-keeping, licensing, related legislation, jurisdiction, penalties)',
    );
    expect(seed.issues).toContainEqual(expect.objectContaining({ severity: 'info', rule: 'ambiguous-date', line_start: 34 }));
  });

  it('keeps the marking questions, with NULL answers where the state gave none', () => {
    const marking = seed.sections.filter((s) => s.topic === 'marking');
    expect(marking.map((s) => [s.question, s.line_start, s.line_end, s.answer === null])).toEqual([
      ['National marking practices', 36, 42, false],
      ['Marking at the time of import', 43, 43, true],
      ['Marking of SALW in the possession of government armed and security forces', 44, 46, false],
      ['Measures against the removal or alteration of markings', 47, 47, true],
    ]);
    expect(marking[0]?.answer?.split('\n')).toHaveLength(5);
    expect(marking[0]?.answer?.endsWith('The symbol of the small-arms manufacturer Metallist is the letter “M” (only on the PP-90).')).toBe(true);
    expect(sectionAt(43)[0]?.source_text).toBe('Marking at the time of import:');
  });

  it('leaves the ITI fields that no Source/Date pair closes without a report year, and says so', () => {
    const iti = seed.sections.filter((s) => s.line_start >= 35 && s.line_start <= 54);
    expect(iti.map((s) => s.topic)).toEqual([
      'legislation', 'marking', 'marking', 'marking', 'marking', 'record_keeping', 'tracing', 'information_exchange', 'assistance_needs',
      'implementation_challenges',
    ]);
    expect(iti.every((s) => s.source_report_year === null && s.source_date_raw === null)).toBe(true);
    expect(seed.issues).toContainEqual(expect.objectContaining({ rule: 'no-source-line', line_start: 35 }));
  });

  it('hands each attribution group to the count parser with the attribution year as reported_in', () => {
    expect(seed.count_statements.map((s) => [s.total, s.reported_in, s.line_start])).toEqual([
      [9607, 2006, 24],
      [6037, 2006, 24],
      [5563, 2006, 24],
      [13545, 2005, 24],
      [186, 2005, 24],
      [9069, 2005, 24],
      [5708, 2005, 24],
      [875, 2005, 24],
    ]);
    // The parser's issues point at the extraction's statements.
    for (const issue of seed.issues.filter((i) => i.record?.table === 'count_statements')) {
      expect(seed.count_statements[issue.record?.index ?? -1]).toBeDefined();
    }
  });
});

describe('poa-profile line readers', () => {
  it('reads report-submission lines in any UN language and refuses other year lines', () => {
    expect(readSubmissionLine('2018 : English Français العربية')?.languages.map((l) => l.code)).toEqual(['en', 'fr', 'ar']);
    expect(readSubmissionLine('2012 : 中文, Español')?.languages.map((l) => l.code)).toEqual(['zh', 'es']);
    expect(readSubmissionLine('2005 - 2nd BMS :')).toBeNull();
    expect(readSubmissionLine('2012 : the police destroyed 300 weapons')).toBeNull();
  });

  it('reads a year and languages without a colon (a table laid out with spaces, links with a language tag), every word after the year a language', () => {
    expect(readSubmissionLine('2022        Français, English')?.languages.map((l) => [l.raw, l.code])).toEqual([['Français', 'fr'], ['English', 'en']]);
    expect(readSubmissionLine('2016\tEspañol')?.languages.map((l) => l.code)).toEqual(['es']);
    expect(readSubmissionLine('  2014     Русский   English   中文')?.languages.map((l) => l.code)).toEqual(['ru', 'en', 'zh']);
    expect(readSubmissionLine('2010    العربية / English')?.languages.map((l) => l.code)).toEqual(['ar', 'en']);
    // A gap alone says nothing: words that are not all languages are no report list.
    expect(readSubmissionLine('2019        Regional workshop on marking, English')).toBeNull();
    expect(readSubmissionLine('2019    English speaking countries met')).toBeNull();
    // A list item of links whose language is in a tag of its own (`<a>2020</a> <span>English</span>`) reads the same.
    expect(readSubmissionLine('2010 English 中文')?.languages.map((l) => l.code)).toEqual(['en', 'zh']);
    expect(readSubmissionLine('2019 English-speaking States met')).toBeNull();
    expect(readSubmissionLine('Year        Language(s)')).toBeNull();
  });

  it('a page listing its reports as a spaced Year / Language(s) table loads one submission per year and language', () => {
    const text = ['Ghana', '', 'National Reports', 'Year        Language(s)', '2020        English, Français', '2014        English', 'Statements', '2018 - 3rd RevCon : Statement by Ghana.'].join('\n');
    const out = poaProfileExtractor.extract(decodePlainText(text, 'utf-8'), { kind: 'poa_profile', countryIso3: null, reportYear: null, language: null, sourcePath: 'x.txt' });
    expect(out.report_submissions.map((r) => [r.report_year, r.language, r.line_start])).toEqual([[2020, 'en', 5], [2020, 'fr', 5], [2014, 'en', 6]]);
    expect(out.meeting_statements.map((m) => m.year)).toEqual([2018]);
  });

  it('a topic heading over a list of dated events without bullets is a section, each event an item', () => {
    const page = (heading: string) =>
      ['Ghana', '', 'National Reports', '2020 : English', heading, '2019 - Regional workshop on weapons marking, Accra', '2021 – Subregional meeting on border control, Lomé', 'Statements', '2018 - 3rd RevCon : Statement by Ghana.'].join('\n');
    const read = (heading: string) => poaProfileExtractor.extract(decodePlainText(page(heading), 'utf-8'), { kind: 'poa_profile', countryIso3: null, reportYear: null, language: null, sourcePath: 'x.txt' });
    for (const heading of ['Regional seminars', 'Regional seminars, meetings and workshops']) {
      const out = read(heading);
      expect(out.sections.map((s) => [s.topic, s.heading_raw, s.answer, s.source_report_year, s.line_start, s.line_end])).toEqual([
        ['regional_events', heading, '2019 - Regional workshop on weapons marking, Accra\n2021 – Subregional meeting on border control, Lomé', null, 5, 7],
      ]);
      expect(out.meeting_statements.map((m) => [m.year, m.meeting])).toEqual([[2018, '3rd RevCon']]);
    }
    // Words that name no topic above dated lines open no section (a year and a dash start other lines too).
    expect(read('Latest news').sections).toEqual([]);
  });

  it('reads meeting lines, not prose that starts with a year', () => {
    expect(readMeetingLine('2008 SC Open Debate (page#13-14) :')).toEqual({ year: 2008, meeting: 'SC Open Debate', text: null });
    expect(readMeetingLine('2014 - 5th BMS : Statement by the delegation')).toEqual({ year: 2014, meeting: '5th BMS', text: 'Statement by the delegation' });
    expect(readMeetingLine('2012 was a year of reform: the new law entered into force')).toBeNull();
    expect(readMeetingLine('2014 - 5e RBE : Déclaration de la délégation')?.meeting).toBe('5e RBE');
    expect(readMeetingLine('2014 - 5-е СГУ : Выступление делегации')?.meeting).toBe('5-е СГУ');
    expect(readMeetingLine('2011 - 3rd year of the plan: ten districts were covered')).toBeNull();
  });

  it('reads Source/Date lines with and without labels, and never takes a name for a year', () => {
    expect(readSourceDateLine('Source : National Report on the implementation of the PoA, 2010')).toEqual({
      kind: 'source', labelled: true, content: 'National Report on the implementation of the PoA, 2010',
    });
    expect(readSourceDateLine(': 03/09/2014')).toEqual({ kind: 'date', labelled: false, content: '03/09/2014' });
    expect(readSourceDateLine(': National Report on the Implementation of the PoA, 2014')?.kind).toBe('source');
    expect(readSourceDateLine('Marking at the time of import::')).toBeNull();
    expect(readSourceYear('National Report on the implementation of the PoA, 2010 and 2008')).toEqual({ year: 2010, years: [2010, 2008], namesNoReport: false, namesPerson: false });
    expect(readSourceYear('Mr. Ivan Petrov, Head of Department, tel. 2010 4455')).toEqual({ year: null, years: [], namesNoReport: true, namesPerson: true });
  });

  it('splits joined bullets at ` - `, ` -In` and ` – `, never inside a word or a range', () => {
    const text = '  - In 2005, 9,607 weapons were seized: 950 rifle-bored weapons -In 2005, 6,037 units were surrendered (National Report, 2006) - In 2003, 13 sawn-off weapons, 1995 - 2000 – Conduct operations. (National Report, 2005)';
    const groups = splitAttributionGroups(text);
    expect(groups.map((g) => [g.years, text.slice(g.start, g.end)])).toEqual([
      [[2006], 'In 2005, 9,607 weapons were seized: 950 rifle-bored weapons -In 2005, 6,037 units were surrendered'],
      [[2005], 'In 2003, 13 sawn-off weapons, 1995 - 2000 – Conduct operations.'],
    ]);
    const bullets = groups.flatMap((g) => splitBullets(text, g.start, g.end).map(([s, e]) => text.slice(s, e)));
    expect(bullets).toEqual([
      'In 2005, 9,607 weapons were seized: 950 rifle-bored weapons',
      'In 2005, 6,037 units were surrendered',
      'In 2003, 13 sawn-off weapons, 1995 - 2000',
      'Conduct operations.',
    ]);
  });
});

describe('poa-profile on an HTML-decoded page (list items without bullet marks)', () => {
  it('reads sections from blocks', () => {
    const doc: DocumentModel = {
      format: 'html',
      lines: [],
      blocks: [
        { kind: 'paragraph', text: '2012 : English Français', span: { lineStart: 10, lineEnd: 10 } },
        { kind: 'heading', text: 'Stockpile management', level: 3, span: { lineStart: 12, lineEnd: 12 } },
        { kind: 'list_item', text: 'Depots are inspected twice a year. (National Report, 2012)', span: { lineStart: 13, lineEnd: 13 } },
        { kind: 'paragraph', text: 'National marking practices:', span: { lineStart: 15, lineEnd: 15 } },
        { kind: 'paragraph', text: 'Source : National Report on the implementation of the PoA, 2012', span: { lineStart: 16, lineEnd: 16 } },
      ],
      title: null,
      declaredLanguage: 'en',
      encoding: 'utf-8',
      pageCount: null,
    };
    const out = poaProfileExtractor.extract(doc, { kind: 'poa_profile', countryIso3: 'TUN', reportYear: null, language: null, sourcePath: 'x.html' });
    expect(out.report_submissions.map((r) => r.language)).toEqual(['en', 'fr']);
    expect(out.sections.map((s) => [s.topic, s.answer, s.source_report_year, s.line_start])).toEqual([
      ['stockpile_management', 'Depots are inspected twice a year.', 2012, 12],
      ['marking', null, 2012, 15],
    ]);
  });
});

const devsetCases = ['d04_poa_tunisia_stripped_labels', 'd05_poa_armenia_collection'];
const load = (dir: string, name: string) => JSON.parse(readFileSync(join(dir, `${name}.json`), 'utf8')) as GoldenExpected;

describe('poa-profile golden: devset', () => {
  it.each(devsetCases)('%s: document, submissions, meetings, sections', (name) => {
    const out = extractFile(poaProfileExtractor, join(DEVSET, 'docs', `${name}.txt`), 'poa_profile');
    expect(goldenMismatches(load(join(DEVSET, 'expected'), name), out)).toEqual([]);
  });

  it.each(devsetCases)('%s: count statements and weapon counts', (name) => {
    const out = extractFile(poaProfileExtractor, join(DEVSET, 'docs', `${name}.txt`), 'poa_profile');
    expect(countMismatches(load(join(DEVSET, 'expected'), name), out)).toEqual([]);
  });

  it('d04: 9 of the 15 template fields are empty; the field without a colon does not swallow the next question', () => {
    const out = extractFile(poaProfileExtractor, join(DEVSET, 'docs', 'd04_poa_tunisia_stripped_labels.txt'), 'poa_profile');
    const fields = out.sections.filter((s) => s.question !== null);
    expect(fields).toHaveLength(15);
    expect(fields.filter((s) => s.answer === null).map((s) => s.line_start)).toEqual([20, 25, 26, 29, 34, 35, 38, 39, 42]);
    expect(out.issues).toContainEqual(expect.objectContaining({ severity: 'info', rule: 'ambiguous-date', line_start: 28 }));
    expect(out.issues.filter((i) => i.rule === 'ambiguous-date')).toHaveLength(1);
  });
});

describe('poa-profile golden: own fixtures', () => {
  const files = readdirSync(OWN).filter((f) => /\.(txt|html)$/.test(f));
  const stem = (file: string) => file.replace(/\.(txt|html)$/, '');
  it.each(files)('%s: classified as its expected kind and country', (file) => {
    const want = load(OWN, stem(file)).document ?? {};
    const doc = decodeFixture(join(OWN, file));
    if ('kind' in want) expect(classifyKind(doc).kind).toBe(want.kind);
    if ('country_iso3' in want) expect(rankCountries(doc)[0]?.iso3 ?? null).toBe(want.country_iso3);
  });

  it('has fixtures, text and HTML', () => {
    expect(files.length).toBeGreaterThanOrEqual(2);
    expect(files.some((f) => f.endsWith('.html'))).toBe(true);
  });
  it.each(files)('%s', (file) => {
    const out = extractFile(poaProfileExtractor, join(OWN, file), 'poa_profile');
    const expected = load(OWN, stem(file));
    expect(goldenMismatches(expected, out)).toEqual([]);
    expect(countMismatches(expected, out)).toEqual([]);
  });
});

describe('golden comparison', () => {
  it('reports a wrong topic, a wrong year, a missing row and a missing issue', () => {
    const name = 'd04_poa_tunisia_stripped_labels';
    const out = extractFile(poaProfileExtractor, join(DEVSET, 'docs', `${name}.txt`), 'poa_profile');
    const expected = load(join(DEVSET, 'expected'), name);
    const sections = (expected.sections ?? []).map((row) => ({ ...row }));
    sections[0] = { ...sections[0], topic: 'marking' };
    sections[1] = { ...sections[1], source_report_year: 2012 };
    const problems = goldenMismatches(
      {
        ...expected,
        sections,
        report_submissions: [...(expected.report_submissions ?? []), { report_year: 2008 }],
        issues: [{ severity: 'warning', rule: 'source-year-missing', line_start: 27 }],
      },
      out,
    );
    expect(problems).toHaveLength(5);
  });
});
