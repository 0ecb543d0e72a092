import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodePlainText } from '../../src/decoders/text.ts';
import { readLeadInAttribution } from '../../src/extractors/poa-shared/attribution.ts';
import { poaProfileExtractor } from '../../src/extractors/poa-profile/index.ts';

const extract = (lines: string[]) =>
  poaProfileExtractor.extract(decodePlainText(lines.join('\n'), 'utf-8'), { kind: 'poa_profile', countryIso3: null, reportYear: null, language: null, sourcePath: 'page.txt' });

describe('a lead-in attribution line', () => {
  it('is read in several languages, only as a whole line ending with its colon', () => {
    expect(readLeadInAttribution('From the National Report, 2020:')).toEqual([2020]);
    expect(readLeadInAttribution('According to the national report 2016 :')).toEqual([2016]);
    expect(readLeadInAttribution('National Reports, 2008 and 2014:')).toEqual([2008, 2014]);
    expect(readLeadInAttribution('Selon le rapport national de 2020 :')).toEqual([2020]);
    expect(readLeadInAttribution("D'après le Rapport national, 2012 :")).toEqual([2012]);
    expect(readLeadInAttribution('Según el informe nacional de 2020:')).toEqual([2020]);
    expect(readLeadInAttribution('Do Relatório Nacional de 2022:')).toEqual([2022]);
    // A sentence that names a report, words after the colon, a closing attribution: no lead-in.
    expect(readLeadInAttribution('From the National Report, 2020: 300 weapons were destroyed.')).toBeNull();
    expect(readLeadInAttribution('(National Report, 2020)')).toBeNull();
    expect(readLeadInAttribution('In 2019, the police reported:')).toBeNull();
    expect(readLeadInAttribution('From the National Report:')).toBeNull();
  });

  it('never throws and reads only four-digit years of 19xx/20xx (property)', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        const years = readLeadInAttribution(text);
        return years === null || years.every((year) => year >= 1900 && year <= 2099);
      }),
    );
    fc.assert(fc.property(fc.integer({ min: 1900, max: 2099 }), (year) => readLeadInAttribution(`From the National Report, ${year}:`)?.[0] === year));
  });

  it('attributes the bullets after it, up to the next lead-in or heading (English)', () => {
    const out = extract([
      'Georgia',
      'Collection and destruction',
      'From the National Report, 2018:',
      '  - In 2017, the police seized 420 firearms.',
      '  - Awareness campaigns were held in schools.',
      'National Report, 2012:',
      '  - In 2011, the army destroyed 1,500 weapons.',
      '',
      'Border control',
      'From the National Report, 2018:',
      '  - Customs seized 12 pistols at the border in 2017.',
    ]);
    expect(out.sections.map((s) => [s.heading_raw, s.line_start, s.line_end, s.source_report_year])).toEqual([
      ['Collection and destruction', 2, 5, 2018],
      ['Collection and destruction', 2, 7, 2012],
      ['Border control', 9, 11, 2018],
    ]);
    expect(out.sections[0]?.answer).toBe('In 2017, the police seized 420 firearms.\nAwareness campaigns were held in schools.');
    expect(out.sections[0]?.source_text).toContain('From the National Report, 2018:');
    expect(out.count_statements.map((s) => [s.year, s.action, s.total, s.reported_in])).toEqual([
      [2017, 'seized', 420, 2018],
      [2011, 'destroyed', 1500, 2012],
      [2017, 'seized', 12, 2018],
    ]);
    expect(out.issues.filter((issue) => issue.rule === 'unread-text' || issue.rule === 'unattributed-text')).toEqual([]);
  });

  it('attributes the bullets after it in French and Spanish too', () => {
    const fr = extract(['Mali', 'Collecte et destruction', 'Selon le rapport national de 2016 :', '  - En 2015, la police a saisi 230 armes.']);
    expect(fr.sections.map((s) => [s.heading_raw, s.source_report_year])).toEqual([['Collecte et destruction', 2016]]);
    const es = extract(['Perú', 'Recolección y destrucción', 'Según el informe nacional de 2020:', '  - En 2019, la policía destruyó 3.100 armas.']);
    expect(es.sections.map((s) => [s.heading_raw, s.source_report_year])).toEqual([['Recolección y destrucción', 2020]]);
  });

  it('leaves a closing attribution its own year under a lead-in', () => {
    const out = extract(['Chad', 'Stockpile management', 'From the National Report, 2020:', '  - Depots were inspected. (National Report, 2014)', '  - Guards were trained.']);
    expect(out.sections.map((s) => s.source_report_year)).toEqual([2014, 2020]);
  });
});

describe('template questions in a row', () => {
  it('an empty question does not take the next `label: answer` field as its answer', () => {
    const out = extract([
      'Moldova',
      'Statements',
      '2016 - 6th BMS : Statement',
      '',
      'National marking practices:',
      'Measures to ensure the security of stockpiles: Depots of the army are inspected twice a year.',
      'Measures taken to share information with neighbouring states :',
      'Source : National Report, 2020',
      'Date : 3/4/2020',
    ]);
    expect(out.sections.map((s) => [s.question, s.topic, s.answer, s.source_report_year])).toEqual([
      ['National marking practices', 'marking', null, 2020],
      ['Measures to ensure the security of stockpiles', 'stockpile_management', 'Depots of the army are inspected twice a year.', 2020],
      ['Measures taken to share information with neighbouring states', 'information_exchange', null, 2020],
    ]);
  });

  it('an answered question keeps a `label: text` line below its answer as part of it', () => {
    const out = extract([
      'Moldova',
      'Statements',
      '2016 - 6th BMS : Statement',
      '',
      'National marking practices:',
      'All weapons are marked at import.',
      'Weapons held in the depots of the army: marked with a serial number.',
      'Source : National Report, 2020',
    ]);
    expect(out.sections.map((s) => [s.question, s.answer])).toEqual([
      ['National marking practices', 'All weapons are marked at import.\nWeapons held in the depots of the army: marked with a serial number.'],
    ]);
  });
});
