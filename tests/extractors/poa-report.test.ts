import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodePlainText } from '../../src/decoders/text.ts';
import { poaReportExtractor } from '../../src/extractors/poa-report/index.ts';
import { readReportLine } from '../../src/extractors/poa-report/structure.ts';
import { readCheckboxLine } from '../../src/extractors/poa-shared/answers.ts';
import { rankCountries } from '../../src/classify/country.ts';
import { classifyKind } from '../../src/classify/kind.ts';
import { countMismatches, extractFile, type GoldenExpected, goldenMismatches } from './poa-golden.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const DEVSET = join(ROOT, 'tests', 'fixtures', 'devset');
const OWN = join(ROOT, 'tests', 'fixtures', 'poa_report');
const load = (dir: string, name: string) => JSON.parse(readFileSync(join(dir, `${name}.json`), 'utf8')) as GoldenExpected;
const extractText = (text: string, reportYear: number | null = null) =>
  poaReportExtractor.extract(decodePlainText(text, 'utf-8'), { kind: 'poa_report', countryIso3: null, reportYear, language: null, sourcePath: 'x.txt' });

const devsetCases = ['d06_report_jamaica_pdf_prose', 'd07_report_uzbekistan_ru', 'd08_report_trinidad_questionnaire'];

describe('poa-report golden: devset', () => {
  it('is poa-report for poa_report documents, its version derived from its code', () => {
    expect([poaReportExtractor.name, poaReportExtractor.fixedVersion, poaReportExtractor.kinds]).toEqual(['poa-report', undefined, ['poa_report']]);
  });

  it.each(devsetCases)('%s: document facts and sections', (name) => {
    const out = extractFile(poaReportExtractor, join(DEVSET, 'docs', `${name}.txt`), 'poa_report');
    expect(goldenMismatches(load(join(DEVSET, 'expected'), name), out)).toEqual([]);
  });

  it.each(devsetCases)('%s: count statements and weapon counts', (name) => {
    const out = extractFile(poaReportExtractor, join(DEVSET, 'docs', `${name}.txt`), 'poa_report');
    expect(countMismatches(load(join(DEVSET, 'expected'), name), out)).toEqual([]);
  });
});

describe('poa-report details', () => {
  it('d06: the statement wrapped over two lines reaches the parser as one unit; headings end where the next begins', () => {
    const out = extractFile(poaReportExtractor, join(DEVSET, 'docs', 'd06_report_jamaica_pdf_prose.txt'), 'poa_report');
    expect(out.sections.map((s) => [s.line_start, s.line_end])).toEqual([[7, 8], [9, 12], [13, 14], [15, 18], [19, 20], [21, 23]]);
    expect(out.count_statements.map((s) => [s.line_start, s.line_end, s.reported_in])).toEqual([[16, 16, 2016], [17, 18, 2016]]);
    expect(out.sections[0]?.source_text).toBe(
      '1. National coordination agency\nThe National Firearms and Ammunition Coordination Committee, chaired by the Ministryof National Security, coordinates the implementation of the Programme of Action. Its members include the Jamaica Constabulary Force (JCF), the Jamaica Defence Force, the Firearm Licensing Authority and the Jamaica Customs Agency.',
    );
  });

  it('d08: section headings are not questions, [No response] is NULL with an issue, Yes/No are kept', () => {
    const out = extractFile(poaReportExtractor, join(DEVSET, 'docs', 'd08_report_trinidad_questionnaire.txt'), 'poa_report');
    expect(out.sections).toHaveLength(13);
    expect(out.sections.some((s) => s.question?.includes('SECTION'))).toBe(false);
    expect(out.sections.map((s) => s.answer?.split('\n')[0] ?? null)).toEqual(['Yes', 'Yes', 'No', null, 'Yes', 'Yes', null, 'No', 'Yes', 'Yes', null, 'Yes', 'No']);
    expect(out.sections[0]).toMatchObject({ heading_raw: 'SECTION 1. NATIONAL LEVEL', source_tag: 'PoA II.4', source_date_iso: '2018-05-30' });
    expect(out.issues.filter((i) => i.rule === 'no-response').map((i) => i.line_start)).toEqual([14, 20, 31]);
  });

  it('keeps an ambiguous submission date raw, without ISO date, and still takes its year', () => {
    const out = extractText('NATIONAL REPORT OF GHANA\nDate: 04/06/2012\n1. Stockpile management\nDepots are inspected monthly.\n');
    expect(out.document).toMatchObject({ date_raw: '04/06/2012', date_iso: null, report_year: 2012 });
    expect(out.issues).toContainEqual(expect.objectContaining({ severity: 'info', rule: 'ambiguous-date', line_start: 2 }));
    expect(out.sections[0]).toMatchObject({ topic: 'stockpile_management', answer: 'Depots are inspected monthly.', source_report_year: 2012, source_date_iso: null });
  });

  it('takes the report year from the document code when no date is given, never from the reporting period', () => {
    const out = extractText('A/CONF.192/BMS/2010/NR.7\nReporting period: 2008 – 2009\n1. Marking\nAll weapons are marked.\n');
    expect(out.document).toMatchObject({ document_code: 'A/CONF.192/BMS/2010/NR.7', report_year: 2010, date_raw: null });
  });

  it('falls back on the sidecar year, and on one section of unknown topic for a report without headings', () => {
    const out = extractText('The Government of Fiji reports that the police destroyed 40 weapons.\nNo brokering law exists.\n', 2014);
    expect(out.document.report_year).toBe(2014);
    expect(out.sections).toHaveLength(1);
    expect(out.sections[0]).toMatchObject({ topic: null, heading_raw: null, line_start: 1, line_end: 2, source_report_year: 2014 });
    expect(out.issues.map((i) => i.rule)).toEqual(expect.arrayContaining(['report-year-from-context', 'unknown-topic']));
  });

  it('tells headings, questions and prose apart', () => {
    expect(readReportLine('[PoA II.4] 1.1. Has your country established a national coordination agency?')).toMatchObject({ kind: 'question', tag: 'PoA II.4' });
    expect(readReportLine('1.2. ¿Ha establecido su país un punto de contacto nacional?')).toMatchObject({ kind: 'question', tag: null });
    expect(readReportLine('SECTION 2. INTERNATIONAL TRACING INSTRUMENT')).toMatchObject({ kind: 'block' });
    expect(readReportLine('2. Сбор и уничтожение оружия')).toMatchObject({ kind: 'heading', match: { topic: 'collection_destruction' } });
    expect(readReportLine('GESTION DES STOCKS')).toMatchObject({ kind: 'heading', match: { topic: 'stockpile_management' } });
    expect(readReportLine('7. Otros asuntos')).toMatchObject({ kind: 'heading', match: null });
    expect(readReportLine('1. The Firearms Act regulates possession.')).toBeNull();
    expect(readReportLine('1 312 weapons were destroyed in 2011')).toBeNull();
    expect(readReportLine('Weapons are stored in depots')).toBeNull();
  });

  it('reads a form\'s question labelled with a letter, and a question followed by its instruction', () => {
    expect(readReportLine('Q1. Does your State have a national coordination agency or body on small arms?')).toMatchObject({ kind: 'question', match: { topic: 'national_coordination' } });
    expect(readReportLine('P.3 ¿Ha adoptado su Estado leyes sobre el corretaje de armas?')).toMatchObject({ kind: 'question', match: { topic: 'brokering' } });
    expect(readReportLine('Q4. Did your State seize, collect or destroy small arms during the reporting period? If yes, please give figures.')).toMatchObject({
      kind: 'question',
      match: { topic: 'collection_destruction' },
    });
    // A numbered sentence that asks nothing is prose.
    expect(readReportLine('Q4. The police destroyed 300 weapons.')).toBeNull();
  });
});

describe('poa-report golden: own fixtures', () => {
  const names = readdirSync(OWN).filter((f) => f.endsWith('.txt')).map((f) => f.replace(/\.txt$/, ''));
  it('has fixtures', () => expect(names.length).toBeGreaterThanOrEqual(2));
  it.each(names)('%s', (name) => {
    const out = extractFile(poaReportExtractor, join(OWN, `${name}.txt`), 'poa_report');
    const expected = load(OWN, name);
    expect(goldenMismatches(expected, out)).toEqual([]);
    expect(countMismatches(expected, out)).toEqual([]);
  });
});

describe('poa-report: own fixtures classified, checkboxes, footnotes', () => {
  it.each(readdirSync(OWN).filter((f) => f.endsWith('.txt')))('%s: classified as its expected kind and country', (file) => {
    const want = load(OWN, file.replace(/\.txt$/, '')).document ?? {};
    const doc = decodePlainText(readFileSync(join(OWN, file), 'utf8'), 'utf-8');
    if ('kind' in want) expect(classifyKind(doc).kind).toBe(want.kind);
    if ('country_iso3' in want) expect(rankCountries(doc)[0]?.iso3 ?? null).toBe(want.country_iso3);
  });

  it('reads ticked boxes, and refuses prose and tags', () => {
    expect(readCheckboxLine('[X] Yes [ ] No [ ] Not applicable')).toEqual({ ticked: ['Yes'], boxes: 3 });
    expect(readCheckboxLine('☒ Yes ☐ No')).toEqual({ ticked: ['Yes'], boxes: 2 });
    expect(readCheckboxLine('[ ] Yes [ ] No')).toEqual({ ticked: [], boxes: 2 });
    expect(readCheckboxLine('[PoA II.4] 1.1. Has your country ...?')).toBeNull();
    expect(readCheckboxLine('Yes')).toBeNull();
    expect(readReportLine('[X] Yes [ ] No')).toBeNull();
  });

  it('reads boxes drawn as squares in a PDF: the mark left before its label, the labels in cells', () => {
    // What the text layer of a form with drawn boxes holds: the `X` set inside the ticked box, nothing for an empty one.
    expect(readCheckboxLine('X Yes\tNo\tNot applicable')).toEqual({ ticked: ['Yes'], boxes: 3 });
    expect(readCheckboxLine('Yes\tX No\tNot applicable')).toEqual({ ticked: ['No'], boxes: 3 });
    expect(readCheckboxLine('Yes   No   x Not applicable')).toEqual({ ticked: ['Not applicable'], boxes: 3 });
    expect(readCheckboxLine('X\tYes\tNo')).toEqual({ ticked: ['Yes'], boxes: 2 });
    // No mark: a line of options alone (a template's column header reads the same) is left to the template reader.
    expect(readCheckboxLine('Yes\tNo\tNot applicable')).toBeNull();
    // A cell that is no answer option: not a line of boxes.
    expect(readCheckboxLine('X Yes\tThe commission was set up in 2012')).toBeNull();
    expect(readCheckboxLine('X Yes')).toBeNull();
    const out = extractText(
      'NATIONAL REPORT OF SIERRA LEONE\n[PoA II.14] 1.2. Does your country have laws or procedures to regulate the brokering of small arms and light weapons?\nYes\tX No\tNot applicable\nA bill is before Parliament.\n',
      2021,
    );
    expect(out.sections.map((s) => s.answer)).toEqual(['No\nA bill is before Parliament.']);
  });

  it('keeps footnotes out of the sections and the counts, and loads them as citations', () => {
    const out = extractFile(poaReportExtractor, join(OWN, 'ghana_report_pdf_pages.txt'), 'poa_report');
    expect(out.count_statements.map((s) => s.total)).toEqual([2450]);
    expect(out.sections.some((s) => /Page \d|__|A\/CONF/u.test(s.answer ?? ''))).toBe(false);
    expect(out.citations.map((c) => [c.ref, c.section_index, c.line_start])).toEqual([['1', 0, 15], ['2', 1, 16], ['3', 2, 25]]);
  });
});
