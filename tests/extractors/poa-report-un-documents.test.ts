import { describe, expect, it } from 'vitest';
import { decodePlainText } from '../../src/decoders/text.ts';
import { poaReportExtractor } from '../../src/extractors/poa-report/index.ts';
import { readAnswerHeader, readMarksRow, readTagLine } from '../../src/extractors/poa-report/template-export.ts';
import { readCheckboxLine } from '../../src/extractors/poa-shared/answers.ts';
import { isUnJobNumberLine } from '../../src/transforms/page-furniture.ts';

/** National reports as the UN issues them and as reporting templates export them (issue 10, item 4). */
const extract = (text: string, reportYear: number | null = null) =>
  poaReportExtractor.extract(decodePlainText(text, 'utf-8'), { kind: 'poa_report', countryIso3: null, reportYear, language: null, sourcePath: 'x.txt' });

describe('a UN document header', () => {
  const header = ['United Nations', 'A/CONF.192/BMS/2010/NR.4', 'General Assembly', 'Distr.: General', '3 June 2010', ''];

  it('loads no fact from a note verbale cover letter, even in a report without headings', () => {
    const out = extract(
      [
        ...header,
        'English',
        'Original: French',
        '',
        '10-41012 (E)    070610',
        '',
        'The Permanent Mission of the Republic of Benin to the United Nations presents its compliments to the Office for',
        'Disarmament Affairs and has the honour to transmit the national report of Benin, which destroyed 900 weapons in 2009.',
        '',
        'National report of Benin on the implementation of the Programme of Action',
        '',
        'The national commission met four times in 2009 and the police collected 310 firearms during the year.',
        '',
      ].join('\n'),
    );
    expect(out.document).toMatchObject({ title: 'National report of Benin on the implementation of the Programme of Action', document_code: 'A/CONF.192/BMS/2010/NR.4', date_raw: '3 June 2010', report_year: 2010, report_year_basis: 'date', language: 'en' });
    expect(out.sections.map((s) => [s.line_start, s.answer])).toEqual([[17, 'The national commission met four times in 2009 and the police collected 310 firearms during the year.']]);
    // The 900 weapons of the cover letter are no count statement of the report.
    expect(out.count_statements.map((s) => [s.total, s.line_start])).toEqual([[310, 17]]);
    expect(out.issues.filter((i) => i.rule === 'translated-document').map((i) => [i.severity, i.line_start])).toEqual([['info', 8]]);
  });

  it.each([
    [
      'The Permanent Mission of Ghana to the United Nations presents its compliments to the Office for Disarmament Affairs',
      'and has the honour to transmit the national report of Ghana, which collected 450 weapons in 2022.',
      'The Permanent Mission of Ghana to the United Nations avails itself of this opportunity to renew to the Office',
      'the assurances of its highest consideration, and recalls the 12 regional workshops held since 2019.',
      'National report of Ghana on the implementation of the Programme of Action',
      '1. Collection and destruction',
      'In 2023 the police collected 310 firearms.',
    ],
    [
      'La Mission permanente du Bénin auprès de l’Organisation des Nations Unies présente ses compliments au Bureau des affaires',
      'de désarmement et a l’honneur de lui transmettre le rapport national, qui fait état de 450 armes collectées en 2022.',
      'La Mission permanente du Bénin saisit cette occasion pour renouveler au Bureau les assurances de sa très',
      'haute considération, et rappelle les 12 ateliers régionaux tenus depuis 2019.',
      'Rapport national du Bénin sur la mise en œuvre du Programme d’action',
      '1. Collecte et destruction',
      'En 2023, la police a collecté 310 armes à feu.',
    ],
  ])('a note verbale\'s closing formula is the cover letter too: no section, no count, no unread-text warning (%s)', (open1, open2, close1, close2, title, heading, text) => {
    const out = extract([...header, open1, open2, '', close1, close2, '', title, '', heading, text, ''].join('\n'));
    expect(out.sections.map((s) => s.heading_raw)).toEqual([heading]);
    expect(out.count_statements.map((s) => s.total)).toEqual([310]);
    expect(out.issues.filter((i) => i.rule === 'unread-text')).toEqual([]);
  });

  it('takes the language of the version from its header line, and says nothing of a translation when the original is that language', () => {
    const out = extract(['Naciones Unidas', 'A/CONF.192/BMS/2012/NR.2', 'Distr. general', '2 de agosto de 2012', 'Español', 'Original: español', '', '1. Legislación', 'La Ley 57 regula las armas de fuego.', ''].join('\n'));
    expect(out.document).toMatchObject({ language: 'es', report_year: 2012 });
    expect(out.issues.some((i) => i.rule === 'translated-document')).toBe(false);
  });

  it('reads the UN job number at a page foot, alone or with its date and barcode, as furniture', () => {
    expect(['08-34412', '08-34412 (E)    210708', '12-44871 (S) 020812 020812', '*0834412*'].map(isUnJobNumberLine)).toEqual([true, true, true, true]);
    expect(['2008-2012', '1 250', '08-344', 'Page 08-34412', '08-34412 weapons'].map(isUnJobNumberLine)).toEqual([false, false, false, false, false]);
  });

  it('keeps a bare number that stands beside no other furniture in the text', () => {
    const out = extract('NATIONAL REPORT OF GHANA\nDate: 9 May 2014\n1. Stockpile management\nDepots inspected per region:\n12\nAll depots are fenced.\n');
    expect(out.sections[0]?.answer).toBe('Depots inspected per region:\n12\nAll depots are fenced.');
  });
});

describe('where the report year comes from, and the sidecar', () => {
  const body = '1. Collection and destruction\nIn 2009 the police destroyed 640 firearms.\n';

  it('the Source line naming the report before its submission date; the submission line before a dateline', () => {
    expect(extract(`NATIONAL REPORT OF GHANA\nSource: National Report on the implementation of the PoA, 2010\nDate of submission: 6 May 2011\n${body}`).document).toMatchObject({ report_year: 2010, report_year_basis: 'source_line', date_raw: '6 May 2011' });
    expect(extract(`NATIONAL REPORT OF GHANA\nSubmitted to the Office for Disarmament Affairs on 6 May 2011\n${body}`).document).toMatchObject({ report_year: 2011, report_year_basis: 'submission' });
    expect(extract(`RAPPORT NATIONAL DU MALI\nDate de soumission : 4 juin 2016\n${body}`).document).toMatchObject({ report_year: 2016, report_year_basis: 'submission' });
    expect(extract(`NATIONAL REPORT OF GHANA\nAccra, 6 May 2011\n${body}`).document).toMatchObject({ report_year: 2011, report_year_basis: 'date' });
  });

  it('a sidecar year overrides the document, in the document and in its rows, with a warning when they differ', () => {
    const text = `NATIONAL REPORT OF GHANA\nDate of submission: 6 May 2011\n${body}`;
    const out = extract(text, 2010);
    expect(out.document).toMatchObject({ report_year: 2010, report_year_basis: 'sidecar', date_raw: '6 May 2011' });
    expect([out.sections[0]?.source_report_year, out.count_statements[0]?.reported_in]).toEqual([2010, 2010]);
    expect(out.issues.filter((i) => i.rule.startsWith('report-year')).map((i) => [i.severity, i.rule])).toEqual([['warning', 'report-year-disagrees']]);
    expect(extract(text, 2011).issues.some((i) => i.rule.startsWith('report-year'))).toBe(false);
  });
});

describe('reporting-template exports', () => {
  it('reads a source tag standing alone, and nothing else, as a tag', () => {
    expect(['PoA II.4', 'ITI 8(b)', 'ITI 14', 'PoA III.6'].map(readTagLine)).toEqual(['PoA II.4', 'ITI 8(b)', 'ITI 14', 'PoA III.6']);
    expect(['No 5', 'Yes', 'Article II.4 of the PoA', 'In 2015', 'UN 2015 report'].map(readTagLine)).toEqual([null, null, null, null, null]);
  });

  it('reads a flattened answer header in any language, and marks under it by position', () => {
    expect(readAnswerHeader('Yes No N/A')).toEqual(['Yes', 'No', 'N/A']);
    expect(readAnswerHeader('Oui  Non  Sans objet')).toEqual(['Oui', 'Non', 'Sans objet']);
    expect(readAnswerHeader('Sí No')).toEqual(['Sí', 'No']);
    expect([readAnswerHeader('Yes'), readAnswerHeader('No response'), readAnswerHeader('Yes, the police')]).toEqual([null, null, null]);
    expect(readMarksRow('☐ ☒ ☐', ['Yes', 'No', 'N/A'])).toEqual({ kind: 'ticked', labels: ['No'] });
    expect(readMarksRow('[ ] [ ] [X]', ['Yes', 'No', 'N/A'])).toEqual({ kind: 'ticked', labels: ['N/A'] });
    expect(readMarksRow('X', ['Yes', 'No', 'N/A'])).toEqual({ kind: 'lost', marks: 'X' });
    expect(readMarksRow('☒ ☐', ['Yes', 'No', 'N/A'])).toEqual({ kind: 'lost', marks: '☒ ☐' });
    expect(readMarksRow('Yes', ['Yes', 'No'])).toBeNull();
  });

  it('reads boxes written after their labels, with a space before the colon', () => {
    expect(readCheckboxLine('Oui\u00a0: ☒   Non\u00a0: ☐')).toEqual({ ticked: ['Oui'], boxes: 2 });
    expect(readCheckboxLine('Sí [ ] No [X] No se aplica [ ]')).toEqual({ ticked: ['No'], boxes: 3 });
    expect(readCheckboxLine('The box ☒ is ticked.')).toBeNull();
  });

  it('a heading with only questions under it heads them and loads no empty section of its own', () => {
    const out = extract('RAPPORT NATIONAL DU TOGO\nDate : 4 juin 2015\nII. MARQUAGE\n2.1. Les armes importées sont-elles marquées ?\nOui\n2.2. Les armes de la police sont-elles marquées ?\nNon\n');
    expect(out.sections.map((s) => [s.heading_raw, s.topic, s.question, s.answer])).toEqual([
      ['II. MARQUAGE', 'marking', '2.1. Les armes importées sont-elles marquées ?', 'Oui'],
      ['II. MARQUAGE', 'marking', '2.2. Les armes de la police sont-elles marquées ?', 'Non'],
    ]);
  });

  it('keeps a question wrapped over lines whole, and its answer apart', () => {
    const out = extract(
      [
        'NATIONAL REPORT OF MONGOLIA',
        'Submitted on 11 May 2018',
        'Section 1: National coordination',
        '[PoA II.4] 1.1. Has your country established or designated a national coordination agency on small',
        'arms and light weapons?',
        'Yes',
        '[PoA II.18] 1.2. During the reporting period, did your country collect or',
        'destroy illicit small arms and light weapons?',
        'Page 3 of 12',
        '[PoA II.5] 1.3. Has your country designated a national point of contact?',
        'No',
        '',
      ].join('\n'),
    );
    expect(out.sections.map((s) => [s.question, s.answer, s.topic, s.line_start, s.line_end])).toEqual([
      ['1.1. Has your country established or designated a national coordination agency on small arms and light weapons?', 'Yes', 'national_coordination', 4, 6],
      ['1.2. During the reporting period, did your country collect or destroy illicit small arms and light weapons?', null, 'collection_destruction', 7, 8],
      ['1.3. Has your country designated a national point of contact?', 'No', 'national_coordination', 10, 11],
    ]);
    expect(out.issues.filter((i) => i.rule === 'no-response').map((i) => i.line_start)).toEqual([7]);
  });
});
