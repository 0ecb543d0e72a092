import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodePlainText } from '../../src/decoders/text.ts';
import { poaProfileExtractor } from '../../src/extractors/poa-profile/index.ts';
import type { Extraction } from '../../src/model/records.ts';
import { extractFile, type GoldenExpected } from './poa-golden.ts';

/**
 * International Tracing Instrument (ITI) and thematic sections of PoA pages whose labels are damaged
 * (tests/fixtures/poa_profile/*_iti_*): Source/Date labels stripped to a colon or doubled, a contact's name
 * where the report should be, headings and questions without their colon or misspelt. Each answer lands
 * in its topic (marking, record keeping, tracing), and an empty one is NULL with a `no-response` issue.
 */

const OWN = join(import.meta.dirname, '..', 'fixtures', 'poa_profile');
const FIXTURES = [
  'ghana_iti_damaged_labels_en.txt', 'cameroon_iti_typos_fr.txt', 'paraguay_iti_contacts_es.txt', 'jamaica_iti_fields_page.html', 'kyrgyzstan_iti_heading_colons_ru.txt',
];

const extract = (file: string): Extraction => extractFile(poaProfileExtractor, join(OWN, file), 'poa_profile');
const expectedOf = (file: string): GoldenExpected => JSON.parse(readFileSync(join(OWN, file.replace(/\.(txt|html)$/u, '.json')), 'utf8')) as GoldenExpected;
const issuesOf = (out: Extraction) => out.issues.map((i) => ({ severity: i.severity, rule: i.rule, line_start: i.line_start }));
const ruleAt = (out: Extraction, rule: string) => out.issues.filter((i) => i.rule === rule).map((i) => i.line_start);

describe('ITI pages with damaged labels: every row and every issue, exactly', () => {
  it.each(FIXTURES)('%s: the sections and no issue more or less than expected', (file) => {
    const out = extract(file);
    const want = expectedOf(file);
    const columns = ['topic', 'heading_raw', 'question', 'answer', 'source_report_year', 'source_date_raw', 'source_date_iso', 'line_start', 'line_end'] as const;
    expect(out.sections.map((s) => Object.fromEntries(columns.map((c) => [c, s[c]])))).toEqual(want.sections);
    expect(issuesOf(out)).toEqual(want.issues);
    expect(out.count_statements).toEqual([]);
  });
});

describe('each ITI answer lands in its topic', () => {
  it('English: marking, record keeping (a free question under its block heading) and tracing', () => {
    const out = extract('ghana_iti_damaged_labels_en.txt');
    expect(out.sections.filter((s) => s.line_start >= 16 && s.line_start <= 28).map((s) => [s.heading_raw, s.topic, s.question])).toEqual([
      ['Marking', 'marking', 'Natonal marking pratices'],
      ['Marking', 'marking', 'Marking at the time of import'],
      ['Marking', 'marking', 'Measures against the removal or alteration of markings'],
      ['Record-keepng', 'record_keeping', 'Accurate and comprehensive records for all marked SALW within their territory'],
      ['Record-keepng', 'record_keeping', 'Responsible authority'],
      ['Cooperation in tracing', 'tracing', 'Measures taken for undertaking traces and responding to tracing requests'],
    ]);
  });

  it.each([
    ['cameroon_iti_typos_fr.txt', ['marking', 'marking', 'marking', 'record_keeping', 'tracing']],
    ['paraguay_iti_contacts_es.txt', ['marking', 'marking', 'marking', 'record_keeping', 'tracing']],
    ['jamaica_iti_fields_page.html', ['marking', 'marking', 'record_keeping', 'tracing']],
    ['kyrgyzstan_iti_heading_colons_ru.txt', ['marking', 'marking', 'record_keeping', 'tracing']],
  ])('%s: the fields under the ITI block headings', (file, topics) => {
    const out = extract(file);
    expect(out.sections.filter((s) => s.heading_raw !== null && s.question !== null).map((s) => s.topic)).toEqual(topics);
  });
});

describe('an empty answer is NULL with a no-response issue on its row', () => {
  it.each([
    ['ghana_iti_damaged_labels_en.txt', [21, 28]],
    ['cameroon_iti_typos_fr.txt', [16, 17, 23]],
    ['paraguay_iti_contacts_es.txt', [16, 17, 22, 25]],
    ['jamaica_iti_fields_page.html', [19, 23]],
    ['kyrgyzstan_iti_heading_colons_ru.txt', [16, 21]],
  ])('%s: questions at lines %j', (file, lines) => {
    const out = extract(file);
    expect(out.sections.filter((s) => s.answer === null).map((s) => s.line_start)).toEqual(lines);
    expect(ruleAt(out, 'no-response')).toEqual(lines);
    for (const issue of out.issues.filter((i) => i.rule === 'no-response')) {
      const row = out.sections[issue.record?.table === 'sections' ? issue.record.index : -1];
      expect([row?.answer, row?.line_start, issue.severity]).toEqual([null, issue.line_start, 'info']);
    }
  });

  it('a question right before the Source line and one before the next question are both empty, whatever the format', () => {
    const text = ['Marking', 'National marking practices:', 'Marking at the time of import:', 'Serial number.', 'Measures against the removal or alteration of markings:', 'Source : National Report, 2012'].join('\n');
    const out = poaProfileExtractor.extract(decodePlainText(text, 'utf-8'), { kind: 'poa_profile', countryIso3: null, reportYear: null, language: null, sourcePath: 'x' });
    expect(out.sections.map((s) => [s.line_start, s.answer, s.source_report_year])).toEqual([
      [2, null, 2012],
      [3, 'Serial number.', 2012],
      [5, null, 2012],
    ]);
    expect(ruleAt(out, 'no-response')).toEqual([2, 5]);
  });
});

describe('stripped and doubled labels, contacts where the report should be', () => {
  it('reads ": National Report ..., 2010" and ": 27/05/2010" as the Source/Date pair, saying the labels are missing', () => {
    for (const file of ['ghana_iti_damaged_labels_en.txt', 'jamaica_iti_fields_page.html']) {
      const tracing = extract(file).sections.find((s) => s.topic === 'tracing');
      expect([tracing?.source_report_year, tracing?.source_date_raw, tracing?.source_date_iso]).toEqual([2010, '27/05/2010', '2010-05-27']);
    }
    expect(ruleAt(extract('cameroon_iti_typos_fr.txt'), 'label-missing')).toEqual([24, 25]);
  });

  it('a Source line opening with a contact gives no year, with a warning, never the year beside the name', () => {
    const expectations: [string, number, string | null][] = [
      ['ghana_iti_damaged_labels_en.txt', 33, '14/06/2012'],
      ['cameroon_iti_typos_fr.txt', 28, '03/04/2012'],
      ['paraguay_iti_contacts_es.txt', 31, null],
      ['jamaica_iti_fields_page.html', 27, '12/07/2012'],
      ['kyrgyzstan_iti_heading_colons_ru.txt', 26, '14.06.2014'],
    ];
    for (const [file, line, date] of expectations) {
      const out = extract(file);
      const closed = out.sections.filter((s) => s.topic === 'information_exchange' && s.question !== null);
      expect(closed.map((s) => [s.source_report_year, s.source_date_raw])).toEqual([[null, date]]);
      expect(out.issues.filter((i) => i.rule === 'source-year-missing').map((i) => [i.severity, i.line_start])).toContainEqual(['warning', line]);
    }
  });

  it('a report named with a contact instead of its year: year NULL for every field it closes', () => {
    const out = extract('paraguay_iti_contacts_es.txt');
    expect(out.sections.filter((s) => s.line_start >= 12 && s.line_start <= 22).map((s) => s.source_report_year)).toEqual([null, null, null, null, null]);
    expect(out.issues.find((i) => i.line_start === 23)).toMatchObject({ severity: 'warning', rule: 'source-year-missing' });
  });
});

describe('misspelt headings and questions are read by the tolerant matcher, and said so', () => {
  it.each([
    ['ghana_iti_damaged_labels_en.txt', [10, 12], [17, 19, 31, 35]],
    ['cameroon_iti_typos_fr.txt', [9], [14, 26, 30]],
    ['paraguay_iti_contacts_es.txt', [9], [16]],
    ['jamaica_iti_fields_page.html', [11], [18, 19, 26]],
    ['kyrgyzstan_iti_heading_colons_ru.txt', [9], [14, 24]],
  ])('%s: fuzzy headings at %j, fuzzy or colon-less questions at %j', (file, headings, questions) => {
    const out = extract(file);
    expect(ruleAt(out, 'fuzzy-heading-match')).toEqual(headings);
    expect(ruleAt(out, 'fuzzy-question-match')).toEqual(questions);
  });

  it.each([
    [['Co-operation in tracing', 'Contact authority:', 'The INTERPOL office.'], 'tracing'],
    [['Mantenimiento de registors', 'Autoridad responsable:', 'La Dirección de Material Bélico.'], 'record_keeping'],
    [['Marqauge', 'Autorité compétente :', 'La Gendarmerie nationale.'], 'marking'],
  ])('a free question under the block heading %j takes its topic', (lines, topic) => {
    const out = poaProfileExtractor.extract(decodePlainText(lines.join('\n'), 'utf-8'), { kind: 'poa_profile', countryIso3: null, reportYear: null, language: null, sourcePath: 'x' });
    expect(out.sections.map((s) => [s.heading_raw, s.topic, s.answer])).toEqual([[lines[0], topic, lines[2]]]);
  });
});

describe('block headings written with a colon head their block; they ask nothing', () => {
  const extractText = (lines: string[]) =>
    poaProfileExtractor.extract(decodePlainText(lines.join('\n'), 'utf-8'), { kind: 'poa_profile', countryIso3: null, reportYear: null, language: null, sourcePath: 'x' });

  it('Russian page: `Маркировка:`, `Ведение учета :` and `Сотрудничество в отслеживании::` are headings, not empty questions', () => {
    const out = extract('kyrgyzstan_iti_heading_colons_ru.txt');
    expect(out.sections.filter((s) => s.question !== null && s.heading_raw !== null).map((s) => [s.heading_raw, s.line_start])).toEqual([
      ['Маркировка', 14],
      ['Маркировка', 16],
      ['Ведение учета', 18],
      ['Сотрудничество в отслеживании', 21],
    ]);
    expect(out.sections.some((s) => [13, 17, 20].includes(s.line_start))).toBe(false);
  });

  it('English: the same with `Marking:` and `Cooperation in tracing::`', () => {
    const out = extractText(['Marking:', 'National marking practices:', 'Serial numbers.', 'Cooperation in tracing::', 'Measures taken for undertaking traces and responding to tracing requests:', 'Source : National Report, 2012']);
    expect(out.sections.map((s) => [s.heading_raw, s.topic, s.question, s.answer])).toEqual([
      ['Marking', 'marking', 'National marking practices', 'Serial numbers.'],
      ['Cooperation in tracing', 'tracing', 'Measures taken for undertaking traces and responding to tracing requests', null],
    ]);
  });

  it('a template question with a colon stays a question, and a heading with a colon before a label that is no template question stays one too', () => {
    const first = extractText(['Implementation challenges and opportunities:', 'Needs and request for assistance:', 'Training.']);
    expect(first.sections.map((s) => [s.heading_raw, s.question, s.answer])).toEqual([
      [null, 'Implementation challenges and opportunities', null],
      [null, 'Needs and request for assistance', 'Training.'],
    ]);
    const second = extractText(['Marking:', 'Responsible body:', 'The police.']);
    expect(second.sections.map((s) => [s.heading_raw, s.question, s.answer])).toEqual([
      [null, 'Marking', null],
      [null, 'Responsible body', 'The police.'],
    ]);
  });
});
